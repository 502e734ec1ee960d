"""How each kind of result looks: its table columns on a terminal and its flat columns in CSV/TSV."""

from __future__ import annotations

from .rendering import Listing, Row, cell, field_of


def span_text(start: str | None, end: str | None) -> str:
    """'2016-11-17 – 2016-11-23', one date, or '?' when neither is known."""
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end or "?"


def _claims_text(row: Row) -> str:
    return "".join(
        f"\n({c['field']} also given as {c['value']}: {', '.join(c['sources'])})" for c in row.get("claims", [])
    )


def _leg_text(leg: Row) -> str:
    place = leg["country"]["name"]
    if leg["cities"]:
        place += f" ({', '.join(leg['cities'])})"
    if leg["start"] and not leg["end"]:
        dates = f"from {leg['start']}"
    elif leg["end"] and not leg["start"]:
        dates = f"until {leg['end']}"
    else:
        dates = span_text(leg["start"], leg["end"]) if leg["start"] else "dates unknown"
    events = "".join(f"; {e['name']}" for e in leg["events"])
    return f"{place}, {dates}: {', '.join(leg['types'])}{events}"


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
        "Dates": lambda r: span_text(r["start"], r["end"]) + _claims_text(r),
        "Leader": lambda r: r["leader"]["name"],
        "Trip": lambda r: r["title"] + (f"\n{r['description']}" if r["description"] else ""),
        "Legs": lambda r: "\n".join(_leg_text(leg) for leg in r["legs"]),
    },
)


def _agreement_text(row: Row) -> str:
    if row["count"]:
        return f"{row['count']['text']} {row['scope'] or 'agreements'}"
    return row["title"]


def _during(row: Row) -> str:
    if row["trip"]:
        return row["trip"]["title"]
    return row["event"]["name"] if row["event"] else ""


AGREEMENTS = Listing(
    "agreements",
    columns={
        "id": lambda r: r["id"],
        "date": lambda r: r["date"],
        "parties": lambda r: [p["name"] for p in r["parties"]],
        "party_codes": lambda r: [p["code"] for p in r["parties"]],
        "agreement": _agreement_text,
        "title": lambda r: r["title"],
        "count": lambda r: r["count"]["value"] if r["count"] else None,
        "qualifier": lambda r: r["count"]["qualifier"] if r["count"] else None,
        "domains": lambda r: r["domains"],
        "during": _during,
        "leaders": lambda r: [p["name"] for p in r["leaders"]],
        "sources": lambda r: r["sources"],
    },
    table={
        "Date": lambda r: (r["date"] or "?").replace("/", " – "),
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


TARGETS = Listing(
    "targets",
    columns={
        "id": lambda r: r["id"],
        "title": lambda r: r["title"],
        "goal": lambda r: r["goal"]["text"],
        "deadline": lambda r: r["deadline"],
        "status": lambda r: r["status"],
        "progress": lambda r: r["progress"],
        "latest": lambda r: r["latest"]["text"] if r["latest"] else None,
        "latest_period": lambda r: r["latest"]["period"] if r["latest"] else None,
        "as_of": lambda r: r["as_of"],
        "reason": lambda r: r["reason"],
        "sources": lambda r: r["sources"],
    },
    table={
        "Target": lambda r: r["title"],
        "Goal": lambda r: f"{r['goal']['text']} by {r['deadline']}",
        "Latest figure": _latest_text,
        "Progress": _progress_text,
        "Status": lambda r: f"{r['status']}\n{r['reason']}",
    },
)


def _names(items: list[Row] | None) -> str:
    return ", ".join(i["name"] for i in items or [])


PARTNERSHIPS = Listing(
    "partnerships",
    columns={
        "id": lambda r: r["id"],
        "parties": lambda r: [p["name"] for p in r["parties"]],
        "party_codes": lambda r: [p["code"] for p in r["parties"]],
        "level": lambda r: r["level"],
        "label": lambda r: r["label"],
        "since": lambda r: r["since"],
        "upgraded_from": lambda r: r["upgraded_from"],
        "announced_during": lambda r: r["announced_during"]["id"] if r["announced_during"] else None,
        "current": lambda r: r["current"],
        "sources": lambda r: r["sources"],
    },
    table={
        "Since": lambda r: r["since"] or "?",
        "Parties": lambda r: _names(r["parties"]),
        "Level": lambda r: r["label"] + ("" if r["current"] else "\n(since upgraded)"),
        "Announced during": lambda r: (
            (r["announced_during"]["trip"] or r["announced_during"]["id"]) if r["announced_during"] else ""
        ),
        "Upgraded from": lambda r: r["upgraded_from"] or "",
    },
)

RELATIONS = Listing(
    "relations",
    columns={
        "id": lambda r: r["id"],
        "countries": lambda r: [c["name"] for c in r["countries"]],
        "country_codes": lambda r: [c["code"] for c in r["countries"]],
        "established": lambda r: r["established"],
        "years": lambda r: r["years"],
        "sources": lambda r: r["sources"],
    },
    table={
        "Established": lambda r: r["established"],
        "Countries": lambda r: _names(r["countries"]),
        "Years": lambda r: str(r["years"]),
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
        "sources": lambda r: r["sources"],
    },
    table={
        "Date": lambda r: r["date"],
        "Anniversary": lambda r: r["anniversary"],
        "Since": lambda r: r["established"],
    },
)

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
        "status": lambda r: r["status"],
        "participants": lambda r: [p["name"] for p in r["participants"]],
        "sources": lambda r: r["sources"],
    },
    table={
        "Dates": lambda r: span_text(r["start"], r["end"]) + (" (planned)" if r["status"] == "planned" else ""),
        "Event": lambda r: r["name"],
        "Where": lambda r: ", ".join(x for x in [r["city"], r["host"]["name"] if r["host"] else None] if x),
        "Participants": lambda r: _names(r["participants"]),
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
        "start": lambda r: r["start"],
        "end": lambda r: r["end"],
        "events": lambda r: [e["name"] for e in r["events"]],
        "trip": lambda r: r["trip"]["id"],
        "sources": lambda r: r["sources"],
    },
    table={
        "Dates": lambda r: span_text(r["start"], r["end"]),
        "Leader": lambda r: r["leader"]["name"],
        "Visit": lambda r: _leg_text(r),
        "Trip": lambda r: r["trip"]["title"],
    },
)

COUNTRIES = Listing(
    "countries",
    columns={
        "code": lambda r: r["code"],
        "name": lambda r: r["name"],
        "visits_received": lambda r: r["visits_received"],
        "visits_abroad": lambda r: r["visits_abroad"],
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
        "country": lambda r: r["country"]["name"],
        "offices": lambda r: [o["title"] for o in r["offices"]],
        "trips": lambda r: r["trips"],
        "countries_visited": lambda r: r["countries_visited"],
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
        "Date": lambda r: r["date"] or "?",
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
        "What": lambda r: r["kind"],
        "": lambda r: r["text"],
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
    },
    table={
        "Record": lambda r: f"{r['collection']}/{r['id']}",
        "Title": lambda r: r["title"],
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
    },
    table={
        "At": lambda r: r["at"],
        "Source": lambda r: (r["publisher"] or r["source"]) + (f" ({r['date']})" if r["date"] else ""),
        "Says": lambda r: (
            (f"“{r['excerpt']}”" if r["excerpt"] else r["note"] or "")
            + (f"\nderived: {r['derived']}" if r["derived"] else "")
        ),
        "Supports": lambda r: ", ".join(r["supports"]),
    },
)

REFERRERS = Listing(
    "records",
    columns={"collection": lambda r: r["collection"], "id": lambda r: r["id"]},
)

FIELDS = Listing(
    "fields",
    columns={"field": lambda r: r["field"], "value": lambda r: r["value"]},
)

PANEL = Listing(
    "country-years",
    columns={
        k: field_of(k)
        for k in ("country", "name", "year", "visits_received", "visits_made", "agreements", "events_hosted")
    },
)
