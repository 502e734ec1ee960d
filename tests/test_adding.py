"""visitkb add: checked before writing, every other byte kept, atomic, and safe under concurrency."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import SCRIPT, run_cli
from visitkb import load, queries
from visitkb.adding import AddError, add, insert_item

VISIT = [
    "--trip",
    "ana-2019",
    "-F",
    "id=ana-2019-sweden",
    "-F",
    "country=SE",
    "-F",
    "types=working",
    "-F",
    "start=2019-03-03",
    "--source",
    "report",
    "--note",
    "Went on to Stockholm",
]


def test_a_visit_added_with_one_command_shows_in_trips_and_keeps_every_other_byte(kb_dir):
    trip_file = kb_dir / "trips" / "ana-2019.yaml"
    before = trip_file.read_text()
    result = run_cli("add", "visit", "-d", str(kb_dir), *VISIT)
    assert result.returncode == 0, result.stderr
    assert "added visit ana-2019-sweden" in result.stderr
    after = trip_file.read_text()
    added = [line for line in after.splitlines(keepends=True) if line not in before.splitlines(True)]
    assert "".join(line for line in after.splitlines(True) if line not in added) == before
    legs = queries.trips(load(kb_dir))[0]["legs"]
    assert [(leg["id"], leg["country"]["code"], leg["types"]) for leg in legs] == [
        ("ana-2019-norway", "NO", ["official"]),
        ("ana-2019-sweden", "SE", ["working"]),
    ]
    # An open leg lasts until the trip ends (here the same day), never beyond it.
    assert "Sweden, 2019-03-03: working" in run_cli("trips", "-d", str(kb_dir)).stdout


@pytest.mark.parametrize(
    "fields,expected",
    [
        (["-F", "country=ZZ"], "'ZZ' is not an ISO 3166-1 alpha-2 country code"),
        (["-F", "start=2019-02-30"], "day 30 does not exist in 2019-02"),
        (["-F", "id=ana-2019-norway"], "visit id 'ana-2019-norway' is already used"),
        (["--source", "nowhere"], "unknown source 'nowhere'"),
    ],
)
def test_a_bad_record_is_refused_with_check_diagnostics_and_nothing_is_written(kb_dir, fields, expected):
    def record_files():  # the add lock (.visitkb-add.lock) is not a record file
        return {p: p.read_bytes() for p in kb_dir.rglob("*") if p.is_file() and not p.name.startswith(".")}

    before = record_files()
    base = {"id": "id=ana-2019-sweden", "country": "country=SE", "start": "start=2019-03-03"}
    args = ["--trip", "ana-2019", "-F", "types=working"]
    for value in base.values():
        if not any(f.startswith(value.split("=")[0] + "=") for f in fields):
            args += ["-F", value]
    if "--source" not in fields:
        args += ["--source", "report"]
    result = run_cli("add", "visit", "-d", str(kb_dir), *args, *fields)
    assert result.returncode == 1, result.stderr
    assert expected in result.stderr
    assert "ana-2019.yaml:" in result.stderr and "nothing written" in result.stderr
    assert record_files() == before


def test_records_from_standard_input_as_json_or_yaml(kb_dir):
    record = {
        "id": "ana-2019-culture",
        "title": "Culture memorandum",
        "parties": ["BR", "NO"],
        "visit": "ana-2019-norway",
        "citations": [{"source": "report"}],
    }
    result = run_cli("add", "agreement", "-d", str(kb_dir), input_text=json.dumps(record))
    assert result.returncode == 0, result.stderr
    yaml_record = textwrap.dedent("""
        id: rel-br-no
        countries: [BR, NO]
        established: 1905
        citations: [{source: report}]
    """)
    assert run_cli("add", "relation", "-d", str(kb_dir), input_text=yaml_record).returncode == 0
    kb = load(kb_dir)
    assert kb.errors() == []
    assert kb.get("agreements", "ana-2019-culture")["parties"] == ["BR", "NO"]
    assert (kb_dir / "relations.yaml").exists() and kb.get("relations", "rel-br-no")


def test_dry_run_prints_the_record_and_writes_nothing(kb_dir):
    before = (kb_dir / "trips" / "ana-2019.yaml").read_bytes()
    result = run_cli("add", "visit", "-d", str(kb_dir), "--dry-run", *VISIT)
    assert result.returncode == 0
    assert "- id: ana-2019-sweden" in result.stdout and "dry run" in result.stderr
    assert (kb_dir / "trips" / "ana-2019.yaml").read_bytes() == before


def test_the_bundled_knowledge_base_is_never_written():
    result = run_cli("add", "source", "-F", "id=x", "-F", "publisher=Me")
    assert result.returncode == 2 and "give --data-dir" in result.stderr


def test_twenty_adds_at_once_leave_twenty_records_and_a_file_that_loads(kb_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("VISITKB_")}
    env["VISITKB_CACHE_DIR"] = os.environ["VISITKB_CACHE_DIR"]
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "visitkb"]
    workers = [
        subprocess.Popen(
            command + ["add", "source", "-d", str(kb_dir), "-F", f"id=wire-{n}", "-F", f"publisher=Wire {n}"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(20)
    ]
    outcomes = [(w.wait(timeout=300), w.stderr.read()) for w in workers]
    assert [code for code, _ in outcomes] == [0] * 20, outcomes
    kb = load(kb_dir)
    assert kb.errors() == []
    assert {s["id"] for s in kb.records("sources")} == {"report"} | {f"wire-{n}" for n in range(20)}


def test_a_failed_write_leaves_the_file_as_it_was(kb_dir, monkeypatch):
    trip_file = kb_dir / "trips" / "ana-2019.yaml"
    before = trip_file.read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("visitkb.writing.os.replace", disk_full)
    record = {"id": "ana-2019-sweden", "country": "SE", "types": ["working"], "citations": [{"source": "report"}]}
    with pytest.raises(OSError):
        add("visit", record, kb_dir, parent="ana-2019")
    assert trip_file.read_bytes() == before
    assert [p.name for p in trip_file.parent.iterdir()] == ["ana-2019.yaml"]


def test_an_unknown_kind_or_field_is_a_usage_error(kb_dir):
    result = run_cli("add", "summitry", "-d", str(kb_dir), "-F", "id=x")
    assert result.returncode == 2 and "use one of: knowledge-base, source, country, person" in result.stderr
    result = run_cli("add", "source", "-d", str(kb_dir), "-F", "publsher=Me")
    assert result.returncode == 2 and "did you mean 'publisher'?" in result.stderr


@pytest.mark.parametrize(
    "text,path,expected",
    [
        (
            "trips:\n- id: a\n  legs: []\nagreements: []\n",
            ("trips",),
            "trips:\n- id: a\n  legs: []\n- id: b\nagreements: []\n",
        ),
        (
            "# top comment\nsources:\n  - id: a   # keep me\n\n# trailing\nevents:\n",
            ("sources",),
            "# top comment\nsources:\n  - id: a   # keep me\n  - id: b\n\n# trailing\nevents:\n",
        ),
        ("sources:\r\n  - id: a\r\n", ("sources",), "sources:\r\n  - id: a\r\n  - id: b\r\n"),
        ("sources:\n  - id: a\n", ("events",), "sources:\n  - id: a\n\nevents:\n  - id: b\n"),
        ("events:\n", ("events",), "events:\n  - id: b\n"),
    ],
)
def test_insert_item_adds_lines_and_changes_no_others(text, path, expected):
    new, inserted = insert_item(text, path, {"id": "b"})
    assert new == expected


def test_insert_item_into_a_nested_list_and_a_missing_nested_key():
    text = "targets:\n  - id: t\n    title: T\n  - id: u\n    title: U\n"
    new, _ = insert_item(text, ("targets", 0, "observations"), {"value": "1"})
    assert new == "targets:\n  - id: t\n    title: T\n    observations:\n      - value: 1\n  - id: u\n    title: U\n"
    with pytest.raises(AddError):
        insert_item("legs: [\n", ("legs",), {"id": "x"})


def test_a_crlf_file_stays_crlf_and_keeps_every_byte(kb_dir):
    trip_file = kb_dir / "trips" / "ana-2019.yaml"
    before = trip_file.read_bytes().replace(b"\n", b"\r\n")
    trip_file.write_bytes(before)
    result = add(
        "visit",
        {"id": "ana-2019-se", "country": "SE", "types": ["working"], "citations": [{"source": "report"}]},
        [kb_dir],
        parent="ana-2019",
    )
    assert not result.diagnostics
    after = trip_file.read_bytes()
    added = after.splitlines(keepends=True)
    for line in before.splitlines(keepends=True):
        added.remove(line)  # every line of the file is still there, CRLF and all
    assert added and all(line.endswith(b"\r\n") for line in after.splitlines(keepends=True))


def test_add_writes_only_inside_the_data_directory(kb_dir):
    with pytest.raises(AddError, match="must name a .yaml file inside the data directory"):
        add("source", {"id": "s2", "publisher": "P"}, [kb_dir], file=kb_dir / ".." / "outside.yaml")
    assert not (kb_dir.parent / "outside.yaml").exists()


def test_a_very_long_id_gets_the_schema_s_message_not_a_file_system_error(kb_dir):
    long_id = "x" * 300
    result = add(
        "trip",
        {
            "id": long_id,
            "leader": "ana-lima",
            "title": "T",
            "citations": [{"source": "report"}],
            "legs": [{"id": "y", "country": "SE", "types": ["state"], "citations": [{"source": "report"}]}],
        },
        [kb_dir],
    )
    assert result.diagnostics and "at most 120 characters" in result.diagnostics[0].message


def test_an_add_waiting_too_long_for_another_says_so(kb_dir, monkeypatch):
    from filelock import FileLock

    from visitkb import adding

    monkeypatch.setattr(adding, "LOCK_WAIT", 0.2)
    with FileLock(str(kb_dir / adding.LOCK_NAME)), pytest.raises(AddError, match="another visitkb has been adding"):
        add("source", {"id": "s2", "publisher": "P", "citations": []}, [kb_dir])


def test_temporary_files_of_a_killed_add_are_removed_by_the_next(kb_dir):
    dead = 2**22 + 4321
    while __import__("visitkb.writing").writing.process_alive(dead):
        dead += 1
    leftover = kb_dir / f".sources.yaml.{dead}.abc123.visitkb.tmp"
    leftover.write_text("half a file")
    add("source", {"id": "s2", "publisher": "P"}, [kb_dir])
    assert not leftover.exists()
