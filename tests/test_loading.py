"""Loading: valid records in, every problem out as FILE:LINE:COL diagnostics, nothing raised."""

from pathlib import Path

import pytest

from conftest import write_kb
from visitkb import load
from visitkb.datadirs import bundled_data_dir


def problems(kb):
    return [(Path(d.file).name, d.line, d.column, d.code) for d in kb.diagnostics]


def test_the_bundled_knowledge_base_loads_with_zero_problems(bundled):
    assert bundled.diagnostics == []
    assert bundled.skipped == 0
    assert {t["id"] for t in bundled.records("trips")} >= {
        "xi-2013-latin-america",
        "xi-2014-latin-america",
        "xi-2016-latin-america",
    }


def _citations(value):
    """Every citation dict nested anywhere in a record dict."""
    if isinstance(value, dict):
        if "source" in value and "excerpt" in value:
            yield value
        for item in value.values():
            yield from _citations(item)
    elif isinstance(value, list):
        for item in value:
            yield from _citations(item)


def _all_records(kb):
    from visitkb import kinds

    return [r for name in kinds.collections() if name != "sources" for r in kb.records(name)]


def test_every_bundled_excerpt_is_verbatim_in_the_archived_seed(bundled):
    assert bundled.check(["excerpts"], [bundled_data_dir() / "archive"]) == []
    quoted = [c for r in _all_records(bundled) for c in _citations(r) if c["excerpt"]]
    assert len(quoted) > 20


def test_every_bundled_record_cites_a_known_source(bundled):
    source_ids = bundled.ids("sources")
    cited = [c["source"] for r in _all_records(bundled) for c in _citations(r)]
    assert len(cited) > 79 and set(cited) <= source_ids


def test_a_valid_directory_loads(kb_dir):
    kb = load(kb_dir)
    assert kb.diagnostics == []
    assert [t["id"] for t in kb.records("trips")] == ["ana-2019"]
    assert next(kb.records("trips"))["legs"][0]["country"] == "NO"  # Norway, not False


def test_unknown_field_is_located_and_the_nearest_field_suggested(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "people.yaml": """
        people:
          - id: ana-lima
            name: Ana Lima
            contry: BR
            country: BR
            citations: [{source: report}]
    """
        },
    )
    kb = load(root)
    assert problems(kb)[0] == ("people.yaml", 4, 5, "unknown-field")
    assert kb.diagnostics[0].hint == "did you mean 'country'?"
    # What needs the invalid person says why it is left out too: the trip, then its agreement.
    assert [d.message for d in kb.diagnostics[1:]] == [
        "person 'ana-lima' is invalid, so this record is left out too",
        "visit 'ana-2019-norway' is invalid, so this record is left out too",
    ]


def test_a_bad_value_is_located_at_the_value(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "trips/ana-2019.yaml": """
        trips:
          - id: ana-2019
            leader: ana-lima
            title: Visit
            citations: [{source: report}]
            legs:
              - id: ana-2019-norway
                country: NO
                types: [official]
                start: 2019-02-30
                citations: [{source: report}]
    """
        },
    )
    kb = load(root)
    assert problems(kb) == [("ana-2019.yaml", 10, 16, "invalid-value")]
    assert "day 30 does not exist in 2019-02" in kb.diagnostics[0].message
    assert kb.count("trips") == 0 and kb.skipped == 1


def test_missing_field_is_reported_at_its_record(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "people.yaml": """
        people:
          - id: ana-lima
            country: BR
            citations: [{source: report}]
    """
        },
    )
    kb = load(root)
    assert problems(kb)[0] == ("people.yaml", 2, 5, "missing-field")
    assert "'name'" in kb.diagnostics[0].message


def test_unknown_references_are_errors_and_their_records_are_left_out(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "more.yaml": """
        trips:
          - id: bob-2020
            leader: bob
            title: Visit
            citations: [{source: reprt}]
            legs:
              - id: bob-2020-xx
                country: XX
                types: [state]
                citations: [{source: report}]
    """
        },
    )
    kb = load(root)
    found = {(d.line, d.code, d.message) for d in kb.diagnostics}
    assert (3, "unknown-reference", "unknown person 'bob'") in found
    assert (5, "unknown-reference", "unknown source 'reprt'") in found
    assert (8, "unknown-reference", "'XX' is not an ISO 3166-1 alpha-2 country code") in found
    hints = {d.hint for d in kb.diagnostics}
    assert "did you mean 'report'?" in hints
    assert [t["id"] for t in kb.records("trips")] == ["ana-2019"]  # the valid trip is still there


def test_duplicate_ids_point_at_the_first_and_keep_it(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "zz-dup.yaml": """
        people:
          - id: ana-lima
            name: Another Ana
            country: PT
            citations: [{source: report}]
    """
        },
    )
    kb = load(root)
    assert problems(kb) == [("zz-dup.yaml", 2, 9, "duplicate-id")]
    assert "people.yaml:2" in kb.diagnostics[0].message
    assert [p["name"] for p in kb.records("people")] == ["Ana Lima"]


def test_removing_a_record_cascades_to_records_that_need_it(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "people.yaml": """
        people:
          - id: ana-lima
            name: Ana Lima
            country: ZZ
            citations: [{source: report}]
    """
        },
    )
    kb = load(root)
    assert kb.count("people") == 0 and kb.count("trips") == 0
    assert [d.message for d in kb.diagnostics] == [
        "'ZZ' is not an ISO 3166-1 alpha-2 country code",
        "person 'ana-lima' is invalid, so this record is left out too",
        "visit 'ana-2019-norway' is invalid, so this record is left out too",
    ]
    assert kb.count("agreements") == 0 and kb.skipped == 3


def test_end_before_start_is_an_error(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "trips/ana-2019.yaml": """
        trips:
          - id: ana-2019
            leader: ana-lima
            title: Visit
            start: 2019-03-05
            end: 2019-03-01
            citations: [{source: report}]
            legs:
              - id: ana-2019-norway
                country: NO
                types: [official]
                citations: [{source: report}]
    """
        },
    )
    kb = load(root)
    assert problems(kb) == [("ana-2019.yaml", 6, 10, "date-order")]


def test_excerpts_only_from_archived_sources(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "people.yaml": """
        people:
          - id: ana-lima
            name: Ana Lima
            country: BR
            citations: [{source: report, excerpt: words we do not hold}]
    """
        },
    )
    kb = load(root)
    assert [(d.code, d.severity) for d in kb.diagnostics] == [("excerpt-without-archive", "warning")]
    assert [p["id"] for p in kb.records("people")] == ["ana-lima"]


def test_file_shapes_and_unknown_collections(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "list.yaml": "- a\n- b\n",
            "typo.yaml": "trps: []\n",
            "scalar.yaml": "trips: 3\n",
        },
    )
    kb = load(root)
    assert problems(kb) == [
        ("list.yaml", 1, 1, "file-shape"),
        ("scalar.yaml", 1, 1, "collection-shape"),
        ("typo.yaml", 1, 1, "unknown-collection"),
    ]
    assert kb.diagnostics[-1].hint == "did you mean 'trips'?"
    assert [t["id"] for t in kb.records("trips")] == ["ana-2019"]


def test_a_missing_data_directory_or_a_file_is_a_usage_error_and_an_empty_one_a_warning(tmp_path):
    from visitkb import UsageError

    with pytest.raises(UsageError, match="does not exist"):
        load(tmp_path / "nope")
    (tmp_path / "file.yaml").write_text("sources: []\n")
    with pytest.raises(UsageError, match="is a file, not a data directory"):
        load(tmp_path / "file.yaml")
    (tmp_path / "empty").mkdir()
    kb = load(tmp_path / "empty")
    assert [(d.code, d.severity) for d in kb.diagnostics] == [("empty-data-dir", "warning")]
    assert kb.notices == [f"{tmp_path / 'empty'}: no record files in this data directory"]


def test_several_directories_load_together(tmp_path, kb_dir):
    other = write_kb(
        tmp_path / "other",
        {
            "extra.yaml": """
        people:
          - id: bo-chen
            name: Bo Chen
            country: CN
            citations: [{source: report}]
    """
        },
        base=None,
    )
    kb = load([kb_dir, other])
    assert kb.diagnostics == []
    assert sorted(p["id"] for p in kb.records("people")) == ["ana-lima", "bo-chen"]


def test_environment_variable_selects_the_data(monkeypatch, kb_dir):
    monkeypatch.setenv("VISITKB_DATA_DIR", str(kb_dir))
    assert [t["id"] for t in load().records("trips")] == ["ana-2019"]


def test_a_collection_with_nothing_under_it_gets_a_warning(tmp_path):
    root = write_kb(tmp_path / "kb", {"empty.yaml": "trips:\n"})
    problem = next(d for d in load(root).diagnostics if d.file.endswith("empty.yaml"))
    assert (problem.code, problem.severity, problem.line, problem.message) == (
        "empty-collection",
        "warning",
        1,
        "'trips' has no records under it",
    )


def test_a_flood_of_broken_items_is_said_once_per_hundred(tmp_path):
    root = write_kb(tmp_path / "kb", {"flood.yaml": "trips:\n" + "  - just text\n" * 5000})
    kb = load(root)
    flood = [d for d in kb.diagnostics if d.file.endswith("flood.yaml")]
    assert len(flood) == 101 and all(d.code == "record-shape" for d in flood)
    assert flood[-1].message == "4,900 more like this in the file from here on (only the first 100 are listed)"
    assert kb.error_count() == 101


def test_a_knowledge_base_that_extends_the_bundled_one_brings_it_along(tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "kb.yaml").write_text(
        "knowledge_base:\n  - id: desk\n    extends: [bundled]\n"
        "annotations:\n  - id: desk-note\n    kind: trip\n    record: xi-2016-latin-america\n"
        "    notes: [Seen from our desk.]\n    citations: [{source: chinadaily-2016-11-16}]\n",
        encoding="utf-8",
    )
    kb = load(tmp_path / "desk")
    assert kb.dirs == [bundled_data_dir(), tmp_path / "desk"]
    assert kb.errors() == []
    assert "Seen from our desk." in kb.get("trips", "xi-2016-latin-america")["notes"]
