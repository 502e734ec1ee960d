"""Queries: pure functions from a KnowledgeBase to JSON-ready rows (dicts of plain values).

Records arrive as dicts (the JSON form of the models), so answering needs neither
YAML nor pydantic. The CLI renders exactly these rows, so ``--format json`` equals
what these return.
Names given by users (leaders, countries) are resolved here; an unknown or
ambiguous name raises :class:`visitkb.names.UnknownName` / :class:`AmbiguousName`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .dates import PartialDate, overlaps, parse_optional
from .kb import KnowledgeBase, Record
from .names import country_name, normalize, party_name, resolve_country, resolve_leader

Row = dict[str, Any]
TARGET_STATUSES = ("met", "on-track", "behind", "missed", "unknown")


# --- shared pieces -----------------------------------------------------------------

def _date(value: PartialDate | None) -> str | None:
    return value.isoformat() if value else None


def _day(text: str | None) -> PartialDate | None:
    return parse_optional(text)


def _country(kb: KnowledgeBase, code: str) -> Row:
    return {"code": code, "name": country_name(code, kb)}


def _party(kb: KnowledgeBase, ref: str) -> Row:
    return {"code": ref, "name": party_name(ref, kb)}


def _person(kb: KnowledgeBase, person_id: str | None) -> Row | None:
    if person_id is None:
        return None
    person = kb.get("people", person_id)
    return {"id": person_id, "name": person["name"] if person else person_id}


def _event(kb: KnowledgeBase, event_id: str | None) -> Row | None:
    if event_id is None:
        return None
    event = kb.get("events", event_id)
    return {"id": event_id, "name": event["name"] if event else event_id}


def citation_rows(kb: KnowledgeBase, citations: list[Record]) -> list[Row]:
    """Citations with their sources' publisher, date and URL filled in."""
    rows = []
    for citation in citations:
        source = kb.get("sources", citation["source"])
        rows.append({
            "source": citation["source"],
            "publisher": source["publisher"] if source else None,
            "date": source["date"] if source else None,
            "url": source["url"] if source else None,
            "excerpt": citation["excerpt"],
            "note": citation["note"],
            "derived": citation["derived"],
            "supports": list(citation["supports"]),
        })
    return rows


def _source_ids(*citation_lists: list[Record]) -> list[str]:
    seen: list[str] = []
    for citations in citation_lists:
        for citation in citations:
            if citation["source"] not in seen:
                seen.append(citation["source"])
    return seen


def _claims(record: Record) -> list[Row]:
    return [{"field": claim["field"], "value": claim["value"], "note": claim["note"],
             "sources": _source_ids(claim["citations"])} for claim in record["claims"]]


def _parse_date(value: str | PartialDate | None) -> PartialDate | None:
    return PartialDate.coerce(value) if value is not None else None


def _year(value: int | None) -> PartialDate | None:
    return PartialDate(value) if value is not None else None


SCALE_FACTORS = {"one": 1, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_QUALIFIER_WORDS = {"exact": "", "at-least": "at least ", "more-than": "more than ", "about": "about "}


def describe(qualifier: str, number: str) -> str:
    """A number with its qualifier in words: 'more than 40'."""
    return _QUALIFIER_WORDS[qualifier] + number


def format_number(value: float) -> str:
    """A number without a needless '.0': 500, 261.2."""
    return f"{value:,.10g}" if value != int(value) else f"{int(value):,}"


def format_amount(value: float, amount: Record, qualifier: str = "exact") -> str:
    """A figure in the target's scale and unit: 'more than 500 billion USD'."""
    scale = "" if amount["scale"] == "one" else f" {amount['scale']}"
    return describe(qualifier, format_number(value)) + f"{scale} {amount['unit']}"


# --- trips -------------------------------------------------------------------------

def _trip_span(trip: Record) -> tuple[PartialDate | None, PartialDate | None]:
    legs = trip["legs"]
    starts = [d for d in [_day(trip["start"]), *(_day(leg["start"]) for leg in legs)] if d]
    ends = [d for d in [_day(trip["end"]), *(_day(leg["end"] or leg["start"]) for leg in legs)] if d]
    return (_day(trip["start"]) or (min(starts) if starts else None),
            _day(trip["end"]) or (max(ends) if ends else None))


def trip_row(kb: KnowledgeBase, trip: Record) -> Row:
    """One trip as a JSON-ready row, legs included."""
    countries: list[str] = []
    for leg in trip["legs"]:
        if leg["country"] not in countries:
            countries.append(leg["country"])
    return {
        "id": trip["id"],
        "leader": _person(kb, trip["leader"]),
        "title": trip["title"],
        "description": trip["description"],
        "start": trip["start"],
        "end": trip["end"],
        "returned": trip["returned"],
        "countries": [_country(kb, code) for code in countries],
        "legs": [{
            "id": leg["id"],
            "country": _country(kb, leg["country"]),
            "cities": list(leg["cities"]),
            "types": list(leg["types"]),
            "start": leg["start"],
            "end": leg["end"],
            "events": [_event(kb, e) for e in leg["events"]],
            "notes": list(leg["notes"]),
            "claims": _claims(leg),
            "sources": _source_ids(leg["citations"]),
        } for leg in trip["legs"]],
        "notes": list(trip["notes"]),
        "claims": _claims(trip),
        "sources": _source_ids(trip["citations"], *(leg["citations"] for leg in trip["legs"])),
    }


def trips(kb: KnowledgeBase, leader: str | None = None, country: str | None = None,
          year: int | None = None, since: str | PartialDate | None = None,
          until: str | PartialDate | None = None) -> list[Row]:
    """Trips, oldest first, filtered by leader, a country visited, a year or a date range."""
    leader_id = resolve_leader(kb, leader) if leader else None
    code = resolve_country(kb, country) if country else None
    since_date, until_date = _parse_date(since), _parse_date(until)
    year_date = _year(year)
    key = f"country:{code}" if code else f"person:{leader_id}" if leader_id else None
    selected = []
    for trip in kb.records("trips", key):
        start, end = _trip_span(trip)
        if leader_id and trip["leader"] != leader_id:
            continue
        if code and all(leg["country"] != code for leg in trip["legs"]):
            continue
        if year_date and not overlaps(start, end, year_date, year_date):
            continue
        if (since_date or until_date) and not overlaps(start, end, since_date, until_date):
            continue
        selected.append((start.sort_key() if start else (0, 0, 0), trip["id"], trip))
    return [trip_row(kb, trip) for *_, trip in sorted(selected, key=lambda t: t[:2])]


# --- agreements --------------------------------------------------------------------

def _agreement_trip(kb: KnowledgeBase, agreement: Record) -> Record | None:
    """The trip an agreement was signed during: named directly, or through its visit."""
    if agreement["trip"]:
        return kb.get("trips", agreement["trip"])
    return kb.trip_of(agreement["visit"]) if agreement["visit"] else None


def _agreement_span(kb: KnowledgeBase, agreement: Record):
    """When an agreement was signed: its own date, else its visit's, trip's or event's."""
    if agreement["signed"]:
        signed = _day(agreement["signed"])
        return signed, signed, "signed"
    trip = _agreement_trip(kb, agreement)
    trip_start, trip_end = _trip_span(trip) if trip else (None, None)
    if agreement["visit"] and (visit := kb.get("visits", agreement["visit"])):
        visit_start, visit_end = _day(visit["start"]), _day(visit["end"])
        if visit_start or visit_end:
            # A leg known only by its arrival ran at most until the trip ended.
            return visit_start or trip_start, visit_end or trip_end or visit_start, "visit"
    if trip:
        return trip_start, trip_end, "trip"
    if agreement["event"] and (event := kb.get("events", agreement["event"])):
        return _day(event["start"]), _day(event["end"] or event["start"]), "event"
    return None, None, None


def _agreement_leaders(kb: KnowledgeBase, agreement: Record) -> list[str]:
    trip = _agreement_trip(kb, agreement)
    if trip:
        return [trip["leader"]]
    event = kb.get("events", agreement["event"]) if agreement["event"] else None
    return list(event["participants"]) if event else []


def agreement_row(kb: KnowledgeBase, agreement: Record) -> Row:
    """One agreement or count claim as a JSON-ready row."""
    start, end, dated_by = _agreement_span(kb, agreement)
    trip = _agreement_trip(kb, agreement)
    count = agreement["count"]
    return {
        "id": agreement["id"],
        "title": agreement["title"],
        "kind": "count" if count else "single",
        "count": None if count is None else {
            "value": count["value"], "qualifier": count["qualifier"],
            "text": describe(count["qualifier"], str(count["value"])),
        },
        "scope": agreement["scope"],
        "parties": [_party(kb, p) for p in agreement["parties"]],
        "domains": list(agreement["domains"]),
        "signed": agreement["signed"],
        "date": _date(start) if start == end else f"{_date(start)}/{_date(end)}" if start else None,
        "dated_by": dated_by,
        "trip": None if trip is None else {"id": trip["id"], "title": trip["title"]},
        "visit": agreement["visit"],
        "event": _event(kb, agreement["event"]),
        "leaders": [_person(kb, p) for p in _agreement_leaders(kb, agreement)],
        "notes": list(agreement["notes"]),
        "sources": _source_ids(agreement["citations"]),
    }


def agreements(kb: KnowledgeBase, country: str | None = None, leader: str | None = None,
               domain: str | None = None, year: int | None = None) -> list[Row]:
    """Agreements and count claims, oldest first, filtered by party, leader, domain or year."""
    code = resolve_country(kb, country) if country else None
    leader_id = resolve_leader(kb, leader) if leader else None
    wanted_domain = normalize(domain) if domain else None
    year_date = _year(year)
    selected = []
    for agreement in kb.records("agreements", f"country:{code}" if code else None):
        if code and code not in agreement["parties"]:
            continue
        if leader_id and leader_id not in _agreement_leaders(kb, agreement):
            continue
        if wanted_domain and not any(wanted_domain in normalize(d) for d in agreement["domains"]):
            continue
        start, end, _ = _agreement_span(kb, agreement)
        if year_date and not overlaps(start, end, year_date, year_date):
            continue
        selected.append((start.sort_key() if start else (0, 0, 0), agreement["id"], agreement))
    return [agreement_row(kb, a) for *_, a in sorted(selected, key=lambda t: t[:2])]


# --- targets -----------------------------------------------------------------------

def _span(observation: Record) -> tuple[PartialDate, PartialDate]:
    """First and last partial dates of an observed period."""
    first = _day(observation["period_start"])
    return first, _day(observation["period_end"]) or first


def _known_from(observation: Record) -> dt.date:
    """The first day a figure could be known: its report date, else the period's end."""
    if observation["reported"]:
        return _day(observation["reported"]).latest()
    return _span(observation)[1].latest()


def _comparable(target: Record, observation: Record) -> bool:
    """Whether a figure measures what the goal measures (a whole year, for an annual goal)."""
    if target["measure"] == "cumulative":
        return True
    first, last = _span(observation)
    return (first.year == last.year and first.earliest() == dt.date(first.year, 1, 1)
            and last.latest() == dt.date(first.year, 12, 31))


def target_status(target: Record, as_of: dt.date) -> Row:
    """Status, progress and the figure they rest on, from what was known on ``as_of``."""
    goal = target["goal"]["value"]
    amount = target["goal"]
    deadline = _day(target["deadline"])
    known = [o for o in target["observations"]
             if _known_from(o) <= as_of and _comparable(target, o)]
    if not known:
        return {"status": "unknown", "progress": None, "latest": None, "met_in": None,
                "reason": f"no figure for this target is known as of {as_of.isoformat()}"}

    def recency(o: Record):
        return (_span(o)[1].latest(), o["qualifier"] == "exact", _known_from(o))

    latest = max(known, key=recency)
    result: Row = {"progress": round(latest["value"] / goal, 4) if goal else None,
                   "latest": latest, "met_in": None}
    deadline_end = deadline.latest()
    reached = sorted((o for o in known if o["value"] >= goal
                      and _span(o)[0].earliest() <= deadline_end),
                     key=lambda o: (_span(o)[1].latest(), o["qualifier"] != "exact"))
    latest_text = f"{format_amount(latest['value'], amount, latest['qualifier'])} " \
                  f"in {_span(latest)[0]}"
    baseline = target["baseline"]
    if reached:
        first = reached[0]
        result.update(status="met", met_in=_span(first)[0].isoformat(),
                      reason=f"{format_amount(first['value'], amount, first['qualifier'])} "
                             f"in {_span(first)[0]}, within the {deadline} deadline")
    elif as_of > deadline_end:
        final = [o for o in known if _span(o)[1].latest() >= deadline_end]
        if final:
            result.update(status="missed",
                          reason=f"{latest_text}, short of the goal at the deadline")
        else:
            result.update(status="unknown",
                          reason=f"the {deadline} deadline has passed; the latest figure "
                                 f"is {latest_text}, with none yet for the deadline")
    elif baseline and _span(latest)[1].latest() > _day(baseline["period"]).latest():
        base_day = _day(baseline["period"]).latest().toordinal()
        share = ((_span(latest)[1].latest().toordinal() - base_day)
                 / (deadline_end.toordinal() - base_day))
        expected = baseline["value"] + (goal - baseline["value"]) * share
        on_track = latest["value"] >= expected
        result.update(status="on-track" if on_track else "behind",
                      reason=f"{latest_text}, {'at or above' if on_track else 'below'} the "
                             f"{format_number(round(expected, 1))} of a straight path from the "
                             f"{baseline['period']} baseline to the goal")
    else:
        result.update(status="unknown",
                      reason=f"{latest_text}; no later figure than the baseline to judge a trend")
    return result


def target_row(kb: KnowledgeBase, target: Record, as_of: dt.date) -> Row:
    """One target with its computed status and progress as of a date."""
    status = target_status(target, as_of)
    latest = status.pop("latest")
    goal = target["goal"]
    baseline = target["baseline"]
    return {
        "id": target["id"],
        "title": target["title"],
        "parties": [_party(kb, p) for p in target["parties"]],
        "metric": target["metric"],
        "measure": target["measure"],
        "goal": {"value": goal["value"], "scale": goal["scale"], "unit": goal["unit"],
                 "amount": goal["value"] * SCALE_FACTORS[goal["scale"]],
                 "text": format_amount(goal["value"], goal)},
        "deadline": target["deadline"],
        "announced": target["announced"],
        "announced_by": _person(kb, target["announced_by"]),
        "announced_at": _event(kb, target["announced_at"]),
        "baseline": None if baseline is None else {
            "value": baseline["value"], "period": baseline["period"],
            "text": format_amount(baseline["value"], goal),
            "sources": _source_ids(baseline["citations"])},
        "as_of": as_of.isoformat(),
        **status,
        "latest": None if latest is None else _observation_row(target, latest, as_of),
        "observations": [_observation_row(target, o, as_of) for o in
                         sorted(target["observations"], key=lambda o: _span(o)[0].sort_key())],
        "notes": list(target["notes"]),
        "sources": _source_ids(target["citations"]),
    }


def _observation_row(target: Record, observation: Record, as_of: dt.date) -> Row:
    first, last = _span(observation)
    return {
        "period": first.isoformat() if first == last else f"{first}/{last}",
        "value": observation["value"],
        "qualifier": observation["qualifier"],
        "text": format_amount(observation["value"], target["goal"], observation["qualifier"]),
        "reported": observation["reported"],
        "counted": _comparable(target, observation) and _known_from(observation) <= as_of,
        "note": observation["note"],
        "sources": _source_ids(observation["citations"]),
    }


def targets(kb: KnowledgeBase, status: str | None = None,
            as_of: str | dt.date | None = None) -> list[Row]:
    """Pledged targets with status and progress as of a date (today by default), by deadline."""
    if status is not None and status not in TARGET_STATUSES:
        raise ValueError(f"unknown status {status!r}; use one of: {', '.join(TARGET_STATUSES)}")
    day = _as_of_day(as_of)
    rows = [target_row(kb, t, day) for t in
            sorted(kb.records("targets"), key=lambda t: (_day(t["deadline"]).sort_key(), t["id"]))]
    return [row for row in rows if status is None or row["status"] == status]


def _as_of_day(as_of: str | dt.date | None) -> dt.date:
    if as_of is None:
        return dt.date.today()
    if isinstance(as_of, dt.date):
        return as_of
    return PartialDate.parse(as_of).latest()
