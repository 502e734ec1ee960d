"""Agreements and count claims, dated by their own date or by the leg, trip or event they belong to."""

from __future__ import annotations

from ..dates import PartialDate, overlaps
from ..kb import KnowledgeBase
from ..names import normalize, resolve_leader
from ..records import Record, source_ids
from .common import (
    Row,
    amount_row,
    country_scope,
    date_text,
    describe,
    event_ref,
    leader_records,
    parse_day,
    party_ref,
    person_ref,
    year_date,
)
from .eventcodes import agreement_codes
from .events import attendees
from .trips import leg_span, trip_span


def agreement_trip(kb: KnowledgeBase, agreement: Record) -> Record | None:
    """The trip an agreement belongs to: named directly, or through (the first of) its legs."""
    if agreement["trip"]:
        return kb.get("trips", agreement["trip"])
    legs = _legs(agreement)
    return kb.trip_of(legs[0]) if legs else None


def _legs(agreement: Record) -> list[str]:
    return [*([agreement["visit"]] if agreement["visit"] else []), *agreement.get("visits", [])]


def _events(agreement: Record) -> list[str]:
    return [*([agreement["event"]] if agreement["event"] else []), *agreement.get("events", [])]


def agreement_span(kb: KnowledgeBase, agreement: Record) -> tuple[PartialDate | None, PartialDate | None, str | None]:
    """When an agreement was signed, and by what that is known: its own date, else its legs', its
    trip's or its event's (a leg known only by its arrival runs until the next leg)."""
    if agreement["signed"]:
        signed = parse_day(agreement["signed"])
        return signed, signed, "signed"
    spans = []
    for leg_id in _legs(agreement):
        trip = kb.trip_of(leg_id)
        if trip is not None:
            index = next(i for i, leg in enumerate(trip["legs"]) if leg["id"] == leg_id)
            start, end, _ = leg_span(trip, index)
            if start or end:
                spans.append((start, end))
    if spans:
        starts: list[PartialDate] = [s for s, _ in spans if s]
        ends: list[PartialDate] = [e or s for s, e in spans if e or s]  # type: ignore[misc]
        return (min(starts) if starts else None), (max(ends) if ends else None), "visit"
    trip = kb.get("trips", agreement["trip"]) if agreement["trip"] else None
    if trip:
        return *trip_span(trip), "trip"
    for event_id in _events(agreement):
        if event := kb.get("events", event_id):
            return parse_day(event["start"]), parse_day(event["end"] or event["start"]), "event"
    return None, None, None


def agreement_leaders(kb: KnowledgeBase, agreement: Record) -> list[str]:
    """Who was there: the leaders of its trip and legs, those who attended its events, and its signatories."""
    people: list[str] = []
    trips = [agreement_trip(kb, agreement)] + [kb.trip_of(leg) for leg in _legs(agreement)]
    for trip in trips:
        if trip and trip["leader"] not in people:
            people.append(trip["leader"])
    for event_id in _events(agreement):
        if event := kb.get("events", event_id):
            people += [p for p, _ in attendees(kb, event) if p not in people]
    return people + [p for p in agreement.get("signatories", []) if p not in people]


def agreement_row(kb: KnowledgeBase, agreement: Record) -> Row:
    """One agreement or count claim as a JSON-ready row."""
    start, end, dated_by = agreement_span(kb, agreement)
    trip = agreement_trip(kb, agreement)
    count = agreement["count"]
    return {
        "id": agreement["id"],
        "title": agreement["title"],
        "kind": "count" if count else "single",
        "status": agreement.get("status", "signed"),
        "count": None
        if count is None
        else {
            "value": count["value"],
            "qualifier": count["qualifier"],
            "text": describe(count["qualifier"], str(count["value"])),
            "wording": count.get("wording"),
        },
        "amount": amount_row(agreement.get("amount")),
        "scope": agreement["scope"],
        "parties": [party_ref(kb, p) for p in agreement["parties"]],
        "domains": list(agreement["domains"]),
        "signed": agreement["signed"],
        "date": date_text(start) if start == end else f"{date_text(start)}/{date_text(end)}" if start else None,
        "dated_by": dated_by,
        "trip": None if trip is None else {"id": trip["id"], "title": trip["title"]},
        "visit": agreement["visit"],
        "visits": _legs(agreement),
        "event": event_ref(kb, agreement["event"]),
        "events": [event_ref(kb, e) for e in _events(agreement)],
        "signatories": [person_ref(kb, p) for p in agreement.get("signatories", [])],
        "leaders": [person_ref(kb, p) for p in agreement_leaders(kb, agreement)],
        "codes": agreement_codes(kb, agreement),
        "notes": list(agreement["notes"]),
        "sources": source_ids(agreement["citations"]),
    }


def _candidates(kb: KnowledgeBase, codes: set[str] | None, leader_id: str | None):
    """The agreements that can match: narrowed by party, or by what names the leader (their trips and
    legs, the events they attended, or them as a signatory), so that a large knowledge base is not
    read whole."""
    if codes or not leader_id:
        return kb.records("agreements", [f"country:{c}" for c in codes] if codes else None)
    return kb.records("agreements", f"person:{leader_id}", naming=leader_records(kb, leader_id).naming())


def agreements(
    kb: KnowledgeBase,
    country: str | None = None,
    leader: str | None = None,
    domain: str | None = None,
    year: int | None = None,
    status: str | None = None,
    with_predecessors: bool = False,
) -> list[Row]:
    """Agreements and count claims, oldest first, filtered by party, leader, domain, year or status."""
    codes = country_scope(kb, country, with_predecessors)
    leader_id = resolve_leader(kb, leader) if leader else None
    wanted_domain = normalize(domain) if domain else None
    in_year = year_date(year)
    selected = []
    for agreement in _candidates(kb, codes, leader_id):
        if codes and not codes & set(agreement["parties"]):
            continue
        if status and agreement.get("status", "signed") != status:
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
