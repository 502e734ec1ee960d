"""What a data directory may hold: only regular files inside it are read; everything else is a diagnostic."""

import os
import signal
import time
from pathlib import Path

import pytest

from conftest import MINIMAL, write_kb
from visitkb import load, queries
from visitkb.datadirs import Refused, read_regular, record_files


@pytest.fixture
def deadline():
    """Fail instead of hanging: a FIFO opened for reading without a writer blocks forever."""
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("timed out: a special file blocked the read"))
    signal.alarm(20)
    yield
    signal.alarm(0)


def _codes(kb) -> dict[str, str]:
    return {Path(d.file).name: d.code for d in kb.diagnostics}


def test_a_fifo_a_device_and_a_link_outside_are_refused_and_the_rest_answers(kb_dir, tmp_path, deadline):
    os.mkfifo(kb_dir / "pipe.yaml")
    (kb_dir / "zero.yaml").symlink_to("/dev/zero")
    (kb_dir / "random.yml").symlink_to("/dev/urandom")
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text("people: []\n")
    (kb_dir / "linked.yaml").symlink_to(elsewhere)
    started = time.monotonic()
    kb = load(kb_dir)
    assert time.monotonic() - started < 10
    assert [t["id"] for t in queries.trips(kb)] == ["ana-2019"]
    codes = _codes(kb)
    assert codes["pipe.yaml"] == codes["zero.yaml"] == codes["random.yml"] == "not-a-regular-file"
    assert codes["linked.yaml"] == "outside-data-dir"
    message = next(d.message for d in kb.diagnostics if d.file.endswith("pipe.yaml"))
    assert message == "the file is a named pipe (FIFO), not a regular file"


def test_a_name_that_is_not_utf8_is_named_with_escapes_and_the_rest_answers(kb_dir):
    raw = os.fsencode(str(kb_dir)) + b"/bad\xff\xfe.yaml"
    with open(raw, "w") as handle:
        handle.write("people: []\n")
    kb = load(kb_dir)
    assert [t["id"] for t in queries.trips(kb)] == ["ana-2019"]
    problem = next(d for d in kb.diagnostics if d.code == "file-name")
    assert problem.file.endswith("bad\\xff\\xfe.yaml")
    assert "not UTF-8" in problem.message


def test_an_unreadable_folder_is_a_diagnostic(kb_dir, monkeypatch):
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        onerror(PermissionError(13, "Permission denied", str(kb_dir / "trips")))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(os, "walk", walk)
    found, problems = record_files(kb_dir)
    assert found
    assert [(p.code, p.message) for p in problems] == [
        ("unreadable-directory", "cannot read the folder: Permission denied")
    ]


def test_reading_checks_the_file_it_opened_and_stops_at_the_limit(tmp_path, deadline):
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(Refused, match="named pipe"):
        read_regular(tmp_path / "pipe", 1000)
    with pytest.raises(Refused, match="a device"):
        read_regular(Path("/dev/zero"), 1000)
    (tmp_path / "big").write_bytes(b"x" * 2000)
    with pytest.raises(Refused, match="over 1,000 bytes"):
        read_regular(tmp_path / "big", 1000)
    with pytest.raises(Refused, match="outside"):
        read_regular(tmp_path / "big", 5000, inside=tmp_path / "sub")
    assert read_regular(tmp_path / "big", 5000, inside=tmp_path) == b"x" * 2000


@pytest.mark.parametrize(
    "archived,code",
    [
        ("../../../../../../etc/hostname", "archive-outside"),
        ("zero.txt", "archive-refused"),
        ("pipe.txt", "archive-refused"),
    ],
)
def test_an_archived_text_must_be_a_regular_file_inside_the_archive(tmp_path, archived, code, deadline):
    trip = MINIMAL["trips/ana-2019.yaml"].replace(
        "citations: [{source: report}]\n            legs",
        "citations: [{source: report, excerpt: Norway}]\n            legs",
    )
    sources = f"sources:\n  - {{id: report, publisher: Example Wire, archived: '{archived}'}}\n"
    root = write_kb(tmp_path / "kb", {"sources.yaml": sources, "trips/ana-2019.yaml": trip})
    archive = root / "archive"
    archive.mkdir()
    (archive / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(archive / "pipe.txt")
    diagnostics = load(root).check(["excerpts"], [archive])
    assert [d.code for d in diagnostics] == [code]
