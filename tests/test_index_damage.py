"""Damaged indexes: copies of a real index with bytes flipped at random are never served wrong.

Each damaged copy is put in place of the index and asked several questions. Damage made
through the file system (a tool, a copy, a crash) moves the file's size or times away
from the seal visitkb wrote beside it, so the index is rebuilt before anything is read.
Damage that keeps the file's times (bit rot on the medium, simulated here by resealing)
can only be caught by what the index checks as it reads: SQLite's own structure checks and
the checksum of every record; what these catch is rebuilt in the same command, and what
they miss is counted and reported (see test_index_damage_that_keeps_the_seal).
"""

import os
import random
import shutil

import pytest

from visitkb import UsageError, answer, index, load, profiles, queries
from visitkb.datadirs import bundled_data_dir
from visitkb.writing import process_alive

QUESTIONS = {
    "trips by leader": lambda kb: queries.trips(kb, leader="xi"),
    "agreements by country": lambda kb: queries.agreements(kb, country="peru"),
    "targets": lambda kb: queries.targets(kb, as_of="2026-01-01"),
    "events by year": lambda kb: queries.events(kb, year=2016),
    "timeline": lambda kb: queries.timeline(kb, since="2016-11", until="2016-12"),
    "search": lambda kb: queries.search(kb, "production capacity"),
    "profile": lambda kb: profiles.country(kb, "chile"),
    "check": lambda kb: [str(d) for d in kb.check(None, [bundled_data_dir() / "archive"])],
}


@pytest.fixture
def clean_index(tmp_path, monkeypatch):
    """The bundled knowledge base's index, built in a cache of its own, and the right answers."""
    monkeypatch.setenv("VISITKB_CACHE_DIR", str(tmp_path / "cache"))
    kb = load()
    expected = {name: question(kb) for name, question in QUESTIONS.items()}
    path = index.index_path([bundled_data_dir()])
    kb.db.close()
    return path, path.read_bytes(), expected


def _flip(data: bytes, rng: random.Random) -> bytes:
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(100, len(damaged))  # past the file header, which SQLite checks itself
        damaged[at] ^= 1 << rng.randrange(8)
    return bytes(damaged)


def _campaign(clean_index, copies: int, reseal: bool, seed: int) -> dict[str, int]:
    path, clean, expected = clean_index
    rng = random.Random(seed)
    outcomes = {"right": 0, "wrong": 0}
    for _ in range(copies):
        for name, question in QUESTIONS.items():
            index.discard(path)
            path.write_bytes(_flip(clean, rng))
            if reseal:
                index._seal(path)
            try:
                kb, result = answer(question)  # any other exception fails the test: an internal error
            except UsageError:  # a damaged name table makes a known name unknown
                outcomes["wrong"] += 1
                continue
            outcomes["right" if result == expected[name] else "wrong"] += 1
            kb.db.close()
    return outcomes


def test_damage_through_the_file_system_is_never_served(clean_index):
    assert _campaign(clean_index, copies=8, reseal=False, seed=1) == {"right": 8 * len(QUESTIONS), "wrong": 0}


@pytest.mark.slow
def test_three_hundred_damaged_copies_are_never_served(clean_index):
    assert _campaign(clean_index, copies=300, reseal=False, seed=2) == {"right": 300 * len(QUESTIONS), "wrong": 0}


def test_index_damage_that_keeps_the_seal_never_ends_in_an_internal_error(clean_index):
    outcomes = _campaign(clean_index, copies=8, reseal=True, seed=3)
    assert sum(outcomes.values()) == 8 * len(QUESTIONS)


@pytest.mark.slow
def test_index_damage_that_keeps_the_seal_is_mostly_caught(clean_index, capsys):
    outcomes = _campaign(clean_index, copies=300, reseal=True, seed=4)
    with capsys.disabled():
        print(f"\nsealed damage, 300 copies x {len(QUESTIONS)} questions: {outcomes}")
    assert sum(outcomes.values()) == 300 * len(QUESTIONS)


def test_a_failing_cache_falls_back_to_memory_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("VISITKB_CACHE_DIR", str(tmp_path / "cache"))

    def full(*args, **kwargs):
        raise index.sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(index, "_refresh", full)
    kb = load()
    assert len(queries.trips(kb, leader="xi")) == 3
    assert kb.index_file is None
    assert kb.notices and "cannot be written (database or disk is full)" in kb.notices[0]


def test_an_unwritable_cache_answers_from_memory_and_says_so(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("VISITKB_CACHE_DIR", str(blocked / "cache"))
    kb = load()
    assert len(queries.trips(kb, leader="xi")) == 3
    assert kb.notices and "answering from an index built in memory" in kb.notices[0]


def test_a_killed_build_leaves_no_temporary_file_after_the_next_run(tmp_path, monkeypatch):
    monkeypatch.setenv("VISITKB_CACHE_DIR", str(tmp_path / "cache"))
    load()
    path = index.index_path([bundled_data_dir()])
    dead = 2**22 + 12345  # a process id no process has here
    while process_alive(dead):
        dead += 1
    leftover = path.with_name(f"{path.name}.{dead}.tmp")
    shutil.copy(path, leftover)
    mine = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    mine.write_bytes(b"")
    load()
    assert not leftover.exists() and mine.exists()
