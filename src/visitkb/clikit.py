"""The command line's shared parts: the app and its command class, the options every command shares
(defined once), and the helpers that load, ask, report and render. Commands live in ``cli`` (or in
a module of their own beside it that imports this one); each only parses its options and calls the
library."""

import errno
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Optional

import orjson
import typer
from typer.core import TyperCommand, TyperGroup

from .answers import lines_of
from .dates import PartialDate, PartialDateError
from .errors import UsageError, VisitkbError
from .kb import KnowledgeBase
from .loading import answer, load
from .rendering import (
    DiagnosticFormat,
    Format,
    Listing,
    inert,
    json_line,
    render,
    render_diagnostics,
    render_json_lines,
)

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


def _progress(description: str = "Indexing record files"):
    """A progress bar on stderr for slow work (an index build, an import), shown only on a terminal
    after a second."""
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
            state["task"] = state["bar"].add_task(description, total=total)
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
    remember: str | None = None,
    **filters,
) -> None:
    """Answer a listing query and render its rows with the shared output options.

    With ``remember`` (a name for the listing), the rows are kept beside the index and
    served again until it changes (for listings that read every record); only plain rows
    are kept, so a listing with ``--cite`` or ``--fields`` is always computed.
    """
    from . import queries

    widened: list[str] = []
    key = json.dumps([remember, filters], sort_keys=True, default=str) if remember and not cite and not fields else None

    def question(kb: KnowledgeBase):
        if filters.get("with_predecessors") and filters.get("country"):
            from .names import country_name, predecessors, resolve_country

            widened.extend(
                f"{country_name(c, kb)} ({c})" for c in predecessors(resolve_country(kb, filters["country"]))
            )
        recalled = kb.recalled(key) if key else None
        if recalled is not None:
            return _Recalled(lines_of(recalled))
        rows = query(kb, **filters)
        if key:
            lines = [json_line(row) for row in rows]
            kb.keep(key, lines)
            return _Recalled(iter([("\n".join(lines)).encode()]), rows)
        return queries.cite(kb, rows, collection) if cite else rows

    rows = _ask(question, data_dirs, strict)
    if widened:
        _err("visitkb: --with-predecessors: also " + ", ".join(widened))
    if isinstance(rows, _Recalled):
        if fmt in (Format.json, Format.jsonl):
            render_json_lines(rows.chunks, fmt)
            return
        rows = rows.rows()
    if cite:
        listing = listing.with_citations()
    if fields:
        try:
            listing, rows = listing.select([f.strip() for f in fields.split(",") if f.strip()], rows)
        except UsageError as exc:
            raise typer.BadParameter(str(exc), param_hint="'--fields'") from None
    render(listing, rows, fmt)


class _Recalled:
    """Rows as JSON lines (kept beside the index, or just computed), decoded only if a format needs them."""

    def __init__(self, chunks: Iterator[bytes], rows: list[dict] | None = None):
        self.chunks = chunks
        self._rows = rows

    def rows(self) -> list[dict]:
        if self._rows is None:
            self._rows = [orjson.loads(line) for chunk in self.chunks if chunk for line in chunk.split(b"\n")]
        return self._rows


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


def _quiet_closed_pipe() -> None:
    """The reader of our output has gone (``| head -1``): what is left unwritten goes nowhere, silently."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
