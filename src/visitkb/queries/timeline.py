"""Every dated record in one date-ordered list."""

from __future__ import annotations

from collections.abc import Iterable

from ..dates import PartialDate, overlaps
from ..kb import KnowledgeBase
from ..names import country_name, party_name, resolve_leader
from ..records import Record, source_ids
from .agreements import agreement_leaders, agreement_span
from .common import Row, country_scope, date_range, date_text, describe, leader_records, parse_day
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
    read = _candidates(kb, codes_wanted, leader_id)
    for trip in read["trips"]:
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
    for meeting in read["meetings"]:
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
    for event in read["events"]:
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
    for relation in read["relations"]:
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
    for p in read["partnerships"]:
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
    for agreement in read["agreements"]:
        # The few fields of agreement_row the entry shows, not the whole row (its codes and references).
        start, end, _ = agreement_span(kb, agreement)
        count = agreement["count"]
        verb = {"expected": "expected to be signed", "in-force": "in force"}.get(
            agreement.get("status") or "", "signed"
        )
        text = (
            f"{describe(count['qualifier'], str(count['value']))} {agreement['scope'] or 'agreements'} {verb}"
            if count
            else f"{verb}: {agreement['title']}"
        )
        add(
            date_text(start),
            date_text(end) if end != start else None,
            "agreement",
            f"{' – '.join(party_name(p, kb) for p in agreement['parties'])}: {text}",
            agreement["id"],
            agreement["parties"],
            agreement_leaders(kb, agreement),
            source_ids(agreement["citations"]),
        )
    for target in read["targets"]:
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


def _candidates(kb: KnowledgeBase, codes: set[str] | None, leader_id: str | None) -> dict[str, Iterable[Record]]:
    """The records each kind of entry is drawn from: every record, or under a leader or country filter
    those the index says can match, so that a large knowledge base is not read whole.

    A superset: the filters are still applied to every entry. An entry's countries and leaders come
    from other records too (a trip's home country from its leader, a meeting's place from its leg or
    event, an event's participants from the legs and meetings naming it), so those are followed here.
    """
    collections = ("trips", "meetings", "events", "relations", "partnerships", "agreements", "targets")
    if leader_id:
        person = f"person:{leader_id}"
        named = leader_records(kb, leader_id)
        visits = {key: ids for key, ids in named.naming().items() if key != "events"}
        return {
            "trips": named.trips,
            "meetings": named.meetings,
            "events": named.events.values(),
            "relations": [],  # a relation names no leader
            "partnerships": kb.records("partnerships", naming=visits),
            "agreements": kb.records("agreements", person, naming=named.naming()),
            "targets": kb.records("targets", person),
        }
    if codes:
        keys = [f"country:{code}" for code in sorted(codes)]
        people = [p["id"] for p in kb.records("people", keys)]
        trips = list(kb.records("trips", keys, naming={"people": people}))
        events = list(kb.records("events", keys))
        legs_there = [leg["id"] for trip in trips for leg in trip["legs"] if leg["country"] in codes]
        return {
            "trips": trips,
            "meetings": kb.records(
                "meetings",
                keys,
                naming={"people": people, "visits": legs_there, "events": [e["id"] for e in events]},
            ),
            "events": events,
            **{collection: kb.records(collection, keys) for collection in collections[3:]},
        }
    return {collection: kb.records(collection) for collection in collections}
