"""Named checks: each diagnostic's exact text, the caret excerpt, and selecting checks by name."""

import io
import textwrap

import pytest
from conftest import MINIMAL, run_cli, write_kb

from visitkb import checks, load
from visitkb.rendering import DiagnosticFormat, render_diagnostics

TRIP = textwrap.dedent(MINIMAL["trips/ana-2019.yaml"]).lstrip("\n")

GOLDEN = {
    "leg-outside-trip": (TRIP.replace("start: 2019-03-01\n        end", "start: 2019-02-20\n        end"),
                         "trips/ana-2019.yaml:12:16: warning[leg-outside-trip]: leg 'ana-2019-norway' "
                         "(2019-02-20..2019-03-03) falls outside its trip (2019-03-01..2019-03-03) "
                         "(hint: correct the leg's dates or the trip's)"),
    "future-date": (TRIP.replace("end: 2019-03-03\n    citations", "end: 2999-03-03\n    citations"),
                    "trips/ana-2019.yaml:6:10: warning[future-date]: end 2999-03-03 is in the future, "
                    "but the record states it as fact (hint: check the year; record an event that has "
                    "not happened as status: planned)"),
    "unknown-claim-field": (TRIP.replace("    citations: [{source: report}]\n    legs",
                                         "    citations: [{source: report}]\n    claims:\n"
                                         "      - {field: strat, value: 2019, citations: [{source: report}]}\n"
                                         "    legs"),
                            "trips/ana-2019.yaml:9:17: error[unknown-claim-field]: claim about 'strat', "
                            "which Trip records lack (hint: name one of: id, citations, claims, notes, "
                            "leader, title, description, start, end, returned, legs)",
                            "trips/ana-2019.yaml:22:12: error[unknown-reference]: visit 'ana-2019-norway' "
                            "is invalid, so this record is left out too (hint: fix the errors reported "
                            "for visit 'ana-2019-norway')"),
    "long-excerpt": (TRIP.replace("    citations: [{source: report}]\n    legs",
                                  "    citations: [{source: archived, excerpt: " + "w" * 301 + "}]\n    legs")
                     + "sources:\n  - {id: archived, publisher: X, archived: text.txt}\n",
                     "trips/ana-2019.yaml:7:45: warning[long-excerpt]: excerpt is 301 characters; quote a "
                     "clause, at most 300 (hint: shorten it to the words that support the fact)"),
}


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_check_diagnostic_golden_text(tmp_path, name):
    content, *expected = GOLDEN[name]
    root = write_kb(tmp_path / "kb", {"trips/ana-2019.yaml": content})
    kb = load(root)
    assert [str(d).replace(f"{root}/", "") for d in kb.diagnostics] == expected


def test_excerpts_are_verified_against_the_archive(tmp_path):
    root = write_kb(tmp_path / "kb", {
        "quotes.yaml": """
            sources:
              - {id: paper, publisher: Gazette, archived: paper.txt}
            people:
              - id: bo
                name: Bo
                country: CN
                citations: [{source: paper, excerpt: the  minister   said}, {source: paper, excerpt: never said}]
        """,
        "archive/paper.txt": "Yesterday the minister\nsaid little.",
    })
    kb = load(root)
    found = checks.run_checks(kb, ["excerpts"], [root / "archive"])
    assert [str(d).replace(f"{root}/", "") for d in found] == [
        "quotes.yaml:7:90: error[excerpt-not-in-source]: excerpt is not verbatim in paper.txt: "
        "'never said' (hint: copy the words exactly from the source)"]
    missing = checks.run_checks(kb, ["excerpts"], [tmp_path / "nowhere"])
    assert [d.code for d in missing] == ["archive-missing"]


def test_text_diagnostics_show_the_line_with_a_caret_and_hint(tmp_path):
    root = write_kb(tmp_path / "kb", {"people.yaml": """
        people:
          - id: ana-lima
            name: Ana Lima
            country: Brazil
            citations: [{source: report}]
    """})
    out = io.StringIO()
    render_diagnostics(load(root).diagnostics, DiagnosticFormat.text, out, excerpts=True)
    assert out.getvalue().replace(f"{root}/", "").splitlines()[:4] == [
        "people.yaml:4:14: error[invalid-value]: country: String should match pattern '^[A-Z]{2}$'",
        "  4 |     country: Brazil",
        "                   ^",
        "  hint: write BR for Brazil",
    ]


def test_checks_can_be_selected_by_name(tmp_path):
    root = write_kb(tmp_path / "kb", {"trips/ana-2019.yaml": GOLDEN["future-date"][0]})
    assert run_cli("check", "references", "--data-dir", str(root)).returncode == 0
    dated = run_cli("check", "date-order", "--data-dir", str(root))
    assert dated.returncode == 0 and "future-date" in dated.stderr      # a warning
    assert run_cli("check", "date-order", "--strict", "--data-dir", str(root)).returncode == 1
    unknown = run_cli("check", "spelling")
    assert unknown.returncode == 2 and "unknown check 'spelling'" in unknown.stderr


def test_every_check_is_named():
    assert checks.CHECK_NAMES == ("schema", "duplicate-ids", "references", "date-order",
                                  "citations", "excerpts")
