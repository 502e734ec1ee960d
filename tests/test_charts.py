"""Charts: the timeline of legs, visits per year, a metric's figures against a pledge; SVG and terminal text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from conftest import cli, write_kb
from visitkb import load, queries
from visitkb.pictures import charts

SVG = "{http://www.w3.org/2000/svg}"


def text_of(runs) -> str:
    return "".join(text for text, _ in runs)


def test_the_timeline_has_a_bar_per_dated_leg_and_marks_events(bundled):
    trips = queries.trips(bundled, leader="xi")
    root = ET.fromstring(charts.timeline_svg(charts.timeline_chart(bundled, trips, "Xi")))
    bars = {e.get("data-leg") for e in root.iter(f"{SVG}rect") if e.get("data-leg")}
    assert bars == {leg["id"] for trip in trips for leg in trip["legs"] if leg["span"]["start"]}
    events = {e.get("data-event") for e in root.iter(f"{SVG}path") if e.get("data-event")}
    assert events == {ev["id"] for trip in trips for leg in trip["legs"] for ev in leg["events"]} != set()


def test_a_timeline_by_leader_has_one_row_per_leader(bundled):
    trips = queries.trips(bundled)
    chart = charts.timeline_chart(bundled, trips, "All", by="leader")
    assert sorted(r["id"] for r in chart["rows"]) == sorted({t["leader"]["id"] for t in trips})


@pytest.mark.parametrize("width", [50, 80, 137])
def test_terminal_renderings_fit_the_width(bundled, width):
    trips = queries.trips(bundled)
    renderings = [
        charts.timeline_text(charts.timeline_chart(bundled, trips, "All trips"), width),
        charts.per_year_text(charts.per_year_chart(bundled, queries.selected_trips(bundled), "Per year"), width),
    ]
    for runs in renderings:
        lines = text_of(runs).splitlines()
        assert any("█" in line for line in lines)
        assert max(len(line) for line in lines) <= width, "\n".join(lines)


def test_per_year_counts_legs_in_person_by_the_year_they_began(bundled):
    chart = charts.per_year_chart(bundled, queries.selected_trips(bundled), "Per year")
    expected = Counter(
        int(v["span"]["start"][:4]) for v in queries.visits(bundled) if v["span"]["start"] and v["mode"] == "in-person"
    )
    assert {y["year"]: y["total"] for y in chart["years"] if y["total"]} == dict(expected)
    root = ET.fromstring(charts.per_year_svg(chart))
    drawn = Counter()
    for rect in root.iter(f"{SVG}rect"):
        if rect.get("data-year"):
            drawn[int(rect.get("data-year"))] += int(re.search(r": (\d+)$", rect.find(f"{SVG}title").text).group(1))
    assert drawn == expected


FIGURES = {
    "figures.yaml": """
        figures:
          - {id: t-2020, metric: trade, parties: [BR, NO], period_start: 2020,
             value: {value: 10, scale: billion, unit: USD},
             citations: [{source: report}]}
          - {id: t-2021-a, metric: trade, parties: [BR, NO], period_start: 2021,
             value: {value: 12, scale: billion, unit: USD},
             basis: Brazil's statistics, citations: [{source: report}]}
          - {id: t-2021-b, metric: trade, parties: [BR, NO], period_start: 2021,
             value: {value: 15, scale: billion, unit: USD},
             basis: Norway's statistics, citations: [{source: report}]}
        targets:
          - id: trade-20bn
            title: Trade of 20 billion USD by 2025
            parties: [BR, NO]
            metric: trade
            measure: annual
            goal: {value: 20, scale: billion, unit: USD}
            deadline: 2025
            citations: [{source: report}]
    """,
}


def test_the_figures_chart_draws_both_disagreeing_figures_and_the_goal(tmp_path):
    kb = load([write_kb(tmp_path / "kb", FIGURES)])
    chart = charts.figures_chart(kb, metric="trade")
    root = ET.fromstring(charts.figures_svg(chart))
    figures = {g.get("data-figure"): g.get("data-conflict") for g in root.iter(f"{SVG}g") if g.get("data-figure")}
    assert figures == {"t-2020": "0", "t-2021-a": "1", "t-2021-b": "1"}
    goals = [p for p in root.iter(f"{SVG}path") if p.get("data-target")]
    assert [g.get("data-target") for g in goals] == ["trade-20bn"]
    assert chart["goals"][0]["value"] == 20 and chart["goals"][0]["deadline"] == "2025-12-31"
    assert any("12" in note and "15" in note for note in chart["notes"])
    text = text_of(charts.figures_text(chart, 100))
    assert "≠" in text and "goal 20 billion USD" in text


def test_chart_commands_write_svg_or_html_and_print_text_without_colour(tmp_path):
    out = tmp_path / "trade.svg"
    assert cli("chart", "figures", "--metric", "trade", "--out", str(out)).returncode == 0
    ET.fromstring(out.read_text(encoding="utf-8"))
    page = tmp_path / "t.html"
    assert cli("chart", "timeline", "--leader", "xi", "--out", str(page)).returncode == 0
    assert "<svg" in page.read_text(encoding="utf-8")
    for args in (["timeline", "--leader", "xi"], ["per-year", "--by", "country"], ["figures", "-m", "trade"]):
        result = cli("chart", *args, env={"COLUMNS": "72"})
        assert result.returncode == 0 and "█" in result.stdout and "\x1b[" not in result.stdout, args
        assert max(len(line) for line in result.stdout.splitlines()) <= 72, args


def test_chart_refuses_a_bad_suffix_in_one_line():
    result = cli("chart", "timeline", "--out", "t.pdf")
    assert result.returncode == 2 and "--out" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_per_year_by_region_groups_countries_by_their_m49_sub_region(bundled):
    import csv

    from visitkb.pictures import geo

    with (geo.REFERENCE / "regions.csv").open(encoding="utf-8") as handle:
        table = {row["code"]: row["subregion"] for row in csv.DictReader(handle)}
    assert charts.region_of("PE") == table["PE"] and charts.region_of("US") == table["US"]
    assert charts.region_of("SUHH") == charts.region_of("RU")  # a former state: its largest successor's
    records = queries.selected_trips(bundled)
    by_type = charts.per_year_chart(bundled, records, "t", by="type")
    by_region = charts.per_year_chart(bundled, records, "r", by="region")
    assert [y["total"] for y in by_region["years"]] == [y["total"] for y in by_type["years"]]
    visited = {v["country"]["code"] for v in queries.visits(bundled) if v["mode"] == "in-person"}
    assert set(by_region["stacks"]) == {table[c] for c in visited}


def test_the_time_axis_cuts_long_quiet_stretches_and_keeps_dates_in_order():
    import datetime as dt

    week = dt.timedelta(days=7)
    starts = [dt.date(2005, 3, 1), dt.date(2011, 6, 1), dt.date(2019, 9, 1)]
    axis = charts.BrokenAxis([(d, d + week) for d in starts], 0, 600)
    assert len(axis.breaks()) == 2
    for start in starts:  # a week-long trip years from the others is still wide
        assert axis.x(start + week) - axis.x(start) > 100
    days = [dt.date(2005, 1, 1) + dt.timedelta(days=n) for n in range(0, 6000, 13)]
    xs = [axis.x(d) for d in days]
    assert xs == sorted(xs) and xs[0] >= 0 and xs[-1] <= 600
    short = charts.BrokenAxis([(dt.date(2016, 1, 1), dt.date(2016, 1, 3)), (dt.date(2016, 11, 1),) * 2], 0, 600)
    assert short.breaks() == []  # within a year: one stretch, to scale
