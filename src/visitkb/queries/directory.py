"""Directories: countries, leaders and sources, with counts of what concerns each."""

from __future__ import annotations

from ..dates import PartialDate
from ..kb import KnowledgeBase
from ..names import country_name, normalize, resolve_country
from ..records import source_ids
from .common import Row, country_ref, organization_ref, required_day
from .trips import trip_span

COUNTRY_COUNTS = (
    "visits_received",
    "visits_abroad",
    "meetings",
    "agreements",
    "relations",
    "partnerships",
    "events_hosted",
)
"""What ``countries`` counts for each country (a leg attended by video or through a representative, or only
planned, is no visit)."""


def countries(kb: KnowledgeBase) -> list[Row]:
    """Every country the knowledge base mentions, with counts of what concerns it."""
    counts: dict[str, dict[str, int]] = {}

    def add(code: str | None, what: str, count: int = 1) -> None:
        if code:
            counts.setdefault(code, dict.fromkeys(COUNTRY_COUNTS, 0))[what] += count

    leader_country = {p["id"]: p["country"] for p in kb.records("people")}
    # Counted by the index from the legs' places (in person, and held), not by reading every trip.
    for code, count in kb.visits_by_country().items():
        add(code, "visits_received", count)
    for leader, count in kb.visits_by_leader().items():
        add(leader_country.get(leader), "visits_abroad", count)
    for meeting in kb.records("meetings"):
        add(meeting["country"], "meetings")
    # The countries these records name are their parties (or, for relations, their two countries):
    # counted by the index's keys rather than by reading 150,000 agreements.
    for collection in ("agreements", "relations", "partnerships"):
        for code, count in kb.country_counts(collection).items():
            add(code, collection, count)
    for event in kb.records("events"):
        add(event["host"], "events_hosted")
    for country in kb.records("countries"):
        counts.setdefault(country["id"], dict.fromkeys(COUNTRY_COUNTS, 0))
    by_name = sorted(counts, key=lambda c: normalize(country_name(c, kb)))
    return [{**country_ref(kb, code), **counts[code]} for code in by_name]


def leaders(kb: KnowledgeBase, country: str | None = None) -> list[Row]:
    """The people in the knowledge base, with their offices and how much they travelled."""
    code = resolve_country(kb, country) if country else None
    # Each leader's totals, gathered as the trips stream by (holding every trip would hold the
    # whole knowledge base decoded).
    trips: dict[str, int] = {}
    visited: dict[str, set[str]] = {}
    first: dict[str, PartialDate] = {}
    last: dict[str, PartialDate] = {}
    for trip in kb.records("trips"):
        leader = trip["leader"]
        trips[leader] = trips.get(leader, 0) + 1
        visited.setdefault(leader, set()).update(leg["country"] for leg in trip["legs"])
        for day in trip_span(trip):
            if day:
                first[leader] = min(first.get(leader, day), day)
                last[leader] = max(last.get(leader, day), day)
    met: dict[str, int] = {}
    for meeting in kb.records("meetings"):
        for person_id in set(meeting["people"]):
            met[person_id] = met.get(person_id, 0) + 1
    rows = []
    for person in kb.records("people"):
        if code and person["country"] != code:
            continue
        who = person["id"]
        rows.append(
            {
                "id": person["id"],
                "name": person["name"],
                "aliases": list(person["aliases"]),
                "country": country_ref(kb, person["country"]) if person["country"] else None,
                "organization": organization_ref(kb, person["organization"]),
                "wikidata": person.get("wikidata"),
                "offices": [
                    {"title": o["title"], "country": o["country"], "start": o["start"], "end": o["end"]}
                    for o in person["offices"]
                ],
                "trips": trips.get(who, 0),
                "countries_visited": len(visited.get(who, ())),
                "meetings": met.get(who, 0),
                "first_trip": first[who].isoformat() if who in first else None,
                "last_trip": last[who].isoformat() if who in last else None,
                "sources": source_ids(person["citations"]),
            }
        )
    return sorted(rows, key=lambda r: normalize(r["name"]))  # "Álvaro" among the As


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
