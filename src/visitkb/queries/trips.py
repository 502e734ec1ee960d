"""Trips and their legs (visits): who went where, when, and why."""

from __future__ import annotations

from ..dates import PartialDate, overlaps
from ..kb import KnowledgeBase
from ..names import resolve_country, resolve_leader
from ..records import Record, source_ids
from .common import (
    Row,
    as_date,
    country_ref,
    day_span,
    event_ref,
    parse_day,
    person_ref,
    year_date,
)
from .provenance import claim_rows


def trip_span(trip: Record) -> tuple[PartialDate | None, PartialDate | None]:
    legs = trip["legs"]
    starts = [d for d in [parse_day(trip["start"]), *(parse_day(leg["start"]) for leg in legs)] if d]
    ends = [d for d in [parse_day(trip["end"]), *(parse_day(leg["end"] or leg["start"]) for leg in legs)] if d]
    return (
        parse_day(trip["start"]) or (min(starts) if starts else None),
        parse_day(trip["end"]) or (max(ends) if ends else None),
    )


def trip_row(kb: KnowledgeBase, trip: Record) -> Row:
    """One trip as a JSON-ready row, legs included."""
    countries: list[str] = []
    for leg in trip["legs"]:
        if leg["country"] not in countries:
            countries.append(leg["country"])
    return {
        "id": trip["id"],
        "leader": person_ref(kb, trip["leader"]),
        "title": trip["title"],
        "description": trip["description"],
        "start": trip["start"],
        "end": trip["end"],
        "returned": trip["returned"],
        "countries": [country_ref(kb, code) for code in countries],
        "legs": [
            {
                "id": leg["id"],
                "country": country_ref(kb, leg["country"]),
                "cities": list(leg["cities"]),
                "types": list(leg["types"]),
                "start": leg["start"],
                "end": leg["end"],
                "events": [event_ref(kb, e) for e in leg["events"]],
                "notes": list(leg["notes"]),
                "claims": claim_rows(leg),
                "sources": source_ids(leg["citations"]),
            }
            for leg in trip["legs"]
        ],
        "notes": list(trip["notes"]),
        "claims": claim_rows(trip),
        "sources": source_ids(trip["citations"], *(leg["citations"] for leg in trip["legs"])),
    }


def trips(
    kb: KnowledgeBase,
    leader: str | None = None,
    country: str | None = None,
    year: int | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
) -> list[Row]:
    """Trips, oldest first, filtered by leader, a country visited, a year or a date range."""
    leader_id = resolve_leader(kb, leader) if leader else None
    code = resolve_country(kb, country) if country else None
    since_date, until_date = as_date(since), as_date(until)
    in_year = year_date(year)
    key = f"country:{code}" if code else f"person:{leader_id}" if leader_id else None
    selected = []
    for trip in kb.records("trips", key, day_span(in_year, since_date, until_date)):
        start, end = trip_span(trip)
        if leader_id and trip["leader"] != leader_id:
            continue
        if code and all(leg["country"] != code for leg in trip["legs"]):
            continue
        if in_year and not overlaps(start, end, in_year, in_year):
            continue
        if (since_date or until_date) and not overlaps(start, end, since_date, until_date):
            continue
        selected.append((start.sort_key() if start else (0, 0, 0), trip["id"], trip))
    return [trip_row(kb, trip) for *_, trip in sorted(selected, key=lambda t: t[:2])]


def visits(
    kb: KnowledgeBase,
    leader: str | None = None,
    country: str | None = None,
    year: int | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
) -> list[Row]:
    """Every leg of every trip as its own row, oldest first, with the same filters as trips."""
    rows = []
    code = resolve_country(kb, country) if country else None
    span = (as_date(since), as_date(until))
    for trip in trips(kb, leader=leader, country=code, year=year, since=since, until=until):
        for leg in trip["legs"]:
            if code and leg["country"]["code"] != code:
                continue
            start, end = parse_day(leg["start"]), parse_day(leg["end"] or leg["start"])
            # A leg with no dates of its own happened within its trip, which matched.
            if start and year and not overlaps(start, end, year_date(year), year_date(year)):
                continue
            if start and (span[0] or span[1]) and not overlaps(start, end, *span):
                continue
            rows.append(
                {
                    "id": leg["id"],
                    "trip": {"id": trip["id"], "title": trip["title"]},
                    "leader": trip["leader"],
                    **{k: v for k, v in leg.items() if k != "id"},
                }
            )
    return rows
