"""Named checks, in one registry; each reports its findings as values (diagnostics), never raising.

A check has a name (what ``visitkb check NAME`` runs), the diagnostic codes it reports,
and a stage: ``read`` is what reading a file finds (YAML and the schema); ``record``
checks look at one record and run as each file is read (their results are kept in the
index with the file); ``index`` checks look across records and
run over the index once every file is read (the index layer asks its tables and builds
the diagnostics with the functions here); ``archive`` checks need the archived source
texts and run when ``visitkb check`` asks for them.

This module imports the models only inside the functions that need them, so that
reading the registry (for ``check --help``) stays cheap.
"""

from __future__ import annotations

import datetime as dt
import difflib
import typing
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast

from .dates import PartialDate
from .diagnostics import Diagnostic, Severity
from .errors import UsageError
from .kinds import singular

if TYPE_CHECKING:
    from pydantic import BaseModel

Stage = Literal["read", "record", "index", "archive"]
Nodes = list[tuple[tuple, "BaseModel"]]
RecordCheck = Callable[["BaseModel", Nodes], list[Diagnostic]]


class Check(NamedTuple):
    """One named check: what it looks at, and every diagnostic code it can report."""

    name: str
    summary: str
    stage: Stage
    codes: dict[str, Severity]
    run: RecordCheck | None = None
    """For a ``record`` check: the function given a validated record and its nested models."""


CHECKS: dict[str, Check] = {}
"""Every check, by name, in the order ``visitkb check`` lists them."""


def register(check: Check) -> Check:
    """Add a check to the registry; a record check must come with its function."""
    if check.stage == "record" and check.run is None:
        raise ValueError(f"record check {check.name!r} has no function to run")
    CHECKS[check.name] = check
    return check


def record_check(name: str, summary: str, codes: dict[str, Severity]) -> Callable[[RecordCheck], RecordCheck]:
    """Register the decorated function as the record check ``name``."""

    def decorate(function: RecordCheck) -> RecordCheck:
        register(Check(name, summary, "record", codes, function))
        return function

    return decorate


def names() -> tuple[str, ...]:
    """The name of every registered check."""
    return tuple(CHECKS)


def owner_of(code: str) -> Check | None:
    """The check that reports a diagnostic code, or None if no check owns it."""
    return next((c for c in CHECKS.values() if code in c.codes), None)


register(
    Check(
        "schema",
        "YAML and field problems: syntax, unsafe input, unknown or missing fields, bad values",
        "read",
        {
            code: cast(Severity, "error")
            for code in (
                "yaml-syntax",
                "encoding",
                "line-too-long",
                "control-character",
                "multiple-documents",
                "tag",
                "too-deep",
                "recursive-alias",
                "alias-expansion",
                "value-too-long",
                "complex-key",
                "merge-key",
                "null-key",
                "duplicate-key",
                "file-too-large",
                "unreadable",
                "file-shape",
                "unknown-collection",
                "collection-shape",
                "record-shape",
                "unknown-field",
                "missing-field",
                "invalid-value",
                "no-data-dir",
                "unreadable-directory",
                "not-a-regular-file",
                "outside-data-dir",
                "file-name",
            )
        }
        | {
            "empty-file": "warning",
            "byte-order-mark": "warning",
            "linked-folder": "warning",
            "line-ends": "warning",
            "empty-collection": "warning",
        },
    )
)
register(
    Check(
        "duplicate-ids",
        "each id names one record of its kind (leg ids are unique across trips)",
        "index",
        {"duplicate-id": "error"},
    )
)


# --- walking a validated record ------------------------------------------------------


def walk(model: BaseModel, path: tuple = ()) -> Nodes:
    """Every model nested in ``model`` (itself first), with its path of field names and indexes."""
    from pydantic import BaseModel

    found: Nodes = [(path, model)]
    for name in _nested_fields(type(model)):
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            found.extend(walk(value, path + (name,)))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    found.extend(walk(item, path + (name, index)))
    return found


@cache
def _nested_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model whose values can hold other models (walking only these is faster)."""
    from pydantic import BaseModel

    def holds_model(annotation: Any) -> bool:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return True
        return any(holds_model(arg) for arg in typing.get_args(annotation))

    return tuple(name for name, info in model.model_fields.items() if holds_model(info.annotation))


@cache
def reference_fields(model: type[BaseModel]) -> tuple[tuple[str, str], ...]:
    """(field, target) of each field of a model marked with :class:`visitkb.models.Ref`."""
    from .models import Ref

    return tuple(
        (name, mark.target)
        for name, info in model.model_fields.items()
        for mark in info.metadata
        if isinstance(mark, Ref)
    )


@cache
def fact_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model marked as dates of what happened (:class:`visitkb.models.FactDate`)."""
    from .models import FactDate

    return tuple(
        name for name, info in model.model_fields.items() if any(isinstance(mark, FactDate) for mark in info.metadata)
    )


def references_in(record: BaseModel, nodes: Nodes | None = None) -> Iterator[tuple[tuple, str, str]]:
    """Every reference a record makes: (path within the record, target, id or code)."""
    for path, model in nodes or walk(record):
        for name, target in reference_fields(type(model)):
            value = getattr(model, name)
            if isinstance(value, list):
                for index, ref in enumerate(value):
                    yield path + (name, index), target, ref
            elif value is not None:
                yield path + (name,), target, value


def fact_dates(record: BaseModel, nodes: Nodes | None = None) -> Iterator[tuple[tuple, PartialDate]]:
    """The dates a record states as past fact (a planned event's are plans), with their paths."""
    for path, model in nodes or walk(record):
        states_facts = getattr(model, "states_facts", None)
        if states_facts is not None and not states_facts():
            continue
        for name in fact_fields(type(model)):
            value = getattr(model, name)
            if value is not None:
                yield path + (name,), value


def _diagnostic(
    record: BaseModel, subpath: tuple, code: str, message: str, hint: str | None = None, severity: Severity = "error"
) -> Diagnostic:
    """A diagnostic at a field of a record (the registry sets which check it belongs to)."""
    origin = record._origin  # type: ignore[attr-defined]
    file, (line, column) = ("<memory>", (None, None)) if origin is None else (origin.file, origin.locate(*subpath))
    return Diagnostic(file, line, column, code, message, severity, hint)


# --- checks of one record at a time (run as each file is read) ------------------------


@record_check(
    "references",
    "every reference names a valid record, and countries are ISO 3166-1 codes",
    {"unknown-reference": "error"},
)
def country_codes(record: BaseModel, nodes: Nodes) -> list[Diagnostic]:
    """Every country a record names is an ISO 3166-1 alpha-2 code (other references: see the index)."""
    from .models import COUNTRY
    from .names import is_country_code

    found = []
    for subpath, target, ref in references_in(record, nodes):
        if target == COUNTRY and not is_country_code(ref):
            found.append(
                _diagnostic(
                    record,
                    subpath,
                    "unknown-reference",
                    f"{ref!r} is not an ISO 3166-1 alpha-2 country code",
                    "use the two-letter code, e.g. PE for Peru",
                )
            )
    return found


def _later(first: PartialDate | None, second: PartialDate | None) -> bool:
    """Whether ``first`` must fall after ``second`` whatever days the partial dates mean."""
    return first is not None and second is not None and first.earliest() > second.latest()


@record_check(
    "date-order",
    "spans end after they start, legs fall inside their trip, no past fact is dated in the future",
    {"date-order": "error", "future-date": "warning", "leg-outside-trip": "warning"},
)
def date_order(record: BaseModel, nodes: Nodes, today: dt.date | None = None) -> list[Diagnostic]:
    """Spans end after they start, a trip's legs fall within it, and past facts are not in the future."""
    from .models import Trip

    found: list[Diagnostic] = []
    today = today or dt.date.today()
    for path, model in nodes:
        span = type(model).SPAN  # type: ignore[attr-defined]
        if span and _later(getattr(model, span[0]), getattr(model, span[1])):
            found.append(
                _diagnostic(
                    record,
                    path + (span[1],),
                    "date-order",
                    f"{span[1]} {getattr(model, span[1])} is before {span[0]} {getattr(model, span[0])}",
                    "swap the two dates or correct one",
                )
            )
    for path, value in fact_dates(record, nodes):
        if value.earliest() > today:
            found.append(
                _diagnostic(
                    record,
                    path,
                    "future-date",
                    f"{path[-1]} {value} is in the future, but the record states it as fact",
                    "check the year; record an event that has not happened as status: planned",
                    "warning",
                )
            )
    if isinstance(record, Trip):
        if _later(record.end, record.returned):
            found.append(
                _diagnostic(
                    record,
                    ("returned",),
                    "date-order",
                    f"returned {record.returned} is before the trip's end {record.end}",
                    "correct one of the dates",
                )
            )
        for index, leg in enumerate(record.legs):
            if _later(record.start, leg.start) or _later(leg.end, record.end):
                found.append(
                    _diagnostic(
                        record,
                        ("legs", index, "start"),
                        "leg-outside-trip",
                        f"leg {leg.id!r} ({leg.start}..{leg.end}) falls outside its trip "
                        f"({record.start}..{record.end})",
                        "correct the leg's dates or the trip's",
                        "warning",
                    )
                )
    return found


MAX_EXCERPT_CHARS = 300


@record_check(
    "citations",
    "excerpts are short clauses quoted only from archived sources, and claims name fields their records have",
    {"long-excerpt": "warning", "unknown-claim-field": "error", "excerpt-without-archive": "warning"},
)
def citations(record: BaseModel, nodes: Nodes) -> list[Diagnostic]:
    """Excerpts stay short and claims name real fields (quoting archived sources is an index check)."""
    from .models import Citation, Claim

    found: list[Diagnostic] = []
    for path, model in nodes:
        if isinstance(model, Citation) and model.excerpt and len(model.excerpt) > MAX_EXCERPT_CHARS:
            found.append(
                _diagnostic(
                    record,
                    path + ("excerpt",),
                    "long-excerpt",
                    f"excerpt is {len(model.excerpt)} characters; quote a clause, at most {MAX_EXCERPT_CHARS}",
                    "shorten it to the words that support the fact",
                    "warning",
                )
            )
        if isinstance(model, Claim):
            owner = _owner_of(record, path)
            if model.field not in type(owner).model_fields:
                found.append(
                    _diagnostic(
                        record,
                        path + ("field",),
                        "unknown-claim-field",
                        f"claim about {model.field!r}, which {type(owner).__name__} records lack",
                        "name one of: " + ", ".join(type(owner).model_fields),
                    )
                )
    return found


def _owner_of(record: BaseModel, claim_path: tuple) -> BaseModel:
    """The model holding the claims list that ``claim_path`` points into."""
    owner: Any = record
    for part in claim_path[:-2]:
        owner = owner[part] if isinstance(part, int) else getattr(owner, part)
    return owner


def run_record_checks(record: BaseModel, nodes: Nodes) -> list[Diagnostic]:
    """Every record check on one validated record, each diagnostic marked with its check's name."""
    from dataclasses import replace

    return [
        replace(d, check=check.name)
        for check in CHECKS.values()
        if check.stage == "record" and check.run is not None
        for d in check.run(record, nodes)
    ]


# --- checks across records: the index asks its tables, these say what is wrong ------------


def duplicate_id(
    path: str, line: int | None, column: int | None, collection: str, record_id: str, first_at: str
) -> Diagnostic:
    """A record whose id an earlier record of its kind already has."""
    return Diagnostic(
        path,
        line,
        column,
        "duplicate-id",
        f"{singular(collection)} id {record_id!r} is already used at {first_at}",
        "error",
        "give this record a different id",
        "duplicate-ids",
    )


def unknown_reference(
    path: str,
    line: int | None,
    column: int | None,
    target: str,
    value: str,
    party: bool,
    defined: bool,
    known: Callable[[], list[str]],
) -> Diagnostic:
    """A reference to a record that is not there (or is there but invalid: ``defined``)."""
    what = singular(target)
    if defined:
        message = f"{what} {value!r} is invalid, so this record is left out too"
        hint = f"fix the errors reported for {what} {value!r}"
    elif party:
        message = f"party {value!r} is neither a country code nor an organization id"
        hint = "use a two-letter country code or an id from organizations"
    else:
        close = difflib.get_close_matches(value, known(), n=1)
        message = f"unknown {what} {value!r}"
        hint = f"did you mean {close[0]!r}?" if close else f"add a {what} with id {value!r}"
    return Diagnostic(path, line, column, "unknown-reference", message, "error", hint, "references")


def excerpt_without_archive(path: str, line: int | None, column: int | None, source: str) -> Diagnostic:
    """An excerpt quoting a source whose text is not archived (a warning: quote nothing else)."""
    return Diagnostic(
        path,
        line,
        column,
        "excerpt-without-archive",
        f"source {source!r} has no archived text to quote from",
        "warning",
        "put what the source says, in your own words, in 'note'",
        "citations",
    )


# --- checks against the archived source texts ----------------------------------------------

register(
    Check(
        "excerpts",
        "every verbatim excerpt appears in its source's archived text",
        "archive",
        {
            "archive-missing": "error",
            "archive-outside": "error",
            "archive-refused": "error",
            "excerpt-not-in-source": "error",
        },
    )
)


class ArchivedSource(NamedTuple):
    """A source whose text is archived, and where its record says so."""

    id: str
    archived: str
    path: str
    line: int | None
    column: int | None


class Quote(NamedTuple):
    """A verbatim excerpt in a citation, and where it is."""

    source: str
    excerpt: str
    path: str
    line: int | None
    column: int | None


def excerpts(sources: dict[str, ArchivedSource], quotes: Iterable[Quote], archive_dirs: list[Path]) -> list[Diagnostic]:
    """Every excerpt appears, verbatim up to spacing, in its source's archived text.

    The text is looked for in each of ``archive_dirs`` in turn.
    """
    found: list[Diagnostic] = []
    texts: dict[str, str | None] = {}
    for quote in quotes:
        source = sources.get(quote.source)
        if source is None:
            continue
        if source.id not in texts:
            texts[source.id], refused = _archived_text(source.archived, archive_dirs)
            if texts[source.id] is None:
                where = ", ".join(str(d) for d in archive_dirs) or "any archive folder"
                code, message, hint = refused or (
                    "archive-missing",
                    f"archived text {source.archived!r} of source {source.id!r} is not in {where}",
                    "pass the folder holding it with --sources",
                )
                found.append(
                    Diagnostic(source.path, source.line, source.column, code, message, "error", hint, "excerpts")
                )
        text = texts[source.id]
        if text is not None and " ".join(quote.excerpt.split()) not in text:
            found.append(
                Diagnostic(
                    quote.path,
                    quote.line,
                    quote.column,
                    "excerpt-not-in-source",
                    f"excerpt is not verbatim in {source.archived}: {quote.excerpt[:60]!r}",
                    "error",
                    "copy the words exactly from the source",
                    "excerpts",
                )
            )
    return found


MAX_ARCHIVE_BYTES = 20 * 1024 * 1024
"""An archived article is a few kilobytes; anything this large is not one."""


def _archived_text(name: str, archive_dirs: list[Path]) -> tuple[str | None, tuple[str, str, str] | None]:
    """The archived text (spacing folded) from the first folder holding it, or why none can be read.

    Only a regular file inside the archive folder is read: ``archived:`` naming a device,
    a pipe or a path out of the folder (``../../etc/hostname``) is refused.
    """
    from .datadirs import Refused, read_regular

    refused = None
    for folder in archive_dirs:
        try:
            raw = read_regular(folder / name, MAX_ARCHIVE_BYTES, inside=folder)
            return " ".join(raw.decode("utf-8").split()), None
        except FileNotFoundError:
            continue
        except Refused as exc:
            code = "archive-outside" if exc.code == "outside-data-dir" else "archive-refused"
            refused = (code, f"archived text {name!r}: {exc.message}", exc.hint)
        except (OSError, UnicodeDecodeError) as exc:
            refused = (
                "archive-refused",
                f"archived text {name!r} cannot be read: {exc}",
                "save it as a UTF-8 text file in the archive folder",
            )
    return None, refused


def selected(wanted: list[str] | None) -> set[str]:
    """The checks to report: those named (all by default); an unknown name is a usage error."""
    chosen = set(wanted or CHECKS)
    unknown = chosen - set(CHECKS)
    if unknown:
        raise UsageError(f"unknown check {sorted(unknown)[0]!r}; use: {', '.join(CHECKS)}")
    return chosen
