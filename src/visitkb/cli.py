"""The command line: parse options, call the library, render, set the exit code."""

import errno
import io
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from . import checks, kinds
from .datadirs import BUNDLED, data_dirs_from
from .dates import PartialDate, PartialDateError
from .errors import DatasetError, UsageError, VisitkbError
from .kb import KnowledgeBase
from .loading import answer, load
from .rendering import DiagnosticFormat, Format, Listing, inert, render, render_diagnostics
from .version import __version__
from .vocabulary import TARGET_STATUSES

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


def _report_failure(exc: Exception) -> int:
    """Say in one line what went wrong outside the data and the user's input; the exit code."""
    if isinstance(exc, UsageError):
        _err(f"visitkb: {exc}")
        return EXIT_USAGE
    if isinstance(exc, VisitkbError):
        _err(f"visitkb: {exc}")
        return EXIT_DATA
    if isinstance(exc, OSError):  # the machine refused: a path, a permission, a full disk
        where = f" {exc.filename}" if exc.filename else ""
        _err(
            f"visitkb: cannot write or read{where}: {exc.strerror or exc}; check the path, "
            "its permissions and the free space (files being replaced were left as they were)"
        )
        return EXIT_DATA
    # A bug in visitkb: say so in one line, never a traceback, never as the user's mistake.
    _err(f"visitkb: internal error: {type(exc).__name__}: {exc}; please report it")
    return EXIT_DATA


def _usage_line(exc: Any) -> str:
    """A usage error as one line that names the option: ``visitkb: --since: month 13 does not exist; ...``."""
    if isinstance(exc, typer.BadParameter):
        param, hint = exc.param, exc.param_hint
        if param is not None:
            name = max(param.opts, key=len) if getattr(param, "opts", None) else str(param.human_readable_name)
        else:
            name = str(hint).split(" / ")[0].strip("'\"") if hint else ""
        return f"visitkb: {name}: {exc.message}" if name else f"visitkb: {exc.message}"
    command = exc.ctx.command_path if getattr(exc, "ctx", None) is not None else "visitkb"
    return f"visitkb: {exc.format_message()} (see {command} -h)"


class _Guarded(TyperGroup):
    """The top command group: a failure inside any command is reported in one line with its exit code,
    a usage error in one line naming the option, and a closed pipe (``| head -1``) ends quietly."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        # click's exceptions, from wherever this typer takes click (a vendored copy or the package)
        exceptions = sys.modules[typer.BadParameter.__module__]
        no_args = getattr(exceptions, "NoArgsIsHelpError", ())

        standalone = kwargs.get("standalone_mode", True)
        kwargs["standalone_mode"] = False  # errors come back here, to be said in one line
        if not standalone:
            return super().main(*args, **kwargs)
        try:
            code = super().main(*args, **kwargs)
        except no_args as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except exceptions.UsageError as exc:
            _err(_usage_line(exc))
            sys.exit(EXIT_USAGE)
        except exceptions.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except typer.Abort:
            _err("visitkb: aborted")
            sys.exit(EXIT_DATA)
        except BrokenPipeError:
            _quiet_closed_pipe()
            sys.exit(EXIT_OK)
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                _quiet_closed_pipe()
                sys.exit(EXIT_OK)
            raise
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _quiet_closed_pipe()
            raise typer.Exit(EXIT_OK) from None
        except Exception as exc:
            # The command line's own flow (exit, abort, bad parameters) is not a failure to report.
            if type(exc).__module__.split(".")[0] in ("click", "typer"):
                raise
            raise typer.Exit(_report_failure(exc)) from None


def _help_wraps_at_spaces_only() -> None:
    """Help text wraps between words only: click's wrapper also breaks after a hyphen ("YYYY-MM-" / "DD",
    "date-" / "order") and inside long words (a path), which then cannot be copied."""
    import importlib

    try:
        module = importlib.import_module(typer.BadParameter.__module__.rsplit(".", 1)[0] + "._textwrap")
    except ImportError:  # a click without it wraps as it likes
        return
    base = module.TextWrapper

    class WordWrapper(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.update(break_on_hyphens=False, break_long_words=False)
            super().__init__(*args, **kwargs)

    module.TextWrapper = WordWrapper  # type: ignore[attr-defined]


_help_wraps_at_spaces_only()


class _Command(TyperCommand):
    """A command whose help ends with its examples, each on a line of its own that is never rewrapped,
    and whose one-line summary in the command list is its first sentence, whole."""

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        text, _ = _split_examples(self.help or "")
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        _, examples = _split_examples(self.help or "")
        if examples:
            formatter.write_paragraph()
            formatter.write("Examples:\n" if len(examples) > 1 else "Example:\n")
            for example in examples:
                formatter.write(f"  {example}\n")  # written as is: a wrapped path could not be copied

    def get_short_help_str(self, limit: int = 45) -> str:
        text, _ = _split_examples(self.help or "")
        first = text.split("\n\n")[0].replace("\n", " ").strip()
        return first.split(". ")[0].rstrip(".")


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


def _split_examples(text: str) -> tuple[str, list[str]]:
    """A docstring's prose, and its ``Example: visitkb ...`` lines."""
    import inspect

    prose, examples = [], []
    for line in inspect.cleandoc(text).splitlines():
        if line.strip().startswith(("Example: ", "Examples: ")):
            examples.append(line.split(": ", 1)[1].strip())
        else:
            prose.append(line)
    return "\n".join(prose).strip(), examples


app = typer.Typer(
    cls=_Guarded,
    name="visitkb",
    help="Query a knowledge base of leaders' trips and visits, meetings, events, relations, partnerships, "
    "agreements, figures and pledges, each with its sources.",
    epilog="\b\nExamples:\n  visitkb trips --leader xi\n  visitkb agreements --country peru\n  visitkb targets\n"
    "  visitkb check -d my-kb\n\nEvery command takes -h for its options and an example.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def command(*args: Any, **kwargs: Any) -> Any:
    """``@app.command``, with the help layout of :class:`_Command`."""
    kwargs.setdefault("cls", _Command)
    return app.command(*args, **kwargs)


def _parse_date(text: str) -> PartialDate:
    """A date option's value: YYYY, YYYY-MM or YYYY-MM-DD."""
    try:
        return PartialDate.parse(text)
    except PartialDateError as exc:
        message = str(exc)
        if "YYYY" not in message:
            message += "; write YYYY, YYYY-MM or YYYY-MM-DD"
        raise typer.BadParameter(message) from None


def _parse_year(text: str) -> int:
    """A year option's value: four digits (or fewer, for the first millennium)."""
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 9999:
        raise typer.BadParameter(f"{text!r} is not a year; write it in digits, e.g. 2016")
    return int(text)


def _date_option(value: Optional[str], option: str = "--as-of") -> Optional[PartialDate]:
    """A date given to an option parsed in the command itself (the name says which, in errors)."""
    if value is None or isinstance(value, PartialDate):
        return value
    try:
        return _parse_date(value)
    except typer.BadParameter as exc:
        raise typer.BadParameter(exc.message, param_hint=f"'{option}'") from None


def _names_for_completion(kind: str):
    """Shell completion from the data: leader or country names that start with what was typed."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        # bash and zsh are answered by _complete_names before typer runs; this serves the other shells.
        try:
            return _matching_names(kind, ctx.params.get("data_dir"), incomplete)
        except Exception:  # completion must never print a traceback into the shell
            return []

    return complete


def _matching_names(kind: str, data_dirs: Any, incomplete: str) -> list[str]:
    """The names of a kind in the data that start (or have a word that starts) with what was typed,
    ignoring case and accents: 'xi', 'jin' and 'Xi' all offer Xi Jinping; countries only those used."""
    from .names import normalize

    folded = normalize(incomplete.strip("'\""))
    return [
        label
        for label in load(data_dirs).labels(kind, used=True)
        if any(word.startswith(folded) for word in [normalize(label), *normalize(label).split()])
    ]


_NAME_OPTIONS = {"--leader": "leader", "-l": "leader", "--with": "leader", "-w": "leader"}
_NAME_OPTIONS |= {"--country": "country", "-c": "country"}


def _split_words(text: str) -> list[str]:
    """A command line as the shell splits it, tolerating the unclosed quote of a word being typed."""
    import shlex

    lexer = shlex.shlex(text, posix=True)
    lexer.whitespace_split, lexer.commenters = True, ""
    words: list[str] = []
    try:
        words.extend(lexer)
    except ValueError:
        words.append(lexer.token)
    return words


def _complete_names() -> bool:
    """Answer a bash or zsh request to complete a leader or country name: names match loosely (case,
    accents, any word) and come quoted when they hold a space, so that ``--leader 'Xi Jinping'`` stays
    one word. False leaves the request (and every other completion) to typer, which can do neither."""
    import shlex

    mode = os.environ.get("_VISITKB_COMPLETE", "")
    if "bash" in mode and "COMP_WORDS" in os.environ:
        words = _split_words(os.environ["COMP_WORDS"])
        current = int(os.environ.get("COMP_CWORD") or len(words))
        args, incomplete = words[1:current], words[current] if current < len(words) else ""
    elif "zsh" in mode:
        typed = os.environ.get("_TYPER_COMPLETE_ARGS", "")
        words = _split_words(typed)[1:]
        args, incomplete = (words[:-1], words[-1]) if words and not typed.endswith(" ") else (words, "")
    else:
        return False
    kind = _NAME_OPTIONS.get(args[-1]) if args else None
    if kind is None and len(args) == 1 and args[0] in ("leader", "country"):
        kind = args[0]
    if kind is None:
        return False
    data_dirs = [args[i + 1] for i, word in enumerate(args[:-1]) if word in ("-d", "--data-dir")] or None
    try:
        found = _matching_names(kind, data_dirs, incomplete)
    except Exception:  # completion must never print a traceback into the shell
        found = []
    if "bash" in mode:
        sys.stdout.write("".join(shlex.quote(name) + "\n" for name in found))
    elif found:
        escaped = (n.replace('"', '""').replace("'", "''").replace("$", "\\$").replace(":", "\\\\:") for n in found)
        sys.stdout.write("_arguments '*: :((" + "\n".join(f'"{n}"' for n in escaped) + "))'\n")
    else:
        sys.stdout.write("_files\n")
    return True


# Options the commands share, defined once.
DataDirs = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--data-dir",
        "-d",
        metavar="PATH",
        help="Knowledge base directory to load (repeatable). Default: $VISITKB_DATA_DIR, "
        "else the bundled knowledge base.",
    ),
]
OutputFormat = Annotated[
    Format, typer.Option("--format", "-f", help="Output format. Tables on a terminal; json/csv/... for machines.")
]
Fields = Annotated[
    Optional[str],
    typer.Option(
        "--fields", metavar="A,B,C", help="Only these fields, in this order (an unknown one lists the valid ones)."
    ),
]
Cite = Annotated[
    bool, typer.Option("--cite", help="Add each row's sources: publisher, date, URL and the excerpt or note.")
]
Strict = Annotated[
    bool, typer.Option("--strict", help="Fail (exit 1) if any record is invalid instead of skipping it.")
]
Leader = Annotated[
    Optional[str],
    typer.Option(
        "--leader",
        "-l",
        help="Leader by id, surname, full name or alias (xi, 'Xi Jinping', 习近平).",
        autocompletion=_names_for_completion("leader"),
    ),
]
Country = Annotated[
    Optional[str],
    typer.Option(
        "--country",
        "-c",
        help="Country by name, ISO alpha-2/alpha-3 code or local name (peru, PE, PER, Perú).",
        autocompletion=_names_for_completion("country"),
    ),
]
WithPredecessors = Annotated[
    bool,
    typer.Option(
        "--with-predecessors",
        help="With --country: also the former states whose territory passed to it (the Soviet Union for Russia).",
    ),
]
Year = Annotated[
    Optional[int],
    typer.Option("--year", "-y", metavar="YEAR", parser=_parse_year, help="Only records that fall in this year."),
]
Since = Annotated[
    Optional[PartialDate],
    typer.Option("--since", metavar="DATE", parser=_parse_date, help="On or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
]
Until = Annotated[
    Optional[PartialDate],
    typer.Option(
        "--until", metavar="DATE", parser=_parse_date, help="On or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)."
    ),
]


def _err(message: str) -> None:
    """One line on stderr; whatever it quotes (a file name, a value) cannot forge another line."""
    sys.stderr.write(inert(message, one_line=True) + "\n")


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
            from rich.console import Console
            from rich.progress import Progress

            # On stderr: stdout carries the data, and may be a pipe or a file.
            state["bar"] = Progress(console=Console(stderr=True), transient=True)
            state["bar"].start()
            state["task"] = state["bar"].add_task("Indexing record files", total=total)
        state["bar"].update(state["task"], completed=done)
        if done >= total:
            state["bar"].stop()

    return report


def _report(kb: KnowledgeBase, strict: bool) -> None:
    """Say on stderr what happened to the index and what was skipped, or fail under --strict."""
    for notice in kb.notices:
        _err(f"visitkb: {notice}")
    count = kb.error_count()  # a count: reading every diagnostic would slow a query down
    if count and strict:
        render_diagnostics(kb.errors(), DiagnosticFormat.text, sys.stderr)
        _err(f"visitkb: {count} error(s) in the data; run visitkb check for details")
        raise typer.Exit(EXIT_DATA)
    if count:
        what = f"{kb.skipped} invalid record(s) skipped" if kb.skipped else f"{count} problem(s) in the data"
        _err(f"visitkb: {what}; run visitkb check")


def _ask(question, data_dirs, strict: bool):
    """Open the knowledge base and answer; what the user typed that cannot be answered exits 2."""
    try:
        kb, result = answer(question, data_dirs, progress=_progress())
    except UsageError as exc:
        _err(f"visitkb: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    _report(kb, strict)
    return result


def _list(
    query,
    listing: Listing,
    fmt: Format,
    data_dirs,
    strict: bool,
    fields: Optional[str],
    cite: bool,
    collection: Optional[str],
    **filters,
) -> None:
    """Answer a listing query and render its rows with the shared output options."""
    from . import queries

    widened: list[str] = []

    def question(kb: KnowledgeBase):
        rows = query(kb, **filters)
        if filters.get("with_predecessors") and filters.get("country"):
            from .names import country_name, predecessors, resolve_country

            widened.extend(
                f"{country_name(c, kb)} ({c})" for c in predecessors(resolve_country(kb, filters["country"]))
            )
        return queries.cite(kb, rows, collection) if cite else rows

    rows = _ask(question, data_dirs, strict)
    if widened:
        _err("visitkb: --with-predecessors: also " + ", ".join(widened))
    if cite:
        listing = listing.with_citations()
    if fields:
        try:
            listing, rows = listing.select([f.strip() for f in fields.split(",") if f.strip()], rows)
        except UsageError as exc:
            raise typer.BadParameter(str(exc), param_hint="'--fields'") from None
    render(listing, rows, fmt)


def _profile(question, title, sections, fmt: Format, data_dirs, strict: bool) -> None:
    from .rendering import render_profile

    data = _ask(question, data_dirs, strict)
    try:
        render_profile(
            title(data),
            {name: (listing, data[name] if name in data else rows(data)) for name, listing, rows in sections},
            data,
            fmt,
        )
    except UsageError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--format'") from None


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

    _list(queries.leaders, listings.LEADERS, format, data_dir, strict, fields, cite, "people", country=country)


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
        [
            ("relations", listings.RELATIONS, None),
            ("partnerships", listings.PARTNERSHIPS, None),
            ("visits_received", listings.VISITS, None),
            ("visits_abroad", listings.VISITS, None),
            ("host_leaders", listings.COUNTERPARTS, None),
            ("leaders_met_there", listings.COUNTERPARTS, None),
            ("meetings", listings.MEETINGS, None),
            ("agreements", listings.AGREEMENTS, None),
            ("events_hosted", listings.EVENTS, None),
            ("pledges", listings.PLEDGES, None),
        ],
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
        [
            ("offices", listings.OFFICES, None),
            ("trips", listings.TRIPS.without("Leader"), None),
            ("countries_visited", listings.COUNTRIES_VISITED, None),
            ("counterparts", listings.COUNTERPARTS, None),
            ("meetings", listings.MEETINGS, None),
            ("events", listings.EVENTS, None),
        ],
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
    from . import listings, profiles

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
    archives = [sources] if sources else [Path(d) / "archive" for d in data_dirs_from(data_dir)]
    _, diagnostics = answer(
        lambda kb: kb.check(names, [a for a in archives if sources or a.is_dir()]), data_dir, _progress()
    )
    if diagnostics:
        out = sys.stderr if format == DiagnosticFormat.text else sys.stdout
        render_diagnostics(diagnostics, format, out, excerpts=out.isatty())
    failing = [d for d in diagnostics if d.severity == "error" or strict]
    raise typer.Exit(EXIT_DATA if failing else EXIT_OK)


@command(cls=_AddCommand)
def add(
    kind: Annotated[str, typer.Argument(help=", ".join(k.name for k in kinds.by_owner()) + ".", metavar="KIND")],
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

    try:
        if template:
            from .adding import template as skeleton

            sys.stdout.write(skeleton(kind))
            return
        if field or source:
            record = record_from_fields(kind, field or [], source, note, excerpt)
        elif not sys.stdin.isatty():
            record = _record_from_stdin()
        else:
            raise AddError(
                "give the record's fields with --field NAME=VALUE, or a JSON or YAML record on standard input"
            )
        result = add_record(kind, record, data_dir, parent=trip or target, file=file, dry_run=dry_run)
    except UsageError as exc:
        _err(f"visitkb: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    if result.diagnostics:
        render_diagnostics(result.diagnostics, DiagnosticFormat.text, sys.stderr)
        _err(f"visitkb: nothing written: the {kind} would add {len(result.diagnostics)} error(s) to {result.path}")
        raise typer.Exit(EXIT_DATA)
    if dry_run:
        sys.stdout.write(result.text)
        _err(f"visitkb: would add to {result.path} (dry run; nothing written)")
        return
    if result.created_dir:
        _err(f"visitkb: created the data directory {data_dirs_from(data_dir)[0]}")
    _err(f"visitkb: added {kind} {record.get('id', '')!s} to {result.path}".replace("  ", " "))


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


class Panel(str, Enum):
    country_year = "country-year"


@command()
def export(
    to: Annotated[
        Optional[ExportTarget],
        typer.Option("--to", help="sqlite: one file for Datasette or DuckDB; jsonl or csv: a folder of files."),
    ] = None,
    out: Annotated[
        Optional[Path],
        typer.Option("--out", "-o", metavar="PATH", help="The SQLite file, or the folder for jsonl/csv."),
    ] = None,
    panel: Annotated[
        Optional[Panel],
        typer.Option("--panel", help="Print a panel instead: country-year counts of visits, agreements, events."),
    ] = None,
    dense: Annotated[
        bool, typer.Option("--dense", help="With --panel: a row for every country and year, zeros included.")
    ] = False,
    data_dir: DataDirs = None,
    format: OutputFormat = Format.table,
    fields: Fields = None,
    strict: Strict = False,
) -> None:
    """Export the knowledge base to SQLite, JSON Lines or CSV, or print a country-year panel.

    Example: visitkb export --to sqlite --out visits.db
    """
    from . import export as exporting

    if panel is not None:
        from . import listings, queries

        _list(queries.country_year_panel, listings.PANEL, format, data_dir, strict, fields, False, None, dense=dense)
        return
    if to is None or out is None:
        raise typer.BadParameter("give --to and --out, or --panel country-year", param_hint="'--to'")
    if to == ExportTarget.sqlite and out.is_dir():
        raise typer.BadParameter(
            f"{out} is a folder; give the SQLite file to write, e.g. {out / 'visits.db'}", param_hint="'--out'"
        )
    if to != ExportTarget.sqlite and out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} is a file; give a folder for the {to.value} files", param_hint="'--out'")
    writer = {
        ExportTarget.sqlite: exporting.to_sqlite,
        ExportTarget.jsonl: exporting.to_jsonl,
        ExportTarget.csv: exporting.to_csv,
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


@import_app.command("historyatstate", cls=_Command)
def import_historyatstate(
    source: Annotated[
        Path, typer.Argument(help="The dataset folder (holding president-travels/, presidents/).", metavar="SOURCE")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Data directory to write the records into.")],
    data_dir: Annotated[
        Optional[list[Path]],
        typer.Option(
            "--data-dir",
            "-d",
            metavar="PATH",
            help="Knowledge bases whose summits to link to (default: the bundled one).",
        ),
    ] = None,
    standalone: Annotated[
        bool, typer.Option("--standalone", help="Link to no other knowledge base: create every summit here.")
    ] = False,
) -> None:
    """Import the US Office of the Historian's travels of presidents and secretaries of state.

    Legs whose dates touch or overlap become one journey; summits named in the remarks
    link to events already in the knowledge bases given (so both views meet), or are
    created. Run it again at any time: unchanged records are not rewritten.

    Example: visitkb import historyatstate ../shared/datasets/historyatstate-travels --out us-kb
    """
    from .importing import import_historyatstate as run_import

    if not (source / "president-travels").is_dir() and not any(source.glob("*-travels")):
        raise typer.BadParameter(f"{source} holds no *-travels/ folder of the dataset", param_hint="SOURCE")
    link = None if standalone else _ask(lambda kb: kb, data_dir, False)
    try:
        report = run_import(source, out, link)
    except DatasetError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_DATA) from None
    for line in report.lines():
        _err(f"visitkb: {line}")
    linked = [] if standalone else [str(d) for d in data_dir] if data_dir else [BUNDLED]
    _err("visitkb: check it with: visitkb check " + " ".join(f"-d {d}" for d in [*linked, str(out)]))


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


def _quiet_closed_pipe() -> None:
    """The reader of our output has gone (``| head -1``): what is left unwritten goes nowhere, silently."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main() -> None:
    """Console entry point: run the app; failures inside commands are reported by the app itself."""
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
