"""The kinds of record a knowledge base holds: one descriptor each, in one registry.

A descriptor says what only it can say: the kind's name, the collection its records
live in, its model, and where it sits inside another record. Everything else that
depends on the kind (the references it makes, its dates, its export tables) is read
from the model's field marks (:class:`visitkb.models.Ref`, :data:`visitkb.models.When`),
so adding a kind is a model, one :func:`register` call, its queries and its tests.

This module imports no pydantic: queries read the registry without loading the models,
which are imported only when a record file is read or a schema is needed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from pydantic import BaseModel


Label = Callable[[str, str], str]
"""Names a code or an id of a kind: ``label("country", "PE")`` is "Peru", ``label("leader", id)`` a name."""


class Parent(NamedTuple):
    """Where a nested kind lives: the collection of its owner, and the owner's list field."""

    collection: str
    field: str


class Kind:
    """One kind of record (a plain class: the registry is read on every start, and dataclasses cost)."""

    __slots__ = ("name", "collection", "model_ref", "parent", "identified", "names", "title", "_model")

    def __init__(
        self,
        name: str,
        collection: str,
        model_ref: str | type,
        parent: Parent | None = None,
        identified: bool = True,
        names: str | None = None,
        title: Callable[[dict, Label], str] | None = None,
    ):
        self.name = name
        """What users call it (``add trip``): singular, lowercase."""
        self.collection = collection
        """The record files' key for a top-level kind (``trips``), the index's name for a nested one."""
        self.model_ref = model_ref
        """The pydantic model, or ``"module:Name"`` to import it only when needed."""
        self.parent = parent
        """For a kind that lives inside another record (a leg inside a trip's ``legs``)."""
        self.identified = identified
        """Whether its records have ids (observations do not: they are known by their place)."""
        self.names = names
        """The kind of name its records define for users to type (``country``, ``leader``)."""
        self.title = title
        """How to title a record when no title, name or label field says it; given a namer of codes and ids."""
        self._model: type[BaseModel] | None = None

    def __repr__(self) -> str:
        return f"Kind({self.name!r}, {self.collection!r})"

    @property
    def model(self) -> type[BaseModel]:
        """The model class (imported on first use)."""
        if self._model is None:
            if isinstance(self.model_ref, str):
                module, _, name = self.model_ref.partition(":")
                self._model = getattr(importlib.import_module(module), name)
            else:
                self._model = self.model_ref
        return self._model

    def title_of(self, record: dict, label: Label) -> str:
        """A short human title for a record of this kind; ``label(kind, value)`` names a country or person."""
        for field in ("title", "name", "label"):
            if record.get(field):
                return record[field]
        if self.title is not None:
            return self.title(record, label)
        return record.get("publisher") or record.get("id") or self.name


_KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    """Add a kind to the registry (or replace the one of the same collection); returns it."""
    _KINDS[kind.collection] = kind
    return kind


def unregister(collection: str) -> None:
    """Remove a kind (tests that define a throw-away kind clean up with this)."""
    _KINDS.pop(collection, None)


def all_kinds() -> list[Kind]:
    """Every kind, in registration order (the order of collections in output and export)."""
    return list(_KINDS.values())


def top_level() -> list[Kind]:
    """Kinds whose records stand at the top of a record file, in order."""
    return [k for k in _KINDS.values() if k.parent is None]


def collections() -> tuple[str, ...]:
    """The collection names of the top-level kinds, in order."""
    return tuple(k.collection for k in top_level())


def identified() -> list[Kind]:
    """Kinds whose records have ids that others can refer to (nested legs included)."""
    return [k for k in _KINDS.values() if k.identified]


def find(collection: str) -> Kind | None:
    """The kind of a collection (nested ones included), or None."""
    return _KINDS.get(collection)


def by_collection(collection: str) -> Kind:
    """The kind of a collection; KeyError if there is none."""
    return _KINDS[collection]


def by_name(name: str) -> Kind | None:
    """The kind users call ``name`` (``trip``), or None."""
    return next((k for k in _KINDS.values() if k.name == name), None)


def by_owner() -> list[Kind]:
    """Every kind, each nested kind right after the kind it lives in (the order ``add`` lists them)."""
    return [kind for top in top_level() for kind in [top, *children_of(top.collection)]]


def children_of(collection: str) -> list[Kind]:
    """The nested kinds whose records live inside records of ``collection``."""
    return [k for k in _KINDS.values() if k.parent and k.parent.collection == collection]


def singular(collection: str) -> str:
    """The singular of a collection name ('people' -> 'person'); the name itself if unknown."""
    kind = _KINDS.get(collection)
    return kind.name if kind else collection


def signature() -> str:
    """A text that changes when the set of kinds changes, so that indexes built for others are not used."""
    return ";".join(f"{k.collection}:{k.name}:{k.parent}:{k.model_ref!s}" for k in _KINDS.values())


def _relation_title(record: dict[str, Any], label: Label) -> str:
    return "relations " + "–".join(record["countries"])


def _visit_title(record: dict[str, Any], label: Label) -> str:
    return f"visit to {label('country', record['country'])}"


def _meeting_title(record: dict[str, Any], label: Label) -> str:
    who = [label("leader", person) for person in record["people"]]
    return f"{' and '.join(who)}: {record['form'].replace('-', ' ')}"


def _figure_title(record: dict[str, Any], label: Label) -> str:
    end = f"/{record['period_end']}" if record.get("period_end") else ""
    return f"{record['metric']}, {'–'.join(record['parties'])}, {record['period_start']}{end}"


def _annotation_title(record: dict[str, Any], label: Label) -> str:
    return f"annotation of {record['kind']} {record['record']}"


for _kind in (
    Kind("knowledge-base", "knowledge_base", "visitkb.models:KnowledgeBase"),
    Kind("source", "sources", "visitkb.models:Source"),
    Kind("country", "countries", "visitkb.models:Country", names="country"),
    Kind("person", "people", "visitkb.models:Person", names="leader"),
    Kind("organization", "organizations", "visitkb.models:Organization"),
    Kind("level", "partnership_levels", "visitkb.models:Level"),
    Kind("qualifier", "partnership_qualifiers", "visitkb.models:LevelQualifier"),
    Kind("event", "events", "visitkb.models:Event"),
    Kind("trip", "trips", "visitkb.models:Trip"),
    Kind("meeting", "meetings", "visitkb.models:Meeting", title=_meeting_title),
    Kind("relation", "relations", "visitkb.models:Relation", title=_relation_title),
    Kind("partnership", "partnerships", "visitkb.models:Partnership"),
    Kind("agreement", "agreements", "visitkb.models:Agreement"),
    Kind("figure", "figures", "visitkb.models:Figure", title=_figure_title),
    Kind("target", "targets", "visitkb.models:Target"),
    Kind("annotation", "annotations", "visitkb.models:Annotation", title=_annotation_title),
    Kind("visit", "visits", "visitkb.models:Visit", parent=Parent("trips", "legs"), title=_visit_title),
    Kind(
        "observation",
        "observations",
        "visitkb.models:Observation",
        parent=Parent("targets", "observations"),
        identified=False,
    ),
):
    register(_kind)
