"""Named checks; each returns its findings as values.

Checks of one record run as each file is read (and are cached with it in the index);
checks across records run over the index's tables of ids and references.
"""

from __future__ import annotations

import datetime as dt
import difflib
import sqlite3
import typing
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from .dates import PartialDate
from .diagnostics import Diagnostic
from .models import (
    Agreement,
    Citation,
    Claim,
    Country,
    Event,
    Observation,
    Office,
    Partnership,
    Person,
    Relation,
    Target,
    Trip,
    Visit,
)
from .names import is_country_code

COUNTRY = "country"
PARTY = "party"

REFERENCES: dict[type, dict[str, str]] = {
    Citation: {"source": "sources"},
    Country: {"id": COUNTRY},
    Person: {"country": COUNTRY},
    Office: {"country": COUNTRY},
    Event: {"organization": "organizations", "host": COUNTRY, "participants": "people"},
    Trip: {"leader": "people"},
    Visit: {"country": COUNTRY, "events": "events"},
    Relation: {"countries": COUNTRY},
    Partnership: {"parties": PARTY, "upgraded_from": "partnerships", "announced_during": "visits"},
    Agreement: {"parties": PARTY, "trip": "trips", "visit": "visits", "event": "events"},
    Target: {"parties": PARTY, "announced_by": "people", "announced_at": "events"},
}
"""For each model, which fields name which other records."""

_SINGULAR = {
    "sources": "source", "people": "person", "organizations": "organization", "events": "event",
    "trips": "trip", "visits": "visit", "partnerships": "partnership",
}
MAX_EXCERPT_CHARS = 300


Nodes = list[tuple[tuple, BaseModel]]


def walk(model: BaseModel, path: tuple = ()) -> Nodes:
    """Every model nested in ``model`` (itself first), with its path of field names and indexes."""
    found = [(path, model)]
    for name in _nested_fields(type(model)):
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            found.extend(walk(value, path + (name,)))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    found.extend(walk(item, path + (name, index)))
    return found


@lru_cache(maxsize=None)
def _nested_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model whose values can hold other models (walking only these is faster)."""
    def holds_model(annotation) -> bool:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return True
        return any(holds_model(arg) for arg in typing.get_args(annotation))

    return tuple(name for name, field in model.model_fields.items() if holds_model(field.annotation))


def references_in(record: BaseModel, nodes: Nodes | None = None) -> Iterator[tuple[tuple, str, str]]:
    """Every reference a record makes: (path within the record, target, id or code)."""
    for path, model in nodes or walk(record):
        for field, target in REFERENCES.get(type(model), {}).items():
            value = getattr(model, field)
            if isinstance(value, list):
                for index, ref in enumerate(value):
                    yield path + (field, index), target, ref
            elif value is not None:
                yield path + (field,), target, value


def _diagnostic(record, subpath: tuple, code: str, message: str,
                hint: str | None = None, severity: str = "error", check: str = "schema") -> Diagnostic:
    """A diagnostic at a field of a record."""
    origin = record._origin
    file, (line, column) = ("<memory>", (None, None)) if origin is None else (
        origin.file, origin.locate(*subpath))
    return Diagnostic(file, line, column, code, message, severity, hint, check)


# --- checks of one record at a time (run as each file is read) ------------------------

def country_codes(record: BaseModel, nodes: Nodes | None = None) -> list[Diagnostic]:
    """Every country a record names is an ISO 3166-1 alpha-2 code."""
    found = []
    for subpath, target, ref in references_in(record, nodes):
        if target == COUNTRY and not is_country_code(ref):
            found.append(_diagnostic(record, subpath, "unknown-reference",
                                     f"{ref!r} is not an ISO 3166-1 alpha-2 country code",
                                     "use the two-letter code, e.g. PE for Peru", check="references"))
    return found


def _later(first: PartialDate | None, second: PartialDate | None) -> bool:
    """Whether ``first`` must fall after ``second`` whatever days the partial dates mean."""
    return first is not None and second is not None and first.earliest() > second.latest()


_FACT_DATES = {
    Trip: ("start", "end", "returned"), Visit: ("start", "end"), Event: ("start", "end"),
    Relation: ("established",), Partnership: ("since",), Agreement: ("signed",),
    Observation: ("period_start", "reported"),
}
"""Dates that record what happened, and so cannot lie in the future."""


_SPANS = {
    Trip: ("start", "end"), Visit: ("start", "end"), Event: ("start", "end"),
    Office: ("start", "end"), Observation: ("period_start", "period_end"),
}


def fact_dates(record: BaseModel, nodes: Nodes | None = None) -> Iterator[tuple[tuple, PartialDate]]:
    """The dates a record states as past fact (planned events' dates excepted), with their paths."""
    for path, model in nodes or walk(record):
        if isinstance(model, Event) and model.status.value == "planned":
            continue
        for name in _FACT_DATES.get(type(model), ()):
            value = getattr(model, name)
            if value is not None:
                yield path + (name,), value


def date_order(record: BaseModel, nodes: Nodes | None = None,
               today: dt.date | None = None) -> list[Diagnostic]:
    """Spans end after they start, a trip's legs fall within it, and past facts are not in the future."""
    found: list[Diagnostic] = []
    today = today or dt.date.today()
    nodes = nodes or walk(record)
    for path, model in nodes:
        names = _SPANS.get(type(model))
        if names and _later(getattr(model, names[0]), getattr(model, names[1])):
            found.append(_diagnostic(record, path + (names[1],), "date-order",
                f"{names[1]} {getattr(model, names[1])} is before "
                f"{names[0]} {getattr(model, names[0])}", "swap the two dates or correct one"))
    for path, value in fact_dates(record, nodes):
        if value.earliest() > today:
            name = path[-1]
            found.append(_diagnostic(record, path, "future-date",
                    f"{name} {value} is in the future, but the record states it as fact",
                    "check the year; record an event that has not happened as status: planned",
                    "warning"))
    if isinstance(record, Trip):
        if _later(record.end, record.returned):
            found.append(_diagnostic(record, ("returned",), "date-order",
                                     f"returned {record.returned} is before the trip's end "
                                     f"{record.end}", "correct one of the dates"))
        for index, leg in enumerate(record.legs):
            if _later(record.start, leg.start) or _later(leg.end, record.end):
                found.append(_diagnostic(record, ("legs", index, "start"), "leg-outside-trip",
                    f"leg {leg.id!r} ({leg.start}..{leg.end}) falls outside its trip "
                    f"({record.start}..{record.end})",
                    "correct the leg's dates or the trip's", "warning"))
    return found


def citations(record: BaseModel, nodes: Nodes | None = None) -> list[Diagnostic]:
    """Excerpts stay short and claims name real fields (quoting archived sources is a link check)."""
    found: list[Diagnostic] = []
    for path, model in nodes or walk(record):
        if isinstance(model, Citation) and model.excerpt:
            if len(model.excerpt) > MAX_EXCERPT_CHARS:
                found.append(_diagnostic(record, path + ("excerpt",), "long-excerpt",
                    f"excerpt is {len(model.excerpt)} characters; quote a clause, "
                    f"at most {MAX_EXCERPT_CHARS}", "shorten it to the words that support the fact",
                    "warning"))
        if isinstance(model, Claim):
            owner = _owner_of(record, path)
            if model.field not in type(owner).model_fields:
                found.append(_diagnostic(record, path + ("field",), "unknown-claim-field",
                    f"claim about {model.field!r}, which {type(owner).__name__} records lack",
                    "name one of: " + ", ".join(type(owner).model_fields)))
    return found


def _owner_of(record: BaseModel, claim_path: tuple) -> BaseModel:
    """The model holding the claims list that ``claim_path`` points into."""
    owner = record
    for part in claim_path[:-2]:
        owner = owner[part] if isinstance(part, int) else getattr(owner, part)
    return owner




RECORD_CHECKS: dict[str, Callable[[BaseModel, Nodes], list[Diagnostic]]] = {
    "references": country_codes, "date-order": date_order, "citations": citations,
}
"""The checks of one record, by the name ``visitkb check`` knows them by."""


# --- checks across records (run over the index once every file is read) ---------------
# Each returns (record number, diagnostic) pairs; the index leaves out records with errors.

Finding = tuple[int, Diagnostic]


def duplicate_ids(db: sqlite3.Connection, region: str | None = None) -> list[Finding]:
    """Each id names one record of its collection (visit ids are unique across all trips).

    With ``region`` (a table of record numbers) only ids those records hold are checked.
    """
    narrow = (f"AND (d.collection, d.id) IN (SELECT collection, id FROM ids "
              f"WHERE rec IN (SELECT rec FROM {region}))") if region else ""
    rows = db.execute(f"""
        SELECT i.collection, i.id, i.rec, i.line, i.col, f.path
        FROM ids i JOIN records r ON r.rec = i.rec JOIN files f ON f.file = r.file
        WHERE r.data IS NOT NULL AND (i.collection, i.id) IN (
            SELECT d.collection, d.id FROM ids d JOIN records dr ON dr.rec = d.rec
            WHERE dr.data IS NOT NULL {narrow} GROUP BY d.collection, d.id HAVING count(*) > 1)
        ORDER BY i.collection, i.id, f.position, r.seq, i.line""").fetchall()
    found: list[Finding] = []
    first_seen: dict[tuple[str, str], str] = {}
    for collection, record_id, rec, line, column, path in rows:
        key = (collection, record_id)
        if key not in first_seen:
            first_seen[key] = f"{path}:{line}"
            continue
        found.append((rec, Diagnostic(
            path, line, column, "duplicate-id",
            f"{_SINGULAR.get(collection, collection)} id {record_id!r} is already used at "
            f"{first_seen[key]}", "error", "give this record a different id", "duplicate-ids")))
    return found


def references(db: sqlite3.Connection, only_to: str | None = None,
               only_from: str | None = None) -> list[Finding]:
    """Every reference to a source, person, event, ... from a valid record names a valid record.

    ``only_to`` names a table of (collection, id) pairs: only references to those are
    checked (a later pass, after the records holding them were left out). ``only_from``
    names a table of record numbers: only references those records make are checked.
    """
    narrow = f"AND (x.target, x.value) IN (SELECT collection, id FROM {only_to})" if only_to else ""
    if only_from:
        narrow += f" AND x.rec IN (SELECT rec FROM {only_from})"
    rows = db.execute(f"""
        SELECT x.rec, x.target, x.value, x.party, x.line, x.col, f.path
        FROM refs x JOIN records r ON r.rec = x.rec AND r.valid JOIN files f ON f.file = r.file
        WHERE NOT EXISTS (SELECT 1 FROM ids i JOIN records t ON t.rec = i.rec AND t.valid
                          WHERE i.collection = x.target AND i.id = x.value) {narrow}
        ORDER BY f.position, x.line, x.col""").fetchall()
    found: list[Finding] = []
    known: dict[str, list[str]] = {}
    for rec, target, value, party, line, column, path in rows:
        exists = db.execute("SELECT 1 FROM ids WHERE collection = ? AND id = ? LIMIT 1",
                            (target, value)).fetchone()
        if exists:
            message = f"{_SINGULAR[target]} {value!r} is invalid, so this record is left out too"
            hint = f"fix the errors reported for {_SINGULAR[target]} {value!r}"
        elif party:
            message = f"party {value!r} is neither a country code nor an organization id"
            hint = "use a two-letter country code or an id from organizations"
        else:
            if target not in known:
                known[target] = [row[0] for row in db.execute(
                    "SELECT DISTINCT i.id FROM ids i JOIN records t ON t.rec = i.rec AND t.valid "
                    "WHERE i.collection = ? ORDER BY i.id", (target,))]
            close = difflib.get_close_matches(value, known[target], n=1)
            message = f"unknown {_SINGULAR[target]} {value!r}"
            hint = f"did you mean {close[0]!r}?" if close else \
                f"add a {_SINGULAR[target]} with id {value!r}"
        found.append((rec, Diagnostic(path, line, column, "unknown-reference", message,
                                      "error", hint, "references")))
    return found


def quoted_sources(db: sqlite3.Connection, region: str | None = None) -> list[Finding]:
    """Excerpts quote only sources whose text is archived (a warning: quote nothing else)."""
    narrow = f"AND q.rec IN (SELECT rec FROM {region})" if region else ""
    rows = db.execute(f"""
        SELECT q.rec, q.source, q.line, q.col, f.path
        FROM quotes q JOIN records r ON r.rec = q.rec AND r.valid JOIN files f ON f.file = r.file
        WHERE q.source IN (SELECT s.id FROM records s WHERE s.collection = 'sources' AND s.valid
                           AND json_extract(s.data, '$.archived') IS NULL) {narrow}""").fetchall()
    return [(rec, Diagnostic(path, line, column, "excerpt-without-archive",
                             f"source {source!r} has no archived text to quote from", "warning",
                             "put what the source says, in your own words, in 'note'", "citations"))
            for rec, source, line, column, path in rows]


def excerpts(db: sqlite3.Connection, archive_dirs: list[Path] | Path) -> list[Diagnostic]:
    """Every excerpt appears, verbatim up to spacing, in its source's archived text.

    The text is looked for in each of ``archive_dirs`` in turn.
    """
    if isinstance(archive_dirs, Path):
        archive_dirs = [archive_dirs]
    sources = {}
    for source_id, archived, line, column, path in db.execute("""
            SELECT s.id, json_extract(s.data, '$.archived'), a.line, a.col, f.path
            FROM records s JOIN files f ON f.file = s.file
            LEFT JOIN anchors a ON a.rec = s.rec AND a.field = 'archived'
            WHERE s.collection = 'sources' AND s.valid ORDER BY f.position, s.seq"""):
        sources.setdefault(source_id, (archived, line, column, path))
    found: list[Diagnostic] = []
    texts: dict[str, str | None] = {}
    for source_id, excerpt, line, column, path in db.execute("""
            SELECT q.source, q.excerpt, q.line, q.col, f.path
            FROM quotes q JOIN records r ON r.rec = q.rec AND r.valid JOIN files f ON f.file = r.file
            ORDER BY f.position, q.line"""):
        archived, source_line, source_column, source_path = sources.get(source_id, (None,) * 4)
        if not archived:
            continue
        if source_id not in texts:
            texts[source_id] = _archived_text(archived, archive_dirs)
            if texts[source_id] is None:
                found.append(Diagnostic(
                    source_path, source_line, source_column, "archive-missing",
                    f"archived text {archived!r} of source {source_id!r} is not in "
                    + (", ".join(str(d) for d in archive_dirs) or "any archive folder"),
                    "error", "pass the folder holding it with --sources", "excerpts"))
        text = texts[source_id]
        if text is not None and " ".join(excerpt.split()) not in text:
            found.append(Diagnostic(path, line, column, "excerpt-not-in-source",
                                    f"excerpt is not verbatim in {archived}: {excerpt[:60]!r}",
                                    "error", "copy the words exactly from the source", "excerpts"))
    return found


def _archived_text(name: str, archive_dirs: list[Path]) -> str | None:
    for folder in archive_dirs:
        try:
            return " ".join((folder / name).read_text(encoding="utf-8").split())
        except (OSError, UnicodeDecodeError):
            continue
    return None


CHECK_NAMES = ("schema", "duplicate-ids", "references", "date-order", "citations", "excerpts")
"""Every check ``visitkb check`` can run by name."""


def run_checks(kb, names: list[str] | None = None,
               archive_dirs: list[Path] = ()) -> list[Diagnostic]:
    """The knowledge base's diagnostics from the named checks (all by default), sorted.

    Loading has already run every check but ``excerpts``, which needs the archived
    source texts and runs here against each of ``archive_dirs``.
    """
    wanted = set(names or CHECK_NAMES)
    unknown = wanted - set(CHECK_NAMES)
    if unknown:
        raise ValueError(f"unknown check {sorted(unknown)[0]!r}; use: {', '.join(CHECK_NAMES)}")
    found = [d for d in kb.diagnostics if d.check in wanted]
    if "excerpts" in wanted:
        found.extend(excerpts(kb.db, list(archive_dirs)))
    return sorted(found, key=Diagnostic.sort_key)
