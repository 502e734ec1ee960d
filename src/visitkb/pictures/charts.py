"""Charts: a timeline of legs, visits per year, and a metric's figures against a pledge's goal.

Each chart is first data (a JSON-ready dict from ``*_chart``), then drawn: as SVG
(``*_svg``), or for a terminal as block characters that fit its width (``*_text``).
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections import Counter
from functools import cache
from typing import Any

from .. import queries
from ..dates import PartialDate
from ..kb import KnowledgeBase
from ..names import country_name
from ..queries.common import parse_day
from ..queries.figures import metric_matches, period_of
from ..records import Record
from . import geo
from .maps import largest_successor
from .svg import INK, MUTED, SERIES, date_ticks, document, esc, nice_ticks

Row = dict[str, Any]

WIDTH = 1000
ROWS = 150
"""At most this many rows on a timeline (the latest); more would not be read."""
TRIP_WORDS = 7
"""Words of a trip's title kept as its row's label."""


def _day(text: str | None) -> dt.date | None:
    parsed = parse_day(text)
    return parsed.earliest() if parsed else None


def _end_day(text: str | None) -> dt.date | None:
    parsed = parse_day(text)
    return parsed.latest() if parsed else None


def _short(title: str, words: int = TRIP_WORDS) -> str:
    parts = title.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


# ---------------------------------------------------------------------------------------------------
# Timeline: one bar per leg on a date axis.


def timeline_chart(kb: KnowledgeBase, trips: list[Row], title: str, by: str = "trip") -> Row:
    """One row per trip (or per leader, ``by="leader"``), a bar per leg over the days it ran, events marked."""
    rows: dict[str, Row] = {}
    for trip in trips:
        if by == "leader":
            key = trip["leader"]["id"] if trip["leader"] else "?"
            label = trip["leader"]["name"] if trip["leader"] else "unknown"
        else:
            key = trip["id"]
            first = trip["start"] or (trip["legs"][0]["span"]["start"] if trip["legs"] else None)
            label = f"{(first or '')[:7]} {_short(trip['title'])}".strip()
        row = rows.setdefault(key, {"id": key, "label": label, "bars": [], "events": []})
        for leg in trip["legs"]:
            start, end = _day(leg["span"]["start"]), _end_day(leg["span"]["end"] or leg["span"]["start"])
            if start is None or end is None:
                continue
            row["bars"].append(
                {
                    "leg": leg["id"],
                    "trip": trip["id"],
                    "country": leg["country"]["code"],
                    "name": leg["country_label"] or leg["country"]["name"],
                    "start": start.isoformat(),
                    "end": end.isoformat(),
                    "mode": leg["mode"],
                    "derived_from": leg["span"]["derived_from"],
                    # No date of its own: it spans its trip only because it happened some time in it.
                    "undated": not leg["start"] and not any(stop["start"] for stop in leg["stops"]),
                }
            )
            for ref in leg["events"]:
                event = kb.get("events", ref["id"])
                when = _day(event["start"]) if event else None
                if when is not None:
                    row["events"].append({"id": ref["id"], "name": ref["name"], "date": when.isoformat()})
    chosen = [r for r in rows.values() if r["bars"]]
    dropped = max(0, len(chosen) - ROWS)
    chosen = chosen[-ROWS:]
    days = [b["start"] for r in chosen for b in r["bars"]] + [b["end"] for r in chosen for b in r["bars"]]
    return {
        "title": title,
        "by": by,
        "period": {"start": min(days) if days else None, "end": max(days) if days else None},
        "rows": chosen,
        "notes": [f"Only the latest {ROWS} rows are drawn; {dropped} earlier ones are left out."] if dropped else [],
    }


def _country_colours(chart: Row) -> dict[str, str]:
    """A colour per country, in order of first appearance (the palette repeats past its length)."""
    colours: dict[str, str] = {}
    for row in chart["rows"]:
        for bar in row["bars"]:
            colours.setdefault(bar["country"], SERIES[len(colours) % len(SERIES)])
    return colours


BREAK = 14.0
"""Width of a cut in a timeline's axis, where months with nothing to show are left out."""
GAP_DAYS = 60
"""Quiet stretches longer than this are cut from a timeline whose period exceeds a year."""


class BrokenAxis:
    """A date axis cut where nothing happens for long: each stretch with legs keeps its own scale, and a
    gap of months or years between them becomes a narrow break, so that week-long trips years apart
    stay readable. A period of a year or less is one stretch, to scale."""

    def __init__(self, spans: list[tuple[dt.date, dt.date]], left: float, right: float):
        spans = sorted(spans)
        first, last = spans[0][0], max(end for _, end in spans)
        stretches: list[list[dt.date]] = []
        if (last - first).days <= 366:
            stretches = [[first, last]]
        else:
            for start, end in spans:
                if stretches and (start - stretches[-1][1]).days <= GAP_DAYS:
                    stretches[-1][1] = max(stretches[-1][1], end)
                else:
                    stretches.append([start, end])
        # A little room on both sides of each stretch, so that a one-day leg is not a sliver at an edge.
        self.stretches = [
            (a - dt.timedelta(days=max(1, (b - a).days // 10)), b + dt.timedelta(days=max(1, (b - a).days // 10)))
            for a, b in stretches
        ]
        days = [(b - a).days + 1 for a, b in self.stretches]
        room = right - left - BREAK * (len(self.stretches) - 1)
        self.places: list[tuple[float, float]] = []  # (x of the stretch's start, pixels per day)
        x = left
        for length in days:
            self.places.append((x, room * length / sum(days) / length))
            x += room * length / sum(days) + BREAK
        self.left, self.right = left, right

    def x(self, day: dt.date) -> float:
        """Where a date falls; a date in a cut falls at the cut."""
        for (start, end), (x0, per_day) in zip(self.stretches, self.places, strict=True):
            if day <= end + dt.timedelta(days=1):
                return x0 + max(0, (day - start).days) * per_day
        x0, per_day = self.places[-1]
        return x0 + ((self.stretches[-1][1] - self.stretches[-1][0]).days + 1) * per_day

    def breaks(self) -> list[float]:
        """The x of the middle of each cut."""
        return [x0 - BREAK / 2 for x0, _ in self.places[1:]]

    def ticks(self, per_pixels: float = 110) -> list[tuple[dt.date, str]]:
        """Dates to label: in each stretch, as many as fit."""
        found: list[tuple[dt.date, str]] = []
        for (start, end), (_, per_day) in zip(self.stretches, self.places, strict=True):
            width = ((end - start).days + 1) * per_day
            count = max(1, int(width // per_pixels))
            inside = [(d, t) for d, t in date_ticks(start, end, count) if start <= d <= end]
            found += inside or [(start + (end - start) / 2, (start + (end - start) / 2).strftime("%Y-%m"))]
        return found


def _time_axis(first: dt.date, last: dt.date, left: float, right: float):
    """A function from a date to x, and the ticks of the axis."""
    span = max(1, (last - first).days + 1)

    def x(day: dt.date) -> float:
        return left + (day - first).days / span * (right - left)

    return x, date_ticks(first, last)


def timeline_svg(chart: Row) -> str:
    """The timeline as a standalone SVG document."""
    left, right, top, row_height = 270.0, WIDTH - 20.0, 70.0, 22.0
    height = top + row_height * max(1, len(chart["rows"])) + 76 + 16 * len(chart["notes"])
    body = [
        f'<text x="12" y="26" font-size="19" font-weight="bold" fill="{INK}">{esc(chart["title"])}</text>',
        f'<text x="12" y="46" font-size="12.5" fill="{MUTED}">{esc(_period_text(chart))}</text>',
    ]
    if not chart["rows"]:
        body.append(f'<text x="12" y="{top + 16}" font-size="13">No dated legs match.</text>')
        return document(WIDTH, height, chart["title"], "An empty timeline: no dated legs match.", body)
    axis = BrokenAxis(_spans(chart), left, right)
    x = axis.x
    bottom = top + row_height * len(chart["rows"])
    for bx in axis.breaks():  # a cut in the axis: a gap with nothing to show
        body.append(
            f'<path class="cut" d="M{bx - 4:.1f},{top - 2:.1f}l4,-8M{bx:.1f},{top - 2:.1f}l4,-8" stroke="{MUTED}"/>'
            f'<path d="M{bx:.1f},{top:.1f}V{bottom:.1f}" stroke="#eeeeee" stroke-width="{BREAK - 4:.0f}"/>'
        )
    labelled = -1e9
    for day, text in axis.ticks():
        tx = x(day)
        clear = tx - labelled > 75 and all(abs(tx - bx) > 30 for bx in axis.breaks())
        if left <= tx <= right and clear:
            labelled = tx
            body.append(f'<path d="M{tx:.1f},{top - 4}V{bottom:.1f}" stroke="#dddddd" stroke-width="1"/>')
            body.append(
                f'<text x="{tx:.1f}" y="{top - 8}" font-size="10.5" fill="{MUTED}" text-anchor="middle">{text}</text>'
            )
    colours = _country_colours(chart)
    description = []
    for index, row in enumerate(chart["rows"]):
        y = top + index * row_height
        body.append(
            f'<text x="{left - 8}" y="{y + 15:.1f}" font-size="11" text-anchor="end" fill="{INK}">'
            f"{esc(_clip(row['label'], 40))}</text>"
        )
        for bar in row["bars"]:
            x0 = x(dt.date.fromisoformat(bar["start"]))
            x1 = max(x0 + 4, x(dt.date.fromisoformat(bar["end"]) + dt.timedelta(days=1)))  # a day stays visible
            dashed = ' stroke-dasharray="3 2" fill-opacity=".35"' if bar["mode"] != "in-person" else ""
            # A leg with no date of its own: a thin line under the row, so that it hides no dated leg.
            top_y, tall = (y + row_height - 6, 3.0) if bar["undated"] else (y + 4, row_height - 8)
            body.append(
                f'<rect class="leg" data-leg="{esc(bar["leg"])}" data-iso="{bar["country"]}" x="{x0:.1f}" '
                f'y="{top_y:.1f}" width="{x1 - x0:.1f}" height="{tall}" fill="{colours[bar["country"]]}" '
                f'stroke="#ffffff" stroke-width=".8"{dashed}><title>{esc(_bar_tip(bar))}</title></rect>'
            )
            if x1 - x0 > 7 * len(bar["country"]) + 4 and not bar["undated"]:
                body.append(
                    f'<text x="{(x0 + x1) / 2:.1f}" y="{y + 15:.1f}" font-size="9.5" text-anchor="middle" '
                    f'fill="#ffffff">{esc(bar["country"])}</text>'
                )
        for event in row["events"]:
            ex = x(dt.date.fromisoformat(event["date"])) + 2
            body.append(
                f'<path class="event" data-event="{esc(event["id"])}" d="M{ex:.1f},{y + 1:.1f}l5,5l-5,5l-5,-5z" '
                f'fill="{INK}" stroke="#ffffff" stroke-width=".8"><title>{esc(event["name"])}, '
                f"{event['date']}</title></path>"
            )
        description.append(row["label"] + ": " + ", ".join(b["name"] for b in row["bars"]))
    legend_y = bottom + 24
    lx = 12.0
    for code, colour in list(colours.items())[:12]:
        body.append(f'<rect x="{lx}" y="{legend_y - 10}" width="12" height="12" fill="{colour}"/>')
        body.append(f'<text x="{lx + 16}" y="{legend_y}" font-size="11">{esc(code)}</text>')
        lx += 24 + 8 * len(code)
    body.append(
        f'<path d="M{lx + 10:.1f},{legend_y - 11}l5,5l-5,5l-5,-5z" fill="{INK}"/>'
        f'<text x="{lx + 20:.1f}" y="{legend_y}" font-size="11">an event attended</text>'
    )
    body.append(
        f'<text x="12" y="{legend_y + 18}" font-size="11" fill="{MUTED}">A leg known only by its arrival runs until '
        "the next leg began, or the trip ended. Thin: a leg with no date of its own.</text>"
        f'<text x="12" y="{legend_y + 34}" font-size="11" fill="{MUTED}">Faint, dashed: attended by video or a '
        "representative. // : months with no leg left out of the axis.</text>"
    )
    for index, note in enumerate(chart["notes"]):
        body.append(f'<text x="12" y="{legend_y + 50 + 16 * index}" font-size="11" fill="{MUTED}">{esc(note)}</text>')
    return document(
        WIDTH, height, chart["title"], f"Timeline, {_period_text(chart)}. " + "; ".join(description[:40]), body
    )


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _spans(chart: Row) -> list[tuple[dt.date, dt.date]]:
    """Every leg's days and every event's day: what the time axis must show."""
    spans = [
        (dt.date.fromisoformat(b["start"]), dt.date.fromisoformat(b["end"])) for r in chart["rows"] for b in r["bars"]
    ]
    return spans + [(dt.date.fromisoformat(e["date"]),) * 2 for r in chart["rows"] for e in r["events"]]


def _bar_tip(bar: Row) -> str:
    if bar["undated"]:
        return f"{bar['name']}: no date of its own, some time from {bar['start']} to {bar['end']}"
    derived = f" (end worked out from the {bar['derived_from']})" if bar["derived_from"] else ""
    return f"{bar['name']}: {bar['start']} to {bar['end']}{derived}"


def _period_text(chart: Row) -> str:
    period = chart.get("period") or {}
    if not period.get("start"):
        return "No dates."
    return f"{period['start']} to {period['end']}"


def timeline_text(chart: Row, width: int) -> list[tuple[str, str | None]]:
    """The timeline as lines of block characters for a terminal ``width`` wide: (text, colour) runs per line."""
    if not chart["rows"]:
        return [("No dated legs match.\n", None)]
    label_width = min(30, width // 3, max(len(r["label"]) for r in chart["rows"]))
    area = max(10, width - label_width - 2)
    scale = BrokenAxis(_spans(chart), 0, area)

    def column(day: dt.date) -> int:
        return max(0, min(area - 1, int(scale.x(day))))

    colours = _country_colours(chart)
    out: list[tuple[str, str | None]] = [(chart["title"] + "\n", None), (_period_text(chart) + "\n", None)]
    axis = [" "] * area
    for at in scale.breaks():
        axis[max(0, min(area - 1, int(at)))] = "⫽"
    for day, text in scale.ticks(per_pixels=12):
        at = column(day)
        if at + len(text) <= area and all(c == " " for c in axis[max(0, at - 1) : at + len(text) + 1]):
            axis[at : at + len(text)] = list(text)
    out.append((" " * (label_width + 2) + "".join(axis) + "\n", None))
    for row in chart["rows"]:
        cells: list[tuple[str, str | None]] = [(" ", None)] * area
        for at in scale.breaks():
            cells[max(0, min(area - 1, int(at)))] = ("⫽", None)
        for index, bar in enumerate(row["bars"]):
            a = column(dt.date.fromisoformat(bar["start"]))
            b = max(a, column(dt.date.fromisoformat(bar["end"])))
            if bar["undated"]:  # no date of its own: a line where no dated leg is
                for at in range(a, b + 1):
                    if cells[at][0] == " ":
                        cells[at] = ("─", colours[bar["country"]])
                continue
            block = "█" if index % 2 == 0 else "▓"  # neighbouring legs stay apart without colour
            for at in range(a, b + 1):
                cells[at] = (block, colours[bar["country"]])
            if b - a + 1 >= len(bar["country"]) + 2:
                for k, letter in enumerate(bar["country"]):
                    cells[a + 1 + k] = (letter, colours[bar["country"]])
        for event in row["events"]:
            cells[column(dt.date.fromisoformat(event["date"]))] = ("◆", None)
        out.append((f"{row['label'][:label_width]:<{label_width}}  ", None))
        out.extend(cells)
        out.append(("\n", None))
    key = "█ ▓ a leg (alternating), its country's code inside when it fits; ─ a leg with no date of its own; "
    key += "◆ an event; ⫽ months left out"
    out.extend((line + "\n", None) for line in _wrap([key, *chart["notes"]], width))
    return out


def _wrap(paragraphs: list[str], width: int) -> list[str]:
    """Lines of at most ``width`` characters (a key or a note under a chart)."""
    import textwrap

    return [line for text in paragraphs for line in textwrap.wrap(text, width) or [""]]


# ---------------------------------------------------------------------------------------------------
# Visits per year, stacked.


@cache
def _subregions() -> dict[str, str]:
    """Each country's UN M49 sub-region, from reference/regions.csv (see scripts/build_regions.py)."""
    with (geo.REFERENCE / "regions.csv").open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row["subregion"] for row in csv.DictReader(handle) if row["subregion"]}


def region_of(code: str) -> str:
    """A country's UN M49 sub-region; a former state's is its largest successor's (the Soviet Union: Russia's)."""
    successor = largest_successor(code) if not geo.has_shape(code) else None
    return _subregions().get(successor or code) or "no M49 region"


def per_year_chart(kb: KnowledgeBase, trips: list[Record], title: str, by: str = "type") -> Row:
    """Legs visited in person per year (by the day each began), stacked by visit type, by the visited
    country's UN M49 sub-region (``by="region"``) or by the country itself."""
    counts: dict[int, Counter[str]] = {}
    for trip in trips:
        for leg, (start, _end, _how) in zip(trip["legs"], queries.leg_spans(trip), strict=True):
            if start is None or leg.get("mode", "in-person") != "in-person":
                continue
            if by == "country":
                key = country_name(leg["country"], kb)
            elif by == "region":
                key = region_of(leg["country"])
            else:
                key = leg["types"][0] if leg["types"] else "unspecified"
            counts.setdefault(start.year, Counter())[key] += 1
    totals: Counter[str] = Counter()
    for per in counts.values():
        totals.update(per)
    stacks = [name for name, _ in totals.most_common()]
    if len(stacks) > len(SERIES):  # the rest share one colour, so that each colour means one thing
        keep = stacks[: len(SERIES) - 1]
        for per in counts.values():
            other = sum(n for name, n in per.items() if name not in keep)
            for name in list(per):
                if name not in keep:
                    del per[name]
            if other:
                per["other"] = other
        stacks = [*keep, "other"]
    years = list(range(min(counts), max(counts) + 1)) if counts else []
    return {
        "title": title,
        "by": by,
        "stacks": stacks,
        "years": [
            {"year": y, "total": sum(counts.get(y, {}).values()), **{"counts": dict(counts.get(y, {}))}} for y in years
        ],
    }


def per_year_svg(chart: Row) -> str:
    """Visits per year as a standalone SVG document of stacked bars."""
    left, right, top, bottom = 60.0, WIDTH - 20.0, 70.0, 400.0
    height = bottom + 70
    body = [f'<text x="12" y="26" font-size="19" font-weight="bold" fill="{INK}">{esc(chart["title"])}</text>']
    if not chart["years"]:
        body.append(f'<text x="12" y="{top + 16}" font-size="13">No dated visits match.</text>')
        return document(WIDTH, height, chart["title"], "No dated visits match.", body)
    body.append(
        f'<text x="12" y="46" font-size="12.5" fill="{MUTED}">Visits (legs in person) per year, by '
        f"{ {'type': 'visit type', 'region': 'UN M49 sub-region'}.get(chart['by'], 'country visited') }, "
        f"{chart['years'][0]['year']} to {chart['years'][-1]['year']}.</text>"
    )
    ticks = nice_ticks(0, max(y["total"] for y in chart["years"]))
    most = ticks[-1]
    slot = (right - left) / len(chart["years"])

    def y_of(value: float) -> float:
        return bottom - value / most * (bottom - top)

    for tick in ticks:
        body.append(f'<path d="M{left},{y_of(tick):.1f}H{right}" stroke="#e2e2e2"/>')
        body.append(
            f'<text x="{left - 6}" y="{y_of(tick) + 4:.1f}" font-size="10.5" text-anchor="end" fill="{MUTED}">'
            f"{tick:g}</text>"
        )
    colours = {name: SERIES[i % len(SERIES)] for i, name in enumerate(chart["stacks"])}
    every = max(1, math.ceil(len(chart["years"]) / 25))
    for index, year in enumerate(chart["years"]):
        x = left + index * slot + slot * 0.15
        base = 0
        for name in chart["stacks"]:
            count = year["counts"].get(name, 0)
            if not count:
                continue
            body.append(
                f'<rect data-year="{year["year"]}" data-stack="{esc(name)}" x="{x:.1f}" y="{y_of(base + count):.1f}" '
                f'width="{slot * 0.7:.1f}" height="{y_of(base) - y_of(base + count):.1f}" fill="{colours[name]}">'
                f"<title>{year['year']}, {esc(name)}: {count}</title></rect>"
            )
            base += count
        if index % every == 0:
            body.append(
                f'<text x="{x + slot * 0.35:.1f}" y="{bottom + 16}" font-size="10.5" text-anchor="middle">'
                f"{year['year']}</text>"
            )
    body.append(f'<path d="M{left},{bottom}H{right}" stroke="{INK}"/>')
    lx = 12.0
    for name, colour in colours.items():
        body.append(f'<rect x="{lx}" y="{bottom + 36}" width="12" height="12" fill="{colour}"/>')
        body.append(f'<text x="{lx + 16}" y="{bottom + 46}" font-size="11">{esc(name)}</text>')
        lx += 30 + 6.5 * len(name)
    description = "; ".join(f"{y['year']}: {y['total']}" for y in chart["years"])
    return document(WIDTH, height, chart["title"], f"Visits per year. {description}", body)


BLOCKS = "█▓▒░"


def per_year_text(chart: Row, width: int) -> list[tuple[str, str | None]]:
    """Visits per year as one line of blocks per year, each stack in its own block character."""
    if not chart["years"]:
        return [("No dated visits match.\n", None)]
    most = max(y["total"] for y in chart["years"])
    number = len(str(most))
    area = max(10, width - 4 - 2 - number - 1)
    colours = {name: SERIES[i % len(SERIES)] for i, name in enumerate(chart["stacks"])}
    marks = {name: BLOCKS[i % len(BLOCKS)] for i, name in enumerate(chart["stacks"])}
    out: list[tuple[str, str | None]] = [(chart["title"] + "\n", None)]
    for year in chart["years"]:
        out.append((f"{year['year']}  ", None))
        used = 0
        for name in chart["stacks"]:
            count = year["counts"].get(name, 0)
            cells = round((used + count) / most * area) - round(used / most * area)
            used += count
            if cells:
                out.append((marks[name] * cells, colours[name]))
        out.append((f" {year['total']}\n", None))
    out.extend((line + "\n", None) for line in _wrap(["   ".join(f"{marks[n]} {n}" for n in chart["stacks"])], width))
    return out


# ---------------------------------------------------------------------------------------------------
# Figures over time, with a pledge's goal and deadline.


def figures_chart(
    kb: KnowledgeBase,
    metric: str | None = None,
    country: str | None = None,
    since: str | PartialDate | None = None,
    until: str | PartialDate | None = None,
) -> Row:
    """A metric's figures over time in one unit, the goals of the pledges measured by them, and disagreements."""
    rows = queries.figures(kb, country=country, metric=metric, since=since, until=until)
    units = Counter(r["value"]["unit"] for r in rows)
    unit = units.most_common(1)[0][0] if units else None
    kept = [r for r in rows if r["value"]["unit"] == unit]
    notes = []
    if len(units) > 1:
        notes.append(
            "Left out, in another unit: " + ", ".join(f"{n} in {u}" for u, n in units.items() if u != unit) + "."
        )
    conflicting = {f["id"] for group in queries.figure_conflicts(kb) for f in group}
    scale = Counter(r["value"]["scale"] for r in kept).most_common(1)[0][0] if kept else "one"
    divisor = queries.SCALE_FACTORS[scale]
    points = []
    for row in kept:
        record = kb.get("figures", row["id"])
        first, last = period_of(record) if record else (None, None)
        if first is None or last is None:
            continue
        points.append(
            {
                "id": row["id"],
                "series": " – ".join(p["name"] for p in row["parties"]),
                "start": first.earliest().isoformat(),
                "end": last.latest().isoformat(),
                "period": row["period"],
                "value": row["value"]["amount"] / divisor,
                "text": row["value"]["text"],
                "whole_year": first.earliest().month == 1 and last.latest().month == 12 and first.year == last.year,
                "basis": row["basis"],
                "sources": row["sources"],
                "conflict": row["id"] in conflicting,
            }
        )
    goals = []
    series_parties = {frozenset(p["code"] for p in r["parties"]) for r in kept}
    for pledge in queries.pledges(kb):
        if pledge["shape"] != "target" or not pledge["metric"] or not pledge["goal"] or not pledge["deadline"]:
            continue
        if metric and not metric_matches(pledge["metric"], metric):
            continue
        if frozenset(p["code"] for p in pledge["parties"]) not in series_parties or pledge["goal"]["unit"] != unit:
            continue
        deadline = parse_day(pledge["deadline"])
        baseline = pledge["baseline"]
        goals.append(
            {
                "id": pledge["id"],
                "title": pledge["title"],
                "value": pledge["goal"]["amount"] / divisor,
                "text": pledge["goal"]["text"],
                "deadline": deadline.latest().isoformat() if deadline else None,
                "status": pledge["status"],
                "baseline": None
                if baseline is None
                else {"period": baseline["period"], "value": _in_scale(baseline["value"], pledge, divisor)},
            }
        )
    for group in queries.figure_conflicts(kb):
        ids = [f["id"] for f in group]
        if any(p["id"] in ids for p in points):
            texts = [f"{p['text']} ({p['basis'] or ', '.join(p['sources'])})" for p in points if p["id"] in ids]
            notes.append(
                f"Sources disagree on {group[0]['metric']} for {points_period(points, ids)}: "
                + " vs ".join(texts)
                + "."
            )
    return {
        "title": f"{(metric or 'Figures').capitalize()} over time" + (f", {country}" if country else ""),
        "metric": metric,
        "unit": f"{scale + ' ' if scale != 'one' else ''}{unit or ''}".strip(),
        "points": points,
        "goals": goals,
        "notes": notes,
    }


def points_period(points: list[Row], ids: list[str]) -> str:
    """The period of the first of some points, as written."""
    return next((p["period"] for p in points if p["id"] in ids), "one period")


def _in_scale(value: float, pledge: Row, divisor: float) -> float:
    """A baseline value, written in the pledge's goal scale, in the chart's scale."""
    return value * queries.SCALE_FACTORS[pledge["goal"]["scale"]] / divisor


def figures_svg(chart: Row) -> str:
    """The figures as a standalone SVG document: each figure over its period, goals dashed to their deadline."""
    left, right, top, bottom = 80.0, WIDTH - 30.0, 70.0, 420.0
    height = bottom + 80 + 16 * len(chart["notes"])
    body = [
        f'<text x="12" y="26" font-size="19" font-weight="bold" fill="{INK}">{esc(chart["title"])}</text>',
        f'<text x="12" y="46" font-size="12.5" fill="{MUTED}">In {esc(chart["unit"])}; each figure over the '
        "period it covers. Dashed: a pledge's goal, to its deadline.</text>",
    ]
    if not chart["points"]:
        body.append(f'<text x="12" y="{top + 16}" font-size="13">No figures match.</text>')
        return document(WIDTH, height, chart["title"], "No figures match.", body)
    dates = [dt.date.fromisoformat(p["start"]) for p in chart["points"]]
    dates += [dt.date.fromisoformat(p["end"]) for p in chart["points"]]
    dates += [dt.date.fromisoformat(g["deadline"]) for g in chart["goals"] if g["deadline"]]
    for goal in chart["goals"]:
        if goal["baseline"] and parse_day(goal["baseline"]["period"]):
            dates.append(parse_day(goal["baseline"]["period"]).earliest())  # type: ignore[union-attr]
    first, last = dt.date(min(dates).year, 1, 1), dt.date(max(dates).year, 12, 31)
    x, ticks = _time_axis(first, last, left, right)
    values = [p["value"] for p in chart["points"]] + [g["value"] for g in chart["goals"]]
    yticks = nice_ticks(0, max(values))

    def y(value: float) -> float:
        return bottom - value / yticks[-1] * (bottom - top)

    for tick in yticks:
        body.append(f'<path d="M{left},{y(tick):.1f}H{right}" stroke="#e6e6e6"/>')
        body.append(
            f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" font-size="10.5" text-anchor="end" fill="{MUTED}">'
            f"{tick:g}</text>"
        )
    for day, text in ticks:
        body.append(
            f'<text x="{x(day):.1f}" y="{bottom + 16}" font-size="10.5" text-anchor="middle" fill="{MUTED}">'
            f"{text}</text>"
        )
    body.append(f'<path d="M{left},{bottom}H{right}" stroke="{INK}"/>')
    series = {
        name: SERIES[i % len(SERIES)] for i, name in enumerate(dict.fromkeys(p["series"] for p in chart["points"]))
    }
    for goal in chart["goals"]:
        gx = x(dt.date.fromisoformat(goal["deadline"]))
        start_x = left
        if goal["baseline"] and parse_day(goal["baseline"]["period"]):
            bday = parse_day(goal["baseline"]["period"])
            bx, by = x(bday.earliest()), y(goal["baseline"]["value"])  # type: ignore[union-attr]
            start_x = bx
            body.append(
                f'<path d="M{bx:.1f},{by:.1f}L{gx:.1f},{y(goal["value"]):.1f}" stroke="#999999" '
                'stroke-dasharray="2 3"/>'
            )
        body.append(
            f'<path class="goal" data-target="{esc(goal["id"])}" d="M{start_x:.1f},{y(goal["value"]):.1f}H{gx:.1f}" '
            f'stroke="#b30000" stroke-width="1.6" stroke-dasharray="6 4"><title>{esc(goal["title"])}</title></path>'
        )
        body.append(
            f'<path d="M{gx:.1f},{y(goal["value"]) - 7:.1f}l6,7l-6,7l-6,-7z" fill="#b30000"/>'
            f'<text x="{start_x + 4:.1f}" y="{y(goal["value"]) - 6:.1f}" font-size="11" fill="#b30000">'
            f"goal {esc(goal['text'])} by {goal['deadline'][:4]} ({esc(goal['status'])})</text>"
        )
    # Figures of one period (sources that disagree) get their labels stacked on the left, highest first.
    label_at: dict[str, tuple[float, float, str]] = {}
    shared: set[str] = set()  # figures that share their period with others
    by_period: dict[str, list[Row]] = {}
    for point in chart["points"]:
        by_period.setdefault(point["start"] + point["end"], []).append(point)
    for order, group in enumerate(by_period.values()):
        group.sort(key=lambda p: -p["value"])
        x0 = x(dt.date.fromisoformat(group[0]["start"]))
        x1 = x(dt.date.fromisoformat(group[0]["end"]))
        if len(group) == 1:  # neighbouring periods alternate above and below, so that their labels part
            late = (x0 + x1) / 2 > left + (right - left) * 0.6  # on the right: the label reads leftwards
            label_at[group[0]["id"]] = (
                (x0 + x1) / 2 + (-7 if late else 7),
                y(group[0]["value"]) + (-7 if order % 2 == 0 else 17),
                "end" if late else "start",
            )
            continue
        top_y = y(group[0]["value"]) - 8 - 13 * (len(group) - 1)
        shared.update(p["id"] for p in group)
        for index, point in enumerate(group):
            label_at[point["id"]] = (x0 - 6, top_y + 13 * index, "end")
    for point in chart["points"]:
        x0, x1 = x(dt.date.fromisoformat(point["start"])), x(dt.date.fromisoformat(point["end"]))
        py = y(point["value"])
        lx, ly, anchor = label_at[point["id"]]
        colour = series[point["series"]]
        fill = colour if point["whole_year"] else "#ffffff"
        ring = ' stroke="#b30000" stroke-width="2.2"' if point["conflict"] else f' stroke="{colour}" stroke-width="1.6"'
        body.append(
            f'<g class="figure" data-figure="{esc(point["id"])}" data-conflict="{int(point["conflict"])}">'
            f'<path d="M{x0:.1f},{py:.1f}H{x1:.1f}" stroke="{colour}" stroke-width="3" stroke-opacity=".45"/>'
            f'<circle cx="{(x0 + x1) / 2:.1f}" cy="{py:.1f}" r="4.5" fill="{fill}"{ring}/>'
            f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="10.5" text-anchor="{anchor}">{esc(point["text"])}'
            # whose statistics: beside the figure where others disagree with it, else in its tooltip
            f"{' (' + esc(point['basis']) + ')' if point['basis'] and point['id'] in shared else ''}"
            "</text>"
            f"<title>{esc(point['period'])}: {esc(point['text'])}"
            f"{' (' + esc(point['basis']) + ')' if point['basis'] else ''}; "
            f"sources: {esc(', '.join(point['sources']))}</title></g>"
        )
    ly = bottom + 40
    lx = 12.0
    for name, colour in series.items():
        body.append(f'<circle cx="{lx + 5}" cy="{ly - 4}" r="4.5" fill="{colour}"/>')
        body.append(f'<text x="{lx + 14}" y="{ly}" font-size="11">{esc(name)}</text>')
        lx += 30 + 6.5 * len(name)
    body.append(
        f'<text x="{lx}" y="{ly}" font-size="11">filled: a whole year; hollow: part of one; ringed red: sources '
        "disagree, both shown</text>"
    )
    for index, note in enumerate(chart["notes"]):
        body.append(f'<text x="12" y="{ly + 20 + 16 * index}" font-size="11" fill="{MUTED}">{esc(note)}</text>')
    description = "; ".join(f"{p['period']}: {p['text']}" for p in chart["points"])
    description += "".join(f"; goal {g['text']} by {g['deadline'][:4]}" for g in chart["goals"])
    return document(WIDTH, height, chart["title"], description, body)


def figures_text(chart: Row, width: int) -> list[tuple[str, str | None]]:
    """The figures as one bar per figure (and per goal), scaled to the largest, for a terminal."""
    if not chart["points"]:
        return [("No figures match.\n", None)]
    lines = [
        (p["period"], p["value"], f"{p['text']}{' (' + p['basis'] + ')' if p['basis'] else ''}", p["conflict"])
        for p in chart["points"]
    ]
    lines += [
        (f"goal {g['deadline'][:4]}", g["value"], f"goal {g['text']} ({g['status']})", False) for g in chart["goals"]
    ]
    most = max(value for _, value, _, _ in lines) or 1
    label = max(len(name) for name, *_ in lines)
    text_width = max(len(t) for _, _, t, _ in lines) + 2
    beside = width - label - 2 - text_width >= 12  # else each figure's words go on a line of their own below
    area = width - label - 2 - (text_width if beside else 0)
    out: list[tuple[str, str | None]] = [(f"{chart['title']} (in {chart['unit']})\n", None)]
    for name, value, text, conflict in lines:
        cells = value / most * area
        bar = "█" * int(cells) + ("▌" if cells - int(cells) >= 0.5 and int(cells) < area else "")
        out.append((f"{name:<{label}}  ", None))
        out.append((bar, "#b30000" if name.startswith("goal") else SERIES[0]))
        said = f"{'≠' if conflict else ' '}{text}"
        if beside:
            out.append((f"{' ' * (area - len(bar))} {said}\n", None))
        else:
            out.append(("\n", None))
            out.extend((" " * (label + 2) + line + "\n", None) for line in _wrap([said], width - label - 2))
    key = ["≠ sources disagree about this figure: both are shown"] if any(c for *_, c in lines) else []
    out.extend((line + "\n", None) for line in _wrap([*chart["notes"], *key], width))
    return out
