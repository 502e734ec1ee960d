"""The schema: pydantic v2 models for every kind of record in a knowledge base."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints

from .dates import PartialDate

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


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, never silently dropped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Citation(Strict):
    """Where a record's facts come from."""

    source: Id
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

    id: CountryCode  # type: ignore[assignment]
    name: ShortText
    aliases: list[ShortText] = Field(default_factory=list)


class Office(Strict):
    """A post a person held."""

    title: ShortText
    country: CountryCode | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    citations: list[Citation] = Field(default_factory=list)


class Person(Record):
    """A leader or official."""

    name: ShortText
    surname: ShortText | None = None
    """The family name when it is not the last word of ``name`` (``Xi`` in ``Xi Jinping``)."""
    aliases: list[ShortText] = Field(default_factory=list)
    country: CountryCode
    offices: list[Office] = Field(default_factory=list)

    def family_name(self) -> str:
        """The surname, by default the last word of the name."""
        return self.surname or self.name.split()[-1]


class OrganizationKind(str, Enum):
    organization = "organization"
    forum = "forum"
    group = "group"
    region = "region"


class Organization(Record):
    """An organization, forum, negotiating group or region that acts as a party."""

    name: ShortText
    short_name: ShortText | None = None
    aliases: list[ShortText] = Field(default_factory=list)
    kind: OrganizationKind


class EventKind(str, Enum):
    summit = "summit"
    leaders_meeting = "leaders-meeting"
    ministerial_meeting = "ministerial-meeting"
    chairmanship = "chairmanship"
    other = "other"


class EventStatus(str, Enum):
    held = "held"
    planned = "planned"


class Event(Record):
    """A multilateral meeting or office: a summit, a forum's ministerial, a rotating chair."""

    name: ShortText
    kind: EventKind
    organization: Id | None = None
    number: Annotated[int, Field(ge=1)] | None = None
    """The meeting's ordinal (24 for the 24th APEC Economic Leaders' Meeting)."""
    host: CountryCode | None = None
    city: ShortText | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    status: EventStatus = EventStatus.held
    participants: list[Id] = Field(default_factory=list)


class VisitType(str, Enum):
    """Controlled vocabulary of visit types, as sources name them."""

    state = "state"
    official = "official"
    working = "working"
    multilateral = "multilateral"
    """Attendance at a multilateral meeting."""
    meeting = "meeting"
    """A bilateral meeting the source does not call a visit of any protocol rank."""
    stopover = "stopover"
    unspecified = "unspecified"


class Visit(Record):
    """One leg of a trip: a stay in one country."""

    country: CountryCode
    country_label: ShortText | None = None
    """The country's name as the source gives it, where it differs from today's ("U.S.S.R.")."""
    cities: list[ShortText] = Field(default_factory=list)
    types: Annotated[list[VisitType], Field(min_length=1)]
    start: PartialDate | None = None
    end: PartialDate | None = None
    events: list[Id] = Field(default_factory=list)


class Trip(Record):
    """One leader's journey abroad, made of legs."""

    leader: Id
    title: ShortText
    description: Text | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    """The last day abroad."""
    returned: PartialDate | None = None
    """The day the leader was back home, where a source gives it."""
    legs: Annotated[list[Visit], Field(min_length=1)]


class Relation(Record):
    """Diplomatic relations between two countries."""

    countries: Annotated[list[CountryCode], Field(min_length=2, max_length=2)]
    established: PartialDate


class PartnershipLevel(str, Enum):
    """Ordered from the least to the most elevated; the order is what makes an upgrade."""

    partnership = "partnership"
    cooperative = "cooperative-partnership"
    comprehensive_cooperative = "comprehensive-cooperative-partnership"
    strategic = "strategic-partnership"
    comprehensive_strategic = "comprehensive-strategic-partnership"

    @property
    def rank(self) -> int:
        """Position in the order, 0 for the lowest level."""
        return list(PartnershipLevel).index(self)


class Partnership(Record):
    """A partnership at one level between two parties; upgrades chain through ``upgraded_from``."""

    parties: Annotated[list[PartyRef], Field(min_length=2, max_length=2)]
    level: PartnershipLevel
    label: ShortText
    """The wording the sources use, verbatim."""
    since: PartialDate | None = None
    upgraded_from: Id | None = None
    announced_during: Id | None = None
    """The visit during which the level was agreed."""
    instrument: ShortText | None = None
    """How it was agreed, e.g. a joint statement."""


class Qualifier(str, Enum):
    exact = "exact"
    at_least = "at-least"
    more_than = "more-than"
    about = "about"

    def describe(self, number: str) -> str:
        """The number with its qualifier in words: 'more than 40'."""
        prefix = {"exact": "", "at-least": "at least ", "more-than": "more than ", "about": "about "}
        return prefix[self.value] + number


class Count(Strict):
    """How many documents a count claim covers."""

    value: Annotated[int, Field(ge=0)]
    qualifier: Qualifier = Qualifier.exact


class Agreement(Record):
    """A signed agreement, or a claim about how many were signed ('more than 40 documents')."""

    title: ShortText
    parties: Annotated[list[PartyRef], Field(min_length=2)]
    count: Count | None = None
    """Present for a count claim; absent for a single agreement."""
    scope: ShortText | None = None
    domains: list[ShortText] = Field(default_factory=list)
    signed: PartialDate | None = None
    trip: Id | None = None
    visit: Id | None = None
    event: Id | None = None


class Scale(str, Enum):
    one = "one"
    thousand = "thousand"
    million = "million"
    billion = "billion"
    trillion = "trillion"


class Measure(str, Enum):
    annual = "annual"
    """A flow per calendar year (trade in a year)."""
    cumulative = "cumulative"
    """A stock built up over time (total investment)."""


class Amount(Strict):
    """A figure with its unit: 500 billion USD."""

    value: Annotated[float, Field(ge=0)]
    scale: Scale = Scale.one
    unit: ShortText


class Baseline(Strict):
    """The figure a pledge starts from."""

    value: Annotated[float, Field(ge=0)]
    period: PartialDate
    citations: Annotated[list[Citation], Field(min_length=1)]


class Observation(Strict):
    """A figure observed for a target's metric over a period, with its source."""

    period_start: PartialDate
    period_end: PartialDate | None = None
    """Absent when the period is exactly ``period_start`` (a year, a month or a day)."""
    value: Annotated[float, Field(ge=0)]
    qualifier: Qualifier = Qualifier.exact
    reported: PartialDate | None = None
    """When the figure was published; it counts for status only from then on."""
    note: Text | None = None
    citations: Annotated[list[Citation], Field(min_length=1)]

    def span(self) -> tuple[PartialDate, PartialDate]:
        """First and last partial dates of the observed period."""
        return self.period_start, self.period_end or self.period_start


class Target(Record):
    """A pledged target: a metric to reach a value by a deadline."""

    title: ShortText
    parties: Annotated[list[PartyRef], Field(min_length=1)]
    metric: ShortText
    measure: Measure
    goal: Amount
    deadline: PartialDate
    announced: PartialDate | None = None
    announced_by: Id | None = None
    announced_at: Id | None = None
    baseline: Baseline | None = None
    observations: list[Observation] = Field(default_factory=list)


COLLECTIONS: dict[str, type[BaseModel]] = {
    "sources": Source,
    "countries": Country,
    "people": Person,
    "organizations": Organization,
    "events": Event,
    "trips": Trip,
    "relations": Relation,
    "partnerships": Partnership,
    "agreements": Agreement,
    "targets": Target,
}
"""The top-level keys a record file may have, and the model of each list's items."""

TargetStatus = Literal["met", "on-track", "behind", "missed", "unknown"]
