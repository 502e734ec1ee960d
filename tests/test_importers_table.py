"""Importing tables: the mapping file, value maps, date formats, names, rows reported, and the CSV round trip."""

import textwrap

import yaml

from conftest import cli
from visitkb import kinds, load, queries

ROUND_TRIP_MAP = """
source: {id: bundled-csv, publisher: visitkb's CSV export of the bundled knowledge base}
tables:
  - file: trips.csv
    kind: trip
    fields: {id: id, leader: leader, title: title, description: description, departed: departed,
             start: start, end: end, returned: returned, notes: notes}
  - file: visits.csv
    kind: visit
    parent: trip_id
    fields: {id: id, country: country, country_label: country_label, cities: cities, types: types,
             mode: mode, start: start, end: end, events: events, notes: notes}
  - file: agreements.csv
    kind: agreement
    fields: {id: id, title: title, parties: parties, scope: scope, domains: domains, status: status,
             signed: signed, in_force: in_force, signatories: signatories, trip: trip, visit: visit,
             event: event, visits: visits, events: events, notes: notes, count.value: count_value,
             count.qualifier: count_qualifier, count.wording: count_wording}
  - file: stops.csv
    nested: stops
    parent: visit_id
    fields: {city: city, start: start, end: end}
"""


def _plain(value):
    """A record without its sources and empty fields, to compare what a table can carry."""
    if isinstance(value, dict):
        return {
            k: _plain(v) for k, v in value.items() if k not in ("citations", "claims") and v not in (None, [], "", {})
        }
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def test_export_to_csv_then_import_table_gives_the_same_trips_legs_and_agreements(tmp_path):
    assert cli("export", "--to", "csv", "--out", str(tmp_path / "csv")).returncode == 0
    (tmp_path / "map.yaml").write_text(ROUND_TRIP_MAP, encoding="utf-8")
    tables = [str(tmp_path / "csv" / f"{name}.csv") for name in ("trips", "visits", "stops", "agreements")]
    out = tmp_path / "out"
    result = cli("import", "table", *tables, "--map", str(tmp_path / "map.yaml"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "reported 0" in result.stderr
    bundled = load()
    for collection in ("trips", "agreements"):
        written = yaml.safe_load((out / f"{collection}.yaml").read_text(encoding="utf-8"))[collection]
        model = kinds.by_collection(collection).model

        def schema_read(record, model=model):
            return _plain(model.model_validate(record).model_dump(mode="json", exclude_defaults=True))

        assert [schema_read(r) for r in written] == [schema_read(r) for r in bundled.records(collection)], collection


def test_a_sheet_of_one_row_per_leg_with_names_formats_and_value_maps(tmp_path):
    (tmp_path / "sheet.tsv").write_text(
        "Trip\tLeader\tCountry\tArrived\tLeft\tKind\n"
        "modi-2015-gulf\tNarendra Modi\tUnited Arab Emirates\t16/08/2015\t17/08/2015\tState visit\n"
        "modi-2018-gulf\tNarendra Modi\tJordan\t09/02/2018\t10/02/2018\tTransit\n"
        "modi-2018-gulf\tNarendra Modi\tPalestine\t10/02/2018\t10/02/2018\tState visit\n"
        "modi-2018-gulf\tNarendra Modi\tOman\t11/02/2018\t12/02/2018\tState visit\n"
        "bad-row\tNarendra Modi\tAtlantis\t01/01/2019\t\tState visit\n",
        encoding="utf-8",
    )
    (tmp_path / "map.yaml").write_text(
        textwrap.dedent("""
        source: {id: desk-sheet, publisher: Our desk, title: Gulf trips kept by hand}
        dates: ["%d/%m/%Y"]
        people: {country: India}
        values:
          types: {State visit: state, Transit: stopover}
        tables:
          - kind: trip
            fields:
              id: Trip
              leader: Leader
              title: "Visit by {Leader}"
              legs.id: "{Trip}-{Country}"
              legs.country: Country
              legs.start: Arrived
              legs.end: Left
              legs.types: Kind
        """),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = cli("import", "table", str(tmp_path / "sheet.tsv"), "--map", str(tmp_path / "map.yaml"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "not imported: sheet.tsv row 6:" in result.stderr and "Atlantis" in result.stderr
    assert "read 5, imported 2, merged 0, reported 1" in result.stderr
    kb = load(out)
    assert kb.errors() == []
    trips = {t["id"]: t for t in queries.trips(kb, leader="modi")}
    assert [(leg["country"]["code"], leg["start"], leg["types"]) for leg in trips["modi-2018-gulf"]["legs"]] == [
        ("JO", "2018-02-09", ["stopover"]),
        ("PS", "2018-02-10", ["state"]),
        ("OM", "2018-02-11", ["state"]),
    ]
    modi = kb.get("people", "narendra-modi")
    assert modi["citations"][0]["source"] == "desk-sheet"
    assert kb.get("visits", "modi-2015-gulf-united-arab-emirates")["citations"][0]["note"] == "sheet.tsv row 2"


def test_a_mapping_that_names_a_missing_column_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "t.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "map.yaml").write_text(
        "source: {id: s, publisher: P}\ntables:\n  - kind: trip\n    fields: {id: trip_id}\n", encoding="utf-8"
    )
    result = cli(
        "import", "table", str(tmp_path / "t.csv"), "--map", str(tmp_path / "map.yaml"), "--out", str(tmp_path / "o")
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no column 'trip_id'" in result.stderr
    assert not (tmp_path / "o").exists()
