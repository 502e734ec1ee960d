"""The importers' registry and the Office of the Historian's travels: journeys, codes, summits, merging,
and nothing lost."""

import json
import textwrap
from pathlib import Path

import pytest

from conftest import cli
from visitkb import load, queries
from visitkb.importers import IMPORTERS
from visitkb.importers.historyatstate import country_code
from visitkb.importers.historyatstate import import_travels as import_historyatstate
from visitkb.profiles import show as profiles_show

REAL = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "historyatstate-travels"


def leg(
    record, start, end, slug, label, locale="", remarks="", who="obama-barack", name="Barack Obama", role="president"
):
    return f"""
    <trip role="{role}" who="{who}">
        <id>{record}</id><role>{role}</role><name>{name}</name>
        <start-date>{start}</start-date><end-date>{end}</end-date>
        <country id="{slug}">{label}</country>
        <locale>{locale}</locale>
        <remarks>{remarks}</remarks>
    </trip>"""


def write_dataset(root: Path) -> Path:
    (root / "president-travels").mkdir(parents=True)
    (root / "presidents").mkdir()
    (root / "president-travels" / "obama-barack.xml").write_text(
        "<trips>"
        + leg(1, "2016-11-15", "2016-11-16", "greece", "Greece", "Athens", "Met with Prime Minister Tsipras.")
        + leg(2, "2016-11-16", "2016-11-18", "germany", "Germany", "Berlin", "State visit.")
        + leg(
            3,
            "2016-11-18",
            "2016-11-20",
            "peru",
            "Peru",
            "Lima",
            "Met with President Kuczynski and attended APEC Summit Meetings.",
        )
        + leg(4, "2009-02-19", "2009-02-19", "canada", "Canada", "Ottawa, Gatineau", "Working visit.")
        + "</trips>",
        encoding="utf-8",
    )
    (root / "president-travels" / "nixon-richard-m.xml").write_text(
        "<trips>"
        + leg(
            5,
            "1972-05-22",
            "1972-05-30",
            "russia",
            "U.S.S.R.",
            "Moscow",
            "State visit.",
            who="nixon-richard-m",
            name="Richard M. Nixon",
        )
        + leg(
            6,
            "1970-09-30",
            "1970-10-02",
            "yugoslavia",
            "Yugoslavia",
            "Belgrade",
            "State visit.",
            who="nixon-richard-m",
            name="Richard M. Nixon",
        )
        + "</trips>",
        encoding="utf-8",
    )
    (root / "presidents" / "presidents.xml").write_text(
        textwrap.dedent("""
        <presidents>
          <president n="37"><id>nixon-richard-m</id><name>Richard M. Nixon</name>
            <took-office-date>1969-01-20</took-office-date><left-office-date>1974-08-09</left-office-date></president>
          <president n="44"><id>obama-barack</id><name>Barack Obama</name>
            <took-office-date>2009-01-20</took-office-date><left-office-date>2017-01-20</left-office-date></president>
        </presidents>"""),
        encoding="utf-8",
    )
    return root


def test_legs_become_journeys_with_codes_cities_types_and_citations(tmp_path):
    source = write_dataset(tmp_path / "src")
    report = import_historyatstate(source, tmp_path / "out")
    assert (report.read, report.imported, report.created["trips"], report.created["people"]) == (6, 6, 4, 2)
    assert report.reported == []
    kb = load(tmp_path / "out")
    assert kb.errors() == []
    trips = {t["id"]: t for t in queries.trips(kb)}
    assert list(trips) == [
        "nixon-richard-m-1970-09-30",
        "nixon-richard-m-1972-05-22",
        "obama-barack-2009-02-19",
        "obama-barack-2016-11-15",
    ]
    tour = trips["obama-barack-2016-11-15"]
    assert [(leg["country"]["code"], leg["types"]) for leg in tour["legs"]] == [
        ("GR", ["meeting"]),
        ("DE", ["state"]),
        ("PE", ["multilateral"]),
    ]
    assert (tour["start"], tour["end"], tour["title"]) == (
        "2016-11-15",
        "2016-11-20",
        "Visit to Greece, Germany and Peru",
    )
    assert trips["obama-barack-2009-02-19"]["legs"][0]["cities"] == ["Ottawa", "Gatineau"]
    moscow = kb.get("visits", "nixon-richard-m-5")
    # The name of the time decides: a leg in the U.S.S.R. is in the Soviet Union, not in Russia.
    assert (moscow["country"], moscow["country_label"]) == ("SUHH", "U.S.S.R.")
    assert kb.get("visits", "nixon-richard-m-6")["country"] == "YUCS"
    assert queries.visits(kb, country="russia") == []
    assert [v["id"] for v in queries.visits(kb, country="russia", with_predecessors=True)] == ["nixon-richard-m-5"]
    assert moscow["citations"] == [
        {
            "source": "historyatstate-travels",
            "excerpt": None,
            "note": "president travels record 5",
            "derived": None,
            "supports": [],
        }
    ]
    nixon = kb.get("people", "nixon-richard-m")
    assert nixon["offices"][0]["start"] == "1969-01-20"


def test_importing_again_changes_nothing(tmp_path):
    source = write_dataset(tmp_path / "src")
    import_historyatstate(source, tmp_path / "out")
    before = {p: p.read_bytes() for p in (tmp_path / "out").rglob("*.yaml")}
    again = import_historyatstate(source, tmp_path / "out")
    assert again.files_changed == []
    assert {p: p.read_bytes() for p in (tmp_path / "out").rglob("*.yaml")} == before


def test_summits_link_to_events_already_known_so_both_leaders_meet(tmp_path):
    source = write_dataset(tmp_path / "src")
    result = cli("import", "historyatstate", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "check it with: visitkb check -d :bundled: -d" in result.stderr
    both = [":bundled:", str(tmp_path / "out")]
    kb = load(both)
    assert kb.errors() == []
    lima = [e for e in queries.events(kb, year=2016, country="peru")]
    assert [(e["id"], [p["name"] for p in e["participants"]]) for e in lima] == [
        ("apec-2016-lima", ["Xi Jinping", "Barack Obama"])
    ]
    check = cli("check", "-d", ":bundled:", "-d", str(tmp_path / "out"))
    assert check.returncode == 0, check.stderr


def test_standalone_import_passes_check_on_its_own(tmp_path):
    source = write_dataset(tmp_path / "src")
    result = cli("import", "historyatstate", str(source), "--out", str(tmp_path / "out"), "--standalone")
    assert result.returncode == 0, result.stderr
    assert cli("check", "-d", str(tmp_path / "out")).returncode == 0
    events = queries.events(load(tmp_path / "out"))
    assert [(e["id"], e["start"]) for e in events] == [("apec-2016-lima", "2016-11")]


@pytest.mark.skipif(not REAL.exists(), reason="the shared dataset is not beside this checkout")
@pytest.mark.slow
def test_the_whole_dataset_imports_every_leg_or_reports_it(tmp_path):
    report = import_historyatstate(REAL, tmp_path / "out", load())
    in_xml = sum(p.read_text(encoding="utf-8").count("<trip ") for p in REAL.glob("*-travels/*.xml"))
    assert report.read == in_xml
    assert report.imported + len(report.merged) == in_xml
    assert report.reported == []
    kb = load([":bundled:", str(tmp_path / "out")])
    assert kb.errors() == []
    rows = queries.trips(kb, leader="obama", country="peru")
    lima = [leg for t in rows for leg in t["legs"] if leg["country"]["code"] == "PE"]
    assert [(leg["start"], leg["cities"]) for leg in lima] == [("2016-11-18", ["Lima"])]


def test_broken_xml_is_an_error_with_file_line_and_column_and_bad_dates_are_reported(tmp_path):
    source = write_dataset(tmp_path / "src")
    broken = source / "president-travels" / "taft-william-howard.xml"
    broken.write_text("<trips>\n  <trip who='x'><id>9</id>\n</trips>\n", encoding="utf-8")
    result = cli("import", "historyatstate", str(source), "--out", str(tmp_path / "out"), "--standalone")
    assert result.returncode == 1
    assert f"{broken}:3:" in result.stderr and "error[xml]" in result.stderr
    assert "Traceback" not in result.stderr
    broken.write_text(
        "<trips>" + leg(9, "1909-13-01", "1909-13-02", "mexico", "Mexico", who="taft-william-howard") + "</trips>",
        encoding="utf-8",
    )
    report = import_historyatstate(source, tmp_path / "out")
    assert report.read == 7
    assert (
        "record 9",
        "Mexico: dates '1909-13-01'..'1909-13-02' in taft-william-howard.xml are not YYYY-MM-DD",
    ) in report.reported


def test_every_registered_importer_has_a_command_with_dry_run():
    for name, importer in IMPORTERS.items():
        assert callable(importer.load())
        result = cli("import", name, "--help")
        assert result.returncode == 0, result.stderr
        assert "--dry-run" in result.stdout and "--out" in result.stdout


@pytest.mark.parametrize(
    ("slug", "label", "year", "code"),
    [
        ("korea-north", "Korea, North", 2000, "KP"),
        ("korea-south", "Korea", 1960, "KR"),
        ("congo-democratic-republic", "Congo, Democratic Republic of the (Zaire)", 2005, "CD"),
        ("congo-republic", "Congo, Republic of", 2000, "CG"),
        ("cape-verde", "Cabo Verde", 2010, "CV"),
        ("cote-divoire", "Côte d’Ivoire", 2010, "CI"),
        ("yemen", "Yemen", 1995, "YE"),
        ("bosnia-herzegovina", "Bosnia", 1995, "BA"),
        ("germany", "Germany, Federal Republic of", 1970, "DE"),
        ("ussr", "U.S.S.R.", 1970, "SUHH"),
        ("czechoslovakia", "Czechoslovakia", 1974, "CSHH"),
        ("serbia-montenegro", "Serbia and Montenegro", 2005, "CSXX"),
        ("kosovo", "Kosovo", 2009, "XK"),
        ("st-kitts", "St. Christopher and Nevis", 1990, "KN"),
    ],
)
def test_countries_resolve_from_names_of_the_time_without_a_table_of_the_sample(slug, label, year, code):
    assert country_code(slug, label, year) == code


def test_an_unknown_country_is_reported_with_its_record_never_guessed(tmp_path):
    source = write_dataset(tmp_path / "src")
    (source / "president-travels" / "taft-william-howard.xml").write_text(
        "<trips>"
        + leg(77, "1909-01-29", "1909-02-07", "ruritania", "Ruritania", who="taft-william-howard")
        + "</trips>",
        encoding="utf-8",
    )
    report = import_historyatstate(source, tmp_path / "out")
    assert [r for r, _ in report.reported] == ["record 77"]
    assert "Ruritania" in report.reported[0][1]
    assert report.imported == 6


def test_the_import_alone_answers_and_checks_clean_as_it_extends_the_bundled_one(tmp_path):
    source = write_dataset(tmp_path / "src")
    out = tmp_path / "us-kb"
    assert cli("import", "historyatstate", str(source), "--out", str(out)).returncode == 0
    result = cli("trips", "-d", str(out), "--leader", "obama", "--country", "peru", "--format", "json")
    assert result.returncode == 0, result.stderr
    legs = [leg for trip in json.loads(result.stdout) for leg in trip["legs"] if leg["country"]["code"] == "PE"]
    assert [(leg["start"], leg["events"][0]["id"]) for leg in legs] == [("2016-11-18", "apec-2016-lima")]
    check = cli("check", "-d", str(out))
    assert (check.returncode, check.stderr) == (0, "")


def test_a_journey_already_known_gets_the_citation_and_differing_dates_as_claims(tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "records.yaml").write_text(
        textwrap.dedent("""
        knowledge_base:
          - id: desk
        sources:
          - id: desk-notes
            publisher: Our desk
        people:
          - id: obama
            name: Barack Obama
            country: US
            citations: [{source: desk-notes}]
        trips:
          - id: obama-2016-farewell
            leader: obama
            title: Farewell tour
            citations: [{source: desk-notes}]
            legs:
              - id: obama-2016-lima
                country: PE
                types: [multilateral]
                start: 2016-11-19
                end: 2016-11-20
                citations: [{source: desk-notes}]
        """),
        encoding="utf-8",
    )
    source = write_dataset(tmp_path / "src")
    out = tmp_path / "out"
    result = cli("import", "historyatstate", str(source), "--out", str(out), "-d", str(desk))
    assert result.returncode == 0, result.stderr
    assert "merged: record 3 is leg 'obama-2016-lima' of 'obama-2016-farewell' (1 value(s) differ" in result.stderr
    assert "merged 1," in result.stderr.splitlines()[-2]
    kb = load([desk, out])
    assert kb.errors() == []
    peru = [leg for trip in queries.trips(kb, leader="obama", country="peru") for leg in trip["legs"]]
    assert [leg["id"] for leg in peru if leg["country"]["code"] == "PE"] == ["obama-2016-lima"]
    lima = profiles_show(kb, "obama-2016-lima")
    assert {c["source"] for c in lima["citations"]} == {"desk-notes", "historyatstate-travels"}
    assert [(c["field"], c["recorded"]["value"], c["claimed"]["value"]) for c in lima["claims"]] == [
        ("start", "2016-11-19", "2016-11-18")
    ]
    assert cli("check", "-d", str(desk), "-d", str(out)).returncode == 0


def test_a_dry_run_writes_nothing_and_says_what_it_would_write(tmp_path):
    source = write_dataset(tmp_path / "src")
    result = cli("import", "historyatstate", str(source), "--out", str(tmp_path / "out"), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "out").exists()
    assert "would write" in result.stderr.splitlines()[-1] and "trips/obama-barack.yaml" in result.stderr


def test_a_rerun_with_the_same_inputs_stops_early_and_a_changed_file_is_imported_again(tmp_path):
    source = write_dataset(tmp_path / "src")
    out = tmp_path / "out"
    import_historyatstate(source, out)
    assert import_historyatstate(source, out).unchanged_inputs
    (out / "people.yaml").write_text("people: []\n", encoding="utf-8")  # a hand edit is overwritten, not trusted
    again = import_historyatstate(source, out)
    assert not again.unchanged_inputs and again.files_changed == ["people.yaml"]


def test_a_record_in_two_files_and_under_another_id_form_is_one_leg(tmp_path):
    source = write_dataset(tmp_path / "src")
    (source / "president-travels" / "up-to-2016.xml").write_text(
        "<trips>" + leg("Travel-4-president", "2009-02-19", "2009-02-19", "canada", "Canada", "Ottawa") + "</trips>",
        encoding="utf-8",
    )
    report = import_historyatstate(source, tmp_path / "out")
    assert report.imported == 6
    assert "1 record(s) appear in more than one file" in report.notes[0]
    assert load(tmp_path / "out").get("visits", "obama-barack-4") is not None


def test_an_output_folder_that_cannot_be_made_is_one_line_and_exit_1(tmp_path):
    source = write_dataset(tmp_path / "src")
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    result = cli("import", "historyatstate", str(source), "--out", str(tmp_path / "a-file" / "kb"), "--standalone")
    assert result.returncode == 1
    assert result.stderr.startswith("visitkb: cannot write into") and result.stderr.count("\n") == 1


def test_a_folder_of_the_other_dataset_is_a_usage_error_and_writes_nothing(tmp_path):
    source = write_dataset(tmp_path / "src")
    result = cli("import", "historyatstate-visits", str(source), "--out", str(tmp_path / "out"), "--standalone")
    assert result.returncode == 2 and "holds no visits records" in result.stderr
    assert not (tmp_path / "out").exists()
