"""Bring a knowledge base written in older forms up to today's, keeping every other byte of its files.

What moves: figures kept inside a target (``observations``, the first form) become
records of their own (``figures``, with the target's metric and parties), so that
queries, conflicts and exports see them; a knowledge base that uses partnership levels
without declaring them (and extends no knowledge base that does) gets the usual ladder
declared in a file of its own. Each file is rewritten in one step, under the same lock
as ``add``; what cannot be moved is reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .adding import LOCK_NAME, LOCK_WAIT, insert_item
from .datadirs import bundled_data_dir, record_files, require_directories
from .errors import AddError
from .writing import write_atomically
from .yamlread import parse_bytes

LEVELS_FILE = "partnership-levels.yaml"


@dataclass
class UpgradeReport:
    """What an upgrade changed, file by file."""

    changes: list[str] = field(default_factory=list)
    """One line per change: what moved where."""
    files: dict[Path, str] = field(default_factory=dict)
    """Each file to write and its new text."""

    def lines(self) -> list[str]:
        """The report as lines for a terminal."""
        return self.changes or ["nothing to upgrade: the knowledge base is in today's forms"]


def upgrade(data_dir: Path, dry_run: bool = False) -> UpgradeReport:
    """Rewrite the record files of ``data_dir`` into today's forms (or, with ``dry_run``, say what would change)."""
    from filelock import FileLock, Timeout

    if data_dir.resolve() == bundled_data_dir().resolve():
        raise AddError("the bundled knowledge base is part of the installed package and is already upgraded")
    require_directories([data_dir])
    lock = FileLock(str(data_dir / LOCK_NAME), timeout=LOCK_WAIT)
    try:
        lock.acquire()
    except Timeout:
        raise AddError(f"another visitkb has been writing to {data_dir} for {LOCK_WAIT} s; try again later") from None
    with lock:
        report = UpgradeReport()
        found, _ = record_files(data_dir)
        for entry in found:
            _move_observations(entry.path, report)
        _declare_levels(data_dir, [entry.path for entry in found], report)
        if not dry_run:
            for path, text in report.files.items():
                write_atomically(path, text)
        return report


def _parsed(path: Path, report: UpgradeReport) -> tuple[str, Any]:
    text = report.files.get(path) or path.read_bytes().decode("utf-8")
    parsed = parse_bytes(text.encode("utf-8"), str(path))
    return text, parsed


def _move_observations(path: Path, report: UpgradeReport) -> None:
    """Move each target's observations into figures of the same file."""
    text, parsed = _parsed(path, report)
    if any(d.severity == "error" for d in parsed.diagnostics) or not isinstance(parsed.data, dict):
        return  # a file with errors is left as it is; check says what to fix
    targets = parsed.data.get("targets") or []
    taken = {
        str(r.get("id")) for key in ("figures", "targets") for r in parsed.data.get(key) or [] if isinstance(r, dict)
    }
    moves = [
        (index, target)
        for index, target in enumerate(targets)
        if isinstance(target, dict) and target.get("observations")
    ]
    if not moves:
        return
    # Remove the blocks from the last up, so that earlier positions stay right.
    for index, _ in sorted(moves, reverse=True):
        text = _without_block(text, parsed.key_positions[("targets", index, "observations")])
    for _, target in moves:
        goal = target.get("goal") or {}
        for observation in target["observations"]:
            figure = _figure_of(target, goal, observation, taken)
            text, _ = insert_item(text, ("figures",), figure)
            report.changes.append(f"{path}: figure {figure['id']} moved out of target {target['id']}")
    report.files[path] = text


def _figure_of(target: dict, goal: dict, observation: dict, taken: set[str]) -> dict:
    """A figure record carrying what an observation said, with its target's metric, parties and unit."""
    period = observation["period_start"] + (f"-to-{observation['period_end']}" if observation.get("period_end") else "")
    base = re.sub(r"[^a-z0-9.-]+", "-", f"{target['id']}-{period}".lower()).strip("-")[:110]
    figure_id, number = base, 2
    while figure_id in taken:
        figure_id, number = f"{base}-{number}", number + 1
    taken.add(figure_id)
    value = {"value": observation["value"], "scale": goal.get("scale") or "one", "unit": goal.get("unit") or "?"}
    if observation.get("qualifier") not in (None, "exact"):
        value["qualifier"] = observation["qualifier"]
    figure: dict = {
        "id": figure_id,
        "metric": target.get("metric") or target["title"],
        "parties": list(target.get("parties") or []),
        "period_start": observation["period_start"],
    }
    if observation.get("period_end"):
        figure["period_end"] = observation["period_end"]
    figure["value"] = value
    if observation.get("reported"):
        figure["reported"] = observation["reported"]
    if observation.get("note"):
        figure["notes"] = [observation["note"]]
    figure["citations"] = observation["citations"]
    return figure


def _without_block(text: str, key_at: tuple[int, int]) -> str:
    """The text without the key at ``key_at`` (line, column) and every line indented under it."""
    lines = text.splitlines(keepends=True)
    first = key_at[0] - 1
    indent = key_at[1] - 1
    last = first + 1
    while last < len(lines):
        stripped = lines[last].strip()
        if (
            stripped
            and len(lines[last]) - len(lines[last].lstrip(" ")) <= indent
            and not (stripped.startswith("-") and len(lines[last]) - len(lines[last].lstrip(" ")) == indent)
        ):
            break
        last += 1
    while last > first + 1 and not lines[last - 1].strip():
        last -= 1  # keep the blank lines that separate this record from the next
    return "".join(lines[:first] + lines[last:])


def _declare_levels(data_dir: Path, files: list[Path], report: UpgradeReport) -> None:
    """Declare the usual partnership levels where partnerships use levels nothing declares."""
    used: set[str] = set()
    declared: set[str] = set()
    extends: set[str] = set()
    for path in files:
        _, parsed = _parsed(path, report)
        data = parsed.data if isinstance(parsed.data, dict) else {}
        used |= {p["level"] for p in data.get("partnerships") or [] if isinstance(p, dict) and p.get("level")}
        declared |= {lv["id"] for lv in data.get("partnership_levels") or [] if isinstance(lv, dict) and "id" in lv}
        extends |= {
            e for kb in data.get("knowledge_base") or [] if isinstance(kb, dict) for e in kb.get("extends") or []
        }
    if not used - declared or "bundled" in extends:
        return
    target = data_dir / LEVELS_FILE
    if target.exists():
        report.changes.append(f"{target}: exists already; declare the levels {sorted(used - declared)} there")
        return
    report.files[target] = (bundled_data_dir() / LEVELS_FILE).read_text(encoding="utf-8")
    report.changes.append(f"{target}: the usual partnership levels declared (used: {', '.join(sorted(used))})")
