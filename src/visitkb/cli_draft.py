"""``visitkb draft``: a news article in, a draft knowledge-base file out, for review (see ``drafting``)."""

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .clikit import EXIT_DATA, EXIT_USAGE, DataDirs, _ask, _err, command
from .errors import UsageError

_MAX_ARTICLE = 5_000_000
"""Bytes: an article is a few kilobytes; anything this large is not one."""


def _read_article(article: str) -> str:
    """The article's text, from a file or from standard input (``-``)."""
    if article == "-":
        data = sys.stdin.buffer.read(_MAX_ARTICLE + 1)
    else:
        path = Path(article)
        if not path.is_file():
            raise UsageError(f"article {article} does not exist or is not a file")
        with open(path, "rb") as handle:
            data = handle.read(_MAX_ARTICLE + 1)
    if len(data) > _MAX_ARTICLE:
        raise UsageError(f"article {article} is larger than {_MAX_ARTICLE // 1_000_000} MB; give one article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"article {article} is not UTF-8 text; convert it first") from None


@command()
def draft(
    article: Annotated[str, typer.Argument(metavar="ARTICLE", help="A text or HTML file, or - for standard input.")],
    source: Annotated[
        str, typer.Option("--source", metavar="ID", help="The source to cite: a known one, or a new id to create.")
    ],
    published: Annotated[
        Optional[str],
        typer.Option(
            "--published", metavar="DATE", help="Publication date (YYYY-MM-DD): the article's dates read from it."
        ),
    ] = None,
    publisher: Annotated[Optional[str], typer.Option("--publisher", help="For a new source: who published it.")] = None,
    url: Annotated[Optional[str], typer.Option("--url", help="For a new source: where it was published.")] = None,
    out: Annotated[
        Optional[Path],
        typer.Option(
            "--out",
            "-o",
            metavar="FILE",
            help="The draft file to write; the article is archived in archive/ beside it (default: print the draft).",
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print what was drafted as JSON (ids, duplicates, flags).")
    ] = False,
    data_dir: DataDirs = None,
) -> None:
    """Draft records from a news article for review; never writes into a knowledge base.

    Each record cites a verbatim clause of the article, with the rule that found it, a
    confidence and the clause's offsets; facts the loaded knowledge bases already hold are
    drafted as annotations of those records and reported as duplicates. Keep each draft in
    a folder of its own: `visitkb check --strict -d :bundled: -d FOLDER` verifies its
    excerpts, and `visitkb add --from-draft FILE ID... -d MY-KB` takes reviewed records.

    Example: visitkb draft article.txt --source wire-2019-06-14 --published 2019-06-14 --out drafts/wire.yaml
    """
    from .drafting import records as drafting

    try:
        raw = _read_article(article)
        result = _ask(
            lambda kb: drafting.draft(raw, source, kb, published, publisher, url),
            data_dir,
            False,
        )
        name = "standard input" if article == "-" else Path(article).name
        if out is None:
            sys.stdout.write(drafting.draft_text(result, name))
            _err("visitkb: printed the draft; give --out FILE to write it with the archived article beside it")
        else:
            if out.exists() and out.is_dir():
                raise UsageError(f"--out {out} is a folder; give the draft file to write, e.g. {out / 'draft.yaml'}")
            drafting.write(result, out, name)
    except UsageError as exc:
        _err(f"visitkb: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    except OSError as exc:
        _err(f"visitkb: cannot write the draft: {exc.strerror or exc}")
        raise typer.Exit(EXIT_DATA) from None
    if as_json:
        print(json.dumps(result.summary(), indent=2, ensure_ascii=False))
    where = f" to {out}" if out else ""
    duplicates = f", {len(result.duplicates)} of them duplicates of known records (drafted as annotations)"
    _err(f"visitkb: drafted {result.count()} record(s){where}" + (duplicates if result.duplicates else ""))
    for flag in result.flagged:
        _err(f"visitkb: review: {flag}")


def take_from_draft(path: Path, ids: list[str], data_dir: DataDirs, dry_run: bool) -> None:
    """``add --from-draft FILE ID...``: take reviewed draft records into the first data directory."""
    from .drafting.records import take
    from .rendering import DiagnosticFormat, render_diagnostics

    try:
        done = take(path, ids, data_dir, dry_run)
    except UsageError as exc:
        _err(f"visitkb: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    for item in done:
        if item.diagnostics:
            render_diagnostics(item.diagnostics, DiagnosticFormat.text, sys.stderr)
            _err(
                f"visitkb: nothing written for {item.draft_id}: the {item.kind} would add "
                f"{len(item.diagnostics)} error(s) to {item.path}; records it names may need taking first"
            )
            raise typer.Exit(EXIT_DATA)
        if dry_run:
            sys.stdout.write(item.text)
            _err(f"visitkb: would add {item.kind} {item.record_id} to {item.path} (dry run; nothing written)")
        else:
            _err(f"visitkb: added {item.kind} {item.record_id} to {item.path}")
    if not dry_run:
        _err(f"visitkb: marked {sum(1 for i in done if i.draft_id in ids)} record(s) as taken in {path}")
