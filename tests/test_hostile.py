"""Hostile and broken files: each gets its exact diagnostic, and everything else still loads."""

import resource
import time

import pytest

from conftest import run_cli, write_kb
from visitkb import load
from visitkb.yamlread import MAX_FILE_BYTES

PERSON = "people:\n  - id: p\n    name: P\n    country: PT\n    citations: [{source: report}]\n"

# name -> (file content, the exact diagnostics it must produce, relative to the data directory)
CORPUS = {
    "duplicate-key": (
        "people:\n  - id: p\n    name: P\n    name: Q\n    country: PT\n    citations: [{source: report}]\n",
        [
            "hostile.yaml:4:5: error[duplicate-key]: key 'name' appears twice; first at line 3, "
            "column 5 (hint: keep one of them: YAML would silently drop the first)"
        ],
    ),
    "impossible-date": (
        PERSON.replace("country: PT\n", "country: PT\n    offices: [{title: Minister, start: 2016-13-01}]\n"),
        [
            "hostile.yaml:5:40: error[invalid-value]: offices.0.start: month 13 does not exist; "
            "months run 01..12 (hint: write the date as YYYY, YYYY-MM or YYYY-MM-DD, with a day and month that exist)"
        ],
    ),
    "python-tag": (
        "people: !!python/object/apply:os.system ['echo pwned']\n",
        [
            "hostile.yaml:1:9: error[tag]: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' "
            "is not allowed (hint: remove the tag; records hold only plain mappings, lists and text)"
        ],
    ),
    "binary-tag": (
        PERSON.replace("name: P", "name: !!binary '!!!'"),
        [
            "hostile.yaml:3:11: error[tag]: YAML tag 'tag:yaml.org,2002:binary' is not allowed "
            "(hint: remove the tag and write the value as plain text)"
        ],
    ),
    "alias-bomb": (
        'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
        + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(8)),
        [
            "hostile.yaml:4:4: error[alias-expansion]: aliases expand to more than 10,000 nodes "
            "(hint: write the values out instead of nesting aliases)"
        ],
    ),
    "recursive-alias": (
        "people: &a [*a]\n",
        [
            "hostile.yaml:1:9: error[recursive-alias]: an alias refers to itself "
            "(hint: replace the alias with the value it should hold)"
        ],
    ),
    "deep-nesting": (
        "people: " + "[" * 100 + "]" * 100 + "\n",
        [
            "hostile.yaml:1:73: error[too-deep]: nesting deeper than 64 levels "
            "(hint: records are only a few levels deep; flatten the structure)"
        ],
    ),
    "huge-scalar": (
        PERSON.replace("name: P", "name: " + "x" * 150_000),
        [
            "hostile.yaml:3:11: error[value-too-long]: a value of 150,000 characters exceeds 100,000 "
            "(hint: shorten it; records hold short excerpts, not whole documents)"
        ],
    ),
    "huge-line": (
        "people: [" + "1," * 150_000 + "]\n",
        [
            "hostile.yaml:1:1: error[line-too-long]: line is 300,010 characters; the limit is 200,000 "
            "(hint: break the value over several lines or shorten it)"
        ],
    ),
    "byte-order-mark": (
        b"\xef\xbb\xbf" + PERSON.encode(),
        [
            "hostile.yaml:1:1: warning[byte-order-mark]: file starts with a byte order mark "
            "(hint: save the file as UTF-8 without BOM; it was read correctly)"
        ],
    ),
    "latin-1": (
        PERSON.replace("name: P", "name: Jos\xe9").encode("latin-1"),
        ["hostile.yaml:3:14: error[encoding]: byte 0xe9 is not valid UTF-8 (hint: save the file as UTF-8)"],
    ),
    "nul": (
        PERSON.replace("name: P", "name: P\x00"),
        [
            "hostile.yaml:3:12: error[control-character]: invisible control character U+0000 in the file "
            "(hint: delete it; write \\t for a tab or use a plain line break)"
        ],
    ),
    "escape-sequence": (
        PERSON.replace("name: P", "name: P\x1b[2J"),
        [
            "hostile.yaml:3:12: error[control-character]: invisible control character U+001B in the file "
            "(hint: delete it; write \\t for a tab or use a plain line break)"
        ],
    ),
    "line-separator": (
        PERSON.replace("name: P", "name: P\u2028Q"),
        [
            "hostile.yaml:3:12: error[control-character]: invisible control character U+2028 in the file "
            "(hint: delete it; write \\t for a tab or use a plain line break)"
        ],
    ),
    "empty": ("", ["hostile.yaml: warning[empty-file]: file is empty (hint: add records or delete the file)"]),
    "comments-only": (
        "# nothing yet\n",
        [
            "hostile.yaml: warning[empty-file]: file has no records (only comments) "
            "(hint: add records or delete the file)"
        ],
    ),
    "two-documents": (
        PERSON + "---\n" + PERSON,
        [
            "hostile.yaml:6:1: error[multiple-documents]: file holds more than one YAML document "
            "(hint: remove the '---' separator or split the file)"
        ],
    ),
    "top-level-list": (
        "- id: p\n  name: P\n",
        [
            "hostile.yaml:1:1: error[file-shape]: the file holds a list; a record file is a mapping of "
            "collections (hint: start with a collection key such as 'trips:' and list records under it)"
        ],
    ),
    "top-level-scalar": (
        "hello\n",
        [
            "hostile.yaml:1:1: error[file-shape]: the file holds a single value; a record file is a mapping "
            "of collections (hint: start with a collection key such as 'trips:' and list records under it)"
        ],
    ),
    "collection-not-a-list": (
        "people:\n  id: p\n",
        [
            "hostile.yaml:1:1: error[collection-shape]: 'people' holds a mapping, not a list of records "
            "(hint: put '- ' before each record)"
        ],
    ),
    "record-not-a-mapping": (
        "people: [hello]\n",
        [
            "hostile.yaml:1:10: error[record-shape]: a record must be a mapping of fields, not a single "
            "value (hint: write fields as 'name: value' lines under '- ')"
        ],
    ),
    "merge-key": (
        "people:\n  - <<: {id: p}\n    name: P\n    country: PT\n    citations: [{source: report}]\n",
        [
            "hostile.yaml:2:5: error[merge-key]: merge keys ('<<') are not supported "
            "(hint: write the fields out in full)"
        ],
    ),
    "complex-key": (
        "people:\n  - ? [a, b]\n    : x\n",
        ["hostile.yaml:2:7: error[complex-key]: a key must be plain text (hint: use a simple word as the key)"],
    ),
    "unknown-collection": (
        "poeple: []\n",
        ["hostile.yaml:1:1: error[unknown-collection]: unknown collection 'poeple' (hint: did you mean 'people'?)"],
    ),
    "sexagesimal": (
        "agreements:\n  - id: a\n    title: T\n    parties: [PT, NO]\n    count: {value: 1:20}\n"
        "    citations: [{source: report}]\n",
        [
            "hostile.yaml:5:20: error[invalid-value]: count.value: '1:20' is not a number (hint: write a whole "
            "number in digits, e.g. 40; say 'about' or 'more than' with a qualifier)"
        ],
    ),
    "giant-integer": (
        "agreements:\n  - id: a\n    title: T\n    parties: [PT, NO]\n    count: {value: "
        + "9" * 5000
        + "}\n    citations: [{source: report}]\n",
        [
            "hostile.yaml:5:20: error[invalid-value]: count.value: is too large a number (hint: write a whole "
            "number in digits, e.g. 40; say 'about' or 'more than' with a qualifier)"
        ],
    ),
    "tab-indent": (
        "people:\n\t- id: p\n",
        [
            "hostile.yaml:2:1: error[yaml-syntax]: invalid YAML: found character that cannot start any "
            "token (hint: check indentation and quoting at that spot)"
        ],
    ),
    "unclosed-quote": (
        'people:\n  - id: "p\n',
        [
            "hostile.yaml:3:1: error[yaml-syntax]: invalid YAML: found unexpected end of stream "
            "(hint: check indentation and quoting at that spot)"
        ],
    ),
    "country-name-for-code": (
        PERSON.replace("country: PT", "country: Portugal"),
        [
            "hostile.yaml:4:14: error[invalid-value]: country: 'Portugal' is not a country code "
            "(two capital letters, ISO 3166-1; four for a former state, ISO 3166-3) "
            "(hint: write PT for Portugal)"
        ],
    ),
    "vocabulary-typo": (
        "trips:\n  - id: t\n    leader: ana-lima\n    title: T\n    citations: [{source: report}]\n"
        "    legs:\n      - id: t-1\n        country: PT\n        types: [stat]\n"
        "        citations: [{source: report}]\n",
        [
            "hostile.yaml:9:17: error[invalid-value]: legs.0.types.0: Input should be 'state', 'official', "
            "'working', 'multilateral', 'meeting', 'stopover', "
            "'private', 'informal' or 'unspecified' (hint: did you mean 'state'?)"
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_file_gets_its_exact_diagnostic_and_the_rest_still_loads(tmp_path, name):
    content, expected = CORPUS[name]
    root = write_kb(tmp_path / "kb", {"hostile.yaml": content})
    kb = load(root)
    assert [str(d).replace(f"{root}/", "") for d in kb.diagnostics] == expected
    assert [t["id"] for t in kb.records("trips")] == ["ana-2019"]  # the valid records still answer


def test_yaml_1_1_booleans_and_numbers_stay_what_was_written(tmp_path):
    root = write_kb(
        tmp_path / "kb",
        {
            "more.yaml": """
        people:
          - id: ola
            name: yes
            aliases: [on, off, "012", 1.10]
            country: NO
            citations: [{source: report}]
    """
        },
    )
    kb = load(root)
    ola = kb.get("people", "ola")
    assert (ola["name"], ola["aliases"], ola["country"]) == ("yes", ["on", "off", "012", "1.10"], "NO")


def test_a_file_over_the_size_limit_is_refused_without_being_parsed(tmp_path):
    root = write_kb(tmp_path / "kb", {"huge.yaml": "# padding\n" * (MAX_FILE_BYTES // 10 + 1)})
    started = time.perf_counter()
    kb = load(root)
    assert time.perf_counter() - started < 2
    assert [d.code for d in kb.diagnostics] == ["file-too-large"]


@pytest.mark.parametrize("name", ["alias-bomb", "deep-nesting", "huge-line", "huge-scalar", "latin-1"])
def test_check_refuses_hostile_files_quickly_in_bounded_memory(tmp_path, name):
    content, expected = CORPUS[name]
    root = write_kb(tmp_path / "kb", {"hostile.yaml": content})
    started = time.perf_counter()
    result = run_cli("check", "--data-dir", str(root))
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert result.returncode == 1
    assert result.stderr.startswith(f"{root}/hostile.yaml:")
    assert "Traceback" not in result.stderr
    assert elapsed < 10 and peak_mb < 400
    answer = run_cli("trips", "--data-dir", str(root), "--format", "json")
    assert answer.returncode == 0 and '"ana-2019"' in answer.stdout
    assert "run visitkb check" in answer.stderr
