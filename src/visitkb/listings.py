"""How each kind of result looks: its table columns on a terminal and its flat columns in CSV/TSV."""

from __future__ import annotations

from .queries.panels import COUNTRY_YEAR_COUNTS, DYAD_YEAR_COUNTS, KEY_COLUMNS
from .rendering import Listing, Row, cell, field_of

UNKNOWN_DATE = "date unknown"
"""What every table shows where no date is known."""


def span_text(start: str | None, end: str | None) -> str:
    """'2016-11-17 – 2016-11-23', one date, or 'date unknown' when neither is known."""
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end or UNKNOWN_DATE


def _claims_text(row: Row) -> str:
    return "".join(
        f"\n({c['field']} also given as {c['value']}: {', '.join(c['sources'])})" for c in row.get("claims", [])
    )


_NO_SPAN: Row = {}

DERIVED_MARK = "~"
"""Before a date visitkb worked out (from the next leg, the trip, a visit) rather than read from the record."""


def _leg_dates(leg: Row) -> str:
    """A leg's dates; a derived end is marked (~2016-11-18: until the next leg began)."""
    span = leg.get("span") or _NO_SPAN
    start, end, derived = span.get("start"), span.get("end"), span.get("derived_from")
    if not start and not end:
        return UNKNOWN_DATE
    if derived == "trip" and not leg["start"]:
        return UNKNOWN_DATE
    if derived in ("next leg", "trip") and leg["start"]:
        return span_text(start, f"{DERIVED_MARK}{end}" if end and end != start else None)
    return span_text(start, end)


def _leg_text(leg: Row) -> str:
    # Runs for every leg of every row of a listing (15,000 legs for 5,000 trips): plain steps.
    place = leg["country"]["name"]
    label = leg.get("country_label")
    if label and label != place:
        place = f"{place} ({label})"
    cities = leg["cities"]
    if cities:
        place = f"{place} ({', '.join(cities)})"
    text = f"{place}, {_leg_dates(leg)}: {', '.join(leg['types'])}"
    mode = leg.get("mode", "in-person")
    if mode != "in-person":
        text += f", {mode}"
    if leg.get("status") == "planned":
        text += ", planned"
    for event in leg["events"]:
        text += f"; {event['name']}"
    return text


TRIPS = Listing(
    "trips",
    columns={
        "id": lambda r: r["id"],
        "leader": lambda r: r["leader"]["name"],
        "title": lambda r: r["title"],
        "start": lambda r: r["start"],
        "end": lambda r: r["end"],
        "returned": lambda r: r["returned"],
        "countries": lambda r: [c["name"] for c in r["countries"]],
        "country_codes": lambda r: [c["code"] for c in r["countries"]],
        "legs": lambda r: [_leg_text(leg) for leg in r["legs"]],
        "sources": lambda r: r["sources"],
    },
    table={
        "Dates": lambda r: span_text(r["start"], r["end"]) + _travel_text(r) + _claims_text(r),
        "Leader": lambda r: r["leader"]["name"],
        "Trip": lambda r: r["title"] + (f"\n({r['description']})" if r["description"] else ""),
        "Legs": lambda r: "\n".join(_leg_text(leg) for leg in r["legs"]),
    },
)


def _travel_text(row: Row) -> str:
    parts = ([f"left {row['departed']}"] if row.get("departed") and row["departed"] != row["start"] else []) + (
        [f"back {row['returned']}"] if row.get("returned") else []
    )
    return f"\n({', '.join(parts)})" if parts else ""


def _agreement_text(row: Row) -> str:
    text = f"{row['count']['text']} {row['scope'] or 'agreements'}" if row["count"] else row["title"]
    if row.get("amount"):
        text += f", worth {row['amount']['text']}"
    return text + ("" if row.get("status", "signed") == "signed" else f" ({row['status']})")


def _during(row: Row) -> str:
    if row["trip"]:
        return row["trip"]["title"]
    return row["event"]["name"] if row["event"] else ""


def _derived_span(date: str | None, dated_by: str | None, own: str) -> str:
    """A date with a mark where it was worked out from what the record belongs to."""
    text = (date or UNKNOWN_DATE).replace("/", " – ")
    return text if dated_by in (None, own) else f"{DERIVED_MARK}{text}\n(by the {dated_by})"


AGREEMENTS = Listing(
    "agreements",
    columns={
        "id": lambda r: r["id"],
        "date": lambda r: r["date"],
        "dated_by": lambda r: r["dated_by"],
        "status": lambda r: r["status"],
        "parties": lambda r: [p["name"] for p in r["parties"]],
        "party_codes": lambda r: [p["code"] for p in r["parties"]],
        "agreement": _agreement_text,
        "title": lambda r: r["title"],
        "count": lambda r: r["count"]["value"] if r["count"] else None,
        "qualifier": lambda r: r["count"]["qualifier"] if r["count"] else None,
        "amount": lambda r: r["amount"]["text"] if r["amount"] else None,
        "domains": lambda r: r["domains"],
        "during": _during,
        "leaders": lambda r: [p["name"] for p in r["leaders"]],
        "sources": lambda r: r["sources"],
    },
    table={
        "Date": lambda r: _derived_span(r["date"], r["dated_by"], "signed"),
        "Parties": lambda r: ", ".join(p["name"] for p in r["parties"]),
        "Agreement": _agreement_text,
        "Domains": lambda r: ", ".join(r["domains"]),
        "During": _during,
    },
)


def _progress_text(row: Row) -> str:
    return "unknown" if row["progress"] is None else f"{row['progress']:.1%}"


def _latest_text(row: Row) -> str:
    latest = row["latest"]
    return "none known" if latest is None else f"{latest['text']} ({latest['period']})"


def _goal_text(row: Row) -> str:
    if row["goal"] is None:
        return "no figure"
    return row["goal"]["text"] + (f" by {row['deadline']}" if row["deadline"] else "")


_PLEDGE_COLUMNS = {
    "id": lambda r: r["id"],
    "title": lambda r: r["title"],
    "shape": lambda r: r["shape"],
    "goal": lambda r: r["goal"]["text"] if r["goal"] else None,
    "deadline": lambda r: r["deadline"],
    "status": lambda r: r["status"],
    "progress": lambda r: r["progress"],
    "latest": lambda r: r["latest"]["text"] if r["latest"] else None,
    "latest_period": lambda r: r["latest"]["period"] if r["latest"] else None,
    "as_of": lambda r: r["as_of"],
    "reason": lambda r: r["reason"],
    "sources": lambda r: r["sources"],
}

TARGETS = Listing(
    "targets",
    columns=_PLEDGE_COLUMNS,
    table={
        "Target": lambda r: r["title"],
        "Goal": _goal_text,
        "Latest figure": _latest_text,
        "Progress": _progress_text,
        "Status": lambda r: f"{r['status']}\n{r['reason']}",
    },
)

PLEDGES = Listing(
    "pledges",
    columns=_PLEDGE_COLUMNS,
    table={
        "Pledge": lambda r: (
            r["title"]
            + (f"\n{r['announced_by']['name']}, {r['announced']}" if r["announced_by"] and r["announced"] else "")
        ),
        "Shape": lambda r: r["shape"],
        "Goal": _goal_text,
        "Latest figure": _latest_text,
        "Status": lambda r: f"{r['status']}\n{r['reason']}",
    },
)


def _names(items: list[Row] | None) -> str:
    return ", ".join(i["name"] for i in items or [])


def _level_text(row: Row) -> str:
    qualifiers = f" ({', '.join(row['qualifiers'])})" if row.get("qualifiers") else ""
    later = "" if row["current"] else "\n(since changed)"
    return f"{row['label']}{qualifiers}\n{row['change']}{later}"


PARTNERSHIPS = Listing(
    "partnerships",
    columns={
        "id": lambda r: r["id"],
        "parties": lambda r: [p["name"] for p in r["parties"]],
        "party_codes": lambda r: [p["code"] for p in r["parties"]],
        "level": lambda r: r["level"],
        "rank": lambda r: r["rank"],
        "label": lambda r: r["label"],
        "change": lambda r: r["change"],
        "since": lambda r: r["since"],
        "upgraded_from": lambda r: r["upgraded_from"],
        "announced_during": lambda r: r["announced_during"]["id"] if r["announced_during"] else None,
        "current": lambda r: r["current"],
        "sources": lambda r: r["sources"],
    },
    table={
        "Since": lambda r: r["since"] or UNKNOWN_DATE,
        "Parties": lambda r: _names(r["parties"]),
        "Level": _level_text,
        "Announced during": lambda r: (
            (r["announced_during"]["trip"] or r["announced_during"]["id"]) if r["announced_during"] else ""
        ),
        "From": lambda r: r["upgraded_from"] or "",
    },
)


def _years_text(row: Row) -> str:
    fewest, most = row["years_range"]
    years = str(most) if fewest == most else f"{fewest}–{most}"
    return f"{years} (ended {row['ended']})" if row.get("ended") else years


RELATIONS = Listing(
    "relations",
    columns={
        "id": lambda r: r["id"],
        "countries": lambda r: [c["name"] for c in r["countries"]],
        "country_codes": lambda r: [c["code"] for c in r["countries"]],
        "established": lambda r: r["established"],
        "ended": lambda r: r.get("ended"),
        "years": _years_text,
        "sources": lambda r: r["sources"],
    },
    table={
        "Established": lambda r: r["established"],
        "Countries": lambda r: _names(r["countries"]),
        "Years": _years_text,
        "Notes": lambda r: "\n".join(r["notes"]),
    },
)

ANNIVERSARIES = Listing(
    "anniversaries",
    columns={
        "date": lambda r: r["date"],
        "nth": lambda r: r["nth"],
        "anniversary": lambda r: r["anniversary"],
        "kind": lambda r: r["kind"],
        "record": lambda r: r["record"],
        "established": lambda r: r["established"],
        "derived": lambda r: r["derived"],
        "passed": lambda r: r["passed"],
        "sources": lambda r: r["sources"],
    },
    table={
        "Date": lambda r: r["date"] + (" (passed)" if r["passed"] else ""),
        "Anniversary": lambda r: r["anniversary"],
        "Since": lambda r: r["established"],
    },
)


def _attendee_text(person: Row) -> str:
    return person["name"] + ("" if person.get("mode", "in-person") == "in-person" else f" ({person['mode']})")


EVENTS = Listing(
    "events",
    columns={
        "id": lambda r: r["id"],
        "name": lambda r: r["name"],
        "kind": lambda r: r["kind"],
        "start": lambda r: r["start"],
        "end": lambda r: r["end"],
        "host": lambda r: r["host"]["name"] if r["host"] else None,
        "host_code": lambda r: r["host"]["code"] if r["host"] else None,
        "city": lambda r: r["city"],
        "status": lambda r: r["standing"],
        "participants": lambda r: [_attendee_text(p) for p in r["participants"]],
        "sources": lambda r: r["sources"],
    },
    table={
        "Dates": lambda r: (
            span_text(r["start"], r["end"]) + ("" if r["standing"] == "held" else f"\n({r['standing']})")
        ),
        "Event": lambda r: f"{r['name']}\n({r['kind']})",
        "Where": lambda r: ", ".join(x for x in [r["city"], r["host"]["name"] if r["host"] else None] if x),
        "Participants": lambda r: ", ".join(_attendee_text(p) for p in r["participants"]),
    },
)

VISITS = Listing(
    "visits",
    columns={
        "id": lambda r: r["id"],
        "leader": lambda r: r["leader"]["name"],
        "country": lambda r: r["country"]["name"],
        "country_code": lambda r: r["country"]["code"],
        "cities": lambda r: r["cities"],
        "types": lambda r: r["types"],
        "mode": lambda r: r["mode"],
        "status": lambda r: r.get("status", "held"),
        "start": lambda r: r["start"],
        "end": lambda r: r["end"],
        "span_start": lambda r: r["span"]["start"],
        "span_end": lambda r: r["span"]["end"],
        "events": lambda r: [e["name"] for e in r["events"]],
        "trip": lambda r: r["trip"]["id"],
        "sources": lambda r: r["sources"],
    },
    table={
        "Dates": _leg_dates,
        "Leader": lambda r: r["leader"]["name"],
        "Visit": lambda r: _leg_text(r),
        "Trip": lambda r: r["trip"]["title"],
    },
)


def _affiliation(person: Row) -> str | None:
    """Where a person belongs: their country, else their organization."""
    if person.get("country"):
        return person["country"]["name"]
    return person["organization"]["name"] if person.get("organization") else None


def _people_text(row: Row) -> str:
    return ", ".join(p["name"] + (f" ({_affiliation(p)})" if _affiliation(p) else "") for p in row["people"])


MEETINGS = Listing(
    "meetings",
    columns={
        "id": lambda r: r["id"],
        "date": lambda r: r["date"],
        "dated_by": lambda r: r["dated_by"],
        "people": lambda r: [p["name"] for p in r["people"]],
        "people_ids": lambda r: [p["id"] for p in r["people"]],
        "organizations": lambda r: [o["name"] for o in r["organizations"]],
        "form": lambda r: r["form"],
        "country": lambda r: r["country"]["name"] if r["country"] else None,
        "country_code": lambda r: r["country"]["code"] if r["country"] else None,
        "city": lambda r: r["city"],
        "visit": lambda r: r["visit"]["id"] if r["visit"] else None,
        "event": lambda r: r["event"]["name"] if r["event"] else None,
        "sources": lambda r: r["sources"],
    },
    table={
        "Date": lambda r: _derived_span(r["date"], r["dated_by"], ""),
        "Who": lambda r: _people_text(r) + "".join(f", {o['name']}" for o in r["organizations"]),
        "Form": lambda r: r["form"].replace("-", " "),
        "Where": lambda r: ", ".join(x for x in [r["city"], r["country"]["name"] if r["country"] else None] if x),
        "During": lambda r: (r["visit"]["trip"] if r["visit"] else "") or (r["event"]["name"] if r["event"] else ""),
    },
)

FIGURES = Listing(
    "figures",
    columns={
        "id": lambda r: r["id"],
        "metric": lambda r: r["metric"],
        "parties": lambda r: [p["name"] for p in r["parties"]],
        "party_codes": lambda r: [p["code"] for p in r["parties"]],
        "period": lambda r: r["period"],
        "value": lambda r: r["value"]["value"],
        "scale": lambda r: r["value"]["scale"],
        "unit": lambda r: r["value"]["unit"],
        "qualifier": lambda r: r["value"]["qualifier"],
        "amount": lambda r: r["value"]["amount"],
        "change_percent": lambda r: r["change_percent"],
        "basis": lambda r: r["basis"],
        "reported": lambda r: r["reported"],
        "sources": lambda r: r["sources"],
    },
    table={
        "Period": lambda r: r["period"].replace("/", " – "),
        "Metric": lambda r: r["metric"],
        "Parties": lambda r: _names(r["parties"]),
        "Value": lambda r: (
            r["value"]["text"]
            + (
                f"\n({r['change_percent']:+g}% on {r['compared_with'] or 'before'})"
                if r["change_percent"] is not None
                else ""
            )
        ),
        "Basis": lambda r: (r["basis"] or "") + (f"\nreported {r['reported']}" if r["reported"] else ""),
    },
)

COUNTERPARTS = Listing(
    "people",
    columns={
        "id": lambda r: r["id"],
        "name": lambda r: r["name"],
        "country": lambda r: r["country"]["name"] if r.get("country") else None,
        "organization": lambda r: r["organization"]["name"] if r.get("organization") else None,
        "meetings": lambda r: r["meetings"],
        "dates": lambda r: r["dates"],
    },
)

COUNTRIES = Listing(
    "countries",
    columns={
        "code": lambda r: r["code"],
        "name": lambda r: r["name"],
        "visits_received": lambda r: r["visits_received"],
        "visits_abroad": lambda r: r["visits_abroad"],
        "meetings": lambda r: r["meetings"],
        "agreements": lambda r: r["agreements"],
        "relations": lambda r: r["relations"],
        "partnerships": lambda r: r["partnerships"],
        "events_hosted": lambda r: r["events_hosted"],
    },
)

LEADERS = Listing(
    "leaders",
    columns={
        "id": lambda r: r["id"],
        "name": lambda r: r["name"],
        "country": lambda r: r["country"]["name"] if r["country"] else None,
        "organization": lambda r: r["organization"]["name"] if r["organization"] else None,
        "offices": lambda r: [o["title"] for o in r["offices"]],
        "trips": lambda r: r["trips"],
        "countries_visited": lambda r: r["countries_visited"],
        "meetings": lambda r: r["meetings"],
        "first_trip": lambda r: r["first_trip"],
        "last_trip": lambda r: r["last_trip"],
        "sources": lambda r: r["sources"],
    },
)

SOURCES = Listing(
    "sources",
    columns={
        "id": lambda r: r["id"],
        "publisher": lambda r: r["publisher"],
        "title": lambda r: r["title"],
        "date": lambda r: r["date"],
        "url": lambda r: r["url"],
        "archived": lambda r: r["archived"],
        "cited_by": lambda r: r["cited_by"],
    },
    table={
        "Date": lambda r: r["date"] or UNKNOWN_DATE,
        "Source": lambda r: r["publisher"] + (f"\n{r['title']}" if r["title"] else ""),
        "URL": lambda r: r["url"] or "",
        "Cited by": lambda r: str(r["cited_by"]),
    },
)

TIMELINE = Listing(
    "entries",
    columns={
        "date": lambda r: r["date"],
        "kind": lambda r: r["kind"],
        "text": lambda r: r["text"],
        "record": lambda r: r["record"],
        "countries": lambda r: r["countries"],
        "sources": lambda r: r["sources"],
    },
    table={
        "Date": lambda r: r["date"].replace("/", " – "),
        "Kind": lambda r: r["kind"],
        "What happened": lambda r: r["text"],
    },
)

SEARCH = Listing(
    "matches",
    columns={
        "collection": lambda r: r["collection"],
        "id": lambda r: r["id"],
        "title": lambda r: r["title"],
        "match": lambda r: r["match"],
        "score": lambda r: r["score"],
        "snippet": lambda r: r["snippet"],
        "in": lambda r: f"{r['in']['collection']}/{r['in']['id']}" if r.get("in") else None,
    },
    table={
        "Record": lambda r: f"{r['collection']}/{r['id']}",
        "Title": lambda r: r["title"] + (f"\n(in {r['in']['title']})" if r.get("in") else ""),
        "Matched text": lambda r: r["snippet"],
    },
)


def _sources_text(side: Row) -> str:
    return "; ".join(c["publisher"] or c["source"] for c in side["sources"])


CONFLICTS = Listing(
    "conflicts",
    columns={
        "collection": lambda r: r["record"]["collection"],
        "id": lambda r: r["record"]["id"],
        "field": lambda r: r["field"],
        "recorded": lambda r: r["recorded"]["value"],
        "recorded_sources": lambda r: [c["source"] for c in r["recorded"]["sources"]],
        "claimed": lambda r: r["claimed"]["value"],
        "claimed_sources": lambda r: [c["source"] for c in r["claimed"]["sources"]],
        "note": lambda r: r["note"],
    },
    table={
        "Record": lambda r: f"{r['record']['collection']}/{r['record']['id']}",
        "Field": lambda r: r["field"],
        "Recorded": lambda r: f"{cell(r['recorded']['value'])}\n({_sources_text(r['recorded'])})",
        "Also given as": lambda r: f"{cell(r['claimed']['value'])}\n({_sources_text(r['claimed'])})",
        "Note": lambda r: r["note"] or "",
    },
)

OFFICES = Listing(
    "offices",
    columns={
        "title": lambda r: r["title"],
        "country": lambda r: r["country"]["name"] if r["country"] else None,
        "start": lambda r: r["start"],
        "end": lambda r: r["end"],
        "sources": lambda r: r["sources"],
    },
)

COUNTRIES_VISITED = Listing(
    "countries",
    columns={"code": lambda r: r["code"], "name": lambda r: r["name"], "visits": lambda r: r["visits"]},
)

CITATIONS = Listing(
    "citations",
    columns={
        "at": lambda r: r["at"],
        "source": lambda r: r["source"],
        "publisher": lambda r: r["publisher"],
        "date": lambda r: r["date"],
        "url": lambda r: r["url"],
        "excerpt": lambda r: r["excerpt"],
        "note": lambda r: r["note"],
        "derived": lambda r: r["derived"],
        "supports": lambda r: r["supports"],
        "knowledge_base": lambda r: r.get("knowledge_base"),
    },
    table={
        "At": lambda r: r["at"],
        "Source": lambda r: (r["publisher"] or r["source"]) + (f" ({r['date']})" if r["date"] else ""),
        "Says": lambda r: (
            (f"“{r['excerpt']}”" if r["excerpt"] else r["note"] or "")
            + (f"\nderived: {r['derived']}" if r["derived"] else "")
        ),
        "Supports": lambda r: ", ".join(r["supports"]),
        "From": lambda r: r.get("knowledge_base") or "",
    },
)

REFERRERS = Listing(
    "records",
    columns={"collection": lambda r: r["collection"], "id": lambda r: r["id"], "via": lambda r: r.get("via")},
    table={
        "Record": lambda r: f"{r['collection']}/{r['id']}",
        "Names": lambda r: f"its leg {r['via']}" if r.get("via") else "this record",
    },
)

EVENT_CODES = Listing(
    "codes",
    columns={k: field_of(k) for k in ("scheme", "code", "name", "mode", "actor", "recipient")},
    table={
        "Scheme": lambda r: r["scheme"],
        "Code": lambda r: r["code"],
        "Name": lambda r: r["name"] or "",
        "Mode": lambda r: r["mode"] or "",
        "Actor": lambda r: r["actor"] or "",
        "Recipient": lambda r: r["recipient"] or "",
    },
)

FIELDS = Listing(
    "fields",
    columns={"field": lambda r: r["field"], "value": lambda r: r["value"]},
)


def _panel_columns(*names: str) -> dict:
    return {name: field_of(name) for name in names}


PANEL = Listing(
    "country-years",
    columns=_panel_columns(
        "country", "name", "iso3", "iso_numeric", "cow_code", "cow_abb", "year", *COUNTRY_YEAR_COUNTS
    ),
)

DYAD_PANEL = Listing(
    "dyad-years",
    columns=_panel_columns(
        "visitor",
        "visitor_name",
        *(f"visitor_{k}" for k in KEY_COLUMNS),
        "host",
        "host_name",
        *(f"host_{k}" for k in KEY_COLUMNS),
        "year",
        *DYAD_YEAR_COUNTS,
    ),
)

PANEL_LISTINGS = {"country-year": PANEL, "dyad-year": DYAD_PANEL}
"""The listing of each panel ``export --panel`` prints."""

# The sections of each profile, in order, with the listing that shows each: the terminal profile
# (visitkb country, visitkb leader) and the HTML report show the same.
COUNTRY_SECTIONS = [
    ("relations", RELATIONS),
    ("partnerships", PARTNERSHIPS),
    ("visits_received", VISITS),
    ("visits_abroad", VISITS),
    ("host_leaders", COUNTERPARTS),
    ("leaders_met_there", COUNTERPARTS),
    ("meetings", MEETINGS),
    ("agreements", AGREEMENTS),
    ("events_hosted", EVENTS),
    ("pledges", PLEDGES),
]
LEADER_SECTIONS = [
    ("offices", OFFICES),
    ("trips", TRIPS.without("Leader")),
    ("countries_visited", COUNTRIES_VISITED),
    ("counterparts", COUNTERPARTS),
    ("meetings", MEETINGS),
    ("events", EVENTS),
]
