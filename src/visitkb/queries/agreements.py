"""Agreements and count claims, dated by their own date or by the visit, trip or event they belong to."""

from __future__ import annotations

from ..dates import overlaps
from ..kb import KnowledgeBase
from ..names import normalize, resolve_country, resolve_leader
from ..records import Record, source_ids
from .common import (
    Row,
    date_text,
    describe,
    event_ref,
    parse_day,
    party_ref,
    person_ref,
    year_date,
)
from .trips import trip_span


def agreement_trip(kb: KnowledgeBase, agreement: Record) -> Record | None:
    """The trip an agreement was signed during: named directly, or through its visit."""
    if agreement["trip"]:
        return kb.get("trips", agreement["trip"])
    return kb.trip_of(agreement["visit"]) if agreement["visit"] else None


def agreement_span(kb: KnowledgeBase, agreement: Record):
    """When an agreement was signed: its own date, else its visit's, trip's or event's."""
    if agreement["signed"]:
        signed = parse_day(agreement["signed"])
        return signed, signed, "signed"
    trip = agreement_trip(kb, agreement)
    trip_start, trip_end = trip_span(trip) if trip else (None, None)
    if agreement["visit"] and (visit := kb.get("visits", agreement["visit"])):
        visit_start, visit_end = parse_day(visit["start"]), parse_day(visit["end"])
        if visit_start or visit_end:
            # A leg known only by its arrival ran at most until the trip ended.
            return visit_start or trip_start, visit_end or trip_end or visit_start, "visit"
    if trip:
        return trip_start, trip_end, "trip"
    if agreement["event"] and (event := kb.get("events", agreement["event"])):
        return parse_day(event["start"]), parse_day(event["end"] or event["start"]), "event"
    return None, None, None


def agreement_leaders(kb: KnowledgeBase, agreement: Record) -> list[str]:
    trip = agreement_trip(kb, agreement)
    if trip:
        return [trip["leader"]]
    event = kb.get("events", agreement["event"]) if agreement["event"] else None
    return list(event["participants"]) if event else []


def agreement_row(kb: KnowledgeBase, agreement: Record) -> Row:
    """One agreement or count claim as a JSON-ready row."""
    start, end, dated_by = agreement_span(kb, agreement)
    trip = agreement_trip(kb, agreement)
    count = agreement["count"]
    return {
        "id": agreement["id"],
        "title": agreement["title"],
        "kind": "count" if count else "single",
        "count": None
        if count is None
        else {
            "value": count["value"],
            "qualifier": count["qualifier"],
            "text": describe(count["qualifier"], str(count["value"])),
        },
        "scope": agreement["scope"],
        "parties": [party_ref(kb, p) for p in agreement["parties"]],
        "domains": list(agreement["domains"]),
        "signed": agreement["signed"],
        "date": date_text(start) if start == end else f"{date_text(start)}/{date_text(end)}" if start else None,
        "dated_by": dated_by,
        "trip": None if trip is None else {"id": trip["id"], "title": trip["title"]},
        "visit": agreement["visit"],
        "event": event_ref(kb, agreement["event"]),
        "leaders": [person_ref(kb, p) for p in agreement_leaders(kb, agreement)],
        "notes": list(agreement["notes"]),
        "sources": source_ids(agreement["citations"]),
    }


def agreements(
    kb: KnowledgeBase,
    country: str | None = None,
    leader: str | None = None,
    domain: str | None = None,
    year: int | None = None,
) -> list[Row]:
    """Agreements and count claims, oldest first, filtered by party, leader, domain or year."""
    code = resolve_country(kb, country) if country else None
    leader_id = resolve_leader(kb, leader) if leader else None
    wanted_domain = normalize(domain) if domain else None
    in_year = year_date(year)
    selected = []
    for agreement in kb.records("agreements", f"country:{code}" if code else None):
        if code and code not in agreement["parties"]:
            continue
        if leader_id and leader_id not in agreement_leaders(kb, agreement):
            continue
        if wanted_domain and not any(wanted_domain in normalize(d) for d in agreement["domains"]):
            continue
        start, end, _ = agreement_span(kb, agreement)
        if in_year and not overlaps(start, end, in_year, in_year):
            continue
        selected.append((start.sort_key() if start else (0, 0, 0), agreement["id"], agreement))
    return [agreement_row(kb, a) for *_, a in sorted(selected, key=lambda t: t[:2])]
