"""Queries: pure functions from a KnowledgeBase to JSON-ready rows (dicts of plain values).

The CLI renders exactly these rows, so ``--format json`` equals what these return.
Names given by users (leaders, countries) are resolved here; an unknown or
ambiguous name raises :class:`visitkb.names.UnknownName` / :class:`AmbiguousName`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .dates import PartialDate, overlaps
from .kb import KnowledgeBase
from .models import (
    Agreement,
    Amount,
    Citation,
    Measure,
    Observation,
    Qualifier,
    Scale,
    Target,
    Trip,
)
from .names import country_name, normalize, party_name, resolve_country, resolve_leader

Row = dict[str, Any]
TARGET_STATUSES = ("met", "on-track", "behind", "missed", "unknown")


# --- shared pieces -----------------------------------------------------------------

def _date(value: PartialDate | None) -> str | None:
    return value.isoformat() if value else None


def _country(kb: KnowledgeBase, code: str) -> Row:
    return {"code": code, "name": country_name(code, kb)}


def _party(kb: KnowledgeBase, ref: str) -> Row:
    return {"code": ref, "name": party_name(ref, kb)}


def _person(kb: KnowledgeBase, person_id: str | None) -> Row | None:
    if person_id is None:
        return None
    person = kb.get("people", person_id)
    return {"id": person_id, "name": person.name if person else person_id}


def _event(kb: KnowledgeBase, event_id: str | None) -> Row | None:
    if event_id is None:
        return None
    event = kb.get("events", event_id)
    return {"id": event_id, "name": event.name if event else event_id}


def citation_rows(kb: KnowledgeBase, citations: list[Citation]) -> list[Row]:
    """Citations with their sources' publisher, date and URL filled in."""
    rows = []
    for citation in citations:
        source = kb.get("sources", citation.source)
        rows.append({
            "source": citation.source,
            "publisher": source.publisher if source else None,
            "date": _date(source.date) if source else None,
            "url": source.url if source else None,
            "excerpt": citation.excerpt,
            "note": citation.note,
            "derived": citation.derived,
            "supports": list(citation.supports),
        })
    return rows


def _source_ids(*citation_lists: list[Citation]) -> list[str]:
    seen: list[str] = []
    for citations in citation_lists:
        for citation in citations:
            if citation.source not in seen:
                seen.append(citation.source)
    return seen


def _claims(record) -> list[Row]:
    return [{"field": claim.field, "value": claim.value, "note": claim.note,
             "sources": _source_ids(claim.citations)} for claim in record.claims]


def _parse_date(value: str | PartialDate | None) -> PartialDate | None:
    return PartialDate.coerce(value) if value is not None else None


def _year(value: int | None) -> PartialDate | None:
    return PartialDate(value) if value is not None else None


SCALE_FACTORS = {Scale.one: 1, Scale.thousand: 1e3, Scale.million: 1e6,
                 Scale.billion: 1e9, Scale.trillion: 1e12}


def format_number(value: float) -> str:
    """A number without a needless '.0': 500, 261.2."""
    return f"{value:,.10g}" if value != int(value) else f"{int(value):,}"


def format_amount(value: float, amount: Amount, qualifier: Qualifier = Qualifier.exact) -> str:
    """A figure in the target's scale and unit: 'more than 500 billion USD'."""
    scale = "" if amount.scale == Scale.one else f" {amount.scale.value}"
    return qualifier.describe(format_number(value)) + f"{scale} {amount.unit}"


# --- trips -------------------------------------------------------------------------

def _trip_span(trip: Trip) -> tuple[PartialDate | None, PartialDate | None]:
    starts = [d for d in [trip.start, *(leg.start for leg in trip.legs)] if d]
    ends = [d for d in [trip.end, *(leg.end or leg.start for leg in trip.legs)] if d]
    return (trip.start or (min(starts) if starts else None),
            trip.end or (max(ends) if ends else None))


def trip_row(kb: KnowledgeBase, trip: Trip) -> Row:
    """One trip as a JSON-ready row, legs included."""
    countries: list[str] = []
    for leg in trip.legs:
        if leg.country not in countries:
            countries.append(leg.country)
    return {
        "id": trip.id,
        "leader": _person(kb, trip.leader),
        "title": trip.title,
        "description": trip.description,
        "start": _date(trip.start),
        "end": _date(trip.end),
        "returned": _date(trip.returned),
        "countries": [_country(kb, code) for code in countries],
        "legs": [{
            "id": leg.id,
            "country": _country(kb, leg.country),
            "cities": list(leg.cities),
            "types": [t.value for t in leg.types],
            "start": _date(leg.start),
            "end": _date(leg.end),
            "events": [_event(kb, e) for e in leg.events],
            "notes": list(leg.notes),
            "claims": _claims(leg),
            "sources": _source_ids(leg.citations),
        } for leg in trip.legs],
        "notes": list(trip.notes),
        "claims": _claims(trip),
        "sources": _source_ids(trip.citations, *(leg.citations for leg in trip.legs)),
    }


def trips(kb: KnowledgeBase, leader: str | None = None, country: str | None = None,
          year: int | None = None, since: str | PartialDate | None = None,
          until: str | PartialDate | None = None) -> list[Row]:
    """Trips, oldest first, filtered by leader, a country visited, a year or a date range."""
    leader_id = resolve_leader(kb, leader) if leader else None
    code = resolve_country(kb, country) if country else None
    since_date, until_date = _parse_date(since), _parse_date(until)
    year_date = _year(year)
    selected = []
    for trip in kb.trips:
        start, end = _trip_span(trip)
        if leader_id and trip.leader != leader_id:
            continue
        if code and all(leg.country != code for leg in trip.legs):
            continue
        if year_date and not overlaps(start, end, year_date, year_date):
            continue
        if (since_date or until_date) and not overlaps(start, end, since_date, until_date):
            continue
        selected.append((start.sort_key() if start else (0, 0, 0), trip.id, trip))
    return [trip_row(kb, trip) for *_, trip in sorted(selected, key=lambda t: t[:2])]


# --- agreements --------------------------------------------------------------------

def _agreement_trip(kb: KnowledgeBase, agreement: Agreement) -> Trip | None:
    """The trip an agreement was signed during: named directly, or through its visit."""
    if agreement.trip:
        return kb.get("trips", agreement.trip)
    return kb.trip_of(agreement.visit) if agreement.visit else None


def _agreement_span(kb: KnowledgeBase, agreement: Agreement):
    """When an agreement was signed: its own date, else its visit's, trip's or event's."""
    if agreement.signed:
        return agreement.signed, agreement.signed, "signed"
    trip = _agreement_trip(kb, agreement)
    trip_start, trip_end = _trip_span(trip) if trip else (None, None)
    if agreement.visit and (visit := kb.get("visits", agreement.visit)):
        if visit.start or visit.end:
            # A leg known only by its arrival ran at most until the trip ended.
            return visit.start or trip_start, visit.end or trip_end or visit.start, "visit"
    if trip:
        return trip_start, trip_end, "trip"
    if agreement.event and (event := kb.get("events", agreement.event)):
        return event.start, event.end or event.start, "event"
    return None, None, None


def _agreement_leaders(kb: KnowledgeBase, agreement: Agreement) -> list[str]:
    trip = _agreement_trip(kb, agreement)
    if trip:
        return [trip.leader]
    event = kb.get("events", agreement.event) if agreement.event else None
    return list(event.participants) if event else []


def agreement_row(kb: KnowledgeBase, agreement: Agreement) -> Row:
    """One agreement or count claim as a JSON-ready row."""
    start, end, dated_by = _agreement_span(kb, agreement)
    trip = _agreement_trip(kb, agreement)
    count = agreement.count
    return {
        "id": agreement.id,
        "title": agreement.title,
        "kind": "count" if count else "single",
        "count": None if count is None else {
            "value": count.value, "qualifier": count.qualifier.value,
            "text": count.qualifier.describe(str(count.value)),
        },
        "scope": agreement.scope,
        "parties": [_party(kb, p) for p in agreement.parties],
        "domains": list(agreement.domains),
        "signed": _date(agreement.signed),
        "date": _date(start) if start == end else f"{_date(start)}/{_date(end)}" if start else None,
        "dated_by": dated_by,
        "trip": None if trip is None else {"id": trip.id, "title": trip.title},
        "visit": agreement.visit,
        "event": _event(kb, agreement.event),
        "leaders": [_person(kb, p) for p in _agreement_leaders(kb, agreement)],
        "notes": list(agreement.notes),
        "sources": _source_ids(agreement.citations),
    }


def agreements(kb: KnowledgeBase, country: str | None = None, leader: str | None = None,
               domain: str | None = None, year: int | None = None) -> list[Row]:
    """Agreements and count claims, oldest first, filtered by party, leader, domain or year."""
    code = resolve_country(kb, country) if country else None
    leader_id = resolve_leader(kb, leader) if leader else None
    wanted_domain = normalize(domain) if domain else None
    year_date = _year(year)
    selected = []
    for agreement in kb.agreements:
        start, end, _ = _agreement_span(kb, agreement)
        if code and code not in agreement.parties:
            continue
        if leader_id and leader_id not in _agreement_leaders(kb, agreement):
            continue
        if wanted_domain and not any(wanted_domain in normalize(d) for d in agreement.domains):
            continue
        if year_date and not overlaps(start, end, year_date, year_date):
            continue
        selected.append((start.sort_key() if start else (0, 0, 0), agreement.id, agreement))
    return [agreement_row(kb, a) for *_, a in sorted(selected, key=lambda t: t[:2])]


# --- targets -----------------------------------------------------------------------

def _known_from(observation: Observation) -> dt.date:
    """The first day a figure could be known: its report date, else the period's end."""
    if observation.reported:
        return observation.reported.latest()
    return observation.span()[1].latest()


def _comparable(target: Target, observation: Observation) -> bool:
    """Whether a figure measures what the goal measures (a whole year, for an annual goal)."""
    if target.measure == Measure.cumulative:
        return True
    first, last = observation.span()
    return (first.year == last.year and first.earliest() == dt.date(first.year, 1, 1)
            and last.latest() == dt.date(first.year, 12, 31))


def _reaches(observation: Observation, goal: float) -> bool:
    return observation.value >= goal


def target_status(target: Target, as_of: dt.date) -> Row:
    """Status, progress and the figure they rest on, from what was known on ``as_of``."""
    goal = target.goal.value
    known = [o for o in target.observations
             if _known_from(o) <= as_of and _comparable(target, o)]
    if not known:
        return {"status": "unknown", "progress": None, "latest": None, "met_in": None,
                "reason": f"no figure for this target is known as of {as_of.isoformat()}"}

    def recency(o: Observation):
        return (o.span()[1].latest(), o.qualifier == Qualifier.exact, _known_from(o))

    latest = max(known, key=recency)
    result: Row = {"progress": round(latest.value / goal, 4) if goal else None,
                   "latest": latest, "met_in": None}
    deadline_end = target.deadline.latest()
    reached = sorted((o for o in known if _reaches(o, goal)
                      and o.span()[0].earliest() <= deadline_end),
                     key=lambda o: (o.span()[1].latest(), o.qualifier != Qualifier.exact))
    latest_text = f"{format_amount(latest.value, target.goal, latest.qualifier)} " \
                  f"in {latest.span()[0]}"
    if reached:
        first = reached[0]
        result.update(status="met", met_in=first.span()[0].isoformat(),
                      reason=f"{format_amount(first.value, target.goal, first.qualifier)} "
                             f"in {first.span()[0]}, within the {target.deadline} deadline")
    elif as_of > deadline_end:
        final = [o for o in known if o.span()[1].latest() >= deadline_end]
        if final:
            result.update(status="missed",
                          reason=f"{latest_text}, short of the goal at the deadline")
        else:
            result.update(status="unknown",
                          reason=f"the {target.deadline} deadline has passed; the latest figure "
                                 f"is {latest_text}, with none yet for the deadline")
    elif target.baseline and latest.span()[1].latest() > target.baseline.period.latest():
        base_day = target.baseline.period.latest().toordinal()
        share = ((latest.span()[1].latest().toordinal() - base_day)
                 / (deadline_end.toordinal() - base_day))
        expected = target.baseline.value + (goal - target.baseline.value) * share
        on_track = latest.value >= expected
        result.update(status="on-track" if on_track else "behind",
                      reason=f"{latest_text}, {'at or above' if on_track else 'below'} the "
                             f"{format_number(round(expected, 1))} of a straight path from the "
                             f"{target.baseline.period} baseline to the goal")
    else:
        result.update(status="unknown",
                      reason=f"{latest_text}; no later figure than the baseline to judge a trend")
    return result


def target_row(kb: KnowledgeBase, target: Target, as_of: dt.date) -> Row:
    """One target with its computed status and progress as of a date."""
    status = target_status(target, as_of)
    latest = status.pop("latest")
    return {
        "id": target.id,
        "title": target.title,
        "parties": [_party(kb, p) for p in target.parties],
        "metric": target.metric,
        "measure": target.measure.value,
        "goal": {"value": target.goal.value, "scale": target.goal.scale.value,
                 "unit": target.goal.unit,
                 "amount": target.goal.value * SCALE_FACTORS[target.goal.scale],
                 "text": format_amount(target.goal.value, target.goal)},
        "deadline": _date(target.deadline),
        "announced": _date(target.announced),
        "announced_by": _person(kb, target.announced_by),
        "announced_at": _event(kb, target.announced_at),
        "baseline": None if target.baseline is None else {
            "value": target.baseline.value, "period": _date(target.baseline.period),
            "text": format_amount(target.baseline.value, target.goal),
            "sources": _source_ids(target.baseline.citations)},
        "as_of": as_of.isoformat(),
        **status,
        "latest": None if latest is None else _observation_row(target, latest, as_of),
        "observations": [_observation_row(target, o, as_of) for o in
                         sorted(target.observations, key=lambda o: o.span()[0].sort_key())],
        "notes": list(target.notes),
        "sources": _source_ids(target.citations),
    }


def _observation_row(target: Target, observation: Observation, as_of: dt.date) -> Row:
    first, last = observation.span()
    return {
        "period": first.isoformat() if first == last else f"{first}/{last}",
        "value": observation.value,
        "qualifier": observation.qualifier.value,
        "text": format_amount(observation.value, target.goal, observation.qualifier),
        "reported": _date(observation.reported),
        "counted": _comparable(target, observation) and _known_from(observation) <= as_of,
        "note": observation.note,
        "sources": _source_ids(observation.citations),
    }


def targets(kb: KnowledgeBase, status: str | None = None,
            as_of: str | dt.date | None = None) -> list[Row]:
    """Pledged targets with status and progress as of a date (today by default), by deadline."""
    if status is not None and status not in TARGET_STATUSES:
        raise ValueError(f"unknown status {status!r}; use one of: {', '.join(TARGET_STATUSES)}")
    day = _as_of_day(as_of)
    rows = [target_row(kb, t, day) for t in
            sorted(kb.targets, key=lambda t: (t.deadline.sort_key(), t.id))]
    return [row for row in rows if status is None or row["status"] == status]


def _as_of_day(as_of: str | dt.date | None) -> dt.date:
    if as_of is None:
        return dt.date.today()
    if isinstance(as_of, dt.date):
        return as_of
    return PartialDate.parse(as_of).latest()
