"""Answers kept beside the index: served while nothing changed, never stale, never trusted when damaged."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from conftest import cli, write_kb
from visitkb import answers, loading, queries

TRIP = """
    trips:
      - id: ana-2021
        leader: ana-lima
        title: Visit to Chile
        start: 2021-05-04
        citations: [{{source: report}}]
        legs:
          - id: ana-2021-chile
            country: CL
            types: [{kind}]
            start: 2021-05-04
            end: 2021-05-05
            citations: [{{source: report}}]
"""


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    return write_kb(tmp_path / "kb", {"trips/ana-2021.yaml": TRIP.format(kind="state")})


def _timeline(kb: Path, *options: str) -> str:
    ran = cli("timeline", "-d", str(kb), *options)
    assert ran.returncode == 0, ran.stderr
    return ran.stdout


def _library_timeline(kb: Path) -> list[dict]:
    base = loading.load([kb])
    try:
        return queries.timeline(base)
    finally:
        base.db.close()


def _store(kb: Path) -> Path:
    base = loading.load([kb])
    base.db.close()
    assert base.index_file is not None
    return answers.store_of(base.index_file)


def _refuse_to_compute(monkeypatch, query: str = "timeline") -> None:
    def computed(*args, **kwargs):
        raise AssertionError(f"the {query} listing was computed, not recalled")

    monkeypatch.setattr(queries, query, computed)


def test_a_repeated_timeline_is_served_from_the_kept_answer_and_equals_the_library(kb, monkeypatch):
    first = _timeline(kb, "--format", "json")
    assert json.loads(first) == _library_timeline(kb)
    _refuse_to_compute(monkeypatch)
    assert _timeline(kb, "--format", "json") == first
    assert [json.loads(line) for line in _timeline(kb, "--format", "jsonl").splitlines()] == json.loads(first)


def test_every_format_of_a_recalled_answer_reads_as_the_computed_one(kb, monkeypatch):
    computed = {fmt: _timeline(kb, "--format", fmt) for fmt in ("table", "tsv", "csv", "yaml", "markdown")}
    _refuse_to_compute(monkeypatch)
    for fmt, text in computed.items():
        assert _timeline(kb, "--format", fmt) == text, fmt


def test_leaders_are_kept_too_and_follow_an_edit(kb, monkeypatch):
    first = _listing("leaders", kb)
    with monkeypatch.context() as patched:
        _refuse_to_compute(patched, "leaders")
        assert _listing("leaders", kb) == first
    person = kb / "people.yaml"
    person.write_text(person.read_text(encoding="utf-8").replace("Ana Lima", "Ana Maria Lima"), encoding="utf-8")
    future = time.time() + 5
    os.utime(person, (future, future))
    assert "Ana Maria Lima" in _listing("leaders", kb)


def _listing(command: str, kb: Path) -> str:
    ran = cli(command, "-d", str(kb), "--format", "json")
    assert ran.returncode == 0, ran.stderr
    return ran.stdout


def test_an_edit_makes_the_kept_answer_stale(kb):
    assert "state visit" in _timeline(kb, "--format", "json")
    trip = kb / "trips" / "ana-2021.yaml"
    trip.write_text(trip.read_text(encoding="utf-8").replace("[state]", "[working]"), encoding="utf-8")
    future = time.time() + 5  # a new modification time, whatever the clock's resolution
    os.utime(trip, (future, future))
    edited = _timeline(kb, "--format", "json")
    assert "working visit" in edited and "state visit" not in edited
    assert json.loads(edited) == _library_timeline(kb)


def test_a_new_file_makes_the_kept_answer_stale(kb):
    before = json.loads(_timeline(kb, "--format", "json"))
    relation = "{id: br-cl, countries: [BR, CL], established: 1836, citations: [{source: report}]}"
    write_kb(kb, {"relations.yaml": f"relations:\n  - {relation}\n"}, None)
    after = json.loads(_timeline(kb, "--format", "json"))
    assert len(after) == len(before) + 1 and after[0]["record"] == "br-cl"


def test_filters_are_kept_apart(kb):
    everything = json.loads(_timeline(kb, "--format", "json"))
    in_chile = json.loads(_timeline(kb, "--format", "json", "--country", "CL"))
    assert {"ana-2021-chile"} <= {row["record"] for row in in_chile}
    assert all("NO" not in row["countries"] for row in in_chile)
    assert json.loads(_timeline(kb, "--format", "json")) == everything


def test_cited_and_selected_listings_are_computed(kb, monkeypatch):
    _timeline(kb, "--format", "json")
    _refuse_to_compute(monkeypatch)
    for options in (["--cite"], ["--fields", "date"]):
        ran = cli("timeline", "-d", str(kb), *options)
        assert ran.returncode == 1 and "computed, not recalled" in ran.stderr, options


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda store: store.write_bytes(b"not a database at all" * 100), id="not-a-database"),
        pytest.param(
            lambda store: _sql(store, "UPDATE chunks SET data = substr(data, 1, length(data) - 1) || x'00'"),
            id="a-changed-chunk",
        ),
        pytest.param(lambda store: _sql(store, "DELETE FROM chunks WHERE seq = 0"), id="a-missing-chunk"),
    ],
)
def test_a_damaged_store_is_removed_and_the_answer_computed(kb, damage):
    expected = _timeline(kb, "--format", "json")
    store = _store(kb)
    assert store.exists()
    damage(store)
    assert _timeline(kb, "--format", "json") == expected
    assert _timeline(kb, "--format", "json") == expected  # kept again, then served


def _sql(store: Path, statement: str) -> None:
    db = sqlite3.connect(store)
    db.execute(statement)
    db.commit()
    db.close()


def test_an_unwritable_store_only_means_computing_again(kb, tmp_path):
    expected = _timeline(kb, "--format", "json")
    store = _store(kb)
    store.unlink()
    store.mkdir()  # a folder where the file should be: neither readable nor writable as a database
    try:
        assert _timeline(kb, "--format", "json") == expected
    finally:
        store.rmdir()


def test_answers_beyond_the_limit_go_first_in_first_out(tmp_path):
    index = tmp_path / "index.sqlite"
    for number in range(answers.KEPT_PER_GENERATION + 2):
        answers.keep(index, "g1", f"key-{number}", [json.dumps({"n": number})])
    assert answers.recall(index, "g1", "key-0") is None
    assert answers.recall(index, "g1", "key-1") is None
    kept = answers.recall(index, "g1", f"key-{answers.KEPT_PER_GENERATION + 1}")
    assert (
        kept is not None
        and b"".join(answers.lines_of(kept)) == json.dumps({"n": answers.KEPT_PER_GENERATION + 1}).encode()
    )
    answers.keep(index, "g2", "key-0", ["{}"])
    assert answers.recall(index, "g1", "key-5") is None  # another generation: all older answers dropped


def test_a_long_answer_spans_chunks_in_order(tmp_path):
    index = tmp_path / "index.sqlite"
    lines = [json.dumps({"n": n}) for n in range(answers.CHUNK_ROWS * 2 + 5)]
    answers.keep(index, "g", "long", lines)
    kept = answers.recall(index, "g", "long")
    assert kept is not None and len(kept) == 3
    assert b"\n".join(answers.lines_of(kept)).decode().split("\n") == lines


def test_a_store_of_another_layout_is_replaced(tmp_path):
    index = tmp_path / "index.sqlite"
    _sql(answers.store_of(index), "CREATE TABLE answers(key TEXT)")  # an older layout, user_version 0
    assert answers.recall(index, "g", "k") is None
    answers.keep(index, "g", "k", ['{"a":1}'])
    kept = answers.recall(index, "g", "k")
    assert kept is not None and list(answers.lines_of(kept)) == [b'{"a":1}']
