"""Named checks, in one registry; each reports its findings as values (diagnostics), never raising.

A check has a name (what ``visitkb check NAME`` runs), the diagnostic codes it reports,
and a stage: ``read`` is what reading a file finds (YAML and the schema); ``record``
checks look at one record and run as each file is read (their results are kept in the
index with the file); ``index`` checks look across records and
run over the index once every file is read (the index layer asks its tables and builds
the diagnostics with the functions here); ``archive`` checks need the archived source
texts, and ``knowledge-base`` checks compare what records say of each other; both run when
``visitkb check`` asks for them, never on the way to a query.

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

Stage = Literal["read", "record", "index", "archive", "knowledge-base"]
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
                "unreadable-directory",
                "not-a-regular-file",
                "outside-data-dir",
                "file-name",
            )
        }
        | {
            "empty-file": "warning",
            "empty-data-dir": "warning",
            "comment-in-value": "warning",
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
def reference_fields(model: type[BaseModel]) -> tuple[tuple[str, Any], ...]:
    """(field, mark) of each field of a model marked with :class:`visitkb.models.Ref`."""
    from .models import Ref

    return tuple(
        (name, mark) for name, info in model.model_fields.items() for mark in info.metadata if isinstance(mark, Ref)
    )


@cache
def fact_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model marked as dates of what happened (:class:`visitkb.models.FactDate`)."""
    from .models import FactDate

    return tuple(
        name for name, info in model.model_fields.items() if any(isinstance(mark, FactDate) for mark in info.metadata)
    )


def references_in(record: BaseModel, nodes: Nodes | None = None) -> Iterator[tuple[tuple, str, str, bool]]:
    """Every reference a record makes: (path within the record, target, id or code, whether it is soft)."""
    from . import kinds

    for path, model in nodes or walk(record):
        for name, mark in reference_fields(type(model)):
            target = mark.target
            if mark.kind_field:  # the target is the collection of the kind another field names
                kind = kinds.by_name(getattr(model, mark.kind_field))
                target = kind.collection if kind else ""
            value = getattr(model, name)
            if isinstance(value, list):
                for index, ref in enumerate(value):
                    yield path + (name, index), target, ref, mark.soft
            elif value is not None:
                yield path + (name,), target, value, mark.soft


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
    {"unknown-reference": "error", "undeclared": "warning", "extends-missing": "error"},
)
def country_codes(record: BaseModel, nodes: Nodes) -> list[Diagnostic]:
    """Every country a record names is an ISO 3166-1 alpha-2 code (other references: see the index)."""
    from .models import COUNTRY
    from .names import is_country_code

    found = []
    for subpath, target, ref, _ in references_in(record, nodes):
        if target == COUNTRY and not is_country_code(ref):
            found.append(
                _diagnostic(
                    record,
                    subpath,
                    "unknown-reference",
                    f"{ref!r} is not an ISO 3166-1 alpha-2 country code"
                    if len(ref) == 2
                    else f"{ref!r} is not the ISO 3166-3 code of a former state",
                    "use the two-letter code, e.g. PE for Peru; a former state has its ISO 3166-3 code, "
                    "e.g. SUHH for the Soviet Union",
                )
            )
    return found


def _span_words(start: PartialDate | None, end: PartialDate | None) -> str:
    """A span as people say it: '2019-03-01 to 2019-03-03', 'from 2019-03-05', 'until 2019-03-03'."""
    if start and end:
        return f"{start} to {end}" if start != end else str(start)
    return f"from {start}" if start else f"until {end}" if end else "no dates"


def _later(first: PartialDate | None, second: PartialDate | None) -> bool:
    """Whether ``first`` must fall after ``second`` whatever days the partial dates mean."""
    return first is not None and second is not None and first.earliest() > second.latest()


@record_check(
    "date-order",
    "spans end after they start, legs fall inside their trip, no past fact is dated in the future",
    {"date-order": "error", "future-date": "warning", "leg-outside-trip": "warning", "country-years": "warning"},
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
    found += _outside_country_years(record, nodes)
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
            # A leg with no end of its own still may not start after its trip ended.
            if _later(record.start, leg.start) or _later(leg.end or leg.start, record.end):
                found.append(
                    _diagnostic(
                        record,
                        ("legs", index, "start"),
                        "leg-outside-trip",
                        f"leg {leg.id!r} ({_span_words(leg.start, leg.end)}) falls outside its trip "
                        f"({_span_words(record.start, record.end)})",
                        "correct the leg's dates or the trip's",
                        "warning",
                    )
                )
    return found


def _outside_country_years(record: BaseModel, nodes: Nodes) -> list[Diagnostic]:
    """A former state (or Kosovo) named with a date of what happened outside the years it existed."""
    from .models import COUNTRY
    from .names import existed, former_states

    found = []
    for path, model in nodes:
        dates = [getattr(model, name) for name in fact_fields(type(model)) if getattr(model, name) is not None]
        if not dates:
            continue
        for name, mark in reference_fields(type(model)):
            value = getattr(model, name)
            for code in value if isinstance(value, list) else [value]:
                former = former_states().get(code) if mark.target == COUNTRY and code else None
                if former and not any(
                    existed(code, year) for d in dates for year in range(d.earliest().year, d.latest().year + 1)
                ):
                    years = f"{former.start or '?'}–{former.end or ''}"
                    found.append(
                        _diagnostic(
                            record,
                            path + (name,),
                            "country-years",
                            f"{former.name} ({code}) existed {years}, but this is dated {dates[0]}",
                            "check the date, or name the country of the time (or its successor: "
                            + ", ".join(former.successors)
                            + ")",
                            "warning",
                        )
                    )
    return found


MAX_EXCERPT_CHARS = 300


@record_check(
    "citations",
    "excerpts are short clauses quoted only from archived sources; claims and 'supports' name fields their "
    "records have, and a claim's value is of its field's type",
    {
        "long-excerpt": "warning",
        "unknown-claim-field": "error",
        "claim-value": "error",
        "unknown-supports-field": "error",
        "excerpt-without-archive": "warning",
    },
)
def citations(record: BaseModel, nodes: Nodes) -> list[Diagnostic]:
    """Excerpts stay short, claims and supports name real fields, claim values fit (quoting archived
    sources is an index check)."""
    from .models import Citation, Claim

    found: list[Diagnostic] = []
    for path, model in nodes:
        if isinstance(model, Citation):
            if model.excerpt and len(model.excerpt) > MAX_EXCERPT_CHARS:
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
            owner = _described_model(_owner_of(record, path))
            for index, supported in enumerate(model.supports):
                if _field_type(owner, supported) is None:
                    found.append(
                        _diagnostic(
                            record,
                            path + ("supports", index),
                            "unknown-supports-field",
                            f"the citation supports {supported!r}, which {owner.__name__} records lack",
                            "name one of: " + ", ".join(owner.model_fields),
                        )
                    )
        if isinstance(model, Claim):
            owner = _described_model(_owner_of(record, path))
            annotation = _field_type(owner, model.field)
            if annotation is None:
                found.append(
                    _diagnostic(
                        record,
                        path + ("field",),
                        "unknown-claim-field",
                        f"claim about {model.field!r}, which {owner.__name__} records lack",
                        "name one of: " + ", ".join(owner.model_fields) + _nested_example(owner),
                    )
                )
            elif (problem := _misfit(annotation, model.value)) is not None:
                found.append(
                    _diagnostic(
                        record,
                        path + ("value",),
                        "claim-value",
                        f"the claim gives {model.value!r} for {model.field}, which {problem}",
                        "write the value the other source gives in the field's own form (a date as YYYY-MM-DD, "
                        "a number as digits); say the rest in the claim's note",
                    )
                )
    return found


def _field_type(model: type[BaseModel], field: str) -> Any:
    """The type of a field, or of a value nested in it (``amount.value``, ``stops.1.start``: an item of a
    list by its position); None if there is no such field."""
    from pydantic import BaseModel

    annotation: Any = None
    current: Any = model
    for part in field.split("."):
        if part.isdigit() and typing.get_origin(annotation) is list:
            continue  # a position in a list: the item's model is already current
        info = current.model_fields.get(part) if isinstance(current, type) and issubclass(current, BaseModel) else None
        if info is None:
            return None
        annotation = info.annotation
        current = _model_in(annotation)
    return annotation


def _nested_example(model: type[BaseModel]) -> str:
    """A hint's example of a nested value this kind of record holds (`` (or a nested value: amount.value)``)."""
    for name, info in model.model_fields.items():
        inner = _model_in(info.annotation)
        if inner is not None and name not in ("citations", "claims") and "value" in inner.model_fields:
            return f" (or a nested value: {name}.value)"
    return ""


def _model_in(annotation: Any) -> type[BaseModel] | None:
    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        if (found := _model_in(argument)) is not None:
            return found
    return None


@cache
def _adapter(annotation: Any) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(annotation)


def _misfit(annotation: Any, value: str) -> str | None:
    """Why a claim's text is not a value of its field's type, or None if it is."""
    from pydantic import ValidationError

    if _model_in(annotation) is not None:
        return None  # a whole nested value (a count, an amount) is described, not typed
    try:
        _adapter(annotation).validate_python(value)
    except ValidationError as exc:
        return "needs " + exc.errors(include_url=False)[0]["msg"].removeprefix("Value error, ").lower()
    return None


@record_check(
    "forms",
    "facts are in their proper place: a figure kept inside a target (the older form) belongs in figures",
    {"older-form": "warning"},
)
def forms(record: BaseModel, nodes: Nodes) -> list[Diagnostic]:
    """Facts written in an older form that a newer kind now holds (``visitkb upgrade`` rewrites them)."""
    from .models import Target

    if isinstance(record, Target) and record.observations:
        return [
            _diagnostic(
                record,
                ("observations",),
                "older-form",
                f"{len(record.observations)} figure(s) are kept inside the target; figures now have a kind of their "
                "own, which queries, conflicts and exports see",
                f"run 'visitkb upgrade -d DIR' to move them into figures with metric {record.metric!r}",
                "warning",
            )
        ]
    return []


def _owner_of(record: BaseModel, claim_path: tuple) -> BaseModel:
    """The model holding the claims list that ``claim_path`` points into."""
    owner: Any = record
    for part in claim_path[:-2]:
        owner = owner[part] if isinstance(part, int) else getattr(owner, part)
    return owner


def _described_model(owner: BaseModel) -> type[BaseModel]:
    """The kind of record whose fields a claim or citation speaks of: for an annotation, the annotated kind."""
    from . import kinds
    from .models import Annotation

    if isinstance(owner, Annotation) and (kind := kinds.by_name(owner.kind)) is not None:
        return kind.model
    return type(owner)


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
    """A record whose id an earlier record of its kind already has, with the fix that fits its kind."""
    if collection == "countries":
        hint = "remove this copy: a country is known by its code (give other names as aliases of the first)"
    elif first_at.rsplit(":", 1)[0] != path:
        hint = (
            "give this record a different id; if it repeats a record of another knowledge base, remove the "
            "copy and add what it says to the original with an annotation (annotations: kind, record)"
        )
    else:
        hint = "give this record a different id"
    return Diagnostic(
        path,
        line,
        column,
        "duplicate-id",
        f"{singular(collection)} id {record_id!r} is already used at {first_at}",
        "error",
        hint,
        "duplicate-ids",
    )


def article(word: str) -> str:
    """'a' or 'an' before a word: an organization, a person."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def unknown_reference(
    path: str,
    line: int | None,
    column: int | None,
    target: str,
    value: str,
    party: bool,
    defined: bool,
    known: Callable[[], list[str]],
    soft: bool = False,
) -> Diagnostic:
    """A reference to a record that is not there (or is there but invalid: ``defined``).

    A soft reference (a partnership's level) gets a warning, and its record stays valid.
    """
    what = singular(target)
    if soft:
        return Diagnostic(
            path,
            line,
            column,
            "undeclared",
            f"{what} {value!r} is not declared",
            "warning",
            f"declare it under {target} (visitkb upgrade writes the usual levels), or load a knowledge "
            "base that declares it",
            "references",
        )
    if defined:
        message = f"{what} {value!r} is invalid, so this record is left out too"
        hint = f"fix the errors reported for {what} {value!r}"
    elif party:
        message = f"party {value!r} is neither a country code nor an organization id"
        hint = "use a two-letter country code or an id from organizations"
    else:
        close = difflib.get_close_matches(value, known(), n=1)
        message = f"unknown {what} {value!r}"
        hint = f"did you mean {close[0]!r}?" if close else f"add {article(what)} {what} with id {value!r}"
    return Diagnostic(path, line, column, "unknown-reference", message, "error", hint, "references")


def is_missing_record(diagnostic: Diagnostic) -> bool:
    """Whether a diagnostic says a reference names no record here (or a record left out for that)."""
    return diagnostic.code == "unknown-reference" and (
        diagnostic.message.startswith("unknown ") or "is invalid, so this record is left out" in diagnostic.message
    )


def extends_missing(
    at: tuple[str, int | None, int | None] | None,
    missing_bases: list[tuple[str, str]],
    folded: list[Diagnostic],
    here: str = "DIR",
) -> Diagnostic:
    """One error for a knowledge base checked without the one it extends: what is missing, not each id."""
    names = sorted({d.message.removeprefix("unknown ") for d in folded if d.message.startswith("unknown ")})
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    bases = sorted({extended for _, extended in missing_bases})
    loads = " ".join(f"-d {':bundled:' if b == 'bundled' else 'DIR-OF-' + b}" for b in bases)
    path, line, column = at or ("<memory>", None, None)
    return Diagnostic(
        path,
        line,
        column,
        "extends-missing",
        f"this knowledge base extends {', '.join(map(repr, bases))}, which is not loaded: {len(folded)} "
        f"reference(s) cannot be resolved ({shown or 'records left out for them'})",
        "error",
        f"load it beside this one (visitkb check {loads} -d {here}); records that name it are left out until then",
        "references",
    )


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
        "consistency",
        "records agree with the records they name: a partnership grows from one of the same pair, an "
        "agreement's trip and legs are one journey, no leg is in the leader's own country; and no "
        "journey or event is recorded twice (from two sources or two knowledge bases)",
        "knowledge-base",
        {"other-pair": "warning", "other-trip": "warning", "home-leg": "warning", "possible-duplicate": "warning"},
    )
)


def consistency(kb: Any) -> list[Diagnostic]:
    """What records say of the records they name, compared (``kb``: a loaded KnowledgeBase)."""

    def at(collection: str, record_id: str, code: str, message: str, hint: str) -> Diagnostic:
        path, line, column = kb.where(collection, record_id)
        return Diagnostic(path, line, column, code, message, "warning", hint, "consistency")

    found = []
    for partnership in kb.records("partnerships"):
        earlier = kb.get("partnerships", partnership["upgraded_from"]) if partnership["upgraded_from"] else None
        if earlier is not None and sorted(earlier["parties"]) != sorted(partnership["parties"]):
            found.append(
                at(
                    "partnerships",
                    partnership["id"],
                    "other-pair",
                    f"partnership {partnership['id']!r} of {'/'.join(partnership['parties'])} is upgraded from "
                    f"{earlier['id']!r}, a partnership of {'/'.join(earlier['parties'])}",
                    "name in upgraded_from an earlier partnership of the same two parties",
                )
            )
    for agreement in kb.records("agreements"):
        legs = [agreement["visit"], *agreement.get("visits", [])] if agreement["visit"] else agreement.get("visits", [])
        trips = {trip["id"] for leg in legs if (trip := kb.trip_of(leg))}
        if agreement["trip"] and trips - {agreement["trip"]}:
            found.append(
                at(
                    "agreements",
                    agreement["id"],
                    "other-trip",
                    f"agreement {agreement['id']!r} names trip {agreement['trip']!r} and legs of "
                    f"{', '.join(sorted(trips - {agreement['trip']}))}",
                    "name the legs of its own trip, or leave out the trip (its legs say it)",
                )
            )
    found += _possible_duplicates(kb, at)
    homes = {person["id"]: person["country"] for person in kb.records("people") if person["country"]}
    for trip in kb.records("trips"):
        home = homes.get(trip["leader"])
        for leg in trip["legs"]:
            if home and leg["country"] == home:
                found.append(
                    at(
                        "visits",
                        leg["id"],
                        "home-leg",
                        f"leg {leg['id']!r} of {trip['id']!r} is in {home}, the leader's own country",
                        "a trip abroad has legs abroad; record a stop at home as a note, or check the country",
                    )
                )
    return found


def _possible_duplicates(kb: Any, at: Callable[..., Diagnostic]) -> list[Diagnostic]:
    """Two legs of one leader in one country whose dates overlap, in different trips; two events of one
    organization, host and year, in different records: likely one fact recorded twice."""
    found = []
    legs: dict[tuple[str, str], list[tuple[PartialDate, PartialDate, str, str]]] = {}
    for trip in kb.records("trips"):
        for leg in trip["legs"]:
            start = PartialDate.parse(leg["start"]) if leg["start"] else None
            if start is None:
                continue
            end = PartialDate.parse(leg["end"]) if leg["end"] else start
            legs.setdefault((trip["leader"], leg["country"]), []).append((start, end, leg["id"], trip["id"]))
    for (leader, country), spans in legs.items():
        spans.sort(key=lambda s: s[0].sort_key())
        for (_, end, leg_id, trip_id), (later_start, _, later_id, later_trip) in zip(spans, spans[1:], strict=False):
            if later_trip != trip_id and later_start.earliest() <= end.latest():
                found.append(
                    at(
                        "visits",
                        later_id,
                        "possible-duplicate",
                        f"leg {later_id!r} ({later_trip}) and leg {leg_id!r} ({trip_id}): {leader} in {country} "
                        "on overlapping dates",
                        "if they are one visit, keep one and add the other's source to it (a citation, or an "
                        "annotation when the other belongs to another knowledge base)",
                    )
                )
    events: dict[tuple[str, str, int], str] = {}
    for event in kb.records("events"):
        if not (event["organization"] and event["host"] and event["start"]):
            continue
        key = (event["organization"], event["host"], PartialDate.parse(event["start"]).year)
        if key in events:
            found.append(
                at(
                    "events",
                    event["id"],
                    "possible-duplicate",
                    f"events {events[key]!r} and {event['id']!r}: {key[0]} in {key[1]} in {key[2]}",
                    "if they are one event, keep one and point the legs and agreements at it",
                )
            )
        else:
            events[key] = event["id"]
    return found


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
