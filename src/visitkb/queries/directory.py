"""Directories: events with their participants, countries, leaders and sources."""

from __future__ import annotations

from ..dates import overlaps
from ..kb import KnowledgeBase
from ..names import (
    country_name,
    is_country_ref,
    party_name,
    resolve_country,
    resolve_leader,
)
from ..records import Record, source_ids
from .common import Row, country_ref, parse_day, person_ref, required_day, year_date
from .trips import trip_span


def event_participants(kb: KnowledgeBase, event: Record) -> list[str]:
    """Who attended: those the event names, then leaders whose trips list it."""
    people = list(event["participants"])
    for collection, record_id in kb.referrers("events", event["id"]):
        if collection == "trips":
            trip = kb.get("trips", record_id)
            if trip and trip["leader"] not in people and any(event["id"] in leg["events"] for leg in trip["legs"]):
                people.append(trip["leader"])
    return people


def event_row(kb: KnowledgeBase, event: Record) -> Row:
    """One multilateral event with its host and everyone known to have attended."""
    return {
        "id": event["id"],
        "name": event["name"],
        "kind": event["kind"],
        "organization": (
            None
            if not event["organization"]
            else {"id": event["organization"], "name": party_name(event["organization"], kb)}
        ),
        "number": event["number"],
        "host": country_ref(kb, event["host"]) if event["host"] else None,
        "city": event["city"],
        "start": event["start"],
        "end": event["end"],
        "status": event["status"],
        "participants": [person_ref(kb, p) for p in event_participants(kb, event)],
        "notes": list(event["notes"]),
        "sources": source_ids(event["citations"]),
    }


def events(
    kb: KnowledgeBase, country: str | None = None, year: int | None = None, leader: str | None = None
) -> list[Row]:
    """Multilateral events, oldest first, filtered by host country, year or a participant."""
    code = resolve_country(kb, country) if country else None
    leader_id = resolve_leader(kb, leader) if leader else None
    in_year = year_date(year)
    rows = []
    for event in kb.records("events", f"country:{code}" if code else None):
        if code and event["host"] != code:
            continue
        start, end = parse_day(event["start"]), parse_day(event["end"] or event["start"])
        if in_year and not overlaps(start, end, in_year, in_year):
            continue
        row = event_row(kb, event)
        if leader_id and leader_id not in [p["id"] for p in row["participants"]]:
            continue
        rows.append((start.sort_key() if start else (0, 0, 0), event["id"], row))
    return [row for *_, row in sorted(rows, key=lambda r: r[:2])]


def countries(kb: KnowledgeBase) -> list[Row]:
    """Every country the knowledge base mentions, with counts of what concerns it."""
    counts: dict[str, dict[str, int]] = {}

    def add(code: str, what: str) -> None:
        counts.setdefault(
            code,
            {
                k: 0
                for k in (
                    "visits_received",
                    "visits_abroad",
                    "agreements",
                    "relations",
                    "partnerships",
                    "events_hosted",
                )
            },
        )
        counts[code][what] += 1

    leader_country = {p["id"]: p["country"] for p in kb.records("people")}
    for trip, leg in kb.visits():
        add(leg["country"], "visits_received")
        if trip["leader"] in leader_country:
            add(leader_country[trip["leader"]], "visits_abroad")
    for collection, field, what in (
        ("agreements", "parties", "agreements"),
        ("relations", "countries", "relations"),
        ("partnerships", "parties", "partnerships"),
    ):
        for record in kb.records(collection):
            for code in record[field]:
                if is_country_ref(code):
                    add(code, what)
    for event in kb.records("events"):
        if event["host"]:
            add(event["host"], "events_hosted")
    for country in kb.records("countries"):
        counts.setdefault(
            country["id"],
            {
                k: 0
                for k in (
                    "visits_received",
                    "visits_abroad",
                    "agreements",
                    "relations",
                    "partnerships",
                    "events_hosted",
                )
            },
        )
    return [{**country_ref(kb, code), **counts[code]} for code in sorted(counts, key=lambda c: country_name(c, kb))]


def leaders(kb: KnowledgeBase, country: str | None = None) -> list[Row]:
    """The people in the knowledge base, with their offices and how much they travelled."""
    code = resolve_country(kb, country) if country else None
    by_leader: dict[str, list[Record]] = {}
    for trip in kb.records("trips"):
        by_leader.setdefault(trip["leader"], []).append(trip)
    rows = []
    for person in kb.records("people"):
        if code and person["country"] != code:
            continue
        journeys = by_leader.get(person["id"], [])
        spans = [s for t in journeys for s in trip_span(t) if s]
        visited = {leg["country"] for t in journeys for leg in t["legs"]}
        rows.append(
            {
                "id": person["id"],
                "name": person["name"],
                "aliases": list(person["aliases"]),
                "country": country_ref(kb, person["country"]),
                "offices": [
                    {"title": o["title"], "country": o["country"], "start": o["start"], "end": o["end"]}
                    for o in person["offices"]
                ],
                "trips": len(journeys),
                "countries_visited": len(visited),
                "first_trip": min(spans).isoformat() if spans else None,
                "last_trip": max(spans).isoformat() if spans else None,
                "sources": source_ids(person["citations"]),
            }
        )
    return sorted(rows, key=lambda r: r["name"])


def sources(kb: KnowledgeBase) -> list[Row]:
    """The documents records cite, with how many records cite each."""
    cited = kb.reference_counts("sources")
    return [
        {
            "id": s["id"],
            "publisher": s["publisher"],
            "title": s["title"],
            "via": s["via"],
            "date": s["date"],
            "url": s["url"],
            "language": s["language"],
            "archived": s["archived"],
            "cited_by": cited.get(s["id"], 0),
            "note": s["note"],
        }
        for s in sorted(
            kb.records("sources"),
            key=lambda s: ((required_day(s["date"]).sort_key() if s["date"] else (0, 0, 0)), s["id"]),
        )
    ]
