"""Any table into records: CSV, TSV or JSON Lines, with a mapping file from columns to fields.

The mapping names, for each table, the kind of record a row becomes and the column each field
comes from (dotted for nested values: ``count.value``; ``legs.country`` for a trip whose rows are
its legs); value maps (``State visit`` -> ``state``), date formats, and how countries and people
resolve. A row becomes a record only if it passes the schema; a row that cannot is reported with
its row number and why. Every record cites the mapping's source and the row.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import typing
from pathlib import Path
from typing import Any

from ..errors import NameLookupError, UsageError
from ..index import Progress
from ..names import is_country_code, resolve_country
from .common import Known, Output, Report, input_fingerprint, manifest, slug, unchanged_since_last_import

NAME = "table"
HEADER = "# Imported by `visitkb import table`. Edits here are overwritten by the next import.\n"
_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a CSV (``.csv``), TSV (``.tsv``, ``.tab``) or JSON Lines (``.jsonl``, ``.ndjson``) file."""
    suffix = path.suffix.lower()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text (byte {exc.start}); save the table as UTF-8") from None
    if suffix in (".jsonl", ".ndjson"):
        rows = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise UsageError(f"{path}:{number}: not a JSON object ({exc})") from None
            if not isinstance(row, dict):
                raise UsageError(f"{path}:{number}: not a JSON object")
            rows.append({k: v if isinstance(v, str) or v is None else json.dumps(v) for k, v in row.items()})
        return rows
    if suffix not in (".csv", ".tsv", ".tab", ".txt"):
        raise UsageError(f"{path}: read tables ending .csv, .tsv or .jsonl")
    delimiter = "," if suffix == ".csv" else "\t"
    return list(csv.DictReader(text.splitlines(), delimiter=delimiter))


def read_mapping(path: Path) -> dict:
    """The mapping file, checked for the keys this importer reads."""
    import yaml

    try:
        mapping = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise UsageError(f"{where}: the mapping is not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(mapping, dict) or not isinstance(mapping.get("tables"), list) or not mapping["tables"]:
        raise UsageError(f"{path}: a mapping has `tables:`, a list of tables with `kind` and `fields`")
    source = mapping.get("source")
    if not isinstance(source, dict) or not source.get("id") or not source.get("publisher"):
        raise UsageError(f"{path}: a mapping names its `source:` (with `id` and `publisher`), cited on every record")
    for table in mapping["tables"]:
        if not isinstance(table, dict) or not isinstance(table.get("fields"), dict):
            raise UsageError(f"{path}: each table has `fields` (field: column) and a `kind`")
        if "kind" not in table and not (table.get("nested") and table.get("parent")):
            raise UsageError(
                f"{path}: each table has a `kind`, or `nested` (a list field such as stops) and `parent` (the column "
                "naming the record it belongs to)"
            )
    return mapping


def _kind(name: str, path: Path):
    from .. import kinds

    kind = kinds.by_name(name) or next((k for k in kinds.all_kinds() if k.collection == name), None)
    if kind is None or not kind.identified:
        names = ", ".join(k.name for k in kinds.identified())
        raise UsageError(f"{path}: cannot import rows as {name!r}; name one of: {names}")
    return kind


def _field_info(model, name: str):
    info = model.model_fields.get(name)
    if info is None:
        return None, False
    annotation = info.annotation
    args = typing.get_args(annotation)
    is_list = typing.get_origin(annotation) is list or any(typing.get_origin(a) is list for a in args)
    return info, is_list


def _nested_model(model, name: str):
    info = model.model_fields.get(name)
    if info is None:
        return None
    for candidate in (info.annotation, *typing.get_args(info.annotation)):
        for inner in (candidate, *typing.get_args(candidate)):
            if isinstance(inner, type) and hasattr(inner, "model_fields"):
                return inner
    return None


def _ref_target(model, name: str) -> str | None:
    from ..checks import reference_fields

    return next((mark.target for field, mark in reference_fields(model) if field == name), None)


class _Converter:
    """Cells into field values: lists, value maps, dates, countries and people."""

    def __init__(self, mapping: dict, known: Known, people: dict[str, dict], citation: dict):
        self.values: dict[str, dict] = mapping.get("values") or {}
        self.formats: list[str] = list(mapping.get("dates") or [])
        self.separator: str = mapping.get("list_separator", ";")
        people_option = mapping.get("people", "create")
        if isinstance(people_option, dict):
            self.create_people = people_option.get("create", True) is not False
            self.people_country = people_option.get("country")
        else:
            self.create_people, self.people_country = people_option == "create", None
        self.known, self.people, self.citation = known, people, citation
        self.row: dict = {}

    def cell(self, model, path: str, raw: str, row_note: str) -> Any:
        name = path.split(".")[-1]
        _, is_list = _field_info(model, name)
        items: list[str]
        if is_list:
            text = raw.strip()
            if text.startswith("["):
                parsed = json.loads(text)
                items = [str(v) for v in parsed] if isinstance(parsed, list) else [text]
            else:
                items = [part.strip() for part in text.split(self.separator) if part.strip()]
        else:
            items = [raw.strip()]
        value_map = self.values.get(path) or self.values.get(name) or {}
        items = [str(value_map.get(item, item)) for item in items]
        target = _ref_target(model, name)
        converted = [self._one(model, name, item, target, row_note) for item in items]
        return converted if is_list else converted[0]

    def _one(self, model, name: str, text: str, target: str | None, row_note: str) -> Any:
        from ..models import COUNTRY, PARTY

        if target == COUNTRY or (target == PARTY and (len(text) > 3 or text.isupper())):
            if is_country_code(text):
                return text
            try:
                return resolve_country(self.known.kb, text) if target == COUNTRY or not text.islower() else text
            except NameLookupError as exc:
                raise ValueError(str(exc)) from None
        if target == "people":
            return self._person(text, row_note)
        if self.formats and _is_date_field(model, name):
            return _date(text, self.formats)
        return text

    def _person(self, text: str, row_note: str) -> str:
        if text in self.people or text in self.known.people:
            return text
        found = self.known.person(text)
        if found is not None:
            return found
        if not self.create_people:
            raise ValueError(f"no person is called {text!r} (the mapping says `people: link`)")
        country = self.row.get(self.people_country) or self.people_country if self.people_country else None
        if not country:
            raise ValueError(
                f"{text!r} is no person the knowledge bases given know, and the mapping gives new people no country "
                "(add `people: {country: CODE}` or `people: {country: COLUMN}`)"
            )
        try:
            country = country if is_country_code(country) else resolve_country(self.known.kb, country)
        except NameLookupError as exc:
            raise ValueError(str(exc)) from None
        person_id = slug(text)
        person = {
            "id": person_id,
            "name": text,
            "country": country,
            "citations": [{**self.citation, "note": f"named in {row_note}"}],
        }
        self.people[person_id] = person
        self.known.add_person(person)
        return person_id


def _is_date_field(model, name: str) -> bool:
    info = model.model_fields.get(name)
    return info is not None and "PartialDate" in str(info.annotation)


def _date(text: str, formats: list[str]) -> str:
    """A date cell in ISO form: as it is when it is already ISO (2016, 2016-11, 2016-11-21), else read
    with the first of the mapping's formats that fits."""
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return text
    for fmt in formats:
        try:
            parsed = dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        return (
            parsed.strftime("%Y-%m" if "%d" not in fmt else "%Y-%m-%d")
            if "%m" in fmt or "%b" in fmt or "%B" in fmt
            else parsed.strftime("%Y")
        )
    raise ValueError(f"date {text!r} fits none of the formats {formats}")


def _set(record: dict, path: list[str], value: Any) -> None:
    for key in path[:-1]:
        record = record.setdefault(key, {})
    record[path[-1]] = value


def import_table(
    files: list[Path],
    mapping_path: Path,
    out: Path,
    link_kb=None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> Report:
    """Import the rows of ``files`` as records under ``out``, as ``mapping_path`` says."""
    from pydantic import ValidationError

    report = Report(NAME, dry_run=dry_run)
    mapping = read_mapping(mapping_path)
    known = Known(link_kb)
    fingerprint = input_fingerprint([*files, mapping_path], NAME, 1, known.fingerprint())
    if not dry_run and unchanged_since_last_import(out, NAME, fingerprint):
        report.unchanged_inputs = True
        return report
    source = dict(mapping["source"])
    citation = {"source": source["id"]}
    people: dict[str, dict] = {}
    convert = _Converter(mapping, known, people, citation)
    tables = mapping["tables"]
    by_collection: dict[str, dict[str, dict]] = {}
    children: list[tuple[str, str, dict, str]] = []  # (parent collection, parent id, record, row note)

    plan = []
    for path in files:
        matching = [t for t in tables if t.get("file") in (None, path.name)] if len(tables) > 1 else tables
        if not matching:
            raise UsageError(
                f"{mapping_path}: no table of the mapping is for {path.name} (give it `file: {path.name}`)"
            )
        plan.append((path, matching[0]))
    # Parents before children: a table whose kind nests in another is read after it.
    plan.sort(key=lambda item: 2 if "kind" not in item[1] else bool(_kind(item[1]["kind"], mapping_path).parent))
    total = sum(1 for _ in plan)
    nested_rows: list[tuple[str, str, dict, str]] = []  # (field, parent id, values, row note)
    for done, (path, table) in enumerate(plan, 1):
        if "kind" not in table:
            for number, row in enumerate(read_rows(path), 2):
                report.read += 1
                values = {f: row[c] for f, c in table["fields"].items() if str(row.get(c) or "").strip()}
                nested_rows.append(
                    (table["nested"], row.get(table["parent"]) or "", values, f"{path.name} row {number}")
                )
            continue
        kind = _kind(table["kind"], mapping_path)
        model = kind.model
        rows = read_rows(path)
        missing = sorted({c for c in _columns(table) if rows and c not in rows[0]})
        if missing:
            raise UsageError(f"{path}: no column {', '.join(map(repr, missing))} (the mapping names it)")
        for number, row in enumerate(rows, 2 if path.suffix.lower() in (".csv", ".tsv", ".tab", ".txt") else 1):
            report.read += 1
            row_note = f"{path.name} row {number}"
            try:
                record = _record(table, row, model, convert, row_note)
            except (ValueError, KeyError) as exc:
                report.reported.append((row_note, exc.args[0] if exc.args else str(exc)))
                continue
            record.setdefault("citations", [{**citation, "note": row_note}])
            if kind.parent is not None:
                parent_column = table.get("parent")
                if not parent_column or not row.get(parent_column):
                    report.reported.append((row_note, f"no {kind.parent.collection[:-1]} named (the `parent:` column)"))
                    continue
                children.append((kind.parent.collection, row[parent_column], record, row_note))
                continue
            _add(by_collection.setdefault(kind.collection, {}), record, model, report, row_note)
        if progress is not None:
            progress(done, total)
    for collection, parent_id, record, row_note in children:
        parent = by_collection.get(collection, {}).get(parent_id)
        if parent is None:
            report.reported.append((row_note, f"its {collection[:-1]} {parent_id!r} is not among the rows imported"))
            continue
        field = next(k.parent.field for k in _child_kinds() if k.parent.collection == collection)
        parent.setdefault(field, []).append(record)
        report.imported += 1
    by_id = {
        part["id"]: part
        for records in by_collection.values()
        for record in records.values()
        for part in [record, *(p for v in record.values() if isinstance(v, list) for p in v if isinstance(p, dict))]
        if isinstance(part.get("id"), str)
    }
    for field_name, parent_id, values, row_note in nested_rows:
        if parent_id not in by_id:
            report.reported.append((row_note, f"{parent_id!r} is not among the records imported"))
            continue
        by_id[parent_id].setdefault(field_name, []).append(values)
        report.imported += 1
    for collection, records in by_collection.items():
        kind_model = _kind(collection, mapping_path).model
        for record_id in list(records):
            try:
                # Written as the schema reads it ("24" as 24), without the fields left at their defaults.
                records[record_id] = kind_model.model_validate(records[record_id]).model_dump(
                    mode="json", exclude_defaults=True
                )
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"])
                report.reported.append((f"{collection[:-1]} {record_id!r}", f"{where}: {first['msg']}"))
                del records[record_id]
                continue
            report.imported += 1
        report.created[collection] = len(records)
    if people:
        report.created["people"] = len(people)
    report.created = +report.created

    output = Output(NAME, HEADER)
    output.add("knowledge-base.yaml", manifest(out, known, f"Imported from {', '.join(p.name for p in files)}"))
    output.add("sources.yaml", {"sources": [source]})
    output.add("people.yaml", {"people": [people[k] for k in sorted(people)]})
    for collection, records in by_collection.items():
        output.add(f"{collection}.yaml", {collection: list(records.values())})
    report.files_changed = output.write(out, dry_run, fingerprint)
    return report


def _child_kinds():
    from .. import kinds

    return [k for k in kinds.all_kinds() if k.parent is not None]


def _columns(table: dict) -> set[str]:
    columns = set()
    for spec in table["fields"].values():
        if isinstance(spec, str):
            columns |= set(_TEMPLATE.findall(spec)) if "{" in spec else {spec}
    if table.get("parent"):
        columns.add(table["parent"])
    return columns


def _record(table: dict, row: dict, model, convert: _Converter, row_note: str) -> dict:
    """One row as a record (its nested ``legs.*`` fields as one leg)."""
    record: dict = {}
    convert.row = row
    for field, column in table["fields"].items():
        raw: Any
        if "{" in str(column):
            raw = _TEMPLATE.sub(lambda m: str(row.get(m.group(1)) or ""), str(column))
            raw = slug(raw) if field.split(".")[-1] == "id" else raw
        else:
            raw = row.get(str(column))
        if raw is None or str(raw).strip() == "":
            continue
        path = field.split(".")
        owner = model
        for part in path[:-1]:
            owner = _nested_model(owner, part) or owner
        _set(record, path, convert.cell(owner, field, str(raw), row_note))
    for list_field in [k for k, v in record.items() if isinstance(v, dict) and _field_info(model, k)[1]]:
        # `legs.country` on a row: the row is one leg, citing the row as its record does.
        record[list_field] = [{**record[list_field], "citations": [{**convert.citation, "note": row_note}]}]
    return record


def _add(records: dict[str, dict], record: dict, model, report: Report, row_note: str) -> None:
    """Add a record; a second row with the same id adds its legs (a trip written one row per leg)."""
    if "id" not in record:
        report.reported.append((row_note, "no id (map an `id` column, or a template such as '{leader}-{start}')"))
        return
    existing = records.get(record["id"])
    if existing is None:
        records[record["id"]] = record
        return
    list_fields = [k for k, v in record.items() if isinstance(v, list) and k not in ("citations",)]
    nested = [k for k in list_fields if record[k] and isinstance(record[k][0], dict)]
    if not nested:
        report.reported.append((row_note, f"a second row for {record['id']!r}"))
        return
    for key in nested:
        existing.setdefault(key, []).extend(record[key])
    existing["citations"] = existing.get("citations", []) + [
        c for c in record["citations"] if c not in existing.get("citations", [])
    ]
