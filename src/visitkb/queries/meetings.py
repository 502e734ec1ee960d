"""Meetings: who met whom, where, when, in what form, during which visit or event."""

from __future__ import annotations

from ..dates import PartialDate
from ..kb import KnowledgeBase
from ..names import party_name, resolve_leader
from ..records import Record, source_ids
from .common import DateFilter, Row, country_ref, country_scope, event_ref, meeting_place, parse_day, person_ref
from .eventcodes import meeting_codes
from .partnerships import visit_ref
from .provenance import claim_rows
from .trips import leg_span


def meeting_span(kb: KnowledgeBase, meeting: Record) -> tuple[PartialDate | None, PartialDate | None, str | None]:
    """When a meeting took place, and by what that is known: its own dates, else its leg's or event's."""
    start, end = parse_day(meeting["start"]), parse_day(meeting["end"])
    if start or end:
        return start or end, end or start, None
    if meeting["visit"] and (trip := kb.trip_of(meeting["visit"])):
        index = next(i for i, leg in enumerate(trip["legs"]) if leg["id"] == meeting["visit"])
        leg_start, leg_end, _ = leg_span(trip, index)
        return leg_start, leg_end or leg_start, "visit"
    if meeting["event"] and (event := kb.get("events", meeting["event"])):
        return parse_day(event["start"]), parse_day(event["end"] or event["start"]), "event"
    return None, None, None


def _person(kb: KnowledgeBase, person_id: str) -> Row:
    record = kb.get("people", person_id)
    row = person_ref(kb, person_id) or {"id": person_id, "name": person_id}
    if record and record["country"]:
        row["country"] = country_ref(kb, record["country"])
    elif record and record.get("organization"):
        row["organization"] = {"id": record["organization"], "name": party_name(record["organization"], kb)}
    return row


def meeting_row(kb: KnowledgeBase, meeting: Record) -> Row:
    """One meeting as a JSON-ready row."""
    start, end, dated_by = meeting_span(kb, meeting)
    place = meeting_place(kb, meeting)
    return {
        "id": meeting["id"],
        "people": [_person(kb, p) for p in meeting["people"]],
        "organizations": [{"id": o, "name": party_name(o, kb)} for o in meeting["organizations"]],
        "form": meeting["form"],
        "country": country_ref(kb, place) if place else None,
        "city": meeting["city"],
        "start": meeting["start"],
        "end": meeting["end"],
        "date": None if not start else start.isoformat() if start == end else f"{start}/{end}",
        "dated_by": dated_by,
        "visit": visit_ref(kb, meeting["visit"]),
        "event": event_ref(kb, meeting["event"]),
        "topics": list(meeting["topics"]),
        "codes": meeting_codes(kb, meeting, place),
        "notes": list(meeting["notes"]),
        "claims": claim_rows(meeting),
        "sources": source_ids(meeting["citations"]),
    }


def meetings(
    kb: KnowledgeBase,
    leader: str | None = None,
    with_: str | None = None,
    country: str | None = None,
    year: int | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
    with_predecessors: bool = False,
) -> list[Row]:
    """Meetings, oldest first, filtered by a leader, the person they met, the country where, or dates."""
    leader_id = resolve_leader(kb, leader) if leader else None
    other_id = resolve_leader(kb, with_) if with_ else None
    codes = country_scope(kb, country, with_predecessors)
    dates = DateFilter.of(year, since, until)
    key = [f"person:{leader_id}"] if leader_id else [f"person:{other_id}"] if other_id else None
    selected = []
    for meeting in kb.records("meetings", key):
        if leader_id and leader_id not in meeting["people"]:
            continue
        if other_id and (other_id not in meeting["people"] or other_id == leader_id):
            continue
        if codes and meeting_place(kb, meeting) not in codes:
            continue
        start, end, _ = meeting_span(kb, meeting)
        if not dates.admits(start, end):
            continue
        selected.append((start.sort_key() if start else (0, 0, 0), meeting["id"], meeting))
    return [meeting_row(kb, m) for *_, m in sorted(selected, key=lambda t: t[:2])]


def counterparts(kb: KnowledgeBase, person_id: str) -> list[Row]:
    """Everyone a person met, with how many times and when, most met first."""
    seen: dict[str, list[str]] = {}
    for row in meetings(kb, leader=person_id):
        for other in row["people"]:
            if other["id"] != person_id:
                seen.setdefault(other["id"], []).append(row["date"] or "?")
    return [
        {**_person(kb, other), "meetings": len(dates), "dates": dates}
        for other, dates in sorted(seen.items(), key=lambda item: (-len(item[1]), item[1][0], item[0]))
    ]
