"""Export the knowledge base for other tools: SQLite (Datasette, DuckDB), JSON Lines, CSV, and a panel.

The tables are the same for SQLite and CSV: one per record kind, legs as ``visits``,
offices, observations, claims, and citations in a table of their own, with link
tables for lists of references. Scalar fields become columns, nested values
(``goal``, ``count``, ``baseline``) become prefixed columns, and lists of plain
values are JSON text.
"""

from __future__ import annotations

import csv
import errno
import json
import sqlite3
from pathlib import Path
from typing import Any

from .kb import COLLECTION_NAMES, KnowledgeBase, Record
from .names import country_name

Row = dict[str, Any]

CHILDREN = {("trips", "legs"): ("visits", "trip_id"), ("people", "offices"): ("offices", "person_id"),
            ("targets", "observations"): ("observations", "target_id")}
"""Lists of nested records that become tables of their own, with the column naming their owner."""

LINKS = {("agreements", "parties"): ("agreement_parties", "agreement_id", "party"),
         ("visits", "events"): ("visit_events", "visit_id", "event_id"),
         ("events", "participants"): ("event_participants", "event_id", "person_id"),
         ("targets", "parties"): ("target_parties", "target_id", "party"),
         ("partnerships", "parties"): ("partnership_parties", "partnership_id", "party"),
         ("relations", "countries"): ("relation_countries", "relation_id", "country")}
"""Lists of references that also get a link table, so that joins need no JSON."""

FOREIGN_KEYS = {
    "people": {"country": "country_names"},
    "events": {"organization": "organizations", "host": "country_names"},
    "trips": {"leader": "people"},
    "visits": {"trip_id": "trips", "country": "country_names"},
    "offices": {"person_id": "people", "country": "country_names"},
    "partnerships": {"upgraded_from": "partnerships", "announced_during": "visits"},
    "agreements": {"trip": "trips", "visit": "visits", "event": "events"},
    "targets": {"announced_by": "people", "announced_at": "events"},
    "observations": {"target_id": "targets"},
    "citations": {"source": "sources"},
    "visit_events": {"visit_id": "visits", "event_id": "events"},
    "event_participants": {"event_id": "events", "person_id": "people"},
    "relation_countries": {"relation_id": "relations", "country": "country_names"},
}
"""Columns that name another table's primary key."""


def tables(kb: KnowledgeBase) -> dict[str, list[Row]]:
    """Every record flattened into rows of named tables, in a stable order."""
    out: dict[str, list[Row]] = {"country_names": []}
    codes: set[str] = set()
    for collection in COLLECTION_NAMES:
        out.setdefault(collection, [])
        for record in kb.records(collection):
            _flatten(out, collection, record, codes)
    out["country_names"] = [{"code": c, "name": country_name(c, kb)} for c in sorted(codes)]
    return out


def _flatten(out: dict[str, list[Row]], table: str, record: Record, codes: set[str],
             owner: tuple[str, str] | None = None) -> None:
    row: Row = {}
    if owner:
        row[owner[0]] = owner[1]
    record_id = record.get("id") or owner[1]
    # A nested record without an id (an office, an observation) is known by its place.
    place = "" if "id" in record else f"[{record['seq']}]."
    for key, value in record.items():
        if key == "citations":
            _add_citations(out, table, record_id, f"{place}{key}", value)
        elif key == "claims":
            for index, claim in enumerate(value):
                out.setdefault("claims", []).append({
                    "collection": table, "record_id": record_id, "field": claim["field"],
                    "value": claim["value"], "note": claim["note"]})
                _add_citations(out, table, record_id, f"claims[{index}].citations",
                               claim["citations"])
        elif (table, key) in CHILDREN:
            child, column = CHILDREN[(table, key)]
            for index, item in enumerate(value):
                item = item if "id" in item else {"seq": index, **item}
                _flatten(out, child, item, codes, (column, record["id"]))
        elif isinstance(value, dict):
            for sub, sub_value in value.items():
                if sub == "citations":
                    _add_citations(out, table, record_id, f"{key}.citations", sub_value)
                else:
                    row[f"{key}_{sub}"] = sub_value
        elif isinstance(value, list):
            row[key] = json.dumps(value, ensure_ascii=False)
            if (table, key) in LINKS:
                link, left, right = LINKS[(table, key)]
                out.setdefault(link, []).extend({left: record["id"], right: v} for v in value)
        else:
            row[key] = value
        if key in ("country", "host") and isinstance(value, str):
            codes.add(value)
        if key in ("parties", "countries") and isinstance(value, list):
            codes.update(v for v in value if len(v) == 2 and v.isupper())
    out.setdefault(table, []).append(row)


def _add_citations(out: dict[str, list[Row]], table: str, record_id: str, at: str,
                   citations: list[Record]) -> None:
    """Rows of the citations table: which record, where in it, and the citation's fields."""
    out.setdefault("citations", []).extend(
        {"collection": table, "record_id": record_id, "at": f"{at}[{index}]",
         **{k: (json.dumps(v) if isinstance(v, list) else v) for k, v in citation.items()}}
        for index, citation in enumerate(citations))


def _columns(rows: list[Row]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    return columns


def to_sqlite(kb: KnowledgeBase, path: Path) -> dict[str, int]:
    """Write every table to a new SQLite file (replacing it); rows per table."""
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(path.parent))
    data = tables(kb)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    db = sqlite3.connect(temporary)
    try:
        for table, rows in data.items():
            columns = _columns(rows) or (["id"] if table in COLLECTION_NAMES else ["code"])
            key = "code" if table == "country_names" else "id" if "id" in columns else None
            parts = [f'"{c}"' + (" PRIMARY KEY" if c == key else "") for c in columns]
            for column, target in FOREIGN_KEYS.get(table, {}).items():
                if column in columns:
                    parts.append(f'FOREIGN KEY ("{column}") REFERENCES "{target}"('
                                 f'{"code" if target == "country_names" else "id"})')
            db.execute(f'CREATE TABLE "{table}" ({", ".join(parts)})')
            db.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(columns))})',
                           [[row.get(c) for c in columns] for row in rows])
        db.commit()
    finally:
        db.close()
    temporary.replace(path)
    return {table: len(rows) for table, rows in data.items()}


def to_csv(kb: KnowledgeBase, folder: Path) -> dict[str, int]:
    """Write one CSV file per table into a folder; rows per table."""
    from .writing import write_atomically

    counts = {}
    for table, rows in tables(kb).items():
        columns = _columns(rows)
        text = _csv_text(columns, rows)
        write_atomically(folder / f"{table}.csv", text)
        counts[table] = len(rows)
    return counts


def _csv_text(columns: list[str], rows: list[Row]) -> str:
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
    return buffer.getvalue()


def to_jsonl(kb: KnowledgeBase, folder: Path) -> dict[str, int]:
    """Write one JSON Lines file per collection, each line a record as the API returns it."""
    from .writing import write_atomically

    counts = {}
    for collection in COLLECTION_NAMES:
        records = list(kb.records(collection))
        write_atomically(folder / f"{collection}.jsonl",
                         "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        counts[collection] = len(records)
    return counts


def country_year_panel(kb: KnowledgeBase) -> list[Row]:
    """One row per country and year: visits received and made, agreements, events hosted."""
    from .queries import _agreement_span, _day

    counts: dict[tuple[str, int], Row] = {}

    def bump(code: str, year: int | None, what: str) -> None:
        if year is None:
            return
        row = counts.setdefault((code, year), {"country": code, "name": country_name(code, kb),
                                               "year": year, "visits_received": 0,
                                               "visits_made": 0, "agreements": 0,
                                               "events_hosted": 0})
        row[what] += 1

    home = {p["id"]: p["country"] for p in kb.records("people")}
    for trip, leg in kb.visits():
        day = _day(leg["start"]) or _day(trip["start"])
        year = day.year if day else None
        bump(leg["country"], year, "visits_received")
        if trip["leader"] in home:
            bump(home[trip["leader"]], year, "visits_made")
    for agreement in kb.records("agreements"):
        start, _, _ = _agreement_span(kb, agreement)
        for party in agreement["parties"]:
            if len(party) == 2 and party.isupper():
                bump(party, start.year if start else None, "agreements")
    for event in kb.records("events"):
        day = _day(event["start"])
        if event["host"]:
            bump(event["host"], day.year if day else None, "events_hosted")
    return [counts[key] for key in sorted(counts)]
