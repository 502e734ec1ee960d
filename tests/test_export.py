"""Exports: SQLite with keys that hold, JSON Lines and CSV that round-trip, a panel, and the schema."""

import csv
import datetime as dt
import json
import sqlite3

import pytest
import yaml

from conftest import cli
from visitkb import kinds, load, queries
from visitkb.datadirs import bundled_data_dir, record_files
from visitkb.export import to_csv, to_jsonl, to_sqlite
from visitkb.queries import citations_in, country_year_panel


def test_sqlite_export_holds_every_record_and_citation_with_keys_that_hold(bundled, tmp_path):
    counts = to_sqlite(bundled, tmp_path / "kb.db")
    db = sqlite3.connect(tmp_path / "kb.db")
    for collection in kinds.collections():
        assert db.execute(f"SELECT count(*) FROM {collection}").fetchone()[0] == bundled.count(collection), collection
    legs = sum(len(t["legs"]) for t in bundled.records("trips"))
    assert db.execute("SELECT count(*) FROM visits").fetchone()[0] == legs
    cited = sum(len(citations_in(r)) for c in kinds.collections() for r in bundled.records(c))
    assert db.execute("SELECT count(*) FROM citations").fetchone()[0] == cited == counts["citations"]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute(
        "SELECT v.id FROM visits v JOIN trips t ON t.id = v.trip_id "
        "JOIN people p ON p.id = t.leader WHERE p.id = 'xi-jinping' AND v.country = 'PE'"
    ).fetchall() == [("xi-2016-peru",)]
    assert db.execute("SELECT count(*) FROM agreement_parties WHERE party = 'PE'").fetchone()[0] == len(
        queries.agreements(bundled, country="PE")
    )
    fks = db.execute("SELECT \"table\" FROM pragma_foreign_key_list('visits')").fetchall()
    assert ("trips",) in fks


def test_sqlite_export_through_the_cli(tmp_path):
    result = cli("export", "--to", "sqlite", "--out", str(tmp_path / "kb.db"))
    assert result.returncode == 0, result.stderr
    assert "trips" in result.stderr
    db = sqlite3.connect(tmp_path / "kb.db")
    assert db.execute("SELECT name FROM country_names WHERE code = 'PE'").fetchone() == ("Peru",)


def test_jsonl_export_equals_the_api_records(bundled, tmp_path):
    to_jsonl(bundled, tmp_path / "out")
    for collection in kinds.collections():
        lines = (tmp_path / "out" / f"{collection}.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == list(bundled.records(collection))


def test_csv_export_has_a_file_per_table_that_csv_reads(bundled, tmp_path):
    counts = to_csv(bundled, tmp_path / "out")
    for table, count in counts.items():
        with open(tmp_path / "out" / f"{table}.csv", encoding="utf-8", newline="") as handle:
            assert len(list(csv.DictReader(handle))) == count, table


def test_country_year_panel_counts_visits_days_agreements_and_carries_the_keys(kb_dir):
    rows = country_year_panel(load(kb_dir))
    assert [(r["country"], r["iso3"], r["cow_code"], r["year"]) for r in rows] == [
        ("BR", "BRA", 140, 2019),
        ("NO", "NOR", 385, 2019),
    ]
    brazil, norway = rows
    assert (brazil["visits_made"], brazil["days_abroad"], brazil["visits_received"]) == (1, 3, 0)
    assert (norway["visits_received"], norway["days_hosted"], norway["visits_made"]) == (1, 3, 0)
    assert brazil["agreements"] == norway["agreements"] == brazil["documents"] == 1
    assert brazil["documents_at_least"] == 0
    result = cli("export", "--panel", "country-year", "--format", "csv", "-d", str(kb_dir))
    assert result.stdout.splitlines()[0].startswith(
        "country,name,iso3,iso_numeric,cow_code,cow_abb,year,visits_made,visits_received,days_abroad"
    )


def test_export_without_a_target_is_a_usage_error():
    result = cli("export")
    assert result.returncode == 2 and "--panel country-year" in result.stderr


def _as_editor_reads_it(value):
    """YAML as an editor's language server sees it: dates stay text (YAML 1.2)."""
    if isinstance(value, dict):
        return {k: _as_editor_reads_it(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_editor_reads_it(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def test_the_json_schema_accepts_every_bundled_file_and_rejects_mistakes(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    result = cli("schema")
    assert result.returncode == 0
    validator = jsonschema.Draft202012Validator(json.loads(result.stdout))
    files = [found.path for found in record_files(bundled_data_dir())[0]]
    assert len(files) > 10
    for path in files:
        data = _as_editor_reads_it(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert list(validator.iter_errors(data)) == [], path
    bad = {
        "trips": [{"id": "x", "leader": "y", "title": "t", "colour": "red", "citations": [{"source": "s"}], "legs": []}]
    }
    messages = [e.message for e in validator.iter_errors(bad)]
    assert any("colour" in m for m in messages)


def test_an_unwritable_destination_is_one_clear_line_not_a_traceback(tmp_path):
    result = cli("export", "--to", "sqlite", "--out", str(tmp_path / "missing" / "kb.db"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"visitkb: cannot write or read {tmp_path / 'missing'}")
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
