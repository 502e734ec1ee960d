"""Trips and their legs (visits): who went where, when, and why."""

from __future__ import annotations

from ..dates import PartialDate
from ..kb import KnowledgeBase
from ..names import resolve_leader
from ..records import Record, source_ids
from .common import (
    DateFilter,
    Row,
    country_ref,
    country_scope,
    event_ref,
    parse_day,
    person_ref,
)
from .eventcodes import leg_codes, side_of
from .provenance import claim_rows

Span = tuple[PartialDate | None, PartialDate | None]


def trip_span(trip: Record) -> Span:
    """The first and last day abroad: the trip's own dates, else those of its legs and their stops."""
    own = [_own_dates(leg) for leg in trip["legs"]]
    starts = [d for leg_starts, _ in own for d in leg_starts if d]
    ends = [d for _, leg_ends in own for d in leg_ends if d]
    start = parse_day(trip["start"]) or (min(starts) if starts else None)
    end = parse_day(trip["end"]) or (max(ends + starts) if ends or starts else None)
    return start, end


def travel_span(trip: Record) -> Span:
    """From leaving home to being back: the span date filters use (departure and return where known)."""
    start, end = trip_span(trip)
    return parse_day(trip.get("departed")) or start, parse_day(trip.get("returned")) or end


def _own_dates(leg: Record) -> tuple[list[PartialDate | None], list[PartialDate | None]]:
    stops = leg.get("stops") or []
    return (
        [parse_day(leg["start"]), *(parse_day(s["start"]) for s in stops)],
        [parse_day(leg["end"]), *(parse_day(s["end"] or s["start"]) for s in stops)],
    )


LegSpan = tuple[PartialDate | None, PartialDate | None, str | None]


def leg_spans(trip: Record) -> list[LegSpan]:
    """When each leg of a trip ran, and how that is known (None: its own dates; else what it was
    derived from), in one pass over the legs.

    A leg's own dates come first, then those of its stops. A leg known only by its arrival
    ran until the next leg began, else until the trip ended: never a one-day visit. A leg
    with no date at all falls within its trip.
    """
    trip_start, trip_end = trip_span(trip)
    spans: list[LegSpan] = []
    next_start: PartialDate | None = None  # the start of the first later leg that has one
    for leg in reversed(trip["legs"]):
        starts, ends = _own_dates(leg)
        start = parse_day(leg["start"]) or min([d for d in starts if d], default=None)
        end = parse_day(leg["end"]) or max([d for d in ends if d], default=None)
        if start and end and end >= start:
            spans.append((start, end, None if leg["end"] else "stops"))
        elif start is None:
            spans.append((trip_start, trip_end, "trip"))
        elif next_start is not None and next_start >= start:
            spans.append((start, next_start, "next leg"))
        elif trip_end and trip_end >= start:
            spans.append((start, trip_end, "trip"))
        else:
            spans.append((start, None, None))
        next_start = parse_day(leg["start"]) or next_start
    return spans[::-1]


def leg_span(trip: Record, index: int) -> LegSpan:
    """When one leg ran (see :func:`leg_spans`; for every leg of a trip, call that once instead)."""
    return leg_spans(trip)[index]


def trip_row(kb: KnowledgeBase, trip: Record) -> Row:
    """One trip as a JSON-ready row, legs included."""
    countries: list[str] = []
    visitor = side_of(kb, trip["leader"])
    for leg in trip["legs"]:
        if leg["country"] not in countries:
            countries.append(leg["country"])
    return {
        "id": trip["id"],
        "leader": person_ref(kb, trip["leader"]),
        "title": trip["title"],
        "description": trip["description"],
        "departed": trip.get("departed"),
        "start": trip["start"],
        "end": trip["end"],
        "returned": trip["returned"],
        "countries": [country_ref(kb, code) for code in countries],
        "legs": [leg_row(kb, trip, index, span, visitor) for index, span in enumerate(leg_spans(trip))],
        "notes": list(trip["notes"]),
        "claims": claim_rows(trip),
        "sources": source_ids(trip["citations"], *(leg["citations"] for leg in trip["legs"])),
    }


def leg_row(
    kb: KnowledgeBase, trip: Record, index: int, span: LegSpan | None = None, visitor: str | None = None
) -> Row:
    """One leg as a JSON-ready row: its own fields, the span it ran over with how that is known, and its
    event codes (``visitor``: the country the leader acts for, when the caller has it)."""
    leg = trip["legs"][index]
    start, end, derived = span or leg_span(trip, index)
    return {
        "id": leg["id"],
        "country": country_ref(kb, leg["country"]),
        "country_label": leg["country_label"],
        "cities": list(leg["cities"]) or [stop["city"] for stop in leg.get("stops") or []],
        "stops": [
            {"city": s["city"], "start": s["start"], "end": s["end"], "coordinates": s["coordinates"]}
            for s in leg.get("stops") or []
        ],
        "types": list(leg["types"]),
        "mode": leg.get("mode", "in-person"),
        "status": leg.get("status", "held"),
        "start": leg["start"],
        "end": leg["end"],
        "span": {
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
            "derived_from": derived,
        },
        "events": [event_ref(kb, e) for e in leg["events"]],
        "codes": leg_codes(kb, trip, leg, visitor),
        "notes": list(leg["notes"]),
        "claims": claim_rows(leg),
        "sources": source_ids(leg["citations"]),
    }


def trips(
    kb: KnowledgeBase,
    leader: str | None = None,
    country: str | None = None,
    year: int | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
    with_predecessors: bool = False,
) -> list[Row]:
    """Trips, oldest first, filtered by leader, a country visited, a year or a date range.

    Dates filter on the whole journey, from departure to return where those are known.
    """
    return [
        trip_row(kb, trip)
        for trip in selected_trips(kb, leader, country, year, since, until, with_predecessors=with_predecessors)
    ]


def selected_trips(
    kb: KnowledgeBase,
    leader: str | None = None,
    country: str | None = None,
    year: int | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
    with_predecessors: bool = False,
) -> list[Record]:
    """The trip records :func:`trips` answers with, oldest first: for callers that need less than a
    full row of each (a map needs only their ids, then reads their legs' places from the index)."""
    leader_id = resolve_leader(kb, leader) if leader else None
    codes = country_scope(kb, country, with_predecessors)
    dates = DateFilter.of(year, since, until)
    keys = [f"country:{c}" for c in codes] if codes else [f"person:{leader_id}"] if leader_id else None
    selected = []
    for trip in kb.records("trips", keys, dates.days()):
        start, end = travel_span(trip)
        if leader_id and trip["leader"] != leader_id:
            continue
        if codes and all(leg["country"] not in codes for leg in trip["legs"]):
            continue
        if not dates.admits(start, end):
            continue
        first = trip_span(trip)[0] or start
        selected.append((first.sort_key() if first else (0, 0, 0), trip["id"], trip))
    return [trip for *_, trip in sorted(selected, key=lambda t: t[:2])]


def visits(
    kb: KnowledgeBase,
    leader: str | None = None,
    country: str | None = None,
    year: int | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
    with_predecessors: bool = False,
) -> list[Row]:
    """Every leg of every trip as its own row, oldest first, with the same filters as trips.

    A leg is kept when the span it ran over (see :func:`leg_span`) meets the dates asked for.
    """
    rows = []
    codes = country_scope(kb, country, with_predecessors)
    dates = DateFilter.of(year, since, until)
    for trip_result in trips(
        kb, leader=leader, country=country, year=year, since=since, until=until, with_predecessors=with_predecessors
    ):
        for leg in trip_result["legs"]:
            if codes and leg["country"]["code"] not in codes:
                continue
            start, end = parse_day(leg["span"]["start"]), parse_day(leg["span"]["end"])
            if start and not dates.admits(start, end):  # a leg with no date is kept with its trip
                continue
            rows.append(
                {
                    "id": leg["id"],
                    "trip": {"id": trip_result["id"], "title": trip_result["title"]},
                    "leader": trip_result["leader"],
                    **{k: v for k, v in leg.items() if k != "id"},
                }
            )
    return rows
