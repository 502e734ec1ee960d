"""The schema: pydantic v2 models for every kind of record in a knowledge base."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints

from . import vocabulary
from .dates import PartialDate

COUNTRY = "country"
"""The target of a reference to a country: an ISO code, checked against ISO 3166, not a record."""
PARTY = "party"
"""The target of a reference to a party: a country code or the id of an organization."""


class Ref:
    """Marks a field that names other records: ``leader: Annotated[Id, Ref("people")]``.

    The target is a collection (``people``), or :data:`COUNTRY`, or :data:`PARTY`. Checks,
    the index's narrowing keys and the export's foreign keys all read these marks, so a
    reference is declared once, where the field is.
    """

    __slots__ = ("target",)

    def __init__(self, target: str):
        self.target = target

    def __repr__(self) -> str:
        return f"Ref({self.target!r})"


class FactDate:
    """Marks a date that records what happened, so it cannot lie in the future.

    These dates also say when a record happened, for narrowing date queries in the index.
    """

    def __repr__(self) -> str:
        return "FactDate()"


FACT = FactDate()

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9.-]*$", max_length=120),
]
"""A record id: lowercase letters, digits, dots and hyphens (e.g. ``xi-2016-latin-america``)."""

CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
"""An ISO 3166-1 alpha-2 code such as ``PE``."""

PartyRef = Annotated[str, StringConstraints(pattern=r"^([A-Z]{2}|[a-z0-9][a-z0-9.-]*)$")]
"""A country code (``CL``) or the id of an organization, forum or region (``celac``)."""

Text = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=500)]
When = Annotated[PartialDate | None, FACT]
"""A date stating when something happened (see :class:`FactDate`)."""


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, never silently dropped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    SPAN: ClassVar[tuple[str, str] | None] = None
    """The pair of fields (first, last) that a span's date order is checked on."""


def _enum(name: str, values: Iterable[str], doc: str | None = None) -> type[Enum]:
    """A str enumeration of a vocabulary's values (members named by the value, '-' as '_')."""
    enum = Enum(name, {value.replace("-", "_"): value for value in values}, type=str)  # type: ignore[misc]
    if doc:
        enum.__doc__ = doc  # the JSON Schema's description of the field
    return enum


if TYPE_CHECKING:  # to a type checker these are text; at run time, enumerations of the vocabularies
    OrganizationKind: TypeAlias = str
    EventKind: TypeAlias = str
    EventStatus: TypeAlias = str
    VisitType: TypeAlias = str
    PartnershipLevel: TypeAlias = str
    Qualifier: TypeAlias = str
    Scale: TypeAlias = str
    Measure: TypeAlias = str
else:
    OrganizationKind = _enum("OrganizationKind", vocabulary.ORGANIZATION_KINDS)
    EventKind = _enum("EventKind", vocabulary.EVENT_KINDS)
    EventStatus = _enum("EventStatus", vocabulary.EVENT_STATUSES)
    VisitType = _enum(
        "VisitType", vocabulary.VISIT_TYPES, "Controlled vocabulary of visit types, as sources name them."
    )
    PartnershipLevel = _enum(
        "PartnershipLevel",
        vocabulary.PARTNERSHIP_LEVELS,
        "Ordered from the least to the most elevated; the order is what makes an upgrade.",
    )
    Qualifier = _enum("Qualifier", vocabulary.QUALIFIERS)
    Scale = _enum("Scale", vocabulary.SCALES)
    Measure = _enum("Measure", vocabulary.MEASURES)


class Citation(Strict):
    """Where a record's facts come from."""

    source: Annotated[Id, Ref("sources")]
    excerpt: Text | None = None
    """A short verbatim clause, only for sources whose text is archived with the data."""
    note: Text | None = None
    """What the source says, in our words, for sources we may not quote."""
    derived: Text | None = None
    """How a value was derived by arithmetic from what the source states."""
    supports: list[ShortText] = Field(default_factory=list)
    """The fields this citation vouches for; empty means the record as a whole."""


class Claim(Strict):
    """A value for one field that another source gives differently."""

    field: ShortText
    value: ShortText
    citations: Annotated[list[Citation], Field(min_length=1)]
    note: Text | None = None


class Origin:
    """Where a record was read from, so any of its fields can be located."""

    __slots__ = ("file", "path", "positions")

    def __init__(self, file: str, path: tuple, positions: dict):
        self.file, self.path, self.positions = file, path, positions

    def locate(self, *subpath: Any) -> tuple[int | None, int | None]:
        """Line and column (1-based) of a field of the record, or of the nearest enclosing node."""
        full = self.path + subpath
        while full:
            if full in self.positions:
                return self.positions[full]
            full = full[:-1]
        return (None, None)


class Record(Strict):
    """A record with an id and at least one citation."""

    id: Id
    citations: Annotated[list[Citation], Field(min_length=1)]
    claims: list[Claim] = Field(default_factory=list)
    notes: list[Text] = Field(default_factory=list)
    _origin: Origin | None = PrivateAttr(default=None)


class Source(Strict):
    """A document that records cite."""

    id: Id
    publisher: ShortText
    title: ShortText | None = None
    via: ShortText | None = None
    """The agency the publisher carried the report from (e.g. Xinhua)."""
    date: PartialDate | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")] | None = None
    archived: ShortText | None = None
    """File name of the archived text, which verbatim excerpts must match."""
    note: Text | None = None
    _origin: Origin | None = PrivateAttr(default=None)


class Country(Record):
    """A country, keyed by its ISO 3166-1 alpha-2 code, with the names people use for it."""

    id: Annotated[CountryCode, Ref(COUNTRY)]
    name: ShortText
    aliases: list[ShortText] = Field(default_factory=list)


class Office(Strict):
    """A post a person held."""

    SPAN = ("start", "end")
    title: ShortText
    country: Annotated[CountryCode | None, Ref(COUNTRY)] = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    citations: list[Citation] = Field(default_factory=list)


class Person(Record):
    """A leader or official."""

    name: ShortText
    surname: ShortText | None = None
    """The family name when it is not the last word of ``name`` (``Xi`` in ``Xi Jinping``)."""
    aliases: list[ShortText] = Field(default_factory=list)
    country: Annotated[CountryCode, Ref(COUNTRY)]
    offices: list[Office] = Field(default_factory=list)


class Organization(Record):
    """An organization, forum, negotiating group or region that acts as a party."""

    name: ShortText
    short_name: ShortText | None = None
    aliases: list[ShortText] = Field(default_factory=list)
    kind: OrganizationKind


class Event(Record):
    """A multilateral meeting or office: a summit, a forum's ministerial, a rotating chair."""

    SPAN = ("start", "end")
    name: ShortText
    kind: EventKind
    organization: Annotated[Id | None, Ref("organizations")] = None
    number: Annotated[int, Field(ge=1)] | None = None
    """The meeting's ordinal (24 for the 24th APEC Economic Leaders' Meeting)."""
    host: Annotated[CountryCode | None, Ref(COUNTRY)] = None
    city: ShortText | None = None
    start: When = None
    end: When = None
    status: EventStatus = Field(default="held", validate_default=True)
    participants: Annotated[list[Id], Ref("people")] = Field(default_factory=list)

    def states_facts(self) -> bool:
        """Whether the record's dates say what happened: a planned event's dates may lie in the future."""
        return self.status != "planned"


class Visit(Record):
    """One leg of a trip: a stay in one country."""

    SPAN = ("start", "end")
    country: Annotated[CountryCode, Ref(COUNTRY)]
    country_label: ShortText | None = None
    """The country's name as the source gives it, where it differs from today's ("U.S.S.R.")."""
    cities: list[ShortText] = Field(default_factory=list)
    types: Annotated[list[VisitType], Field(min_length=1)]
    start: When = None
    end: When = None
    events: Annotated[list[Id], Ref("events")] = Field(default_factory=list)


class Trip(Record):
    """One leader's journey abroad, made of legs."""

    SPAN = ("start", "end")
    leader: Annotated[Id, Ref("people")]
    title: ShortText
    description: Text | None = None
    start: When = None
    end: When = None
    """The last day abroad."""
    returned: When = None
    """The day the leader was back home, where a source gives it."""
    legs: Annotated[list[Visit], Field(min_length=1)]


class Relation(Record):
    """Diplomatic relations between two countries."""

    countries: Annotated[list[CountryCode], Ref(COUNTRY), Field(min_length=2, max_length=2)]
    established: Annotated[PartialDate, FACT]


class Partnership(Record):
    """A partnership at one level between two parties; upgrades chain through ``upgraded_from``."""

    parties: Annotated[list[PartyRef], Ref(PARTY), Field(min_length=2, max_length=2)]
    level: PartnershipLevel
    label: ShortText
    """The wording the sources use, verbatim."""
    since: When = None
    upgraded_from: Annotated[Id | None, Ref("partnerships")] = None
    announced_during: Annotated[Id | None, Ref("visits")] = None
    """The visit during which the level was agreed."""
    instrument: ShortText | None = None
    """How it was agreed, e.g. a joint statement."""


class Count(Strict):
    """How many documents a count claim covers."""

    value: Annotated[int, Field(ge=0)]
    qualifier: Qualifier = Field(default="exact", validate_default=True)


class Agreement(Record):
    """A signed agreement, or a claim about how many were signed ('more than 40 documents')."""

    title: ShortText
    parties: Annotated[list[PartyRef], Ref(PARTY), Field(min_length=2)]
    count: Count | None = None
    """Present for a count claim; absent for a single agreement."""
    scope: ShortText | None = None
    domains: list[ShortText] = Field(default_factory=list)
    signed: When = None
    trip: Annotated[Id | None, Ref("trips")] = None
    visit: Annotated[Id | None, Ref("visits")] = None
    event: Annotated[Id | None, Ref("events")] = None


class Amount(Strict):
    """A figure with its unit: 500 billion USD."""

    value: Annotated[float, Field(ge=0)]
    scale: Scale = Field(default="one", validate_default=True)
    unit: ShortText


class Baseline(Strict):
    """The figure a pledge starts from."""

    value: Annotated[float, Field(ge=0)]
    period: PartialDate
    citations: Annotated[list[Citation], Field(min_length=1)]


class Observation(Strict):
    """A figure observed for a target's metric over a period, with its source."""

    SPAN = ("period_start", "period_end")
    period_start: Annotated[PartialDate, FACT]
    period_end: PartialDate | None = None
    """Absent when the period is exactly ``period_start`` (a year, a month or a day)."""
    value: Annotated[float, Field(ge=0)]
    qualifier: Qualifier = Field(default="exact", validate_default=True)
    reported: When = None
    """When the figure was published; it counts for status only from then on."""
    note: Text | None = None
    citations: Annotated[list[Citation], Field(min_length=1)]


class Target(Record):
    """A pledged target: a metric to reach a value by a deadline."""

    title: ShortText
    parties: Annotated[list[PartyRef], Ref(PARTY), Field(min_length=1)]
    metric: ShortText
    measure: Measure
    goal: Amount
    deadline: PartialDate
    announced: PartialDate | None = None
    announced_by: Annotated[Id | None, Ref("people")] = None
    announced_at: Annotated[Id | None, Ref("events")] = None
    baseline: Baseline | None = None
    observations: list[Observation] = Field(default_factory=list)
