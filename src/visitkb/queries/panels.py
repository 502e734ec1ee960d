"""Panels for statistical work: counts by country and year."""

from __future__ import annotations

from ..kb import KnowledgeBase
from ..names import country_name, is_country_ref
from .agreements import agreement_span
from .common import Row, parse_day


def country_year_panel(kb: KnowledgeBase) -> list[Row]:
    """One row per country and year: visits received and made, agreements, events hosted."""
    counts: dict[tuple[str, int], Row] = {}

    def bump(code: str, year: int | None, what: str) -> None:
        if year is None:
            return
        row = counts.setdefault(
            (code, year),
            {
                "country": code,
                "name": country_name(code, kb),
                "year": year,
                "visits_received": 0,
                "visits_made": 0,
                "agreements": 0,
                "events_hosted": 0,
            },
        )
        row[what] += 1

    home = {p["id"]: p["country"] for p in kb.records("people")}
    for trip, leg in kb.visits():
        day = parse_day(leg["start"]) or parse_day(trip["start"])
        year = day.year if day else None
        bump(leg["country"], year, "visits_received")
        if trip["leader"] in home:
            bump(home[trip["leader"]], year, "visits_made")
    for agreement in kb.records("agreements"):
        start, _, _ = agreement_span(kb, agreement)
        for party in agreement["parties"]:
            if is_country_ref(party):
                bump(party, start.year if start else None, "agreements")
    for event in kb.records("events"):
        day = parse_day(event["start"])
        if event["host"]:
            bump(event["host"], day.year if day else None, "events_hosted")
    return [counts[key] for key in sorted(counts)]
