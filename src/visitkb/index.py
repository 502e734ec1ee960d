"""The persistent index: every record file's facts in SQLite, refreshed for the files that changed.

Queries never parse YAML when nothing changed. The index lives in the user's cache
folder (the bundled knowledge base is read-only once installed), one SQLite file per
set of data directories. Each file is known by its path, size and modification time,
and by the SHA-256 of its bytes when the time is too recent to tell edits apart. A
file that changed is read again on its own; checks across files then run over the
index's tables of ids and references. A cold build writes a new file and renames it
into place, and an update is one SQLite transaction, so a crash leaves the old index.
An index that cannot be read, or whose records fail their checksum, is rebuilt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import hashlib
import json
import os
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from . import kinds
from .datadirs import record_files
from .diagnostics import Diagnostic
from .errors import IndexCorrupt
from .version import __version__
from .writing import process_alive

FORMAT = "11"
"""Bumped whenever the tables below change."""
CACHE_ENV = "VISITKB_CACHE_DIR"
RACY_NS = 2_000_000_000
"""File times closer than this to when the file was read are not trusted to show an edit."""
PARALLEL_MIN_BYTES = 2_000_000
"""Below this much YAML, starting worker processes costs more than it saves."""

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files(file INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, position INTEGER NOT NULL,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL, inode INTEGER NOT NULL,
    read_ns INTEGER NOT NULL, digest TEXT, recheck_on TEXT);
CREATE TABLE records(rec INTEGER PRIMARY KEY, file INTEGER NOT NULL, seq INTEGER NOT NULL,
    collection TEXT NOT NULL, id TEXT, line INTEGER, col INTEGER, data TEXT, crc INTEGER,
    ok INTEGER NOT NULL, valid INTEGER NOT NULL DEFAULT 0, first_day TEXT, last_day TEXT,
    chunk TEXT, chunk_line INTEGER);
CREATE TABLE ids(collection TEXT NOT NULL, id TEXT NOT NULL, rec INTEGER NOT NULL,
    line INTEGER, col INTEGER);
CREATE TABLE refs(rec INTEGER NOT NULL, target TEXT NOT NULL, value TEXT NOT NULL,
    party INTEGER NOT NULL, soft INTEGER NOT NULL, line INTEGER, col INTEGER);
CREATE TABLE keys(key TEXT NOT NULL, rec INTEGER NOT NULL);
CREATE TABLE quotes(rec INTEGER NOT NULL, source TEXT NOT NULL, excerpt TEXT NOT NULL,
    line INTEGER, col INTEGER);
CREATE TABLE anchors(rec INTEGER NOT NULL, field TEXT NOT NULL, line INTEGER, col INTEGER);
CREATE TABLE places(rec INTEGER NOT NULL, seq INTEGER NOT NULL, place TEXT NOT NULL, crc INTEGER NOT NULL,
    in_person INTEGER NOT NULL, before TEXT, before_crc INTEGER);
CREATE TABLE diagnostics(file INTEGER, rec INTEGER, stage TEXT NOT NULL, path TEXT NOT NULL,
    line INTEGER, col INTEGER, code TEXT NOT NULL, message TEXT NOT NULL, severity TEXT NOT NULL,
    hint TEXT, check_name TEXT NOT NULL);
CREATE TABLE names(kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL);
CREATE VIRTUAL TABLE search USING fts5(text, tokenize = "unicode61 remove_diacritics 2");
CREATE TABLE labels(kind TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL,
    PRIMARY KEY(kind, value));
"""

INDEXES = """
CREATE INDEX records_id ON records(collection, id);
CREATE INDEX records_file ON records(file);
CREATE INDEX records_days ON records(collection, first_day);
CREATE INDEX ids_key ON ids(collection, id);
CREATE INDEX ids_rec ON ids(rec);
CREATE INDEX refs_target ON refs(target, value, rec);
CREATE INDEX refs_rec ON refs(rec);
CREATE INDEX keys_key ON keys(key, rec);
CREATE INDEX keys_rec ON keys(rec);
CREATE INDEX quotes_rec ON quotes(rec);
CREATE INDEX anchors_rec ON anchors(rec);
CREATE INDEX places_rec ON places(rec, seq);
CREATE INDEX places_tally ON places(before, before_crc, place, crc, in_person, rec);
CREATE INDEX records_span ON records(collection, valid, first_day, last_day);
CREATE INDEX diagnostics_file ON diagnostics(file);
CREATE INDEX diagnostics_rec ON diagnostics(rec);
CREATE INDEX names_key ON names(kind, key);
"""

_PER_RECORD_TABLES = ("ids", "refs", "keys", "quotes", "anchors", "places")

Progress = Callable[[int, int], None]
"""Called with (bytes read, bytes to read) while files are read."""


__all__ = ["IndexCorrupt", "Opened", "open_index", "preview", "cache_dir", "index_path", "list_files", "discard"]


@dataclass
class Listed:
    """A record file found in a data directory, with what ``stat`` said of it."""

    path: str
    size: int
    mtime_ns: int
    ctime_ns: int = 0
    inode: int = 0


def cache_dir() -> Path:
    """Where indexes live: $VISITKB_CACHE_DIR, else the user's cache folder."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    import platformdirs

    return Path(platformdirs.user_cache_dir("visitkb", appauthor=False))


def index_path(data_dirs: list[Path]) -> Path:
    """The index file for this list of data directories."""
    key = json.dumps([str(Path(d).resolve()) for d in data_dirs])
    return cache_dir() / f"index-{hashlib.sha256(key.encode()).hexdigest()[:16]}.sqlite"


def _fingerprint(data_dirs: list[Path]) -> str:
    """Changes when the index format, visitkb's code or the data directories change."""
    package = Path(__file__).parent
    parts = [FORMAT, __version__, kinds.signature(), *(str(Path(d).resolve()) for d in data_dirs)]
    # The package's modules and its subpackages' (not rglob: it would walk the bundled data too).
    for source in sorted([*package.glob("*.py"), *package.glob("*/*.py")]):
        stat = source.stat()
        parts.append(f"{source.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def list_files(data_dirs: list[Path]) -> tuple[list[Listed], list[Diagnostic]]:
    """Every record file under the data directories with its size and times, in load order.

    A directory that does not exist, and anything in one that cannot or must not be read,
    comes back as a diagnostic.
    """
    listed: list[Listed] = []
    problems: list[Diagnostic] = []
    seen: set[str] = set()
    for data_dir in data_dirs:
        found, refused = record_files(data_dir)
        problems += refused
        if not found and not refused:
            problems.append(
                Diagnostic(
                    str(data_dir),
                    None,
                    None,
                    "empty-data-dir",
                    "the data directory holds no record files (*.yaml)",
                    "warning",
                    "check the path, or add record files (visitkb add creates them)",
                    "schema",
                )
            )
        for entry in found:
            if str(entry.path) not in seen:
                seen.add(str(entry.path))
                listed.append(Listed(str(entry.path), entry.size, entry.mtime_ns, entry.ctime_ns, entry.inode))
    return listed, problems


# --- opening ---------------------------------------------------------------------


READ_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError)
"""What reading a damaged index can raise: SQLite's errors, and text that is not UTF-8 any more."""


class Opened(NamedTuple):
    """An up-to-date index: its connection, its file (None in memory), and what to tell the user."""

    db: sqlite3.Connection
    file: Path | None
    problems: list[Diagnostic]
    """Problems with the listing of the data directories."""
    notices: list[str]
    """Lines for the user about the index itself (built in memory, rebuilt after damage)."""


def open_index(data_dirs: list[Path], rebuild: bool = False, progress: Progress | None = None) -> Opened:
    """An up-to-date index of the data directories, built or refreshed first if any file changed.

    Where the cache folder cannot be written or is full, the index is built in memory for
    this one use. An index that something other than visitkb changed is not trusted.
    """
    listed, problems = list_files(data_dirs)
    fingerprint = _fingerprint(data_dirs)
    notices: list[str] = []
    try:
        path = index_path(data_dirs)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(path.parent, os.W_OK):
            raise PermissionError(errno.EACCES, "it is not writable", str(path.parent))
        _remove_stale_temporaries(path.parent)
    except OSError as exc:
        notices.append(
            f"the index cache {path.parent if 'path' in locals() else cache_dir()} cannot be used "
            f"({exc.strerror or exc}); answering from an index built in memory"
        )
        return Opened(_build(":memory:", listed, fingerprint, progress), None, problems, notices)
    if not rebuild and _sealed(path):
        try:
            db = _connect(path)
            if _current(db, fingerprint):
                changes = _changes(db, listed)
                if not changes.any():
                    _settle(db, path, changes.settled)
                    return Opened(db, path, problems, notices)
            db.close()
        except READ_ERRORS:
            pass  # unreadable or not a database: rebuilt below
    try:
        return Opened(_refresh(path, listed, fingerprint, rebuild, progress, notices), path, problems, notices)
    except (sqlite3.OperationalError, OSError) as exc:  # a full or failing disk, a read-only cache
        notices.append(
            f"the index cache {path.parent} cannot be written ({exc}); answering from an index built in memory"
        )
        return Opened(_build(":memory:", listed, fingerprint, progress), None, problems, notices)


def _connect(path: Path | str) -> sqlite3.Connection:
    if isinstance(path, Path) and not path.exists():
        raise sqlite3.DatabaseError("no index yet")
    db = sqlite3.connect(str(path), timeout=60, isolation_level=None)
    db.execute("PRAGMA cell_size_check = ON")  # notice damaged pages instead of reading garbage
    return db


def _current(db: sqlite3.Connection, fingerprint: str) -> bool:
    """Whether the index is complete and was built by this code for these directories."""
    meta = dict(db.execute("SELECT key, value FROM meta"))
    return meta.get("complete") == "1" and meta.get("fingerprint") == fingerprint


def _refresh(
    path: Path, listed: list[Listed], fingerprint: str, rebuild: bool, progress: Progress | None, notices: list[str]
) -> sqlite3.Connection:
    """Update the index under a lock: in place for a few files, else by a cold build."""
    from filelock import FileLock

    with FileLock(str(path) + ".lock", timeout=600):
        if not rebuild and path.exists() and not _sealed(path):
            if path.with_name(path.name + ".seal").exists():  # no seal at all: made by an older visitkb
                notices.append(f"the index {path} was changed by something other than visitkb; it was rebuilt")
        elif not rebuild:
            try:
                db = _connect(path)
                if _current(db, fingerprint):  # another process may have just refreshed it
                    changes = _changes(db, listed)
                    if not changes.any():
                        return db
                    if changes.size() * 2 < len(listed):
                        _update(db, changes, progress)
                        _seal(path)
                        return db
                db.close()
            except READ_ERRORS as exc:
                if _damage(exc):
                    notices.append(f"the index {path} was damaged ({exc}); it was rebuilt")
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            _build(temporary, listed, fingerprint, progress).close()
            # A journal left by a crashed update of the old index must not be replayed into the new one.
            Path(str(path) + "-journal").unlink(missing_ok=True)
            os.replace(temporary, path)
            _seal(path)
        finally:
            temporary.unlink(missing_ok=True)
    return _connect(path)


def _damage(exc: Exception) -> bool:
    """Whether an error reading the index says it is damaged (rather than merely absent)."""
    return "no index yet" not in str(exc)


# --- the seal: what visitkb last wrote -----------------------------------------------
# After every write, visitkb notes the index file's size, times and inode beside it. A
# file that no longer matches was written by something else (a tool, a restore, bytes
# flipped on disk through the file system): it is rebuilt, never served. Writing a
# file always moves its change time, even when its modification time is put back.


def _signature(path: Path) -> str:
    info = path.stat()
    return f"{info.st_size} {info.st_mtime_ns} {info.st_ctime_ns} {info.st_ino}"


def _seal(path: Path) -> None:
    """Note the index file as visitkb just wrote it."""
    seal = path.with_name(path.name + ".seal")
    temporary = seal.with_name(f"{seal.name}.{os.getpid()}.tmp")
    temporary.write_text(_signature(path), encoding="ascii")
    os.replace(temporary, seal)


def _sealed(path: Path) -> bool:
    """Whether the index file is as visitkb last wrote it (False if there is none)."""
    try:
        return path.with_name(path.name + ".seal").read_text(encoding="ascii") == _signature(path)
    except (OSError, UnicodeDecodeError):
        return False


def discard(path: Path) -> None:
    """Remove a damaged index and its seal, so that the next load rebuilds it."""
    for name in (path.name, path.name + ".seal", path.name + "-journal", path.name + ".answers"):
        path.with_name(name).unlink(missing_ok=True)


def _remove_stale_temporaries(folder: Path) -> None:
    """Remove the temporary files of index builds whose process is gone (killed mid-build)."""
    for temporary in folder.glob("index-*.tmp"):
        pid = temporary.suffixes[-2].lstrip(".") if len(temporary.suffixes) >= 2 else ""
        if pid.isdigit() and not process_alive(int(pid)):
            temporary.unlink(missing_ok=True)


# --- what changed ----------------------------------------------------------------


@dataclass
class Changes:
    """Files to read again, files gone, and files that only moved in the load order."""

    read: list[tuple[int, Listed]]
    """(position, file) of new and changed files."""
    gone: list[int]
    """File numbers of files that changed or no longer exist."""
    moved: list[tuple[int, int]]
    """(position, file number) of unchanged files whose load order changed."""
    settled: list[tuple[int, int, int, int]]
    """(read time, change time, inode, file number) of files whose content is confirmed, their times now safe."""

    def any(self) -> bool:
        """Whether the index must be written."""
        return bool(self.read or self.gone or self.moved)

    def size(self) -> int:
        """How many files must be read again."""
        return len(self.read)


def _changes(db: sqlite3.Connection, listed: list[Listed]) -> Changes:
    indexed = {
        row[1]: row
        for row in db.execute(
            "SELECT file, path, position, size, mtime_ns, ctime_ns, inode, read_ns, digest, recheck_on FROM files"
        )
    }
    today = dt.date.today().isoformat()
    now = time.time_ns()
    changes = Changes([], [], [], [])
    for position, entry in enumerate(listed):
        row = indexed.pop(entry.path, None)
        if row is None:
            changes.read.append((position, entry))
            continue
        number, _, old_position, size, mtime_ns, ctime_ns, inode, read_ns, digest, recheck_on = row
        stale = size != entry.size or mtime_ns != entry.mtime_ns or (recheck_on is not None and today >= recheck_on)
        # A new inode or change time under the same size and modification time is a file replaced or
        # written with its old time put back (cp -p, rsync -t, tar x); edited within the clock's
        # resolution of being read is as ambiguous. Only the bytes can tell.
        if not stale and (entry.mtime_ns >= read_ns - RACY_NS or (ctime_ns, inode) != (entry.ctime_ns, entry.inode)):
            stale = _digest(entry.path) != digest
            if not stale and now - max(entry.mtime_ns, entry.ctime_ns) > RACY_NS:
                changes.settled.append((now, entry.ctime_ns, entry.inode, number))
        if stale:
            changes.read.append((position, entry))
            changes.gone.append(number)
        elif position != old_position:
            changes.moved.append((position, number))
    changes.gone.extend(row[0] for row in indexed.values())
    return changes


def _settle(db: sqlite3.Connection, path: Path, settled: list[tuple[int, int, int, int]]) -> None:
    """Record that files were confirmed unchanged by their bytes, so they need no more hashing."""
    if not settled:
        return
    from filelock import FileLock, Timeout

    # Only if no other process is writing: otherwise the next query hashes them again, which is only slower.
    with contextlib.suppress(Timeout, sqlite3.OperationalError, OSError), FileLock(str(path) + ".lock", timeout=0):
        if _sealed(path):
            db.executemany("UPDATE files SET read_ns = ?, ctime_ns = ?, inode = ? WHERE file = ?", settled)
            _seal(path)


def _digest(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def preview(data_dirs: list[Path], path: Path, text: str) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """The errors in the knowledge base now, and those it would have if ``path`` held ``text``.

    Works on an in-memory copy of the index, so nothing on disk changes.
    """
    db = open_index(data_dirs).db
    copy = sqlite3.connect(":memory:", isolation_level=None)
    db.backup(copy)
    db.close()

    def errors() -> list[Diagnostic]:
        return sorted(
            (
                Diagnostic(*row)
                for row in copy.execute(
                    "SELECT path, line, col, code, message, severity, hint, check_name FROM diagnostics "
                    "WHERE severity = 'error'"
                )
            ),
            key=Diagnostic.sort_key,
        )

    before = errors()
    raw = text.encode("utf-8")
    row = copy.execute("SELECT file, position FROM files WHERE path = ?", (str(path),)).fetchone()
    position = row[1] if row else copy.execute("SELECT count(*) FROM files").fetchone()[0]
    changes = Changes([(position, Listed(str(path), len(raw), 0))], [row[0]] if row else [], [], [])
    _update(copy, changes, None, {str(path): raw})
    return before, errors()


# --- building --------------------------------------------------------------------


def _build(target: Path | str, listed: list[Listed], fingerprint: str, progress: Progress | None) -> sqlite3.Connection:
    """A new index of every listed file."""
    db = sqlite3.connect(str(target), isolation_level=None)
    # The file is renamed into place only once complete, so it needs no journal of its own.
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("BEGIN")
    _script(db, SCHEMA)
    _read_files(db, list(enumerate(listed)), progress)
    _script(db, INDEXES)
    link(db, changed_collections=None)
    _write_meta(db, fingerprint)
    db.execute("COMMIT")
    if target != ":memory:":
        _fsync(Path(target))
    return db


def _script(db: sqlite3.Connection, statements: str) -> None:
    # Not executescript, which would commit the transaction the build runs in.
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _write_meta(db: sqlite3.Connection, fingerprint: str) -> None:
    db.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
        [("fingerprint", fingerprint), ("complete", "1"), ("built", dt.datetime.now(dt.timezone.utc).isoformat())],
    )
    _new_generation(db)


def _new_generation(db: sqlite3.Connection) -> None:
    """Draw a new generation token: answers kept for the index as it was are no longer served."""
    db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (uuid.uuid4().hex,))


def _update(
    db: sqlite3.Connection, changes: Changes, progress: Progress | None, contents: dict[str, bytes] | None = None
) -> None:
    """Read the changed files again and re-run the checks across records they touch, in one transaction."""
    db.execute("BEGIN IMMEDIATE")
    try:
        _temp_tables(db)
        touched: set[str] = set()
        in_place = _plan_in_place(db, changes, contents)
        for plan in in_place:
            db.executemany("INSERT INTO changed SELECT collection, id FROM ids WHERE rec = ?", plan.removed)
            removed = ", ".join(str(rec) for (rec,) in plan.removed) or "NULL"
            touched |= {
                row[0] for row in db.execute(f"SELECT DISTINCT collection FROM records WHERE rec IN ({removed})")
            }
            # Another record's duplicate-id diagnostic names the line of the first holder: a holder that
            # moved down the file has those diagnostics written again.
            db.executemany(
                "INSERT INTO changed SELECT i.collection, i.id FROM ids i WHERE i.rec = ? AND EXISTS "
                "(SELECT 1 FROM ids j WHERE j.collection = i.collection AND j.id = i.id AND j.rec != i.rec)",
                [(rec,) for _, shift, _, rec in plan.kept if shift],
            )
        for number in changes.gone:
            touched |= {
                row[0] for row in db.execute("SELECT DISTINCT collection FROM records WHERE file = ?", (number,))
            }
            db.execute(
                "INSERT INTO changed SELECT collection, id FROM ids WHERE rec IN "
                "(SELECT rec FROM records WHERE file = ?)",
                (number,),
            )
        # How each changed id stood before (held by a valid record, only by left-out ones, or by
        # none), so that the records naming it are explained again only if that changes.
        db.execute(f"""
            INSERT INTO before SELECT c.collection, c.id, (SELECT {_STATUS} FROM ids i JOIN records h
                ON h.rec = i.rec WHERE i.collection = c.collection AND i.id = c.id)
            FROM (SELECT DISTINCT collection, id FROM changed) c""")
        for number in changes.gone:
            _forget_file(db, number)
        for plan in in_place:
            _forget_records(db, [rec for (rec,) in plan.removed])
        db.executemany("UPDATE files SET position = ? WHERE file = ?", changes.moved)
        db.executemany("UPDATE files SET read_ns = ?, ctime_ns = ?, inode = ? WHERE file = ?", changes.settled)
        first_new = db.execute("SELECT coalesce(max(rec), 0) + 1 FROM records").fetchone()[0]
        for plan in in_place:
            touched |= _apply_in_place(db, plan)
        touched |= _read_files(db, changes.read, progress, contents)
        db.execute("INSERT INTO changed SELECT collection, id FROM ids WHERE rec >= ?", (first_new,))
        for _, number in changes.moved:
            # The first of two records with one id wins, so a file's place in the order matters.
            db.execute(
                "INSERT INTO changed SELECT collection, id FROM ids WHERE rec IN "
                "(SELECT rec FROM records WHERE file = ?)",
                (number,),
            )
        db.execute(
            f"""
            INSERT INTO before SELECT c.collection, c.id, (SELECT {_STATUS} FROM ids i JOIN records h
                ON h.rec = i.rec WHERE i.collection = c.collection AND i.id = c.id AND i.rec < ?)
            FROM (SELECT DISTINCT collection, id FROM changed) c
            WHERE NOT EXISTS (SELECT 1 FROM before b WHERE b.collection = c.collection AND b.id = c.id)""",
            (first_new,),
        )
        db.execute("CREATE INDEX IF NOT EXISTS temp.changed_key ON changed(collection, id)")
        # Check again the new records and every record defining a changed id (a duplicate
        # may have gone or come); link() follows the consequences outward from there.
        db.execute("INSERT INTO region SELECT rec FROM records WHERE rec >= ?", (first_new,))
        db.execute(
            "INSERT INTO region SELECT DISTINCT i.rec FROM changed c CROSS JOIN ids i "
            "ON i.collection = c.collection AND i.id = c.id WHERE i.rec < ?",
            (first_new,),
        )
        link(db, changed_collections=touched, region="temp.region")
        _new_generation(db)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


_TEMP_TABLES = {
    "changed": "collection TEXT, id TEXT",  # ids whose holders changed (files read again, gone or moved)
    # the standing of changed ids before the update (keyed: an update looks each one up)
    "before": "collection TEXT, id TEXT, status INTEGER, PRIMARY KEY(collection, id)",
    "region": "rec INTEGER",  # records read again, and holders of changed ids
    "scope": "rec INTEGER PRIMARY KEY",  # records whose validity is decided again
    "prior": "rec INTEGER PRIMARY KEY, valid INTEGER",  # their validity before
    "frontier": "collection TEXT, id TEXT",
    "reached": "rec INTEGER",
    "failing": "rec INTEGER",
    "fell": "rec INTEGER PRIMARY KEY",  # records left out by spreading failures
    "gone": "collection TEXT, id TEXT",
    "flipped": "rec INTEGER PRIMARY KEY",  # records whose validity changed
    "standing": "collection TEXT, id TEXT",  # ids whose standing changed
    "touch": "rec INTEGER PRIMARY KEY",  # records whose diagnostics across records are written again
}
"""Working tables of one build or update (per connection, emptied at the start of each)."""


def _temp_tables(db: sqlite3.Connection) -> None:
    for table, columns in _TEMP_TABLES.items():
        db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table}({columns})")
        db.execute(f"DELETE FROM temp.{table}")


# --- an edited file, record by record ------------------------------------------------------

IN_PLACE_SHARE = 10
"""An edit that changes more than one record in this many is read as a whole file (it saves little)."""


@dataclass
class _InPlace:
    """How to bring one edited file up to date record by record."""

    number: int
    entry: Listed
    read_ns: int
    digest: str
    kept: list[tuple[int, int, int, int]]
    """(new seq, line shift, new first line, record number) of records whose text is unchanged."""
    removed: list[tuple[int]]
    """Record numbers of records whose text changed or is gone."""
    new: list
    """The facts of records whose text is new."""


def _plan_in_place(db: sqlite3.Connection, changes: Changes, contents: dict[str, bytes] | None) -> list[_InPlace]:
    """The edited files that can be brought up to date record by record; they leave ``changes``.

    Only a file that was clean (no diagnostics, no date waiting to come true), whose records are told
    apart by their lines before and after, and whose changed records read clean on their own: anything
    else is read as a whole file, which is always right.
    """
    from .facts import read_chunk, split_records

    numbers = {
        row[1]: row[0]
        for row in db.execute(
            f"SELECT file, path FROM files WHERE file IN ({', '.join(map(str, changes.gone)) or 'NULL'})"
        )
    }
    plans = []
    for position, entry in list(changes.read):
        number = numbers.get(entry.path)
        if number is None:
            continue
        old_position, recheck_on = db.execute(
            "SELECT position, recheck_on FROM files WHERE file = ?", (number,)
        ).fetchone()
        if old_position != position or recheck_on is not None:
            continue
        if db.execute("SELECT 1 FROM diagnostics WHERE file = ? LIMIT 1", (number,)).fetchone():
            continue
        old = db.execute("SELECT rec, chunk, chunk_line FROM records WHERE file = ? ORDER BY seq", (number,)).fetchall()
        if not old or any(chunk is None for _, chunk, _ in old):
            continue
        read_ns = time.time_ns()
        try:
            raw = contents[entry.path] if contents and entry.path in contents else _read_record_file(entry.path)
        except OSError:
            continue
        if raw is None:
            continue
        chunks = split_records(raw)
        if not chunks:
            continue
        unchanged: dict[str, list[tuple[int, int]]] = {}
        for rec, chunk, line in old:
            unchanged.setdefault(chunk, []).append((rec, line))
        kept, fresh = [], []
        for chunk in chunks:
            same = unchanged.get(chunk.digest)
            if same:
                rec, line = same.pop(0)
                kept.append((chunk.seq, chunk.line - line, chunk.line, rec))
            else:
                fresh.append(chunk)
        if len(fresh) * IN_PLACE_SHARE > len(chunks):
            continue
        today = dt.date.today()
        new = [read_chunk(entry.path, chunk, today) for chunk in fresh]
        if any(facts.diagnostics or facts.recheck_on or len(facts.records) != 1 for facts in new):
            continue
        removed = [(rec,) for pairs in unchanged.values() for rec, _ in pairs]
        plans.append(
            _InPlace(
                number, entry, read_ns, hashlib.sha256(raw).hexdigest(), kept, removed, [f.records[0] for f in new]
            )
        )
        changes.read.remove((position, entry))
        changes.gone.remove(number)
    return plans


def _read_record_file(path: str) -> bytes | None:
    """A record file's bytes, read as the full reader reads them (None where it would refuse them)."""
    from .datadirs import Refused, read_regular
    from .yamlread import MAX_FILE_BYTES

    try:
        return read_regular(Path(path), MAX_FILE_BYTES)
    except Refused:
        return None


def _apply_in_place(db: sqlite3.Connection, plan: _InPlace) -> set[str]:
    """Shift the unchanged records of an edited file to their new lines and places, and store its new ones."""
    entry = plan.entry
    db.execute(
        "UPDATE files SET size = ?, mtime_ns = ?, ctime_ns = ?, inode = ?, read_ns = ?, digest = ? WHERE file = ?",
        (entry.size, entry.mtime_ns, entry.ctime_ns, entry.inode, plan.read_ns, plan.digest, plan.number),
    )
    db.executemany(
        "UPDATE records SET seq = ?, line = line + ?, chunk_line = ? WHERE rec = ?",
        [(seq, shift, line, rec) for seq, shift, line, rec in plan.kept],
    )
    shifted = [(shift, rec) for _, shift, _, rec in plan.kept if shift]
    for table in ("ids", "refs", "quotes", "anchors", "diagnostics"):
        db.executemany(f"UPDATE {table} SET line = line + ? WHERE rec = ? AND line IS NOT NULL", shifted)
    return _store_records(db, plan.number, plan.new)


def _forget_records(db: sqlite3.Connection, recs: list[int]) -> None:
    if not recs:
        return
    marks = ", ".join(map(str, recs))
    for table in _PER_RECORD_TABLES:
        db.execute(f"DELETE FROM {table} WHERE rec IN ({marks})")
    db.execute(f"DELETE FROM search WHERE rowid IN ({marks})")
    db.execute(f"DELETE FROM diagnostics WHERE rec IN ({marks})")
    db.execute(f"DELETE FROM records WHERE rec IN ({marks})")


def _forget_file(db: sqlite3.Connection, number: int) -> None:
    records = "(SELECT rec FROM records WHERE file = ?)"
    for table in _PER_RECORD_TABLES:
        db.execute(f"DELETE FROM {table} WHERE rec IN {records}", (number,))
    db.execute(f"DELETE FROM search WHERE rowid IN {records}", (number,))
    db.execute(f"DELETE FROM diagnostics WHERE file = ? OR rec IN {records}", (number, number))
    db.execute("DELETE FROM records WHERE file = ?", (number,))
    db.execute("DELETE FROM files WHERE file = ?", (number,))


def _read_files(
    db: sqlite3.Connection,
    todo: list[tuple[int, Listed]],
    progress: Progress | None,
    contents: dict[str, bytes] | None = None,
) -> set[str]:
    """Read files (in parallel when there is much to read) into the index; their collections."""
    from .facts import read_facts

    total = sum(max(entry.size, 0) for _, entry in todo)
    done = 0
    collections: set[str] = set()
    if contents:

        def read(path: str):
            return read_facts(path, raw=contents[path]) if path in contents else read_facts(path)
    else:
        read = read_facts
    for (position, entry), read_ns, facts in _read_all(read, todo, total, parallel=not contents):
        collections |= _store(db, position, entry, read_ns, facts)
        done += max(entry.size, 0)
        if progress:
            progress(done, total)
    return collections


def _read_all(read_facts, todo: list[tuple[int, Listed]], total: int, parallel: bool = True):
    """(item, read time, facts) for each file, on every core when the files are large."""
    workers = min(os.cpu_count() or 1, len(todo)) if parallel else 1
    if workers < 2 or total < PARALLEL_MIN_BYTES:
        for item in todo:
            read_ns = time.time_ns()
            yield item, read_ns, read_facts(item[1].path)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    read_ns = time.time_ns()
    # Largest first, so that no core is left with one big file at the end.
    order = sorted(todo, key=lambda item: -item[1].size)
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        for item, facts in zip(order, pool.map(read_facts, [i[1].path for i in order]), strict=True):
            yield item, read_ns, facts


def _die_with_parent(parent: int) -> None:
    """In a worker: end when the process that started it ends, even if it was killed."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):  # the kernel kills the worker when its parent dies
            import ctypes
            import signal

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    import threading

    def watch() -> None:  # elsewhere, and for a parent that died before prctl: look every half second
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _store(db: sqlite3.Connection, position: int, entry: Listed, read_ns: int, facts) -> set[str]:
    number = db.execute(
        "INSERT INTO files(path, position, size, mtime_ns, ctime_ns, inode, read_ns, digest, recheck_on) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.path,
            position,
            entry.size,
            entry.mtime_ns,
            entry.ctime_ns,
            entry.inode,
            read_ns,
            facts.digest,
            facts.recheck_on,
        ),
    ).lastrowid
    db.executemany(
        "INSERT INTO diagnostics VALUES (?, NULL, 'file', ?, ?, ?, ?, ?, ?, ?, ?)",
        [(number, d.file, d.line, d.column, d.code, d.message, d.severity, d.hint, d.check) for d in facts.diagnostics],
    )
    assert number is not None
    return _store_records(db, number, facts.records)


def _store_records(db: sqlite3.Connection, number: int, records: list) -> set[str]:
    """Insert records of a file (their facts) under new record numbers; their collections."""
    first = db.execute("SELECT coalesce(max(rec), 0) + 1 FROM records").fetchone()[0]
    rows: dict[str, list[tuple]] = {table: [] for table in ("records", *_PER_RECORD_TABLES)}
    rows["search"] = []
    for rec, record in enumerate(records, first):
        rows["records"].append(
            (
                rec,
                number,
                record.seq,
                record.collection,
                record.id,
                record.line,
                record.column,
                record.data,
                record.crc,
                record.ok,
                record.first_day,
                record.last_day,
                record.chunk,
                record.chunk_line,
            )
        )
        rows["ids"].extend((c, i, rec, line, col) for c, i, line, col in record.ids)
        rows["refs"].extend((rec, *ref) for ref in record.refs)
        rows["keys"].extend((key, rec) for key in record.keys)
        rows["quotes"].extend((rec, *quote) for quote in record.quotes)
        rows["anchors"].extend((rec, *anchor) for anchor in record.anchors)
        rows["places"].extend((rec, *place) for place in record.places)
        if record.text:
            rows["search"].append((rec, record.text))
    db.executemany(
        "INSERT INTO records(rec, file, seq, collection, id, line, col, data, crc, ok, "
        "first_day, last_day, chunk, chunk_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.pop("records"),
    )
    db.executemany("INSERT INTO search(rowid, text) VALUES (?, ?)", rows.pop("search"))
    for table, values in rows.items():
        if values:
            marks = ", ".join("?" * len(values[0]))
            db.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    return {record.collection for record in records}


# --- checks across files -----------------------------------------------------------


def link(db: sqlite3.Connection, changed_collections: Iterable[str] | None, region: str | None = None) -> None:
    """Decide which records are valid, and write the diagnostics that say why the others are not.

    A record is valid when it passed the checks of its own file, no earlier record of its kind
    has its id, and every record it refers to is valid: the largest set of records with that
    property. A cold build starts from every record and takes failures away, pass after pass,
    until none is left. An update (``region``: a temp table of the records of changed files and
    the holders of changed ids, see ``_update``) does the same over what can change: the region,
    and the left-out records that the region could make valid again, start again from valid,
    and failures spread to whatever refers to them, anywhere. Then the diagnostics of every
    record whose reasons may have changed are written again from the final validity alone, so
    that an update in place always equals a rebuild.
    ``changed_collections`` (None: all) says whether the name tables may need rebuilding.
    """
    if region is None:
        _temp_tables(db)
        db.execute("DELETE FROM diagnostics WHERE stage = 'link'")
        db.execute("INSERT INTO scope SELECT rec FROM records")
    else:
        _widen_to_revivable(db, region)
    db.execute("INSERT INTO prior SELECT r.rec, r.valid FROM records r WHERE r.rec IN (SELECT rec FROM scope)")
    db.execute("UPDATE records SET valid = (data IS NOT NULL AND ok) WHERE rec IN (SELECT rec FROM scope)")
    db.execute(
        "UPDATE records SET valid = 0 WHERE rec IN (SELECT rec FROM scope) "
        f"AND rec IN ({_LATER_HOLDERS.format(within='scope')})"
    )
    # Failures spread: a record naming an id with no valid holder is left out, pass after pass,
    # starting from the records in scope that fail on their own or name what is not there.
    db.execute("INSERT INTO failing SELECT rec FROM records WHERE rec IN (SELECT rec FROM scope) AND NOT valid")
    db.execute(
        f"INSERT INTO failing SELECT DISTINCT x.rec FROM refs x JOIN records r ON r.rec = x.rec AND r.valid "
        f"WHERE x.rec IN (SELECT rec FROM scope) AND NOT x.soft AND NOT {_RESOLVES}"
    )
    db.execute(
        "INSERT INTO gone SELECT collection, id FROM changed c WHERE NOT EXISTS ("
        "SELECT 1 FROM ids i JOIN records h ON h.rec = i.rec AND h.valid "
        "WHERE i.collection = c.collection AND i.id = c.id)"
    )
    while True:
        db.execute("UPDATE records SET valid = 0 WHERE rec IN (SELECT rec FROM failing)")
        db.execute("INSERT OR IGNORE INTO fell SELECT rec FROM failing")
        db.execute("INSERT INTO gone SELECT collection, id FROM ids WHERE rec IN (SELECT rec FROM failing)")
        db.execute("DELETE FROM failing")
        db.execute(
            f"INSERT INTO failing SELECT DISTINCT x.rec FROM refs x JOIN records r ON r.rec = x.rec AND r.valid "
            f"WHERE (x.target, x.value) IN (SELECT collection, id FROM gone) AND NOT x.soft AND NOT {_RESOLVES}"
        )
        db.execute("DELETE FROM gone")
        if not db.execute("SELECT 1 FROM failing LIMIT 1").fetchone():
            break
    flipped = _flipped(db)
    if region is None:
        db.execute("INSERT OR IGNORE INTO touch SELECT rec FROM records")
    else:
        _records_to_explain(db)
    _write_link_diagnostics(db)
    naming = {k.collection for k in kinds.all_kinds() if k.names}
    if changed_collections is None or naming & (set(changed_collections) | flipped):
        _build_names(db)


_RESOLVES = """EXISTS (SELECT 1 FROM ids i JOIN records h ON h.rec = i.rec AND h.valid
                   WHERE i.collection = x.target AND i.id = x.value)"""
"""SQL: the reference ``x`` names an id that a valid record holds."""

_LATER_HOLDERS = """SELECT rec FROM (
    SELECT i.rec, row_number() OVER (PARTITION BY i.collection, i.id ORDER BY f.position, r.seq, i.line) AS n
    FROM ids i JOIN records r ON r.rec = i.rec JOIN files f ON f.file = r.file
    WHERE r.data IS NOT NULL AND (i.collection, i.id) IN (SELECT collection, id FROM ids
                                                         WHERE rec IN (SELECT rec FROM {within})))
    WHERE n > 1"""
"""SQL: records that hold an id an earlier record (in file order) of its kind already holds."""


def _widen_to_revivable(db: sqlite3.Connection, region: str) -> None:
    """Put in scope the region and every left-out record that it could make valid again.

    A left-out record comes back only if something it names comes back; follow references
    backwards from the region's ids and the changed ids, through left-out records only (a
    valid record can only fall, and falling is followed from the failures themselves).
    """
    db.execute(f"INSERT OR IGNORE INTO scope SELECT rec FROM {region}")
    db.execute(f"INSERT INTO frontier SELECT collection, id FROM ids WHERE rec IN (SELECT rec FROM {region})")
    db.execute("INSERT INTO frontier SELECT collection, id FROM changed")
    while db.execute("SELECT 1 FROM frontier LIMIT 1").fetchone():
        db.execute("DELETE FROM reached")
        db.execute(
            "INSERT INTO reached SELECT DISTINCT x.rec FROM refs x JOIN records r ON r.rec = x.rec "
            "WHERE NOT r.valid AND r.ok AND r.data IS NOT NULL AND NOT x.soft AND x.rec NOT IN (SELECT rec FROM scope) "
            "AND (x.target, x.value) IN (SELECT collection, id FROM frontier)"
        )
        db.execute("DELETE FROM frontier")
        db.execute("INSERT OR IGNORE INTO scope SELECT rec FROM reached")
        db.execute("INSERT INTO frontier SELECT collection, id FROM ids WHERE rec IN (SELECT rec FROM reached)")


def _flipped(db: sqlite3.Connection) -> set[str]:
    """Note in temp.flipped the records whose validity changed; the collections they are in."""
    db.execute(
        "INSERT OR IGNORE INTO flipped SELECT p.rec FROM prior p JOIN records r ON r.rec = p.rec "
        "WHERE p.valid != r.valid"
    )
    db.execute("INSERT OR IGNORE INTO flipped SELECT rec FROM fell WHERE rec NOT IN (SELECT rec FROM scope)")
    return {
        row[0] for row in db.execute("SELECT DISTINCT collection FROM records WHERE rec IN (SELECT rec FROM flipped)")
    }


def _records_to_explain(db: sqlite3.Connection) -> None:
    """Put in temp.touch every record whose diagnostics across records may have changed.

    Those are the records looked at again, those whose validity changed, those naming an id
    whose standing changed (valid, only invalid, or unknown), those quoting a changed source,
    and those naming an unknown id of a kind whose valid ids changed (their "did you mean?").
    """
    db.execute("INSERT OR IGNORE INTO touch SELECT rec FROM scope")
    db.execute("INSERT OR IGNORE INTO touch SELECT rec FROM flipped")
    db.execute("INSERT INTO standing SELECT collection, id FROM ids WHERE rec IN (SELECT rec FROM flipped)")
    db.execute(f"""
        INSERT INTO standing SELECT b.collection, b.id FROM before b
        WHERE b.status != (SELECT {_STATUS} FROM ids i JOIN records h ON h.rec = i.rec
                           WHERE i.collection = b.collection AND i.id = b.id)""")
    db.execute(
        "INSERT OR IGNORE INTO touch SELECT x.rec FROM refs x "
        "WHERE (x.target, x.value) IN (SELECT collection, id FROM standing)"
    )
    db.execute(
        "INSERT OR IGNORE INTO touch SELECT q.rec FROM quotes q "
        "WHERE q.source IN (SELECT id FROM changed WHERE collection = 'sources')"
    )
    for (target,) in db.execute("SELECT DISTINCT collection FROM standing").fetchall():
        db.execute(
            "INSERT OR IGNORE INTO touch SELECT x.rec FROM refs x WHERE x.target = ? AND NOT EXISTS ("
            "SELECT 1 FROM ids i WHERE i.collection = x.target AND i.id = x.value)",
            (target,),
        )


_STATUS = "coalesce(max(CASE WHEN h.valid THEN 2 ELSE 1 END), 0)"
"""SQL over the holders ``h`` of an id: 2 if a valid record holds it, 1 if only left-out ones, else 0."""


def _write_link_diagnostics(db: sqlite3.Connection) -> None:
    """Write again, from the final validity alone, the diagnostics across records of temp.touch."""
    db.execute("DELETE FROM diagnostics WHERE stage = 'link' AND rec IN (SELECT rec FROM touch)")
    findings = _duplicate_ids(db) + _references(db) + _quoted_sources(db)
    db.executemany(
        "INSERT INTO diagnostics VALUES (NULL, ?, 'link', ?, ?, ?, ?, ?, ?, ?, ?)",
        [(rec, d.file, d.line, d.column, d.code, d.message, d.severity, d.hint, d.check) for rec, d in findings],
    )


Finding = tuple[int, Diagnostic]
"""A diagnostic and the number of the record it is about."""


def _duplicate_ids(db: sqlite3.Connection) -> list[Finding]:
    """Records of temp.touch that hold an id an earlier record of their kind holds."""
    from . import checks

    rows = db.execute("""
        SELECT i.collection, i.id, i.rec, i.line, i.col, f.path
        FROM ids i JOIN records r ON r.rec = i.rec JOIN files f ON f.file = r.file
        WHERE r.data IS NOT NULL AND (i.collection, i.id) IN (
            SELECT d.collection, d.id FROM ids d JOIN records dr ON dr.rec = d.rec
            WHERE dr.data IS NOT NULL
              AND (d.collection, d.id) IN (SELECT collection, id FROM ids WHERE rec IN (SELECT rec FROM touch))
            GROUP BY d.collection, d.id HAVING count(*) > 1)
        ORDER BY i.collection, i.id, f.position, r.seq, i.line""").fetchall()
    found: list[Finding] = []
    first_seen: dict[tuple[str, str], str] = {}
    touched = {row[0] for row in db.execute("SELECT rec FROM touch")} if rows else set()
    for collection, record_id, rec, line, column, path in rows:
        key = (collection, record_id)
        if key not in first_seen:
            first_seen[key] = f"{path}:{line}"
        elif rec in touched:
            found.append((rec, checks.duplicate_id(path, line, column, collection, record_id, first_seen[key])))
    return found


def _references(db: sqlite3.Connection) -> list[Finding]:
    """Each reference a record of temp.touch makes to an id that no valid record holds."""
    from . import checks

    rows = db.execute(f"""
        SELECT x.rec, x.target, x.value, x.party, x.soft, x.line, x.col, f.path
        FROM refs x JOIN records r ON r.rec = x.rec AND r.data IS NOT NULL JOIN files f ON f.file = r.file
        WHERE x.rec IN (SELECT rec FROM touch) AND NOT {_RESOLVES}
        ORDER BY f.position, x.line, x.col""").fetchall()
    known: dict[str, list[str]] = {}

    def valid_ids(target: str) -> list[str]:
        if target not in known:
            known[target] = [
                row[0]
                for row in db.execute(
                    "SELECT DISTINCT i.id FROM ids i JOIN records t ON t.rec = i.rec AND t.valid "
                    "WHERE i.collection = ? ORDER BY i.id",
                    (target,),
                )
            ]
        return known[target]

    found: list[Finding] = []
    for rec, target, value, party, soft, line, column, path in rows:
        defined = (
            db.execute("SELECT 1 FROM ids WHERE collection = ? AND id = ? LIMIT 1", (target, value)).fetchone()
            is not None
        )
        finding = checks.unknown_reference(
            path, line, column, target, value, bool(party), defined, functools.partial(valid_ids, target), bool(soft)
        )
        found.append((rec, finding))
    return found


def _quoted_sources(db: sqlite3.Connection) -> list[Finding]:
    """Valid records of temp.touch whose excerpts quote a source with no archived text."""
    from . import checks

    rows = db.execute("""
        SELECT q.rec, q.source, q.line, q.col, f.path
        FROM quotes q JOIN records r ON r.rec = q.rec AND r.valid JOIN files f ON f.file = r.file
        WHERE q.rec IN (SELECT rec FROM touch)
          AND q.source IN (SELECT s.id FROM records s WHERE s.collection = 'sources' AND s.valid
                           AND json_extract(s.data, '$.archived') IS NULL)""").fetchall()
    return [
        (rec, checks.excerpt_without_archive(path, line, column, source)) for rec, source, line, column, path in rows
    ]


def _build_names(db: sqlite3.Connection) -> None:
    """Tables that turn what users type into country codes and person ids, and codes into names."""
    from .names import family_name, iso_countries, normalize

    db.execute("DELETE FROM names")
    db.execute("DELETE FROM labels")
    names: set[tuple[str, str, str]] = set()
    labels: dict[tuple[str, str], str] = {}
    for code, (display, spellings) in iso_countries().items():
        labels[("country", code)] = display
        names.update(("country", normalize(n), code) for n in spellings)
    naming = {k.collection: k.names for k in kinds.all_kinds() if k.names}
    marks = ", ".join("?" * len(naming))
    for collection, data in db.execute(
        "SELECT r.collection, r.data FROM records r JOIN files f ON f.file = r.file "
        f"WHERE r.valid AND r.collection IN ({marks}) ORDER BY f.position, r.seq",
        tuple(naming),
    ):
        record = json.loads(data)
        if naming[collection] == "country":
            labels.setdefault(("kb-country", record["id"]), record["name"])
            labels[("country", record["id"])] = labels[("kb-country", record["id"])]
            names.update(("country", normalize(n), record["id"]) for n in [record["name"], *record["aliases"]])
        else:
            labels.setdefault(("leader", record["id"]), record["name"])
            names.update(
                ("leader", normalize(n), record["id"])
                for n in [record["id"], record["name"], family_name(record), *record["aliases"]]
            )
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", sorted(names))
    db.executemany(
        "INSERT INTO labels VALUES (?, ?, ?)",
        [(kind, value, label) for (kind, value), label in labels.items() if kind != "kb-country"],
    )
