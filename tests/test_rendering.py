"""Output is inert: one rule for every invisible or control character, and no forged lines."""

import io
import json
import sys
import unicodedata

from visitkb.diagnostics import Diagnostic
from visitkb.rendering import _UNSAFE, DiagnosticFormat, _json_safe, inert, render_diagnostics


def test_the_rule_is_every_control_format_and_separator_character_but_tab_and_newline():
    invisible = {
        chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) in ("Cc", "Cf", "Zl", "Zp")
    } - {"\t", "\n"}
    matched = {chr(c) for c in range(sys.maxunicode + 1) if _UNSAFE.match(chr(c))}
    assert invisible <= matched
    # The class also names characters that newer Unicode versions make format characters.
    assert {unicodedata.category(c) for c in matched - invisible} <= {"Cn"}


def test_invisible_characters_are_shown_as_escapes_everywhere():
    text = "a\u200bb\u200cc\u200dd\u2060e\ufefff\u061cg\u200eh\u202ei\x1bj\U000e0041k"
    shown = inert(text)
    assert shown == "a\\u200bb\\u200cc\\u200dd\\u2060e\\ufefff\\u061cg\\u200eh\\u202ei\\x1bj\\U000e0041k"
    assert json.loads(_json_safe(json.dumps(text, ensure_ascii=False))) == text  # JSON stays exact


def test_a_file_name_cannot_forge_a_line_or_a_workflow_command():
    name = "x.yaml\n::error file=README.md,line=1::forged\x1b[31m\u202e"
    problem = Diagnostic(name, 3, 4, "yaml-syntax", "invalid YAML: oops", hint="look\nhere")
    out = io.StringIO()
    render_diagnostics([problem], DiagnosticFormat.github, out)
    assert out.getvalue().count("\n") == 1
    assert out.getvalue().startswith(
        "::error file=x.yaml%0A%3A%3Aerror file=README.md%2Cline=1%3A%3Aforged\\x1b[31m"
        "\\u202e,line=3,col=4,title=yaml-syntax::"
    )
    out = io.StringIO()
    render_diagnostics([problem], DiagnosticFormat.text, out)
    lines = out.getvalue().splitlines()
    assert lines == [
        "x.yaml\\x0a::error file=README.md,line=1::forged\\x1b[31m\\u202e:3:4: error[yaml-syntax]: invalid YAML: oops",
        "  hint: look\\x0ahere",
    ]


def test_tsv_is_what_the_csv_module_writes_of_the_flattened_cells():
    import csv

    from hypothesis import given
    from hypothesis import strategies as st

    from visitkb.rendering import Format, Listing, render

    listing = Listing("things", columns={"a": lambda r: r["a"], "b": lambda r: r["b"]})

    @given(st.lists(st.fixed_dictionaries({"a": st.text(), "b": st.text() | st.none()}), max_size=5))
    def check(rows):
        out = io.StringIO()
        render(listing, rows, Format.tsv, out)
        expected = io.StringIO()
        writer = csv.writer(expected, delimiter="\t", lineterminator="\n")
        writer.writerow(["a", "b"])
        for row in rows:
            writer.writerow(
                [
                    inert((v or "").replace("\t", " ").replace("\n", " ").replace("\r", " "))
                    for v in (row["a"], row["b"])
                ]
            )
        assert out.getvalue() == expected.getvalue()

    check()
