"""Every dated record in one date-ordered list."""

from __future__ import annotations

from ..dates import PartialDate, overlaps
from ..kb import KnowledgeBase
from ..names import country_name, party_name, resolve_leader
from ..records import source_ids
from .agreements import agreement_row, agreement_span
from .common import Row, country_scope, date_range, date_text, parse_day
from .events import event_participants
from .meetings import meeting_place, meeting_span
from .partnerships import change_of, ladder, visit_ref
from .trips import leg_spans

_KIND_ORDER = {
    "trip": 0,
    "visit": 1,
    "meeting": 2,
    "event": 3,
    "relations": 4,
    "partnership": 5,
    "agreement": 6,
    "target": 7,
}
"""Within one day: who travels where first, then what they did there."""


def timeline(
    kb: KnowledgeBase,
    country: str | None = None,
    leader: str | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
    with_predecessors: bool = False,
) -> list[Row]:
    """Every dated record in date order; a partial date sorts before the days it covers.

    A trip is entered at its departure (where a source gives the day the leader left home,
    which may be before the first day abroad) and at the return.
    """
    codes_wanted = country_scope(kb, country, with_predecessors)
    leader_id = resolve_leader(kb, leader) if leader else None
    since_date, until_date = date_range(since, until)
    entries: list[Row] = []

    def add(start, end, kind, text, record_id, codes, people, sources_) -> None:
        first, last = parse_day(start), parse_day(end) if end else None
        if first is None:
            return
        if codes_wanted and not codes_wanted & set(codes):
            return
        if leader_id and leader_id not in people:
            return
        if (since_date or until_date) and not overlaps(first, last or first, since_date, until_date):
            return
        entries.append(
            {
                "date": start if not last or last == first else f"{start}/{end}",
                "kind": kind,
                "text": text,
                "record": record_id,
                "countries": sorted(set(codes)),
                "leaders": list(people),
                "sources": sources_,
                "_key": (first.sort_key(), _KIND_ORDER[kind]),
            }
        )

    leader_country = {p["id"]: p["country"] for p in kb.records("people")}
    for trip in kb.records("trips"):
        who = kb.label("leader", trip["leader"]) or trip["leader"]
        home = leader_country.get(trip["leader"])
        codes = [leg["country"] for leg in trip["legs"]] + ([home] if home else [])
        sources = source_ids(trip["citations"])
        add(
            trip.get("departed") or trip["start"],
            None,
            "trip",
            f"{who} sets out: {trip['title']}",
            trip["id"],
            codes,
            [trip["leader"]],
            sources,
        )
        for leg, (start, end, _) in zip(trip["legs"], leg_spans(trip), strict=True):
            place = country_name(leg["country"], kb) + (f" ({', '.join(leg['cities'])})" if leg["cities"] else "")
            events_ = "".join(f"; {event['name']}" for e in leg["events"] if (event := kb.get("events", e)))
            mode = "" if leg.get("mode", "in-person") == "in-person" else f" ({leg['mode']})"
            mode += " (planned)" if leg.get("status") == "planned" else ""
            if not leg["start"]:
                start = end = None
            add(
                leg["start"],
                date_text(end) if end and end != start else None,
                "visit",
                f"{who} in {place}: {', '.join(leg['types'])} visit{mode}{events_}",
                leg["id"],
                [leg["country"]] + ([home] if home else []),
                [trip["leader"]],
                source_ids(leg["citations"]),
            )
        if trip["returned"]:
            add(trip["returned"], None, "trip", f"{who} is back home", trip["id"], codes, [trip["leader"]], sources)
    for meeting in kb.records("meetings"):
        start, end, _ = meeting_span(kb, meeting)
        names = " and ".join(kb.label("leader", p) or p for p in meeting["people"])
        held_in = meeting_place(kb, meeting)
        where = ", ".join(x for x in [meeting["city"], country_name(held_in, kb) if held_in else None] if x)
        homes = [leader_country.get(p) for p in meeting["people"]]
        add(
            date_text(start),
            date_text(end) if end != start else None,
            "meeting",
            f"{names}: {meeting['form'].replace('-', ' ')}" + (f", {where}" if where else ""),
            meeting["id"],
            [c for c in [held_in, *homes] if c],
            list(meeting["people"]),
            source_ids(meeting["citations"]),
        )
    for event in kb.records("events"):
        where = ", ".join(x for x in [event["city"], country_name(event["host"], kb) if event["host"] else None] if x)
        add(
            event["start"],
            event["end"],
            "event",
            event["name"] + (f", {where}" if where else "") + (" (planned)" if event["status"] == "planned" else ""),
            event["id"],
            [event["host"]] if event["host"] else [],
            event_participants(kb, event),
            source_ids(event["citations"]),
        )
    for relation in kb.records("relations"):
        names = " and ".join(country_name(c, kb) for c in relation["countries"])
        add(
            relation["established"],
            None,
            "relations",
            f"{names} establish diplomatic relations",
            relation["id"],
            relation["countries"],
            [],
            source_ids(relation["citations"]),
        )
    levels = ladder(kb)
    for p in kb.records("partnerships"):
        names = " and ".join(party_name(x, kb) for x in p["parties"])
        visit = visit_ref(kb, p["announced_during"])
        previous = kb.get("partnerships", p["upgraded_from"]) if p["upgraded_from"] else None
        change = change_of(levels, p, previous)
        add(
            p["since"],
            None,
            "partnership",
            f"{names}: {p['label']}" + (f" ({change})" if previous else ""),
            p["id"],
            p["parties"],
            [visit["leader"]["id"]] if visit and visit["leader"] else [],
            source_ids(p["citations"]),
        )
    for agreement in kb.records("agreements"):
        start, end, _ = agreement_span(kb, agreement)
        row = agreement_row(kb, agreement)
        verb = {"expected": "expected to be signed", "in-force": "in force"}.get(row["status"], "signed")
        text = (
            f"{row['count']['text']} {agreement['scope'] or 'agreements'} {verb}"
            if agreement["count"]
            else f"{verb}: {agreement['title']}"
        )
        add(
            date_text(start),
            date_text(end) if end != start else None,
            "agreement",
            f"{' – '.join(p['name'] for p in row['parties'])}: {text}",
            agreement["id"],
            agreement["parties"],
            [p["id"] for p in row["leaders"]],
            row["sources"],
        )
    for target in kb.records("targets"):
        if target["announced"]:
            add(
                target["announced"],
                None,
                "target",
                f"pledge announced: {target['title']}",
                target["id"],
                target["parties"],
                [target["announced_by"]] if target["announced_by"] else [],
                source_ids(target["citations"]),
            )
    entries.sort(key=lambda e: (e.pop("_key"), e["record"]))
    return entries
