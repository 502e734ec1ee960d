"""The schema: pydantic v2 models for every kind of record in a knowledge base."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints, model_validator

from . import vocabulary
from .dates import PartialDate

COUNTRY = "country"
"""The target of a reference to a country: an ISO code, checked against ISO 3166, not a record."""
PARTY = "party"
"""The target of a reference to a party: a country code or the id of an organization."""


class Ref:
    """Marks a field that names other records: ``leader: Annotated[Id, Ref("people")]``.

    The target is a collection (``people``), or :data:`COUNTRY`, or :data:`PARTY`; or, with
    ``kind_field``, the collection of the kind that another field of the record names (an
    annotation names the kind of the record it annotates). Checks, the index's narrowing
    keys and the export's foreign keys all read these marks, so a reference is declared
    once, where the field is.
    """

    __slots__ = ("target", "kind_field", "soft")

    def __init__(self, target: str = "", kind_field: str | None = None, soft: bool = False):
        self.target, self.kind_field = target, kind_field
        self.soft = soft
        """A soft reference that names nothing gets a warning, and its record stays valid."""

    def __repr__(self) -> str:
        return f"Ref({self.target or 'kind of ' + str(self.kind_field)!r})"


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

CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}([A-Z]{2})?$")]
"""An ISO 3166-1 alpha-2 code (``PE``), the user-assigned ``XK`` (Kosovo), or the ISO 3166-3
code of a former state (``SUHH``, the Soviet Union)."""

PartyRef = Annotated[str, StringConstraints(pattern=r"^([A-Z]{2}([A-Z]{2})?|[a-z0-9][a-z0-9.-]*)$")]
"""A country code (``CL``) or the id of an organization, forum or region (``celac``)."""

WikidataId = Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]{0,11}$")]
"""A Wikidata item id (``Q`` and digits), by which other datasets (PLOVER actors, POLECAT) name things."""

Text = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=500)]
When = Annotated[PartialDate | None, FACT]
"""A date stating when something happened (see :class:`FactDate`)."""


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, never silently dropped."""

    # Attribute docstrings become field descriptions: in the JSON Schema editors show, and in `add --template`.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, use_attribute_docstrings=True)
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
    Qualifier: TypeAlias = str
    Scale: TypeAlias = str
    Measure: TypeAlias = str
    Mode: TypeAlias = str
    MeetingForm: TypeAlias = str
    AgreementStatus: TypeAlias = str
    PartnershipChange: TypeAlias = str
    OfficeRole: TypeAlias = str
else:
    OrganizationKind = _enum("OrganizationKind", vocabulary.ORGANIZATION_KINDS)
    EventKind = _enum("EventKind", vocabulary.EVENT_KINDS)
    EventStatus = _enum("EventStatus", vocabulary.EVENT_STATUSES)
    VisitType = _enum(
        "VisitType", vocabulary.VISIT_TYPES, "Controlled vocabulary of visit types, as sources name them."
    )
    Qualifier = _enum("Qualifier", vocabulary.QUALIFIERS)
    Scale = _enum("Scale", vocabulary.SCALES)
    Measure = _enum("Measure", vocabulary.MEASURES)
    Mode = _enum(
        "Mode", vocabulary.MODES, "How someone took part: in person, by video or phone, or through a representative."
    )
    MeetingForm = _enum("MeetingForm", vocabulary.MEETING_FORMS)
    AgreementStatus = _enum("AgreementStatus", vocabulary.AGREEMENT_STATUSES)
    PartnershipChange = _enum("PartnershipChange", vocabulary.PARTNERSHIP_CHANGES)
    OfficeRole = _enum(
        "OfficeRole", vocabulary.OFFICE_ROLES, "What an office is: head of state, of government, foreign minister."
    )


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
    """A value for one field (or a nested value: ``amount.value``) that another source gives differently."""

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


class KnowledgeBase(Strict):
    """What a knowledge base is called and which others it extends (at most one per knowledge base)."""

    id: Id
    title: ShortText | None = None
    extends: list[Id] = Field(default_factory=list)
    """The ids of the knowledge bases whose records this one refers to or annotates (``bundled``)."""
    note: Text | None = None
    _origin: Origin | None = PrivateAttr(default=None)


class Country(Record):
    """A country, keyed by its code, with the names people use for it."""

    id: Annotated[CountryCode, Ref(COUNTRY)]
    name: ShortText
    aliases: list[ShortText] = Field(default_factory=list)
    wikidata: WikidataId | None = None
    """The country's Wikidata item: ``Q`` and digits."""


class Office(Strict):
    """A post a person held, in a country or an organization."""

    SPAN = ("start", "end")
    title: ShortText
    country: Annotated[CountryCode | None, Ref(COUNTRY)] = None
    organization: Annotated[Id | None, Ref("organizations")] = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    roles: list[OfficeRole] = Field(default_factory=list)
    """What the office is (``head-of-state``, ``head-of-government``, ``foreign-minister``); where not given,
    panels read it from the title's words (a president: head of state; a prime minister: head of government)."""
    citations: list[Citation] = Field(default_factory=list)


class Person(Record):
    """A leader, official or other person: of a country, or of an organization (the head of a UN body)."""

    name: ShortText
    surname: ShortText | None = None
    """The family name when it is not the last word of ``name`` (``Xi`` in ``Xi Jinping``)."""
    aliases: list[ShortText] = Field(default_factory=list)
    country: Annotated[CountryCode | None, Ref(COUNTRY)] = None
    organization: Annotated[Id | None, Ref("organizations")] = None
    """For a person the sources name by an organization rather than a country."""
    offices: list[Office] = Field(default_factory=list)
    wikidata: WikidataId | None = None
    """The person's Wikidata item: ``Q`` and digits."""

    @model_validator(mode="after")
    def _belongs_somewhere(self) -> Person:
        if self.country is None and self.organization is None:
            raise ValueError("a person needs a country or an organization; add 'country:' or 'organization:'")
        return self


class Organization(Record):
    """An organization, forum, negotiating group, region, delegation or company that acts as a party."""

    name: ShortText
    short_name: ShortText | None = None
    aliases: list[ShortText] = Field(default_factory=list)
    kind: OrganizationKind
    wikidata: WikidataId | None = None
    """The organization's Wikidata item."""


class Attendance(Strict):
    """One person's attendance at an event, and how they took part."""

    person: Annotated[Id, Ref("people")]
    mode: Mode = Field(default="in-person", validate_default=True)
    representative: Annotated[Id | None, Ref("people")] = None
    """Who went in their place, for mode ``representative``."""
    citations: list[Citation] = Field(default_factory=list)


class Event(Record):
    """A multilateral meeting or another occasion: a summit, a forum, a ceremony, an address."""

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
    """People who attended in person."""
    attendance: list[Attendance] = Field(default_factory=list)
    """Attendance in more detail: by video, or through a representative."""
    wikidata: WikidataId | None = None
    """The event's Wikidata item, where it has one."""

    def states_facts(self) -> bool:
        """Whether the record's dates say what happened: a planned event's dates may lie in the future."""
        return self.status != "planned"


class Coordinates(Strict):
    """A point on the globe, in degrees."""

    lat: Annotated[float, Field(ge=-90, le=90)]
    lon: Annotated[float, Field(ge=-180, le=180)]


class Stop(Strict):
    """A city of a leg with its own dates: two days in the capital, then a port city."""

    SPAN = ("start", "end")
    city: ShortText
    start: When = None
    end: When = None
    coordinates: Coordinates | None = None
    citations: list[Citation] = Field(default_factory=list)


class Visit(Record):
    """One leg of a trip: a stay in one country."""

    SPAN = ("start", "end")
    country: Annotated[CountryCode, Ref(COUNTRY)]
    country_label: ShortText | None = None
    """The country's name as the source gives it, where it differs from today's ("U.S.S.R.")."""
    cities: list[ShortText] = Field(default_factory=list)
    stops: list[Stop] = Field(default_factory=list)
    """The cities with their own dates, where the sources give them; the leg's dates follow from them."""
    types: Annotated[list[VisitType], Field(min_length=1)]
    mode: Mode = Field(default="in-person", validate_default=True)
    status: EventStatus = Field(default="held", validate_default=True)
    """``planned`` for a visit announced and not (yet) known to have happened; its dates may lie ahead."""
    start: When = None
    end: When = None
    events: Annotated[list[Id], Ref("events")] = Field(default_factory=list)

    def states_facts(self) -> bool:
        """Whether the leg's dates say what happened: a planned visit's dates may lie in the future."""
        return self.status != "planned"


class Trip(Record):
    """One leader's journey abroad, made of legs."""

    SPAN = ("start", "end")
    leader: Annotated[Id, Ref("people")]
    title: ShortText
    description: Text | None = None
    departed: When = None
    """The day the leader left home, where a source gives it (it may be a day before the first leg)."""
    start: When = None
    """The first day abroad."""
    end: When = None
    """The last day abroad."""
    returned: When = None
    """The day the leader was back home, where a source gives it."""
    legs: Annotated[list[Visit], Field(min_length=1)]

    def states_facts(self) -> bool:
        """A trip of planned legs only is a plan: its dates may lie in the future."""
        return any(leg.status != "planned" for leg in self.legs)


class Meeting(Record):
    """Who met whom: talks, a sideline meeting, a courtesy call, a banquet, a call by phone or video."""

    SPAN = ("start", "end")
    people: Annotated[list[Id], Ref("people"), Field(min_length=1)]
    organizations: Annotated[list[Id], Ref("organizations")] = Field(default_factory=list)
    """Delegations or bodies met as such, beside the people."""
    form: MeetingForm = Field(default="talks", validate_default=True)
    country: Annotated[CountryCode | None, Ref(COUNTRY)] = None
    city: ShortText | None = None
    start: When = None
    end: When = None
    visit: Annotated[Id | None, Ref("visits")] = None
    """The leg during which it took place."""
    event: Annotated[Id | None, Ref("events")] = None
    """The event on whose sidelines it took place."""
    topics: list[ShortText] = Field(default_factory=list)

    @model_validator(mode="after")
    def _two_sides(self) -> Meeting:
        if len(self.people) + len(self.organizations) < 2:
            raise ValueError("a meeting needs two sides: at least two people, or a person and an organization")
        return self


class Relation(Record):
    """Diplomatic relations between two countries."""

    SPAN = ("established", "ended")
    countries: Annotated[list[CountryCode], Ref(COUNTRY), Field(min_length=2, max_length=2)]
    established: Annotated[PartialDate, FACT]
    ended: Annotated[PartialDate | None, FACT] = None
    """When relations were broken off (a former state's relations end with it without saying so)."""


class Level(Strict):
    """A partnership level a knowledge base declares: its rank, and the wordings that mean it.

    A declaration of the knowledge base's vocabulary, not a fact: citations are welcome, not required.
    """

    id: Id
    name: ShortText
    rank: Annotated[int, Field(ge=0)]
    """Higher is more elevated; two levels of one rank are equal (an upgrade raises the rank)."""
    labels: list[ShortText] = Field(default_factory=list)
    """Wordings sources use for this level ("comprehensive strategic partnership")."""
    note: Text | None = None
    citations: list[Citation] = Field(default_factory=list)
    _origin: Origin | None = PrivateAttr(default=None)


class LevelQualifier(Strict):
    """Words that sit beside a level without changing its rank ("for a new era", "all-weather")."""

    id: Id
    name: ShortText
    wordings: list[ShortText] = Field(default_factory=list)
    note: Text | None = None
    citations: list[Citation] = Field(default_factory=list)
    _origin: Origin | None = PrivateAttr(default=None)


class Partnership(Record):
    """A partnership at one level between two parties; its history chains through ``upgraded_from``."""

    parties: Annotated[list[PartyRef], Ref(PARTY), Field(min_length=2, max_length=2)]
    level: Annotated[Id, Ref("partnership_levels", soft=True)]
    """The id of a level the knowledge bases declare (an undeclared one is a warning: its rank is unknown)."""
    label: ShortText
    """The wording the sources use, verbatim."""
    qualifiers: Annotated[list[Id], Ref("partnership_qualifiers", soft=True)] = Field(default_factory=list)
    change: PartnershipChange | None = None
    """What happened: established, upgraded, relabelled or reaffirmed."""
    since: When = None
    upgraded_from: Annotated[Id | None, Ref("partnerships")] = None
    """The previous stage of this pair's partnership (whatever the change)."""
    announced_during: Annotated[Id | None, Ref("visits")] = None
    """The visit during which the level was agreed."""
    instrument: ShortText | None = None
    """How it was agreed, e.g. a joint statement."""


class Count(Strict):
    """How many documents a count claim covers."""

    value: Annotated[int, Field(ge=0)]
    qualifier: Qualifier = Field(default="exact", validate_default=True)
    wording: ShortText | None = None
    """The source's own words, where they say more than the number ("about a dozen")."""


class Amount(Strict):
    """A figure with its unit: 500 billion USD, 2 times, 50 percent."""

    value: Annotated[float, Field(ge=0)]
    scale: Scale = Field(default="one", validate_default=True)
    unit: ShortText
    """A currency code (USD, CNY) or a unit (tonnes, aircraft, percent, times)."""
    qualifier: Qualifier = Field(default="exact", validate_default=True)
    wording: ShortText | None = None
    """The source's own words ("deals worth tens of billions of dollars")."""


class Agreement(Record):
    """A signed (or expected) agreement, or a claim about how many ('more than 40 documents')."""

    title: ShortText
    parties: Annotated[list[PartyRef], Ref(PARTY), Field(min_length=1)]
    """Countries and organizations; a summit declaration may have its forum as its only party."""
    count: Count | None = None
    """Present for a count claim; absent for a single agreement."""
    amount: Amount | None = None
    """What the agreement or the documents counted are worth, where a source says."""
    scope: ShortText | None = None
    domains: list[ShortText] = Field(default_factory=list)
    status: AgreementStatus = Field(default="signed", validate_default=True)
    signed: When = None
    in_force: When = None
    signatories: Annotated[list[Id], Ref("people")] = Field(default_factory=list)
    trip: Annotated[Id | None, Ref("trips")] = None
    visit: Annotated[Id | None, Ref("visits")] = None
    event: Annotated[Id | None, Ref("events")] = None
    visits: Annotated[list[Id], Ref("visits")] = Field(default_factory=list)
    """More legs it belongs to (agreed during one, signed during another)."""
    events: Annotated[list[Id], Ref("events")] = Field(default_factory=list)

    def states_facts(self) -> bool:
        """An agreement only expected has no date of signing to state."""
        return self.status != "expected"


class Baseline(Strict):
    """The figure a pledge starts from: in the goal's scale and unit, or (for a goal in percent or
    times) in its own ``scale`` and ``unit``."""

    value: Annotated[float, Field(ge=0)]
    scale: Scale | None = None
    unit: ShortText | None = None
    period: PartialDate
    citations: Annotated[list[Citation], Field(min_length=1)]


class Observation(Strict):
    """A figure observed for a target's metric, kept inside the target (the older form; see Figure)."""

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


class Figure(Record):
    """An observed value of a metric (trade, exports, investment stock) for some parties over a period."""

    SPAN = ("period_start", "period_end")
    metric: ShortText
    """What is measured, in a few words the knowledge base uses consistently (``trade``)."""
    parties: Annotated[list[PartyRef], Ref(PARTY), Field(min_length=1)]
    """A pair, a country and a bloc, or one country; for a directional metric (exports) the first
    party is the one it flows from."""
    period_start: Annotated[PartialDate, FACT]
    period_end: PartialDate | None = None
    """Absent when the period is exactly ``period_start``; a year to date runs from January."""
    value: Amount
    change_percent: float | None = None
    """A change the source gives with it ("up 12.3 %": 12.3; down: negative)."""
    compared_with: ShortText | None = None
    """What the change is against ("the same period of the previous year")."""
    basis: ShortText | None = None
    """Whose statistics (China customs, the partner's statistics office)."""
    reported: When = None
    """When the figure was published; it counts for a pledge's status only from then on."""


class Target(Record):
    """A pledge: a target by a deadline, a change against a baseline, a commitment of an amount, a programme.

    Its shape follows from what it has: a metric and an absolute goal (target); a goal in
    percent or times of a baseline (relative); a goal and no metric (commitment); no goal
    (programme). Progress is measured by the figures of its metric for its parties.
    """

    title: ShortText
    parties: Annotated[list[PartyRef], Ref(PARTY), Field(min_length=1)]
    metric: ShortText | None = None
    measure: Measure | None = None
    goal: Amount | None = None
    deadline: PartialDate | None = None
    announced: PartialDate | None = None
    announced_by: Annotated[Id | None, Ref("people")] = None
    announced_at: Annotated[Id | None, Ref("events")] = None
    announced_during: Annotated[Id | None, Ref("visits")] = None
    baseline: Baseline | None = None
    observations: list[Observation] = Field(default_factory=list)
    """Figures kept inside the target, the older form: ``visitkb upgrade`` moves them to figures."""

    @model_validator(mode="after")
    def _measurable(self) -> Target:
        if self.goal is not None and self.goal.unit in vocabulary.RELATIVE_UNITS and self.metric is None:
            raise ValueError(f"a goal in {self.goal.unit} is relative to a metric; add 'metric:'")
        if self.metric is not None and self.goal is not None and self.measure is None:
            raise ValueError("a goal for a metric needs 'measure: annual' or 'measure: cumulative'")
        relative = self.goal is not None and self.goal.unit in vocabulary.RELATIVE_UNITS
        if relative and self.goal is not None and self.baseline is not None and self.baseline.unit is None:
            raise ValueError(f"a goal in {self.goal.unit} is measured from its baseline; give the baseline's 'unit:'")
        return self


class Annotation(Record):
    """Citations, claims and notes added to a record that another knowledge base defines."""

    kind: ShortText
    """The kind of the record annotated (trip, visit, event, ...)."""
    record: Annotated[Id, Ref(kind_field="kind")]
    """Its id."""

    @model_validator(mode="after")
    def _known_kind(self) -> Annotation:
        from . import kinds

        kind = kinds.by_name(self.kind)
        if kind is None or not kind.identified or kind.collection == "annotations":
            names = [k.name for k in kinds.identified() if k.collection != "annotations"]
            raise ValueError(f"cannot annotate a {self.kind!r}; name one of: {', '.join(names)}")
        return self
