"""Every dated record in one date-ordered list."""

from __future__ import annotations

from ..dates import PartialDate, overlaps
from ..kb import KnowledgeBase
from ..names import country_name, party_name, resolve_country, resolve_leader
from ..records import source_ids
from .agreements import agreement_row, agreement_span
from .common import Row, as_date, date_text, parse_day
from .directory import event_participants
from .partnerships import visit_ref


def timeline(
    kb: KnowledgeBase,
    country: str | None = None,
    leader: str | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
) -> list[Row]:
    """Every dated record in date order; a partial date sorts before the days it covers."""
    code = resolve_country(kb, country) if country else None
    leader_id = resolve_leader(kb, leader) if leader else None
    since_date, until_date = as_date(since), as_date(until)
    entries: list[Row] = []

    def add(start, end, kind, text, record_id, codes, people, sources_) -> None:
        first, last = parse_day(start), parse_day(end) if end else None
        if first is None:
            return
        if code and code not in codes:
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
        add(
            trip["start"],
            None,
            "trip",
            f"{who} sets out: {trip['title']}",
            trip["id"],
            codes,
            [trip["leader"]],
            source_ids(trip["citations"]),
        )
        for leg in trip["legs"]:
            place = country_name(leg["country"], kb) + (f" ({', '.join(leg['cities'])})" if leg["cities"] else "")
            events_ = "".join(f"; {event['name']}" for e in leg["events"] if (event := kb.get("events", e)))
            add(
                leg["start"],
                leg["end"],
                "visit",
                f"{who} in {place}: {', '.join(leg['types'])} visit{events_}",
                leg["id"],
                [leg["country"]] + ([home] if home else []),
                [trip["leader"]],
                source_ids(leg["citations"]),
            )
        if trip["returned"]:
            add(
                trip["returned"],
                None,
                "trip",
                f"{who} is back home",
                trip["id"],
                codes,
                [trip["leader"]],
                source_ids(trip["citations"]),
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
    for p in kb.records("partnerships"):
        names = " and ".join(party_name(x, kb) for x in p["parties"])
        visit = visit_ref(kb, p["announced_during"])
        add(
            p["since"],
            None,
            "partnership",
            f"{names}: {p['label']}" + (" (an upgrade)" if p["upgraded_from"] else ""),
            p["id"],
            p["parties"],
            [visit["leader"]["id"]] if visit and visit["leader"] else [],
            source_ids(p["citations"]),
        )
    for agreement in kb.records("agreements"):
        start, end, _ = agreement_span(kb, agreement)
        row = agreement_row(kb, agreement)
        text = (
            f"{row['count']['text']} {agreement['scope'] or 'agreements'} signed"
            if agreement["count"]
            else f"signed: {agreement['title']}"
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
                f"target announced: {target['title']}",
                target["id"],
                target["parties"],
                [target["announced_by"]] if target["announced_by"] else [],
                source_ids(target["citations"]),
            )
    entries.sort(key=lambda e: (e.pop("_key"), e["record"]))
    return entries


_KIND_ORDER = {"trip": 0, "visit": 1, "event": 2, "relations": 3, "partnership": 4, "agreement": 5, "target": 6}
"""Within one day: who travels where first, then what they did there."""
