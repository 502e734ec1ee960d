"""Answers kept beside the index: a long listing computed once, served again while nothing changed.

Some listings (the unfiltered timeline of a large knowledge base) read every record and
take seconds to compute, while writing their rows takes a fraction of that. Such an
answer is kept in a small SQLite file beside the index, as its rows' JSON text, under
the index's *generation*: a token the index draws anew at every build and every
update. An answer kept under another generation is never served, so an edit, a new
file or a rebuild makes every kept answer stale at once, whatever it touched.

The file is only a cache. Anything wrong with it (locked, damaged, full disk, not a
database) means the answer is computed as if nothing were kept; a damaged file is
removed. Rows are kept in zlib-compressed chunks, each with its checksum.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterator
from pathlib import Path

CHUNK_ROWS = 4096
"""Rows per compressed chunk: big enough to compress well, small enough to stream."""

KEPT_PER_GENERATION = 16
"""At most this many answers are kept; the least recently kept go first."""

FORMAT = 2
"""The store's layout (SQLite's user_version); a store of another layout is replaced."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers(generation TEXT NOT NULL, key TEXT NOT NULL, chunks INTEGER NOT NULL,
    kept INTEGER NOT NULL, PRIMARY KEY(generation, key));
CREATE TABLE IF NOT EXISTS chunks(generation TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL,
    data BLOB NOT NULL, crc INTEGER NOT NULL, PRIMARY KEY(generation, key, seq));
"""


def store_of(index_file: Path) -> Path:
    """The file that keeps the answers of this index."""
    return index_file.with_name(index_file.name + ".answers")


def recall(index_file: Path, generation: str, key: str) -> list[bytes] | None:
    """The kept answer to ``key`` as compressed chunks (see ``lines_of``), or None if none is kept.

    Every chunk is checked against its checksum first, so an answer is served whole or not at all.
    """
    store = store_of(index_file)
    if not store.exists():
        return None
    try:
        db = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=1)
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] != FORMAT:
                return None
            found = db.execute(
                "SELECT chunks FROM answers WHERE generation = ? AND key = ?", (generation, key)
            ).fetchone()
            if found is None:
                return None
            rows = db.execute(
                "SELECT data, crc FROM chunks WHERE generation = ? AND key = ? ORDER BY seq", (generation, key)
            ).fetchall()
        finally:
            db.close()
    except sqlite3.OperationalError:
        return None  # busy, or cannot be opened now: the answer is computed instead
    except sqlite3.DatabaseError:
        store.unlink(missing_ok=True)  # not a database any more
        return None
    if len(rows) != found[0] or any(zlib.crc32(data) != crc for data, crc in rows):
        store.unlink(missing_ok=True)  # a chunk is missing or damaged
        return None
    return [data for data, _ in rows]


def lines_of(chunks: list[bytes]) -> Iterator[bytes]:
    """The recalled answer's rows, a chunk at a time: UTF-8 JSON lines joined by newlines."""
    for chunk in chunks:
        yield zlib.decompress(chunk)


def keep(index_file: Path, generation: str, key: str, lines: list[str]) -> None:
    """Keep an answer (its rows as JSON lines) for this generation; answers of older ones are dropped."""
    store = store_of(index_file)
    try:
        db = sqlite3.connect(str(store), timeout=1, isolation_level=None)
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] != FORMAT:
                db.close()
                store.unlink()  # another layout (or a new, empty file): start afresh
                db = sqlite3.connect(str(store), timeout=1, isolation_level=None)
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {FORMAT}")
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM chunks WHERE generation != ? OR key = ?", (generation, key))
            db.execute("DELETE FROM answers WHERE generation != ? OR key = ?", (generation, key))
            kept = db.execute("SELECT coalesce(max(kept), 0) + 1 FROM answers").fetchone()[0]
            chunks = [
                zlib.compress("\n".join(lines[start : start + CHUNK_ROWS]).encode(), 1)
                for start in range(0, len(lines), CHUNK_ROWS)
            ]
            db.execute("INSERT INTO answers VALUES (?, ?, ?, ?)", (generation, key, len(chunks), kept))
            db.executemany(
                "INSERT INTO chunks VALUES (?, ?, ?, ?, ?)",
                [(generation, key, seq, data, zlib.crc32(data)) for seq, data in enumerate(chunks)],
            )
            oldest = [
                k
                for (k,) in db.execute(
                    "SELECT key FROM answers ORDER BY kept DESC LIMIT -1 OFFSET ?", (KEPT_PER_GENERATION,)
                )
            ]
            db.executemany("DELETE FROM chunks WHERE key = ?", [(k,) for k in oldest])
            db.executemany("DELETE FROM answers WHERE key = ?", [(k,) for k in oldest])
            db.execute("COMMIT")
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        if not isinstance(exc, sqlite3.OperationalError):
            store.unlink(missing_ok=True)  # not a database any more: start again next time
    except OSError:
        pass  # a cache that cannot be written only means computing the answer again
