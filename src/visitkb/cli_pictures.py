"""The commands that draw: ``map``, ``chart`` (timeline, per-year, figures) and ``report``.

Each asks the library for a picture's data, then writes SVG or HTML to ``--out`` (by its suffix),
or, without ``--out``, a text rendering that fits the terminal (in colour only on a terminal).
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .clikit import (
    EXIT_USAGE,
    Country,
    DataDirs,
    Leader,
    Since,
    Strict,
    Until,
    WithPredecessors,
    Year,
    _ask,
    _Command,
    _err,
    app,
    command,
)
from .rendering import is_terminal

Out = Annotated[
    Optional[Path],
    typer.Option(
        "--out",
        "-o",
        metavar="FILE",
        help="Write the picture here: FILE.svg, or FILE.html for a page. Without it: a text rendering "
        "(in colour on a terminal).",
    ),
]


def _suffix(out: Path, allowed: tuple[str, ...]) -> str:
    """The kind of file ``--out`` asks for, or a usage error naming the suffixes it takes."""
    suffix = out.suffix.lower().lstrip(".")
    if suffix == "htm":
        suffix = "html"
    if suffix not in allowed:
        raise typer.BadParameter(
            f"{out.name!r}: give a file ending in " + " or ".join(f".{a}" for a in allowed), param_hint="'--out'"
        )
    if out.is_dir():
        raise typer.BadParameter(f"{out} is a directory; give a file name", param_hint="'--out'")
    return suffix


def _write(out: Path, text: str) -> None:
    """Write a picture in one step, and say where on stderr."""
    from .writing import write_atomically

    write_atomically(out, text)
    _err(f"visitkb: wrote {out} ({len(text.encode('utf-8')) / 1000:,.0f} kB)")


def _print_runs(runs: list[tuple[str, Optional[str]]]) -> None:
    """Text with colour runs, coloured only on a terminal that takes colour."""
    from rich.console import Console
    from rich.text import Text

    terminal = is_terminal(sys.stdout)
    plain = not terminal or bool(os.environ.get("NO_COLOR"))
    console = Console(
        highlight=False,
        markup=False,
        emoji=False,
        no_color=plain,
        force_terminal=terminal and not plain,
        soft_wrap=True,
    )
    text = Text()
    for part, colour in runs:
        text.append(part, style=None if plain or colour is None else colour)
    console.print(text, end="")


def _width() -> int:
    """The terminal's width (COLUMNS where set), else 80."""
    from rich.console import Console

    return Console().width if is_terminal(sys.stdout) else int(os.environ.get("COLUMNS") or 80)


@command("map")
def map_(
    trip: Annotated[
        Optional[str], typer.Argument(metavar="[TRIP]", help="One trip's id (instead of the filters).")
    ] = None,
    leader: Leader = None,
    country: Country = None,
    with_predecessors: WithPredecessors = False,
    year: Year = None,
    since: Since = None,
    until: Until = None,
    out: Out = None,
    data_dir: DataDirs = None,
    strict: Strict = False,
) -> None:
    """Draw a world map of trips: countries shaded by visits, each trip's legs joined in order.

    Takes the filters of trips, or one trip's id. States too small to see are dots at their
    capitals; a former state (the Soviet Union) is drawn on its successors' territory under
    the name of the time, with a note.

    Example: visitkb map --leader xi
    Example: visitkb map --leader xi --out xi.svg
    Example: visitkb map xi-2013-latin-america --out tour.html
    """
    from .pictures import maps

    kind = _suffix(out, ("svg", "html")) if out else None
    if trip and (leader or country or year or since or until):
        raise typer.BadParameter("give a trip id or filters, not both", param_hint="TRIP")
    data = _ask(
        lambda kb: maps.travel_map(
            kb,
            leader=leader,
            country=country,
            year=year,
            since=since,
            until=until,
            with_predecessors=with_predecessors,
            trip=trip,
        ),
        data_dir,
        strict,
    )
    if not data["countries"]:
        _err("visitkb: no trips match; the map would be empty")
    if out:
        _write(out, maps.map_svg(data) if kind == "svg" else maps.map_html(data))
    else:
        sys.stdout.write(maps.map_summary(data))
        if is_terminal(sys.stdout):
            _err("visitkb: for the picture, add --out map.svg (or map.html)")


chart_app = typer.Typer(
    help="Draw a chart: a timeline of legs, visits per year, or a metric's figures against pledges.",
    short_help="Draw a timeline, visits per year, or figures over time",
    epilog="\b\nExamples:\n  visitkb chart timeline --leader xi\n"
    "  visitkb chart figures --metric trade --out trade.svg",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(chart_app, name="chart")


def _chart_out(out: Optional[Path], svg, text) -> None:
    """Write a chart to --out (SVG, or HTML around it), else as text on a terminal, else SVG to a pipe."""
    from .pictures.svg import inline, page

    if out:
        kind = _suffix(out, ("svg", "html"))
        drawn = svg()
        if kind == "html":
            title = drawn.split("<title", 1)[1].split(">", 1)[1].split("</title>", 1)[0]
            drawn = page(title, [f"<h1>{title}</h1>", f"<figure>{inline(drawn, 'chart')}</figure>"])
        _write(out, drawn)
    else:
        _print_runs(text(_width()))


class TimelineRows(str, Enum):
    trip = "trip"
    leader = "leader"


@chart_app.command("timeline", cls=_Command)
def chart_timeline(
    leader: Leader = None,
    country: Country = None,
    with_predecessors: WithPredecessors = False,
    year: Year = None,
    since: Since = None,
    until: Until = None,
    by: Annotated[TimelineRows, typer.Option("--by", help="One row per trip or per leader.")] = TimelineRows.trip,
    out: Out = None,
    data_dir: DataDirs = None,
    strict: Strict = False,
) -> None:
    """Draw a timeline: one bar per leg on a date axis, one row per trip (or leader), events marked.

    Example: visitkb chart timeline --leader xi --out timeline.svg
    """
    from . import queries
    from .pictures import charts

    if out:
        _suffix(out, ("svg", "html"))

    def question(kb):
        rows = queries.trips(
            kb, leader=leader, country=country, year=year, since=since, until=until, with_predecessors=with_predecessors
        )
        from .pictures.maps import scope_of

        return charts.timeline_chart(
            kb, rows, scope_of(kb, leader, country, year, since, until, None)["title"], by.value
        )

    chart = _ask(question, data_dir, strict)
    _chart_out(out, lambda: charts.timeline_svg(chart), lambda width: charts.timeline_text(chart, width))


class Stacks(str, Enum):
    type = "type"
    region = "region"
    country = "country"


@chart_app.command("per-year", cls=_Command)
def chart_per_year(
    leader: Leader = None,
    country: Country = None,
    with_predecessors: WithPredecessors = False,
    since: Since = None,
    until: Until = None,
    by: Annotated[
        Stacks, typer.Option("--by", help="Stack by visit type, by UN M49 sub-region, or by the country visited.")
    ] = Stacks.type,
    out: Out = None,
    data_dir: DataDirs = None,
    strict: Strict = False,
) -> None:
    """Draw visits per year (legs in person), stacked by visit type, region or country visited.

    Example: visitkb chart per-year --leader xi
    """
    from . import queries
    from .pictures import charts
    from .pictures.maps import scope_of

    if out:
        _suffix(out, ("svg", "html"))

    def question(kb):
        records = queries.selected_trips(kb, leader, country, None, since, until, with_predecessors)
        title = "Visits per year: " + scope_of(kb, leader, country, None, since, until, None)["title"].lower()
        return charts.per_year_chart(kb, records, title, by.value)

    chart = _ask(question, data_dir, strict)
    _chart_out(out, lambda: charts.per_year_svg(chart), lambda width: charts.per_year_text(chart, width))


@chart_app.command("figures", cls=_Command)
def chart_figures(
    metric: Annotated[
        Optional[str], typer.Option("--metric", "-m", help="The metric to draw (trade, exports, ...).")
    ] = None,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    out: Out = None,
    data_dir: DataDirs = None,
    strict: Strict = False,
) -> None:
    """Draw a metric's figures over time, with the goal and deadline of each pledge measured by them.

    Figures that disagree (each side's statistics) are both drawn, ringed.

    Example: visitkb chart figures --metric trade --out trade.svg
    """
    from .pictures import charts

    if out:
        _suffix(out, ("svg", "html"))
    chart = _ask(
        lambda kb: charts.figures_chart(kb, metric=metric, country=country, since=since, until=until), data_dir, strict
    )
    _chart_out(out, lambda: charts.figures_svg(chart), lambda width: charts.figures_text(chart, width))


@command()
def report(
    leader: Leader = None,
    country: Country = None,
    trip: Annotated[Optional[str], typer.Option("--trip", "-t", metavar="ID", help="One trip, by its id.")] = None,
    out: Out = None,
    data_dir: DataDirs = None,
    strict: Strict = False,
) -> None:
    """Write a one-file HTML report on a leader, a country or a trip: map, timeline, tables, every citation.

    The page is self-contained (inline SVG and CSS, no script, nothing fetched), prints cleanly,
    and is readable with a screen reader.

    Example: visitkb report --leader xi --out xi.html
    """
    from .pictures import report as reports

    chosen = [name for name, value in (("--leader", leader), ("--country", country), ("--trip", trip)) if value]
    if len(chosen) != 1:
        _err("visitkb: report: give one of --leader, --country or --trip (see visitkb report -h)")
        raise typer.Exit(EXIT_USAGE)
    if out:
        _suffix(out, ("html",))
    elif is_terminal(sys.stdout):
        _err("visitkb: report: give --out FILE.html (or redirect the page into a file)")
        raise typer.Exit(EXIT_USAGE)
    if leader:
        html = _ask(lambda kb: reports.leader_report(kb, leader), data_dir, strict)
    elif country:
        html = _ask(lambda kb: reports.country_report(kb, country), data_dir, strict)
    else:
        html = _ask(lambda kb: reports.trip_report(kb, str(trip)), data_dir, strict)
    if out:
        _write(out, html)
    else:
        sys.stdout.write(html)
