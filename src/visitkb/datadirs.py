"""Where knowledge bases are: the bundled one, the directories given, and the record files in each."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

DATA_DIR_ENV = "VISITKB_DATA_DIR"
SUFFIXES = (".yaml", ".yml")
BUNDLED = ":bundled:"
"""A --data-dir value that names the bundled knowledge base, to load it beside others."""


def bundled_data_dir() -> Path:
    """The knowledge base shipped with visitkb: inside the installed package, else the checkout's data/."""
    # An installed wheel holds it as plain files in visitkb/data (pyproject maps the top-level
    # data/ there); a source checkout or an editable install reads the top-level folder itself.
    # importlib.resources would cost a fifth of a warm query's start-up to say the same.
    installed = Path(__file__).with_name("data")
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent.parent / "data"


def data_dirs_from(given: Iterable[str | Path] | str | Path | None = None) -> list[Path]:
    """The data directories to load: those given, else $VISITKB_DATA_DIR, else the bundled one.

    ``:bundled:`` among them stands for the bundled knowledge base.
    """
    if isinstance(given, (str, Path)):
        given = [given]
    dirs = [bundled_data_dir() if str(d) == BUNDLED else Path(d) for d in given or []]
    if not dirs and os.environ.get(DATA_DIR_ENV):
        dirs = [
            bundled_data_dir() if d == BUNDLED else Path(d) for d in os.environ[DATA_DIR_ENV].split(os.pathsep) if d
        ]
    return dirs or [bundled_data_dir()]


def record_files(data_dir: Path) -> list[Path]:
    """Every .yaml/.yml file under a directory, in a stable order; hidden ones are skipped."""
    if data_dir.is_file():
        return [data_dir]
    found: list[Path] = []
    for root, dirnames, filenames in os.walk(data_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(Path(root) / f for f in sorted(filenames) if f.endswith(SUFFIXES) and not f.startswith("."))
    return found
