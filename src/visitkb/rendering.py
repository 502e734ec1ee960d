"""Render query rows as a table, JSON, JSON Lines, CSV, TSV, YAML or Markdown.

Every listing shares these formats. Text from the data is made inert before it
reaches a terminal: control characters, escape sequences and bidirectional
overrides are shown as visible escapes, and nothing is read as Rich markup.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Callable
from enum import Enum
from typing import Any, TextIO

Row = dict[str, Any]
TABLE_CHUNK = 200


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    yaml = "yaml"
    markdown = "markdown"


_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def inert(text: str) -> str:
    """Make control and bidi characters visible (ESC becomes '\\x1b') so a terminal cannot act on them."""
    def escape(match: re.Match) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return _UNSAFE.sub(escape, text)


def _json_safe(text: str) -> str:
    # json.dumps escapes C0 controls itself; C1 controls and bidi marks it leaves raw.
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def cell(value: Any) -> str:
    """A value as one flat piece of text for CSV, TSV, Markdown or a table cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.10g}"
    if isinstance(value, dict):
        return str(value.get("name") or value.get("text") or value.get("id") or value.get("code") or "")
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    return str(value)


class Listing:
    """How one kind of result shows as a table and as flat columns."""

    def __init__(self, noun: str, columns: dict[str, Callable[[Row], Any]],
                 table: dict[str, Callable[[Row], str]] | None = None):
        self.noun = noun
        self.columns = columns
        """Flat columns for CSV, TSV and Markdown: header -> value from a row."""
        self.table = table or {h: (lambda r, f=f: cell(f(r))) for h, f in columns.items()}
        """Columns of the terminal table: header -> text, possibly over several lines."""

    def flat(self, row: Row) -> dict[str, str]:
        """The row as flat text columns."""
        return {header: cell(get(row)) for header, get in self.columns.items()}


def render(listing: Listing, rows: list[Row], fmt: Format, out: TextIO | None = None,
           terminal: bool | None = None) -> None:
    """Write rows to ``out`` (stdout by default) in the chosen format."""
    out = out or sys.stdout
    if fmt == Format.json:
        # One row per line: json's C encoder only runs without indent, and is ten times faster.
        separator = "[\n"
        for row in rows:
            out.write(separator + _json_safe(json.dumps(row, ensure_ascii=False)))
            separator = ",\n"
        out.write("\n]\n" if rows else "[]\n")
    elif fmt == Format.jsonl:
        for row in rows:
            out.write(_json_safe(json.dumps(row, ensure_ascii=False)) + "\n")
    elif fmt == Format.yaml:
        import yaml

        out.write(yaml.safe_dump(rows, allow_unicode=False, sort_keys=False, width=1000))
    elif fmt in (Format.csv, Format.tsv):
        _write_delimited(listing, rows, out, "," if fmt == Format.csv else "\t")
    elif fmt == Format.markdown:
        _write_markdown(listing, rows, out)
    else:
        _write_table(listing, rows, out, terminal)


def _write_delimited(listing: Listing, rows: list[Row], out: TextIO, delimiter: str) -> None:
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(listing.columns)
    for row in rows:
        values = [inert(v) for v in listing.flat(row).values()]
        if delimiter == "\t":
            values = [v.replace("\t", " ").replace("\n", " ") for v in values]
        writer.writerow(values)


def _write_markdown(listing: Listing, rows: list[Row], out: TextIO) -> None:
    def md(text: str) -> str:
        return inert(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")

    out.write("| " + " | ".join(md(h) for h in listing.columns) + " |\n")
    out.write("|" + "---|" * len(listing.columns) + "\n")
    for row in rows:
        out.write("| " + " | ".join(md(v) for v in listing.flat(row).values()) + " |\n")


def _write_table(listing: Listing, rows: list[Row], out: TextIO, terminal: bool | None) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    if terminal is None:
        terminal = out.isatty()
    if not rows:
        sys.stderr.write(f"No {listing.noun} match.\n")
        return
    # Off a terminal nothing may be cut or wrapped, so the console is as wide as the data.
    console = Console(file=out, highlight=False, markup=False, emoji=False,
                      width=None if terminal else 100_000, no_color=not terminal,
                      force_terminal=terminal)
    # Rich lays out a whole table before printing any of it, so a long result is printed
    # as tables of TABLE_CHUNK rows: the first rows show at once, and memory stays flat.
    for start in range(0, len(rows), TABLE_CHUNK):
        table = Table(box=box.ROUNDED if terminal else box.ASCII2, show_lines=terminal,
                      header_style="bold" if terminal else "")
        for header in listing.table:
            table.add_column(header, overflow="fold")
        for row in rows[start:start + TABLE_CHUNK]:
            table.add_row(*(Text(inert(get(row))) for get in listing.table.values()))
        console.print(table)


# --- the listings ------------------------------------------------------------------

def span_text(start: str | None, end: str | None) -> str:
    """'2016-11-17 – 2016-11-23', one date, or '?' when neither is known."""
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end or "?"


def _claims_text(row: Row) -> str:
    return "".join(f"\n({c['field']} also given as {c['value']}: {', '.join(c['sources'])})"
                   for c in row.get("claims", []))


def _leg_text(leg: Row) -> str:
    place = leg["country"]["name"]
    if leg["cities"]:
        place += f" ({', '.join(leg['cities'])})"
    if leg["start"] and not leg["end"]:
        dates = f"from {leg['start']}"
    elif leg["end"] and not leg["start"]:
        dates = f"until {leg['end']}"
    else:
        dates = span_text(leg["start"], leg["end"]) if leg["start"] else "dates unknown"
    events = "".join(f"; {e['name']}" for e in leg["events"])
    return f"{place}, {dates}: {', '.join(leg['types'])}{events}"


TRIPS = Listing(
    "trips",
    columns={
        "id": lambda r: r["id"],
        "leader": lambda r: r["leader"]["name"],
        "title": lambda r: r["title"],
        "start": lambda r: r["start"],
        "end": lambda r: r["end"],
        "returned": lambda r: r["returned"],
        "countries": lambda r: [c["name"] for c in r["countries"]],
        "country_codes": lambda r: [c["code"] for c in r["countries"]],
        "legs": lambda r: [_leg_text(leg) for leg in r["legs"]],
        "sources": lambda r: r["sources"],
    },
    table={
        "Dates": lambda r: span_text(r["start"], r["end"]) + _claims_text(r),
        "Leader": lambda r: r["leader"]["name"],
        "Trip": lambda r: r["title"] + (f"\n{r['description']}" if r["description"] else ""),
        "Legs": lambda r: "\n".join(_leg_text(leg) for leg in r["legs"]),
    },
)


def _agreement_text(row: Row) -> str:
    if row["count"]:
        return f"{row['count']['text']} {row['scope'] or 'agreements'}"
    return row["title"]


def _during(row: Row) -> str:
    if row["trip"]:
        return row["trip"]["title"]
    return row["event"]["name"] if row["event"] else ""


AGREEMENTS = Listing(
    "agreements",
    columns={
        "id": lambda r: r["id"],
        "date": lambda r: r["date"],
        "parties": lambda r: [p["name"] for p in r["parties"]],
        "party_codes": lambda r: [p["code"] for p in r["parties"]],
        "agreement": _agreement_text,
        "title": lambda r: r["title"],
        "count": lambda r: r["count"]["value"] if r["count"] else None,
        "qualifier": lambda r: r["count"]["qualifier"] if r["count"] else None,
        "domains": lambda r: r["domains"],
        "during": _during,
        "leaders": lambda r: [p["name"] for p in r["leaders"]],
        "sources": lambda r: r["sources"],
    },
    table={
        "Date": lambda r: (r["date"] or "?").replace("/", " – "),
        "Parties": lambda r: ", ".join(p["name"] for p in r["parties"]),
        "Agreement": _agreement_text,
        "Domains": lambda r: ", ".join(r["domains"]),
        "During": _during,
    },
)


def _progress_text(row: Row) -> str:
    return "unknown" if row["progress"] is None else f"{row['progress']:.1%}"


def _latest_text(row: Row) -> str:
    latest = row["latest"]
    return "none known" if latest is None else f"{latest['text']} ({latest['period']})"


TARGETS = Listing(
    "targets",
    columns={
        "id": lambda r: r["id"],
        "title": lambda r: r["title"],
        "goal": lambda r: r["goal"]["text"],
        "deadline": lambda r: r["deadline"],
        "status": lambda r: r["status"],
        "progress": lambda r: r["progress"],
        "latest": lambda r: r["latest"]["text"] if r["latest"] else None,
        "latest_period": lambda r: r["latest"]["period"] if r["latest"] else None,
        "as_of": lambda r: r["as_of"],
        "reason": lambda r: r["reason"],
        "sources": lambda r: r["sources"],
    },
    table={
        "Target": lambda r: r["title"],
        "Goal": lambda r: f"{r['goal']['text']} by {r['deadline']}",
        "Latest figure": _latest_text,
        "Progress": _progress_text,
        "Status": lambda r: f"{r['status']}\n{r['reason']}",
    },
)


# --- diagnostics -------------------------------------------------------------------

class DiagnosticFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


def _source_line(file: str, line: int | None) -> str | None:
    if line is None:
        return None
    try:
        with open(file, encoding="utf-8", errors="replace") as handle:
            for number, text in enumerate(handle, 1):
                if number == line:
                    return text.rstrip("\r\n")
    except OSError:
        return None
    return None


def render_diagnostics(diagnostics: list, fmt: DiagnosticFormat, out: TextIO,
                       excerpts: bool = False) -> None:
    """Write diagnostics as ``FILE:LINE:COL: severity[code]: message`` lines, JSON or CI annotations.

    With ``excerpts`` each text diagnostic is followed by its source line, a caret
    under the column, and the hint.
    """
    if fmt == DiagnosticFormat.json:
        out.write(_json_safe(json.dumps([d.as_dict() for d in diagnostics],
                                        ensure_ascii=False, indent=2)) + "\n")
        return
    for d in diagnostics:
        if fmt == DiagnosticFormat.github:
            props = f"file={d.file}" + (f",line={d.line}" if d.line else "") + (
                f",col={d.column}" if d.column else "") + f",title={d.code}"
            message = d.message + (f" ({d.hint})" if d.hint else "")
            out.write(f"::{d.severity} {props}::{inert(message)}\n")
            continue
        out.write(inert(f"{d.location()}: {d.severity}[{d.code}]: {d.message}") + "\n")
        if excerpts:
            source = _source_line(d.file, d.line)
            if source is not None:
                gutter = f"{d.line} | "
                out.write(f"  {gutter}{inert(source)}\n")
                if d.column:
                    prefix = inert(source[: d.column - 1])
                    out.write("  " + " " * (len(gutter)) + " " * len(prefix) + "^\n")
        if d.hint:
            out.write(f"  hint: {inert(d.hint)}\n")
