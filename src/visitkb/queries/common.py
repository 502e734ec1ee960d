"""Pieces every query shares: reading dates, referring to countries, people and events, and numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, NamedTuple

from ..dates import PartialDate, PartialDateError, overlaps, parse_optional
from ..errors import UsageError
from ..kb import KnowledgeBase
from ..names import country_keys, country_name, is_country_ref, party_name, predecessors, resolve_country
from ..records import Record
from ..vocabulary import SCALES, describe

Row = dict[str, Any]
"""A JSON-ready result row: plain values, lists and dicts."""

# --- dates ---------------------------------------------------------------------------


def date_text(value: PartialDate | None) -> str | None:
    """A date as ISO text (YYYY, YYYY-MM or YYYY-MM-DD), or None."""
    return value.isoformat() if value else None


def parse_day(text: str | None) -> PartialDate | None:
    """A stored ISO date (records keep dates as text) as a PartialDate, or None."""
    return parse_optional(text)


def required_day(text: str) -> PartialDate:
    """A stored ISO date of a field the schema requires (a deadline, the day relations began)."""
    day = parse_optional(text)
    assert day is not None  # only None gives None
    return day


def as_date(value: str | PartialDate | None) -> PartialDate | None:
    """A date a user gave (text or a PartialDate); text that is not a date is a usage error."""
    if value is None:
        return None
    try:
        return PartialDate.coerce(value)
    except PartialDateError as exc:
        raise UsageError(str(exc)) from None


def date_range(
    since: str | PartialDate | None, until: str | PartialDate | None
) -> tuple[PartialDate | None, PartialDate | None]:
    """The dates a user gave as --since and --until; a since after the until is a usage error."""
    first, last = as_date(since), as_date(until)
    if first is not None and last is not None and first.earliest() > last.latest():
        raise UsageError(f"--since {first} is after --until {last}; nothing can fall between them")
    return first, last


def year_date(value: int | None) -> PartialDate | None:
    """A year as a (year-precise) PartialDate, or None."""
    return PartialDate(value) if value is not None else None


class DateFilter(NamedTuple):
    """What --year, --since and --until ask for, parsed once: the days to read, and whether a span meets them."""

    year: PartialDate | None
    since: PartialDate | None
    until: PartialDate | None

    @classmethod
    def of(cls, year: int | None, since: str | PartialDate | None, until: str | PartialDate | None) -> DateFilter:
        """The filter for a year and a range a user gave (a since after the until is a usage error)."""
        first, last = date_range(since, until)
        return cls(year_date(year), first, last)

    def days(self) -> tuple[str | None, str | None] | None:
        """The days a record must touch to be read at all (see :func:`day_span`)."""
        return day_span(self.year, self.since, self.until)

    def admits(self, start: PartialDate | None, end: PartialDate | None) -> bool:
        """Whether a span from ``start`` to ``end`` falls in the year and meets the range."""
        if self.year and not overlaps(start, end, self.year, self.year):
            return False
        return not (self.since or self.until) or overlaps(start, end, self.since, self.until)


def day_span(*spans: PartialDate | None) -> tuple[str | None, str | None] | None:
    """The days that every given date (a year, a since, an until) allows, to narrow reading."""
    given = [s for s in spans if s is not None]
    if not given:
        return None
    year, since, until = spans
    first = max([d.earliest() for d in (year, since) if d is not None], default=None)
    last = min([d.latest() for d in (year, until) if d is not None], default=None)
    return (first.isoformat() if first else None, last.isoformat() if last else None)


def as_of_day(as_of: str | dt.date | None) -> dt.date:
    """The day an 'as of' date means: its last day (default: today)."""
    if as_of is None:
        return dt.date.today()
    if isinstance(as_of, dt.date):
        return as_of
    date = as_date(as_of)
    assert date is not None
    return date.latest()


# --- countries asked for --------------------------------------------------------------


def country_scope(kb: KnowledgeBase, country: str | None, with_predecessors: bool = False) -> set[str] | None:
    """The codes a country filter means: the country, and with ``with_predecessors`` the former
    states whose territory passed to it (the Soviet Union for Russia); None for no filter."""
    if not country:
        return None
    code = resolve_country(kb, country)
    return {code, *predecessors(code)} if with_predecessors else {code}


# --- references to other records ------------------------------------------------------


def country_ref(kb: KnowledgeBase, code: str) -> Row:
    """A country as ``{"code", "name"}`` with the keys other datasets join on (ISO 3166 alpha-2, alpha-3,
    numeric, ISO 3166-3 for a former state, COW number and abbreviation: see ``names.CountryKeys``)."""
    return {"code": code, "name": country_name(code, kb), **country_keys(code).as_row()}


def organization_ref(kb: KnowledgeBase, organization_id: str | None) -> Row | None:
    """An organization as ``{"id", "name"}``, or None."""
    if organization_id is None:
        return None
    organization = kb.get("organizations", organization_id)
    return {"id": organization_id, "name": organization["name"] if organization else organization_id}


def party_ref(kb: KnowledgeBase, ref: str) -> Row:
    """A party as ``{"code", "name"}``: a country with its keys (see :func:`country_ref`), or an organization."""
    if is_country_ref(ref):
        return country_ref(kb, ref)
    return {"code": ref, "name": party_name(ref, kb)}


def person_ref(kb: KnowledgeBase, person_id: str | None) -> Row | None:
    """A person as ``{"id", "name"}``, or None."""
    if person_id is None:
        return None
    person = kb.get("people", person_id)
    return {"id": person_id, "name": person["name"] if person else person_id}


def event_ref(kb: KnowledgeBase, event_id: str | None) -> Row | None:
    """An event as ``{"id", "name"}``, or None."""
    if event_id is None:
        return None
    event = kb.get("events", event_id)
    return {"id": event_id, "name": event["name"] if event else event_id}


# --- numbers -------------------------------------------------------------------------


def format_number(value: float) -> str:
    """A number without a needless '.0': 500, 261.2."""
    return f"{value:,.10g}" if value != int(value) else f"{int(value):,}"


def format_amount(value: float, amount: Row, qualifier: str = "exact") -> str:
    """A figure in the target's scale and unit: 'more than 500 billion USD'."""
    scale = "" if amount["scale"] == "one" else f" {amount['scale']}"
    return describe(qualifier, format_number(value)) + f"{scale} {amount['unit']}"


def amount_row(amount: Row | None) -> Row | None:
    """An amount as a JSON-ready row with its text ('more than 500 billion USD') and its value in units."""
    if amount is None:
        return None
    return {
        **amount,
        "amount": amount["value"] * SCALES[amount["scale"]],
        "text": format_amount(amount["value"], amount, amount.get("qualifier", "exact")),
    }


def meeting_place(kb: KnowledgeBase, meeting: Record) -> str | None:
    """Where a meeting took place: its own country, else its leg's or its event's host."""
    if meeting["country"]:
        return meeting["country"]
    if meeting["visit"] and (leg := kb.get("visits", meeting["visit"])):
        return leg["country"]
    if meeting["event"] and (event := kb.get("events", meeting["event"])):
        return event["host"]
    return None


class LeaderRecords(NamedTuple):
    """What names a leader, read through the index: their trips, their meetings, and every event
    they attended (named as a participant, listed by one of their legs, or where they met someone)."""

    trips: list[Record]
    meetings: list[Record]
    events: dict[str, Record]

    def naming(self) -> dict[str, Iterable[str]]:
        """The ids other records name them by (``kb.records(..., naming=...)``): trips, legs, events."""
        return {
            "trips": [trip["id"] for trip in self.trips],
            "visits": [leg["id"] for trip in self.trips for leg in trip["legs"]],
            "events": list(self.events),
        }


def leader_records(kb: KnowledgeBase, leader_id: str) -> LeaderRecords:
    """The records that name a leader or that a leader's records name (see :class:`LeaderRecords`)."""
    person = f"person:{leader_id}"
    trips = list(kb.records("trips", person))
    meetings = list(kb.records("meetings", person))
    events = {event["id"]: event for event in kb.records("events", person)}
    named = {e for trip in trips for leg in trip["legs"] for e in leg["events"]}
    named |= {meeting["event"] for meeting in meetings if meeting["event"]}
    for event_id in sorted(named - events.keys()):
        if (event := kb.get("events", event_id)) is not None:
            events[event_id] = event
    return LeaderRecords(trips, meetings, events)
