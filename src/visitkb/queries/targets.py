"""Pledges: targets with a deadline, changes against a baseline, commitments and programmes.

A pledge's shape follows from its fields (see :data:`visitkb.vocabulary.PLEDGE_SHAPES`).
Progress is measured by the figures of its metric for its parties (and by observations
kept inside it, the older form), judged from what was known on a day: a figure counts
from the day it was reported, and an annual goal is compared only with whole-year figures.
"""

from __future__ import annotations

import datetime as dt

from ..errors import UsageError
from ..kb import KnowledgeBase
from ..names import normalize
from ..records import Record, source_ids
from ..vocabulary import PLEDGE_SHAPES, RELATIVE_UNITS, SCALES, TARGET_STATUSES
from .common import (
    Row,
    amount_row,
    as_of_day,
    event_ref,
    format_amount,
    format_number,
    party_ref,
    person_ref,
    required_day,
)
from .figures import known_from, measured_for, period_of, period_text
from .partnerships import visit_ref

observed_period = period_of  # the name this API has had since the first release


def pledge_shape(pledge: Record) -> str:
    """``target``, ``relative``, ``commitment`` or ``programme``, from what the record has."""
    goal = pledge["goal"]
    if goal is None:
        return "programme"
    if pledge["metric"] is None:
        return "commitment"
    return "relative" if normalize(goal["unit"]) in RELATIVE_UNITS else "target"


def absolute_goal(pledge: Record) -> float | None:
    """The goal in the goal's own scale and unit; for a relative pledge, worked out from its baseline."""
    goal, baseline = pledge["goal"], pledge["baseline"]
    if pledge_shape(pledge) != "relative":
        return goal["value"] if goal else None
    if baseline is None:
        return None
    factor = 1 + goal["value"] / 100 if normalize(goal["unit"]) == "percent" else goal["value"]
    return baseline["value"] * factor


def _unit_of(pledge: Record) -> Record:
    """The scale and unit the pledge's figures are compared in (a relative goal uses its baseline's)."""
    goal = pledge["goal"]
    if pledge_shape(pledge) == "relative":
        baseline = pledge["baseline"] or {}
        return {"scale": baseline.get("scale") or "one", "unit": baseline.get("unit") or ""}
    return goal


def measures(kb: KnowledgeBase, pledge: Record) -> list[Record]:
    """The values a pledge is measured by, in its own scale and unit: the observations kept inside
    it, and the figures of its metric for its parties (in another scale: converted; another unit: left out)."""
    found = [{**o, "figure": None} for o in pledge["observations"]]
    if pledge["metric"] is None or pledge["goal"] is None:
        return found
    unit = _unit_of(pledge)
    for figure in measured_for(kb, pledge["metric"], pledge["parties"]):
        value = figure["value"]
        if normalize(value["unit"]) != normalize(unit["unit"]):
            continue
        converted = value["value"] * SCALES[value["scale"]] / SCALES[unit["scale"]]
        found.append(
            {
                "period_start": figure["period_start"],
                "period_end": figure["period_end"],
                "value": round(converted, 10),
                "qualifier": value["qualifier"],
                "reported": figure["reported"],
                "note": figure["basis"],
                "citations": figure["citations"],
                "figure": figure["id"],
            }
        )
    return found


def _comparable(pledge: Record, observation: Record) -> bool:
    """Whether a figure measures what the goal measures (a whole year, for an annual goal)."""
    if pledge["measure"] == "cumulative":
        return True
    first, last = period_of(observation)
    return (
        first.year == last.year
        and first.earliest() == dt.date(first.year, 1, 1)
        and last.latest() == dt.date(first.year, 12, 31)
    )


def target_status(target: Record, as_of: dt.date, values: list[Record] | None = None) -> Row:
    """Status, progress and the figure they rest on, from what was known on ``as_of``."""
    shape = pledge_shape(target)
    unknown: Row = {"status": "unknown", "progress": None, "latest": None, "met_in": None}
    if shape == "programme":
        return {**unknown, "reason": "a programme with no figure to measure it by"}
    if shape == "commitment":
        return {**unknown, "reason": "a commitment of an amount; the data hold no figure of what was delivered"}
    goal = absolute_goal(target)
    if goal is None:
        return {**unknown, "reason": "a change relative to a baseline, and no baseline is recorded"}
    amount = _unit_of(target)
    values = target["observations"] if values is None else values
    known = [o for o in values if known_from(o) <= as_of and _comparable(target, o)]
    if not known:
        return {**unknown, "reason": f"no figure for this target is known as of {as_of.isoformat()}"}

    def recency(o: Record) -> tuple:
        # The latest period; then an exact figure; then the latest known; then the most informative bound.
        return (period_of(o)[1].latest(), o["qualifier"] == "exact", known_from(o), o["value"])

    latest = max(known, key=recency)
    result: Row = {"progress": round(latest["value"] / goal, 4) if goal else None, "latest": latest, "met_in": None}
    deadline = required_day(target["deadline"]) if target["deadline"] else None
    deadline_end = deadline.latest() if deadline else dt.date.max
    reached = sorted(
        (o for o in known if o["value"] >= goal and period_of(o)[0].earliest() <= deadline_end),
        key=lambda o: (period_of(o)[1].latest(), o["qualifier"] != "exact", -o["value"]),
    )
    latest_text = f"{format_amount(latest['value'], amount, latest['qualifier'])} in {period_of(latest)[0]}"
    baseline = target["baseline"]
    within = f", within the {deadline} deadline" if deadline else ""
    if reached:
        first = reached[0]
        result.update(
            status="met",
            met_in=period_of(first)[0].isoformat(),
            reason=f"{format_amount(first['value'], amount, first['qualifier'])} in {period_of(first)[0]}{within}",
        )
    elif deadline is None:
        result.update(status="unknown", reason=f"{latest_text}; no deadline to judge progress against")
    elif as_of > deadline_end:
        final = [o for o in known if period_of(o)[1].latest() >= deadline_end]
        if final:
            result.update(status="missed", reason=f"{latest_text}, short of the goal at the deadline")
        else:
            result.update(
                status="unknown",
                reason=f"the {deadline} deadline has passed; the latest figure "
                f"is {latest_text}, with none yet for the deadline",
            )
    elif baseline and period_of(latest)[1].latest() > required_day(baseline["period"]).latest():
        base_day = required_day(baseline["period"]).latest().toordinal()
        share = (period_of(latest)[1].latest().toordinal() - base_day) / (deadline_end.toordinal() - base_day)
        expected = baseline["value"] + (goal - baseline["value"]) * share
        on_track = latest["value"] >= expected
        result.update(
            status="on-track" if on_track else "behind",
            reason=f"{latest_text}, {'at or above' if on_track else 'below'} the "
            f"{format_number(round(expected, 1))} of a straight path from the "
            f"{baseline['period']} baseline to the goal",
        )
    else:
        result.update(status="unknown", reason=f"{latest_text}; no later figure than the baseline to judge a trend")
    return result


def target_row(kb: KnowledgeBase, target: Record, as_of: dt.date) -> Row:
    """One pledge with its shape, computed status and progress as of a date, and what they rest on."""
    values = measures(kb, target)
    status = target_status(target, as_of, values)
    latest = status.pop("latest")
    goal = target["goal"]
    baseline = target["baseline"]
    unit = _unit_of(target) if goal else None
    return {
        "id": target["id"],
        "title": target["title"],
        "shape": pledge_shape(target),
        "parties": [party_ref(kb, p) for p in target["parties"]],
        "metric": target["metric"],
        "measure": target["measure"],
        "goal": None if goal is None else {**(amount_row(goal) or {}), "text": _goal_text(target)},
        "deadline": target["deadline"],
        "announced": target["announced"],
        "announced_by": person_ref(kb, target["announced_by"]),
        "announced_at": event_ref(kb, target["announced_at"]),
        "announced_during": visit_ref(kb, target.get("announced_during")),
        "baseline": None
        if baseline is None or unit is None
        else {
            "value": baseline["value"],
            "period": baseline["period"],
            "text": format_amount(baseline["value"], unit),
            "sources": source_ids(baseline["citations"]),
        },
        "as_of": as_of.isoformat(),
        **status,
        "latest": None if latest is None else _value_row(target, latest, as_of),
        "observations": [
            _value_row(target, o, as_of) for o in sorted(values, key=lambda o: period_of(o)[0].sort_key())
        ],
        "notes": list(target["notes"]),
        "sources": source_ids(target["citations"]),
    }


def _goal_text(pledge: Record) -> str:
    goal = pledge["goal"]
    if pledge_shape(pledge) != "relative":
        return format_amount(goal["value"], goal, goal.get("qualifier", "exact"))
    change = "times" if normalize(goal["unit"]) == "times" else "%"
    text = f"{format_number(goal['value'])} {change}" if change == "times" else f"+{format_number(goal['value'])}%"
    return f"{text} of the {pledge['baseline']['period']} figure" if pledge["baseline"] else text


def _value_row(target: Record, observation: Record, as_of: dt.date) -> Row:
    return {
        "period": period_text(observation),
        "value": observation["value"],
        "qualifier": observation["qualifier"],
        "text": format_amount(observation["value"], _unit_of(target), observation["qualifier"]),
        "reported": observation["reported"],
        "counted": _comparable(target, observation) and known_from(observation) <= as_of,
        "note": observation["note"],
        "figure": observation.get("figure"),
        "sources": source_ids(observation["citations"]),
    }


def pledges(
    kb: KnowledgeBase,
    status: str | None = None,
    as_of: str | dt.date | None = None,
    shape: str | None = None,
) -> list[Row]:
    """Every pledge announced by a day (today by default) with its status, by deadline: all shapes."""
    if status is not None and status not in TARGET_STATUSES:
        raise UsageError(f"unknown status {status!r}; use one of: {', '.join(TARGET_STATUSES)}")
    if shape is not None and shape not in PLEDGE_SHAPES:
        raise UsageError(f"unknown shape {shape!r}; use one of: {', '.join(PLEDGE_SHAPES)}")
    day = as_of_day(as_of)
    chosen = [
        t
        for t in kb.records("targets")
        if (shape is None or pledge_shape(t) == shape)
        and (t["announced"] is None or required_day(t["announced"]).earliest() <= day)
    ]
    chosen.sort(key=lambda t: (required_day(t["deadline"]).sort_key() if t["deadline"] else (9999, 99, 99), t["id"]))
    rows = [target_row(kb, t, day) for t in chosen]
    return [row for row in rows if status is None or row["status"] == status]


def targets(kb: KnowledgeBase, status: str | None = None, as_of: str | dt.date | None = None) -> list[Row]:
    """Pledges with a figure to reach (a target, or a change against a baseline), with status and progress."""
    return [row for row in pledges(kb, status, as_of) if row["shape"] in ("target", "relative")]
