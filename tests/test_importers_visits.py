"""Importing the Office of the Historian's visits by foreign leaders: people, offices, types, meetings, merging."""

from pathlib import Path

import pytest
import yaml

from conftest import cli
from visitkb import load, queries
from visitkb.importers.visits import cities, import_visits, meetings_named, split_visitor, visit_types

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "historyatstate-visits-sample"


def visit(record, start, end, visitor, slug, label, description):
    return f"""
    <visit>
        <id>{record}</id><start-date>{start}</start-date><end-date>{end}</end-date>
        <visitor>{visitor}</visitor><from id="{slug}">{label}</from>
        <description>{description}</description>
    </visit>"""


def write_visits(root: Path, *visits: str) -> Path:
    (root / "data").mkdir(parents=True)
    (root / "data" / "1990.xml").write_text("<visits>" + "".join(visits) + "</visits>", encoding="utf-8")
    return root


PRESIDENTS = """
knowledge_base:
  - id: presidents
sources:
  - id: desk
    publisher: Our desk
people:
  - id: bush-41
    name: George H. W. Bush
    country: US
    offices: [{title: President, country: US, start: 1989-01-20, end: 1993-01-20}]
    citations: [{source: desk}]
  - id: bush-43
    name: George W. Bush
    country: US
    offices: [{title: President, country: US, start: 2001-01-20, end: 2009-01-20}]
    citations: [{source: desk}]
  - id: helmut-kohl
    name: Helmut Kohl
    country: DE
    citations: [{source: desk}]
trips:
  - id: kohl-1990-washington
    leader: helmut-kohl
    title: Kohl in Washington
    citations: [{source: desk}]
    legs:
      - id: kohl-1990-washington-leg
        country: US
        types: [working]
        start: 1990-02-24
        end: 1990-02-25
        citations: [{source: desk}]
"""


@pytest.mark.parametrize(
    ("visitor", "title", "name"),
    [
        ("Prime Minister John Major", "Prime Minister", "John Major"),
        ("Chancellor Adenauer", "Chancellor", "Adenauer"),
        ("Emir Hamad bin Khalifa Al Thani", "Emir", "Hamad bin Khalifa Al Thani"),
        ("King Hussein", "King", "Hussein"),
        ("Acting President Arpad Goncz", "Acting President", "Arpad Goncz"),
        ("President-elect Menem", "President-elect", "Menem"),
        ("Premier and Prince Sihanouk", "Premier and Prince", "Sihanouk"),
        ("Governor General Lord Tweedsmuir", "Governor General", "Lord Tweedsmuir"),
        ("Valdas Adamkus", "", "Valdas Adamkus"),
    ],
)
def test_a_visitor_string_splits_into_an_office_and_a_name(visitor, title, name):
    assert split_visitor(visitor) == (title, name)


def test_the_description_gives_types_meetings_and_cities():
    text = (
        "Official working visit. Met with President Bush and Vice President Quayle. "
        "Also visited New York City, Chicago (Illinois), and Texas."
    )
    assert visit_types(text) == ["official", "working"]
    assert [(t, n) for t, n, _ in meetings_named(text)] == [("President", "Bush"), ("Vice President", "Quayle")]
    assert cities(text) == ["New York City", "Chicago"]  # Texas is a state, not a city
    assert visit_types("Attended the NATO Summit Meeting in Chicago.") == ["multilateral"]
    assert visit_types("Informal visit.") == ["informal"]
    assert meetings_named("Met with President Truman April 9 during a private visit.", 1951) == [
        ("President", "Truman", "1951-04-09")
    ]


def test_one_leader_is_one_person_and_meetings_link_to_the_president_of_the_day(tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "records.yaml").write_text(PRESIDENTS, encoding="utf-8")
    source = write_visits(
        tmp_path / "src",
        visit(1, "1991-03-01", "1991-03-02", "Prime Minister John Major", "united-kingdom", "United Kingdom",
              "Working visit. Met with President Bush."),
        visit(2, "2001-06-01", "2001-06-02", "Prime Minister Major", "united-kingdom", "United Kingdom",
              "Private visit. Met with President Bush."),
        visit(3, "1990-02-24", "1990-02-25", "Chancellor Kohl", "germany", "Germany, Federal Republic of",
              "Met with President Bush at Camp David."),
    )  # fmt: skip
    out = tmp_path / "out"
    report = import_visits(source, out, load(desk))
    assert (report.read, report.imported, len(report.merged), report.reported) == (3, 2, 1, [])
    kb = load([desk, out])
    assert kb.errors() == []
    major = [p for p in kb.records("people") if p["name"] == "John Major"]
    assert [(p["country"], [o["title"] for o in p["offices"]]) for p in major] == [("GB", ["Prime Minister"])]
    trips = queries.trips(kb, leader="john major")
    assert [(t["start"], t["legs"][0]["types"]) for t in trips] == [
        ("1991-03-01", ["working"]),
        ("2001-06-01", ["private"]),
    ]
    met = {m["start"] or m["id"]: [p["id"] for p in m["people"]] for m in queries.meetings(kb)}
    # "President Bush" is the Bush in office on the day.
    assert sorted(tuple(v) for v in met.values()) == [
        ("helmut-kohl", "bush-41"),
        ("john-major", "bush-41"),
        ("john-major", "bush-43"),
    ]
    # Kohl's visit was already recorded: the dataset's citation joins that leg, no second trip.
    assert [t["id"] for t in queries.trips(kb, leader="kohl")] == ["kohl-1990-washington"]
    assert cli("check", "-d", str(desk), "-d", str(out)).returncode == 0


@pytest.mark.skipif(not SAMPLE.exists(), reason="the shared dataset is not beside this checkout")
def test_the_sample_imports_every_visit_with_people_offices_types_and_events(tmp_path):
    out = tmp_path / "visits-kb"
    result = cli("import", "historyatstate-visits", str(SAMPLE), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-2].startswith("visitkb: read 36, imported 36, merged 0, reported 0;")
    kb = load(out)  # with the bundled knowledge base, which the import extends
    assert kb.errors() == []
    created = yaml.safe_load((out / "people.yaml").read_text(encoding="utf-8"))["people"]
    assert len(created) > 30 and all(p["offices"] and p["country"] for p in created)
    imported = [trip for trip in kb.records("trips") if trip["citations"][0]["source"] == "historyatstate-visits"]
    assert len(imported) == 36 and all(leg["country"] == "US" for trip in imported for leg in trip["legs"])
    types = {t for trip in imported for leg in trip["legs"] for t in leg["types"]}
    assert {"state", "official", "working", "private", "multilateral"} <= types
    assert any(leg["events"] for trip in imported for leg in trip["legs"])
    assert all(
        c["source"] == "historyatstate-visits" and "record" in c["note"]
        for trip in imported
        for leg in trip["legs"]
        for c in leg["citations"]
    )
    assert cli("check", "-d", str(out)).returncode == 0
