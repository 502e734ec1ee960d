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
import typing
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import kinds
from .kb import KnowledgeBase
from .names import country_name, is_country_ref
from .records import Record

Row = dict[str, Any]


@dataclass
class TableSpec:
    """How records of one table flatten: child tables, link tables, foreign keys, country columns.

    Read from the models: a list of nested records (legs, offices) becomes a table of its own
    with a column naming its owner; a list of references (``Ref``) also gets a link table, so
    that joins need no JSON; a reference to a record is a foreign key; a reference to a
    country adds the code to ``country_names``.
    """

    children: dict[str, tuple[str, str]] = field(default_factory=dict)
    """List field -> (child table, owner column)."""
    links: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    """List field -> (link table, column naming this record, column naming the target)."""
    foreign_keys: dict[str, str] = field(default_factory=dict)
    """Column -> the table whose primary key it names."""
    countries: set[str] = field(default_factory=set)
    """Fields whose values are (or, for parties, may be) country codes."""


def _target_table(target: str) -> str | None:
    from .models import COUNTRY, PARTY

    return {COUNTRY: "country_names", PARTY: None}.get(target, target)


def _target_column(target: str) -> str:
    from .models import COUNTRY, PARTY

    return {COUNTRY: "country", PARTY: "party"}.get(target) or f"{kinds.singular(target)}_id"


def table_specs() -> dict[str, TableSpec]:
    """The spec of every table that records flatten into, by table name."""
    return _table_specs(kinds.signature())


@lru_cache(maxsize=4)
def _table_specs(signature: str) -> dict[str, TableSpec]:
    """The specs for one set of kinds (a kind registered later changes the signature)."""
    from pydantic import BaseModel

    from .checks import reference_fields
    from .models import COUNTRY, PARTY, Citation, Claim

    specs: dict[str, TableSpec] = {}

    def describe(table: str, model: type[BaseModel], owner_column: str | None, owner_table: str | None) -> None:
        spec = specs.setdefault(table, TableSpec())
        if owner_column and owner_table:
            spec.foreign_keys[owner_column] = owner_table
        references = dict(reference_fields(model))
        for name, info in model.model_fields.items():
            item = typing.get_args(info.annotation)[0] if typing.get_origin(info.annotation) is list else None
            if isinstance(item, type) and issubclass(item, BaseModel) and item not in (Citation, Claim):
                nested = next((k for k in kinds.children_of(table) if k.parent and k.parent.field == name), None)
                child = nested.collection if nested else name
                spec.children[name] = (child, f"{kinds.singular(table)}_id")
                describe(child, item, f"{kinds.singular(table)}_id", table)
            mark = references.get(name)
            # A reference whose kind another field names (an annotation's record) has no one
            # table to point at, and a soft one (a partnership level) may name nothing: no key.
            if mark is None or name == "id" or mark.kind_field:
                continue
            target = mark.target
            if target in (COUNTRY, PARTY):
                spec.countries.add(name)
            if typing.get_origin(info.annotation) is list or item is not None:
                left, right = f"{kinds.singular(table)}_id", _target_column(target)
                spec.links[name] = (f"{kinds.singular(table)}_{name}", left, right)
                link = specs.setdefault(spec.links[name][0], TableSpec())
                if target != PARTY:
                    link.foreign_keys[left] = table
                if (target_table := _target_table(target)) is not None and not mark.soft:
                    link.foreign_keys[right] = target_table
            elif (target_table := _target_table(target)) is not None and not mark.soft:
                spec.foreign_keys[name] = target_table

    for kind in kinds.top_level():
        describe(kind.collection, kind.model, None, None)
    specs["citations"] = TableSpec(foreign_keys={"source": "sources"})
    return specs


def tables(kb: KnowledgeBase) -> dict[str, list[Row]]:
    """Every record flattened into rows of named tables, in a stable order."""
    out: dict[str, list[Row]] = {"country_names": []}
    codes: set[str] = set()
    for collection in kinds.collections():
        out.setdefault(collection, [])
        for record in kb.records(collection):
            _flatten(out, collection, record, codes)
    out["country_names"] = [{"code": c, "name": country_name(c, kb)} for c in sorted(codes)]
    return out


def _flatten(
    out: dict[str, list[Row]], table: str, record: Record, codes: set[str], owner: tuple[str, str] | None = None
) -> None:
    spec = table_specs()[table]
    row: Row = {}
    if owner:
        row[owner[0]] = owner[1]
    record_id = record.get("id") or owner[1] if owner else record["id"]
    # A nested record without an id (an office, an observation) is known by its place.
    place = "" if "id" in record else f"[{record['seq']}]."
    for key, value in record.items():
        if key == "citations":
            _add_citations(out, table, record_id, f"{place}{key}", value)
        elif key == "claims":
            for index, claim in enumerate(value):
                out.setdefault("claims", []).append(
                    {
                        "collection": table,
                        "record_id": record_id,
                        "field": claim["field"],
                        "value": claim["value"],
                        "note": claim["note"],
                    }
                )
                _add_citations(out, table, record_id, f"claims[{index}].citations", claim["citations"])
        elif key in spec.children:
            child, column = spec.children[key]
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
            if key in spec.links:
                link, left, right = spec.links[key]
                out.setdefault(link, []).extend({left: record["id"], right: v} for v in value)
        else:
            row[key] = value
        if key in spec.countries:
            codes.update(
                v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and is_country_ref(v)
            )
    out.setdefault(table, []).append(row)


def _add_citations(out: dict[str, list[Row]], table: str, record_id: str, at: str, citations: list[Record]) -> None:
    """Rows of the citations table: which record, where in it, and the citation's fields."""
    out.setdefault("citations", []).extend(
        {
            "collection": table,
            "record_id": record_id,
            "at": f"{at}[{index}]",
            **{k: (json.dumps(v) if isinstance(v, list) else v) for k, v in citation.items()},
        }
        for index, citation in enumerate(citations)
    )


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
            columns = _columns(rows) or (["id"] if table in kinds.collections() else ["code"])
            key = "code" if table == "country_names" else "id" if "id" in columns else None
            parts = [f'"{c}"' + (" PRIMARY KEY" if c == key else "") for c in columns]
            spec = table_specs().get(table, TableSpec())
            for column, target in spec.foreign_keys.items():
                if column in columns:
                    parts.append(
                        f'FOREIGN KEY ("{column}") REFERENCES "{target}"('
                        f"{'code' if target == 'country_names' else 'id'})"
                    )
            db.execute(f'CREATE TABLE "{table}" ({", ".join(parts)})')
            db.executemany(
                f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(columns))})',
                [[row.get(c) for c in columns] for row in rows],
            )
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
    for collection in kinds.collections():
        records = list(kb.records(collection))
        write_atomically(
            folder / f"{collection}.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        )
        counts[collection] = len(records)
    return counts
