"""Render query rows as a table, JSON, JSON Lines, CSV, TSV, YAML or Markdown.

Every listing shares these formats. Text from the data is made inert before it
reaches a terminal: control characters, escape sequences and bidirectional
overrides are shown as visible escapes, and nothing is read as Rich markup.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, TextIO

import orjson

from .errors import UsageError

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


# One rule for what may not reach a terminal, an editor or a CI log as itself: every control
# character (Unicode Cc) but tab and line feed, every format character (Cf: bidirectional
# controls, zero-width spaces and joiners, the byte order mark, soft hyphens, tag characters)
# and the line and paragraph separators (Zl, Zp). They are invisible, or reorder, hide or
# forge what is shown. The cost: a zero-width non-joiner inside Persian or Indic text shows
# as \u200c. tests/test_rendering.py checks this class against the Unicode database.
_UNSAFE_CLASS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
_UNSAFE = re.compile(f"[{_UNSAFE_CLASS}]")
_UNSAFE_OR_BREAK = re.compile(f"[{_UNSAFE_CLASS}\n]")
# Most text is ASCII, where only the C0 controls and DEL are unsafe: a narrower class, several
# times faster on the 5,000 rows of a large result.
_ASCII_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_ASCII_UNSAFE_OR_BREAK = re.compile("[\x00-\x08\x0b-\x1f\x7f\n]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def inert(text: str, one_line: bool = False) -> str:
    """Make invisible and control characters visible ('\\x1b', '\\u202e') so nothing can act on them.

    With ``one_line``, line breaks are escaped too, so that one value cannot start a forged line.
    """
    if text.isascii():
        return (_ASCII_UNSAFE_OR_BREAK if one_line else _ASCII_UNSAFE).sub(_escape, text)
    return (_UNSAFE_OR_BREAK if one_line else _UNSAFE).sub(_escape, text)


def json_line(value: Any) -> str:
    """One value (a row) as the compact line of JSON ``render`` writes: non-ASCII kept, every control
    and bidi mark escaped."""
    return _json_safe(orjson.dumps(value).decode("utf-8"))


def render_json_lines(chunks: Iterable[bytes], fmt: Format, out: TextIO | None = None) -> None:
    """Write rows already encoded by ``json_line`` exactly as ``render`` writes them.

    ``chunks`` are UTF-8 bytes, each some rows' lines joined by newlines. On a UTF-8 stream
    they are written as they are, with no decoding.
    """
    out = out or sys.stdout
    raw = getattr(out, "buffer", None) if (getattr(out, "encoding", "") or "").lower() in ("utf-8", "utf8") else None
    if raw is not None:
        out.flush()

    def write(data: bytes) -> None:
        if raw is not None:
            raw.write(data)
        else:
            out.write(data.decode("utf-8"))

    started = False
    for chunk in chunks:
        if not chunk:
            continue
        if fmt == Format.json:
            write((b",\n" if started else b"[\n") + chunk.replace(b"\n", b",\n"))
        elif fmt == Format.jsonl:
            write(chunk + b"\n")
        else:
            raise ValueError(f"rows as JSON lines cannot be written as {fmt.value}")
        started = True
    if fmt == Format.json:
        write(b"\n]\n" if started else b"[]\n")
    if raw is not None:
        raw.flush()


def _json_safe(text: str) -> str:
    # JSON encoders escape C0 controls themselves; C1 controls, format characters and
    # separators they leave raw. A character beyond U+FFFF is written as JSON's surrogate pair.
    if text.isascii():  # the encoder has escaped the C0 controls; DEL is the one left
        return text.replace("\x7f", "\\u007f") if "\x7f" in text else text
    return _UNSAFE.sub(_json_escape, text)


def _json_escape(match: re.Match) -> str:
    units = match.group().encode("utf-16-be")
    return "".join(f"\\u{units[i]:02x}{units[i + 1]:02x}" for i in range(0, len(units), 2))


def cell(value: Any) -> str:
    """A value as one flat piece of text for CSV, TSV, Markdown or a table cell."""
    if type(value) is str:  # the common case first: this runs for every cell of every row
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.10g}"
    if isinstance(value, dict):
        return str(value.get("name") or value.get("text") or value.get("id") or value.get("code") or "")
    if isinstance(value, list):
        return "; ".join([v if type(v) is str else cell(v) for v in value])
    return str(value)


def field_of(name: str) -> Callable[[Row], Any]:
    """A column that is one field of the row (None where the row lacks it)."""
    return lambda row: row.get(name)


def _as_text(get: Callable[[Row], Any]) -> Callable[[Row], str]:
    return lambda row: cell(get(row))


class Listing:
    """How one kind of result shows as a table and as flat columns."""

    def __init__(
        self, noun: str, columns: dict[str, Callable[[Row], Any]], table: dict[str, Callable[[Row], str]] | None = None
    ):
        self.noun = noun
        self.columns = columns
        """Flat columns for CSV, TSV and Markdown: header -> value from a row."""
        self.table = table or _human_table(columns)
        """Columns of the terminal table: header -> text, possibly over several lines."""

    def without(self, *headers: str) -> Listing:
        """The same listing without some columns of its table (the Leader column under --leader)."""
        return Listing(self.noun, self.columns, {h: f for h, f in self.table.items() if h not in headers})

    def flat(self, row: Row) -> dict[str, str]:
        """The row as flat text columns."""
        return {header: cell(get(row)) for header, get in self.columns.items()}

    def fields(self, rows: list[Row]) -> list[str]:
        """Every name --fields accepts: the flat columns, then the rows' own keys."""
        names = list(self.columns)
        for key in rows[0] if rows else ():
            if key not in names:
                names.append(key)
        return names

    def select(self, fields: list[str], rows: list[Row]) -> tuple[Listing, list[Row]]:
        """Only the named fields, in that order, for every format; an unknown name raises UsageError."""
        valid = self.fields(rows)
        unknown = [f for f in fields if f not in valid]
        if unknown:
            raise UsageError(f"unknown field {unknown[0]!r}; valid fields: {', '.join(valid)}")
        getters = {f: self.columns.get(f, field_of(f)) for f in fields}
        picked = [{f: row[f] if f in row else getters[f](row) for f in fields} for row in rows]
        return Listing(self.noun, {f: field_of(f) for f in fields}), picked

    def with_citations(self) -> Listing:
        """The same listing with a column of each row's citations (rows from queries.cite)."""
        columns = {**self.columns, "citations": lambda r: [_citation_text(c) for c in r["citations"]]}
        table = {**self.table, "Sources": lambda r: "\n".join(_citation_text(c) for c in r["citations"])}
        return Listing(self.noun, columns, table)


def _human_table(columns: dict[str, Callable[[Row], Any]]) -> dict[str, Callable[[Row], str]]:
    """A table for people from flat columns: headers in words ("Countries visited"), names not ids
    (an ``id`` or ``*_codes`` column is left out where a name says the same)."""
    named = "name" in columns or "title" in columns
    return {
        key.replace("_", " ").capitalize(): _as_text(get)
        for key, get in columns.items()
        if not (named and (key == "id" or key.endswith("_codes") or key.endswith("_ids")))
    }


def _citation_text(citation: Row) -> str:
    """'Publisher (2016-11-10): "excerpt"', or the note, or the derivation."""
    who = citation["publisher"] or citation["source"]
    if citation["date"]:
        who += f" ({citation['date']})"
    said = f"“{citation['excerpt']}”" if citation["excerpt"] else citation["note"] or ""
    if citation["derived"]:
        said += f" [derived: {citation['derived']}]"
    return f"{who}: {said}" if said else who


def render(
    listing: Listing, rows: list[Row], fmt: Format, out: TextIO | None = None, terminal: bool | None = None
) -> None:
    """Write rows to ``out`` (stdout by default) in the chosen format."""
    out = out or sys.stdout
    if fmt == Format.json:
        # One row per line, written as it is encoded: readable, and no second copy of a large result.
        separator = "[\n"
        for row in rows:
            out.write(separator + json_line(row))
            separator = ",\n"
        out.write("\n]\n" if rows else "[]\n")
    elif fmt == Format.jsonl:
        for row in rows:
            out.write(json_line(row) + "\n")
    elif fmt == Format.yaml:
        import yaml

        out.write(yaml.safe_dump(rows, allow_unicode=False, sort_keys=False, width=1000))
    elif fmt in (Format.csv, Format.tsv):
        _write_delimited(listing, rows, out, "," if fmt == Format.csv else "\t")
    elif fmt == Format.markdown:
        _write_markdown(listing, rows, out)
    else:
        _write_table(listing, rows, out, terminal)


_FIELD_BREAK = "\ue000"
"""A private-use character, never made inert, to make a row's fields inert in one pass."""


def _tsv_field(text: str) -> str:
    """Text with its tabs and line breaks as spaces (str.replace: several times faster than translate)."""
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _write_delimited(listing: Listing, rows: list[Row], out: TextIO, delimiter: str) -> None:
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(listing.columns)
    getters = list(listing.columns.values())
    tsv = delimiter == "\t"
    for row in rows:
        values = [cell(get(row)) for get in getters]
        joined = _FIELD_BREAK.join(values)
        if joined.count(_FIELD_BREAK) == len(values) - 1:
            if tsv:  # a TSV field cannot hold a tab or a line break
                joined = inert(_tsv_field(joined))
                if '"' not in joined:
                    # Nothing the csv module would quote (no tab, line break or quote): the line as it is.
                    out.write(joined.replace(_FIELD_BREAK, "\t") + "\n")
                    continue
                values = joined.split(_FIELD_BREAK)
            else:
                values = inert(joined).split(_FIELD_BREAK)
        else:
            values = [inert(_tsv_field(v) if tsv else v) for v in values]
        writer.writerow(values)


def _md(text: str) -> str:
    return inert(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def _write_markdown(listing: Listing, rows: list[Row], out: TextIO) -> None:
    out.write("| " + " | ".join(_md(h) for h in listing.columns) + " |\n")
    out.write("|" + "---|" * len(listing.columns) + "\n")
    for row in rows:
        out.write("| " + " | ".join(_md(v) for v in listing.flat(row).values()) + " |\n")


def _closed_pipe() -> None:
    raise BrokenPipeError  # the reader stopped early (| head -1): the command line ends quietly with 0


def _write_table(listing: Listing, rows: list[Row], out: TextIO, terminal: bool | None) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    if terminal is None:
        terminal = is_terminal(out)
    if not rows:
        sys.stderr.write(f"No {listing.noun} match.\n")
        return
    plain = not terminal or bool(os.environ.get("NO_COLOR"))  # no escape sequence at all, not even bold
    # Off a terminal nothing may be cut or wrapped, so the console is as wide as the data.
    console = Console(
        file=out,
        highlight=False,
        markup=False,
        emoji=False,
        width=None if terminal else 100_000,
        no_color=plain,
        force_terminal=terminal and not plain,
    )
    console.on_broken_pipe = _closed_pipe  # type: ignore[method-assign]  # Rich would exit 1; the caller decides
    headers = list(listing.table)
    cells = [[inert(get(row)) for get in listing.table.values()] for row in rows]
    # Widths are laid out once for every row, so that the blocks of a long table line up.
    widths = (
        column_widths(headers, cells, console.width)
        if terminal
        else [_widest(h, c) for h, c in _columns(headers, cells)]
    )
    style = "" if plain else "bold"
    # Rich lays out a whole table before printing any of it, so a long result is printed
    # as tables of TABLE_CHUNK rows: the first rows show at once, and memory stays flat.
    for start in range(0, len(rows), TABLE_CHUNK):
        if widths is None:  # too narrow for the columns side by side: each row as "Header  value" lines
            table = Table(box=box.ROUNDED if terminal else box.ASCII2, show_header=False, show_lines=False)
            table.add_column(style=style, no_wrap=True)
            table.add_column(overflow="fold")  # only a word wider than the screen (a long URL) is folded
            for values in cells[start : start + TABLE_CHUNK]:
                for index, (header, value) in enumerate(zip(headers, values, strict=True)):
                    table.add_row(header, Text(value), end_section=index == len(headers) - 1)
        else:
            table = Table(box=box.ROUNDED if terminal else box.ASCII2, show_lines=terminal, header_style=style)
            for header, width in zip(headers, widths, strict=True):
                table.add_column(header, width=width, overflow="fold")  # no word is wider than its column
            for values in cells[start : start + TABLE_CHUNK]:
                table.add_row(*(Text(value) for value in values))
        console.print(table)


def is_terminal(out: TextIO) -> bool:
    """Whether output goes to a terminal (tables are then fitted to its width)."""
    return out.isatty()


def _columns(headers: list[str], cells: list[list[str]]) -> list[tuple[str, list[str]]]:
    return [(header, [values[index] for values in cells]) for index, header in enumerate(headers)]


def _widest(header: str, column: list[str]) -> int:
    """The width of a column's longest line, its header's included."""
    from rich.cells import cell_len

    return max(cell_len(line) for text in [header, *column] for line in (text.splitlines() or [""]))


def _longest_word(header: str, column: list[str]) -> int:
    """The width of a column's longest word: a cell narrower than that would split it."""
    from rich.cells import cell_len

    return max([cell_len(word) for text in [header, *column] for word in text.split()] or [1])


def column_widths(headers: list[str], cells: list[list[str]], width: int) -> list[int] | None:
    """Widths for each column that fit ``width`` without splitting a word, a date or an id; None when
    even each column's longest word cannot sit side by side (the rows are then stacked)."""
    columns = _columns(headers, cells)
    natural = [_widest(h, c) for h, c in columns]
    least = [_longest_word(h, c) for h, c in columns]
    room = width - 3 * len(headers) - 1  # a border and a space either side of each column
    if sum(natural) <= room:
        return natural
    if sum(least) > room:
        # Side by side they cannot fit: stacked ("Header  value"), where only a word wider than the
        # whole screen (a long URL) has to be folded.
        return None
    # Each column gets its longest word, then a share of what is left in proportion to what it lacks.
    spare, lacking = room - sum(least), [n - m for n, m in zip(natural, least, strict=True)]
    widths = [m + spare * lack // sum(lacking) for m, lack in zip(least, lacking, strict=True)]
    for index in sorted(range(len(widths)), key=lambda i: natural[i] - widths[i], reverse=True):
        if sum(widths) < room and widths[index] < natural[index]:
            widths[index] += 1
    return widths


# --- profiles: a record or a country in sections ------------------------------------


def render_profile(
    title: str,
    sections: dict[str, tuple[Listing, list[Row]]],
    data: Row,
    fmt: Format,
    out: TextIO | None = None,
    terminal: bool | None = None,
) -> None:
    """Write a profile: a title, then each section as a table (or the whole as one JSON/YAML value).

    A section whose rows are None does not apply to this profile (a person has no event codes) and is left out.
    """
    out = out or sys.stdout
    sections = {name: section for name, section in sections.items() if section[1] is not None}
    if fmt == Format.json:
        out.write(_json_safe(json.dumps(data, ensure_ascii=False, indent=1)) + "\n")
    elif fmt == Format.yaml:
        import yaml

        out.write(yaml.safe_dump(data, allow_unicode=False, sort_keys=False, width=1000))
    elif fmt == Format.jsonl:
        for name, (_, rows) in sections.items():
            for row in rows:
                out.write(_json_safe(json.dumps({"section": name, **row}, ensure_ascii=False)) + "\n")
    elif fmt == Format.markdown:
        out.write(f"# {_md(title)}\n")
        for name, (listing, rows) in sections.items():
            out.write(f"\n## {_md(name.replace('_', ' ').capitalize())}\n\n")
            if rows:
                _write_markdown(listing, rows, out)
            else:
                out.write("None recorded.\n")
    elif fmt == Format.table:
        out.write(inert(title) + "\n")
        for name, (listing, rows) in sections.items():
            out.write(f"\n{name.replace('_', ' ').capitalize()}\n")
            if rows:
                _write_table(listing, rows, out, terminal)
            else:
                out.write("  none recorded\n")
    else:
        raise UsageError(
            f"a profile has several sections, which {fmt.value} cannot hold; use table, json, jsonl, yaml or markdown"
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


def _github_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub reads it, and inert."""
    return inert(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _github_property(text: str) -> str:
    """A workflow command's property value (a file name), escaped as GitHub reads it, and inert."""
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


def render_diagnostics(diagnostics: list, fmt: DiagnosticFormat, out: TextIO, excerpts: bool = False) -> None:
    """Write diagnostics as ``FILE:LINE:COL: severity[code]: message`` lines, JSON or CI annotations.

    With ``excerpts`` each text diagnostic is followed by its source line, a caret
    under the column, and the hint.
    """
    if fmt == DiagnosticFormat.json:
        out.write(_json_safe(json.dumps([d.as_dict() for d in diagnostics], ensure_ascii=False, indent=2)) + "\n")
        return
    for d in diagnostics:
        if fmt == DiagnosticFormat.github:
            props = (
                f"file={_github_property(d.file)}"
                + (f",line={d.line}" if d.line else "")
                + (f",col={d.column}" if d.column else "")
                + f",title={_github_property(d.code)}"
            )
            message = d.message + (f" ({d.hint})" if d.hint else "")
            out.write(f"::{d.severity} {props}::{_github_data(message)}\n")
            continue
        out.write(inert(f"{d.location()}: {d.severity}[{d.code}]: {d.message}", one_line=True) + "\n")
        if excerpts:
            source = _source_line(d.file, d.line)
            if source is not None:
                gutter = f"{d.line} | "
                out.write(f"  {gutter}{inert(source)}\n")
                if d.column:
                    prefix = inert(source[: d.column - 1])
                    out.write("  " + " " * (len(gutter)) + " " * len(prefix) + "^\n")
        if d.hint:
            out.write(f"  hint: {inert(d.hint, one_line=True)}\n")
