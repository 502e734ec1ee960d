"""The loaded knowledge base: every valid record, indexed by id, plus what was wrong."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .diagnostics import Diagnostic
from .models import (
    Agreement,
    Country,
    Event,
    Organization,
    Partnership,
    Person,
    Relation,
    Source,
    Target,
    Trip,
    Visit,
)


@dataclass
class KnowledgeBase:
    """Records by collection, in file order, with id indexes built by :meth:`reindex`."""

    sources: list[Source] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    trips: list[Trip] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    skipped: int = 0
    """How many records were left out because they are invalid."""
    invalid_ids: dict[str, set[str]] = field(default_factory=dict)
    """Ids of records left out, by collection, so references to them say why they fail."""
    _index: dict[str, dict[str, object]] = field(default_factory=dict, repr=False)
    _trip_of: dict[str, Trip] = field(default_factory=dict, repr=False)

    def reindex(self) -> None:
        """Rebuild the id indexes after the record lists change (first record of an id wins)."""
        self._index = {}
        for name in COLLECTION_NAMES:
            index: dict[str, object] = {}
            for record in getattr(self, name):
                index.setdefault(record.id, record)
            self._index[name] = index
        visits: dict[str, object] = {}
        self._trip_of = {}
        for trip in self.trips:
            for leg in trip.legs:
                visits.setdefault(leg.id, leg)
                self._trip_of.setdefault(leg.id, trip)
        self._index["visits"] = visits

    def get(self, collection: str, record_id: str):
        """The record of a collection ('trips', 'visits', ...) with this id, or None."""
        return self._index.get(collection, {}).get(record_id)

    def ids(self, collection: str) -> set[str]:
        """Every id in a collection."""
        return set(self._index.get(collection, {}))

    def visits(self) -> Iterator[tuple[Trip, Visit]]:
        """Every leg of every trip, with its trip."""
        for trip in self.trips:
            for leg in trip.legs:
                yield trip, leg

    def trip_of(self, visit_id: str) -> Trip | None:
        """The trip a visit belongs to."""
        return self._trip_of.get(visit_id)

    def errors(self) -> list[Diagnostic]:
        """The diagnostics that are errors."""
        return [d for d in self.diagnostics if d.severity == "error"]


COLLECTION_NAMES = (
    "sources", "countries", "people", "organizations", "events",
    "trips", "relations", "partnerships", "agreements", "targets",
)
