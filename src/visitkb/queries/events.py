"""Events (summits, forums, ceremonies) and who attended them, in person or otherwise."""

from __future__ import annotations

import datetime as dt

from ..dates import PartialDate
from ..kb import KnowledgeBase
from ..names import party_name, resolve_leader
from ..records import Record, source_ids
from .common import DateFilter, Row, as_of_day, country_ref, country_scope, parse_day, person_ref


def attendees(kb: KnowledgeBase, event: Record) -> list[tuple[str, str]]:
    """Who attended an event, and how (in-person, video, phone, representative): one notion, used by
    every query. Those the event names, then leaders whose trips list it, then those who met on its
    sidelines."""
    found: dict[str, str] = {person: "in-person" for person in event["participants"]}
    for entry in event.get("attendance", []):
        found[entry["person"]] = entry["mode"]
    for collection, record_id in kb.referrers("events", event["id"]):
        if collection == "trips" and (trip := kb.get("trips", record_id)):
            for leg in trip["legs"]:
                if event["id"] in leg["events"]:
                    found.setdefault(trip["leader"], leg.get("mode", "in-person"))
        elif collection == "meetings" and (meeting := kb.get("meetings", record_id)):
            mode = meeting["form"] if meeting["form"] in ("phone", "video") else "in-person"
            for person in meeting["people"]:
                found.setdefault(person, mode)
    return list(found.items())


def event_participants(kb: KnowledgeBase, event: Record) -> list[str]:
    """The ids of everyone who attended an event, however they took part."""
    return [person for person, _ in attendees(kb, event)]


def held_or_not(event: Record, today: dt.date) -> str:
    """An event's status as the data stands: held, planned, or planned with its date past and no record of it."""
    if event["status"] != "planned":
        return event["status"]
    last = parse_day(event["end"] or event["start"])
    return "planned, date passed" if last is not None and last.latest() < today else "planned"


def event_row(kb: KnowledgeBase, event: Record, today: dt.date | None = None) -> Row:
    """One event with its host, its kind, and everyone known to have attended and how."""
    return {
        "id": event["id"],
        "name": event["name"],
        "kind": event["kind"],
        "organization": None
        if not event["organization"]
        else {"id": event["organization"], "name": party_name(event["organization"], kb)},
        "number": event["number"],
        "host": country_ref(kb, event["host"]) if event["host"] else None,
        "city": event["city"],
        "start": event["start"],
        "end": event["end"],
        "status": event["status"],
        "standing": held_or_not(event, today or as_of_day(None)),
        "wikidata": event.get("wikidata"),
        "participants": [{**(person_ref(kb, p) or {}), "mode": mode} for p, mode in attendees(kb, event)],
        "notes": list(event["notes"]),
        "sources": source_ids(event["citations"]),
    }


def events(
    kb: KnowledgeBase,
    country: str | None = None,
    year: int | None = None,
    leader: str | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
    with_predecessors: bool = False,
) -> list[Row]:
    """Events, oldest first, filtered by host country, year, dates or an attendee."""

    codes = country_scope(kb, country, with_predecessors)
    leader_id = resolve_leader(kb, leader) if leader else None
    dates = DateFilter.of(year, since, until)
    rows = []
    for event in kb.records("events", [f"country:{c}" for c in codes] if codes else None):
        if codes and event["host"] not in codes:
            continue
        start, end = parse_day(event["start"]), parse_day(event["end"] or event["start"])
        if not dates.admits(start, end):
            continue
        row = event_row(kb, event)
        if leader_id and leader_id not in [p["id"] for p in row["participants"]]:
            continue
        rows.append((start.sort_key() if start else (0, 0, 0), event["id"], row))
    return [row for *_, row in sorted(rows, key=lambda r: r[:2])]
