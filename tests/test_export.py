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
    keys = [json.loads(line) for line in (tmp_path / "out" / "country_names.jsonl").read_text().splitlines()]
    assert {row["code"]: row["iso3"] for row in keys}["PE"] == "PER"


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


def test_sqlite_declares_column_types_and_carries_what_the_cli_derives(interop, tmp_path):
    to_sqlite(interop, tmp_path / "kb.db")
    db = sqlite3.connect(tmp_path / "kb.db")

    def types(table):
        return {name: kind for _, name, kind, *_ in db.execute(f"PRAGMA table_info('{table}')")}

    assert types("visits")["date_earliest"] == "DATE" and types("visits")["start"] == "TEXT"
    assert types("agreements")["count_value"] == "INTEGER"
    assert types("events")["number"] == "INTEGER"
    assert types("country_names")["cow_code"] == "INTEGER"
    assert all(kind for table in ("trips", "visits", "meetings", "citations") for kind in types(table).values())
    legs = {row[0]: row[1:] for row in db.execute("SELECT id, date_earliest, date_latest, date_precision FROM visits")}
    assert legs["ana-2020-japan"] == ("2020-06-27", "2020-06-29", "day")
    meeting = db.execute(
        "SELECT date_earliest, date_latest, dated_by, cameo, plover_event, plover_mode FROM meetings "
        "WHERE id = 'ana-ola-2019-oslo'"
    ).fetchone()
    assert meeting == ("2019-03-01", "2019-03-03", "visit", "042", "CONSULT", "visit")  # dated by its leg
    assert db.execute("SELECT dated_by FROM agreements WHERE id = 'ana-2019-energy'").fetchone() == ("visit",)
    assert db.execute(
        "SELECT code FROM event_codes WHERE record_id = 'ana-min-2020-tokyo' AND scheme = 'CAMEO'"
    ).fetchall() == [("044",), ("044",)]
    keys = db.execute("SELECT iso3, iso_numeric, iso3166_3, cow_code, cow_abb FROM country_names WHERE code = 'SUHH'")
    assert keys.fetchone() == ("SUN", "810", "SUHH", 365, "RUS")
    assert db.execute("SELECT wikidata FROM people WHERE id = 'ana-lima'").fetchone() == ("Q100001",)
    assert db.execute("SELECT wikidata FROM country_names WHERE code = 'BR'").fetchone() == ("Q155",)
    assert db.execute(
        "SELECT country_iso3, country_cow_code FROM visits WHERE id = 'ivan-1979-brazil-leg'"
    ).fetchone() == (
        "BRA",
        140,
    )
    assert types("agreement_parties")["party_cow_code"] == "INTEGER"
    parties = db.execute("SELECT party, party_iso3 FROM agreement_parties WHERE agreement_id = 'g20-2020-declaration'")
    assert parties.fetchall() == [("g20", None)]  # an organization has no country keys
    assert db.execute("SELECT date_earliest, date_precision FROM offices WHERE person_id = 'ola-berg'").fetchone() == (
        "2013-01-01",
        "year",
    )
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_sqlite_targets_carry_the_status_and_progress_the_cli_computes(bundled, tmp_path):
    to_sqlite(bundled, tmp_path / "kb.db")
    db = sqlite3.connect(tmp_path / "kb.db")
    exported = {row[0]: row[1:] for row in db.execute("SELECT id, status, progress FROM targets")}
    computed = {row["id"]: (row["status"], row["progress"]) for row in queries.targets(bundled)}
    assert exported == computed and exported


def _plover(kb, tmp_path):
    from visitkb.export import to_plover

    counts = to_plover(kb, tmp_path / "events.jsonl")
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return counts, [json.loads(line) for line in lines]


def test_plover_export_has_one_event_per_leg_meeting_and_signed_agreement(bundled, tmp_path):
    counts, events = _plover(bundled, tmp_path)
    legs = [leg["id"] for trip in bundled.records("trips") for leg in trip["legs"]]
    signed = [a["id"] for a in bundled.records("agreements") if a["status"] != "expected"]
    meetings = [m["id"] for m in bundled.records("meetings")]
    assert sorted(e["id"] for e in events) == sorted(
        [f"visits/{i}" for i in legs] + [f"meetings/{i}" for i in meetings] + [f"agreements/{i}" for i in signed]
    )
    assert counts == {"visits": len(legs), "meetings": len(meetings), "agreements": len(signed)}
    required = {"id", "date", "enddate", "source", "recipient", "event", "mode", "event_loc", "event_text", "cite_info"}
    for event in events:
        assert required <= set(event), event["id"]
        assert dt.date.fromisoformat(event["date"]) <= dt.date.fromisoformat(event["enddate"])
        assert all(len(actor["code"]) == 3 for actor in event["source"] if actor["sector"] == "GOV")
        assert event["event_text"] and event["cite_info"]["citation"] in event["sources"]
    peru = next(e for e in events if e["id"] == "visits/xi-2016-peru")
    assert (peru["event"], peru["mode"], peru["event_loc"]["cc3"]) == (["CONSULT"], ["visit"], "PER")
    assert [c["code"] for c in peru["cameo"]] == ["042", "043"]
    assert [a["code"] for a in peru["source"]] == ["CHN"] and [a["code"] for a in peru["recipient"]] == ["PER"]


def test_plover_actors_carry_wikidata_ids_and_a_third_country_meeting_is_third_party(interop, tmp_path):
    _, events = _plover(interop, tmp_path)
    by_id = {e["id"]: e for e in events}
    tokyo = by_id["meetings/ana-min-2020-tokyo"]
    assert (tokyo["event"], tokyo["mode"], tokyo["recipient"]) == (["CONSULT"], ["third-party"], [])
    assert [(a["code"], a["actor_text"]) for a in tokyo["source"]] == [("BRA", "Ana Lima"), ("KOR", "Min Seo")]
    assert tokyo["source"][0]["identifier_id"] == "Q100001" and tokyo["event_loc"]["cc3"] == "JPN"
    declaration = by_id["agreements/g20-2020-declaration"]
    assert declaration["source"][0]["code"] == "IGO" and declaration["source"][0]["identifier_id"] == "Q19771"
    assert (declaration["event_loc"]["name"], declaration["event_loc"]["cc3"]) == ("Tokyo", "JPN")  # its event's
    assert "agreements/ana-2027-expected" not in by_id  # only expected: not an event
    planned = by_id["visits/ana-2027-norway-leg"]
    assert (planned["event"], planned["mode"], "future" in planned["context"]) == (["AGREE"], [], True)


def test_plover_export_through_the_cli_wants_a_file(tmp_path):
    result = cli("export", "--to", "plover", "--out", str(tmp_path / "events.jsonl"))
    assert result.returncode == 0, result.stderr
    assert "visits" in result.stderr and (tmp_path / "events.jsonl").stat().st_size > 0
    folder = cli("export", "--to", "plover", "--out", str(tmp_path))
    assert folder.returncode == 2 and "folder" in folder.stderr


def test_a_wikidata_id_must_be_a_q_number(tmp_path):
    from conftest import write_kb

    for bad in ("q42", "Q0", "Q42x", "P31"):
        root = write_kb(
            tmp_path / bad,
            {
                "organizations.yaml": f"organizations:\n  - {{id: un, name: UN, kind: organization, wikidata: {bad}, "
                "citations: [{source: report}]}\n"
            },
        )
        result = cli("check", "-d", str(root))
        assert result.returncode == 1 and "wikidata" in result.stdout + result.stderr, bad


def _duckdb():
    """A function running a query with DuckDB and giving its rows; skips where the parquet extra is missing."""
    duckdb = pytest.importorskip("duckdb", reason="the parquet extra is not installed: pip install '.[parquet]'")
    connection = duckdb.connect()
    return lambda query: connection.execute(query).fetchall()


def test_parquet_export_has_a_typed_file_per_table_that_reads_back(interop, tmp_path):
    sql = _duckdb()
    from visitkb.export import tables, to_parquet

    counts = to_parquet(interop, tmp_path / "parquet")
    expected = tables(interop)
    assert counts == {table: len(rows) for table, rows in expected.items()}
    for table, rows in expected.items():
        path = tmp_path / "parquet" / f"{table}.parquet"
        assert sql(f"SELECT count(*) FROM '{path}'") == [(len(rows),)], table
    visits = tmp_path / "parquet" / "visits.parquet"
    kinds_of = dict(sql(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{visits}')"))
    assert (kinds_of["date_earliest"], kinds_of["start"], kinds_of["id"]) == ("DATE", "VARCHAR", "VARCHAR")
    japan = sql(f"SELECT date_earliest, date_latest, plover_mode FROM '{visits}' WHERE id = 'ana-2020-japan'")
    assert japan == [(dt.date(2020, 6, 27), dt.date(2020, 6, 29), "multilateral")]
    agreements = tmp_path / "parquet" / "agreements.parquet"
    assert sql(f"SELECT count_value FROM '{agreements}' WHERE id = 'ana-2020-korea-documents'") == [(10,)]
    names = tmp_path / "parquet" / "country_names.parquet"
    assert sql(f"SELECT iso3, cow_code FROM '{names}' WHERE code = 'SUHH'") == [("SUN", 365)]
    # What other readers (pandas, Spark) go by: the file's own schema, text marked UTF-8 and days as dates.
    schema = dict(sql(f"SELECT name, converted_type FROM parquet_schema('{visits}')"))
    assert (schema["id"], schema["date_earliest"], schema["country_cow_code"]) == ("UTF8", "DATE", "INT_64")
    empty = tmp_path / "parquet" / "annotations.parquet"  # no rows, and still its columns
    assert sql(f"SELECT count(*) FROM '{empty}'") == [(0,)]


def test_duckdb_over_the_parquet_export_counts_trips_per_leader_as_visitkb_leaders_does(tmp_path):
    import re
    from pathlib import Path

    sql = _duckdb()
    result = cli("export", "--to", "parquet", "--out", str(tmp_path / "parquet"))
    assert result.returncode == 0, result.stderr
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    query = re.search(r"```sql\n(.*?)```", readme.split("### `visitkb export`", 1)[1], re.S).group(1)
    rows = sql(query.replace("'parquet/", f"'{tmp_path / 'parquet'}/"))
    leaders = json.loads(cli("leaders", "--format", "json").stdout)
    assert rows == sorted((leader["id"], leader["trips"]) for leader in leaders)
    assert sum(trips for _, trips in rows) > 0


def test_parquet_without_the_extra_is_one_line_saying_how_to_install_it(tmp_path, monkeypatch):
    from visitkb import export

    monkeypatch.setattr(export, "parquet_available", lambda: False)
    result = cli("export", "--to", "parquet", "--out", str(tmp_path / "parquet"))
    assert result.returncode == 2
    assert result.stderr.strip() == "visitkb: --to parquet needs DuckDB: pip install 'visitkb[parquet]'"
    assert not (tmp_path / "parquet").exists()


def test_plover_export_counts_what_it_left_out_for_want_of_a_date(tmp_path):
    from conftest import write_kb
    from visitkb.export import to_plover

    root = write_kb(
        tmp_path / "kb",
        {
            "more.yaml": """
        people:
          - {id: bo-dahl, name: Bo Dahl, country: NO, citations: [{source: report}]}
        meetings:
          - {id: undated, people: [ana-lima, bo-dahl], citations: [{source: report}]}
    """
        },
    )
    counts = to_plover(load(root), tmp_path / "events.jsonl")
    assert counts == {"visits": 1, "agreements": 1, "left out, with no date": 1}


def test_a_parquet_file_duckdb_cannot_write_is_one_clear_line(tmp_path):
    _duckdb()
    out = tmp_path / "parquet"
    (out / ".visits.parquet.tmp" / "in-the-way").mkdir(parents=True)  # where the file would be written
    result = cli("export", "--to", "parquet", "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith(f"visitkb: cannot write or read {out / '.visits.parquet.tmp'}")
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert not (out / "visits.parquet").exists()


def test_wikidata_ids_reach_the_json_of_leaders_and_the_records(interop, tmp_path):
    leaders = {row["id"]: row for row in queries.leaders(interop)}
    assert leaders["ana-lima"]["wikidata"] == "Q100001" and leaders["ola-berg"]["wikidata"] is None
    to_jsonl(interop, tmp_path / "out")
    people = [json.loads(line) for line in (tmp_path / "out" / "people.jsonl").read_text().splitlines()]
    assert {p["id"]: p["wikidata"] for p in people}["ana-lima"] == "Q100001"
    keys = [json.loads(line) for line in (tmp_path / "out" / "country_names.jsonl").read_text().splitlines()]
    assert {row["code"]: row["wikidata"] for row in keys}["BR"] == "Q155"
    events = {row["id"]: row for row in queries.events(interop)}
    assert events["g20-2020-tokyo"]["wikidata"] is None
