"""The command line: parse options, call the library, render, set the exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .dates import PartialDate, PartialDateError
from .kb import KnowledgeBase
from .loading import answer, load
from .names import NameLookupError
from .rendering import (
    AGREEMENTS,
    TARGETS,
    TRIPS,
    DiagnosticFormat,
    Format,
    Listing,
    render,
    render_diagnostics,
)

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="visitkb",
    help="Query a knowledge base of leaders' trips, visits, partnerships, agreements and targets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _date_option(value: Optional[str]) -> Optional[PartialDate]:
    if value is None:
        return None
    try:
        return PartialDate.parse(value)
    except PartialDateError as exc:
        raise typer.BadParameter(str(exc)) from None


# Options every command shares, defined once.
DataDirs = Annotated[Optional[list[Path]], typer.Option(
    "--data-dir", "-d", metavar="PATH",
    help="Knowledge base directory to load (repeatable). Default: $VISITKB_DATA_DIR, "
         "else the bundled knowledge base.")]
OutputFormat = Annotated[Format, typer.Option(
    "--format", "-f", help="Output format. Tables on a terminal; json/csv/... for machines.")]
Strict = Annotated[bool, typer.Option(
    "--strict", help="Fail (exit 1) if any record is invalid instead of skipping it.")]
Leader = Annotated[Optional[str], typer.Option(
    "--leader", "-l", help="Leader by id, surname, full name or alias (xi, 'Xi Jinping', 习近平).")]
Country = Annotated[Optional[str], typer.Option(
    "--country", "-c", help="Country by name, ISO alpha-2/alpha-3 code or local name (peru, PE, PER, Perú).")]
Year = Annotated[Optional[int], typer.Option("--year", "-y", help="Only records that fall in this year.",
                                             min=1, max=9999)]
Since = Annotated[Optional[str], typer.Option(
    "--since", metavar="DATE", help="On or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")]
Until = Annotated[Optional[str], typer.Option(
    "--until", metavar="DATE", help="On or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")]


def _err(message: str) -> None:
    sys.stderr.write(message + "\n")


def _progress():
    """A progress bar on stderr for a slow index build, shown only on a terminal after a second."""
    if not sys.stderr.isatty():
        return None
    import time

    started = time.monotonic()
    state: dict = {}

    def report(done: int, total: int) -> None:
        if "bar" not in state:
            if time.monotonic() - started < 1:
                return
            from rich.progress import Progress

            state["bar"] = Progress(transient=True)
            state["bar"].start()
            state["task"] = state["bar"].add_task("Indexing record files", total=total)
        state["bar"].update(state["task"], completed=done)
        if done >= total:
            state["bar"].stop()

    return report


def _report(kb: KnowledgeBase, strict: bool) -> None:
    """Say on stderr what was skipped, or fail under --strict."""
    errors = kb.errors()
    if errors and strict:
        render_diagnostics(errors, DiagnosticFormat.text, sys.stderr)
        _err(f"visitkb: {len(errors)} error(s) in the data; run visitkb check for details")
        raise typer.Exit(EXIT_DATA)
    if errors:
        what = f"{kb.skipped} invalid record(s) skipped" if kb.skipped else \
            f"{len(errors)} problem(s) in the data"
        _err(f"visitkb: {what}; run visitkb check")


def _answer(query, listing: Listing, fmt: Format, data_dirs, strict: bool, **filters) -> None:
    try:
        kb, rows = answer(lambda kb: query(kb, **filters), data_dirs, progress=_progress())
    except NameLookupError as exc:
        _report(load(data_dirs), strict)
        _err(f"visitkb: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    _report(kb, strict)
    render(listing, rows, fmt)


@app.command()
def trips(
    leader: Leader = None,
    country: Country = None,
    year: Year = None,
    since: Since = None,
    until: Until = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    strict: Strict = False,
) -> None:
    """List leaders' trips abroad with their legs.

    Example: visitkb trips --leader xi --since 2016
    """
    from . import queries

    _answer(queries.trips, TRIPS, format, data_dir, strict, leader=leader, country=country,
            year=year, since=_date_option(since), until=_date_option(until))


@app.command()
def agreements(
    country: Country = None,
    leader: Leader = None,
    domain: Annotated[Optional[str], typer.Option(
        "--domain", help="Only agreements in a domain (trade, energy, investment, ...).")] = None,
    year: Year = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    strict: Strict = False,
) -> None:
    """List signed agreements and counts of documents signed.

    Example: visitkb agreements --country peru
    """
    from . import queries

    _answer(queries.agreements, AGREEMENTS, format, data_dir, strict, country=country,
            leader=leader, domain=domain, year=year)




@app.command()
def targets(
    status: Annotated[Optional[str], typer.Option(
        "--status", "-s", help="Only targets with this status: met, on-track, behind, missed, unknown.")] = None,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="DATE", help="Judge progress from what was known on DATE (default: today).")] = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    strict: Strict = False,
) -> None:
    """List pledged targets with their observed progress and status.

    Example: visitkb targets --as-of 2024-01-01
    """
    from . import queries

    if status is not None and status not in queries.TARGET_STATUSES:
        raise typer.BadParameter(f"use one of: {', '.join(queries.TARGET_STATUSES)}",
                                 param_hint="'--status'")
    as_of_date = _date_option(as_of)
    _answer(queries.targets, TARGETS, format, data_dir, strict, status=status,
            as_of=as_of_date.latest() if as_of_date else None)


@app.command()
def check(
    names: Annotated[Optional[list[str]], typer.Argument(
        metavar="NAMES",
        help="Checks to run (default: all): schema, duplicate-ids, references, date-order, "
             "citations, excerpts.")] = None,
    data_dir: DataDirs = None,
    sources: Annotated[Optional[Path], typer.Option(
        "--sources", metavar="DIR",
        help="Folder of archived source texts to verify verbatim excerpts against "
             "(default: each data directory's archive/ folder).")] = None,
    format: Annotated[DiagnosticFormat, typer.Option(
        "--format", "-f", help="text, json, or github (CI annotations).")] = DiagnosticFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
) -> None:
    """Check every record file; print nothing and exit 0 when all is well.

    Example: visitkb check --strict --sources ../shared/seed
    """
    from . import checks
    from .loading import data_dirs_from

    archives = [sources] if sources else [Path(d) / "archive" for d in data_dirs_from(data_dir)]
    try:
        _, diagnostics = answer(lambda kb: checks.run_checks(
            kb, names, [a for a in archives if sources or a.is_dir()]), data_dir, _progress())
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="NAMES") from None
    if diagnostics:
        out = sys.stderr if format == DiagnosticFormat.text else sys.stdout
        render_diagnostics(diagnostics, format, out, excerpts=out.isatty())
    failing = [d for d in diagnostics if d.severity == "error" or strict]
    raise typer.Exit(EXIT_DATA if failing else EXIT_OK)


def _version(value: bool) -> None:
    if value:
        print(f"visitkb {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """visitkb: a diplomatic-visit knowledge base."""


def main() -> None:
    """Console entry point: run the app, and turn any unexpected failure into one line."""
    try:
        app()
    except (BrokenPipeError, KeyboardInterrupt):
        sys.exit(EXIT_DATA)
    except SystemExit:
        raise
    except Exception as exc:  # a bug: say so in one line, never a traceback
        _err(f"visitkb: internal error: {type(exc).__name__}: {exc}; please report it")
        sys.exit(EXIT_DATA)
