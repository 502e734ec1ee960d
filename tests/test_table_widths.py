"""Every listing and profile, on a terminal 60, 80 and 100 columns wide: no cell splits a word, a date or an id.

Each command runs as a user would type it; every table it draws is drawn again on a
terminal of each width, then read back: the lines of each cell, joined, must give the
cell's text with its words whole.
"""

import io
import re

import pytest

from conftest import cli
from visitkb import rendering

COMMANDS = [
    ["trips"],
    ["trips", "--leader", "xi"],
    ["visits"],
    ["agreements"],
    ["targets"],
    ["pledges"],
    ["meetings"],
    ["figures"],
    ["partnerships", "--history"],
    ["relations"],
    ["anniversaries", "--year", "2026"],
    ["events"],
    ["countries"],
    ["leaders"],
    ["sources"],
    ["timeline", "--since", "2016-11", "--until", "2016-11"],
    ["search", "production capacity"],
    ["conflicts"],
    ["country", "peru"],
    ["leader", "xi"],
    ["show", "xi-2016-latin-america"],
]


def drawn_tables(monkeypatch, command):
    """(listing, rows) of every table a command draws."""
    seen = []
    original = rendering._write_table

    def record(listing, rows, out, terminal):
        seen.append((listing, rows))
        return original(listing, rows, out, terminal)

    monkeypatch.setattr(rendering, "_write_table", record)
    result = cli(*command)
    assert result.returncode == 0, result.stderr
    return [(listing, rows) for listing, rows in seen if rows]


def read_back(text: str) -> list[list[str]]:
    """The cells of a drawn table, each as its lines joined by spaces, row by row (stacked rows:
    each "Header value" pair is a row)."""
    rows: list[list[str]] = []
    current: list[list[str]] = []
    for line in text.splitlines():
        if not line.startswith("│"):
            if current:
                rows.append([" ".join(" ".join(part).split()) for part in current])
                current = []
            continue
        parts = [p.strip() for p in line.strip("│").split("│")]
        if not current:
            current = [[] for _ in parts]
        for index, part in enumerate(parts):
            if part:
                current[index].append(part)
    return rows


@pytest.mark.parametrize("width", [60, 80, 100])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_no_cell_splits_a_word_at_any_width(monkeypatch, command, width):
    tables = drawn_tables(monkeypatch, command)
    assert tables, command
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setenv("NO_COLOR", "1")
    for listing, rows in tables:
        out = io.StringIO()
        rendering._write_table(listing, rows, out, terminal=True)
        drawn = out.getvalue()
        assert max(len(line) for line in drawn.splitlines()) <= width, drawn
        cells = [[" ".join(rendering.inert(get(row)).split()) for get in listing.table.values()] for row in rows]
        shown = read_back(drawn)
        expected_words = {w for row in cells for cell in row for w in cell.split()}
        expected_words |= {w for header in listing.table for w in header.split()}
        # Only a word wider than the widest any cell can be (a long URL) may be folded.
        room = width - 7 - max(len(header) for header in listing.table)
        too_wide = [w for w in expected_words if len(w) > room]
        for row in shown:
            for cell in row:
                for word in cell.split():
                    # A word drawn that no cell holds is a piece of a split one ("2016-11-" and "17").
                    assert word in expected_words or any(word in w for w in too_wide), (word, drawn)


def test_a_long_table_keeps_its_column_widths_from_block_to_block(monkeypatch):
    rows = [{"id": f"r{i}", "text": "word " * (1 + i % 7)} for i in range(450)]
    listing = rendering.Listing("rows", {"id": lambda r: r["id"], "text": lambda r: r["text"].strip()})
    out = io.StringIO()
    rendering._write_table(listing, rows, out, terminal=False)
    borders = {line for line in out.getvalue().splitlines() if re.fullmatch(r"\+[-+]+\+", line)}
    assert len(borders) == 1, borders  # every block drawn with the same widths


def test_no_color_and_pipes_draw_no_escape_sequence(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    tables = drawn_tables(monkeypatch, ["trips"])
    for terminal in (True, False):
        out = io.StringIO()
        rendering._write_table(*tables[0], out, terminal=terminal)
        assert "\x1b" not in out.getvalue()
