"""Named checks: each diagnostic's exact text, the caret excerpt, and selecting checks by name."""

import io
import textwrap

import pytest

from conftest import MINIMAL, cli, write_kb
from visitkb import checks, load
from visitkb.rendering import DiagnosticFormat, render_diagnostics

TRIP = textwrap.dedent(MINIMAL["trips/ana-2019.yaml"]).lstrip("\n")

GOLDEN = {
    "leg-outside-trip": (
        TRIP.replace("start: 2019-03-01\n        end", "start: 2019-02-20\n        end"),
        "trips/ana-2019.yaml:12:16: warning[leg-outside-trip]: leg 'ana-2019-norway' "
        "(2019-02-20 to 2019-03-03) falls outside its trip (2019-03-01 to 2019-03-03) "
        "(hint: correct the leg's dates or the trip's)",
    ),
    "future-date": (
        TRIP.replace("end: 2019-03-03\n    citations", "end: 2999-03-03\n    citations"),
        "trips/ana-2019.yaml:6:10: warning[future-date]: end 2999-03-03 is in the future, "
        "but the record states it as fact (hint: check the year; record an event that has "
        "not happened as status: planned)",
    ),
    "unknown-claim-field": (
        TRIP.replace(
            "    citations: [{source: report}]\n    legs",
            "    citations: [{source: report}]\n    claims:\n"
            "      - {field: strat, value: 2019, citations: [{source: report}]}\n"
            "    legs",
        ),
        "trips/ana-2019.yaml:9:17: error[unknown-claim-field]: claim about 'strat', "
        "which Trip records lack (hint: name one of: id, citations, claims, notes, "
        "leader, title, description, departed, start, end, returned, legs)",
        "trips/ana-2019.yaml:22:12: error[unknown-reference]: visit 'ana-2019-norway' "
        "is invalid, so this record is left out too (hint: fix the errors reported "
        "for visit 'ana-2019-norway')",
    ),
    "long-excerpt": (
        TRIP.replace(
            "    citations: [{source: report}]\n    legs",
            "    citations: [{source: archived, excerpt: " + "w" * 301 + "}]\n    legs",
        )
        + "sources:\n  - {id: archived, publisher: X, archived: text.txt}\n",
        "trips/ana-2019.yaml:7:45: warning[long-excerpt]: excerpt is 301 characters; quote a "
        "clause, at most 300 (hint: shorten it to the words that support the fact)",
    ),
}


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_check_diagnostic_golden_text(tmp_path, name):
    content, *expected = GOLDEN[name]
    root = write_kb(tmp_path / "kb", {"trips/ana-2019.yaml": content})
    kb = load(root)
    assert [str(d).replace(f"{root}/", "") for d in kb.diagnostics] == expected


def test_excerpts_are_verified_against_the_archive(tmp_path):
    root = write_kb(
        tmp_path / "kb",
        {
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
        },
    )
    kb = load(root)
    found = kb.check(["excerpts"], [root / "archive"])
    assert [str(d).replace(f"{root}/", "") for d in found] == [
        "quotes.yaml:7:90: error[excerpt-not-in-source]: excerpt is not verbatim in paper.txt: "
        "'never said' (hint: copy the words exactly from the source)"
    ]
    missing = kb.check(["excerpts"], [tmp_path / "nowhere"])
    assert [d.code for d in missing] == ["archive-missing"]


def test_text_diagnostics_show_the_line_with_a_caret_and_hint(tmp_path):
    root = write_kb(
        tmp_path / "kb",
        {
            "people.yaml": """
        people:
          - id: ana-lima
            name: Ana Lima
            country: Brazil
            citations: [{source: report}]
    """
        },
    )
    out = io.StringIO()
    render_diagnostics(load(root).diagnostics, DiagnosticFormat.text, out, excerpts=True)
    assert out.getvalue().replace(f"{root}/", "").splitlines()[:4] == [
        "people.yaml:4:14: error[invalid-value]: country: 'Brazil' is not a country code "
        "(two capital letters, ISO 3166-1; four for a former state, ISO 3166-3)",
        "  4 |     country: Brazil",
        "                   ^",
        "  hint: write BR for Brazil",
    ]


def test_checks_can_be_selected_by_name(tmp_path):
    root = write_kb(tmp_path / "kb", {"trips/ana-2019.yaml": GOLDEN["future-date"][0]})
    assert cli("check", "references", "--data-dir", str(root)).returncode == 0
    dated = cli("check", "date-order", "--data-dir", str(root))
    assert dated.returncode == 0 and "future-date" in dated.stderr  # a warning
    assert cli("check", "date-order", "--strict", "--data-dir", str(root)).returncode == 1
    unknown = cli("check", "spelling")
    assert unknown.returncode == 2 and "unknown check 'spelling'" in unknown.stderr


def test_every_check_is_registered_with_a_summary_and_the_codes_it_reports():
    assert checks.names() == (
        "schema",
        "duplicate-ids",
        "references",
        "date-order",
        "citations",
        "forms",
        "consistency",
        "excerpts",
    )
    for check in checks.CHECKS.values():
        assert check.summary and check.codes, check.name
        assert (check.run is not None) == (check.stage == "record"), check.name


# Where each helper that builds a diagnostic takes its code (positional index).
_CODE_ARGUMENT = {
    "Diagnostic": 3,
    "refuse": 2,
    "_Refused": 2,
    "_spoil": 3,
    "_diagnostic": 2,
    "_problem": 1,
    "Refused": 0,
    "refused": 0,
}


def _codes_written_in_the_source() -> dict[str, str]:
    """Every diagnostic code written as a literal in the package, with where it is."""
    import ast
    from pathlib import Path

    package = Path(checks.__file__).parent
    found = {}
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            index = _CODE_ARGUMENT.get(name)
            if index is not None and len(node.args) > index and isinstance(node.args[index], ast.Constant):
                found[node.args[index].value] = f"{path.name}:{node.lineno}"
    return found


def test_every_diagnostic_code_in_the_source_belongs_to_a_registered_check():
    written = _codes_written_in_the_source()
    assert len(written) > 20  # the scan sees the codes (it fails if the helpers are renamed)
    orphans = {code: where for code, where in written.items() if checks.owner_of(code) is None}
    assert not orphans, f"register these codes with the check that reports them: {orphans}"


def test_every_diagnostic_reported_is_owned_by_the_check_it_names(tmp_path):
    from test_hostile import CORPUS

    files = {f"hostile-{name}.yaml": content for name, (content, _) in CORPUS.items()}
    files.update({f"golden-{name}.yaml": text for name, (text, *_) in GOLDEN.items()})
    files["dangling.yaml"] = (
        "trips:\n  - id: t\n    leader: nobody\n    title: T\n    citations: [{source: report}]\n"
        "    legs: [{id: t-x, country: XX, types: [state], citations: [{source: report}]}]\n"
    )
    root = write_kb(tmp_path / "kb", files)
    (root / "empty.yaml").write_text("")
    diagnostics = load(root).check(None, [tmp_path / "no-archive"])
    assert {d.check for d in diagnostics} >= {"schema", "references", "date-order", "duplicate-ids"}
    wrong = [str(d) for d in diagnostics if d.code not in checks.CHECKS[d.check].codes]
    assert not wrong, "diagnostics whose code their check does not own:\n" + "\n".join(wrong)


def test_check_help_lists_every_registered_check():
    text = " ".join(cli("check", "--help").stdout.split()).replace("- ", "-")  # help may wrap at a hyphen
    assert all(name in text for name in checks.names())
