"""Named checks over a loaded knowledge base; each returns a list of diagnostics."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from pydantic import BaseModel

from .dates import PartialDate
from .diagnostics import Diagnostic
from .kb import COLLECTION_NAMES, KnowledgeBase
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


def walk(model: BaseModel, path: tuple = ()) -> Iterator[tuple[tuple, BaseModel]]:
    """Every model nested in ``model`` (itself first), with its path of field names and indexes."""
    yield path, model
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from walk(value, path + (name,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from walk(item, path + (name, index))


def records(kb: KnowledgeBase) -> Iterator[tuple[str, BaseModel]]:
    """Every top-level record with its collection name."""
    for name in COLLECTION_NAMES:
        for record in getattr(kb, name):
            yield name, record


def _diagnostic(record, subpath: tuple, code: str, message: str,
                hint: str | None = None, severity: str = "error") -> Diagnostic:
    """A diagnostic at a field of a record, which the loader will leave out if it is an error."""
    origin = record._origin
    file, (line, column) = ("<memory>", (None, None)) if origin is None else (
        origin.file, origin.locate(*subpath))
    return Diagnostic(file, line, column, code, message, severity, hint, record=record)


def duplicate_ids(kb: KnowledgeBase) -> list[Diagnostic]:
    """Each id names one record of its collection (visit ids are unique across all trips)."""
    found: list[Diagnostic] = []
    groups: dict[str, list[tuple[BaseModel, BaseModel, tuple]]] = {}
    for collection, record in records(kb):
        groups.setdefault(collection, []).append((record, record, ()))
    for trip in kb.trips:
        for index, leg in enumerate(trip.legs):
            groups.setdefault("visits", []).append((trip, leg, ("legs", index)))
    for collection, members in groups.items():
        first_seen: dict[str, tuple] = {}
        for owner, record, subpath in members:
            if record.id not in first_seen:
                first_seen[record.id] = (owner, subpath)
                continue
            first_owner, first_path = first_seen[record.id]
            origin = first_owner._origin
            where = (f"{origin.file}:{origin.locate(*first_path, 'id')[0]}" if origin else "elsewhere")
            found.append(_diagnostic(owner, subpath + ("id",), "duplicate-id",
                f"{_SINGULAR.get(collection, collection)} id {record.id!r} is already used at {where}",
                "give this record a different id"))
    return found


def references(kb: KnowledgeBase) -> list[Diagnostic]:
    """Every reference to a source, person, country, event, ... names one that exists."""
    found: list[Diagnostic] = []
    known = {name: kb.ids(name) for name in (*COLLECTION_NAMES, "visits")}
    for collection, record in records(kb):
        for path, model in walk(record):
            for field, target in REFERENCES.get(type(model), {}).items():
                value = getattr(model, field)
                values = value if isinstance(value, list) else [value]
                for index, ref in enumerate(values):
                    if ref is None:
                        continue
                    subpath = path + ((field, index) if isinstance(value, list) else (field,))
                    problem = _reference_problem(ref, target, known, kb.invalid_ids)
                    if problem:
                        found.append(_diagnostic(record, subpath, "unknown-reference",
                                                 problem[0], problem[1]))
    return found


def _reference_problem(ref: str, target: str, known: dict[str, set[str]],
                       invalid: dict[str, set[str]]):
    if target not in (COUNTRY, PARTY) and ref not in known[target] and ref in invalid.get(target, ()):
        return (f"{_SINGULAR[target]} {ref!r} is invalid, so this record is left out too",
                f"fix the errors reported for {_SINGULAR[target]} {ref!r}")

    if target == COUNTRY:
        if is_country_code(ref):
            return None
        return (f"{ref!r} is not an ISO 3166-1 alpha-2 country code",
                "use the two-letter code, e.g. PE for Peru")
    if target == PARTY:
        if is_country_code(ref) or ref in known["organizations"]:
            return None
        return (f"party {ref!r} is neither a country code nor an organization id",
                "use a two-letter country code or an id from organizations")
    if ref in known[target]:
        return None
    close = difflib.get_close_matches(ref, sorted(known[target]), n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"add a {_SINGULAR[target]} with id {ref!r}"
    return (f"unknown {_SINGULAR[target]} {ref!r}", hint)


def _later(first: PartialDate | None, second: PartialDate | None) -> bool:
    """Whether ``first`` must fall after ``second`` whatever days the partial dates mean."""
    return first is not None and second is not None and first.earliest() > second.latest()


_FACT_DATES = {
    Trip: ("start", "end", "returned"), Visit: ("start", "end"), Event: ("start", "end"),
    Relation: ("established",), Partnership: ("since",), Agreement: ("signed",),
    Observation: ("period_start", "reported"),
}
"""Dates that record what happened, and so cannot lie in the future."""


def date_order(kb: KnowledgeBase) -> list[Diagnostic]:
    """Spans end after they start, a trip's legs fall within it, and past facts are not in the future."""
    found: list[Diagnostic] = []
    today = dt.date.today()
    spans = {
        Trip: ("start", "end"), Visit: ("start", "end"), Event: ("start", "end"),
        Office: ("start", "end"), Observation: ("period_start", "period_end"),
    }
    for collection, record in records(kb):
        for path, model in walk(record):
            names = spans.get(type(model))
            if names and _later(getattr(model, names[0]), getattr(model, names[1])):
                found.append(_diagnostic(record, path + (names[1],), "date-order",
                    f"{names[1]} {getattr(model, names[1])} is before "
                    f"{names[0]} {getattr(model, names[0])}", "swap the two dates or correct one"))
        for path, model in walk(record):
            for name in _FACT_DATES.get(type(model), ()):
                value = getattr(model, name)
                if value is not None and value.earliest() > today and not (
                        isinstance(model, Event) and model.status.value == "planned"):
                    found.append(_diagnostic(record, path + (name,), "future-date",
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


def citations(kb: KnowledgeBase) -> list[Diagnostic]:
    """Excerpts quote only archived sources and stay short; claims name real fields."""
    found: list[Diagnostic] = []
    for collection, record in records(kb):
        for path, model in walk(record):
            if isinstance(model, Citation) and model.excerpt:
                source = kb.get("sources", model.source)
                if source is not None and not source.archived:
                    found.append(_diagnostic(record, path + ("excerpt",), "excerpt-without-archive",
                        f"source {model.source!r} has no archived text to quote from",
                        "put what the source says, in your own words, in 'note'", "warning"))
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


def excerpts(kb: KnowledgeBase, archive_dirs: list[Path] | Path) -> list[Diagnostic]:
    """Every excerpt appears, verbatim up to spacing, in its source's archived text.

    The text is looked for in each of ``archive_dirs`` in turn.
    """
    if isinstance(archive_dirs, Path):
        archive_dirs = [archive_dirs]
    found: list[Diagnostic] = []
    texts: dict[str, str | None] = {}
    for collection, record in records(kb):
        for path, model in walk(record):
            if not (isinstance(model, Citation) and model.excerpt):
                continue
            source = kb.get("sources", model.source)
            if source is None or not source.archived:
                continue
            if source.id not in texts:
                texts[source.id] = _archived_text(source.archived, archive_dirs)
                if texts[source.id] is None:
                    found.append(_diagnostic(source, ("archived",), "archive-missing",
                        f"archived text {source.archived!r} of source {source.id!r} is not in "
                        + (", ".join(str(d) for d in archive_dirs) or "any archive folder"),
                        "pass the folder holding it with --sources"))
            text = texts[source.id]
            if text is not None and " ".join(model.excerpt.split()) not in text:
                found.append(_diagnostic(record, path + ("excerpt",), "excerpt-not-in-source",
                    f"excerpt is not verbatim in {source.archived}: {model.excerpt[:60]!r}",
                    "copy the words exactly from the source"))
    return found


def _archived_text(name: str, archive_dirs: list[Path]) -> str | None:
    for folder in archive_dirs:
        try:
            return " ".join((folder / name).read_text(encoding="utf-8").split())
        except (OSError, UnicodeDecodeError):
            continue
    return None


CHECKS: dict[str, Callable[[KnowledgeBase], list[Diagnostic]]] = {
    "duplicate-ids": duplicate_ids,
    "references": references,
    "date-order": date_order,
    "citations": citations,
}
"""The checks every load runs, by name; schema and YAML problems come from loading itself."""


CHECK_NAMES = ("schema", *CHECKS, "excerpts")
"""Every check ``visitkb check`` can run by name."""


def run_checks(kb: KnowledgeBase, names: list[str] | None = None,
               archive_dirs: list[Path] = ()) -> list[Diagnostic]:
    """The loaded knowledge base's diagnostics from the named checks (all by default), sorted.

    Loading has already run every check but ``excerpts``, which needs the archived
    source texts and runs here against each of ``archive_dirs``.
    """
    wanted = set(names or CHECK_NAMES)
    unknown = wanted - set(CHECK_NAMES)
    if unknown:
        raise ValueError(f"unknown check {sorted(unknown)[0]!r}; use: {', '.join(CHECK_NAMES)}")
    found = [d for d in kb.diagnostics if d.check in wanted]
    if "excerpts" in wanted:
        found.extend(replace(d, check="excerpts", record=d.record)
                     for d in excerpts(kb, list(archive_dirs)))
    return sorted(found, key=Diagnostic.sort_key)
