"""Find the record files of one or more data directories and open their index."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from .index import IndexCorrupt, Progress, open_index
from .kb import KnowledgeBase

DATA_DIR_ENV = "VISITKB_DATA_DIR"
SUFFIXES = (".yaml", ".yml")
BUNDLED = ":bundled:"
"""A --data-dir value that names the bundled knowledge base, to load it beside others."""
Answer = TypeVar("Answer")


def bundled_data_dir() -> Path:
    """The knowledge base shipped inside the package."""
    # The package is installed as plain files (pyproject's package-data); importlib.resources
    # would cost a fifth of a warm query's start-up to say the same.
    return Path(__file__).with_name("data")


def data_dirs_from(given: Iterable[str | Path] | str | Path | None = None) -> list[Path]:
    """The data directories to load: those given, else $VISITKB_DATA_DIR, else the bundled one.

    ``:bundled:`` among them stands for the bundled knowledge base.
    """
    if isinstance(given, (str, Path)):
        given = [given]
    dirs = [bundled_data_dir() if str(d) == BUNDLED else Path(d) for d in given or []]
    if not dirs and os.environ.get(DATA_DIR_ENV):
        dirs = [bundled_data_dir() if d == BUNDLED else Path(d)
                for d in os.environ[DATA_DIR_ENV].split(os.pathsep) if d]
    return dirs or [bundled_data_dir()]


def record_files(data_dir: Path) -> list[Path]:
    """Every .yaml/.yml file under a directory, in a stable order; hidden ones are skipped."""
    if data_dir.is_file():
        return [data_dir]
    found = []
    for root, dirnames, filenames in os.walk(data_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(Path(root) / f for f in sorted(filenames)
                     if f.endswith(SUFFIXES) and not f.startswith("."))
    return found


def load(data_dirs: Iterable[str | Path] | str | Path | None = None, rebuild: bool = False,
         progress: Progress | None = None) -> KnowledgeBase:
    """Open one or more data directories (default: the bundled knowledge base).

    Files are read and checked only if they changed since the index last saw them.
    A query that meets a damaged index raises :class:`visitkb.index.IndexCorrupt`
    and the next load rebuilds it; :func:`answer` does both for you.
    """
    db, index_file, problems = open_index(data_dirs_from(data_dirs), rebuild=rebuild,
                                          progress=progress)
    return KnowledgeBase(db, problems, index_file)


def answer(question: Callable[[KnowledgeBase], Answer],
           data_dirs: Iterable[str | Path] | str | Path | None = None,
           progress: Progress | None = None) -> tuple[KnowledgeBase, Answer]:
    """Open the knowledge base and ask it a question; a damaged index is rebuilt and asked again."""
    kb = load(data_dirs, progress=progress)
    try:
        return kb, question(kb)
    except IndexCorrupt:
        kb = load(data_dirs, rebuild=True, progress=progress)
        return kb, question(kb)
