"""Writing record files safely: all or nothing, one writer at a time."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    """Replace a file's content in one step: a crash or a full disk leaves the old file as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # The process id in the name lets a later run remove what a killed one left behind.
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".visitkb.tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    except OSError:
        pass


def remove_stale_temporaries(folder: Path) -> None:
    """Remove the temporary files that writers killed mid-write left in a folder (their process is gone)."""
    for temporary in folder.glob(".*.visitkb.tmp"):
        parts = temporary.name.split(".")
        pid = parts[-4] if len(parts) >= 5 else ""
        if pid.isdigit() and not process_alive(int(pid)):
            temporary.unlink(missing_ok=True)


def process_alive(pid: int) -> bool:
    """Whether a process with this id exists (owned by anyone)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
