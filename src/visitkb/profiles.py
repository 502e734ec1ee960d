"""Profiles and provenance: one country, one leader or one record in full, and where sources disagree.

Like :mod:`visitkb.queries`, these are pure functions over a KnowledgeBase that return
JSON-ready values; a profile is a dict of sections, each a list of rows.
"""

from __future__ import annotations

from typing import Any

from . import kinds, queries
from .errors import AmbiguousName, UnknownName
from .kb import KnowledgeBase
from .names import country_name, normalize, resolve_country, resolve_leader
from .records import Record, citations_in, source_ids

Row = dict[str, Any]


def country(kb: KnowledgeBase, name: str) -> Row:
    """Everything about one country: relations, partnerships, visits both ways, leaders met there, agreements,
    events and pledges."""
    code = resolve_country(kb, name)
    record = kb.get("countries", code)
    leaders_of = {p["id"] for p in kb.records("people") if p["country"] == code}
    abroad = [v for leader in sorted(leaders_of) for v in queries.visits(kb, leader=leader)]
    held_there = queries.meetings(kb, country=code)
    return {
        "country": {"code": code, "name": country_name(code, kb), "aliases": list(record["aliases"]) if record else []},
        "relations": queries.relations(kb, country=code),
        "partnerships": queries.partnerships(kb, country=code, history=True),
        "visits_received": queries.visits(kb, country=code),
        "visits_abroad": sorted(abroad, key=lambda v: (v["start"] or "", v["id"])),
        "host_leaders": _who_met(held_there, lambda person: person.get("country", {}).get("code") == code),
        "leaders_met_there": _who_met(held_there, lambda person: person.get("country", {}).get("code") != code),
        "meetings": held_there,
        "agreements": queries.agreements(kb, country=code),
        "events_hosted": queries.events(kb, country=code),
        "pledges": [t for t in queries.pledges(kb) if code in [p["code"] for p in t["parties"]]],
    }


def _who_met(meetings: list[Row], chosen) -> list[Row]:
    """The people of some meetings that ``chosen`` picks, with how many meetings and when."""
    people: dict[str, Row] = {}
    for meeting in meetings:
        for person in meeting["people"]:
            if chosen(person):
                entry = people.setdefault(person["id"], {**person, "meetings": 0, "dates": []})
                entry["meetings"] += 1
                entry["dates"].append(meeting["date"] or "date unknown")
    return sorted(people.values(), key=lambda p: (-p["meetings"], normalize(p["name"])))


def leader(kb: KnowledgeBase, name: str) -> Row:
    """Everything about one leader: offices, trips, countries visited, counterparts met, events attended."""
    person_id = resolve_leader(kb, name)
    person = kb.require("people", person_id)
    trips = queries.trips(kb, leader=person_id)
    visited: dict[str, int] = {}
    for trip in trips:
        for leg in trip["legs"]:
            visited[leg["country"]["code"]] = visited.get(leg["country"]["code"], 0) + 1
    return {
        "leader": {
            "id": person_id,
            "name": person["name"],
            "aliases": list(person["aliases"]),
            "country": {"code": person["country"], "name": country_name(person["country"], kb)}
            if person["country"]
            else None,
            "organization": person.get("organization"),
            "sources": source_ids(person["citations"]),
        },
        "offices": [
            {
                "title": o["title"],
                "country": {"code": o["country"], "name": country_name(o["country"], kb)} if o["country"] else None,
                "start": o["start"],
                "end": o["end"],
                "sources": source_ids(o["citations"]),
            }
            for o in person["offices"]
        ],
        "trips": trips,
        "countries_visited": [
            {"code": c, "name": country_name(c, kb), "visits": n}
            for c, n in sorted(visited.items(), key=lambda i: (-i[1], i[0]))
        ],
        "counterparts": queries.counterparts(kb, person_id),
        "meetings": queries.meetings(kb, leader=person_id),
        "events": queries.events(kb, leader=person_id),
    }


def show(kb: KnowledgeBase, record_id: str) -> Row:
    """One record in full: its fields, every citation with its source, claims, and what refers to it."""
    found = kb.find(record_id)
    if not found:
        import difflib

        every = sorted({i for kind in kinds.identified() for i in kb.ids(kind.collection)})
        raise UnknownName("record", record_id, difflib.get_close_matches(record_id, every, n=3))
    if len(found) > 1:
        raise AmbiguousName("record", record_id, [f"{c}/{record_id}" for c, _ in found])
    collection, record = found[0]
    trip = kb.trip_of(record_id) if collection == "visits" else None
    citations = citations_in(record)
    return {
        "collection": collection,
        "id": record_id,
        "title": queries.record_title(collection, record, kb),
        "trip": {"id": trip["id"], "title": trip["title"]} if trip else None,
        "record": record,
        "citations": [
            {"at": at, **row, "knowledge_base": _base_of_citation(kb, collection, record_id, citation)}
            for (at, citation), row in zip(citations, queries.citation_rows(kb, [c for _, c in citations]), strict=True)
        ],
        "claims": _claims_of(kb, collection, record),
        "codes": queries.record_codes(kb, collection, record),
        "referred_by": _referred_by(kb, collection, record),
    }


def _referred_by(kb: KnowledgeBase, collection: str, record: Record) -> list[Row]:
    """The records that name this one, and those that name one of its parts (a trip's legs), saying which."""
    rows = [{"collection": c, "id": i, "via": None} for c, i in kb.referrers(collection, record["id"])]
    for child in kinds.children_of(collection):
        for part in record.get(child.parent.field if child.parent else "", []):
            if part.get("id"):
                rows += [
                    {"collection": c, "id": i, "via": part["id"]} for c, i in kb.referrers(child.collection, part["id"])
                ]
    return rows


def _base_of_citation(kb: KnowledgeBase, collection: str, record_id: str, citation: Record) -> str | None:
    """The knowledge base a citation comes from: the annotation's that added it, else the record's own."""
    if citation.get("annotation"):
        where = kb.locate("annotations", citation["annotation"])
    else:
        kind = kinds.find(collection)
        owner = kb.owner_of(collection, record_id) if kind is not None and kind.parent is not None else None
        where = kb.locate(kind.parent.collection, owner["id"]) if owner and kind and kind.parent else None
        where = where or kb.locate(collection, record_id)
    return kb.knowledge_base_of(where[0]) if where else None


def _claims_of(kb: KnowledgeBase, collection: str, record: Record, path: str = "") -> list[Row]:
    """Every disagreement recorded in a record (nested ones such as legs included): both values and their sources."""
    rows = []
    for claim in record.get("claims", []):
        supporting = [c for c in record["citations"] if claim["field"] in c["supports"]] or _own_citations(
            record, claim["field"]
        )
        rows.append(
            {
                "record": {"collection": collection, "id": record["id"]},
                "at": path or None,
                "field": claim["field"],
                "recorded": {
                    "value": shown_value(value_at(record, claim["field"])),
                    "sources": queries.citation_rows(kb, supporting or record["citations"]),
                },
                "claimed": {"value": claim["value"], "sources": queries.citation_rows(kb, claim["citations"])},
                "note": claim["note"],
            }
        )
    for child in kinds.children_of(collection):
        field = child.parent.field if child.parent else ""
        for index, part in enumerate(record.get(field, [])):
            rows.extend(_claims_of(kb, child.collection, part, f"{field}[{index}]"))
    return rows


def _own_citations(record: Record, field: str) -> list[Record]:
    """The citations of the innermost part a dotted path passes through (a stop's own), if it has any."""
    found: list[Record] = []
    value: Any = record
    for part in field.split(".")[:-1]:
        if isinstance(value, list) and part.isdigit():
            value = value[int(part)] if int(part) < len(value) else None
        else:
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, dict) and value.get("citations"):
            found = value["citations"]
    return found


def value_at(record: Record, field: str) -> Any:
    """The value at a field or a dotted path into nested values (``amount.value``), or None."""
    value: Any = record
    for part in field.split("."):
        if isinstance(value, list) and part.isdigit():
            value = value[int(part)] if int(part) < len(value) else None
        else:
            value = value.get(part) if isinstance(value, dict) else None
    return value


def shown_value(value: Any) -> Any:
    """A recorded value as a reader sees it: a count or an amount as its text, anything else as it is."""
    if isinstance(value, dict) and "value" in value and "qualifier" in value:
        if "unit" in value:
            return queries.format_amount(value["value"], value, value["qualifier"])
        return queries.describe(value["qualifier"], str(value["value"]))
    return value


def conflicts(kb: KnowledgeBase) -> list[Row]:
    """Every fact on which two sources disagree, with both values and their sources: claims recorded on a
    record, and figures of one metric, parties and period that give different values."""
    rows = [
        row
        for collection in kinds.collections()
        for record in kb.records(collection)
        for row in _claims_of(kb, collection, record)
    ]
    for group in queries.figure_conflicts(kb):
        first = group[0]
        for other in group[1:]:
            rows.append(
                {
                    "record": {"collection": "figures", "id": first["id"]},
                    "at": None,
                    "field": "value",
                    "recorded": {
                        "value": shown_value(first["value"]),
                        "figure": first["id"],
                        "sources": queries.citation_rows(kb, first["citations"]),
                    },
                    "claimed": {
                        "value": shown_value(other["value"]),
                        "figure": other["id"],
                        "sources": queries.citation_rows(kb, other["citations"]),
                    },
                    "note": f"{first['metric']} for {', '.join(first['parties'])}, {other['period_start']}"
                    + (f"/{other['period_end']}" if other["period_end"] else "")
                    + (
                        f": {first['basis'] or 'one basis'} against {other['basis'] or 'another'}"
                        if first["basis"] != other["basis"]
                        else ""
                    ),
                }
            )
    return rows
