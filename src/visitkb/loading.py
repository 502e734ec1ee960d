"""Open one or more data directories through their index, and answer questions over them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from .datadirs import bundled_data_dir, data_dirs_from, require_directories
from .errors import IndexCorrupt
from .index import Progress, open_index
from .kb import KnowledgeBase

Answer = TypeVar("Answer")

BUNDLED_ID = "bundled"
"""The id the bundled knowledge base declares in its manifest (data/knowledge-base.yaml)."""


def load(
    data_dirs: Iterable[str | Path] | str | Path | None = None, rebuild: bool = False, progress: Progress | None = None
) -> KnowledgeBase:
    """Open one or more data directories (default: the bundled knowledge base).

    Files are read and checked only if they changed since the index last saw them.
    A query that meets a damaged index raises :class:`visitkb.IndexCorrupt`
    and the next load rebuilds it; :func:`answer` does both for you.
    """
    dirs = require_directories(data_dirs_from(data_dirs))
    opened = open_index(dirs, rebuild=rebuild, progress=progress)
    empty = [f"{d.file}: no record files in this data directory" for d in opened.problems if d.code == "empty-data-dir"]
    kb = KnowledgeBase(opened.db, opened.problems, opened.file, [*opened.notices, *empty], dirs)
    bundled = bundled_data_dir()
    if bundled not in dirs and any(base == BUNDLED_ID for _, base in kb.missing_bases()):
        # A knowledge base that extends the bundled one (as an import's output does) brings it along:
        # it is always at hand. Any other base it extends must be given, and is reported if not.
        return load([bundled, *dirs], rebuild=rebuild, progress=progress)
    return kb


def answer(
    question: Callable[[KnowledgeBase], Answer],
    data_dirs: Iterable[str | Path] | str | Path | None = None,
    progress: Progress | None = None,
) -> tuple[KnowledgeBase, Answer]:
    """Open the knowledge base and ask it a question; a damaged index is rebuilt and asked again."""
    kb = load(data_dirs, progress=progress)
    try:
        return kb, question(kb)
    except IndexCorrupt as exc:
        kb = load(data_dirs, rebuild=True, progress=progress)
        kb.notices.insert(0, f"{exc}; it was rebuilt")
        return kb, question(kb)
