"""One descriptor per kind: a kind defined here, in a test, loads, checks, indexes, narrows, exports and shows."""

import json
import sqlite3
from typing import Annotated

import pytest

from conftest import cli, write_kb
from visitkb import kinds, load, profiles
from visitkb.export import to_csv, to_sqlite
from visitkb.models import COUNTRY, Id, Record, Ref, ShortText, When
from visitkb.schema import record_file_schema


class Statement(Record):
    """A public statement by a person, somewhere, on a day (a kind that exists only in this test)."""

    speaker: Annotated[Id, Ref("people")]
    country: Annotated[str, Ref(COUNTRY)]
    said_on: When = None
    text: ShortText


STATEMENTS = """
statements:
  - id: s-2019
    speaker: ana-lima
    country: NO
    said_on: 2019-03-02
    text: Energy ties will grow
    citations: [{source: report}]
  - id: s-2020
    speaker: ana-lima
    country: SE
    said_on: 2020-05-01
    text: A new chapter
    citations: [{source: report}]
  - id: s-dangling
    speaker: nobody
    country: NO
    text: Who said this?
    citations: [{source: report}]
  - id: s-future
    speaker: ana-lima
    country: NO
    said_on: 2999-01-01
    text: Not yet said
    citations: [{source: report}]
"""


@pytest.fixture
def statement_kind():
    kind = kinds.register(kinds.Kind("statement", "statements", Statement))
    yield kind
    kinds.unregister("statements")


def test_a_new_kind_is_one_model_and_one_descriptor(tmp_path, statement_kind):
    root = write_kb(tmp_path / "kb", {"statements.yaml": STATEMENTS})
    kb = load(root)

    # Loaded, checked (its reference and its fact date read from the model's marks) and indexed.
    assert sorted(r["id"] for r in kb.records("statements")) == ["s-2019", "s-2020", "s-future"]
    codes = {(d.check, d.code) for d in kb.diagnostics}
    assert ("references", "unknown-reference") in codes and ("date-order", "future-date") in codes

    # Narrowed by the index: by the country it names, and by the days of its fact dates.
    assert [r["id"] for r in kb.records("statements", key="country:SE")] == ["s-2020"]
    assert [r["id"] for r in kb.records("statements", days=("2019-01-01", "2019-12-31"))] == ["s-2019"]

    # Shown, with what it is titled and who refers to it.
    shown = profiles.show(kb, "s-2019")
    assert shown["collection"] == "statements" and shown["record"]["text"] == "Energy ties will grow"

    # Exported: its own table, its reference a foreign key, its countries in country_names.
    to_sqlite(kb, tmp_path / "kb.db")
    db = sqlite3.connect(tmp_path / "kb.db")
    assert db.execute("SELECT count(*) FROM statements").fetchone()[0] == 3
    assert ("speaker", "people") in {(row[3], row[2]) for row in db.execute("PRAGMA foreign_key_list(statements)")}
    assert db.execute("SELECT 1 FROM country_names WHERE code = 'SE'").fetchone()
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    to_csv(kb, tmp_path / "csv")
    assert (tmp_path / "csv" / "statements.csv").read_text().startswith("id,")

    # In the JSON Schema of record files.
    assert "statements" in record_file_schema()["properties"]


def test_a_new_kind_can_be_added_from_the_command_line(tmp_path, statement_kind):
    from visitkb.adding import add, addable

    root = write_kb(tmp_path / "kb", {})
    assert "statement" in addable()
    result = add(
        "statement",
        {"id": "s-1", "speaker": "ana-lima", "country": "NO", "text": "Hello", "citations": [{"source": "report"}]},
        [root],
    )
    assert not result.diagnostics
    assert [r["id"] for r in load(root).records("statements")] == ["s-1"]


def test_every_kind_has_a_model_with_an_id_or_a_parent_and_a_unique_name():
    names = [k.name for k in kinds.all_kinds()]
    assert len(names) == len(set(names))
    for kind in kinds.all_kinds():
        assert ("id" in kind.model.model_fields) == kind.identified, kind.name
        if kind.parent:
            assert kind.parent.field in kinds.by_collection(kind.parent.collection).model.model_fields


def test_add_help_lists_every_kind():
    text = cli("add", "--help").stdout
    assert all(kind.name in text for kind in kinds.all_kinds())


def test_the_loader_suggests_a_known_collection_for_a_typo(tmp_path):
    root = write_kb(tmp_path / "kb", {"x.yaml": "trip:\n  - {id: a}\n"})
    problem = next(d for d in load(root).diagnostics if d.code == "unknown-collection")
    assert problem.hint == "did you mean 'trips'?"
    assert json.dumps(problem.as_dict())
