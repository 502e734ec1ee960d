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
from .names import country_keys, country_name, is_country_ref
from .records import Record
from .version import __version__

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
    types: dict[str, str] = field(default_factory=dict)
    """Column -> its type (``TEXT``, ``INTEGER``, ``REAL``, ``BOOLEAN``, ``DATE``), read from the model's fields."""
    nested: set[str] = field(default_factory=set)
    """Fields holding one nested value (``count``, ``amount``), flattened into prefixed columns."""
    span: tuple[str, ...] = ()
    """The fields a row is dated by: the model's span (first, last), else its one date of what happened,
    else its one date."""
    dates: list[str] = field(default_factory=list)
    """Columns holding a partial date (``2016``, ``2016-11``): each gets its earliest and latest day."""


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

    from .checks import fact_fields, reference_fields
    from .models import COUNTRY, PARTY, Citation, Claim

    specs: dict[str, TableSpec] = {}

    def describe(table: str, model: type[BaseModel], owner_column: str | None, owner_table: str | None) -> None:
        spec = specs.setdefault(table, TableSpec())
        if owner_column and owner_table:
            spec.foreign_keys[owner_column] = owner_table
            spec.types[owner_column] = "TEXT"
        _describe_types(spec, model)
        happened = fact_fields(model)
        spec.span = getattr(model, "SPAN", None) or happened[:1] or tuple(d for d in spec.dates if "_" not in d)[:1]
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


def _describe_types(spec: TableSpec, model: Any, prefix: str = "") -> None:
    """The column types of a model's scalar fields, nested values (``amount_value``) included."""
    from pydantic import BaseModel

    from .dates import PartialDate

    for name, info in model.model_fields.items():
        annotation = info.annotation
        options = [a for a in typing.get_args(annotation) if a is not type(None)] if _is_union(annotation) else []
        base = options[0] if len(options) == 1 else annotation
        if typing.get_origin(base) is typing.Annotated:
            base = typing.get_args(base)[0]
        column = f"{prefix}{name}"
        if typing.get_origin(base) is list:
            item = typing.get_args(base)[0] if typing.get_args(base) else None
            if not (isinstance(item, type) and issubclass(item, BaseModel)):
                spec.types.setdefault(column, "TEXT")  # a list of plain values, as JSON text
        elif isinstance(base, type) and issubclass(base, BaseModel):
            if not prefix:
                spec.nested.add(name)
            _describe_types(spec, base, f"{column}_")
        elif base is PartialDate:
            spec.types.setdefault(column, "TEXT")
            if column not in spec.dates:
                spec.dates.append(column)
        elif base is bool:
            spec.types.setdefault(column, "BOOLEAN")
        elif base is int:
            spec.types.setdefault(column, "INTEGER")
        elif base is float:
            spec.types.setdefault(column, "REAL")
        else:
            spec.types.setdefault(column, "TEXT")


def _is_union(annotation: Any) -> bool:
    import types

    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def tables(kb: KnowledgeBase) -> dict[str, list[Row]]:
    """Every record flattened into rows of named tables, in a stable order, with what the CLI derives.

    Beside each record's own fields: the days its dates cover (``date_earliest``, ``date_latest``,
    ``date_precision``, and ``dated_by`` where they come from another record), a target's status
    and progress, the CAMEO and PLOVER codes of legs, meetings and agreements (and the table
    ``event_codes``), and every country's ISO 3166 and COW keys in ``country_names``.
    """
    out: dict[str, list[Row]] = {"country_names": []}
    codes: set[str] = set()
    for collection in kinds.collections():
        out.setdefault(collection, [])
        for record in kb.records(collection):
            _flatten(out, collection, record, codes)
    _derive(kb, out)
    out["country_names"] = _country_rows(kb, codes)
    return out


def country_rows(kb: KnowledgeBase) -> list[Row]:
    """Every country the records name (former states included), with its name, keys and Wikidata id."""
    codes: set[str] = set()
    for collection in kinds.collections():
        for record in kb.records(collection):
            _flatten({}, collection, record, codes)
    return _country_rows(kb, codes)


def _country_rows(kb: KnowledgeBase, codes: set[str]) -> list[Row]:
    countries = {c["id"]: c for c in kb.records("countries")}
    return [
        {
            "code": c,
            "name": country_name(c, kb),
            **country_keys(c).as_row(),
            "wikidata": countries[c].get("wikidata") if c in countries else None,
        }
        for c in sorted(codes)
    ]


DERIVED_TYPES = {
    "date_earliest": "DATE",
    "date_latest": "DATE",
    "date_precision": "TEXT",
    "dated_by": "TEXT",
    "cameo": "TEXT",
    "plover_event": "TEXT",
    "plover_mode": "TEXT",
    "shape": "TEXT",
    "progress": "REAL",
    "status_reason": "TEXT",
    "status_as_of": "DATE",
    "met_in": "TEXT",
    "iso2": "TEXT",
    "iso3": "TEXT",
    "iso_numeric": "TEXT",
    "iso3166_3": "TEXT",
    "cow_code": "INTEGER",
    "cow_abb": "TEXT",
    "wikidata": "TEXT",
}
"""The types of the columns visitkb derives (the others follow from the models)."""

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _bounds(start: Any, end: Any, dated_by: str | None) -> Row:
    """The derived date columns of a record dated from ``start`` to ``end`` (PartialDates or None)."""
    first, last = start or end, end or start
    if first is None:
        return {"date_earliest": None, "date_latest": None, "date_precision": None, "dated_by": dated_by}
    precision = max(first.precision, last.precision, key=_PRECISION_RANK.__getitem__)
    return {
        "date_earliest": first.earliest().isoformat(),
        "date_latest": last.latest().isoformat(),
        "date_precision": precision,
        "dated_by": dated_by,
    }


def _derive(kb: KnowledgeBase, out: dict[str, list[Row]]) -> None:
    """Add what the CLI computes to the flattened rows: date bounds, statuses, event codes."""
    from . import queries
    from .queries.common import as_of_day, parse_day
    from .queries.meetings import meeting_span
    from .queries.trips import leg_spans

    spans: dict[tuple[str, str], Row] = {}
    codes: list[Row] = []

    def add_codes(collection: str, record_id: str, found: Row) -> None:
        for index, row in enumerate(queries.code_rows(found)):
            codes.append({"collection": collection, "record_id": record_id, "seq": index, **row})

    for trip in kb.records("trips"):
        start, end = queries.trip_span(trip)
        spans[("trips", trip["id"])] = _bounds(start, end, None)
        for leg, (leg_start, leg_end, derived_from) in zip(trip["legs"], leg_spans(trip), strict=True):
            spans[("visits", leg["id"])] = {
                **_bounds(leg_start, leg_end, derived_from),
                **_code_columns(found := queries.leg_codes(kb, trip, leg)),
            }
            add_codes("visits", leg["id"], found)
    for meeting in kb.records("meetings"):
        start, end, dated_by = meeting_span(kb, meeting)
        found = queries.record_codes(kb, "meetings", meeting) or {}
        spans[("meetings", meeting["id"])] = {**_bounds(start, end, dated_by), **_code_columns(found)}
        add_codes("meetings", meeting["id"], found)
    for agreement in kb.records("agreements"):
        start, end, dated_by = queries.agreement_span(kb, agreement)
        found = queries.agreement_codes(kb, agreement)
        spans[("agreements", agreement["id"])] = {**_bounds(start, end, dated_by), **_code_columns(found)}
        add_codes("agreements", agreement["id"], found)
    today = as_of_day(None)
    for target in kb.records("targets"):
        row = queries.target_row(kb, target, today)
        spans[("targets", target["id"])] = {
            **_bounds(parse_day(target["announced"]), None, None),
            "shape": row["shape"],
            "progress": row["progress"],
            "status_reason": row.get("reason"),
            "met_in": row.get("met_in"),
            "status_as_of": row["as_of"],
            "status": row["status"],
        }
    specs = table_specs()
    for collection, rows in out.items():
        span = specs[collection].span if collection in specs else ()
        for row in rows:
            derived = spans.get((collection, row["id"])) if "id" in row else None
            if derived is None and span:
                first = parse_day(row.get(span[0]))
                last = parse_day(row.get(span[1])) if len(span) > 1 else None
                derived = _bounds(first, last, None)
            if derived:
                row.update(derived)
    out["event_codes"] = codes


def _code_columns(found: Row) -> Row:
    """A record's codes as columns of its own row: its first CAMEO code and its PLOVER event and mode."""
    if not found:
        return {"cameo": None, "plover_event": None, "plover_mode": None}
    return {
        "cameo": found["cameo"][0]["code"] if found["cameo"] else None,
        "plover_event": found["plover"]["event"],
        "plover_mode": found["plover"]["mode"],
    }


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
        elif value is None and key in spec.nested:
            continue  # an absent nested value (no count, no amount): its prefixed columns stay empty
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
                out.setdefault(link, []).extend(
                    {left: record["id"], right: v, **(_join_keys(right, v) if key in spec.countries else {})}
                    for v in value
                )
        else:
            row[key] = value
            if key in spec.countries:
                row.update(_join_keys(key, value))
        if key in spec.countries:
            codes.update(
                v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and is_country_ref(v)
            )
    out.setdefault(table, []).append(row)


def _join_keys(column: str, code: str | None) -> Row:
    """The ISO alpha-3 code and COW number of a country column's value, as columns beside it (None for an
    organization): the keys most datasets join on, without a join through ``country_names``."""
    keys = country_keys(code) if code and is_country_ref(code) else None
    return {f"{column}_iso3": keys.iso3 if keys else None, f"{column}_cow_code": keys.cow_code if keys else None}


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


def column_types(table: str, columns: list[str], rows: list[Row]) -> dict[str, str]:
    """Each column's type: from the model's field, else the derived column's, else what its values are."""
    spec = table_specs().get(table, TableSpec())
    found = {}
    for column in columns:
        declared = spec.types.get(column) or DERIVED_TYPES.get(column)
        if declared is None and column.endswith(("_iso3", "_cow_code")):  # beside a country column (_join_keys)
            declared = "INTEGER" if column.endswith("_cow_code") else "TEXT"
        if declared is None:
            values = [row[column] for row in rows if row.get(column) is not None]
            if values and all(isinstance(v, bool) for v in values):
                declared = "BOOLEAN"
            elif values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                declared = "INTEGER"
            elif values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
                declared = "REAL"
            else:
                declared = "TEXT"
        found[column] = declared
    return found


def _table_columns(table: str, rows: list[Row]) -> list[str]:
    return _columns(rows) or (["id"] if table in kinds.collections() else ["code"])


def to_sqlite(kb: KnowledgeBase, path: Path) -> dict[str, int]:
    """Write every table to a new SQLite file (replacing it), with declared column types; rows per table."""
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(path.parent))
    data = tables(kb)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    db = sqlite3.connect(temporary)
    try:
        for table, rows in data.items():
            columns = _table_columns(table, rows)
            types = column_types(table, columns, rows)
            key = "code" if table == "country_names" else "id" if "id" in columns else None
            parts = [f'"{c}" {types[c]}' + (" PRIMARY KEY" if c == key else "") for c in columns]
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


PARQUET_TYPES = {"TEXT": "VARCHAR", "INTEGER": "BIGINT", "REAL": "DOUBLE", "BOOLEAN": "BOOLEAN", "DATE": "DATE"}
"""Each column type as DuckDB writes it to Parquet."""


def parquet_available() -> bool:
    """Whether the optional Parquet writer (DuckDB, ``pip install 'visitkb[parquet]'``) is installed."""
    import importlib.util

    return importlib.util.find_spec("duckdb") is not None


def to_parquet(kb: KnowledgeBase, folder: Path) -> dict[str, int]:
    """Write one Parquet file per table into a folder, with typed columns; rows per table.

    DuckDB writes them: each table's rows go to a temporary JSON Lines file that DuckDB reads
    with the declared column types, then copies to Parquet (so no row passes through Python
    one value at a time). Each file is written beside its place and renamed into it, so that a
    failed export leaves every file it did not finish as it was.
    """
    import tempfile

    import duckdb
    import orjson

    folder.mkdir(parents=True, exist_ok=True)
    data = tables(kb)
    db = duckdb.connect()
    try:
        with tempfile.TemporaryDirectory(prefix="visitkb-parquet-") as scratch:
            for table, rows in data.items():
                columns = _table_columns(table, rows)
                types = column_types(table, columns, rows)
                source = Path(scratch) / f"{table}.jsonl"
                target = folder / f".{table}.parquet.tmp"
                typed = {c: PARQUET_TYPES[types[c]] for c in columns}
                if rows:
                    source.write_bytes(b"".join(orjson.dumps({c: row.get(c) for c in columns}) + b"\n" for row in rows))
                    spec = ", ".join(f"'{c}': '{t}'" for c, t in typed.items())
                    query = (
                        f"SELECT * FROM read_json('{_sql_text(source)}', format='newline_delimited', "
                        f"columns={{{spec}}})"
                    )
                else:  # no rows: the columns and their types all the same
                    query = (
                        "SELECT " + ", ".join(f'CAST(NULL AS {t}) AS "{c}"' for c, t in typed.items()) + " WHERE false"
                    )
                try:
                    db.execute(f"COPY ({query}) TO '{_sql_text(target)}' (FORMAT parquet)")
                except duckdb.Error as exc:  # the disk or the folder refused: said as the other exports say it
                    if target.is_file():
                        target.unlink()
                    raise OSError(errno.EIO, str(exc).splitlines()[0], str(target)) from None
                target.replace(folder / f"{table}.parquet")
    finally:
        db.close()
    return {table: len(rows) for table, rows in data.items()}


def _sql_text(path: Path) -> str:
    """A path inside single quotes in SQL."""
    return str(path).replace("'", "''")


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
    """Write one JSON Lines file per collection, each line a record as the API returns it, and
    ``country_names.jsonl``: every country the records name, with its ISO 3166 and COW keys."""
    from .writing import write_atomically

    counts = {}
    for collection in kinds.collections():
        records = list(kb.records(collection))
        write_atomically(
            folder / f"{collection}.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        )
        counts[collection] = len(records)
    keys = country_rows(kb)
    write_atomically(folder / "country_names.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in keys))
    counts["country_names"] = len(keys)
    return counts


# --- PLOVER ----------------------------------------------------------------------------

PLOVER_CODEBOOK = "PLOVER 0.8 (derived by visitkb's rules: see visitkb.queries.eventcodes)"
"""What ``cite_info.codebook`` says: the events are derived from records, not coded from text."""


def plover_events(kb: KnowledgeBase, left_out: list[str] | None = None) -> list[Row]:
    """One PLOVER event per leg, meeting and signed agreement, in the manual's JSON fields.

    A record with no date at all (nor one it can take from its trip, leg or event) cannot be a
    PLOVER event, which requires one: its ``collection/id`` goes to ``left_out``.

    ``source`` and ``recipient`` are actor objects (``code``: ISO alpha-3 for a state, ``IGO`` for an
    organization; the person, their office and Wikidata id where known); ``event_text`` holds the
    record's citation excerpts or notes, and ``cite_info`` its first source. Beside the manual's
    fields: ``cameo`` (the CAMEO codes of the same event), ``date_precision`` and ``sources``.
    """
    from . import queries
    from .queries.meetings import meeting_place, meeting_span
    from .queries.trips import leg_spans

    actors = _Actors(kb)
    sources = {s["id"]: s for s in kb.records("sources")}
    events: list[Row] = []

    def add(collection: str, record: Record, codes: Row, span: tuple, city: str | None, place: str | None) -> None:
        start, end = span[0] or span[1], span[1] or span[0]
        if start is None:
            if left_out is not None:
                left_out.append(f"{collection}/{record['id']}")
            return
        plover = codes["plover"]
        keys = country_keys(place) if place and is_country_ref(place) else None
        event: Row = {
            "id": f"{collection}/{record['id']}",
            "date": start.earliest().isoformat(),
            "enddate": end.latest().isoformat(),
            "date_precision": max(start.precision, end.precision, key=_PRECISION_RANK.__getitem__),
            "source": [a for side in plover["source"] for a in actors.of(side)],
            "recipient": [a for side in plover["recipient"] for a in actors.of(side)],
            "event": [plover["event"]],
            "mode": [plover["mode"]] if plover["mode"] else [],
            "context": ["diplomatic"] + (["future"] if plover["event"] == "AGREE" else []),
            "quad_code": plover["quad_code"],
            "cameo": [
                {"code": c["code"], "source": _iso3(c["actor"]), "target": _iso3(c["recipient"])}
                for c in codes["cameo"]
            ],
            "event_loc": None
            if place is None
            else {
                "name": city,
                "country_code": keys.iso2 if keys else None,
                "cc3": keys.iso3 if keys else None,
            },
            "event_text": [
                c.get("excerpt") or c.get("note") for c in record["citations"] if c.get("excerpt") or c.get("note")
            ],
            "cite_info": _cite_info(sources.get(record["citations"][0]["source"])) if record["citations"] else None,
            "sources": sorted({c["source"] for c in record["citations"]}),
            "coder": f"visitkb {__version__}",
            "comment": codes["rule"],
        }
        events.append(event)

    for trip in kb.records("trips"):
        for leg, (start, end, _) in zip(trip["legs"], leg_spans(trip), strict=True):
            city = (leg["cities"] or [s["city"] for s in leg.get("stops") or []] or [None])[0]
            add("visits", leg, queries.leg_codes(kb, trip, leg), (start, end), city, leg["country"])
    for meeting in kb.records("meetings"):
        start, end, _ = meeting_span(kb, meeting)
        place = meeting_place(kb, meeting)
        add("meetings", meeting, queries.meeting_codes(kb, meeting, place), (start, end), meeting["city"], place)
    for agreement in kb.records("agreements"):
        if agreement.get("status", "signed") == "expected":
            continue
        start, end, _ = queries.agreement_span(kb, agreement)
        # Where it was signed: its leg's country, else its event's host (else unknown).
        leg_ids = [*([agreement["visit"]] if agreement["visit"] else []), *agreement.get("visits", [])]
        event_ids = [*([agreement["event"]] if agreement["event"] else []), *agreement.get("events", [])]
        leg = kb.get("visits", leg_ids[0]) if leg_ids else None
        held = kb.get("events", event_ids[0]) if event_ids and leg is None else None
        city = (leg["cities"] or [None])[0] if leg else held["city"] if held else None
        place = leg["country"] if leg else held["host"] if held else None
        add("agreements", agreement, queries.agreement_codes(kb, agreement), (start, end), city, place)
    events.sort(key=lambda e: (e["date"], e["id"]))
    return events


def _iso3(code: str | None) -> str | None:
    """A country's ISO alpha-3 code (its own code where it has none), or an organization's id."""
    if code is None or not is_country_ref(code):
        return code
    return country_keys(code).iso3 or code


class _Actors:
    """PLOVER actor objects for a side of an event: its people, else the country or organization itself."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.countries = {c["id"]: c for c in kb.records("countries")}

    def of(self, side: Row) -> list[Row]:
        """The actors of one side (``{"code", "people"}`` from the event codes)."""
        code = side["code"]
        people = [p for p in (self.kb.get("people", person_id) for person_id in side["people"]) if p]
        base = self._entity(code)
        if not people:
            return [base]
        return [
            {
                **base,
                "actor_text": person["name"],
                "identifier_id": person.get("wikidata"),
                "identifier_text": person["name"],
                "office": [o["title"] for o in person.get("offices") or []],
            }
            for person in people
        ]

    def _entity(self, code: str) -> Row:
        if is_country_ref(code):
            keys = country_keys(code)
            country = self.countries.get(code) or {}
            return {
                "code": keys.iso3 or code,
                "country_code": keys.iso3 or code,
                "sector": "GOV",
                "actor_text": country_name(code, self.kb),
                "identifier_id": country.get("wikidata"),
                "identifier_text": country_name(code, self.kb),
            }
        organization = self.kb.get("organizations", code) or {}
        return {
            "code": "IGO",
            "country_code": None,
            "sector": None,
            "actor_text": organization.get("name", code),
            "identifier_id": organization.get("wikidata"),
            "identifier_text": organization.get("name", code),
        }


def _cite_info(source: Record | None) -> Row | None:
    """PLOVER's ``cite_info`` for one of our sources."""
    if source is None:
        return None
    return {
        "corpus": "visitkb",
        "citation": source["id"],
        "url": source.get("url"),
        "title": source.get("title"),
        "language": source.get("language"),
        "publication": source.get("publisher"),
        "date": source.get("date"),
        "codebook": PLOVER_CODEBOOK,
    }


def to_plover(kb: KnowledgeBase, path: Path) -> dict[str, int]:
    """Write the PLOVER events (see :func:`plover_events`) as one JSON Lines file; events per kind."""
    from .writing import write_atomically

    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(path.parent))
    left_out: list[str] = []
    events = plover_events(kb, left_out)
    write_atomically(path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events))
    counts: dict[str, int] = {}
    for event in events:
        kind = event["id"].split("/", 1)[0]
        counts[kind] = counts.get(kind, 0) + 1
    if left_out:
        counts["left out, with no date"] = len(left_out)
    return counts
