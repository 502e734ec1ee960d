"""Partnerships and their history, diplomatic relations, and round-number anniversaries."""

from __future__ import annotations

import datetime as dt

from ..dates import PartialDate
from ..errors import UsageError
from ..kb import KnowledgeBase
from ..names import party_name, resolve_country
from ..records import Record, source_ids
from ..vocabulary import PARTNERSHIP_LEVELS
from .common import Row, as_of_day, country_ref, parse_day, party_ref, person_ref, required_day


def visit_ref(kb: KnowledgeBase, visit_id: str | None) -> Row | None:
    if visit_id is None:
        return None
    trip = kb.trip_of(visit_id)
    return {
        "id": visit_id,
        "trip": trip["title"] if trip else None,
        "leader": person_ref(kb, trip["leader"]) if trip else None,
    }


def partnership_row(kb: KnowledgeBase, partnership: Record, current: bool) -> Row:
    """One partnership level between two parties, with how it was reached."""
    return {
        "id": partnership["id"],
        "parties": [party_ref(kb, p) for p in partnership["parties"]],
        "level": partnership["level"],
        "rank": PARTNERSHIP_LEVELS.index(partnership["level"]),
        "label": partnership["label"],
        "since": partnership["since"],
        "upgraded_from": partnership["upgraded_from"],
        "announced_during": visit_ref(kb, partnership["announced_during"]),
        "instrument": partnership["instrument"],
        "current": current,
        "notes": list(partnership["notes"]),
        "sources": source_ids(partnership["citations"]),
    }


def partnerships(
    kb: KnowledgeBase, country: str | None = None, level: str | None = None, history: bool = False
) -> list[Row]:
    """Each pair's current partnership level (with ``history``, every level reached), by date."""
    if level is not None and level not in PARTNERSHIP_LEVELS:
        raise UsageError(f"unknown level {level!r}; use one of: {', '.join(PARTNERSHIP_LEVELS)}")
    code = resolve_country(kb, country) if country else None
    every = list(kb.records("partnerships"))
    superseded = {p["upgraded_from"] for p in every if p["upgraded_from"]}
    latest: dict[tuple, Record] = {}
    for p in every:
        if p["id"] in superseded:
            continue
        pair = tuple(sorted(p["parties"]))
        known = latest.get(pair)
        if known is None or _since_key(p) > _since_key(known):
            latest[pair] = p
    current_ids = {p["id"] for p in latest.values()}
    rows = []
    for p in sorted(every, key=lambda p: (sorted(p["parties"]), _since_key(p), p["id"])):
        if code and code not in p["parties"]:
            continue
        if not history and p["id"] not in current_ids:
            continue
        if level and p["level"] != level:
            continue
        rows.append(partnership_row(kb, p, p["id"] in current_ids))
    return rows


def _since_key(partnership: Record) -> tuple:
    since = parse_day(partnership["since"])
    return (since.sort_key() if since else (0, 0, 0), PARTNERSHIP_LEVELS.index(partnership["level"]))


def _years_since(established: PartialDate, day: dt.date) -> int:
    """Whole years from a (possibly partial) date to a day; a partial date counts from its start."""
    start = established.earliest()
    return day.year - start.year - ((day.month, day.day) < (start.month, start.day))


def relations(kb: KnowledgeBase, country: str | None = None, as_of: str | dt.date | None = None) -> list[Row]:
    """Diplomatic relations, oldest first, with how many years they have lasted."""
    code = resolve_country(kb, country) if country else None
    day = as_of_day(as_of)
    rows = []
    for relation in kb.records("relations", f"country:{code}" if code else None):
        if code and code not in relation["countries"]:
            continue
        established = required_day(relation["established"])
        years = _years_since(established, day)
        rows.append(
            {
                "id": relation["id"],
                "countries": [country_ref(kb, c) for c in relation["countries"]],
                "established": relation["established"],
                "years": years,
                "years_derived": f"{day.isoformat()} − {relation['established']}"
                + (" (a partial date counts from its first day)" if established.precision != "day" else ""),
                "notes": list(relation["notes"]),
                "sources": source_ids(relation["citations"]),
            }
        )
    return sorted(rows, key=lambda r: (required_day(r["established"]).sort_key(), r["id"]))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def anniversaries(kb: KnowledgeBase, year: int | None = None) -> list[Row]:
    """Round-number anniversaries (every fifth from the 10th) of relations and partnerships in a year."""
    year = year or dt.date.today().year
    rows = []
    dated = [("relations", r, r["established"], r["countries"]) for r in kb.records("relations")]
    dated += [("partnerships", p, p["since"], p["parties"]) for p in kb.records("partnerships") if p["since"]]
    for collection, record, date_text, parties in dated:
        established = required_day(date_text)
        nth = year - established.year
        if nth < 10 or nth % 5:
            continue
        names = " and ".join(party_name(p, kb) for p in parties)
        what = (
            "diplomatic relations between " + names
            if collection == "relations"
            else f"the {record['label']} between {names}"
        )
        date = f"{year}" + date_text[4:]
        rows.append(
            {
                "date": date,
                "nth": nth,
                "anniversary": f"{_ordinal(nth)} anniversary of {what}",
                "kind": "relations" if collection == "relations" else "partnership",
                "record": record["id"],
                "parties": [party_ref(kb, p) for p in parties],
                "established": date_text,
                "derived": f"{year} − {established.year} = {nth}",
                "sources": source_ids(record["citations"]),
            }
        )
    return sorted(rows, key=lambda r: (required_day(r["date"]).sort_key(), r["record"]))
