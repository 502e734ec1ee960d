"""Figures: observed values of a metric (trade, exports, investment) for some parties over a period.

Sources often disagree about one figure (each side's statistics, an early and a revised
count): such figures are kept side by side, and ``figure_conflicts`` lists them.
"""

from __future__ import annotations

import datetime as dt

from ..dates import PartialDate, overlaps
from ..kb import KnowledgeBase
from ..names import normalize
from ..records import Record, source_ids
from .common import SCALES, Row, amount_row, country_scope, date_range, parse_day, party_ref, required_day
from .provenance import claim_rows


def period_of(figure: Record) -> tuple[PartialDate, PartialDate]:
    """First and last partial dates of the period a figure (or an observation) covers."""
    first = required_day(figure["period_start"])
    return first, parse_day(figure["period_end"]) or first


def period_text(figure: Record) -> str:
    """The period as written: ``2024``, or ``2016-01/2016-06`` for a span."""
    first, last = period_of(figure)
    return first.isoformat() if first == last else f"{first}/{last}"


def known_from(figure: Record) -> dt.date:
    """The first day a figure could be known: when it was reported, else the day after its period ended."""
    if figure["reported"]:
        return required_day(figure["reported"]).latest()
    return period_of(figure)[1].latest() + dt.timedelta(days=1)


def metric_matches(metric: str, wanted: str) -> bool:
    """Whether a figure's metric is the one asked for: the same words, or every word asked for."""
    have, want = normalize(metric), normalize(wanted)
    return have == want or set(want.split()) <= set(have.split())


def figure_row(kb: KnowledgeBase, figure: Record) -> Row:
    """One figure as a JSON-ready row."""
    return {
        "id": figure["id"],
        "metric": figure["metric"],
        "parties": [party_ref(kb, p) for p in figure["parties"]],
        "period": period_text(figure),
        "value": amount_row(figure["value"]),
        "change_percent": figure["change_percent"],
        "compared_with": figure["compared_with"],
        "basis": figure["basis"],
        "reported": figure["reported"],
        "notes": list(figure["notes"]),
        "claims": claim_rows(figure),
        "sources": source_ids(figure["citations"]),
    }


def figures(
    kb: KnowledgeBase,
    country: str | None = None,
    metric: str | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
    with_predecessors: bool = False,
) -> list[Row]:
    """Figures, by period, filtered by a party, a metric or the dates their period covers."""
    codes = country_scope(kb, country, with_predecessors)
    since_date, until_date = date_range(since, until)
    selected = []
    for figure in kb.records("figures", [f"country:{c}" for c in codes] if codes else None):
        if codes and not codes & set(figure["parties"]):
            continue
        if metric and not metric_matches(figure["metric"], metric):
            continue
        first, last = period_of(figure)
        if (since_date or until_date) and not overlaps(first, last, since_date, until_date):
            continue
        selected.append((first.sort_key(), last.sort_key(), figure["id"], figure))
    return [figure_row(kb, f) for *_, f in sorted(selected, key=lambda t: t[:3])]


def measured_for(kb: KnowledgeBase, metric: str, parties: list[str]) -> list[Record]:
    """The figures of a metric for exactly these parties (in any order): what a pledge is measured by."""
    wanted = set(parties)
    return [
        f for f in kb.records("figures") if set(f["parties"]) == wanted and normalize(f["metric"]) == normalize(metric)
    ]


def bounds(amount: Record) -> tuple[float, float]:
    """The values an amount can mean, in units: 518 exactly, more than 500, about 40 (within 5 %)."""
    value = amount["value"] * SCALES[amount["scale"]]
    return {
        "exact": (value, value),
        "more-than": (value, float("inf")),
        "at-least": (value, float("inf")),
        "about": (value * 0.95, value * 1.05),
        "nearly": (value * 0.9, value),
        "up-to": (0.0, value),
    }[amount.get("qualifier", "exact")]


def disagree(first: Record, second: Record) -> bool:
    """Whether two amounts cannot both be true: other units, or values no reading of both allows."""
    if normalize(first["unit"]) != normalize(second["unit"]):
        return True
    (low, high), (other_low, other_high) = bounds(first), bounds(second)
    return high < other_low or other_high < low


def figure_conflicts(kb: KnowledgeBase) -> list[list[Record]]:
    """Groups of figures of one metric, parties and period that cannot all be true (518 and 489 billion,
    but not "more than 500" and "more than 518"): the first figure, then each that disagrees with it."""
    groups: dict[tuple, list[Record]] = {}
    for figure in kb.records("figures"):
        key = (normalize(figure["metric"]), tuple(figure["parties"]), period_text(figure))
        groups.setdefault(key, []).append(figure)
    found = []
    for group in groups.values():
        disagreeing = [f for f in group[1:] if disagree(group[0]["value"], f["value"])]
        if disagreeing:
            found.append([group[0], *disagreeing])
    return found
