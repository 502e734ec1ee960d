"""The CLI through its real entry point: answers, formats, exit codes, and inert output."""

import csv
import io
import json
import re

import pytest

from conftest import cli, run_cli, write_kb
from visitkb import load, queries

ANSI = re.compile(r"\x1b\[")


def test_trips_for_xi_lists_the_three_tours():
    result = run_cli("trips", "--leader", "xi")
    assert result.returncode == 0, result.stderr
    for expected in (
        "2013-05-31 – 2013-06-08",
        "2014-07-15 – 2014-07-23",
        "2016-11-17 – 2016-11-23",
        "Trinidad and Tobago",
        "Cuba",
        "Ecuador (Quito)",
        "Chile (Santiago)",
        "start also given as 2016-11-16",
    ):
        assert expected in result.stdout
    assert result.stderr == ""


def test_json_output_equals_the_library_result():
    kb = load()
    cases = [
        (["trips", "--leader", "xi"], queries.trips(kb, leader="xi")),
        (["agreements", "--country", "peru"], queries.agreements(kb, country="peru")),
        (["targets", "--as-of", "2025-06-01"], queries.targets(kb, as_of="2025-06-01")),
    ]
    for args, expected in cases:
        result = cli(*args, "--format", "json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == expected


def test_agreements_for_peru_show_peru_and_nothing_chile_only():
    result = cli("agreements", "--country", "Perú")
    assert result.returncode == 0
    assert "more than 40 bilateral cooperation documents" in result.stdout
    assert "production capacity and investment (Peru)" in result.stdout
    assert "Santiago" not in result.stdout and "free trade" not in result.stdout


def test_targets_show_both_2025_pledges_with_progress_and_status():
    result = cli("targets", "--as-of", "2026-11-30")
    assert result.returncode == 0
    assert "500 billion USD by 2025" in result.stdout and "250 billion USD by 2025" in result.stdout
    assert "518 billion USD (2024)" in result.stdout and "103.6%" in result.stdout
    assert "met" in result.stdout and "unknown" in result.stdout


def test_csv_parses_and_has_one_row_per_trip():
    result = cli("trips", "--leader", "xi", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == ["xi-2013-latin-america", "xi-2014-latin-america", "xi-2016-latin-america"]
    assert rows[2]["country_codes"] == "EC; PE; CL"


def test_every_format_is_produced():
    import yaml

    for fmt in ("jsonl", "tsv", "yaml", "markdown"):
        result = cli("agreements", "--country", "chile", "--format", fmt)
        assert result.returncode == 0, (fmt, result.stderr)
        assert "xi-2016-chile-bilateral-agreements" in result.stdout or fmt == "markdown"
    lines = cli("trips", "--format", "jsonl").stdout.splitlines()
    assert all(json.loads(line)["id"] for line in lines)
    assert yaml.safe_load(cli("targets", "--format", "yaml").stdout)[0]["deadline"] == "2025"


def test_piped_output_has_no_colour_codes_and_no_truncation():
    result = run_cli("trips", "--leader", "xi", env={"COLUMNS": "40", "NO_COLOR": ""})
    assert not ANSI.search(result.stdout)
    assert (
        "State visits to Trinidad and Tobago, Costa Rica and Mexico, and a meeting with President Obama"
        in result.stdout
    )


def test_unknown_names_exit_2_with_a_suggestion():
    result = cli("agreements", "--country", "Perv")
    assert result.returncode == 2
    assert "unknown country 'Perv'; did you mean 'Peru'" in result.stderr
    assert result.stdout == ""
    result = cli("trips", "--leader", "Xi Jinpin")
    assert result.returncode == 2 and "did you mean 'Xi Jinping'?" in result.stderr


def test_usage_errors_exit_2_without_traceback():
    for args in (
        ["trips", "--since", "2016-13"],
        ["targets", "--status", "done"],
        ["trips", "--bogus"],
        ["targets", "--as-of", "tomorrow"],
    ):
        result = cli(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr


def test_data_dir_option_and_environment_variable(kb_dir):
    result = cli("trips", "--data-dir", str(kb_dir), "--format", "json")
    assert [t["id"] for t in json.loads(result.stdout)] == ["ana-2019"]
    result = cli("trips", "--country", "NO", "--format", "json", env={"VISITKB_DATA_DIR": str(kb_dir)})
    assert [
        (c["code"], c["name"], c["iso3"]) for c in (t["legs"][0]["country"] for t in json.loads(result.stdout))
    ] == [("NO", "Norway", "NOR")]


def test_queries_skip_invalid_records_and_say_so(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "bad.yaml": """
        people:
          - id: bad-person
            name: Bad
            country: Narnia
            citations: [{source: report}]
    """
        },
    )
    result = cli("trips", "--data-dir", str(root), "--format", "json")
    assert result.returncode == 0
    assert [t["id"] for t in json.loads(result.stdout)] == ["ana-2019"]
    assert result.stderr == "visitkb: 1 invalid record(s) skipped; run visitkb check\n"
    strict = cli("trips", "--data-dir", str(root), "--strict")
    assert strict.returncode == 1 and "bad.yaml:4:14: error[invalid-value]" in strict.stderr


def test_check_is_silent_on_the_bundled_data():
    result = cli("check", "--strict")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_check_reports_every_problem_with_file_line_and_column(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "bad.yaml": """
        people:
          - id: bad-person
            name: Bad
            country: Narnia
            citations: [{source: report}]
          - id: other
            nmae: Other
            country: PT
            citations: [{source: report}]
    """
        },
    )
    result = cli("check", "--data-dir", str(root))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if not line.startswith(" ")]
    assert lines == [
        f"{root}/bad.yaml:4:14: error[invalid-value]: country: 'Narnia' is not a country code "
        "(two capital letters, ISO 3166-1; four for a former state, ISO 3166-3)",
        f"{root}/bad.yaml:6:5: error[missing-field]: missing required field 'name'",
        f"{root}/bad.yaml:7:5: error[unknown-field]: unknown field 'nmae'",
    ]
    assert "  hint: did you mean 'name'?" in result.stderr


def test_check_json_and_github_formats(tmp_path):
    root = write_kb(
        tmp_path, {"bad.yaml": "people:\n  - id: x\n    name: X\n    country: ZZ\n    citations: [{source: report}]\n"}
    )
    data = json.loads(cli("check", "--data-dir", str(root), "--format", "json").stdout)
    assert [(d["line"], d["column"], d["code"]) for d in data] == [(4, 14, "unknown-reference")]
    github = cli("check", "--data-dir", str(root), "--format", "github").stdout
    assert github.startswith(f"::error file={root}/bad.yaml,line=4,col=14,title=unknown-reference::")


def test_terminal_codes_in_the_data_are_shown_inert(tmp_path):
    root = write_kb(
        tmp_path,
        {
            "trips/ana-2019.yaml": r"""
        trips:
          - id: ana-2019
            leader: ana-lima
            title: "Visit \e[31m[bold]red[/] \u202e reversed \e]52;c;aGk=\a"
            citations: [{source: report}]
            legs:
              - id: ana-2019-norway
                country: NO
                types: [official]
                citations: [{source: report}]
    """
        },
    )
    for fmt in ("table", "csv", "markdown", "json", "tsv"):
        result = run_cli("trips", "--data-dir", str(root), "--format", fmt)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout and "\u202e" not in result.stdout and "\x07" not in result.stdout
    table = run_cli("trips", "--data-dir", str(root)).stdout
    assert "[bold]red[/]" in table and "\\x1b[31m" in table and "\\u202e" in table


def test_version_and_short_help():
    assert re.match(r"visitkb \d+\.\d+\.\d+", cli("--version").stdout)
    result = cli("trips", "-h")
    assert result.returncode == 0 and "--leader" in result.stdout and "Example:" in result.stdout


# --- every listing, every format ------------------------------------------------------

from visitkb import profiles  # noqa: E402

LISTINGS = [
    (["trips", "--leader", "xi"], lambda kb: queries.trips(kb, leader="xi")),
    (["visits", "--country", "peru"], lambda kb: queries.visits(kb, country="peru")),
    (["agreements", "--country", "peru"], lambda kb: queries.agreements(kb, country="peru")),
    (["targets", "--as-of", "2025-06-01"], lambda kb: queries.targets(kb, as_of="2025-06-01")),
    (["partnerships", "--history"], lambda kb: queries.partnerships(kb, history=True)),
    (["relations", "--country", "chile"], lambda kb: queries.relations(kb, country="chile")),
    (["anniversaries", "--year", "2026"], lambda kb: queries.anniversaries(kb, year=2026)),
    (["events", "--year", "2016"], lambda kb: queries.events(kb, year=2016)),
    (["countries"], queries.countries),
    (["leaders"], queries.leaders),
    (["sources"], queries.sources),
    (
        ["timeline", "--since", "2016-11", "--until", "2016-12"],
        lambda kb: queries.timeline(kb, since="2016-11", until="2016-12"),
    ),
    (["search", "production capacity"], lambda kb: queries.search(kb, "production capacity")),
    (["conflicts"], profiles.conflicts),
]


@pytest.mark.parametrize("args,question", LISTINGS, ids=[a[0] for a, _ in LISTINGS])
def test_every_listing_json_equals_the_library_and_every_format_parses(args, question):
    import yaml
    from markdown_it import MarkdownIt

    expected = question(load())
    assert expected, "each case should have rows to compare"
    outputs = {fmt: cli(*args, "--format", fmt) for fmt in ("json", "jsonl", "csv", "tsv", "yaml", "markdown", "table")}
    for fmt, result in outputs.items():
        assert result.returncode == 0 and result.stderr == "", (fmt, result.stderr)
    assert json.loads(outputs["json"].stdout) == expected
    assert [json.loads(line) for line in outputs["jsonl"].stdout.splitlines()] == expected
    assert yaml.safe_load(outputs["yaml"].stdout) == expected
    assert len(list(csv.DictReader(io.StringIO(outputs["csv"].stdout)))) == len(expected)
    tsv = list(csv.DictReader(io.StringIO(outputs["tsv"].stdout), delimiter="\t"))
    assert len(tsv) == len(expected)
    tokens = MarkdownIt().enable("table").parse(outputs["markdown"].stdout)
    assert sum(t.type == "tr_open" for t in tokens) == len(expected) + 1


def test_fields_pick_columns_in_order_for_every_format_and_list_valid_ones_when_wrong():
    result = cli("trips", "--leader", "xi", "--fields", "id,start", "--format", "csv")
    assert result.stdout.splitlines()[:2] == ["id,start", "xi-2013-latin-america,2013-05-31"]
    result = cli("trips", "--leader", "xi", "--fields", "id,legs", "--format", "json")
    assert list(json.loads(result.stdout)[0]) == ["id", "legs"]
    result = cli("trips", "--fields", "id,colour")
    assert result.returncode == 2
    assert "unknown field 'colour'; valid fields: id, leader, title" in result.stderr


def test_cite_adds_sources_with_excerpts_to_any_listing():
    result = cli("agreements", "--country", "peru", "--cite", "--format", "json")
    assert json.loads(result.stdout) == queries.cite(load(), queries.agreements(load(), country="peru"), "agreements")
    table = cli("relations", "--country", "peru", "--cite")
    assert "Sources" in table.stdout and "45th anniversary" in table.stdout


@pytest.mark.parametrize(
    "args,question",
    [
        (["country", "chile"], lambda kb: profiles.country(kb, "chile")),
        (["leader", "xi"], lambda kb: profiles.leader(kb, "xi")),
        (["show", "xi-2016-latin-america"], lambda kb: profiles.show(kb, "xi-2016-latin-america")),
    ],
)
def test_profiles_json_equals_the_library_and_flat_formats_are_refused(args, question):
    import yaml

    result = cli(*args, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == question(load())
    assert yaml.safe_load(cli(*args, "--format", "yaml").stdout) == question(load())
    refused = cli(*args, "--format", "csv")
    assert refused.returncode == 2 and "cannot hold" in refused.stderr


def test_country_chile_reads_as_a_briefing():
    out = cli("country", "chile").stdout
    for expected in (
        "Chile (CL)",
        "1970",
        "comprehensive strategic partnership",
        "2016-11-22",
        "Chile (Santiago), 2016-11-22 – 2016-11-23: state",
        "China–Chile free trade agreement",
        "12 bilateral agreements",
    ):
        assert expected in out, expected


def test_anniversaries_search_and_conflicts_answer_the_analysts_questions():
    assert (
        "55th anniversary of diplomatic relations between China and Peru"
        in cli("anniversaries", "--year", "2026").stdout
    )
    found = cli("search", "production", "capacity", "--format", "tsv").stdout.splitlines()
    assert [line.split("\t")[1] for line in found[1:3]] == [
        "xi-2016-ecuador-production-capacity",
        "xi-2016-peru-production-capacity",
    ]
    conflicts = cli("conflicts").stdout
    assert "2016-11-17" in conflicts and "2016-11-16" in conflicts
    assert "Ministry of Foreign Affairs" in conflicts and "China Daily Europe" in conflicts


def test_shell_completion_offers_names_from_the_data_quoted_and_matched_loosely():
    env = {"_VISITKB_COMPLETE": "complete_bash", "COMP_WORDS": "visitkb trips --leader X", "COMP_CWORD": "3"}
    assert run_cli(env=env).stdout.splitlines() == ["'Xi Jinping'"]  # one shell word, not two
    env.update(COMP_WORDS="visitkb trips --leader jin")  # any word of the name, any case
    assert run_cli(env=env).stdout.splitlines() == ["'Xi Jinping'"]
    env.update(COMP_WORDS="visitkb country pe", COMP_CWORD="2")
    assert run_cli(env=env).stdout.splitlines() == ["Peru"]
    # Countries the data names, not every ISO name: no Pakistan, Palau or Panama.
    env.update(COMP_WORDS="visitkb trips --country c", COMP_CWORD="3")
    assert run_cli(env=env).stdout.splitlines() == ["Chile", "China", "'Costa Rica'", "Cuba"]
    zsh = {"_VISITKB_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "visitkb trips --leader xi"}
    assert run_cli(env=zsh).stdout == "_arguments '*: :((\"Xi Jinping\"))'\n"


def test_every_command_has_a_purpose_and_an_example_in_its_help():
    from test_readme import command_names

    for name in command_names():
        for width in ("60", "200"):
            result = cli(name, "-h", env={"COLUMNS": width})
            assert result.returncode == 0
            # The example comes last, on a line of its own, whole at any width.
            example = result.stdout.rstrip().splitlines()[-1].strip()
            assert example.startswith(f"visitkb {name}") and "Example" in result.stdout, (name, result.stdout)
            # No word is broken after a hyphen: a date pattern stays whole.
            assert "YYYY-MM-\n" not in result.stdout and "YYYY-\n" not in result.stdout, name


def test_the_command_list_has_examples_and_no_cut_summary():
    result = cli("--help", env={"COLUMNS": "80"})
    assert "visitkb trips --leader xi" in result.stdout
    commands = result.stdout.split("Commands:")[1].split("\n\n")[0]
    assert not any(line.rstrip().endswith("...") for line in commands.splitlines()), commands


def test_a_slow_index_build_shows_a_progress_bar_on_a_terminal_only(monkeypatch):
    from visitkb import cli

    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: False)
    assert cli._progress() is None  # piped: never a bar
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True)
    clock = iter([0.0, 0.5, 1.5, 2.0])
    monkeypatch.setattr("time.monotonic", lambda: next(clock))
    started = []

    class FakeProgress:
        def __init__(self, **options):
            started.append(options)

        def start(self):
            pass

        def add_task(self, description, total):
            return 1

        def update(self, task, completed):
            started.append(completed)

        def stop(self):
            started.append("stopped")

    monkeypatch.setattr("rich.progress.Progress", FakeProgress)
    report = cli._progress()
    report(10, 100)  # half a second in: no bar yet
    assert started == []
    report(50, 100)  # past a second: the bar appears
    report(100, 100)
    assert started[1:] == [50, 100, "stopped"]
    assert started[0]["transient"] and started[0]["console"].stderr  # never mixed into the data


def test_a_terminal_that_cannot_show_a_character_gets_an_escape_not_a_crash():
    result = run_cli("trips", "--leader", "xi", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "San Jos\\xe9" in result.stdout and "internal error" not in result.stderr
