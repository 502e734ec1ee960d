"""The edges a new user meets first: paths, pipes, option errors, empty answers."""

import os
import subprocess

import pytest

from conftest import SCRIPT, cli, write_kb
from test_readme import command_names

# The arguments each command needs besides --data-dir, so that only the data directory can fail.
NEEDS = {
    "country": ["peru"],
    "leader": ["xi"],
    "show": ["xi-2016-peru"],
    "search": ["Lima"],
    "add": ["source", "-F", "id=x", "-F", "publisher=X"],
    "export": ["--to", "jsonl", "--out", "out"],
    "import": None,  # reads a dataset, not a data directory
    "schema": None,  # reads no data
    "upgrade": ["--dry-run"],
    "draft": [
        os.path.join(os.path.dirname(__file__), "..", "data", "archive", "000_b54ad22e21fb4fb7.txt"),
        "--source",
        "x",
        "--published",
        "2016-11-30",
    ],
    "chart": ["timeline"],
    "report": ["--leader", "xi"],
}


@pytest.mark.parametrize("command", [c for c in command_names() if NEEDS.get(c, []) is not None])
def test_a_data_directory_that_does_not_exist_or_is_a_file_is_one_line_and_exit_2(tmp_path, command):
    (tmp_path / "trips.yaml").write_text("trips: []\n")
    cases = [(tmp_path / "nowhere", "does not exist"), (tmp_path / "trips.yaml", "is a file")]
    for path, says in cases[1:] if command == "add" else cases:  # add creates a missing folder
        result = cli(command, *NEEDS.get(command, []), "-d", str(path))
        assert result.returncode == 2, (command, result.stderr)
        assert says in result.stderr and str(path) in result.stderr, (command, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (command, result.stderr)


def test_add_creates_a_missing_data_directory_and_says_so_and_a_refused_record_leaves_none(tmp_path):
    created = cli("add", "source", "-d", str(tmp_path / "new"), "-F", "id=wire", "-F", "publisher=Wire")
    assert created.returncode == 0, created.stderr
    assert f"created the data directory {tmp_path / 'new'}" in created.stderr
    assert (tmp_path / "new" / "sources.yaml").read_text() == "sources:\n  - id: wire\n    publisher: Wire\n"
    refused = cli("add", "person", "-d", str(tmp_path / "other"), "-F", "id=x", "-F", "name=X", "--source", "nope")
    assert refused.returncode == 1 and not (tmp_path / "other").exists()


def test_the_variable_takes_bundled_and_several_directories(kb_dir):
    both = os.pathsep.join([":bundled:", str(kb_dir)])
    result = cli("leaders", "--format", "csv", env={"VISITKB_DATA_DIR": both})
    assert result.returncode == 0, result.stderr
    assert "Xi Jinping" in result.stdout and "Ana Lima" in result.stdout


def test_an_empty_data_directory_gets_a_warning_from_queries_and_check(tmp_path):
    (tmp_path / "empty").mkdir()
    query = cli("trips", "-d", str(tmp_path / "empty"))
    assert query.returncode == 0 and "no record files in this data directory" in query.stderr
    check = cli("check", "-d", str(tmp_path / "empty"))
    assert check.returncode == 0 and "warning[empty-data-dir]" in check.stderr
    assert cli("check", "--strict", "-d", str(tmp_path / "empty")).returncode == 1


@pytest.mark.parametrize(
    "args,says",
    [
        (["trips", "--since", "2017", "--until", "2016"], "visitkb: --since 2017 is after --until 2016"),
        (["trips", "--year", "abc"], "visitkb: --year: 'abc' is not a year"),
        (["anniversaries", "--year", "20x6"], "visitkb: --year: '20x6' is not a year"),
        (["trips", "--since", "2016-13"], "visitkb: --since: month 13 does not exist"),
        (["meetings", "--until", "2016-02-30"], "visitkb: --until: day 30 does not exist in 2016-02"),
        (["targets", "--as-of", "soon"], "visitkb: --as-of: 'soon' is not a date"),
        (["trips", "--fields", "nope"], "visitkb: --fields: unknown field 'nope'"),
        (["trips", "--colour"], "visitkb: No such option: --colour"),
        (["check", "--sources", "/nowhere/at/all"], "visitkb: --sources: folder /nowhere/at/all does not exist"),
    ],
)
def test_every_usage_error_is_one_line_naming_the_option_and_exits_2(args, says):
    result = cli(*args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(says), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.skipif(not SCRIPT.exists(), reason="needs the installed console script")
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_a_reader_that_stops_early_is_no_failure(tmp_path, fmt):
    legs = "".join(
        f"      - {{id: leg-{i}, country: NO, types: [official], start: 2019-03-01, citations: [{{source: report}}]}}\n"
        for i in range(3000)
    )
    root = write_kb(
        tmp_path / "kb",
        {
            "trips/big.yaml": "trips:\n  - id: big\n    leader: ana-lima\n    title: Big\n"
            "    citations: [{source: report}]\n    legs:\n" + legs
        },
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("VISITKB_")}
    env["VISITKB_CACHE_DIR"] = os.environ["VISITKB_CACHE_DIR"]
    command = [str(SCRIPT), "visits", "-d", str(root), "--format", fmt]
    subprocess.run(command, env=env, capture_output=True, check=True)  # build the index first
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()  # what `| head -1` does
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert stderr == b"", stderr


def test_an_agreement_of_a_leg_is_added_to_the_file_of_its_trip(tmp_path):
    root = write_kb(
        tmp_path / "kb",
        {
            "agreements.yaml": "agreements:\n"
            + "".join(
                f"  - {{id: other-{i}, title: Other, parties: [BR, NO], citations: [{{source: report}}]}}\n"
                for i in range(3)
            )
        },
    )
    fields = ["-F", "id=ana-2019-fish", "-F", "title=Fisheries", "-F", "parties=BR,NO", "-F", "visit=ana-2019-norway"]
    result = cli("add", "agreement", "-d", str(root), *fields, "--source", "report")
    assert result.returncode == 0, result.stderr
    assert "ana-2019-fish" in (root / "trips" / "ana-2019.yaml").read_text()
    assert "ana-2019-fish" not in (root / "agreements.yaml").read_text()
    elsewhere = cli(
        "add",
        "agreement",
        "-d",
        str(root),
        "-F",
        "id=loose",
        "-F",
        "title=Loose",
        "-F",
        "parties=BR,NO",
        "--source",
        "report",
    )
    assert elsewhere.returncode == 0 and "loose" in (root / "agreements.yaml").read_text()


def test_suggestions_put_names_that_start_with_the_text_first():
    result = cli("trips", "--country", "chi")
    assert result.returncode == 2
    assert "did you mean 'Chile' or 'China'" in result.stderr, result.stderr


ROYALS = {
    "people.yaml": """
        people:
          - {id: ana-lima, name: Ana Lima, country: BR, citations: [{source: report}]}
          - {id: felipe-vi, name: Felipe VI, country: ES, citations: [{source: report}]}
          - {id: alvaro-uribe, name: Álvaro Uribe, country: CO, citations: [{source: report}]}
          - {id: zeno-x, name: Zeno Xavier, country: PT, citations: [{source: report}]}
    """
}


def test_a_regnal_number_is_no_surname_and_names_sort_with_accents_folded(tmp_path):
    root = write_kb(tmp_path / "kb", ROYALS)
    assert cli("leader", "vi", "-d", str(root)).returncode == 2
    felipe = cli("leader", "felipe", "-d", str(root), "--format", "json")
    assert felipe.returncode == 0 and '"Felipe VI"' in felipe.stdout
    names = [line.split(",")[1] for line in cli("leaders", "-d", str(root), "--format", "csv").stdout.splitlines()[1:]]
    assert names == ["Álvaro Uribe", "Ana Lima", "Felipe VI", "Zeno Xavier"]


def test_show_a_trip_lists_what_names_its_legs(bundled):
    import json

    shown = json.loads(cli("show", "xi-2016-latin-america", "--format", "json").stdout)
    referred = {(r["collection"], r["id"], r["via"]) for r in shown["referred_by"]}
    assert ("partnerships", "china-ecuador-comprehensive-strategic-2016", "xi-2016-ecuador") in referred
    assert ("agreements", "xi-2016-peru-production-capacity", "xi-2016-peru") in referred
    assert ("agreements", "xi-2016-bilateral-cooperation-documents", None) in referred


def test_a_leader_at_an_event_through_a_trip_has_its_agreements(tmp_path):
    from visitkb import load, queries

    root = write_kb(
        tmp_path / "kb",
        {
            "events.yaml": """
        events:
          - {id: forum-2019, name: Forum, kind: forum, host: NO, start: 2019-03-02, citations: [{source: report}]}
        agreements:
          - {id: forum-deal, title: Forum deal, parties: [BR, NO], event: forum-2019, citations: [{source: report}]}
    """,
            "trips/ana-2019.yaml": """
        trips:
          - id: ana-2019
            leader: ana-lima
            title: Visit to Norway
            citations: [{source: report}]
            legs:
              - {id: ana-2019-norway, country: NO, types: [official], start: 2019-03-01, end: 2019-03-03,
                 events: [forum-2019], citations: [{source: report}]}
    """,
        },
    )
    kb = load(root)
    assert [p["id"] for p in queries.events(kb)[0]["participants"]] == ["ana-lima"]
    assert [a["id"] for a in queries.agreements(kb, leader="lima", year=2019)] == ["forum-deal"]


def check_lines(tmp_path, text: str) -> list[str]:
    root = tmp_path / "kb"
    root.mkdir(exist_ok=True)
    (root / "kb.yaml").write_text(text, encoding="utf-8")
    result = cli("check", "-d", str(root))
    return [line.replace(f"{root}/", "") for line in result.stderr.splitlines()]


SOURCE = "sources:\n  - {id: report, publisher: R}\n"


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            SOURCE + "  - id: b\n    publisher: Trade was 2: up\n",
            [
                "kb.yaml:4:27: error[yaml-syntax]: invalid YAML: a value holds ': ' (a colon and a space), "
                "which YAML reads as the start of a key",
                '  hint: quote this value: put the whole of it in double quotes ("...")',
            ],
        ),
        (
            SOURCE + "  - id: b\n    publisher: Metro Line #4\n",
            [
                "kb.yaml:4:27: warning[comment-in-value]: YAML reads the text from ' #' on as a comment, "
                "so the value ends at 'Metro Line'",
                '  hint: if the "#..." belongs to the value, quote the value ("Metro Line #4"); '
                "a comment wants a space after '#'",
            ],
        ),
        (
            SOURCE
            + "agreements:\n  - {id: a, title: A, parties: [BR, NO], count: 40, citations: [{source: report}]}\n",
            [
                "kb.yaml:4:49: error[invalid-value]: count: needs a mapping of fields (name: value), not the text '40'",
                "  hint: write it as count: {value: ..., qualifier: ...}",
            ],
        ),
        (
            SOURCE + "agreements:\n  - {id: a, title: A, parties: [BR, NO], citations: []}\n",
            [
                "kb.yaml:4:53: error[invalid-value]: citations: needs at least 1 item(s)",
                "  hint: cite at least one source: citations: [{source: SOURCE-ID, note: what it says}]",
            ],
        ),
        (
            SOURCE + "people:\n  - {id: p, name: P, organization: un, citations: [{source: report}]}\n",
            [
                "kb.yaml:4:36: error[unknown-reference]: unknown organization 'un'",
                "  hint: add an organization with id 'un'",
            ],
        ),
    ],
)
def test_yaml_traps_and_schema_errors_say_what_the_field_needs(tmp_path, text, expected):
    lines = check_lines(tmp_path, text)
    assert lines == expected
    assert not any("should" in line or "correct the value" in line for line in lines)


def test_records_that_disagree_with_what_they_name_get_warnings(tmp_path):
    lines = check_lines(
        tmp_path,
        SOURCE
        + """people:
  - {id: ana, name: Ana Lima, country: BR, citations: [{source: report}]}
trips:
  - id: t1
    leader: ana
    title: T1
    start: 2019-03-01
    end: 2019-03-03
    citations: [{source: report}]
    legs:
      - {id: t1-no, country: NO, types: [official], start: 2019-03-05, citations: [{source: report}]}
      - {id: t1-br, country: BR, types: [official], start: 2019-03-02, citations: [{source: report}]}
  - id: t2
    leader: ana
    title: T2
    citations: [{source: report}]
    legs:
      - {id: t2-se, country: SE, types: [official], start: 2019-04-01, citations: [{source: report}]}
agreements:
  - {id: a1, title: A, parties: [BR, NO], trip: t1, visit: t2-se, citations: [{source: report}]}
partnership_levels:
  - {id: x, name: x, rank: 0}
partnerships:
  - {id: p1, parties: [BR, NO], level: x, label: x, citations: [{source: report}]}
  - {id: p2, parties: [BR, SE], level: x, label: x, upgraded_from: p1, citations: [{source: report}]}
""",
    )
    codes = [line.split("[")[1].split("]")[0] for line in lines if not line.startswith(" ")]
    assert codes == ["leg-outside-trip", "home-leg", "other-trip", "other-pair"]


def test_what_was_not_yet_known_or_not_yet_held_is_said_so(tmp_path, bundled):
    import datetime as dt

    from visitkb import load, queries

    # A pledge announced after the day asked about is not listed as if it had been.
    before = {t["id"] for t in queries.targets(bundled, as_of="2014-12-31")}
    assert "china-lac-investment-250bn-2025" not in before and "china-lac-trade-500bn-2025" in before
    # An event still planned once its date has passed says that no record shows it was held.
    root = write_kb(
        tmp_path / "kb",
        {
            "events.yaml": "events:\n  - {id: summit, name: Summit, kind: summit, host: NO, start: 2020-05-01, "
            "status: planned, citations: [{source: report}]}\n"
        },
    )
    (event,) = queries.events(load(root))
    assert event["standing"] == "planned, date passed"
    assert "date passed" in cli("events", "-d", str(root)).stdout
    # This year's anniversaries say which have come: a day past is passed, a year-only date not before its end.
    rows = {r["record"]: r["passed"] for r in queries.anniversaries(bundled, year=2026, today=dt.date(2026, 11, 20))}
    assert rows == {
        "china-peru": False,  # relations since 1971: the day within the year is not known
        "china-ecuador-comprehensive-strategic-2016": True,  # 17 November
        "china-chile-comprehensive-strategic-2016": False,  # 22 November
    }


def test_the_panel_counts_documents_says_floors_keeps_planned_events_apart_and_fills_years(tmp_path):
    import csv
    import io

    panel = list(csv.DictReader(io.StringIO(cli("export", "--panel", "country-year", "--format", "csv").stdout)))
    chile_2016 = next(r for r in panel if (r["country"], r["year"]) == ("CL", "2016"))
    # "more than 40" documents with three countries, and 12 signed in Santiago: 52 at least.
    assert (chile_2016["agreements"], chile_2016["documents"], chile_2016["documents_at_least"]) == ("2", "52", "1")
    dense = list(
        csv.DictReader(io.StringIO(cli("export", "--panel", "country-year", "--dense", "--format", "csv").stdout))
    )
    years = {int(r["year"]) for r in dense}
    assert len(dense) == len({r["country"] for r in dense}) * (max(years) - min(years) + 1)
    assert next(r for r in dense if (r["country"], r["year"]) == ("AR", "2005"))["visits_received"] == "0"
    root = write_kb(
        tmp_path / "kb",
        {
            "events.yaml": "events:\n  - {id: s, name: S, kind: summit, host: NO, start: 2030-05-01, "
            "status: planned, citations: [{source: report}]}\n"
        },
    )
    rows = list(
        csv.DictReader(io.StringIO(cli("export", "--panel", "country-year", "-d", str(root), "--format", "csv").stdout))
    )
    norway_2030 = next(r for r in rows if (r["country"], r["year"]) == ("NO", "2030"))
    assert (norway_2030["events_hosted"], norway_2030["events_planned"]) == ("0", "1")


def test_export_to_an_existing_folder_as_sqlite_is_one_line(tmp_path):
    result = cli("export", "--to", "sqlite", "--out", str(tmp_path))
    assert result.returncode == 2 and result.stderr.startswith("visitkb: --out:") and "is a folder" in result.stderr


def test_tables_for_people_have_words_for_headers_and_names_for_ids():
    leaders = cli("leaders").stdout
    assert "Countries visited" in leaders and "countries_visited" not in leaders and "xi-jinping" not in leaders
    assert "Visits received" in cli("countries").stdout
    trips = cli("trips", "--leader", "xi").stdout
    assert "Leader" not in trips.splitlines()[1]  # the leader asked for is not repeated on every row
    assert "What happened" in cli("timeline", "--since", "2016", "--until", "2016").stdout
    assert "date unknown" in cli("trips", "--year", "2013").stdout  # one way, wherever a date is unknown
    assert "(Third Latin America tour since March 2013)" in cli("trips", "--year", "2016").stdout


def test_search_gives_a_leg_as_the_leg_puts_a_name_first_and_shows_a_word_searched(bundled):
    from visitkb import queries

    quito = next(r for r in queries.search(bundled, "Quito") if r["collection"] == "visits")
    assert (quito["id"], quito["in"]["id"]) == ("xi-2016-ecuador", "xi-2016-latin-america")
    first = queries.search(bundled, "xi jinping")[0]
    assert (first["collection"], first["id"], first["match"]) == ("people", "xi-jinping", "name")
    for row in queries.search(bundled, "peru lima"):
        folded = row["snippet"].casefold().replace("ú", "u")
        assert "peru" in folded or "lima" in folded, row


def test_add_help_lists_a_kinds_fields_and_template_gives_a_skeleton_that_reads(tmp_path):
    import yaml

    help_text = cli("add", "meeting", "--help", env={"COLUMNS": "120"}).stdout
    required = help_text.split("Required fields of a meeting:")[1].split("Optional fields")[0]
    assert "people" in required and "a list of person ids" in required
    assert "form" in help_text.split("Optional fields of a meeting:")[1]
    skeleton = cli("add", "meeting", "--template").stdout
    assert yaml.safe_load(skeleton)["meetings"][0].keys() >= {"id", "people", "citations"}
    assert "# form:" in skeleton


def test_a_trip_with_its_first_leg_from_flags_and_countries_by_name(tmp_path):
    root = write_kb(tmp_path / "kb", {})
    trip = [
        "add", "trip", "-d", str(root), "-F", "id=ana-2020", "-F", "leader=ana-lima", "-F", "title=Nordic visit",
        "-F", "legs.0.id=ana-2020-se", "-F", "legs.0.country=Sweden", "-F", "legs.0.types=official",
        "-F", "legs.0.start=2020-02-01", "--source", "report",
    ]  # fmt: skip
    assert cli(*trip).returncode == 0
    deal = ["add", "agreement", "-d", str(root), "-F", "id=se-deal", "-F", "title=Deal", "-F", "parties=Brazil,Sweden",
            "-F", "amount.value=2.5", "-F", "amount.unit=USD", "--source", "report"]  # fmt: skip
    assert cli(*deal).returncode == 0
    from visitkb import load

    kb = load(root)
    assert kb.get("visits", "ana-2020-se")["country"] == "SE"
    assert kb.get("agreements", "se-deal")["parties"] == ["BR", "SE"]
    assert kb.get("agreements", "se-deal")["amount"]["value"] == 2.5
    bad = cli("add", "agreement", "-d", str(root), "-F", "id=x", "-F", "title=X", "-F", "parties=Narnia,BR")
    assert bad.returncode == 2 and "neither a country code nor a country's name" in bad.stderr


def test_one_journey_or_event_recorded_twice_is_a_possible_duplicate(tmp_path):
    lines = check_lines(
        tmp_path,
        SOURCE
        + """people:
  - {id: ana, name: Ana Lima, country: BR, citations: [{source: report}]}
organizations:
  - {id: forum, name: Forum, kind: forum, citations: [{source: report}]}
events:
  - {id: f-2019, name: Forum 2019, kind: forum, organization: forum, host: NO, start: 2019-03-02,
     citations: [{source: report}]}
  - {id: forum-oslo-2019, name: Oslo forum, kind: forum, organization: forum, host: NO, start: 2019-03,
     citations: [{source: report}]}
trips:
  - id: t1
    leader: ana
    title: T1
    citations: [{source: report}]
    legs:
      - {id: t1-no, country: NO, types: [official], start: 2019-03-01, end: 2019-03-03, citations: [{source: report}]}
  - id: t2
    leader: ana
    title: T2
    citations: [{source: report}]
    legs:
      - {id: t2-no, country: NO, types: [official], start: 2019-03-02, citations: [{source: report}]}
""",
    )
    found = sorted(line.split(": ", 2)[2] for line in lines if "possible-duplicate" in line)
    assert found == [
        "events 'f-2019' and 'forum-oslo-2019': forum in NO in 2019",
        "leg 't2-no' (t2) and leg 't1-no' (t1): ana in NO on overlapping dates",
    ], lines
