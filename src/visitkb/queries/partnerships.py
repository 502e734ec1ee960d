"""Partnerships and their history, diplomatic relations, and round-number anniversaries.

Partnership levels are data: each knowledge base declares its levels (``partnership_levels``:
a rank and the wordings that mean it) and the qualifiers that sit beside a level without
changing it (``partnership_qualifiers``: "for a new era"). An upgrade is a rise in rank.
"""

from __future__ import annotations

import datetime as dt

from ..dates import PartialDate
from ..errors import UsageError
from ..kb import KnowledgeBase
from ..names import former_state, normalize, party_name
from ..records import Record, source_ids
from .common import Row, as_of_day, country_ref, country_scope, parse_day, party_ref, person_ref, required_day


def visit_ref(kb: KnowledgeBase, visit_id: str | None) -> Row | None:
    """A leg as ``{"id", "trip", "leader"}``: the leg, its trip's title and its leader."""
    if visit_id is None:
        return None
    trip = kb.trip_of(visit_id)
    return {
        "id": visit_id,
        "trip": trip["title"] if trip else None,
        "leader": person_ref(kb, trip["leader"]) if trip else None,
    }


def ladder(kb: KnowledgeBase) -> dict[str, Record]:
    """The partnership levels the loaded knowledge bases declare, by id."""
    return {level["id"]: level for level in kb.records("partnership_levels")}


def _rank(levels: dict[str, Record], partnership: Record | None) -> int | None:
    level = levels.get(partnership["level"]) if partnership else None
    return level["rank"] if level else None


def change_of(levels: dict[str, Record], partnership: Record, previous: Record | None) -> str:
    """What a stage was, from the ranks: established, upgraded only where the rank rises, downgraded
    where it falls; at one rank, relabelled (a new wording) or reaffirmed, as the record says."""
    if previous is None:
        return partnership.get("change") or "established"
    rank, before = _rank(levels, partnership), _rank(levels, previous)
    if rank is not None and before is not None and rank != before:
        return "upgraded" if rank > before else "downgraded"
    declared = partnership.get("change")
    if declared in ("relabelled", "reaffirmed"):
        return declared
    return "relabelled" if normalize(partnership["label"]) != normalize(previous["label"]) else "reaffirmed"


def partnership_row(
    kb: KnowledgeBase, partnership: Record, current: bool, levels: dict[str, Record] | None = None
) -> Row:
    """One partnership stage between two parties, with its level, its rank and what changed."""
    levels = ladder(kb) if levels is None else levels
    previous = kb.get("partnerships", partnership["upgraded_from"]) if partnership["upgraded_from"] else None
    level = levels.get(partnership["level"])
    qualifiers = [kb.get("partnership_qualifiers", q) for q in partnership.get("qualifiers", [])]
    return {
        "id": partnership["id"],
        "parties": [party_ref(kb, p) for p in partnership["parties"]],
        "level": partnership["level"],
        "level_name": level["name"] if level else partnership["level"],
        "rank": level["rank"] if level else None,
        "label": partnership["label"],
        "qualifiers": [q["name"] for q in qualifiers if q],
        "change": change_of(levels, partnership, previous),
        "declared_change": partnership.get("change"),
        "since": partnership["since"],
        "upgraded_from": partnership["upgraded_from"],
        "announced_during": visit_ref(kb, partnership["announced_during"]),
        "instrument": partnership["instrument"],
        "current": current,
        "notes": list(partnership["notes"]),
        "sources": source_ids(partnership["citations"]),
    }


def _matches_level(kb: KnowledgeBase, levels: dict[str, Record], partnership: Record, wanted: str) -> bool:
    """Whether a partnership is at a level, or bears a label or qualifier, that ``wanted`` names."""
    level = levels.get(partnership["level"])
    names = [partnership["level"], partnership["label"]]
    if level:
        names += [level["name"], *level["labels"]]
    for qualifier_id in partnership.get("qualifiers", []):
        qualifier = kb.get("partnership_qualifiers", qualifier_id)
        names += [qualifier_id, *([qualifier["name"], *qualifier["wordings"]] if qualifier else [])]
    return any(wanted == normalize(name) for name in names) or wanted in normalize(partnership["label"])


def partnerships(
    kb: KnowledgeBase,
    country: str | None = None,
    level: str | None = None,
    history: bool = False,
    with_predecessors: bool = False,
) -> list[Row]:
    """Each pair's current partnership (with ``history``, every stage), by date.

    ``level`` matches a level's id or name, any wording of it, a qualifier ("new era"), or
    words of the partnership's own label.
    """
    codes = country_scope(kb, country, with_predecessors)
    levels = ladder(kb)
    every = list(kb.records("partnerships"))
    superseded = {p["upgraded_from"] for p in every if p["upgraded_from"]}
    latest: dict[tuple, Record] = {}
    for p in every:
        if p["id"] in superseded:
            continue
        pair = tuple(sorted(p["parties"]))
        known = latest.get(pair)
        if known is None or _since_key(levels, p) > _since_key(levels, known):
            latest[pair] = p
    current_ids = {p["id"] for p in latest.values()}
    wanted = normalize(level) if level else None
    if wanted:
        _known_level(kb, levels, every, wanted, level or "")
    rows = []
    for p in sorted(every, key=lambda p: (sorted(p["parties"]), _since_key(levels, p), p["id"])):
        if codes and not codes & set(p["parties"]):
            continue
        if not history and p["id"] not in current_ids:
            continue
        if wanted and not _matches_level(kb, levels, p, wanted):
            continue
        rows.append(partnership_row(kb, p, p["id"] in current_ids, levels))
    return rows


def _known_level(kb: KnowledgeBase, levels: dict[str, Record], every: list[Record], wanted: str, given: str) -> None:
    """Refuse a ``--level`` that names no declared level, wording or qualifier and no words of any label."""
    words = {normalize(w) for level in levels.values() for w in (level["id"], level["name"], *level["labels"])}
    for qualifier in kb.records("partnership_qualifiers"):
        words |= {normalize(w) for w in (qualifier["id"], qualifier["name"], *qualifier["wordings"])}
    if wanted in words or any(wanted in normalize(p["label"]) for p in every):
        return
    import difflib

    close = difflib.get_close_matches(wanted, sorted(words), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise UsageError(f"unknown partnership level {given!r}; {hint}use one of: {', '.join(levels)}")


def _since_key(levels: dict[str, Record], partnership: Record) -> tuple:
    since = parse_day(partnership["since"])
    return (since.sort_key() if since else (0, 0, 0), _rank(levels, partnership) or 0)


def _years_since(start: dt.date, day: dt.date) -> int:
    """Whole years from one day to another."""
    return day.year - start.year - ((day.month, day.day) < (start.month, start.day))


def relations(
    kb: KnowledgeBase, country: str | None = None, as_of: str | dt.date | None = None, with_predecessors: bool = False
) -> list[Row]:
    """Diplomatic relations, oldest first, with how many whole years they have lasted.

    From a date known only to the year or month the count is a range (``years_range``):
    the fewest years if it was the period's last day, the most if its first.
    """
    codes = country_scope(kb, country, with_predecessors)
    day = as_of_day(as_of)
    rows = []
    for relation in kb.records("relations", [f"country:{c}" for c in codes] if codes else None):
        if codes and not codes & set(relation["countries"]):
            continue
        established: PartialDate = required_day(relation["established"])
        ended, why_ended = relation_end(relation)
        # Relations that ended count their years to the end, as a range where the end is a year or month.
        last, first = (min(day, ended.latest()), min(day, ended.earliest())) if ended else (day, day)
        most, fewest = _years_since(established.earliest(), last), _years_since(established.latest(), first)
        until = f"{ended} ({why_ended})" if ended and ended.earliest() <= day else day.isoformat()
        rows.append(
            {
                "id": relation["id"],
                "countries": [country_ref(kb, c) for c in relation["countries"]],
                "established": relation["established"],
                "ended": str(ended) if ended else None,
                "years": most,
                "years_range": [fewest, most],
                "years_derived": f"{until} − {relation['established']}"
                + (
                    f" (the dates are known to the {established.precision}: {fewest} to {most} whole years)"
                    if fewest != most
                    else ""
                ),
                "notes": list(relation["notes"]),
                "sources": source_ids(relation["citations"]),
            }
        )
    return sorted(rows, key=lambda r: (required_day(r["established"]).sort_key(), r["id"]))


def relation_end(relation: Record) -> tuple[PartialDate | None, str]:
    """When relations ended and why: the date the record gives, else the last year of a former state in them."""
    if relation.get("ended"):
        return required_day(relation["ended"]), "broken off"
    ends = [(former.end, former.name) for c in relation["countries"] if (former := former_state(c)) and former.end]
    if not ends:
        return None, ""
    year, name = min(ends)
    return required_day(str(year)), f"the last year of {name}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def anniversaries(kb: KnowledgeBase, year: int | None = None, today: dt.date | None = None) -> list[Row]:
    """Round-number anniversaries (every fifth from the 10th) of relations and partnerships in a year.

    ``passed`` says whether the day has come by ``today`` (a date known to the year or month
    has passed once its last day has).
    """
    today = today or dt.date.today()
    year = year or today.year
    rows = []
    dated = [
        ("relations", r, r["established"], r["countries"])
        for r in kb.records("relations")
        if (end := relation_end(r)[0]) is None or end.latest().year >= year
    ]
    dated += [("partnerships", p, p["since"], p["parties"]) for p in kb.records("partnerships") if p["since"]]
    for collection, record, date_text, parties in dated:
        established = required_day(date_text)
        nth = year - established.year
        if nth < 10 or nth % 5:
            continue
        names = " and ".join(party_name(p, kb) for p in parties)
        what = (
            "diplomatic relations between " + names
            if collection == "relations"
            else f"the {record['label']} between {names}"
        )
        date = f"{year}" + date_text[4:]
        rows.append(
            {
                "date": date,
                "nth": nth,
                "anniversary": f"{_ordinal(nth)} anniversary of {what}",
                "kind": "relations" if collection == "relations" else "partnership",
                "record": record["id"],
                "parties": [party_ref(kb, p) for p in parties],
                "established": date_text,
                "derived": f"{year} − {established.year} = {nth}",
                "passed": required_day(date).latest() < today,
                "sources": source_ids(record["citations"]),
            }
        )
    return sorted(rows, key=lambda r: (required_day(r["date"]).sort_key(), r["record"]))
