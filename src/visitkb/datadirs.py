"""Where knowledge bases are: the bundled one, the directories given, and the record files in each.

A data directory may hold anything a stranger put there, so only regular files are
read, never more than a limit, never outside the directory, and never blocking: a
FIFO, a device, a link to one or to a file elsewhere, an unreadable folder and a
name that is not UTF-8 are each reported as a diagnostic and skipped.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from .diagnostics import Diagnostic

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

    ``:bundled:`` among them stands for the bundled knowledge base; the variable may name
    several directories, separated by the system's path separator (``:``, or ``;`` on Windows).
    """
    if isinstance(given, (str, Path)):
        given = [given]
    dirs = [bundled_data_dir() if str(d) == BUNDLED else Path(d) for d in given or []]
    if not dirs and os.environ.get(DATA_DIR_ENV):
        # ":bundled:" holds the separator itself (":" on POSIX), so it is set aside before splitting.
        marked = os.environ[DATA_DIR_ENV].replace(BUNDLED, "\0")
        dirs = [bundled_data_dir() if d == "\0" else Path(d) for d in marked.split(os.pathsep) if d]
    return dirs or [bundled_data_dir()]


def require_directories(dirs: list[Path]) -> list[Path]:
    """The data directories, each checked to be a folder: a path that is none is the caller's mistake."""
    from .errors import UsageError

    for data_dir in dirs:
        if not data_dir.exists():
            raise UsageError(f"data directory {shown(data_dir)} does not exist; check the path")
        if not data_dir.is_dir():
            raise UsageError(f"{shown(data_dir)} is a file, not a data directory; give the folder that holds it")
    return dirs


def shown(path: str | Path) -> str:
    """A path as text that can be printed: bytes that are not UTF-8 are written as \\xNN escapes."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


class Found(NamedTuple):
    """A record file and what ``stat`` says of it: enough to tell, later, whether it changed."""

    path: Path
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int


def _problem(path: str | Path, code: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(shown(path), None, None, code, message, "error", hint)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def within(path: Path, folder: Path) -> bool:
    """Whether ``path``, with every link resolved, lies inside ``folder`` (also resolved)."""
    resolved, root = path.resolve(), folder.resolve()
    return resolved == root or root in resolved.parents


def record_files(data_dir: Path) -> tuple[list[Found], list[Diagnostic]]:
    """Every regular .yaml/.yml file under a directory, in a stable order, and what was refused.

    Hidden files and folders are skipped. ``data_dir`` may also name a single file.
    """
    found: list[Found] = []
    problems: list[Diagnostic] = []

    def consider(path: Path) -> None:
        try:
            info = path.stat()
            inside = within(path, data_dir if data_dir.is_dir() else data_dir.parent)
        except OSError as exc:
            problems.append(
                _problem(
                    path,
                    "unreadable",
                    f"cannot read file: {exc.strerror or exc}",
                    "check that the file exists and is readable",
                )
            )
            return
        if not stat.S_ISREG(info.st_mode):
            problems.append(
                _problem(
                    path,
                    "not-a-regular-file",
                    f"the file is {_kind_of(info.st_mode)}, not a regular file",
                    "remove it from the data directory; only files are read",
                )
            )
            return
        if not inside:
            problems.append(
                _problem(
                    path,
                    "outside-data-dir",
                    "the file links to a place outside the data directory",
                    "copy the file into the data directory instead of linking",
                )
            )
            return
        found.append(Found(path, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino))

    if data_dir.is_file():
        consider(data_dir)
        return found, problems

    def unreadable(error: OSError) -> None:
        problems.append(
            _problem(
                error.filename or data_dir,
                "unreadable-directory",
                f"cannot read the folder: {error.strerror or error}",
                "give yourself read and execute permission on it, or move it out",
            )
        )

    for root, dirnames, filenames in os.walk(data_dir, onerror=unreadable):
        keep = []
        for name in sorted(dirnames):
            if name.startswith("."):
                continue
            if not _is_text(name):
                problems.append(
                    _problem(
                        Path(root) / name,
                        "file-name",
                        "the folder's name is not UTF-8; it is skipped",
                        "rename it with UTF-8 characters",
                    )
                )
            elif (Path(root) / name).is_symlink():
                problems.append(
                    Diagnostic(
                        shown(Path(root) / name),
                        None,
                        None,
                        "linked-folder",
                        "a link to a folder is not followed",
                        "warning",
                        "move the folder into the data directory",
                    )
                )
            else:
                keep.append(name)
        dirnames[:] = keep
        for name in sorted(filenames):
            if name.startswith(".") or not name.endswith(SUFFIXES):
                continue
            if not _is_text(name):
                problems.append(
                    _problem(
                        Path(root) / name,
                        "file-name",
                        "the file's name is not UTF-8; it is skipped",
                        "rename the file with UTF-8 characters",
                    )
                )
                continue
            consider(Path(root) / name)
    return found, problems


def _is_text(name: str) -> bool:
    """Whether a name from the file system is valid UTF-8 (os.walk keeps other bytes as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class Refused(Exception):
    """A file that must not be read: the code and message of the diagnostic that says why."""

    def __init__(self, code: str, message: str, hint: str):
        super().__init__(message)
        self.code, self.message, self.hint = code, message, hint


def read_regular(path: Path, limit: int, inside: Path | None = None) -> bytes:
    """The bytes of a regular file, refusing (with :class:`Refused`) anything else or more than ``limit``.

    The file is opened without blocking and checked after opening, so a FIFO or a device
    swapped in after a listing is still refused; the limit is enforced while reading,
    not taken from the size the file system reports (a device reports none).
    """
    # Looked at before opening (opening some devices acts on them), and again after (a race).
    kind = path.stat().st_mode
    if not stat.S_ISREG(kind):
        raise Refused("not-a-regular-file", f"{shown(path)} is {_kind_of(kind)}", "only regular files are read")
    if inside is not None and not within(path, inside):
        raise Refused("outside-data-dir", f"{shown(path)} is outside {shown(inside)}", "name a file inside that folder")
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(
                "not-a-regular-file", f"{shown(path)} is {_kind_of(info.st_mode)}", "only regular files are read"
            )
        chunks, total = [], 0
        while chunk := os.read(descriptor, min(1 << 20, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise Refused(
                    "file-too-large", f"the file is over {limit:,} bytes", "split the records over several files"
                )
        return b"".join(chunks)
    finally:
        os.close(descriptor)
