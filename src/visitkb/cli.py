"""The command line: each command parses its options, calls the library and renders the answer.

The shared parts (the app, the options every command shares, asking and rendering) are in
``clikit``.
"""

import gc
import io
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import checks, kinds
from .clikit import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_USAGE,
    Cite,
    Country,
    DataDirs,
    Fields,
    Leader,
    OutputFormat,
    Since,
    Strict,
    Until,
    WithPredecessors,
    Year,
    _ask,
    _Command,
    _complete_names,
    _date_option,
    _err,
    _list,
    _names_for_completion,
    _parse_year,
    _profile,
    _progress,
    _quiet_closed_pipe,
    _report_failure,
    app,
    command,
)
from .datadirs import BUNDLED, data_dirs_from
from .errors import DatasetError, UsageError
from .loading import answer
from .rendering import DiagnosticFormat, Format, render_diagnostics
from .version import __version__
from .vocabulary import OFFICE_ROLES, TARGET_STATUSES


class _AddCommand(_Command):
    """``add``: its help, given a kind (``add meeting --help``), lists that kind's fields."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        named = [a for a in args if not a.startswith("-")]
        if named and kinds.by_name(named[0]) is not None:
            ctx.meta["visitkb.kind"] = named[0]
        return super().parse_args(ctx, args)

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        kind = ctx.meta.get("visitkb.kind")
        if kind:
            from .adding import fields_of

            fields = fields_of(kind)
            for title, required in (("Required fields", True), ("Optional fields", False)):
                rows = [(name, takes) for name, need, takes, _ in fields if need == required]
                if rows:
                    with formatter.section(f"{title} of a {kind}"):
                        formatter.write_dl(rows)
        super().format_epilog(ctx, formatter)


@command()
def trips(
    leader: Leader = None,
    country: Country = None,
    with_predecessors: WithPredecessors = False,
    year: Year = None,
    since: Since = None,
    until: Until = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List leaders' trips abroad with their legs.

    Example: visitkb trips --leader xi --since 2016
    """
    from . import listings, queries

    _list(
        queries.trips,
        listings.TRIPS.without("Leader") if leader else listings.TRIPS,
        format,
        data_dir,
        strict,
        fields,
        cite,
        "trips",
        leader=leader,
        country=country,
        with_predecessors=with_predecessors,
        year=year,
        since=since,
        until=until,
    )


@command()
def visits(
    leader: Leader = None,
    country: Country = None,
    with_predecessors: WithPredecessors = False,
    year: Year = None,
    since: Since = None,
    until: Until = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List every leg of every trip as its own row: who was where, when, and why.

    Example: visitkb visits --country peru
    """
    from . import listings, queries

    _list(
        queries.visits,
        listings.VISITS.without("Leader") if leader else listings.VISITS,
        format,
        data_dir,
        strict,
        fields,
        cite,
        "visits",
        leader=leader,
        country=country,
        with_predecessors=with_predecessors,
        year=year,
        since=since,
        until=until,
    )


@command()
def agreements(
    country: Country = None,
    with_predecessors: WithPredecessors = False,
    leader: Leader = None,
    domain: Annotated[
        Optional[str], typer.Option("--domain", help="Only agreements in a domain (trade, energy, investment, ...).")
    ] = None,
    year: Year = None,
    status: Annotated[
        Optional[str],
        typer.Option("--status", help="Only agreements that are expected, signed or in-force."),
    ] = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List agreements and counts of documents, with their amounts and status.

    Example: visitkb agreements --country peru
    """
    from . import listings, queries

    _list(
        queries.agreements,
        listings.AGREEMENTS,
        format,
        data_dir,
        strict,
        fields,
        cite,
        "agreements",
        country=country,
        with_predecessors=with_predecessors,
        leader=leader,
        domain=domain,
        year=year,
        status=status,
    )


@command()
def targets(
    status: Annotated[
        Optional[str],
        typer.Option("--status", "-s", help="Only targets with this status: met, on-track, behind, missed, unknown."),
    ] = None,
    as_of: Annotated[
        Optional[str],
        typer.Option("--as-of", metavar="DATE", help="Judge progress from what was known on DATE (default: today)."),
    ] = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List pledged targets with their observed progress and status.

    Example: visitkb targets --as-of 2024-01-01
    """
    from . import listings, queries

    if status is not None and status not in TARGET_STATUSES:
        raise typer.BadParameter(f"use one of: {', '.join(TARGET_STATUSES)}", param_hint="'--status'")
    as_of_date = _date_option(as_of)
    _list(
        queries.targets,
        listings.TARGETS,
        format,
        data_dir,
        strict,
        fields,
        cite,
        "targets",
        status=status,
        as_of=as_of_date.latest() if as_of_date else None,
    )


@command()
def pledges(
    status: Annotated[
        Optional[str],
        typer.Option("--status", "-s", help="Only pledges with this status: met, on-track, behind, missed, unknown."),
    ] = None,
    shape: Annotated[
        Optional[str],
        typer.Option("--shape", help="Only this shape: target, relative, commitment, programme."),
    ] = None,
    as_of: Annotated[
        Optional[str],
        typer.Option("--as-of", metavar="DATE", help="Judge progress from what was known on DATE (default: today)."),
    ] = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List every pledge: targets, changes against a baseline, commitments of an amount, programmes.

    Example: visitkb pledges --shape commitment
    """
    from . import listings, queries

    as_of_date = _date_option(as_of)
    _list(
        queries.pledges,
        listings.PLEDGES,
        format,
        data_dir,
        strict,
        fields,
        cite,
        "targets",
        status=status,
        shape=shape,
        as_of=as_of_date.latest() if as_of_date else None,
    )


@command()
def meetings(
    leader: Leader = None,
    with_: Annotated[
        Optional[str],
        typer.Option(
            "--with",
            "-w",
            help="Only meetings with this person (a name, a surname or an id).",
            autocompletion=_names_for_completion("leader"),
        ),
    ] = None,
    country: Annotated[
        Optional[str],
        typer.Option(
            "--country",
            "-c",
            help="Only meetings held in this country.",
            autocompletion=_names_for_completion("country"),
        ),
    ] = None,
    with_predecessors: WithPredecessors = False,
    year: Year = None,
    since: Since = None,
    until: Until = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List meetings: who met whom, where, when, in what form, during which visit or event.

    Example: visitkb meetings --leader xi --with obama
    """
    from . import listings, queries

    _list(
        queries.meetings,
        listings.MEETINGS,
        format,
        data_dir,
        strict,
        fields,
        cite,
        "meetings",
        leader=leader,
        with_=with_,
        country=country,
        with_predecessors=with_predecessors,
        year=year,
        since=since,
        until=until,
    )


@command()
def figures(
    country: Annotated[
        Optional[str],
        typer.Option(
            "--country",
            "-c",
            help="Only figures with this country among their parties.",
            autocompletion=_names_for_completion("country"),
        ),
    ] = None,
    with_predecessors: WithPredecessors = False,
    metric: Annotated[
        Optional[str], typer.Option("--metric", "-m", help="Only this metric (trade, exports, ...).")
    ] = None,
    since: Since = None,
    until: Until = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List figures: observed values of a metric (trade, investment, ...) for some parties over a period.

    Example: visitkb figures --metric trade
    """
    from . import listings, queries

    _list(
        queries.figures,
        listings.FIGURES,
        format,
        data_dir,
        strict,
        fields,
        cite,
        "figures",
        country=country,
        with_predecessors=with_predecessors,
        metric=metric,
        since=since,
        until=until,
    )


@command()
def partnerships(
    country: Country = None,
    with_predecessors: WithPredecessors = False,
    level: Annotated[
        Optional[str],
        typer.Option(
            "--level",
            help="Only this level: partnership, cooperative-partnership, "
            "comprehensive-cooperative-partnership, strategic-partnership, "
            "comprehensive-strategic-partnership.",
        ),
    ] = None,
    history: Annotated[
        bool, typer.Option("--history", help="Every level each pair reached, with when and during which visit.")
    ] = False,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List each pair's current partnership level, or with --history every upgrade.

    Example: visitkb partnerships --country ecuador --history
    """
    from . import listings, queries

    _list(
        queries.partnerships,
        listings.PARTNERSHIPS,
        format,
        data_dir,
        strict,
        fields,
        cite,
        "partnerships",
        country=country,
        with_predecessors=with_predecessors,
        level=level,
        history=history,
    )


@command()
def relations(
    country: Country = None,
    with_predecessors: WithPredecessors = False,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List when diplomatic relations were established, and how many years ago.

    Example: visitkb relations --country chile
    """
    from . import listings, queries

    _list(
        queries.relations,
        listings.RELATIONS,
        format,
        data_dir,
        strict,
        fields,
        cite,
        "relations",
        country=country,
        with_predecessors=with_predecessors,
    )


@command()
def anniversaries(
    year: Annotated[
        Optional[int],
        typer.Option(
            "--year", "-y", metavar="YEAR", parser=_parse_year, help="The year to look at (default: this year)."
        ),
    ] = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List round-number anniversaries (10th, 15th, 20th, ...) of relations and partnerships in a year.

    Example: visitkb anniversaries --year 2026
    """
    from . import listings, queries

    _list(queries.anniversaries, listings.ANNIVERSARIES, format, data_dir, strict, fields, cite, None, year=year)


@command()
def events(
    country: Annotated[
        Optional[str],
        typer.Option(
            "--country",
            "-c",
            help="Only events hosted by this country.",
            autocompletion=_names_for_completion("country"),
        ),
    ] = None,
    year: Year = None,
    leader: Leader = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List summits, forums and other events, with everyone known to have attended and how.

    Example: visitkb events --year 2016
    """
    from . import listings, queries

    _list(
        queries.events,
        listings.EVENTS,
        format,
        data_dir,
        strict,
        fields,
        cite,
        "events",
        country=country,
        year=year,
        leader=leader,
    )


@command()
def countries(
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    strict: Strict = False,
) -> None:
    """List every country in the knowledge base with counts of visits, agreements and more.

    Example: visitkb countries --format csv
    """
    from . import listings, queries

    _list(queries.countries, listings.COUNTRIES, format, data_dir, strict, fields, False, None)


@command()
def leaders(
    country: Country = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List the leaders and officials in the knowledge base, with their offices and travel.

    Example: visitkb leaders
    """
    from . import listings, queries

    _list(
        queries.leaders,
        listings.LEADERS,
        format,
        data_dir,
        strict,
        fields,
        cite,
        "people",
        remember="leaders",
        country=country,
    )


@command()
def sources(
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    strict: Strict = False,
) -> None:
    """List the documents records cite, with how many records cite each.

    Example: visitkb sources --format csv
    """
    from . import listings, queries

    _list(queries.sources, listings.SOURCES, format, data_dir, strict, fields, False, None)


@command()
def timeline(
    country: Country = None,
    with_predecessors: WithPredecessors = False,
    leader: Leader = None,
    since: Since = None,
    until: Until = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """List every dated record in date order: trips, visits, meetings, events, partnerships, agreements.

    Example: visitkb timeline --since 2016-11 --until 2016-12
    """
    from . import listings, queries

    _list(
        queries.timeline,
        listings.TIMELINE,
        format,
        data_dir,
        strict,
        fields,
        cite,
        None,
        remember="timeline",
        country=country,
        with_predecessors=with_predecessors,
        leader=leader,
        since=since,
        until=until,
    )


@command()
def search(
    words: Annotated[list[str], typer.Argument(help="Words or a phrase to look for.", metavar="TEXT...")],
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many matches.", min=1)] = 50,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    cite: Cite = False,
    strict: Strict = False,
) -> None:
    """Search every record's text and citations; the best matches first.

    Example: visitkb search "production capacity"
    """
    from . import listings, queries

    _list(
        queries.search, listings.SEARCH, format, data_dir, strict, fields, cite, None, text=" ".join(words), limit=limit
    )


@command()
def conflicts(
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    strict: Strict = False,
) -> None:
    """List every fact on which sources disagree, with both values and their sources.

    Example: visitkb conflicts
    """
    from . import listings, profiles

    _list(profiles.conflicts, listings.CONFLICTS, format, data_dir, strict, fields, False, None)


@command()
def country(
    name: Annotated[
        str,
        typer.Argument(
            help="Country name, ISO code or local name.",
            metavar="COUNTRY",
            autocompletion=_names_for_completion("country"),
        ),
    ],
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    strict: Strict = False,
) -> None:
    """Profile one country: relations, partnerships, visits both ways, leaders met, agreements, pledges.

    Example: visitkb country chile
    """
    from . import listings, profiles

    _profile(
        lambda kb: profiles.country(kb, name),
        lambda d: f"{d['country']['name']} ({d['country']['code']})",
        [(name, listing, None) for name, listing in listings.COUNTRY_SECTIONS],
        format,
        data_dir,
        strict,
    )


@command()
def leader(
    name: Annotated[
        str,
        typer.Argument(
            help="Leader by id, surname, full name or alias.",
            metavar="LEADER",
            autocompletion=_names_for_completion("leader"),
        ),
    ],
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    strict: Strict = False,
) -> None:
    """Profile one leader: offices, trips, countries visited, counterparts met, events attended.

    Example: visitkb leader xi
    """
    from . import listings, profiles

    _profile(
        lambda kb: profiles.leader(kb, name),
        lambda d: (
            f"{d['leader']['name']} ({(d['leader']['country'] or {}).get('name') or d['leader']['organization']})"
        ),
        [(name, listing, None) for name, listing in listings.LEADER_SECTIONS],
        format,
        data_dir,
        strict,
    )


@command()
def show(
    record_id: Annotated[str, typer.Argument(help="The id of any record.", metavar="ID")],
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    strict: Strict = False,
) -> None:
    """Show one record in full: its fields, citations, disagreeing claims, and what refers to it.

    Example: visitkb show xi-2016-latin-america
    """
    from . import listings, profiles, queries

    def fields_of(data):
        return [
            {"field": k, "value": v}
            for k, v in data["record"].items()
            if k not in ("citations", "claims") and v not in (None, [], {})
        ]

    _profile(
        lambda kb: profiles.show(kb, record_id),
        lambda d: f"{d['collection']}/{d['id']}: {d['title']}",
        [
            ("fields", listings.FIELDS, fields_of),
            ("citations", listings.CITATIONS, None),
            ("claims", listings.CONFLICTS, None),
            ("event_codes", listings.EVENT_CODES, lambda d: queries.code_rows(d["codes"]) if d["codes"] else None),
            ("referred_by", listings.REFERRERS, None),
        ],
        format,
        data_dir,
        strict,
    )


@command()
def check(
    names: Annotated[
        Optional[list[str]],
        typer.Argument(metavar="NAMES", help="Checks to run (default: all): " + ", ".join(checks.names()) + "."),
    ] = None,
    data_dir: DataDirs = None,
    sources: Annotated[
        Optional[Path],
        typer.Option(
            "--sources",
            metavar="DIR",
            help="Folder of archived source texts to verify verbatim excerpts against "
            "(default: each data directory's archive/ folder).",
        ),
    ] = None,
    format: Annotated[
        DiagnosticFormat, typer.Option("--format", "-f", help="text, json, or github (CI annotations).")
    ] = DiagnosticFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
) -> None:
    """Check every record file; print nothing and exit 0 when all is well.

    Example: visitkb check --strict --sources ../shared/seed
    """
    try:
        checks.selected(names)
    except UsageError as exc:
        raise typer.BadParameter(str(exc), param_hint="NAMES") from None
    if sources is not None and not sources.is_dir():
        raise typer.BadParameter(f"folder {sources} does not exist or is not a folder", param_hint="'--sources'")
    # Each loaded data directory's archive, the bundled one too where a knowledge base brought it along.
    archives = [sources] if sources else None
    _, diagnostics = answer(
        lambda kb: kb.check(names, archives or [a for a in (d / "archive" for d in kb.dirs) if a.is_dir()]),
        data_dir,
        _progress(),
    )
    if diagnostics:
        out = sys.stderr if format == DiagnosticFormat.text else sys.stdout
        render_diagnostics(diagnostics, format, out, excerpts=out.isatty())
    failing = [d for d in diagnostics if d.severity == "error" or strict]
    raise typer.Exit(EXIT_DATA if failing else EXIT_OK)


@command(cls=_AddCommand)
def add(
    kind: Annotated[
        Optional[list[str]],
        typer.Argument(
            help=", ".join(k.name for k in kinds.by_owner()) + ". With --from-draft: the ids of draft records.",
            metavar="KIND",
        ),
    ] = None,
    field: Annotated[
        Optional[list[str]],
        typer.Option(
            "--field",
            "-F",
            metavar="NAME=VALUE",
            help="A field of the record (repeatable). Lists take commas; JSON values are read as JSON.",
        ),
    ] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Cite this source id.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="What the source says, in your words.")] = None,
    excerpt: Annotated[
        Optional[str], typer.Option("--excerpt", help="A short verbatim clause (only for archived sources).")
    ] = None,
    trip: Annotated[Optional[str], typer.Option("--trip", help="For a visit: the trip it is a leg of.")] = None,
    target: Annotated[
        Optional[str], typer.Option("--target", help="For an observation: the target it measures.")
    ] = None,
    file: Annotated[
        Optional[Path],
        typer.Option("--file", help="Write into this file of the data directory (default: where such records live)."),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print what would be written; write nothing.")] = False,
    template: Annotated[
        bool, typer.Option("--template", help="Print a commented YAML skeleton of a record of KIND, and stop.")
    ] = False,
    from_draft: Annotated[
        Optional[Path],
        typer.Option(
            "--from-draft",
            metavar="FILE",
            help="Take the draft records named (by id) from a file of `visitkb draft`, each checked as any add.",
        ),
    ] = None,
    data_dir: DataDirs = None,
) -> None:
    """Add a record, checked against the whole knowledge base first; nothing is written if it fails.

    Fields come from --field options, or, without them, as one JSON or YAML record on
    standard input. The record is appended where such records live; every other byte
    of the file is kept, and the file is replaced in one step. `visitkb add KIND -h`
    lists the fields of KIND; --template prints a skeleton to fill in.

    Example: visitkb add visit -d my-kb --trip ana-2019 -F id=ana-2019-se -F country=SE -F types=working --source report
    """
    from .adding import add as add_record
    from .adding import record_from_fields
    from .errors import AddError

    if from_draft is not None:
        from .cli_draft import take_from_draft

        take_from_draft(from_draft, kind or [], data_dir, dry_run)
        return
    if not kind or len(kind) > 1:
        _err("visitkb: give one KIND of record to add (or --from-draft FILE ID...)")
        raise typer.Exit(EXIT_USAGE)
    kind_name = kind[0]
    try:
        if template:
            from .adding import template as skeleton

            sys.stdout.write(skeleton(kind_name))
            return
        if field or source:
            record = record_from_fields(kind_name, field or [], source, note, excerpt)
        elif not sys.stdin.isatty():
            record = _record_from_stdin()
        else:
            raise AddError(
                "give the record's fields with --field NAME=VALUE, or a JSON or YAML record on standard input"
            )
        result = add_record(kind_name, record, data_dir, parent=trip or target, file=file, dry_run=dry_run)
    except UsageError as exc:
        _err(f"visitkb: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    if result.diagnostics:
        render_diagnostics(result.diagnostics, DiagnosticFormat.text, sys.stderr)
        _err(f"visitkb: nothing written: the {kind_name} would add {len(result.diagnostics)} error(s) to {result.path}")
        raise typer.Exit(EXIT_DATA)
    if dry_run:
        sys.stdout.write(result.text)
        _err(f"visitkb: would add to {result.path} (dry run; nothing written)")
        return
    if result.created_dir:
        _err(f"visitkb: created the data directory {data_dirs_from(data_dir)[0]}")
    _err(f"visitkb: added {kind_name} {record.get('id', '')!s} to {result.path}".replace("  ", " "))


from . import cli_draft  # noqa: E402, F401  (registers `visitkb draft` after `add`)


def _record_from_stdin() -> dict:
    from .errors import AddError
    from .yamlread import parse_bytes

    parsed = parse_bytes(sys.stdin.buffer.read(), "<stdin>")
    problems = [d for d in parsed.diagnostics if d.severity == "error"]
    if problems:
        raise AddError(str(problems[0]))
    if not isinstance(parsed.data, dict):
        raise AddError("standard input must hold one record: a JSON object or a YAML mapping")
    return parsed.data


class ExportTarget(str, Enum):
    sqlite = "sqlite"
    jsonl = "jsonl"
    csv = "csv"
    plover = "plover"
    parquet = "parquet"


class Panel(str, Enum):
    country_year = "country-year"
    dyad_year = "dyad-year"


Office = Enum("Office", {role.replace("-", "_"): role for role in OFFICE_ROLES}, type=str)  # type: ignore[misc]
"""The offices ``export --panel --office`` takes, from the vocabulary."""


@command()
def export(
    to: Annotated[
        Optional[ExportTarget],
        typer.Option(
            "--to",
            help="sqlite: one file for Datasette or DuckDB; jsonl or csv: a folder of files; plover: one JSON Lines "
            "file of PLOVER events; parquet: a folder of Parquet files (needs visitkb[parquet]).",
        ),
    ] = None,
    out: Annotated[
        Optional[Path],
        typer.Option("--out", "-o", metavar="PATH", help="The SQLite or PLOVER file, or the folder for the others."),
    ] = None,
    panel: Annotated[
        Optional[Panel],
        typer.Option(
            "--panel",
            help="Print a panel instead: country-year, or dyad-year (visitor, host, year) counts of visits, days, "
            "meetings, agreements, documents.",
        ),
    ] = None,
    dense: Annotated[
        bool,
        typer.Option(
            "--dense/--sparse",
            help="With --panel: a row for every country (or dyad) and year, zeros included (the default); "
            "--sparse: only rows with something counted.",
        ),
    ] = True,
    office: Annotated[
        Optional[Office],
        typer.Option("--office", help="With --panel: count only legs and meetings of people holding this office."),
    ] = None,
    exclude_multilateral: Annotated[
        bool,
        typer.Option(
            "--exclude-multilateral", help="With --panel: leave out legs made only to attend a multilateral meeting."
        ),
    ] = False,
    since: Since = None,
    until: Until = None,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    strict: Strict = False,
) -> None:
    """Export the knowledge base to SQLite, JSON Lines, CSV, PLOVER or Parquet, or print a panel.

    Example: visitkb export --to sqlite --out visits.db
    """
    from . import export as exporting

    if panel is not None:
        from . import listings, queries

        _list(
            queries.PANELS[panel.value],
            listings.PANEL_LISTINGS[panel.value],
            format,
            data_dir,
            strict,
            fields,
            False,
            None,
            dense=dense,
            office=office.value if office else None,
            exclude_multilateral=exclude_multilateral,
            since=since.year if since else None,
            until=until.year if until else None,
        )
        return
    if to is None or out is None:
        raise typer.BadParameter("give --to and --out, or --panel country-year", param_hint="'--to'")
    if to in (ExportTarget.sqlite, ExportTarget.plover) and out.is_dir():
        example = out / ("visits.db" if to == ExportTarget.sqlite else "events.jsonl")
        raise typer.BadParameter(f"{out} is a folder; give the file to write, e.g. {example}", param_hint="'--out'")
    if to not in (ExportTarget.sqlite, ExportTarget.plover) and out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} is a file; give a folder for the {to.value} files", param_hint="'--out'")
    if to == ExportTarget.parquet and not exporting.parquet_available():
        _err("visitkb: --to parquet needs DuckDB: pip install 'visitkb[parquet]'")
        raise typer.Exit(EXIT_USAGE)
    writer = {
        ExportTarget.sqlite: exporting.to_sqlite,
        ExportTarget.jsonl: exporting.to_jsonl,
        ExportTarget.csv: exporting.to_csv,
        ExportTarget.plover: exporting.to_plover,
        ExportTarget.parquet: exporting.to_parquet,
    }[to]
    counts = _ask(lambda kb: writer(kb, out), data_dir, strict)
    _err(f"visitkb: wrote {out}: " + ", ".join(f"{n} {t}" for t, n in counts.items() if n))


@command()
def schema() -> None:
    """Print the JSON Schema of record files, for editors that check YAML as you type.

    Example: visitkb schema > visitkb.schema.json
    """
    import json

    from .schema import record_file_schema

    print(json.dumps(record_file_schema(), indent=2, ensure_ascii=False))


@command()
def upgrade(
    data_dir: Annotated[Path, typer.Option("--data-dir", "-d", metavar="DIR", help="The knowledge base to upgrade.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Say what would change; write nothing.")] = False,
) -> None:
    """Rewrite a knowledge base's files into today's forms, keeping every other byte.

    Figures kept inside targets move into figures of their own; partnership levels that
    nothing declares get the usual ladder declared. Each file is replaced in one step.

    Example: visitkb upgrade -d my-kb --dry-run
    """
    from .upgrading import upgrade as run_upgrade

    try:
        report = run_upgrade(data_dir, dry_run=dry_run)
    except UsageError as exc:
        _err(f"visitkb: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    for line in report.lines():
        _err(f"visitkb: {line}" + (" (dry run; nothing written)" if dry_run and report.changes else ""))


import_app = typer.Typer(
    help="Import an open dataset into record files",
    epilog="\b\nExample:\n  visitkb import historyatstate DATASET --out us-kb",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(import_app, name="import")


ImportOut = Annotated[
    Path, typer.Option("--out", "-o", metavar="DIR", help="Data directory to write the records into (made if missing).")
]
LinkDirs = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--data-dir",
        "-d",
        metavar="PATH",
        help="Knowledge bases to link to: the people, events and journeys they hold are referred to, "
        "never copied (default: the bundled one).",
    ),
]
Standalone = Annotated[bool, typer.Option("--standalone", help="Link to no other knowledge base.")]
DryRun = Annotated[bool, typer.Option("--dry-run", help="Report what would be written, and write nothing.")]


def _run_import(name: str, out: Path, data_dir, standalone: bool, dry_run: bool, *inputs, **options) -> None:
    """Run a registered importer and report on stderr, the summary line last."""
    from .importers import IMPORTERS

    if out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} is a file, not a folder", param_hint="'--out'")
    linked = [] if standalone else list(data_dir or [Path(BUNDLED)])
    # An import never links to its own earlier output: that would merge every record into itself.
    kept = [d for d in linked if str(d) == BUNDLED or not out.exists() or Path(d).resolve() != out.resolve()]
    if len(kept) < len(linked):
        _err(f"visitkb: not linking to {out}, the folder the import writes")
    link = _ask(lambda kb: kb, kept, False) if kept else None
    try:
        report = IMPORTERS[name].load()(*inputs, out, link, dry_run=dry_run, progress=_progress("Importing"), **options)
    except (DatasetError, UsageError) as exc:
        _err(f"visitkb: {exc}" if isinstance(exc, UsageError) else str(exc))
        raise typer.Exit(EXIT_USAGE if isinstance(exc, UsageError) else EXIT_DATA) from None
    except OSError as exc:  # an output folder that cannot be written: each file already written is whole
        _err(f"visitkb: cannot write into {out}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_DATA) from None
    for line in report.lines():
        _err(f"visitkb: {line}")
    if not dry_run and (report.files_changed or report.unchanged_inputs):
        _err("visitkb: check it with: visitkb check " + " ".join(f"-d {d}" for d in [*kept, out]))


@import_app.command("historyatstate", cls=_Command)
def import_historyatstate(
    source: Annotated[
        Path, typer.Argument(help="The dataset folder (a clone of HistoryAtState/travels).", metavar="SOURCE")
    ],
    out: ImportOut,
    data_dir: LinkDirs = None,
    standalone: Standalone = False,
    dry_run: DryRun = False,
) -> None:
    """Import the US Office of the Historian's travels of presidents and secretaries of state.

    Legs whose dates touch or overlap become one journey; travellers, summits and legs
    that the knowledge bases given already hold are linked to (a leg already recorded
    gets the dataset's citation, and any date it gives differently as a claim).
    Run it again at any time: unchanged files are not rewritten.

    Example: visitkb import historyatstate ../shared/datasets/historyatstate-travels --out us-kb
    """
    if not source.is_dir() or not any(source.rglob("*.xml")):
        raise typer.BadParameter(f"{source} holds no XML files of the dataset", param_hint="SOURCE")
    _run_import("historyatstate", out, data_dir, standalone, dry_run, source)


@import_app.command("historyatstate-visits", cls=_Command)
def import_historyatstate_visits(
    source: Annotated[
        Path, typer.Argument(help="The dataset folder (a clone of HistoryAtState/visits).", metavar="SOURCE")
    ],
    out: ImportOut,
    data_dir: LinkDirs = None,
    standalone: Standalone = False,
    dry_run: DryRun = False,
) -> None:
    """Import the US Office of the Historian's visits to the United States by foreign leaders.

    Each visit is a trip of the visitor with one leg in the United States; the visitor
    string gives a person and an office, the description the visit type, meetings,
    summits attended and cities. Give the travels import with -d so that meetings with
    presidents link to them.

    Example: visitkb import historyatstate-visits ../shared/datasets/historyatstate-visits-sample --out visits-kb
    """
    if not source.is_dir() or not any(source.rglob("*.xml")):
        raise typer.BadParameter(f"{source} holds no XML files of the dataset", param_hint="SOURCE")
    _run_import("historyatstate-visits", out, data_dir, standalone, dry_run, source)


@import_app.command("table", cls=_Command)
def import_table(
    files: Annotated[list[Path], typer.Argument(help="CSV, TSV or JSON Lines files.", metavar="FILE...")],
    mapping: Annotated[
        Path, typer.Option("--map", "-m", metavar="MAP.yaml", help="Which column feeds which field (see the README).")
    ],
    out: ImportOut,
    data_dir: LinkDirs = None,
    standalone: Standalone = False,
    dry_run: DryRun = False,
) -> None:
    """Import records from tables (a spreadsheet export, a dataset, visitkb's own CSV export).

    The mapping file names, for each table, the kind of record its rows become and the
    column each field comes from, with value maps, date formats and how countries and
    people resolve. Rows that cannot be imported are reported with their row number.

    Example: visitkb import table visits.csv --map visits-map.yaml --out sheet-kb
    """
    for path in [*files, mapping]:
        if not path.is_file():
            raise typer.BadParameter(f"{path} does not exist or is not a file", param_hint="FILE")
    _run_import("table", out, data_dir, standalone, dry_run, files, mapping)


# The commands that draw (map, chart, report) live in a module of their own; importing it registers them.
from . import cli_pictures  # noqa: E402, F401


def _version(value: bool) -> None:
    if value:
        print(f"visitkb {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """visitkb: a diplomatic-visit knowledge base."""


def main() -> None:
    """Console entry point: run the app; failures inside commands are reported by the app itself."""
    # One command, then exit: the records a query decodes make no cycles worth collecting, and the
    # collector's passes over a growing heap cost more than the query itself at 100k trips (measured:
    # `agreements --leader` 13.6 s with it, 1.0 s without).
    gc.disable()
    for stream in (sys.stdout, sys.stderr):
        # A terminal that cannot show a character (PYTHONIOENCODING=ascii) gets an escape, not a crash.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    if os.environ.get("_VISITKB_COMPLETE") and _complete_names():
        return
    try:
        app()
    except BrokenPipeError:
        _quiet_closed_pipe()  # a reader that stopped early is no failure: exit 0, as the shell expects
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        sys.exit(EXIT_DATA)
    except SystemExit:
        raise
    except Exception as exc:  # outside any command (option parsing, completion): still one line
        sys.exit(_report_failure(exc))
