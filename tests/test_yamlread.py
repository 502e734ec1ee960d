"""The YAML reader keeps YAML's traps out of the data and says where each one is."""

import time

from visitkb.yamlread import MAX_ALIAS_NODES, parse_bytes


def parse(text: str | bytes):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return parse_bytes(raw, "f.yaml")


def codes(result):
    return [(d.code, d.line, d.column) for d in result.diagnostics]


def test_every_scalar_stays_text_so_yaml_cannot_retype_it():
    result = parse("country: NO\nflag: on\ntime: 1:20\nnum: 012\nver: 1.10\nday: 2016-02-30\n")
    assert result.data == {
        "country": "NO",
        "flag": "on",
        "time": "1:20",
        "num": "012",
        "ver": "1.10",
        "day": "2016-02-30",
    }
    assert result.diagnostics == []


def test_only_plain_null_is_empty():
    result = parse('a: ~\nb: null\nc:\nd: "null"\n')
    assert result.data == {"a": None, "b": None, "c": None, "d": "null"}


def test_positions_of_values_and_keys_are_recorded():
    result = parse("trips:\n  - id: x\n    legs:\n      - country: PE\n")
    assert result.positions[("trips", 0, "legs", 0, "country")] == (4, 18)
    assert result.key_positions[("trips", 0, "legs")] == (3, 5)


def test_duplicate_key_names_both_positions_and_spoils_only_its_record():
    result = parse("trips:\n  - id: a\n    id: b\n  - id: c\n")
    assert codes(result) == [("duplicate-key", 3, 5)]
    assert "first at line 2, column 5" in result.diagnostics[0].message
    assert result.is_invalid(("trips", 0))
    assert not result.is_invalid(("trips", 1))


def test_python_tags_are_refused_not_run():
    result = parse("x: !!python/object/apply:os.system ['echo pwned']\n")
    assert codes(result)[0][0] == "tag"


def test_custom_and_binary_tags_are_refused():
    assert codes(parse("x: !!binary '!!!'\n"))[0][:2] == ("tag", 1)
    assert codes(parse("x: !mine 3\n"))[0][0] == "tag"


def test_merge_keys_are_refused():
    result = parse("base: &b {a: 1}\nrec:\n  <<: *b\n  a: 2\n")
    assert "merge-key" in [c for c, *_ in codes(result)]


def test_recursive_alias_is_refused():
    assert codes(parse("a: &a [*a]\n")) == [("recursive-alias", 1, 4)]


def test_alias_bomb_is_refused_quickly():
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        name = chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    started = time.perf_counter()
    result = parse("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 5
    assert codes(result)[0][0] == "alias-expansion"
    assert f"{MAX_ALIAS_NODES:,}" in result.diagnostics[0].message


def test_a_few_aliases_are_fine():
    result = parse("a: &x [1, 2]\nb: *x\n")
    assert result.data == {"a": ["1", "2"], "b": ["1", "2"]} and not result.diagnostics


def test_deep_nesting_is_refused():
    result = parse("a: " + "[" * 200 + "]" * 200 + "\n")
    assert codes(result)[0][0] in ("too-deep", "yaml-syntax")
    assert result.data is None


def test_invalid_utf8_gets_a_position():
    result = parse(b"a: ok\nb: caf\xe9\n")
    assert codes(result) == [("encoding", 2, 7)]


def test_byte_order_mark_is_accepted():
    assert parse(b"\xef\xbb\xbfa: 1\n").data == {"a": "1"}


def test_crlf_line_endings_are_read():
    result = parse(b"a: 1\r\nb: 2\r\n")
    assert result.data == {"a": "1", "b": "2"} and result.positions[("b",)] == (2, 4)


def test_raw_control_characters_are_refused_with_position():
    assert codes(parse("a: x\x1b[2Jy\n")) == [("control-character", 1, 5)]
    assert codes(parse("a: ok\nb: \x00\n")) == [("control-character", 2, 4)]


def test_empty_and_comment_only_files_warn():
    for text in ("", "   \n", "# only a comment\n", "---\n"):
        result = parse(text)
        assert [(d.code, d.severity) for d in result.diagnostics] == [("empty-file", "warning")]


def test_multiple_documents_are_refused():
    assert codes(parse("a: 1\n---\nb: 2\n")) == [("multiple-documents", 2, 1)]


def test_syntax_errors_have_positions():
    result = parse("a: [1, 2\nb: 3\n")
    assert result.diagnostics[0].code == "yaml-syntax"
    assert result.diagnostics[0].line is not None


def test_huge_values_spoil_their_record_only():
    result = parse("a: " + "x" * 150_000 + "\nb: ok\n")
    assert codes(result) == [("value-too-long", 1, 4)]
    assert result.data["b"] == "ok"


def test_every_explicit_tag_is_refused_standard_ones_too():
    for text in (
        "a: !!int abc",
        "a: !!float abc",
        "a: !!timestamp nope",
        "a: !!bool maybe",
        "a: !!str 5",
        "a: !!null x",
        "a: !!binary aGk=",
    ):
        result = parse(text)
        assert [d.code for d in result.diagnostics] == ["tag"], text
        assert result.data == {"a": None}, text
    assert parse('a: "5"\nb: 5\n').data == {"a": "5", "b": "5"}  # quoting is not a tag


def test_a_byte_order_mark_inside_the_file_is_refused_where_it_is():
    assert codes(parse("a: x\nb: y\ufeffz\n")) == [("control-character", 2, 5)]
    assert codes(parse("\ufeffa: x\n")) == [("byte-order-mark", 1, 1)]  # at the start: dropped, with a warning


def test_line_ends_of_cr_alone_get_a_warning():
    result = parse(b"a: x\rb: y\r")
    assert result.data == {"a": "x", "b": "y"}
    assert [(d.code, d.severity) for d in result.diagnostics] == [("line-ends", "warning")]
    assert parse(b"a: x\r\nb: y\r\n").diagnostics == []
