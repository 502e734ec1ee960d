"""The index: a query after any change sees it; a damaged index is rebuilt, never served."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_cli, write_kb
from visitkb import IndexCorrupt, answer, load, queries
from visitkb.datadirs import data_dirs_from
from visitkb.index import index_path


def trip_titles(kb_dir) -> list[str]:
    return [row["title"] for row in queries.trips(load(kb_dir))]


def index_file(kb_dir):
    return index_path(data_dirs_from(kb_dir))


def test_the_index_lives_outside_the_data_directory(kb_dir):
    load(kb_dir)
    assert index_file(kb_dir).exists()
    assert not any(p.suffix == ".sqlite" for p in kb_dir.rglob("*"))


def test_an_unchanged_knowledge_base_is_not_read_again(kb_dir, monkeypatch):
    assert trip_titles(kb_dir) == ["Visit to Norway"]

    def refuse(path, today=None):
        raise AssertionError(f"{path} was parsed although nothing changed")

    monkeypatch.setattr("visitkb.facts.read_facts", refuse)
    assert trip_titles(kb_dir) == ["Visit to Norway"]


def test_an_edit_is_seen_by_the_next_query(kb_dir):
    assert trip_titles(kb_dir) == ["Visit to Norway"]
    trip_file = kb_dir / "trips" / "ana-2019.yaml"
    trip_file.write_text(trip_file.read_text().replace("Visit to Norway", "Trip to Oslo, Norway"))
    assert trip_titles(kb_dir) == ["Trip to Oslo, Norway"]


def test_an_edit_that_keeps_size_and_time_is_seen_by_its_bytes(kb_dir):
    trip_file = kb_dir / "trips" / "ana-2019.yaml"
    assert trip_titles(kb_dir) == ["Visit to Norway"]
    before = trip_file.stat()
    trip_file.write_text(trip_file.read_text().replace("Visit to Norway", "Visit to Norge!"))
    os.utime(trip_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert trip_file.stat().st_size == before.st_size
    assert trip_titles(kb_dir) == ["Visit to Norge!"]


def test_an_edit_that_puts_back_an_old_time_is_seen(kb_dir):
    # What cp -p, rsync -t and tar x do: the same size, and a modification time long past.
    trip_file = kb_dir / "trips" / "ana-2019.yaml"
    os.utime(trip_file, ns=(10**18, 10**18))
    assert trip_titles(kb_dir) == ["Visit to Norway"]
    replaced = trip_file.with_name("copy.tmp")
    replaced.write_text(trip_file.read_text().replace("Visit to Norway", "Visit to Norge!"))
    os.utime(replaced, ns=(10**18, 10**18))
    os.replace(replaced, trip_file)
    assert trip_titles(kb_dir) == ["Visit to Norge!"]
    trip_file.write_text(trip_file.read_text().replace("Visit to Norge!", "Visit to Noreg!"))  # in place
    os.utime(trip_file, ns=(10**18, 10**18))
    assert trip_titles(kb_dir) == ["Visit to Noreg!"]


def test_a_new_file_is_seen_by_the_next_query(kb_dir):
    assert trip_titles(kb_dir) == ["Visit to Norway"]
    write_kb(
        kb_dir,
        {
            "trips/ana-2020.yaml": """
        trips:
          - id: ana-2020
            leader: ana-lima
            title: Visit to Chile
            start: 2020-05-01
            citations: [{source: report}]
            legs:
              - {id: ana-2020-chile, country: CL, types: [state], start: 2020-05-01,
                 citations: [{source: report}]}
    """
        },
        base=None,
    )
    assert trip_titles(kb_dir) == ["Visit to Norway", "Visit to Chile"]


def test_a_deleted_file_is_seen_by_the_next_query(kb_dir):
    assert trip_titles(kb_dir) == ["Visit to Norway"]
    (kb_dir / "trips" / "ana-2019.yaml").unlink()
    assert trip_titles(kb_dir) == []
    assert queries.agreements(load(kb_dir)) == []


def test_a_change_in_one_file_rechecks_references_from_the_others(kb_dir):
    people = kb_dir / "people.yaml"
    original = people.read_text()
    people.write_text(original.replace("id: ana-lima", "id: ana-maria-lima"))
    kb = load(kb_dir)
    assert queries.trips(kb) == []
    assert [(d.code, d.message) for d in kb.errors()][:1] == [("unknown-reference", "unknown person 'ana-lima'")]
    people.write_text(original)
    kb = load(kb_dir)
    assert kb.diagnostics == [] and [t["id"] for t in queries.trips(kb)] == ["ana-2019"]


def test_a_garbage_index_is_rebuilt(kb_dir):
    load(kb_dir)
    index_file(kb_dir).write_bytes(b"not a database at all" * 100)
    assert trip_titles(kb_dir) == ["Visit to Norway"]


def test_a_truncated_index_is_rebuilt(kb_dir):
    load(kb_dir)
    path = index_file(kb_dir)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    assert trip_titles(kb_dir) == ["Visit to Norway"]


def _tamper(kb_dir, reseal: bool = False) -> None:
    """Change a record inside the index, as a tool would; with ``reseal``, as bit rot that keeps its times."""
    from visitkb import index

    with sqlite3.connect(index_file(kb_dir)) as db:
        data = db.execute("SELECT data FROM records WHERE id = 'ana-2019'").fetchone()[0]
        db.execute(
            "UPDATE records SET data = ? WHERE id = 'ana-2019'", (data.replace("Visit to Norway", "Visit to Narnia"),)
        )
    if reseal:
        index._seal(index_file(kb_dir))


def test_an_index_written_by_something_else_is_rebuilt_before_it_is_read(kb_dir):
    load(kb_dir)
    _tamper(kb_dir)
    kb = load(kb_dir)
    assert [t["title"] for t in queries.trips(kb)] == ["Visit to Norway"]
    assert kb.notices == [f"the index {index_file(kb_dir)} was changed by something other than visitkb; it was rebuilt"]


def test_a_record_damaged_inside_the_index_is_never_served(kb_dir):
    load(kb_dir)
    _tamper(kb_dir, reseal=True)  # the seal cannot tell: the record's checksum does
    with pytest.raises(IndexCorrupt):
        trip_titles(kb_dir)
    assert trip_titles(kb_dir) == ["Visit to Norway"]  # the next load rebuilt it


def test_answer_rebuilds_a_damaged_index_and_asks_again(kb_dir):
    load(kb_dir)
    _tamper(kb_dir, reseal=True)
    kb, rows = answer(queries.trips, kb_dir)
    assert [t["title"] for t in rows] == ["Visit to Norway"]
    with sqlite3.connect(index_file(kb_dir)) as db:
        db.execute("UPDATE records SET data = replace(data, 'Norway', 'Narnia')")
    result = run_cli("trips", "--data-dir", str(kb_dir), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [t["title"] for t in json.loads(result.stdout)] == ["Visit to Norway"]


def test_a_half_written_index_is_rebuilt(kb_dir):
    load(kb_dir)
    with sqlite3.connect(index_file(kb_dir)) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'complete'")
        db.execute("DELETE FROM records")
    assert trip_titles(kb_dir) == ["Visit to Norway"]


def test_an_unwritable_cache_folder_still_answers(kb_dir, tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("VISITKB_CACHE_DIR", str(blocked / "cache"))
    assert trip_titles(kb_dir) == ["Visit to Norway"]


def test_processes_building_one_index_at_once_all_answer(kb_dir):
    script = (
        "import json, sys; from visitkb import load, queries; "
        "print(json.dumps([t['id'] for t in queries.trips(load(sys.argv[1]))]))"
    )
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(kb_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(6)
    ]
    results = [worker.communicate(timeout=120) for worker in workers]
    assert [(json.loads(out), err) for out, err in results] == [(["ana-2019"], "")] * 6


def test_a_large_knowledge_base_is_read_in_parallel_with_the_same_result(tmp_path, monkeypatch):
    from visitkb import index

    files = {}
    for n in range(6):
        files[f"trips/t{n}.yaml"] = "trips:\n" + "".join(
            f"""
          - id: t{n}-{i}
            leader: ana-lima
            title: Trip {n}.{i}
            start: 2019-03-01
            citations: [{{source: report}}]
            legs:
              - {{id: t{n}-{i}-leg, country: NO, types: [official], citations: [{{source: report}}]}}
        """.replace("\n        ", "\n")
            for i in range(40)
        )
    root = write_kb(tmp_path / "kb", files)
    serial = [t["id"] for t in queries.trips(load(root))]
    monkeypatch.setattr(index, "PARALLEL_MIN_BYTES", 0)
    parallel = [t["id"] for t in queries.trips(load(root, rebuild=True))]
    assert len(serial) == 241 and parallel == serial


def _state(kb):
    """What a user can observe: the valid ids of each collection and every diagnostic."""
    from visitkb import kinds

    return (
        {name: sorted(r["id"] for r in kb.records(name)) for name in kinds.collections()},
        sorted(str(d) for d in kb.diagnostics),
    )


EDITS = [
    ("people.yaml", "id: ana-lima", "id: ana-maria"),  # every trip loses its leader
    ("people.yaml", "id: ana-maria", "id: ana-lima"),  # ... and gets it back
    ("trips/b.yaml", "leader: ana-lima", "leader: nobody"),  # one trip breaks; its deal cascades
    ("trips/b.yaml", "leader: nobody", "leader: ana-lima"),
    ("trips/c.yaml", "id: trip-c\n", "id: trip-b\n"),  # a duplicate id across files
    ("trips/c.yaml", "id: trip-b\n", "id: trip-c\n"),
    ("sources.yaml", "id: wire", "id: wire-2"),  # every citation breaks
    ("sources.yaml", "id: wire-2", "id: wire"),
    ("trips/b.yaml", "end: 2019-05-03", "end: 2019-04-03"),  # dates out of order
    ("trips/b.yaml", "end: 2019-04-03", "end: 2019-05-03"),
    ("trips/a.yaml", "end: 2019-03-03", "end: 2019-02-03"),  # trip a out: d's deal names its leg
    ("trips/a.yaml", "end: 2019-02-03", "end: 2019-03-03"),
    ("sources.yaml", "publisher: Wire}", "publisher: Wire}\n  - {id: wire}"),  # a duplicate, and broken
    ("sources.yaml", "\n  - {id: wire}", ""),
]


def _trip_file(name: str, month: int, visit_ref: str) -> str:
    return f"""
        trips:
          - id: trip-{name}
            leader: ana-lima
            title: Trip {name}
            start: 2019-{month:02d}-01
            end: 2019-{month:02d}-03
            citations: [{{source: wire}}]
            legs:
              - {{id: leg-{name}, country: NO, types: [official], citations: [{{source: wire}}]}}
        agreements:
          - id: deal-{name}
            title: Deal {name}
            parties: [BR, NO]
            visit: {visit_ref}
            citations: [{{source: wire}}]
    """


def test_an_update_in_place_always_equals_a_rebuild_from_scratch(tmp_path, monkeypatch):
    from visitkb import index

    builds = []
    real_build = index._build
    monkeypatch.setattr(index, "_build", lambda *a, **k: builds.append(a) or real_build(*a, **k))

    def updated_in_place(root):
        before = len(builds)
        state = _state(load(root))
        assert len(builds) == before, "expected an update in place, not a rebuild"
        return state

    files = {
        "sources.yaml": "sources:\n  - {id: wire, publisher: Wire}\n",
        "people.yaml": """
            people:
              - id: ana-lima
                name: Ana Lima
                country: BR
                citations: [{source: wire}]
        """,
        "trips/a.yaml": _trip_file("a", 3, "leg-b"),  # refers across files
        "trips/b.yaml": _trip_file("b", 5, "leg-b"),
        "trips/c.yaml": _trip_file("c", 7, "leg-c"),
        "trips/d.yaml": _trip_file("d", 9, "leg-a"),
    }
    root = write_kb(tmp_path / "kb", files, base=None)
    load(root)
    broken_states = 0
    for name, old, new in EDITS:
        path = root / name
        text = path.read_text()
        assert old in text, (name, old)
        path.write_text(text.replace(old, new))
        incremental = updated_in_place(root)
        assert incremental == _state(load(root, rebuild=True)), (name, old, new)
        broken_states += bool(incremental[1])
    assert broken_states == 7  # every other edit breaks something, and the next mends it
    (root / "trips" / "b.yaml").unlink()
    assert updated_in_place(root) == _state(load(root, rebuild=True))
    write_kb(root, {"trips/aa.yaml": _trip_file("aa", 11, "leg-a")}, base=None)
    assert updated_in_place(root) == _state(load(root, rebuild=True))


def test_a_recently_edited_file_is_hashed_until_its_time_is_safe_then_trusted(kb_dir, monkeypatch):
    from visitkb import index

    load(kb_dir)
    trip_file = kb_dir / "trips" / "ana-2019.yaml"
    hashed = []
    real_digest = index._digest
    monkeypatch.setattr(index, "_digest", lambda path: hashed.append(path) or real_digest(path))
    load(kb_dir)
    assert str(trip_file) in hashed  # written just now: only its bytes can tell
    old = trip_file.stat().st_mtime_ns - 10 * index.RACY_NS
    for path in kb_dir.rglob("*.yaml"):
        os.utime(path, ns=(old, old))
    load(kb_dir)  # times changed: read again, settled
    hashed.clear()
    load(kb_dir)
    assert hashed == []  # old enough to trust size and time


def test_a_racy_file_confirmed_unchanged_is_settled_once_its_time_is_safe(kb_dir, monkeypatch):
    import time as real_time

    from visitkb import index

    load(kb_dir)
    hashed = []
    real_digest = index._digest
    monkeypatch.setattr(index, "_digest", lambda path: hashed.append(path) or real_digest(path))
    later = real_time.time_ns() + 3 * index.RACY_NS
    monkeypatch.setattr(index.time, "time_ns", lambda: later)
    load(kb_dir)  # hashed once more, found unchanged, settled
    assert hashed
    hashed.clear()
    load(kb_dir)
    assert hashed == []


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(child) for child in handle.read().split()]
    except OSError:
        return []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads process trees from /proc")
def test_a_killed_cold_build_leaves_no_worker_and_no_temporary_file(tmp_path):
    import signal
    import time

    trip = (
        "  - id: t{n}\n    leader: ana-lima\n    title: Trip number {n} to Norway\n    start: 2019-03-01\n"
        "    citations: [{{source: report, note: A long enough note to make the file bigger than it is.}}]\n"
        "    legs: [{{id: t{n}-leg, country: NO, types: [official], citations: [{{source: report}}]}}]\n"
    )
    files = {
        f"trips/many-{f}.yaml": "trips:\n" + "".join(trip.format(n=f"{f}-{n}") for n in range(1000)) for f in range(8)
    }
    root = write_kb(tmp_path / "kb", files)
    cache = tmp_path / "cache"
    env = {**os.environ, "VISITKB_CACHE_DIR": str(cache)}
    builder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from visitkb import load; load(sys.argv[1])", str(root)], env=env
    )
    workers: list[int] = []
    for _ in range(400):  # wait until the build has started its workers
        workers = _children(builder.pid)
        if workers:
            break
        time.sleep(0.02)
    assert workers, "the build never started workers"
    builder.send_signal(signal.SIGKILL)
    builder.wait()
    for _ in range(50):
        if not any(
            Path(f"/proc/{w}").exists() and "Z" not in Path(f"/proc/{w}/stat").read_text().split()[2] for w in workers
        ):
            break
        time.sleep(0.1)
    alive = [
        w for w in workers if Path(f"/proc/{w}").exists() and Path(f"/proc/{w}/stat").read_text().split()[2] != "Z"
    ]
    assert alive == [], "workers outlived the build that started them"
    subprocess.run(
        [sys.executable, "-c", "import sys; from visitkb import load; load(sys.argv[1])", str(root)],
        env=env,
        check=True,
    )
    assert list(cache.glob("*.tmp")) == []


def _trips_file(count: int, title_of=lambda n: f"Trip {n}") -> str:
    return "".join(
        f"  - id: t{n}\n    leader: ana\n    title: {title_of(n)}\n    start: 2019-03-{n % 28 + 1:02d}\n"
        f"    citations: [{{source: wire}}]\n    legs:\n      - {{id: t{n}-leg, country: NO, types: [official], "
        f"citations: [{{source: wire}}]}}\n"
        for n in range(count)
    )


def test_an_edit_of_one_record_among_many_reads_that_record_alone_and_equals_a_rebuild(tmp_path, monkeypatch):
    from test_index_equivalence import dump
    from visitkb import facts, index

    root = write_kb(
        tmp_path / "kb",
        {
            "base.yaml": "sources:\n  - {id: wire, publisher: Wire}\n"
            "people:\n  - {id: ana, name: Ana Lima, country: BR, citations: [{source: wire}]}\n",
            "trips.yaml": "trips:\n" + _trips_file(40),
        },
    )
    load(root)
    read = []
    real_read_chunk = facts.read_chunk
    monkeypatch.setattr(facts, "read_chunk", lambda *args: read.append(args[1].seq) or real_read_chunk(*args))
    # One title changes, and a line is added above it: every record below moves down one line.
    renamed = _trips_file(40, lambda n: "Trip seven, renamed" if n == 7 else f"Trip {n}")
    edited = "# Trips kept by hand.\ntrips:\n" + renamed
    (root / "trips.yaml").write_text(edited, encoding="utf-8")
    os.utime(root / "trips.yaml", ns=(1, 1))  # the edit is seen by its size; no racy-time rule needed
    kb = load(root)
    assert read == [7]
    assert kb.get("trips", "t7")["title"] == "Trip seven, renamed"
    listed, _ = index.list_files([root])
    assert dump(kb.db) == dump(index._build(":memory:", listed, "", None))
    # An edit that breaks a record is read again as a whole file (after the record alone, which found
    # the problem), and reported where it is.
    (root / "trips.yaml").write_text(edited.replace("country: NO, types: [official]", "country: NO, types: [x]", 1))
    os.utime(root / "trips.yaml", ns=(2, 2))
    broken = load(root)
    assert read == [7, 0]
    assert [(d.line, d.code) for d in broken.errors()] == [(9, "invalid-value")]
    assert dump(broken.db) == dump(index._build(":memory:", index.list_files([root])[0], "", None))


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # A flow list whose second line starts at column 0 with '- ': one record to YAML, two to lines.
        (
            "trips:\n- {id: t1, leader: ana, title: One, citations: [{source: wire}],\n"
            "  legs: [{id: l1, country: NO, types: [official], citations: [{source: wire}]},\n"
            "- {id: l2, country: NO, types: [state], citations: [{source: wire}]}]}\n",
            "trips:\n- {id: t1, leader: ana, title: Uno, citations: [{source: wire}],\n"
            "  legs: [{id: l1, country: NO, types: [official], citations: [{source: wire}]},\n"
            "- {id: l2, country: NO, types: [state], citations: [{source: wire}]}]}\n",
        ),
        # A block scalar holding lines that look like records, and a dash alone on its line.
        (
            "trips:\n-\n  id: t1\n  leader: ana\n  title: One\n  notes:\n  - |\n    - not a record\n    - nor this\n"
            "  citations: [{source: wire}]\n"
            "  legs: [{id: l1, country: NO, types: [official], citations: [{source: wire}]}]\n"
            "# between records\n- {id: t2, leader: ana, title: Two, citations: [{source: wire}],\n"
            "   legs: [{id: l2, country: NO, types: [state], citations: [{source: wire}]}]}\n",
            "trips:\n-\n  id: t1\n  leader: ana\n  title: One\n  notes:\n  - |\n"
            "    - not a record\n    - nor this either\n"
            "  citations: [{source: wire}]\n"
            "  legs: [{id: l1, country: NO, types: [official], citations: [{source: wire}]}]\n"
            "# between records\n- {id: t2, leader: ana, title: Two, citations: [{source: wire}],\n"
            "   legs: [{id: l2, country: NO, types: [state], citations: [{source: wire}]}]}\n",
        ),
    ],
)
def test_files_whose_lines_mislead_are_updated_as_a_rebuild_reads_them(tmp_path, before, after):
    from test_index_equivalence import dump
    from visitkb import index

    root = write_kb(
        tmp_path / "kb",
        {
            "base.yaml": "sources:\n  - {id: wire, publisher: Wire}\n"
            "people:\n  - {id: ana, name: Ana Lima, country: BR, citations: [{source: wire}]}\n",
            "trips.yaml": before,
        },
    )
    load(root)
    (root / "trips.yaml").write_text(after, encoding="utf-8")
    os.utime(root / "trips.yaml", ns=(1, 1))
    kb = load(root)
    assert dump(kb.db) == dump(index._build(":memory:", index.list_files([root])[0], "", None))


def test_records_read_by_id_are_kept_only_up_to_a_bound_and_read_again_after(monkeypatch):
    from visitkb import kb as kb_module
    from visitkb import load, queries

    bundled = load()
    expected = queries.timeline(bundled)
    trips = [t["id"] for t in bundled.records("trips")]
    legs = [(leg["id"], t["id"]) for t in bundled.records("trips") for leg in t["legs"]]
    monkeypatch.setattr(kb_module, "RECORDS_KEPT", 2)
    small = load()
    for leg_id, trip_id in legs * 2:  # every lookup evicts an earlier one
        assert small.get("visits", leg_id)["id"] == leg_id
        assert small.trip_of(leg_id)["id"] == trip_id
    assert all(small.get("trips", t)["id"] == t for t in trips)
    assert len(small._records) <= 2
    assert queries.timeline(small) == expected
