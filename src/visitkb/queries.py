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
from .kb import KnowledgeBase, Record, texts
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


def _days(*spans: PartialDate | None) -> tuple[str | None, str | None] | None:
    """The days that every given date (a year, a since, an until) allows, to narrow reading."""
    given = [s for s in spans if s is not None]
    if not given:
        return None
    year, since, until = spans
    first = max([d.earliest() for d in (year, since) if d is not None], default=None)
    last = min([d.latest() for d in (year, until) if d is not None], default=None)
    return (first.isoformat() if first else None, last.isoformat() if last else None)


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
    for trip in kb.records("trips", key, _days(year_date, since_date, until_date)):
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


# --- provenance --------------------------------------------------------------------

def citations_in(record: Record, path: str = "") -> list[tuple[str, Record]]:
    """Every citation nested anywhere in a record, with where it sits ('legs[0].citations')."""
    found: list[tuple[str, Record]] = []
    for key, value in record.items():
        here = f"{path}.{key}" if path else key
        if key == "citations" and isinstance(value, list):
            found.extend((here, c) for c in value)
        elif isinstance(value, dict):
            found.extend(citations_in(value, here))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    found.extend(citations_in(item, f"{here}[{index}]"))
    return found


def cite(kb: KnowledgeBase, rows: list[Row], collection: str | None = None) -> list[Row]:
    """The rows with each one's citations (source, publisher, URL, excerpt or note) added.

    A row names its record by ``id`` (in ``collection``) or by ``record`` (any collection).
    """
    for row in rows:
        record = None
        if collection and row.get("id"):
            record = kb.get(collection, row["id"])
        elif isinstance(row.get("record"), str):
            found = kb.find(row["record"])
            record = found[0][1] if found else None
        nested = citations_in(record) if record else []
        row["citations"] = [{"at": at, **citation} for (at, _), citation in
                            zip(nested, citation_rows(kb, [c for _, c in nested]), strict=True)]
    return rows


# --- partnerships, relations, anniversaries -------------------------------------------

PARTNERSHIP_LEVELS = ("partnership", "cooperative-partnership",
                      "comprehensive-cooperative-partnership", "strategic-partnership",
                      "comprehensive-strategic-partnership")
"""The levels from lowest to highest, as in :class:`visitkb.models.PartnershipLevel`."""


def _visit_ref(kb: KnowledgeBase, visit_id: str | None) -> Row | None:
    if visit_id is None:
        return None
    trip = kb.trip_of(visit_id)
    return {"id": visit_id, "trip": trip["title"] if trip else None,
            "leader": _person(kb, trip["leader"]) if trip else None}


def partnership_row(kb: KnowledgeBase, partnership: Record, current: bool) -> Row:
    """One partnership level between two parties, with how it was reached."""
    return {
        "id": partnership["id"],
        "parties": [_party(kb, p) for p in partnership["parties"]],
        "level": partnership["level"],
        "rank": PARTNERSHIP_LEVELS.index(partnership["level"]),
        "label": partnership["label"],
        "since": partnership["since"],
        "upgraded_from": partnership["upgraded_from"],
        "announced_during": _visit_ref(kb, partnership["announced_during"]),
        "instrument": partnership["instrument"],
        "current": current,
        "notes": list(partnership["notes"]),
        "sources": _source_ids(partnership["citations"]),
    }


def partnerships(kb: KnowledgeBase, country: str | None = None, level: str | None = None,
                 history: bool = False) -> list[Row]:
    """Each pair's current partnership level (with ``history``, every level reached), by date."""
    if level is not None and level not in PARTNERSHIP_LEVELS:
        raise ValueError(f"unknown level {level!r}; use one of: {', '.join(PARTNERSHIP_LEVELS)}")
    code = resolve_country(kb, country) if country else None
    every = list(kb.records("partnerships"))
    superseded = {p["upgraded_from"] for p in every if p["upgraded_from"]}
    latest: dict[tuple, Record] = {}
    for p in every:
        if p["id"] in superseded:
            continue
        pair = tuple(sorted(p["parties"]))
        known = latest.get(pair)
        if known is None or _since_key(p) > _since_key(known):
            latest[pair] = p
    current_ids = {p["id"] for p in latest.values()}
    rows = []
    for p in sorted(every, key=lambda p: (sorted(p["parties"]), _since_key(p), p["id"])):
        if code and code not in p["parties"]:
            continue
        if not history and p["id"] not in current_ids:
            continue
        if level and p["level"] != level:
            continue
        rows.append(partnership_row(kb, p, p["id"] in current_ids))
    return rows


def _since_key(partnership: Record) -> tuple:
    since = _day(partnership["since"])
    return (since.sort_key() if since else (0, 0, 0), PARTNERSHIP_LEVELS.index(partnership["level"]))


def _years_since(established: PartialDate, day: dt.date) -> int:
    """Whole years from a (possibly partial) date to a day; a partial date counts from its start."""
    start = established.earliest()
    return day.year - start.year - ((day.month, day.day) < (start.month, start.day))


def relations(kb: KnowledgeBase, country: str | None = None,
              as_of: str | dt.date | None = None) -> list[Row]:
    """Diplomatic relations, oldest first, with how many years they have lasted."""
    code = resolve_country(kb, country) if country else None
    day = _as_of_day(as_of)
    rows = []
    for relation in kb.records("relations", f"country:{code}" if code else None):
        if code and code not in relation["countries"]:
            continue
        established = _day(relation["established"])
        years = _years_since(established, day)
        rows.append({
            "id": relation["id"],
            "countries": [_country(kb, c) for c in relation["countries"]],
            "established": relation["established"],
            "years": years,
            "years_derived": f"{day.isoformat()} − {relation['established']}"
                             + (" (a partial date counts from its first day)"
                                if established.precision != "day" else ""),
            "notes": list(relation["notes"]),
            "sources": _source_ids(relation["citations"]),
        })
    return sorted(rows, key=lambda r: (_day(r["established"]).sort_key(), r["id"]))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def anniversaries(kb: KnowledgeBase, year: int | None = None) -> list[Row]:
    """Round-number anniversaries (every fifth from the 10th) of relations and partnerships in a year."""
    year = year or dt.date.today().year
    rows = []
    dated = [("relations", r, r["established"], r["countries"]) for r in kb.records("relations")]
    dated += [("partnerships", p, p["since"], p["parties"]) for p in kb.records("partnerships")
              if p["since"]]
    for collection, record, date_text, parties in dated:
        established = _day(date_text)
        nth = year - established.year
        if nth < 10 or nth % 5:
            continue
        names = " and ".join(party_name(p, kb) for p in parties)
        what = ("diplomatic relations between " + names if collection == "relations"
                else f"the {record['label']} between {names}")
        date = f"{year}" + date_text[4:]
        rows.append({
            "date": date,
            "nth": nth,
            "anniversary": f"{_ordinal(nth)} anniversary of {what}",
            "kind": "relations" if collection == "relations" else "partnership",
            "record": record["id"],
            "parties": [_party(kb, p) for p in parties],
            "established": date_text,
            "derived": f"{year} − {established.year} = {nth}",
            "sources": _source_ids(record["citations"]),
        })
    return sorted(rows, key=lambda r: (_day(r["date"]).sort_key(), r["record"]))


# --- events, visits, countries, leaders, sources ---------------------------------------

def _event_participants(kb: KnowledgeBase, event: Record) -> list[str]:
    """Who attended: those the event names, then leaders whose trips list it."""
    people = list(event["participants"])
    for collection, record_id in kb.referrers("events", event["id"]):
        if collection == "trips":
            trip = kb.get("trips", record_id)
            if trip and trip["leader"] not in people and any(
                    event["id"] in leg["events"] for leg in trip["legs"]):
                people.append(trip["leader"])
    return people


def event_row(kb: KnowledgeBase, event: Record) -> Row:
    """One multilateral event with its host and everyone known to have attended."""
    return {
        "id": event["id"],
        "name": event["name"],
        "kind": event["kind"],
        "organization": (None if not event["organization"] else
                         {"id": event["organization"],
                          "name": party_name(event["organization"], kb)}),
        "number": event["number"],
        "host": _country(kb, event["host"]) if event["host"] else None,
        "city": event["city"],
        "start": event["start"],
        "end": event["end"],
        "status": event["status"],
        "participants": [_person(kb, p) for p in _event_participants(kb, event)],
        "notes": list(event["notes"]),
        "sources": _source_ids(event["citations"]),
    }


def events(kb: KnowledgeBase, country: str | None = None, year: int | None = None,
           leader: str | None = None) -> list[Row]:
    """Multilateral events, oldest first, filtered by host country, year or a participant."""
    code = resolve_country(kb, country) if country else None
    leader_id = resolve_leader(kb, leader) if leader else None
    year_date = _year(year)
    rows = []
    for event in kb.records("events", f"country:{code}" if code else None):
        if code and event["host"] != code:
            continue
        start, end = _day(event["start"]), _day(event["end"] or event["start"])
        if year_date and not overlaps(start, end, year_date, year_date):
            continue
        row = event_row(kb, event)
        if leader_id and leader_id not in [p["id"] for p in row["participants"]]:
            continue
        rows.append((start.sort_key() if start else (0, 0, 0), event["id"], row))
    return [row for *_, row in sorted(rows, key=lambda r: r[:2])]


def visits(kb: KnowledgeBase, leader: str | None = None, country: str | None = None,
           year: int | None = None, since: str | PartialDate | None = None,
           until: str | PartialDate | None = None) -> list[Row]:
    """Every leg of every trip as its own row, oldest first, with the same filters as trips."""
    rows = []
    code = resolve_country(kb, country) if country else None
    span = (_parse_date(since), _parse_date(until))
    for trip in trips(kb, leader=leader, country=code, year=year, since=since, until=until):
        for leg in trip["legs"]:
            if code and leg["country"]["code"] != code:
                continue
            start, end = _day(leg["start"]), _day(leg["end"] or leg["start"])
            # A leg with no dates of its own happened within its trip, which matched.
            if start and year and not overlaps(start, end, _year(year), _year(year)):
                continue
            if start and (span[0] or span[1]) and not overlaps(start, end, *span):
                continue
            rows.append({"id": leg["id"], "trip": {"id": trip["id"], "title": trip["title"]},
                         "leader": trip["leader"], **{k: v for k, v in leg.items() if k != "id"}})
    return rows


def countries(kb: KnowledgeBase) -> list[Row]:
    """Every country the knowledge base mentions, with counts of what concerns it."""
    counts: dict[str, dict[str, int]] = {}

    def add(code: str, what: str) -> None:
        counts.setdefault(code, {k: 0 for k in ("visits_received", "visits_abroad", "agreements",
                                                "relations", "partnerships", "events_hosted")})
        counts[code][what] += 1

    leader_country = {p["id"]: p["country"] for p in kb.records("people")}
    for trip, leg in kb.visits():
        add(leg["country"], "visits_received")
        if trip["leader"] in leader_country:
            add(leader_country[trip["leader"]], "visits_abroad")
    for collection, field, what in (("agreements", "parties", "agreements"),
                                    ("relations", "countries", "relations"),
                                    ("partnerships", "parties", "partnerships")):
        for record in kb.records(collection):
            for code in record[field]:
                if len(code) == 2 and code.isupper():
                    add(code, what)
    for event in kb.records("events"):
        if event["host"]:
            add(event["host"], "events_hosted")
    for country in kb.records("countries"):
        counts.setdefault(country["id"], {k: 0 for k in ("visits_received", "visits_abroad",
                          "agreements", "relations", "partnerships", "events_hosted")})
    return [{**_country(kb, code), **counts[code]}
            for code in sorted(counts, key=lambda c: country_name(c, kb))]


def leaders(kb: KnowledgeBase, country: str | None = None) -> list[Row]:
    """The people in the knowledge base, with their offices and how much they travelled."""
    code = resolve_country(kb, country) if country else None
    by_leader: dict[str, list[Record]] = {}
    for trip in kb.records("trips"):
        by_leader.setdefault(trip["leader"], []).append(trip)
    rows = []
    for person in kb.records("people"):
        if code and person["country"] != code:
            continue
        journeys = by_leader.get(person["id"], [])
        spans = [s for t in journeys for s in _trip_span(t) if s]
        visited = {leg["country"] for t in journeys for leg in t["legs"]}
        rows.append({
            "id": person["id"], "name": person["name"], "aliases": list(person["aliases"]),
            "country": _country(kb, person["country"]),
            "offices": [{"title": o["title"], "country": o["country"], "start": o["start"],
                         "end": o["end"]} for o in person["offices"]],
            "trips": len(journeys), "countries_visited": len(visited),
            "first_trip": min(spans).isoformat() if spans else None,
            "last_trip": max(spans).isoformat() if spans else None,
            "sources": _source_ids(person["citations"]),
        })
    return sorted(rows, key=lambda r: r["name"])


def sources(kb: KnowledgeBase) -> list[Row]:
    """The documents records cite, with how many records cite each."""
    cited = kb.reference_counts("sources")
    return [{"id": s["id"], "publisher": s["publisher"], "title": s["title"], "via": s["via"],
             "date": s["date"], "url": s["url"], "language": s["language"],
             "archived": s["archived"], "cited_by": cited.get(s["id"], 0), "note": s["note"]}
            for s in sorted(kb.records("sources"),
                            key=lambda s: ((_day(s["date"]).sort_key() if s["date"] else (0, 0, 0)),
                                           s["id"]))]


# --- timeline ----------------------------------------------------------------------

def timeline(kb: KnowledgeBase, country: str | None = None, leader: str | None = None,
             since: str | PartialDate | None = None,
             until: str | PartialDate | None = None) -> list[Row]:
    """Every dated record in date order; a partial date sorts before the days it covers."""
    code = resolve_country(kb, country) if country else None
    leader_id = resolve_leader(kb, leader) if leader else None
    since_date, until_date = _parse_date(since), _parse_date(until)
    entries: list[Row] = []

    def add(start, end, kind, text, record_id, codes, people, sources_) -> None:
        first, last = _day(start), _day(end) if end else None
        if first is None:
            return
        if code and code not in codes:
            return
        if leader_id and leader_id not in people:
            return
        if (since_date or until_date) and not overlaps(first, last or first, since_date, until_date):
            return
        entries.append({"date": start if not last or last == first else f"{start}/{end}",
                        "kind": kind, "text": text, "record": record_id,
                        "countries": sorted(set(codes)), "leaders": list(people),
                        "sources": sources_, "_key": (first.sort_key(), _KIND_ORDER[kind])})

    leader_country = {p["id"]: p["country"] for p in kb.records("people")}
    for trip in kb.records("trips"):
        who = kb.label("leader", trip["leader"]) or trip["leader"]
        home = leader_country.get(trip["leader"])
        codes = [leg["country"] for leg in trip["legs"]] + ([home] if home else [])
        add(trip["start"], None, "trip", f"{who} sets out: {trip['title']}", trip["id"], codes,
            [trip["leader"]], _source_ids(trip["citations"]))
        for leg in trip["legs"]:
            place = country_name(leg["country"], kb) + (f" ({', '.join(leg['cities'])})"
                                                        if leg["cities"] else "")
            events_ = "".join(f"; {kb.get('events', e)['name']}" for e in leg["events"]
                              if kb.get("events", e))
            add(leg["start"], leg["end"], "visit",
                f"{who} in {place}: {', '.join(leg['types'])} visit{events_}", leg["id"],
                [leg["country"]] + ([home] if home else []), [trip["leader"]],
                _source_ids(leg["citations"]))
        if trip["returned"]:
            add(trip["returned"], None, "trip", f"{who} is back home", trip["id"], codes,
                [trip["leader"]], _source_ids(trip["citations"]))
    for event in kb.records("events"):
        where = ", ".join(x for x in [event["city"], country_name(event["host"], kb)
                                      if event["host"] else None] if x)
        add(event["start"], event["end"], "event",
            event["name"] + (f", {where}" if where else "") +
            (" (planned)" if event["status"] == "planned" else ""), event["id"],
            [event["host"]] if event["host"] else [], _event_participants(kb, event),
            _source_ids(event["citations"]))
    for relation in kb.records("relations"):
        names = " and ".join(country_name(c, kb) for c in relation["countries"])
        add(relation["established"], None, "relations",
            f"{names} establish diplomatic relations", relation["id"], relation["countries"], [],
            _source_ids(relation["citations"]))
    for p in kb.records("partnerships"):
        names = " and ".join(party_name(x, kb) for x in p["parties"])
        visit = _visit_ref(kb, p["announced_during"])
        add(p["since"], None, "partnership",
            f"{names}: {p['label']}" + (" (an upgrade)" if p["upgraded_from"] else ""), p["id"],
            p["parties"], [visit["leader"]["id"]] if visit and visit["leader"] else [],
            _source_ids(p["citations"]))
    for agreement in kb.records("agreements"):
        start, end, _ = _agreement_span(kb, agreement)
        row = agreement_row(kb, agreement)
        text = (f"{row['count']['text']} {agreement['scope'] or 'agreements'} signed"
                if agreement["count"] else f"signed: {agreement['title']}")
        add(_date(start), _date(end) if end != start else None, "agreement",
            f"{' – '.join(p['name'] for p in row['parties'])}: {text}", agreement["id"],
            agreement["parties"], [p["id"] for p in row["leaders"]], row["sources"])
    for target in kb.records("targets"):
        if target["announced"]:
            add(target["announced"], None, "target", f"target announced: {target['title']}",
                target["id"], target["parties"],
                [target["announced_by"]] if target["announced_by"] else [],
                _source_ids(target["citations"]))
    entries.sort(key=lambda e: (e.pop("_key"), e["record"]))
    return entries


_KIND_ORDER = {"trip": 0, "visit": 1, "event": 2, "relations": 3, "partnership": 4,
               "agreement": 5, "target": 6}
"""Within one day: who travels where first, then what they did there."""


# --- search ------------------------------------------------------------------------

def _title(collection: str, record: Record, kb: KnowledgeBase | None = None) -> str:
    for field in ("title", "name", "label"):
        if record.get(field):
            return record[field]
    if collection == "relations":
        return "relations " + "–".join(record["countries"])
    if collection == "visits":
        return f"visit to {country_name(record['country'], kb)}"
    return record.get("publisher") or record["id"]


def search(kb: KnowledgeBase, text: str, limit: int = 50) -> list[Row]:
    """Records whose text or citations match, best first: the phrase, then all words, then any."""
    words = [w for w in normalize(text).split() if w]
    if not words:
        raise ValueError("give at least one word to search for")
    quoted = [f'"{w}"' for w in words]
    seen: set[tuple[str, str]] = set()
    rows: list[Row] = []
    for how, match in (("phrase", '"' + " ".join(words) + '"'), ("all words", " AND ".join(quoted)),
                       ("any word", " OR ".join(quoted))):
        for collection, record_id, score in kb.search(match, limit):
            if (collection, record_id) in seen or len(rows) >= limit:
                continue
            seen.add((collection, record_id))
            record = kb.get(collection, record_id)
            rows.append({"collection": collection, "id": record_id,
                         "title": _title(collection, record, kb), "match": how,
                         "score": round(-score, 4), "snippet": _snippet(record, words)})
    return rows


def _snippet(record: Record, words: list[str]) -> str:
    """The piece of the record's text that holds the phrase (else a word), shortened around it."""
    pieces = [p for p in texts(record) if p != record.get("id")]
    for wanted in [" ".join(words), *words]:
        for piece in pieces:
            at = piece.casefold().find(wanted)
            if at >= 0:
                start = max(0, at - 60)
                return ("…" if start else "") + piece[start:at + 100] + (
                    "…" if at + 100 < len(piece) else "")
    return ""
