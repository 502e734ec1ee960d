"""Add a record to a knowledge base: checked against all of it first, then written in one step.

The record is appended as YAML text to the list where such records live, so every
existing byte, comment and record of the file stays as it was. One writer at a time
holds the data directory's lock; the file is replaced atomically, so a crash or a
full disk leaves the old file intact.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import kinds
from .checks import article
from .datadirs import bundled_data_dir, data_dirs_from, within
from .diagnostics import Diagnostic
from .errors import AddError

__all__ = ["AddError", "AddResult", "addable", "record_from_fields", "add", "insert_item"]

LOCK_NAME = ".visitkb-add.lock"
LOCK_WAIT = 120
"""Seconds an add waits for another to finish before giving up."""


def addable() -> list[str]:
    """The kinds ``add`` takes: every kind of record, each nested kind (a leg) right after its owner's."""
    return [kind.name for kind in kinds.by_owner()]


def _kind(name: str) -> kinds.Kind:
    kind = kinds.by_name(name)
    if kind is None:
        raise AddError(f"unknown kind {name!r}; use one of: {', '.join(addable())}")
    return kind


@dataclass
class AddResult:
    """Where the record went (or would go), its text, and what was wrong."""

    path: Path
    text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    created_dir: bool = False
    """Whether the data directory was created for this record."""


def record_from_fields(
    kind: str, fields: list[str], source: str | None = None, note: str | None = None, excerpt: str | None = None
) -> dict[str, Any]:
    """A record from ``name=value`` pairs; lists take commas, JSON values are read as JSON, a dotted name
    fills a nested value (``amount.value=2.5``, ``legs.0.country=SE``: a trip with its first leg), and a
    country may be given by name (``parties=Sweden,Norway``), as queries take it."""
    model = _kind(kind).model
    record: dict[str, Any] = {}
    for item in fields:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise AddError(f"--field {item!r} is not name=value")
        owner, key, container = _place(record, model, name, kind)
        value = value.strip()
        if value[:1] in "[{":
            try:
                container[key] = json.loads(value)
                continue
            except json.JSONDecodeError as exc:
                raise AddError(f"--field {name}: {value!r} is not valid JSON ({exc.msg})") from None
        info = owner.model_fields[key]
        listed = str(info.annotation).startswith("list")
        values = [v.strip() for v in value.split(",") if v.strip()] if listed else [value]
        values = [_country_code(owner, key, v) for v in values]
        container[key] = values if listed else values[0]
    if source:
        citation = {"source": source}
        if excerpt:
            citation["excerpt"] = excerpt
        if note:
            citation["note"] = note
        record.setdefault("citations", []).append(citation)
        # A leg given with its trip (legs.0.country=...) rests on the same source.
        for child in kinds.children_of(_kind(kind).collection):
            for part in record.get(child.parent.field if child.parent else "", []):
                if isinstance(part, dict) and "citations" not in part:
                    part["citations"] = [dict(citation)]
    if "id" in record:  # keep the id first, as people write records
        record = {"id": record.pop("id"), **record}
    return record


def _place(record: dict, model: Any, name: str, kind: str) -> tuple[Any, str, dict]:
    """For a dotted field name: the model that holds the last part, that part, and the dict to set it in."""
    import typing

    from pydantic import BaseModel

    from .checks import _model_in

    parts = name.split(".")
    container: Any = record
    current: Any = model
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part.isdigit():
            continue
        if part not in current.model_fields:
            import difflib

            close = difflib.get_close_matches(part, list(current.model_fields), n=1)
            what = kind if current is model else current.__name__.lower()
            raise AddError(
                f"{article(what)} {what} has no field {part!r}; "
                + (f"did you mean {close[0]!r}?" if close else "fields: " + ", ".join(current.model_fields))
            )
        if last:
            return current, part, container
        annotation = current.model_fields[part].annotation
        inner = _model_in(annotation)
        if inner is None or not issubclass(inner, BaseModel):
            raise AddError(f"--field {name}: {part!r} holds no fields of its own")
        if "list" in str(typing.get_origin(annotation)) or str(annotation).startswith("list"):
            position = int(parts[index + 1]) if index + 1 < len(parts) and parts[index + 1].isdigit() else 0
            items = container.setdefault(part, [])
            while len(items) <= position:
                items.append({})
            container = items[position]
        else:
            container = container.setdefault(part, {})
        current = inner
    raise AddError(f"--field {name!r} names no field")


def _country_code(model: Any, field: str, value: str) -> str:
    """A country given by name in a country or party field, as its code (Sweden: SE); anything else as it is."""
    from .checks import reference_fields
    from .errors import NameLookupError
    from .models import COUNTRY, PARTY
    from .names import resolve_country

    mark = dict(reference_fields(model)).get(field)
    if mark is None or mark.target not in (COUNTRY, PARTY) or value.isupper():
        return value
    try:
        return resolve_country(None, value)
    except NameLookupError:
        if mark.target == PARTY and re.fullmatch(r"[a-z0-9][a-z0-9.-]*", value):
            return value  # an organization's id
        raise AddError(f"--field {field}: {value!r} is neither a country code nor a country's name") from None


def add(
    kind: str,
    record: dict[str, Any],
    data_dirs=None,
    parent: str | None = None,
    file: Path | None = None,
    dry_run: bool = False,
) -> AddResult:
    """Add a record of a kind to the first data directory, unless it would make anything invalid."""

    described = _kind(kind)
    dirs = data_dirs_from(data_dirs)
    target_dir = dirs[0]
    if target_dir.resolve() == bundled_data_dir().resolve():
        raise AddError(
            "the bundled knowledge base is part of the installed package; "
            "give --data-dir (or set VISITKB_DATA_DIR) to add to your own"
        )
    if target_dir.exists() and not target_dir.is_dir():
        raise AddError(f"{target_dir} is a file, not a data directory; give the folder that holds it")
    created = not target_dir.exists()
    if created and dry_run:
        raise AddError(f"data directory {target_dir} does not exist; without --dry-run, add creates it")
    if described.parent and not parent:
        option = kinds.singular(described.parent.collection)
        raise AddError(f"say which {option} the {kind} belongs to with --{option}")
    if not created:
        return _add_locked(described, record, dirs, parent, file, dry_run)
    target_dir.mkdir(parents=True)
    result = None
    try:
        result = _add_locked(described, record, dirs, parent, file, dry_run)
        result.created_dir = not result.diagnostics
        return result
    finally:
        if result is None or result.diagnostics:  # refused: the folder made for it goes again
            (target_dir / LOCK_NAME).unlink(missing_ok=True)
            if not any(target_dir.iterdir()):
                target_dir.rmdir()


def _add_locked(
    described: kinds.Kind,
    record: dict[str, Any],
    dirs: list[Path],
    parent: str | None,
    file: Path | None,
    dry_run: bool,
) -> AddResult:
    """Add under the data directory's lock: place the record, check the whole knowledge base, write."""
    from filelock import FileLock, Timeout

    from .writing import remove_stale_temporaries

    target_dir = dirs[0]
    lock = FileLock(str(target_dir / LOCK_NAME), timeout=LOCK_WAIT)
    try:
        lock.acquire()
    except Timeout:
        raise AddError(
            f"another visitkb has been adding to {target_dir} for {LOCK_WAIT} s (it holds {lock.lock_file}); "
            "try again when it has finished"
        ) from None
    with lock:
        path, list_path = _where(described, record, dirs, parent, file)
        remove_stale_temporaries(path.parent)
        # Bytes, not text: reading text would turn CRLF line ends into LF, and rewrite every line.
        old = path.read_bytes().decode("utf-8") if path.exists() else ""
        new, inserted = insert_item(old, list_path, record)
        from .index import preview

        before, after = preview(dirs, path, new)
        known = {str(d) for d in before}
        problems = [d for d in after if str(d) not in known]
        result = AddResult(path, inserted, problems)
        if problems or dry_run:
            return result
        from .writing import write_atomically

        write_atomically(path, new)
        return result


def _where(
    kind: kinds.Kind, record: dict, dirs: list[Path], parent: str | None, file: Path | None
) -> tuple[Path, tuple]:
    """The file to write and the path of the list inside it, found from the index, not by parsing."""
    from .loading import load

    target_dir = dirs[0].resolve()
    if kind.parent is None:
        if file is not None:
            chosen = file if file.is_absolute() else dirs[0] / file
            if not within(chosen, dirs[0]) or chosen.suffix not in (".yaml", ".yml"):
                raise AddError(f"--file {file} must name a .yaml file inside the data directory {dirs[0]}")
            return chosen, (kind.collection,)
        named = dirs[0] / f"{kind.collection}.yaml"
        if kind.collection == "trips" and _fits_a_file_name(record.get("id")) and not named.exists():
            return dirs[0] / "trips" / f"{record['id']}.yaml", (kind.collection,)
    kb = load(dirs)
    if kind.parent is None and (beside := _file_of_its_trip(kb, kind, record, target_dir)) is not None:
        # A record of a trip (an agreement signed during a leg) goes where the data keeps that trip.
        return beside, (kind.collection,)
    if kind.parent is None and named.exists():
        return named, (kind.collection,)
    if kind.parent is not None:
        option = kinds.singular(kind.parent.collection)
        found = kb.locate(kind.parent.collection, parent or "")
        if found is None:
            raise AddError(f"no valid {option} {parent!r}; see visitkb {kind.parent.collection}")
        path, index = found
        if target_dir not in path.resolve().parents:
            raise AddError(f"{option} {parent!r} is in {path}, outside {dirs[0]}")
        return path, (kind.parent.collection, index, kind.parent.field)
    # Else the file of this data directory that holds the most such records.
    for path in kb.files_holding(kind.collection):
        if target_dir in path.resolve().parents:
            return path, (kind.collection,)
    return named, (kind.collection,)


def _file_of_its_trip(kb: Any, kind: kinds.Kind, record: dict, target_dir: Path) -> Path | None:
    """The file, inside ``target_dir``, of the trip that a record names (by the trip or one of its legs)."""
    from .checks import reference_fields

    for name, mark in reference_fields(kind.model):
        if mark.target not in ("trips", "visits") or not record.get(name):
            continue
        for value in record[name] if isinstance(record[name], list) else [record[name]]:
            trip = kb.get("trips", value) if mark.target == "trips" else kb.trip_of(value)
            found = kb.locate("trips", trip["id"]) if trip else None
            if found is not None and target_dir in found[0].resolve().parents:
                return found[0]
    return None


def _fits_a_file_name(record_id: object) -> bool:
    """Whether an id can name its own file: a well-formed id, short enough for any file system."""
    if not isinstance(record_id, str) or not 0 < len(record_id) <= 120:
        return False
    return re.fullmatch(r"[a-z0-9][a-z0-9.-]*", record_id) is not None


def _as_text(value: Any) -> Any:
    """A record with every scalar as the text visitkb reads it as (``2012``, not an integer)."""
    if isinstance(value, dict):
        return {k: _as_text(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_as_text(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def _dump_item(record: dict, indent: int) -> str:
    """A record as YAML the way people write them: plain text where YAML allows it, lists of words inline."""
    import yaml

    class RecordDumper(yaml.SafeDumper):
        def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
            super().increase_indent(flow, False)  # lists indented under their key, as in the bundled files

    # visitkb reads every value as text but null, so "2012" or "NO" need no quotes: with only the
    # null resolver, the emitter quotes just "null", "~" and what YAML's syntax itself requires.
    RecordDumper.yaml_implicit_resolvers = {}
    RecordDumper.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), list("~nN"))

    def represent_list(dumper: yaml.SafeDumper, items: list) -> yaml.Node:
        inline = all(isinstance(item, str) and len(item) < 40 for item in items) and len(items) <= 8
        return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=inline)

    RecordDumper.add_representer(list, represent_list)
    text = yaml.dump([_as_text(record)], Dumper=RecordDumper, sort_keys=False, allow_unicode=True, width=100, indent=2)
    return "".join(" " * indent + line if line.strip() else line for line in text.splitlines(keepends=True))


def insert_item(text: str, list_path: tuple, record: dict) -> tuple[str, str]:
    """The file text with ``record`` appended to the list at ``list_path``, and the text inserted.

    Only lines are added: everything already in the file keeps its bytes.
    """
    from .yamlread import parse_bytes

    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += newline
    parsed = parse_bytes(text.encode("utf-8"), "<add>")  # an empty text parses to no data, with a warning
    if any(d.severity == "error" for d in parsed.diagnostics):
        raise AddError("the file has errors already; run visitkb check and fix them first")
    data = parsed.data
    node = data
    for part in list_path:
        node = (
            node.get(part)
            if isinstance(node, dict)
            else (node[part] if isinstance(node, list) and isinstance(part, int) else None)
        )
    if isinstance(node, list) and node:
        last = list_path + (len(node) - 1,)
        line, column = parsed.positions[last]
        dash = lines[line - 1].rfind("-", 0, column - 1)
        indent = dash if dash >= 0 else column - 1
        at = _block_end(lines, line, indent)
    elif isinstance(node, list):
        raise AddError(
            f"'{list_path[-1]}' is written as an empty flow list []; "
            "replace it with the key alone ('" + str(list_path[-1]) + ":') and try again"
        )
    elif data is not None and _has_key(parsed, list_path):
        line, column = parsed.key_positions[list_path]
        indent = column - 1 + 2
        at = line
    elif len(list_path) == 1:
        addition = (newline if lines and lines[-1].strip() else "") + f"{list_path[0]}:{newline}"
        inserted = _dump_item(record, 2).replace("\n", newline)
        return "".join(lines) + addition + inserted, inserted
    else:
        owner = list_path[:-1]
        line, column = parsed.positions[owner]
        key_indent = column - 1
        at = _block_end(lines, line, key_indent - 2)
        inserted = (
            " " * key_indent + f"{list_path[-1]}:{newline}" + _dump_item(record, key_indent + 2).replace("\n", newline)
        )
        return "".join(lines[:at]) + inserted + "".join(lines[at:]), inserted
    inserted = _dump_item(record, indent).replace("\n", newline)
    return "".join(lines[:at]) + inserted + "".join(lines[at:]), inserted


def _has_key(parsed, path: tuple) -> bool:
    return path in parsed.key_positions


def _block_end(lines: list[str], start_line: int, item_indent: int) -> int:
    """The index of the line before which a new item of a list (dashes at ``item_indent``) goes."""
    end = start_line  # 0-based index of the line after the item's first line
    for index in range(start_line, len(lines)):
        stripped = lines[index].strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(lines[index]) - len(lines[index].lstrip(" "))
        if indent > item_indent:
            end = index + 1
            continue
        break
    return end


def fields_of(kind: str) -> list[tuple[str, bool, str, str]]:
    """Each field of a kind: (name, required, what it takes, what it means), in the model's order."""
    from .checks import reference_fields

    model = _kind(kind).model
    refs = dict(reference_fields(model))
    found = []
    for name, info in model.model_fields.items():
        takes = _what_it_takes(info.annotation, refs.get(name), name)
        meaning = " ".join((info.description or "").replace("``", "").split()).split(". ")[0].rstrip(".")
        found.append((name, info.is_required(), takes, meaning[:1].lower() + meaning[1:]))
    return found


def _what_it_takes(annotation: Any, ref: Any = None, name: str = "") -> str:
    """A field's type in a writer's words: 'a person id', 'a date: YYYY, YYYY-MM or YYYY-MM-DD', 'one of: ...'."""
    import enum
    import typing

    from .dates import PartialDate

    if ref is not None and ref.target:
        one, many = {
            "country": ("country code", "country codes"),
            "party": ("country code or organization id", "country codes or organization ids"),
        }.get(ref.target, (f"{kinds.singular(ref.target)} id", f"{kinds.singular(ref.target)} ids"))
        if typing.get_origin(_bare(annotation)) is list:
            return f"a list of {many}"
        return f"{article(one)} {one}"
    bare = _bare(annotation)
    if typing.get_origin(bare) is list:
        (item,) = typing.get_args(bare) or (str,)
        return "a list of " + _what_it_takes(item).removeprefix("a ").removeprefix("an ")
    if isinstance(bare, type) and issubclass(bare, enum.Enum):
        return "one of: " + ", ".join(str(m.value) for m in bare)
    if bare is PartialDate:
        return "a date: YYYY, YYYY-MM or YYYY-MM-DD"
    if isinstance(bare, type) and hasattr(bare, "model_fields"):
        return "a mapping {" + ", ".join(bare.model_fields) + "}"
    if bare in (int, float):
        return "a number"
    if bare is bool:
        return "true or false"
    return "an id (lowercase letters, digits, hyphens)" if name == "id" else "text"


def _bare(annotation: Any) -> Any:
    """A type without Annotated marks and without None (Optional[X] is X)."""
    import typing

    while True:
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if (
            typing.get_origin(annotation) in (typing.Union, getattr(__import__("types"), "UnionType", None))
            and len(args) == 1
        ):
            annotation = args[0]
            continue
        return annotation


def template(kind: str) -> str:
    """A commented YAML skeleton of one record of a kind: required fields to fill, optional ones commented."""
    described = _kind(kind)
    lines = [
        f"# A {described.name} record: fill in the fields, delete the comments you do not need.",
        f"{described.collection}:"
        if described.parent is None
        else f"# (inside a {kinds.singular(described.parent.collection)}'s {described.parent.field}:)",
    ]
    first = True
    for name, required, takes, meaning in fields_of(kind):
        if name in ("citations", "claims"):
            continue
        prefix = "  - " if first else "    "
        first = False
        note = f"  # {takes}" + (f"; {meaning}" if meaning else "")
        if required:
            lines.append(
                f"{prefix}{name}: {'[]' if takes.startswith('a list') else ''}{note}".replace(": []  #", ": []  #")
            )
        else:
            lines.append(f"{prefix.replace('- ', '# ') if prefix.strip() == '-' else prefix}# {name}:{note}")
    if "citations" in described.model.model_fields:
        lines += [
            "    citations:",
            "      - source: SOURCE-ID  # a source id; then a note in your words, or an excerpt of an archived text",
            "        note: What the source says.",
        ]
    return "\n".join(lines) + "\n"
