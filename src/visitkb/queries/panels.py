"""Panels for statistical work: counts by country and year, and by visitor, host and year (dyad-year).

Both panels count the same things the same way: legs (visits made and received), the days
a leader spent on them, meetings, agreements as records and as the documents they hold,
and, kept apart from what happened, visits planned and agreements only expected. Every
row carries the keys other datasets join on (ISO 3166 alpha-3 and numeric, COW number and
abbreviation: see ``names.CountryKeys``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from ..dates import PartialDate
from ..errors import UsageError
from ..kb import KnowledgeBase
from ..names import country_keys, country_name, existed, is_country_ref
from ..records import Record
from ..vocabulary import OFFICE_ROLES, OFFICE_TITLE_ROLES
from .agreements import agreement_span
from .common import Row, parse_day
from .directory import countries
from .eventcodes import agreement_dyads, is_multilateral_only
from .meetings import meeting_place, meeting_span
from .trips import leg_spans

COUNTRY_YEAR_COUNTS = (
    "visits_made",
    "visits_received",
    "days_abroad",
    "days_hosted",
    "meetings",
    "meetings_hosted",
    "agreements",
    "documents",
    "documents_at_least",
    "events_hosted",
    "visits_planned_made",
    "visits_planned_received",
    "agreements_expected",
    "documents_expected",
    "events_planned",
)
"""The columns of a country-year row after its country's keys and its year."""

DYAD_YEAR_COUNTS = (
    "visits",
    "days",
    "meetings",
    "agreements",
    "documents",
    "documents_at_least",
    "visits_planned",
    "agreements_expected",
    "documents_expected",
)
"""The columns of a dyad-year row after its two countries' keys and its year."""

KEY_COLUMNS = ("iso3", "iso_numeric", "cow_code", "cow_abb")
"""The join keys every country in a panel row carries beside its code and name."""

LOWER_BOUNDS = ("more-than", "at-least")
"""Qualifiers of a count that make it a floor: the documents column is then "at least"."""


# --- who counts --------------------------------------------------------------------


@lru_cache(maxsize=256)
def _title_roles(title: str) -> frozenset[str]:
    text = title.casefold()
    for pattern, role in OFFICE_TITLE_ROLES:
        if re.search(pattern, text):
            return frozenset({role})
    return frozenset()


def office_roles(office: Record) -> frozenset[str]:
    """What an office is: its ``roles``, else what its title's words say (see ``vocabulary.OFFICE_TITLE_ROLES``)."""
    return frozenset(office.get("roles") or ()) or _title_roles(office["title"])


def held_office(person: Record | None, role: str, day: PartialDate | None) -> bool:
    """Whether a person held an office of this role (in a country) on a day (any day, when the day is unknown)."""
    if person is None:
        return False
    for office in person.get("offices") or []:
        if office.get("organization") and not office.get("country"):
            continue
        if role not in office_roles(office):
            continue
        start, end = parse_day(office.get("start")), parse_day(office.get("end"))
        if day is None or (
            (start is None or start.earliest() <= day.latest()) and (end is None or end.latest() >= day.earliest())
        ):
            return True
    return False


def check_office(office: str | None) -> str | None:
    """The office asked for, checked against the known roles."""
    if office is not None and office not in OFFICE_ROLES:
        raise UsageError(f"unknown office {office!r}; use one of: {', '.join(OFFICE_ROLES)}")
    return office


class _Counted:
    """The legs, meetings and agreements a panel counts, each with its year and sides."""

    def __init__(self, kb: KnowledgeBase, office: str | None, exclude_multilateral: bool):
        self.kb = kb
        self.office = check_office(office)
        self.exclude_multilateral = exclude_multilateral
        self.people = {p["id"]: p for p in kb.records("people")}

    def counts(self, person_id: str, day: PartialDate | None) -> bool:
        """Whether a person's acts count under the office asked for."""
        return self.office is None or held_office(self.people.get(person_id), self.office, day)

    def country_of(self, person_id: str) -> str | None:
        """The country a person belongs to (None for a person of an organization)."""
        person = self.people.get(person_id)
        return person.get("country") if person else None

    def legs(self) -> Iterator[tuple[str, str, PartialDate, list[dt.date], bool, str]]:
        """(visitor, host, start, the days it covered, planned, leader) for every leg counted, in person."""
        for trip in self.kb.records("trips"):
            visitor = self.country_of(trip["leader"])
            if visitor is None:
                continue
            for leg, (start, end, derived) in zip(trip["legs"], leg_spans(trip), strict=True):
                if start is None or leg.get("mode", "in-person") != "in-person" or leg["country"] == visitor:
                    continue
                if self.exclude_multilateral and is_multilateral_only(leg):
                    continue
                if not self.counts(trip["leader"], start):
                    continue
                days: list[dt.date] = []
                own = not (derived == "trip" and not leg["start"])  # a leg with no date of its own: days unknown
                if own and start.precision == "day" and end is not None and end.precision == "day":
                    first, last = start.earliest(), end.latest()
                    days = [first + dt.timedelta(n) for n in range((last - first).days + 1)]
                yield visitor, leg["country"], start, days, leg.get("status", "held") == "planned", trip["leader"]

    def meetings(self) -> Iterator[tuple[int, list[str], list[str], str | None]]:
        """(year, the countries whose people counted under the office took part, the countries of everyone
        who met, where) for every meeting in which someone counted took part."""
        for meeting in self.kb.records("meetings"):
            start, _, _ = meeting_span(self.kb, meeting)
            if start is None:
                continue
            sides: list[str] = []
            counted: list[str] = []
            for person_id in meeting["people"]:
                country = self.country_of(person_id)
                if country is None:
                    continue
                if country not in sides:
                    sides.append(country)
                if country not in counted and self.counts(person_id, start):
                    counted.append(country)
            if counted:
                yield start.year, counted, sides, meeting_place(self.kb, meeting)

    def agreements(self) -> Iterator[tuple[int, list[str], list[tuple[str, str]], int, bool, bool]]:
        """(year, country parties, the pairs it is between, documents, whether the number is a floor,
        whether only expected) for every agreement with a date."""
        for agreement in self.kb.records("agreements"):
            start, _, _ = agreement_span(self.kb, agreement)
            if start is None:
                continue
            count = agreement["count"]
            parties = [p for p in agreement["parties"] if is_country_ref(p)]
            yield (
                start.year,
                parties,
                agreement_dyads(self.kb, agreement),
                count["value"] if count else 1,
                bool(count and count["qualifier"] in LOWER_BOUNDS),
                agreement.get("status", "signed") == "expected",
            )


def _keys(code: str, prefix: str = "") -> Row:
    """A country's join keys as panel columns (``visitor_iso3``, ...)."""
    keys = country_keys(code)
    return {
        f"{prefix}iso3": keys.iso3,
        f"{prefix}iso_numeric": keys.iso_numeric,
        f"{prefix}cow_code": keys.cow_code,
        f"{prefix}cow_abb": keys.cow_abb,
    }


class _Years:
    """The years a panel covers: from ``since`` to ``until`` where given, else those of what it counts."""

    def __init__(self, since: int | None, until: int | None):
        if since is not None and until is not None and since > until:
            raise UsageError(f"--since {since} is after --until {until}; no year falls between them")
        self.since, self.until = since, until

    def admits(self, year: int) -> bool:
        """Whether a year is in the panel."""
        return (self.since is None or year >= self.since) and (self.until is None or year <= self.until)

    def fill(self, counts: dict, units: set, make: Callable[..., Row], dense: bool) -> list[Row]:
        """Rows in order; with ``dense``, every unit (a country, or a dyad: a tuple of codes) for every year
        in which all its countries existed, zeros included."""
        if dense and (counts or (self.since is not None and self.until is not None)):
            first = self.since if self.since is not None else min(key[-1] for key in counts)
            last = self.until if self.until is not None else max(key[-1] for key in counts)
            for unit in units:
                for year in range(first, last + 1):
                    if all(existed(code, year) for code in unit):
                        make(*unit, year)
        return [counts[key] for key in sorted(counts)]


# --- the panels --------------------------------------------------------------------


def country_year_panel(
    kb: KnowledgeBase,
    dense: bool = True,
    office: str | None = None,
    exclude_multilateral: bool = False,
    since: int | None = None,
    until: int | None = None,
) -> list[Row]:
    """One row per country and year: visits made and received (in person) and the days they lasted,
    meetings, agreements signed and the documents they hold, events hosted; planned visits,
    agreements only expected and planned events in columns of their own.

    ``office`` counts only legs and meetings of people holding that office at the time
    (``head-of-state``, ``head-of-government``, ``foreign-minister``); ``exclude_multilateral``
    leaves out legs made only to attend a multilateral meeting. ``documents`` counts one per
    single agreement and the number a count claim gives, and ``documents_at_least`` is 1 where
    one of those numbers is "more than" or "at least" (the sum is then a floor). ``days_abroad``
    counts the distinct days (per leader) covered by legs known to the day. Dense (the default),
    every country the knowledge base names (those ``countries`` lists) has a row for every year it
    existed, from the first year counted to the last (or ``since`` to ``until``), zeros included;
    with ``dense=False``, only rows with something counted.
    """
    counted = _Counted(kb, office, exclude_multilateral)
    years = _Years(since, until)
    counts: dict[tuple[str, int], Row] = {}

    def row(code: str, year: int) -> Row:
        return counts.setdefault(
            (code, year),
            {
                "country": code,
                "name": country_name(code, kb),
                **_keys(code),
                "year": year,
                **dict.fromkeys(COUNTRY_YEAR_COUNTS, 0),
            },
        )

    wanted = years.admits
    abroad: dict[tuple[str, int], set] = {}
    hosted: dict[tuple[str, int], set] = {}
    for visitor, host, start, days, planned, leader in counted.legs():
        if wanted(start.year):
            row(visitor, start.year)["visits_planned_made" if planned else "visits_made"] += 1
            row(host, start.year)["visits_planned_received" if planned else "visits_received"] += 1
        if planned:
            continue
        for day in days:
            if wanted(day.year):
                abroad.setdefault((visitor, day.year), set()).add((leader, day))
                hosted.setdefault((host, day.year), set()).add((leader, day))
    for (code, year), seen in abroad.items():
        row(code, year)["days_abroad"] = len(seen)
    for (code, year), seen in hosted.items():
        row(code, year)["days_hosted"] = len(seen)
    for year, sides, _, place in counted.meetings():
        if not wanted(year):
            continue
        for side in sides:
            row(side, year)["meetings"] += 1
        if place and is_country_ref(place):
            row(place, year)["meetings_hosted"] += 1
    for year, parties, _, documents, floor, expected in counted.agreements():
        if not wanted(year):
            continue
        for party in parties:
            entry = row(party, year)
            entry["agreements_expected" if expected else "agreements"] += 1
            entry["documents_expected" if expected else "documents"] += documents
            if floor and not expected:
                entry["documents_at_least"] = 1
    for event in kb.records("events"):
        held_on = parse_day(event["start"])
        if event["host"] and held_on is not None and wanted(held_on.year):
            column = "events_planned" if event["status"] == "planned" else "events_hosted"
            row(event["host"], held_on.year)[column] += 1
    every = {(c,) for c, _ in counts} | ({(r["code"],) for r in countries(kb)} if dense else set())
    return years.fill(counts, every, row, dense)


def dyad_year_panel(
    kb: KnowledgeBase,
    dense: bool = True,
    office: str | None = None,
    exclude_multilateral: bool = False,
    since: int | None = None,
    until: int | None = None,
) -> list[Row]:
    """One row per visitor, host and year (a directed dyad): the visitor's visits to the host and their
    days, and planned visits; meetings between people of the two and agreements between them (and
    the documents they hold), which have no direction and count in both rows of a pair.

    Options as for :func:`country_year_panel`; dense, every dyad with something counted in some year
    has a row for every year in which both its countries existed.
    """
    counted = _Counted(kb, office, exclude_multilateral)
    years = _Years(since, until)
    counts: dict[tuple[str, str, int], Row] = {}

    def row(visitor: str, host: str, year: int) -> Row:
        return counts.setdefault(
            (visitor, host, year),
            {
                "visitor": visitor,
                "visitor_name": country_name(visitor, kb),
                **_keys(visitor, "visitor_"),
                "host": host,
                "host_name": country_name(host, kb),
                **_keys(host, "host_"),
                "year": year,
                **dict.fromkeys(DYAD_YEAR_COUNTS, 0),
            },
        )

    wanted = years.admits
    days_of: dict[tuple[str, str, int], set] = {}
    for visitor, host, start, days, planned, leader in counted.legs():
        if wanted(start.year):
            row(visitor, host, start.year)["visits_planned" if planned else "visits"] += 1
        if not planned:
            for day in days:
                if wanted(day.year):
                    days_of.setdefault((visitor, host, day.year), set()).add((leader, day))
    for (visitor, host, year), seen in days_of.items():
        row(visitor, host, year)["days"] = len(seen)
    for year, sides, everyone, _ in counted.meetings():
        if wanted(year):
            met = {pair for a in sides for b in everyone if a != b for pair in ((a, b), (b, a))}
            for a, b in sorted(met):
                row(a, b, year)["meetings"] += 1
    for year, _, pairs, documents, floor, expected in counted.agreements():
        if not wanted(year):
            continue
        for a, b in pairs:
            entry = row(a, b, year)
            entry["agreements_expected" if expected else "agreements"] += 1
            entry["documents_expected" if expected else "documents"] += documents
            if floor and not expected:
                entry["documents_at_least"] = 1
    return years.fill(counts, {(v, h) for v, h, _ in counts}, row, dense)


PANELS = {"country-year": country_year_panel, "dyad-year": dyad_year_panel}
"""Every panel by the name ``export --panel`` takes."""
