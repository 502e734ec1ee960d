"""Load record files into a KnowledgeBase: parse, validate, run the checks, keep what is valid."""

from __future__ import annotations

import difflib
import gc
import os
import typing
from collections.abc import Iterable
from dataclasses import replace
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ValidationError

from . import checks
from .diagnostics import Diagnostic
from .kb import KnowledgeBase
from .models import COLLECTIONS, Origin
from .yamlread import ParsedFile, read_file

DATA_DIR_ENV = "VISITKB_DATA_DIR"
SUFFIXES = (".yaml", ".yml")


def bundled_data_dir() -> Path:
    """The knowledge base shipped inside the package."""
    return Path(str(resources.files("visitkb") / "data"))


def data_dirs_from(given: Iterable[str | Path] | None = None) -> list[Path]:
    """The data directories to load: those given, else $VISITKB_DATA_DIR, else the bundled one."""
    dirs = [Path(d) for d in given or []]
    if not dirs and os.environ.get(DATA_DIR_ENV):
        dirs = [Path(d) for d in os.environ[DATA_DIR_ENV].split(os.pathsep) if d]
    return dirs or [bundled_data_dir()]


def record_files(data_dir: Path) -> list[Path]:
    """Every .yaml/.yml file under a directory, in a stable order; hidden ones are skipped."""
    if data_dir.is_file():
        return [data_dir]
    found = []
    for root, dirnames, filenames in os.walk(data_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(Path(root) / f for f in sorted(filenames)
                     if f.endswith(SUFFIXES) and not f.startswith("."))
    return found


def load(data_dirs: Iterable[str | Path] | str | Path | None = None) -> KnowledgeBase:
    """Load one or more data directories (default: the bundled knowledge base)."""
    if isinstance(data_dirs, (str, Path)):
        data_dirs = [data_dirs]
    kb = KnowledgeBase()
    gc_was_enabled = gc.isenabled()
    gc.disable()  # bulk loading makes many objects and no garbage; collection only slows it
    try:
        for data_dir in data_dirs_from(data_dirs):
            if not data_dir.exists():
                kb.diagnostics.append(Diagnostic(
                    str(data_dir), None, None, "no-data-dir", "data directory does not exist",
                    hint="check the path given to --data-dir or $VISITKB_DATA_DIR"))
                continue
            for path in record_files(data_dir):
                kb.files.append(str(path))
                _add_file(kb, read_file(path))
    finally:
        if gc_was_enabled:
            gc.enable()
    _run_checks(kb)
    kb.diagnostics.sort(key=Diagnostic.sort_key)
    return kb


def _add_file(kb: KnowledgeBase, parsed: ParsedFile) -> None:
    kb.diagnostics.extend(parsed.diagnostics)
    data = parsed.data
    if data is None:
        return
    where = parsed.positions.get((), (None, None))
    if not isinstance(data, dict):
        kb.diagnostics.append(Diagnostic(
            parsed.file, *where, "file-shape",
            f"the file holds a {_shape(data)}; a record file is a mapping of collections",
            hint="start with a collection key such as 'trips:' and list records under it"))
        return
    for key, items in data.items():
        line, column = parsed.key_positions.get((key,), where)
        if key not in COLLECTIONS:
            close = difflib.get_close_matches(key, list(COLLECTIONS), n=1)
            kb.diagnostics.append(Diagnostic(
                parsed.file, line, column, "unknown-collection", f"unknown collection {key!r}",
                hint=f"did you mean {close[0]!r}?" if close else
                "use one of: " + ", ".join(COLLECTIONS)))
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            kb.diagnostics.append(Diagnostic(
                parsed.file, line, column, "collection-shape",
                f"{key!r} holds a {_shape(items)}, not a list of records",
                hint="put '- ' before each record"))
            continue
        model = COLLECTIONS[key]
        for index, item in enumerate(items):
            path = (key, index)
            record = _validate(kb, parsed, model, item, path)
            if record is None:
                kb.skipped += 1
                _note_invalid(kb, key, item)
            else:
                getattr(kb, key).append(record)


def _note_invalid(kb: KnowledgeBase, collection: str, item) -> None:
    if not isinstance(item, dict):
        return
    if isinstance(item.get("id"), str):
        kb.invalid_ids.setdefault(collection, set()).add(item["id"])
    for leg in item.get("legs") or [] if collection == "trips" else []:
        if isinstance(leg, dict) and isinstance(leg.get("id"), str):
            kb.invalid_ids.setdefault("visits", set()).add(leg["id"])


def _shape(value) -> str:
    return {dict: "mapping", list: "list", str: "single value"}.get(type(value), "value")


def _validate(kb: KnowledgeBase, parsed: ParsedFile, model: type[BaseModel], item, path):
    line, column = parsed.positions.get(path, (None, None))
    if parsed.is_invalid(path):
        return None  # the YAML reader has already said what is wrong with it
    if not isinstance(item, dict):
        kb.diagnostics.append(Diagnostic(
            parsed.file, line, column, "record-shape",
            f"a record must be a mapping of fields, not a {_shape(item)}",
            hint="write fields as 'name: value' lines under '- '"))
        return None
    try:
        record = model.model_validate(item)
    except ValidationError as exc:
        kb.diagnostics.extend(_schema_diagnostics(exc, model, parsed, path))
        return None
    origin = Origin(parsed.file, path, parsed.positions)
    record._origin = origin
    for leg_index, leg in enumerate(getattr(record, "legs", ())):
        leg._origin = Origin(parsed.file, path + ("legs", leg_index), parsed.positions)
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
            hint = (f"did you mean {close[0]!r}?" if close
                    else "valid fields: " + ", ".join(valid))
            message = f"unknown field {loc[-1]!r}"
            code = "unknown-field"
        elif kind == "missing":
            line, column = _nearest(parsed, path + loc[:-1])
            message = f"missing required field {field!r}"
            hint = f"add '{loc[-1]}:' to this record"
            code = "missing-field"
        else:
            line, column = _nearest(parsed, path + loc)
            text = error["msg"].removeprefix("Value error, ")
            message = f"{field}: {text}"
            hint = _value_hint(error)
            code = "invalid-value"
        found.append(Diagnostic(parsed.file, line, column, code, message, "error", hint))
    return found


def _value_hint(error: dict) -> str:
    """A suggested fix for a bad value: the nearest allowed word, or the code for a country name."""
    value = error.get("input")
    context = error.get("ctx") or {}
    if error["type"] == "enum" and isinstance(value, str):
        allowed = [w.strip(" '") for w in context.get("expected", "").replace(" or ", ", ").split(",")]
        close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.5)
        return f"did you mean {close[0]!r}?" if close else "use one of: " + ", ".join(allowed)
    if error["type"] == "string_pattern_mismatch" and "[A-Z]{2}" in str(context.get("pattern")) \
            and isinstance(value, str):
        from .names import NameLookupError, country_name, resolve_country

        try:
            code = resolve_country(None, value)
        except NameLookupError:
            return "use an ISO 3166-1 alpha-2 country code such as PE"
        return f"write {code} for {country_name(code)}"
    if error["type"] == "string_pattern_mismatch" and "a-z0-9" in str(context.get("pattern")):
        return "ids use lowercase letters, digits, dots and hyphens, e.g. xi-2016-peru"
    return "correct the value"


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


def _run_checks(kb: KnowledgeBase) -> None:
    """Run every check; leave out records with errors until none remain (removals can cascade)."""
    reported: set[str] = set()
    for _ in range(10):
        kb.reindex()
        found = [replace(d, check=name, record=d.record)
                 for name, check in checks.CHECKS.items() for d in check(kb)]
        new = [d for d in found if str(d) not in reported]
        reported.update(str(d) for d in new)
        kb.diagnostics.extend(new)
        bad = {id(d.record) for d in found if d.severity == "error" and d.record is not None}
        if not bad:
            return
        for name in COLLECTIONS:
            kept = []
            for record in getattr(kb, name):
                if id(record) in bad:
                    kb.skipped += 1
                    kb.invalid_ids.setdefault(name, set()).add(record.id)
                    for leg in getattr(record, "legs", ()):
                        kb.invalid_ids.setdefault("visits", set()).add(leg.id)
                else:
                    kept.append(record)
            setattr(kb, name, kept)
    kb.reindex()
