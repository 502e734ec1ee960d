"""Panels for statistical work: counts by country and year."""

from __future__ import annotations

from ..kb import KnowledgeBase
from ..names import country_name, is_country_ref
from .agreements import agreement_span
from .common import Row, parse_day

PANEL_COUNTS = (
    "visits_received",
    "visits_made",
    "agreements",
    "documents",
    "documents_at_least",
    "events_hosted",
    "events_planned",
)
"""The columns of a country-year row besides its country and year."""

LOWER_BOUNDS = ("more-than", "at-least")
"""Qualifiers of a count that make it a floor: the documents column is then "at least"."""


def country_year_panel(kb: KnowledgeBase, dense: bool = False) -> list[Row]:
    """One row per country and year: visits received and made (in person), agreements signed and the
    documents they hold, events hosted and planned.

    ``documents`` counts one per single agreement and the number a count claim gives ("12
    agreements"), for each of its parties; ``documents_at_least`` says a count was "more than"
    or "at least" (the number is then a floor). Agreements only expected, and events only planned,
    are not counted as done: planned events have a column of their own. With ``dense``, every
    country of the panel has a row for every year from the first to the last, zeros included.
    """
    counts: dict[tuple[str, int], Row] = {}

    def row(code: str, year: int) -> Row:
        return counts.setdefault(
            (code, year),
            {"country": code, "name": country_name(code, kb), "year": year, **dict.fromkeys(PANEL_COUNTS, 0)},
        )

    home = {p["id"]: p["country"] for p in kb.records("people")}
    for trip, leg in kb.visits():
        day = parse_day(leg["start"]) or parse_day(trip["start"])
        if day is None or leg.get("mode", "in-person") != "in-person":
            continue
        row(leg["country"], day.year)["visits_received"] += 1
        if home.get(trip["leader"]):
            row(home[trip["leader"]], day.year)["visits_made"] += 1
    for agreement in kb.records("agreements"):
        if agreement.get("status") == "expected":
            continue
        start, _, _ = agreement_span(kb, agreement)
        if start is None:
            continue
        count = agreement["count"]
        for party in agreement["parties"]:
            if is_country_ref(party):
                entry = row(party, start.year)
                entry["agreements"] += 1
                entry["documents"] += count["value"] if count else 1
                if count and count["qualifier"] in LOWER_BOUNDS:
                    entry["documents_at_least"] = 1
    for event in kb.records("events"):
        day = parse_day(event["start"])
        if event["host"] and day is not None:
            row(event["host"], day.year)["events_planned" if event["status"] == "planned" else "events_hosted"] += 1
    if dense and counts:
        years = range(min(y for _, y in counts), max(y for _, y in counts) + 1)
        for code in {c for c, _ in counts}:
            for year in years:
                row(code, year)
    return [counts[key] for key in sorted(counts)]
