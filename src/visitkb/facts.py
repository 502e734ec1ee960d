"""Read one record file into the facts the index keeps: records, ids, references, diagnostics.

This is the part of loading that looks at one file alone, so it can run in parallel
and its result can be kept until the file changes. Checks across files run later,
over the index (see :mod:`visitkb.index`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import gc
import hashlib
import re
import typing
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel, ValidationError

from . import checks, kinds
from .diagnostics import Diagnostic, capped
from .models import COUNTRY, PARTY, Citation, Origin, Source
from .names import is_country_ref
from .records import place_text, texts
from .yamlread import ParsedFile, parse_bytes, read_file

Position = tuple[int | None, int | None]


@dataclass
class RecordFacts:
    """One record of a file, as the index stores it."""

    collection: str
    id: str | None
    seq: int
    """Position among the file's records."""
    line: int | None
    column: int | None
    data: str | None = None
    """The validated record as JSON text; None when it failed validation."""
    crc: int = 0
    """CRC-32 of ``data``, so that a damaged index is noticed when the record is read."""
    ok: bool = False
    """Whether the record passed every check of this file alone."""
    ids: list[tuple[str, str, int | None, int | None]] = field(default_factory=list)
    """(collection, id, line, column) of the record and its legs."""
    refs: list[tuple[str, str, bool, bool, int | None, int | None]] = field(default_factory=list)
    """(target collection, id, whether it is a party, whether it is soft, line, column) of each reference."""
    keys: list[str] = field(default_factory=list)
    """Search keys (``country:PE``, ``person:xi-jinping``) that narrow queries."""
    quotes: list[tuple[str, str, int | None, int | None]] = field(default_factory=list)
    """(source, excerpt, line, column) of each verbatim excerpt."""
    anchors: list[tuple[str, int | None, int | None]] = field(default_factory=list)
    """(field, line, column) of fields that diagnostics elsewhere point at."""
    places: list[tuple[int, str, int, bool, str | None, int | None]] = field(default_factory=list)
    """A trip's legs in order, as (leg, place, its checksum, in person, and the place and checksum of the
    leg in person before it): the place is the leg's country, mode, label of the time, and the city, lon
    and lat of its first stop with cited coordinates, in one text (see ``records.place_text``). What a
    map of many trips reads instead of whole records: visits and steps from place to place."""
    text: str = ""
    """Every piece of text in the record, for full-text search."""
    chunk: str | None = None
    """Digest of the record's own lines in its file (see :func:`split_records`), None where the file's
    records cannot be told apart by their lines; an edit elsewhere in the file keeps it."""
    chunk_line: int | None = None
    """The line the record's text starts on."""
    first_day: str | None = None
    last_day: str | None = None
    """The earliest and latest day any of the record's own dates can mean, to narrow date queries."""


@dataclass
class FileFacts:
    """What one file holds and what is wrong with it."""

    path: str
    records: list[RecordFacts] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    digest: str | None = None
    """SHA-256 of the bytes read."""
    recheck_on: str | None = None
    """ISO day from which a stated date stops being in the future, so the file needs reading again."""


def read_facts(path: str | Path, today: dt.date | None = None, raw: bytes | None = None) -> FileFacts:
    """Parse, validate and check one record file (or ``raw``, bytes it is about to hold)."""
    today = today or dt.date.today()
    gc_was_enabled = gc.isenabled()
    gc.disable()  # reading makes many objects and no garbage; collection only slows it
    try:
        if raw is None:
            parsed = read_file(Path(path))
        else:
            parsed = parse_bytes(raw, str(path))
            parsed.digest = hashlib.sha256(raw).hexdigest()
            parsed.raw = raw
        facts = FileFacts(str(path), diagnostics=list(parsed.diagnostics), digest=parsed.digest)
        _add_records(facts, parsed, today)
        facts.diagnostics = capped(facts.diagnostics)
        if not facts.diagnostics and parsed.raw is not None:
            _mark_chunks(facts, parsed.raw)
    finally:
        if gc_was_enabled:
            gc.enable()
    return facts


# --- records by their lines --------------------------------------------------------------
#
# An edit usually changes one record of a file of thousands. Where a file's records can be told
# apart by their lines alone (block style, one top-level key per collection, no anchors, aliases,
# tags or document markers), each record's text gets a digest, and an edited file is read again
# record by record: only the records whose text changed are parsed and validated (see
# index._update). Anything this split cannot be sure of reads the whole file, as before.

_NODE_PROPERTY = re.compile(rb"(?:^|[\s,\[{])[&*!][^\s,\]}]")
"""An anchor, an alias or a tag (which tie records together), or a '&', '*' or '!' written as if one."""
_DOCUMENT_MARKS = (b"\n---", b"\n...", b"\n%", b"\r", b"\n\t")
"""Document markers and directives at a line's start, CRs, tabs: plain substring searches, fast."""


def _splittable(raw: bytes) -> bool:
    if raw.startswith((b"---", b"...", b"%", b"\t", b"\xef\xbb\xbf")) or any(m in raw for m in _DOCUMENT_MARKS):
        return False
    return not any(mark in raw for mark in (b"&", b"*", b"!")) or not _NODE_PROPERTY.search(raw)


_TOP_LINE = re.compile(rb"^[^\s#-].*$", re.M)
_KEY_LINE = re.compile(rb"[A-Za-z_][\w-]*:[ ]*(?:#.*)?")


class Chunk(typing.NamedTuple):
    """The text of one record in its file: the lines from its '- ' to the next record or key."""

    collection: str
    seq: int
    line: int
    text: bytes
    digest: str


def split_records(raw: bytes) -> list[Chunk] | None:
    """Each record of a record file as its own lines, or None where lines alone cannot tell them apart."""
    if not _splittable(raw):
        return None
    chunks: list[Chunk] = []
    tops = list(_TOP_LINE.finditer(raw))
    line = 1
    offset = 0
    for index, top in enumerate(tops):
        if not _KEY_LINE.fullmatch(top.group()):
            return None
        key = top.group().split(b":", 1)[0]
        start = top.end() + 1
        end = tops[index + 1].start() if index + 1 < len(tops) else len(raw)
        region = raw[start:end]
        first = re.search(rb"^( *)-(?: |$)", region, re.M)
        if first is None or region[: first.start()].strip(b" \n") and not _only_comments(region[: first.start()]):
            return None
        indent = len(first.group(1))
        if re.search(rb"^(?! {%d}-(?: |$)| {%d}| *#| *$)" % (indent, indent + 1), region, re.M):
            return None
        items = [m.start() for m in re.finditer(rb"^ {%d}-(?: |$)" % indent, region, re.M)]
        line += raw.count(b"\n", offset, start)
        offset = start
        for number, item_start in enumerate(items):
            item_end = items[number + 1] if number + 1 < len(items) else len(region)
            line += region.count(b"\n", offset - start, item_start)
            offset = start + item_start
            text = region[item_start:item_end]
            digest = hashlib.blake2b(key + b"\0" + text, digest_size=16).hexdigest()
            chunks.append(Chunk(key.decode(), len(chunks), line, text, digest))
    return chunks


def _only_comments(text: bytes) -> bool:
    return all(not line.strip() or line.lstrip().startswith(b"#") for line in text.split(b"\n"))


def _mark_chunks(facts: FileFacts, raw: bytes) -> None:
    """Give each record of a clean file the digest and first line of its text, where lines tell them apart."""
    chunks = split_records(raw)
    if chunks is None or [c.collection for c in chunks] != [r.collection for r in facts.records]:
        return
    for record, chunk in zip(facts.records, chunks, strict=True):
        record.chunk, record.chunk_line = chunk.digest, chunk.line


def read_chunk(path: str, chunk: Chunk, today: dt.date | None = None) -> FileFacts:
    """One record of a file read from its own lines, with the lines and columns it has in the file."""
    padding = b"\n" * (chunk.line - 2)  # the collection's key goes on the line above the record
    facts = read_facts(path, today, raw=padding + chunk.collection.encode() + b":\n" + chunk.text)
    for record in facts.records:
        record.seq = chunk.seq
        record.chunk, record.chunk_line = chunk.digest, chunk.line
    return facts


def _add_records(facts: FileFacts, parsed: ParsedFile, today: dt.date) -> None:
    data = parsed.data
    if data is None:
        return
    where = parsed.positions.get((), (None, None))
    if not isinstance(data, dict):
        facts.diagnostics.append(
            Diagnostic(
                parsed.file,
                where[0],
                where[1],
                "file-shape",
                f"the file holds a {_shape(data)}; a record file is a mapping of collections",
                hint="start with a collection key such as 'trips:' and list records under it",
            )
        )
        return
    collections = kinds.collections()
    for key, items in data.items():
        line, column = parsed.key_positions.get((key,), where)
        if key not in collections:
            close = difflib.get_close_matches(key, list(collections), n=1)
            facts.diagnostics.append(
                Diagnostic(
                    parsed.file,
                    line,
                    column,
                    "unknown-collection",
                    f"unknown collection {key!r}",
                    hint=f"did you mean {close[0]!r}?" if close else "use one of: " + ", ".join(collections),
                )
            )
            continue
        if items is None:
            facts.diagnostics.append(
                Diagnostic(
                    parsed.file,
                    line,
                    column,
                    "empty-collection",
                    f"{key!r} has no records under it",
                    "warning",
                    "list records under it, or remove the key",
                )
            )
            continue
        if not isinstance(items, list):
            facts.diagnostics.append(
                Diagnostic(
                    parsed.file,
                    line,
                    column,
                    "collection-shape",
                    f"{key!r} holds a {_shape(items)}, not a list of records",
                    hint="put '- ' before each record",
                )
            )
            continue
        model = kinds.by_collection(key).model
        for index, item in enumerate(items):
            path = (key, index)
            line, column = parsed.positions.get(path, (None, None))
            if not isinstance(item, dict) and not parsed.is_invalid(path):
                # Not a record at all: said once here, and nothing kept in the index for it.
                facts.diagnostics.append(
                    Diagnostic(
                        parsed.file,
                        line,
                        column,
                        "record-shape",
                        f"a record must be a mapping of fields, not a {_shape(item)}",
                        hint="write fields as 'name: value' lines under '- '",
                    )
                )
                continue
            entry = RecordFacts(key, None, len(facts.records), line, column)
            facts.records.append(entry)
            record = _validate(facts.diagnostics, parsed, model, item, path)
            if record is None:
                _note_invalid(entry, item, parsed, path)
            else:
                _describe(entry, record, facts, today)


def _note_invalid(entry: RecordFacts, item, parsed: ParsedFile, path: tuple) -> None:
    """Keep an invalid record's ids, so that references to it can say why they fail."""
    if not isinstance(item, dict):
        return
    if isinstance(item.get("id"), str):
        entry.id = item["id"]
        entry.ids.append((entry.collection, item["id"], entry.line, entry.column))
    for child in kinds.children_of(entry.collection):
        nested = item.get(child.parent.field) if child.identified and child.parent else None
        for part in nested if isinstance(nested, list) else []:
            if isinstance(part, dict) and isinstance(part.get("id"), str):
                entry.ids.append((child.collection, part["id"], entry.line, entry.column))


def record_checksum(collection: str, data: str) -> int:
    """The checksum the index keeps of a record: of its collection and its JSON, so that damage can
    neither change a record nor make it pass for one of another kind."""
    return zlib.crc32(f"{collection}\0{data}".encode())


def _describe(entry: RecordFacts, record: Any, facts: FileFacts, today: dt.date) -> None:
    """Fill in a valid record's facts and run the checks of one record (a validated model with an id)."""
    origin = record._origin
    entry.id = record.id
    dumped = record.model_dump(mode="json")
    entry.data = orjson.dumps(dumped).decode("utf-8")
    entry.text = "\n".join(texts(dumped))
    entry.crc = record_checksum(entry.collection, entry.data)
    nodes = checks.walk(record)
    # The days a record's own dates of what happened can mean, so that date queries read only
    # records that can match (a query narrowing a kind this way filters on these dates too).
    facts_dated = [value for _, value in checks.fact_dates(record, nodes)]
    if facts_dated:
        entry.first_day = min(d.earliest() for d in facts_dated).isoformat()
        entry.last_day = max(d.latest() for d in facts_dated).isoformat()
    entry.ids.append((entry.collection, record.id, *origin.locate("id")))
    for child in kinds.children_of(entry.collection):
        if child.identified and child.parent:
            for index, part in enumerate(getattr(record, child.parent.field)):
                entry.ids.append((child.collection, part.id, *origin.locate(child.parent.field, index, "id")))
    for subpath, target, ref, soft in checks.references_in(record, nodes):
        if target == COUNTRY:
            entry.keys.append(f"country:{ref}")
        elif target == PARTY:
            if is_country_ref(ref):
                entry.keys.append(f"country:{ref}")
            else:
                entry.refs.append(("organizations", ref, True, soft, *origin.locate(*subpath)))
        else:
            entry.refs.append((target, ref, False, soft, *origin.locate(*subpath)))
            if target == "people":
                entry.keys.append(f"person:{ref}")
    entry.keys = sorted(set(entry.keys))
    before: tuple[str | None, int | None] = (None, None)  # the last leg in person: where a step starts
    for index, leg in enumerate(dumped["legs"] if entry.collection == "trips" else []):  # plain values
        stop = next((stop for stop in leg["stops"] if stop["coordinates"]), None)
        where = (stop["city"], stop["coordinates"]["lon"], stop["coordinates"]["lat"]) if stop else (None,) * 3
        # A planned leg is no visit yet: the map lists it in its note, as it does a leg by video.
        mode = "planned" if leg.get("status") == "planned" else leg["mode"]
        place = place_text((leg["country"], mode, leg["country_label"], *where))
        in_person = mode == "in-person"
        here = (place, zlib.crc32(place.encode()))
        entry.places.append((index, *here, in_person, *(before if in_person else (None, None))))
        if in_person:
            before = here
    for path, model in nodes:
        if isinstance(model, Citation) and model.excerpt:
            entry.quotes.append((model.source, model.excerpt, *origin.locate(*path, "excerpt")))
    if isinstance(record, Source) and record.archived:
        entry.anchors.append(("archived", *origin.locate("archived")))
    found = checks.run_record_checks(record, nodes)
    facts.diagnostics.extend(found)
    entry.ok = not any(d.severity == "error" for d in found)
    for value in facts_dated:
        if value.earliest() > today and (facts.recheck_on is None or value.earliest().isoformat() < facts.recheck_on):
            facts.recheck_on = value.earliest().isoformat()


def _shape(value: Any) -> str:
    names: dict[type, str] = {dict: "mapping", list: "list", str: "single value"}
    return names.get(type(value), "value")


def _validate(diagnostics: list[Diagnostic], parsed: ParsedFile, model: type[BaseModel], item: Any, path: tuple) -> Any:
    if parsed.is_invalid(path):
        return None  # the YAML reader has already said what is wrong with it
    # (An item that is not a mapping was reported, and left out, by the caller.)
    try:
        record = model.model_validate(item)
    except ValidationError as exc:
        diagnostics.extend(_schema_diagnostics(exc, model, parsed, path))
        return None
    record._origin = Origin(parsed.file, path, parsed.positions)  # type: ignore[attr-defined]
    return record


def _schema_diagnostics(exc: ValidationError, model, parsed: ParsedFile, path: tuple):
    found = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        kind = error["type"]
        field = ".".join(str(p) for p in loc) or "record"
        if kind == "extra_forbidden":
            line, column = parsed.key_positions.get(path + loc) or _nearest(parsed, path + loc)
            valid = _fields_at(model, loc[:-1])
            close = difflib.get_close_matches(str(loc[-1]), valid, n=1)
            hint = f"did you mean {close[0]!r}?" if close else "valid fields: " + ", ".join(valid)
            message = f"unknown field {loc[-1]!r}"
            code = "unknown-field"
        elif kind == "missing":
            line, column = _nearest(parsed, path + loc[:-1])
            message = f"missing required field {field!r}"
            hint = f"add '{loc[-1]}:' to this record"
            code = "missing-field"
        else:
            line, column = _nearest(parsed, path + loc)
            message = f"{field}: {_value_problem(error)}"
            hint = _value_hint(error)
            code = "invalid-value"
        found.append(Diagnostic(parsed.file, line, column, code, message, "error", hint))
    return found


def _value_problem(error: Any) -> str:
    """What is wrong with a value, in the user's words rather than the pattern it failed."""
    pattern = str((error.get("ctx") or {}).get("pattern", ""))
    if error["type"] == "string_pattern_mismatch" and "[A-Z]{2}" in pattern:
        return (
            f"{error.get('input')!r} is not a country code (two capital letters, ISO 3166-1; "
            "four for a former state, ISO 3166-3)"
        )
    if error["type"] == "string_pattern_mismatch" and "a-z0-9" in pattern:
        return f"{error.get('input')!r} is not an id (lowercase letters, digits, dots and hyphens)"
    context, given = error.get("ctx") or {}, error.get("input")
    kind = error["type"]
    if kind in ("list_too_short", "too_short"):
        return f"needs at least {context.get('min_length', 1)} item(s)"
    if kind in ("too_long", "list_too_long"):
        return f"has {context.get('actual_length', 'too many')} items; at most {context.get('max_length')}"
    if kind == "string_too_long":
        length = len(given) if isinstance(given, str) else "too many"
        return f"is {length} characters long; at most {context.get('max_length')} characters"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"needs a mapping of fields (name: value), not {_shape_of(given)}"
    if kind == "list_type":
        return f"needs a list, not {_shape_of(given)}"
    if kind == "string_type":
        return f"needs text, not {_shape_of(given)}"
    if kind == "int_parsing_size":
        return "is too large a number"
    if kind in ("int_parsing", "int_type", "int_from_float", "float_parsing", "float_type"):
        return f"{given!r} is not a number"
    if kind in ("greater_than_equal", "greater_than"):
        return f"{given!r} is below the least allowed, {context.get('ge', context.get('gt'))}"
    if kind == "bool_parsing":
        return f"{given!r} is neither true nor false"
    return str(error["msg"]).removeprefix("Value error, ")


def _shape_of(value: Any) -> str:
    """What a value is, as a YAML writer would say it."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "empty" if value is None else f"the text {value!r}"


def _example_of(model_name: str) -> str | None:
    """A one-line YAML example of a nested model, from its fields: '{value: ..., unit: ...}'."""
    from . import models

    model = getattr(models, model_name, None)
    if model is None or not hasattr(model, "model_fields"):
        return None
    required = [name for name, info in model.model_fields.items() if info.is_required()]
    optional = [name for name, info in model.model_fields.items() if not info.is_required()]
    return "{" + ", ".join(f"{name}: ..." for name in (required + optional)[: max(2, len(required))]) + "}"


def _value_hint(error: Any) -> str:
    """A suggested fix for a bad value: the nearest allowed word, or the code for a country name."""
    value = error.get("input")
    context = error.get("ctx") or {}
    if error["type"] == "enum" and isinstance(value, str):
        allowed = [w.strip(" '") for w in context.get("expected", "").replace(" or ", ", ").split(",")]
        close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.5)
        return f"did you mean {close[0]!r}?" if close else "use one of: " + ", ".join(allowed)
    if (
        error["type"] == "string_pattern_mismatch"
        and "[A-Z]{2}" in str(context.get("pattern"))
        and isinstance(value, str)
    ):
        from .errors import NameLookupError
        from .names import country_name, resolve_country

        try:
            code = resolve_country(None, value)
        except NameLookupError:
            return "use an ISO 3166-1 alpha-2 country code such as PE"
        return f"write {code} for {country_name(code)}"
    if error["type"] == "string_pattern_mismatch" and "a-z0-9" in str(context.get("pattern")):
        return "ids use lowercase letters, digits, dots and hyphens, e.g. xi-2016-peru"
    field = str(error["loc"][-1]) if error.get("loc") else "value"
    kind = error["type"]
    if kind in ("list_too_short", "too_short") and field == "citations":
        return "cite at least one source: citations: [{source: SOURCE-ID, note: what it says}]"
    if kind in ("list_too_short", "too_short"):
        return f"give at least {context.get('min_length', 1)}, as a list: {field}: [first, second]"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        example = _example_of(str(context.get("class_name", "")))
        return f"write it as {field}: {example}" if example else f"write it as {field}: {{name: value, ...}}"
    if kind == "list_type":
        return f"write it as a list: {field}: [a, b] (or one '- item' per line)"
    if kind in ("int_parsing", "int_type", "int_from_float", "int_parsing_size"):
        return "write a whole number in digits, e.g. 40; say 'about' or 'more than' with a qualifier"
    if kind in ("float_parsing", "float_type"):
        return "write a number in digits, e.g. 2.5; put the unit in 'unit' and the scale in 'scale'"
    if kind == "string_type":
        return f"write {field} as plain text"
    if kind == "bool_parsing":
        return "write true or false"
    if kind in ("too_long", "list_too_long", "string_too_long"):
        return "shorten it"
    if kind == "value_error" and any(w in str(error["msg"]) for w in ("month", "day ", "date", "year")):
        return "write the date as YYYY, YYYY-MM or YYYY-MM-DD, with a day and month that exist"
    if kind == "value_error":
        return "change the value as the message says; visitkb schema shows every field and what it takes"
    return "visitkb schema shows what this field takes"


def _nearest(parsed: ParsedFile, path: tuple) -> tuple[int | None, int | None]:
    while path:
        if path in parsed.positions:
            return parsed.positions[path]
        path = path[:-1]
    return parsed.positions.get((), (None, None))


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """The field names of the model nested at ``loc`` inside ``model``."""
    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        nested = _model_in(field.annotation) if field else None
        if nested is None:
            return []
        current = nested
    return list(current.model_fields)


def _model_in(annotation) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found:
            return found
    return None
