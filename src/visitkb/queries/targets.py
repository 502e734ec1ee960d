"""Pledged targets: progress and status judged from the figures known on a day."""

from __future__ import annotations

import datetime as dt

from ..dates import PartialDate
from ..errors import UsageError
from ..kb import KnowledgeBase
from ..records import Record, source_ids
from ..vocabulary import TARGET_STATUSES
from .common import (
    SCALES,
    Row,
    as_of_day,
    event_ref,
    format_amount,
    format_number,
    parse_day,
    party_ref,
    person_ref,
    required_day,
)


def observed_period(observation: Record) -> tuple[PartialDate, PartialDate]:
    """First and last partial dates of an observed period."""
    first = required_day(observation["period_start"])
    return first, parse_day(observation["period_end"]) or first


def _known_from(observation: Record) -> dt.date:
    """The first day a figure could be known: its report date, else the period's end."""
    if observation["reported"]:
        return required_day(observation["reported"]).latest()
    return observed_period(observation)[1].latest()


def _comparable(target: Record, observation: Record) -> bool:
    """Whether a figure measures what the goal measures (a whole year, for an annual goal)."""
    if target["measure"] == "cumulative":
        return True
    first, last = observed_period(observation)
    return (
        first.year == last.year
        and first.earliest() == dt.date(first.year, 1, 1)
        and last.latest() == dt.date(first.year, 12, 31)
    )


def target_status(target: Record, as_of: dt.date) -> Row:
    """Status, progress and the figure they rest on, from what was known on ``as_of``."""
    goal = target["goal"]["value"]
    amount = target["goal"]
    deadline = required_day(target["deadline"])
    known = [o for o in target["observations"] if _known_from(o) <= as_of and _comparable(target, o)]
    if not known:
        return {
            "status": "unknown",
            "progress": None,
            "latest": None,
            "met_in": None,
            "reason": f"no figure for this target is known as of {as_of.isoformat()}",
        }

    def recency(o: Record):
        return (observed_period(o)[1].latest(), o["qualifier"] == "exact", _known_from(o))

    latest = max(known, key=recency)
    result: Row = {"progress": round(latest["value"] / goal, 4) if goal else None, "latest": latest, "met_in": None}
    deadline_end = deadline.latest()
    reached = sorted(
        (o for o in known if o["value"] >= goal and observed_period(o)[0].earliest() <= deadline_end),
        key=lambda o: (observed_period(o)[1].latest(), o["qualifier"] != "exact"),
    )
    latest_text = f"{format_amount(latest['value'], amount, latest['qualifier'])} in {observed_period(latest)[0]}"
    baseline = target["baseline"]
    if reached:
        first = reached[0]
        result.update(
            status="met",
            met_in=observed_period(first)[0].isoformat(),
            reason=f"{format_amount(first['value'], amount, first['qualifier'])} "
            f"in {observed_period(first)[0]}, within the {deadline} deadline",
        )
    elif as_of > deadline_end:
        final = [o for o in known if observed_period(o)[1].latest() >= deadline_end]
        if final:
            result.update(status="missed", reason=f"{latest_text}, short of the goal at the deadline")
        else:
            result.update(
                status="unknown",
                reason=f"the {deadline} deadline has passed; the latest figure "
                f"is {latest_text}, with none yet for the deadline",
            )
    elif baseline and observed_period(latest)[1].latest() > required_day(baseline["period"]).latest():
        base_day = required_day(baseline["period"]).latest().toordinal()
        share = (observed_period(latest)[1].latest().toordinal() - base_day) / (deadline_end.toordinal() - base_day)
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
    """One target with its computed status and progress as of a date."""
    status = target_status(target, as_of)
    latest = status.pop("latest")
    goal = target["goal"]
    baseline = target["baseline"]
    return {
        "id": target["id"],
        "title": target["title"],
        "parties": [party_ref(kb, p) for p in target["parties"]],
        "metric": target["metric"],
        "measure": target["measure"],
        "goal": {
            "value": goal["value"],
            "scale": goal["scale"],
            "unit": goal["unit"],
            "amount": goal["value"] * SCALES[goal["scale"]],
            "text": format_amount(goal["value"], goal),
        },
        "deadline": target["deadline"],
        "announced": target["announced"],
        "announced_by": person_ref(kb, target["announced_by"]),
        "announced_at": event_ref(kb, target["announced_at"]),
        "baseline": None
        if baseline is None
        else {
            "value": baseline["value"],
            "period": baseline["period"],
            "text": format_amount(baseline["value"], goal),
            "sources": source_ids(baseline["citations"]),
        },
        "as_of": as_of.isoformat(),
        **status,
        "latest": None if latest is None else _observation_row(target, latest, as_of),
        "observations": [
            _observation_row(target, o, as_of)
            for o in sorted(target["observations"], key=lambda o: observed_period(o)[0].sort_key())
        ],
        "notes": list(target["notes"]),
        "sources": source_ids(target["citations"]),
    }


def _observation_row(target: Record, observation: Record, as_of: dt.date) -> Row:
    first, last = observed_period(observation)
    return {
        "period": first.isoformat() if first == last else f"{first}/{last}",
        "value": observation["value"],
        "qualifier": observation["qualifier"],
        "text": format_amount(observation["value"], target["goal"], observation["qualifier"]),
        "reported": observation["reported"],
        "counted": _comparable(target, observation) and _known_from(observation) <= as_of,
        "note": observation["note"],
        "sources": source_ids(observation["citations"]),
    }


def targets(kb: KnowledgeBase, status: str | None = None, as_of: str | dt.date | None = None) -> list[Row]:
    """Pledged targets with status and progress as of a date (today by default), by deadline."""
    if status is not None and status not in TARGET_STATUSES:
        raise UsageError(f"unknown status {status!r}; use one of: {', '.join(TARGET_STATUSES)}")
    day = as_of_day(as_of)
    rows = [
        target_row(kb, t, day)
        for t in sorted(kb.records("targets"), key=lambda t: (required_day(t["deadline"]).sort_key(), t["id"]))
    ]
    return [row for row in rows if status is None or row["status"] == status]
