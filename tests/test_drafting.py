"""`visitkb draft`: articles in, draft records with verbatim excerpts out; `add --from-draft` takes them."""

import datetime as dt
from pathlib import Path

import pytest
import yaml

from conftest import cli
from visitkb.drafting import read_article
from visitkb.drafting.clauses import dateline
from visitkb.drafting.rules import Reader
from visitkb.drafting.text import html_to_text, sentences
from visitkb.drafting.when import find_dates

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "archive" / "000_b54ad22e21fb4fb7.txt"
SEED_SOURCE = "seed-2016-11-xi-latin-america-tour"

# Written for these tests, in the style of a wire report; the leader and places are invented
# where a real pair would tie the test to one region.
WIRE = """OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a four-day state visit to Norway on Friday, \
after the two governments signed 11 agreements and lifted their ties to a strategic partnership from a \
cooperative partnership.

Mwangi arrived in Oslo on Tuesday and held talks with Prime Minister Ingrid Solberg on Wednesday. \
The two leaders have met more than 40 times since 2010, officials said.

Trade between the two countries reached 2.4 billion U.S. dollars in 2022. Trade between Norway and Sweden \
reached 30 billion dollars in 2022.

Norway pledged 300 million dollars for clean energy projects in Kenya over the next five years.

Next year marks the 60th anniversary of diplomatic relations, and the 80th anniversary of the victory \
in the war was also marked this week. Mwangi last visited Norway in 2015, and is due to visit Denmark next month.
"""


def _findings(text: str, published: str) -> dict[str, list[dict]]:
    _, found = read_article(text, dt.date.fromisoformat(published))
    by_kind: dict[str, list[dict]] = {}
    for finding in found:
        by_kind.setdefault(finding.kind, []).append(finding.fields)
    return by_kind


def test_dates_resolve_from_the_publication_date():
    friday = dt.date(2023, 6, 9)
    assert [d[2:] for d in find_dates("arrived on Friday", friday)] == [("2023-06-09", None)]
    assert [d[2:] for d in find_dates("arrived on Tuesday", friday)] == [("2023-06-06", None)]
    assert [d[2:] for d in find_dates("is due to leave on Saturday", friday, ahead=True)] == [("2023-06-10", None)]
    assert [d[2:] for d in find_dates("talks on June 7-8", friday)] == [("2023-06-07", "2023-06-08")]
    assert [d[2:] for d in find_dates("from Nov 17 to 23", dt.date(2016, 11, 26))] == [("2016-11-17", "2016-11-23")]
    # A month without a year, months ahead of a report, was last year's.
    assert [d[2:] for d in find_dates("in December", dt.date(2023, 2, 1))] == [("2022-12", None)]
    # A source dated to the month only: a weekday is known to its month, no more.
    assert [d[2:] for d in find_dates("on Friday", dt.date(2016, 11, 30), day_known=False)] == [("2016-11", None)]


def test_html_is_stripped_to_its_story_and_a_dateline_paragraph_joins_the_first_sentence():
    page = (
        "<html><head><title>T</title><script>var x=1;</script></head><body><nav><a>World</a></nav>"
        '<article><h1>Headline</h1><p class="dateline">OSLO, June 9 (Test Wire) -</p>'
        "<p>Amani Mwangi arrived on Friday.</p><p>He met &amp; talked.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    text = html_to_text(page)
    assert text == "OSLO, June 9 (Test Wire) - Amani Mwangi arrived on Friday.\n\nHe met & talked.\n"
    assert [s.text for s in sentences("The U.S. dollars rose. Mr. Li left. Then rain.")] == [
        "The U.S. dollars rose.",
        "Mr. Li left.",
        "Then rain.",
    ]


def test_a_wire_report_gives_its_trip_meetings_counts_and_avoids_the_traps():
    found = _findings(WIRE, "2023-06-09")
    assert found["trip"][0]["leader"] == "Amani Mwangi"
    assert [(leg["country"], leg["types"], leg["start"], leg["end"]) for leg in found["legs"]] == [
        ("NO", ["state"], "2023-06-06", "2023-06-09")
    ]
    assert {(m["with"], m["form"], m["date"]) for m in found["meetings"]} == {("Ingrid Solberg", "talks", "2023-06-07")}
    # "met more than 40 times" is not an agreement count; "11 agreements" is.
    assert [(c["value"], c["qualifier"], c["status"]) for c in found["agreement_counts"]] == [(11, "exact", "signed")]
    assert found["partnerships"] == [
        {
            "parties": ["KE", "NO"],
            "label": "strategic partnership",
            "change": "upgraded",
            "from": "cooperative partnership",
        }
    ]
    # A figure for another pair keeps that pair.
    assert sorted((tuple(f["parties"]), f["value"]) for f in found["figures"]) == [
        (("KE", "NO"), 2.4),
        (("NO", "SE"), 30.0),
    ]
    pledge = found["pledges"][0]
    assert (pledge["value"], pledge["scale"], pledge["unit"], pledge["deadline"]) == (300, "million", "USD", 2028)
    # "next year marks the 60th anniversary" in 2023: 1964, derived; the victory's anniversary is no relation.
    assert [(r["countries"], r["established"], r.get("derived_from")) for r in found["relations"]] == [
        (["KE", "NO"], 1964, "60th anniversary")
    ]
    # The 2015 visit and the planned one to Denmark are no legs.
    assert {leg["country"] for leg in found["legs"]} == {"NO"}


def test_deepening_a_partnership_is_no_upgrade_and_expected_agreements_are_not_signed():
    text = (
        "ROME, March 3 (Test Wire) - Chilean President Marta Rojas began a state visit to Italy on Friday.\n\n"
        "Rojas and Italian Prime Minister Luca Bianchi agreed to deepen their strategic partnership. "
        "Officials said about 20 agreements were expected to be signed during the visit.\n"
    )
    found = _findings(text, "2023-03-03")
    assert [p["change"] for p in found["partnerships"]] == ["reaffirmed"]
    assert [(c["value"], c["qualifier"], c["status"]) for c in found["agreement_counts"]] == [(20, "about", "expected")]


def test_every_excerpt_is_a_verbatim_clause_of_the_archived_text_with_its_offsets():
    text, found = read_article(WIRE, dt.date(2023, 6, 9))
    assert found
    for finding in found:
        excerpt = text[finding.start : finding.end]
        assert excerpt.strip() == excerpt and 0 < len(excerpt) <= 300
        assert finding.rule and 0 < finding.confidence <= 1


def test_the_seed_drafts_its_tour_and_duplicates_of_bundled_records_are_reported_as_such(tmp_path):
    out = tmp_path / "drafts" / "seed.yaml"
    ran = cli("draft", str(SEED), "--source", SEED_SOURCE, "--out", str(out), "--json")
    assert ran.returncode == 0, ran.stderr
    summary = yaml.safe_load(ran.stdout)
    duplicated = {(d["kind"], d["of"]) for d in summary["duplicates"]}
    assert {
        ("trip", "xi-2016-latin-america"),
        ("visit", "xi-2016-ecuador"),
        ("visit", "xi-2016-peru"),
        ("visit", "xi-2016-chile"),
        ("event", "apec-2016-lima"),
        ("agreement", "xi-2016-bilateral-cooperation-documents"),
        ("partnership", "china-ecuador-comprehensive-strategic-2016"),
        ("partnership", "china-chile-comprehensive-strategic-2016"),
        ("target", "china-lac-trade-500bn-2025"),
        ("target", "china-lac-investment-250bn-2025"),
        ("relation", "china-ecuador"),
        ("relation", "china-peru"),
    } <= duplicated
    assert "duplicates of known records" in ran.stderr
    assert (tmp_path / "drafts" / "archive" / SEED.name).read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")
    checked = cli("check", "--strict", "-d", ":bundled:", "-d", str(out.parent))
    assert checked.returncode == 0, checked.stderr
    # A changed excerpt fails the same check: the excerpts are verified, not merely present.
    out.write_text(out.read_text(encoding="utf-8").replace("Xi returned to Beijing", "Xi came to Beijing"))
    checked = cli("check", "--strict", "-d", ":bundled:", "-d", str(out.parent))
    assert checked.returncode == 1 and "excerpt-not-in-source" in checked.stderr


def test_a_new_article_drafts_new_records_which_add_from_draft_takes_through_the_checked_path(tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, encoding="utf-8")
    out = tmp_path / "drafts" / "wire.yaml"
    ran = cli("draft", str(article), "--source", "test-wire-2023-06-09", "--published", "2023-06-09", "--out", str(out))
    assert ran.returncode == 0, ran.stderr
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert draft["sources"][0]["archived"] == "test-wire-2023-06-09.txt"
    trip = draft["trips"][0]
    assert trip["id"].startswith("draft-") and trip["legs"][0]["country"] == "NO"
    citation = trip["legs"][0]["citations"][0]
    assert citation["excerpt"] in (out.parent / "archive" / "test-wire-2023-06-09.txt").read_text(encoding="utf-8")
    assert "rule" in citation["note"] and "confidence" in citation["note"] and "characters" in citation["note"]
    checked = cli("check", "--strict", "-d", ":bundled:", "-d", str(out.parent))
    assert checked.returncode == 0, checked.stderr

    kb = tmp_path / "my-kb"
    people = [p["id"] for p in draft["people"]]
    taken = cli("add", "--from-draft", str(out), *people, trip["id"], "-d", str(kb))
    assert taken.returncode == 0, taken.stderr
    assert (kb / "archive" / "test-wire-2023-06-09.txt").exists()
    trips = cli("trips", "-d", str(kb), "-f", "json")
    assert trip["id"].removeprefix("draft-") in trips.stdout
    marked = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert any(note.startswith("Taken into ") for note in marked["trips"][0]["notes"])
    assert cli("check", "--strict", "-d", str(kb)).returncode == 0
    # A meeting names the people and the leg taken before it: their final ids, not the draft's.
    meeting = marked["meetings"][0]["id"]
    assert cli("add", "--from-draft", str(out), meeting, "-d", str(kb)).returncode == 0
    assert "Solberg" in cli("meetings", "-d", str(kb), "-f", "json").stdout


def test_add_from_draft_refuses_what_would_break_the_knowledge_base_and_writes_nothing(tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, encoding="utf-8")
    out = tmp_path / "drafts" / "wire.yaml"
    cli("draft", str(article), "--source", "test-wire", "--published", "2023-06-09", "--out", str(out))
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    kb = tmp_path / "my-kb"
    # The trip without its leader (a draft person): refused with the check's diagnostics, exit 1.
    ran = cli("add", "--from-draft", str(out), draft["trips"][0]["id"], "-d", str(kb))
    assert ran.returncode == 1 and "nothing written" in ran.stderr
    assert not list(kb.glob("trips/*.yaml"))
    before = out.read_text(encoding="utf-8")
    ran = cli("add", "--from-draft", str(out), "draft-no-such-record", "-d", str(kb))
    assert ran.returncode == 2 and "no record 'draft-no-such-record'" in ran.stderr
    assert out.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.txt", "--source", "x"], "does not exist"),
        (["{article}", "--source", "Bad Id"], "is not an id"),
        (["{article}", "--source", "x"], "give --published"),
        (["{article}", "--source", "x", "--published", "2023-13-01"], "--published"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    article = tmp_path / "a.txt"
    article.write_text(WIRE, encoding="utf-8")
    ran = cli("draft", *[a.replace("{article}", str(article)) for a in args])
    assert ran.returncode == 2
    assert message in ran.stderr and len(ran.stderr.strip().splitlines()) == 1


def test_standard_input_is_read_and_the_draft_printed_without_out():
    ran = cli("draft", "-", "--source", "stdin-wire", "--published", "2023-06-09", input_text=WIRE)
    assert ran.returncode == 0, ran.stderr
    assert "trips:" in ran.stdout and "give --out FILE" in ran.stderr


def test_the_readme_draft_examples_run_in_order(tmp_path, monkeypatch):
    import re
    import shlex
    import subprocess

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### `visitkb draft`", 1)[1].split("\n### ", 1)[0]
    examples = re.findall(r"^    ((?:visitkb|echo) .+)$", section, re.M)
    assert len(examples) == 4
    fresh = tmp_path / "work" / "fresh"
    fresh.mkdir(parents=True)
    (tmp_path / "work" / "shared" / "seed").mkdir(parents=True)
    (tmp_path / "work" / "shared" / "seed" / SEED.name).write_bytes(SEED.read_bytes())
    monkeypatch.chdir(fresh)
    for example in examples:
        piped = None
        if example.startswith("echo "):
            echoed, example = example.split(" | ", 1)
            piped = subprocess.run(["bash", "-c", echoed], capture_output=True, text=True).stdout
        ran = cli(*shlex.split(example)[1:], input_text=piped)
        assert ran.returncode == 0, (example, ran.stderr)
    assert cli("trips", "-d", "drafted-kb", "-f", "json").stdout.count("mwangi-2023-06-norway") >= 1


def test_a_duplicate_is_taken_as_an_annotation_of_the_bundled_record(tmp_path):
    out = tmp_path / "drafts" / "seed.yaml"
    assert cli("draft", str(SEED), "--source", SEED_SOURCE, "--out", str(out)).returncode == 0
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    annotation = next(a for a in draft["annotations"] if a["record"] == "xi-2016-bilateral-cooperation-documents")
    # The reviewer sees what the article says, not only which record it repeats.
    assert any("qualifier more-than" in note and "value 40" in note for note in annotation["notes"])
    kb = tmp_path / "my-kb"
    ran = cli("add", "--from-draft", str(out), annotation["id"], "-d", str(kb), "-d", ":bundled:")
    assert ran.returncode == 0, ran.stderr
    written = "".join(path.read_text(encoding="utf-8") for path in kb.rglob("*.yaml"))
    assert "record: xi-2016-bilateral-cooperation-documents" in written
    assert annotation["id"].removeprefix("draft-") in written
    assert cli("check", "-d", str(kb), "-d", ":bundled:").returncode == 0


def _legs(text: str, published: str) -> list[tuple]:
    found = _findings(text, published)
    return [(leg["country"], leg["cities"], leg["start"]) for leg in found.get("legs", [])]


def test_a_story_filed_at_home_drafts_the_visit_abroad_not_the_dateline():
    # The dateline is where the story was filed; the traveller is whoever arrives.
    text = "BEIJING, May 8 -- Xi Jinping arrived in Moscow on Monday for a state visit to Russia.\n"
    assert _legs(text, "2023-05-09") == [("RU", ["Moscow"], "2023-05-08")]
    assert _findings(text, "2023-05-09")["trip"][0]["leader"] == "Xi Jinping"


@pytest.mark.parametrize(
    "text, legs",
    [
        # Passive voice: the one welcomed is the visitor, the host's city is the leg's.
        (
            "President Emmanuel Macron was welcomed by Nigerian President Bola Tinubu in Abuja on Saturday, "
            "the start of a two-day state visit.",
            [("NG", ["Abuja"], "2023-05-06")],
        ),
        # Active voice: "X welcomed Y to Z" travels Y, not X.
        (
            "LAGOS (Test Wire) - Nigerian President Bola Tinubu welcomed French President Emmanuel Macron to Abuja "
            "on Saturday.",
            [("NG", ["Abuja"], "2023-05-06")],
        ),
        # "left for" a city is an arrival there; "will travel on to" is a planned stop, no leg yet.
        (
            "NEW DELHI: Indian Prime Minister Narendra Modi left for Abu Dhabi on Tuesday, after which he will "
            "travel on to Qatar.",
            [("AE", ["Abu Dhabi"], "2023-05-09")],
        ),
        # A list of places visited: the day said after one place is not every place's.
        (
            "Japanese Prime Minister Fumio Kishida visited Egypt, Ghana and Kenya, where he met President "
            "William Ruto on Monday.",
            [("EG", [], None), ("GH", [], None), ("KE", [], None)],
        ),
    ],
)
def test_the_traveller_is_the_subject_of_arriving_visiting_or_being_received(text, legs):
    assert _legs(text, "2023-05-10") == legs


def test_left_for_a_city_is_no_end_of_the_trip():
    text = "NEW DELHI -- Indian Prime Minister Narendra Modi left for Abu Dhabi on Tuesday on a visit.\n"
    assert _findings(text, "2023-05-10")["trip"][0]["end"] is None


def test_meetings_in_other_wordings_each_give_one_record_per_person_and_form():
    text = (
        "BERLIN (Test Wire) - Indian Prime Minister Narendra Modi arrived in Berlin on Monday for a visit.\n\n"
        "Modi had talks with Chancellor Olaf Scholz on Monday. He also sat down with President Frank-Walter "
        "Steinmeier on Tuesday. The prime minister conferred with opposition leader Friedrich Merz. "
        "Modi was hosted at a state banquet by President Steinmeier on Tuesday. "
        "The two leaders held a video conference with Ukrainian President Volodymyr Zelensky. "
        "They reviewed plans for the next meeting of the Joint Commission.\n"
    )
    found = {(m["with"], m["form"]) for m in _findings(text, "2022-05-03")["meetings"]}
    assert found == {
        ("Olaf Scholz", "talks"),
        ("Frank-Walter Steinmeier", "talks"),
        ("Friedrich Merz", "talks"),
        ("Frank-Walter Steinmeier", "banquet"),
        ("Volodymyr Zelensky", "video"),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("May 30-June 2", ("2023-05-30", "2023-06-02")),
        ("30 May - 2 June", ("2023-05-30", "2023-06-02")),
        ("9-11 June", ("2023-06-09", "2023-06-11")),
        ("between 7 and 9 June", ("2023-06-07", "2023-06-09")),
        ("on Tuesday, June 6", ("2023-06-06", None)),
        ("on the 5th of June", ("2023-06-05", None)),
        ("on 12 June 2021", ("2021-06-12", None)),
    ],
)
def test_dates_in_other_shapes(text, expected):
    assert [d[2:] for d in find_dates(text, dt.date(2023, 6, 9))] == [expected]


def test_amounts_in_other_currencies_and_words_and_the_giver_is_a_party():
    text = (
        "TOKYO (Test Wire) - Indian Prime Minister Narendra Modi arrived in Tokyo on Monday for a visit to Japan.\n\n"
        "Japan pledged JPY 5 trillion (about Rs 3.2 lakh crore) in investment in India over the next five years. "
        "Britain promised £1.5bn in climate finance. India offered a line of credit of Rs 5,000 crore to Sri Lanka. "
        "The two sides agreed to raise trade to two billion dollars by 2030. Bilateral trade reached USD 21 billion "
        "last year.\n"
    )
    found = _findings(text, "2023-05-10")
    pledges = {(p["value"], p["scale"], p["unit"], tuple(sorted(p["parties"]))) for p in found["pledges"]}
    assert pledges == {
        (5, "trillion", "JPY", ("IN", "JP")),
        (1.5, "billion", "GBP", ("GB", "IN")),
        (50, "billion", "INR", ("IN", "LK")),
        (2, "billion", "USD", ("IN", "JP")),
    }
    assert [(f["value"], f["unit"], f["period"]) for f in found["figures"]] == [(21, "USD", 2022)]


def test_partnerships_and_relations_in_other_wordings():
    text = (
        "HANOI (Test Wire) - U.S. President Joe Biden arrived in Hanoi on Sunday for a visit to Vietnam.\n\n"
        "Biden and General Secretary Nguyen Phu Trong elevated ties to a Comprehensive Strategic Partnership. "
        "The two countries normalized relations in 1995. Vietnam and India established diplomatic relations in 1972. "
        "Thailand and Vietnam mark the fiftieth anniversary of bilateral relations next year. "
        "Ties with Laos were severed in 1978.\n"
    )
    found = _findings(text, "2023-09-11")
    assert [(p["label"], p["change"]) for p in found["partnerships"]] == [
        ("comprehensive strategic partnership", "upgraded")
    ]
    assert sorted((tuple(r["countries"]), r["established"]) for r in found["relations"]) == [
        (("IN", "VN"), 1972),
        (("TH", "VN"), 1974),
        (("US", "VN"), 1995),
    ]


def test_a_press_release_with_a_headline_and_a_title_after_the_name():
    text = (
        "MINISTRY OF FOREIGN AFFAIRS - PRESS RELEASE\n\n"
        "Joint Statement on the State Visit of the President of the Republic of Ghana to Norway\n\n"
        "Oslo, 12 March 2024\n\n"
        "At the invitation of the Prime Minister of Norway, His Excellency Mr. Kofi Mensah, President of the "
        "Republic of Ghana, paid a State Visit to Norway from 10 to 12 March 2024.\n\n"
        "On 11 March, the two leaders held talks. Norway and Ghana established diplomatic relations in 1960.\n"
    )
    found = _findings(text, "2024-03-12")
    assert found["trip"][0]["leader"] == "Kofi Mensah"
    assert [(leg["country"], leg["types"], leg["start"]) for leg in found["legs"]] == [("NO", ["state"], "2024-03-10")]
    assert [(r["countries"], r["established"]) for r in found["relations"]] == [(["GH", "NO"], 1960)]


def test_the_two_congos_and_a_live_blog_in_the_present_tense():
    text = (
        "LIVE: the president's tour, day by day\n\n"
        "Our team is following French President Emmanuel Macron's tour of Central Africa, day by day and hour by "
        "hour.\n\n"
        "18:00 - Macron arrives in Libreville, where he is to attend a summit on forests.\n\n"
        "10:00 - Macron lands in Brazzaville, capital of the Republic of Congo.\n\n"
        "15:20 - Macron crosses the Congo river to Kinshasa, capital of the Democratic Republic of the Congo.\n"
    )
    assert [leg["country"] for leg in _findings(text, "2023-03-04")["legs"]] == ["GA", "CG", "CD"]


def test_a_visit_named_as_a_noun_gives_the_traveller_and_the_leg():
    # A communique's word order: the visit concluded, of whom it was, and where it went.
    communique = (
        "WARSAW, 6 May (Test Agency). Today in Budapest concluded the official friendly visit to the Republic of "
        "Hungary of the Chairman of the Council of State of Poland Comrade Tadeusz Nowicki, which began on 3 May.\n\n"
        "At the airport the guest was met by Comrade Janos Horvath.\n"
    )
    found = _findings(communique, "1975-05-06")
    assert found["trip"][0]["leader"] == "Tadeusz Nowicki"
    assert [(g["country"], g["cities"], g["types"], g["start"], g["end"]) for g in found["legs"]] == [
        ("HU", ["Budapest"], ["official"], "1975-05-03", "1975-05-06")
    ]
    # A government's statement: "the visit of <titles> <name> to <country> has concluded".
    statement = (
        "LUSAKA, 4 June 2019 (Test Service) - The historic state visit of His Excellency President Dr. Joseph "
        "Banda to the Republic of Malawi has concluded today.\n\n"
        "The President arrived at Lilongwe International Airport yesterday morning, where he was welcomed by "
        "Prime Minister Grace Phiri.\n"
    )
    found = _findings(statement, "2019-06-04")
    assert (found["trip"][0]["leader"], found["trip"][0]["start"]) == ("Joseph Banda", "2019-06-03")
    assert [(g["country"], g["cities"], g["types"], g["end"]) for g in found["legs"]] == [
        ("MW", ["Lilongwe"], ["state"], "2019-06-04")
    ]
    # Whoever invited is no traveller, and an earlier visit is no leg.
    invited = (
        "PARIS, May 2 (Test Wire) - The foreign ministry said on Tuesday that the visit of President Laura Costa "
        "to Chile in 2015 had been a success, at the invitation of President Pablo Ruiz.\n"
    )
    assert "legs" not in _findings(invited, "2023-05-02")


def test_an_airport_named_after_a_person_names_no_city_and_today_opens_a_sentence():
    assert [d[2:] for d in find_dates("Today in Rome the talks ended.", dt.date(2023, 6, 9))] == [("2023-06-09", None)]
    text = (
        "NAIROBI, June 9 (Test Wire) - Ugandan President Amos Okello arrived at Jomo Kenyatta International "
        "Airport on Friday for a state visit to Kenya.\n"
    )
    legs = _findings(text, "2023-06-09")["legs"]
    assert [(g["country"], g["cities"]) for g in legs] == [("KE", ["Nairobi"])]


def test_pledges_with_no_figure_are_the_actions_a_side_agreed_to_or_said_it_would_take():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "The two sides agreed to reopen consulates, resume direct flights and telecommunication links, and "
        "train customs officers, officials said. They also agreed to strengthen bilateral ties and to deepen "
        "cooperation in all areas. The leaders agreed to expand cooperation in fisheries, including joint patrols. "
        "Lie said Norway would honour its commitment to supply vaccines to West Africa and would build two "
        "clinics. He said the talks would be hard. At the regional summit, leaders agreed to lower tariffs. "
        "The two men pledged that there would be no more disputes over the border. "
        "Most deals follow a five-point energy plan that Lie proposed in March.\n"
    )
    found = _findings(text, "2023-06-09")
    pledged = {(p["what"], p["announced_by"]) for p in found["pledges"]}
    assert pledged == {
        ("reopen consulates", None),
        ("resume direct flights and telecommunication links", None),
        ("train customs officers", None),
        ("expand cooperation in fisheries, including joint patrols", None),
        ("supply vaccines to West Africa", "Jonas Lie"),
        ("build two clinics", "Jonas Lie"),
        ("no more disputes over the border", None),
        ("five-point energy plan", "Jonas Lie"),
    }
    assert all(p["shape"] == "programme" and p["parties"] == ["NO", "GH"] for p in found["pledges"])


def test_a_lead_summing_up_the_trip_by_what_was_agreed_gives_no_pledge_of_its_own():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie left Ghana on Friday after a visit during "
        "which the two countries agreed to let their coast guards share radar data.\n\n"
        "Lie held talks with the Ghanaian president on Thursday. The two sides agreed to train customs officers.\n"
    )
    pledged = [p["what"] for p in _findings(text, "2023-06-09")["pledges"]]
    assert pledged == ["train customs officers"]


def test_a_live_blog_announces_amounts_in_the_present_tense():
    text = (
        "LIVE: the prime minister in Ghana\n\n"
        "Our team is following Norwegian Prime Minister Jonas Lie's visit to Ghana, hour by hour, from the moment "
        "he lands.\n\n"
        "09:10 - Lie lands in Accra.\n\n"
        "12:00 - Lie announces 40 million euros in aid for flood victims in northern Ghana.\n"
    )
    pledges = _findings(text, "2023-06-09")["pledges"]
    assert [(p["value"], p["scale"], p["unit"], p["announced_by"], p["parties"]) for p in pledges] == [
        (40, "million", "EUR", "Jonas Lie", ["NO", "GH"])
    ]


def test_named_agreements_signed_before_after_or_at_the_head_of_a_long_list():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Also signed on Friday were a plan to link the two countries' power grids through a new subsea cable and "
        "a memorandum of understanding on fisheries research. A memorandum of understanding on tourism was signed "
        "later. The two sides issued a joint text: the Oslo Communique. Mwangi praised the Lake Turkana wind deal "
        "signed in Nairobi last year, and recalled that the two leaders signed the forestry deal in 2019. "
        "Talks would resume after a peace treaty was signed. The two sides signed the Friendship Declaration, "
        "and the Friendship Declaration was read out.\n"
    )
    titles = sorted(f["title"] for f in _findings(text, "2023-06-09")["agreements"])
    assert titles == [
        "Friendship Declaration",
        "Lake Turkana wind deal",
        "Oslo Communique",
        "forestry deal",
        "memorandum of understanding on fisheries research",
        "memorandum of understanding on tourism",
        "plan to link the two countries' power grids through a new subsea cable",
    ]


def test_the_host_of_a_leg_is_who_the_two_leaders_are_and_names_may_come_as_initials_or_with_accents():
    communique = (
        "WARSAW, 6 May (Test Agency). Today in Budapest concluded the official friendly visit to the Republic of "
        "Hungary of the Chairman of the Council of State of Poland Comrade Tadeusz Nowicki, which began on 3 May.\n\n"
        "At the airport the high guest was met by the First Secretary of the Central Committee of the Hungarian "
        "Socialist Workers' Party, President of the Presidential Council Comrade Janos Horvath Kiss.\n\n"
        "On 4 May negotiations took place between Comrade T. Nowicki and Comrade J. Horvath.\n"
    )
    met = {(m["with"], m["form"], m["date"]) for m in _findings(communique, "1975-05-06")["meetings"]}
    assert met == {("Janos Horvath Kiss", "talks", "1975-05-04")}
    report = (
        "ROME, June 9 (Test Wire) - Brazilian President Jo\u00e3o Ara\u00fajo arrived in Rome on Thursday and was "
        "received by Prime Minister Giulia Conti at Palazzo Chigi.\n\n"
        "On Friday the two leaders held nearly two hours of wide-ranging talks, and then appeared before reporters "
        "at a joint news conference. Foreign Minister Dr. Marco Bellini called on President Ara\u00fajo at his hotel. "
        "Talks between Ara\u00fajo and Conti covered trade. President S\u00e9rgio Lima of Portugal, who held talks "
        "with Ara\u00fajo in Lisbon last year, sent greetings.\n"
    )
    found = _findings(report, "2023-06-09")
    assert found["trip"][0]["leader"] == "Jo\u00e3o Ara\u00fajo"
    met = {(m["with"], m["form"]) for m in found["meetings"]}
    assert met == {
        ("Giulia Conti", "talks"),
        ("Giulia Conti", "press-conference"),
        ("Marco Bellini", "courtesy-call"),
    }


def test_figures_of_trade_balances_and_investment_have_the_side_whose_they_are():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The Kenyan trade deficit with Norway was about 400 million U.S. dollars last year. Norwegian direct "
        "investment in Kenya stood at 1.2 billion dollars at the end of 2022. The two sides want to raise "
        "investment to 3 billion dollars. Kenya is Norway's fifth-largest partner in Africa, with bilateral trade "
        "reaching 900 million US dollars in 2022.\n"
    )
    figures = {
        (f["metric"], tuple(sorted(f["parties"])), f["period"], f["value"])
        for f in _findings(text, "2023-06-09")["figures"]
    }
    assert figures == {
        ("trade deficit", ("KE", "NO"), 2022, 400),
        ("direct investment", ("KE", "NO"), 2022, 1.2),
        ("trade", ("KE", "NO"), 2022, 900),
    }


def test_partnerships_quoted_kept_up_and_alliances_reaffirmed():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        'The two sides decided to elevate the relationship to a "Strategic Partnership", covering trade and defence. '
        "Mwangi said the two countries would keep pursuing their green partnership. "
        "They reaffirmed that the Kenya-Norway alliance is the basis of their security. The alliance was discussed.\n"
    )
    found = {(p["label"], p["change"]) for p in _findings(text, "2023-06-09")["partnerships"]}
    assert found == {
        ("strategic partnership", "upgraded"),
        ("green partnership", "reaffirmed"),
        ("alliance", "reaffirmed"),
    }


def test_relations_restored_dated_by_month_counted_in_years_or_marked_between_capitals():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Ghana and Togo established diplomatic relations in March 1961. Diplomatic relations between Chile and "
        "Cuba were restored in 1990. Officials noted that relations between Nairobi and Oslo would mark their 60th "
        "anniversary this year.\n"
    )
    found = sorted((tuple(r["countries"]), r["established"]) for r in _findings(text, "2023-06-09")["relations"])
    assert found == [(("CL", "CU"), 1990), (("GH", "TG"), 1961), (("KE", "NO"), 1963)]
    years = (
        text.split("\n\n")[0]
        + "\n\nIt is the first such visit in the 40 years since the two countries opened diplomatic relations.\n"
    )
    assert [(r["established"], r["derived_from"]) for r in _findings(years, "2023-06-09")["relations"]] == [
        (1983, "40 years")
    ]


def test_a_summit_attended_on_its_sidelines():
    text = (
        "ASTANA, Kazakhstan, July 4 (Test Wire) - Indian Prime Minister Ravi Rao met Kazakh President Aidar "
        "Nurlanov on Thursday on the sidelines of the Shanghai Cooperation Organisation summit in Astana.\n\n"
        "Rao arrived in Astana on Wednesday.\n"
    )
    events = _findings(text, "2024-07-04")["events"]
    assert [(e["name"], e["organization"], e["host"]) for e in events] == [
        ("Shanghai Cooperation Organisation summit", "SCO", "KZ")
    ]


def test_counts_of_agreements_opening_a_sentence_or_in_a_communique_s_capitals():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie arrived in Ghana on Friday.\n\n"
        "At least nine agreements are expected to be signed during the visit. The two sides welcomed the signing "
        "of four Memoranda of Understanding on fisheries and health.\n"
    )
    counts = _findings(text, "2023-06-09")["agreement_counts"]
    assert {(c["value"], c["qualifier"], c["status"]) for c in counts} == {
        (9, "at-least", "expected"),
        (4, "exact", "signed"),
    }


def test_a_video_summit_in_the_lead_is_a_meeting_with_the_counterpart_of_the_other_side():
    text = (
        "OSLO, June 9 (Test Wire) - Prime Minister Jonas Lie and his Ghanaian counterpart Kofi Mensah agreed on "
        "Friday to open a joint research centre, at a summit held by video link.\n\n"
        "Lie said Ghana and Norway would meet again next year.\n"
    )
    found = _findings(text, "2023-06-09")
    meetings = [(m["with"], m["form"], m["country"], m["date"], m["leader_country"]) for m in found["meetings"]]
    assert meetings == [("Kofi Mensah", "video", None, "2023-06-09", "NO")]


def test_agreeing_to_start_talks_is_no_meeting():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "Lie and Ghanaian President Kofi Mensah agreed to start talks on a fisheries accord.\n"
    )
    assert _findings(text, "2023-06-09").get("meetings", []) == []


def test_a_visit_s_destinations_are_the_list_right_after_it_not_places_further_on():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi on Friday ended a three-day state visit to the "
        "Republic of Peru, taking home what Treasury officials called a fine set of deals.\n\n"
        "The visit to Lima follows Mwangi's first trip abroad as President, to Ecuador, earlier this month. "
        "Kenyan exporters welcomed the deals.\n"
    )
    assert [leg["country"] for leg in _findings(text, "2023-06-09")["legs"]] == ["PE"]


def test_a_leader_with_no_country_beside_the_name_is_of_the_country_the_article_names_most():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi on Friday ended a three-day state visit to the "
        "Republic of Peru.\n\n"
        "The President arrived in the Peruvian capital on Wednesday. Kenyan exporters welcomed the deals, and "
        "Peru agreed to buy more Kenyan tea.\n"
    )
    found = _findings(text, "2023-06-09")
    assert found["trip"][0]["leader_country"] == "KE"
    assert [leg["country"] for leg in found["legs"]] == ["PE"]


def test_a_partnership_expected_to_be_raised_is_not_drafted():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie arrived in Ghana on Friday.\n\n"
        "Officials said the two countries were expected to raise their ties to a strategic partnership.\n"
    )
    assert _findings(text, "2023-06-09").get("partnerships", []) == []


def test_a_leader_named_after_an_honorific_and_then_by_it_alone():
    text = (
        "OSLO, 9th June, 2023 (Test Wire) -- President His Highness Sheikh Omar bin Saif Al Harbi today concluded "
        "a three-day state visit to Norway.\n\n"
        "His Highness arrived in Oslo on Wednesday. Talks between His Highness and Prime Minister Ingrid Solberg "
        "covered the green partnership that has joined the two countries since 2015.\n"
    )
    found = _findings(text, "2023-06-09")
    assert found["trip"][0]["leader"] == "Omar bin Saif Al Harbi"
    assert [(leg["country"], leg["start"], leg["end"]) for leg in found["legs"]] == [("NO", "2023-06-07", "2023-06-09")]
    assert [(m["with"], m["form"]) for m in found["meetings"]] == [("Ingrid Solberg", "talks")]


def test_a_title_of_a_country_before_the_name_and_the_leader_welcomed_by_role():
    text = (
        "LIMA. 9 June. TEST WIRE - The President of the Republic of Chile, Tomas Rojas, completed his two-day "
        "state visit to Peru today.\n\n"
        "On 8 June the Head of State of Peru, Ana Quispe, welcomed the Chilean leader at the palace. The "
        "presidents held talks on trade.\n"
    )
    found = _findings(text, "2023-06-09")
    assert (found["trip"][0]["leader"], found["trip"][0]["leader_country"]) == ("Tomas Rojas", "CL")
    assert [(leg["country"], leg["start"], leg["end"]) for leg in found["legs"]] == [("PE", "2023-06-08", "2023-06-09")]
    assert [(m["with"], m["form"], m["date"]) for m in found["meetings"]] == [("Ana Quispe", "talks", "2023-06-08")]


def test_a_call_is_read_in_its_own_clause_and_talks_may_have_a_day_before_their_with():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks here Thursday with Prime Minister "
        "Ingrid Solberg.\n\n"
        "Mwangi arrived in Oslo on Wednesday. He also met Crown Prince Haakon Olav on Thursday, and he briefed "
        "Ghanaian President Kofi Mensah by telephone from Oslo that night.\n"
    )
    meetings = {(m["with"], m["form"], m["country"]) for m in _findings(text, "2023-06-09")["meetings"]}
    assert meetings == {
        ("Ingrid Solberg", "talks", "NO"),
        ("Haakon Olav", "talks", "NO"),
        ("Kofi Mensah", "phone", None),
    }


def test_legs_where_the_trip_began_where_the_leader_acted_and_here():
    text = (
        "DAKAR, Senegal, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived here Thursday, the last stop "
        "of a tour that began in Ghana on June 2.\n\n"
        "In Togo, the second stop, Mwangi held talks with President Faure Gnassingbe on June 5. In Benin, "
        "Mwangi will open an embassy next year. A predecessor's tour began in Mali in 1998. In Lome, officials "
        "said the talks went well.\n"
    )
    legs = [(leg["country"], leg["start"]) for leg in _findings(text, "2023-06-09")["legs"]]
    assert legs == [("GH", "2023-06-02"), ("TG", "2023-06-05"), ("SN", "2023-06-08")]


def test_sheikh_before_a_single_name_is_part_of_the_name():
    text = "DHAKA, June 9 (Test Wire) - Prime Minister Sheikh Rahima arrived in Oslo on Friday for a visit to Norway.\n"
    assert _findings(text, "2023-06-09")["trip"][0]["leader"] == "Sheikh Rahima"


def test_who_was_not_received_is_no_host_a_title_in_apposition_and_a_form_in_its_own_clause():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a visit to Norway on Friday.\n\n"
        "Mwangi was not received by King Harald Olsen, who is unwell. Prime Minister Ingrid Solberg gave a lunch "
        "for him on Wednesday. The two leaders held talks on Thursday.\n\n"
        "On Friday he held talks with the President of Finland, Mikko Virtanen, and, on the margins of a "
        "forum, met the Prime Minister of Sweden, Karin Berg.\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09")["meetings"]}
    assert ("Harald Olsen", "talks") not in meetings
    assert {("Mikko Virtanen", "talks"), ("Karin Berg", "sideline")} <= meetings
    assert not any(name in ("Prime Minister", "President") for name, _ in meetings)


def test_a_trip_travels_only_as_its_own_clause_s_subject_and_an_arrival_with_no_place_is_the_dateline_s():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan Foreign Minister Amani Mwangi held talks with Prime Minister Ingrid "
        "Solberg on Friday.\n\n"
        "Mr. Mwangi arrived on Thursday morning. The visit had been put off in March after a storm crossed "
        "Denmark. It follows a meeting between the two ministers at the Baltic Summit in Riga last October.\n"
    )
    legs = [(leg["country"], leg["cities"], leg["start"]) for leg in _findings(text, "2023-06-09")["legs"]]
    assert legs == [("NO", ["Oslo"], "2023-06-08")]


def test_a_call_with_nobody_travelling_is_seen_from_the_caller_named_first():
    text = (
        "OSLO, June 9 (Test Wire) - Prime Minister Ingrid Solberg held a telephone conversation with Kenyan "
        "President Amani Mwangi on Friday, urging talks on shipping.\n\n"
        "The call came a day after Solberg spoke by phone with Ghanaian President Kofi Mensah on Thursday.\n"
    )
    found = _findings(text, "2023-06-09")
    assert not found.get("trip") and not found.get("legs")
    assert {(m["with"], m["form"], m["date"]) for m in found["meetings"]} >= {
        ("Amani Mwangi", "phone", "2023-06-09"),
        ("Kofi Mensah", "phone", "2023-06-08"),
    }


def test_another_person_s_visit_and_an_earlier_meeting_are_not_the_trip_s():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks with Prime Minister Ingrid Solberg "
        "in Oslo on Friday.\n\n"
        "Mwangi arrived in Oslo on Thursday. Officials recalled the Ghanaian president's visit to Accra in "
        "December. Mwangi previously met "
        "Prime Minister Ingrid Solberg on the margins of a forum in Rome on 6 October.\n"
    )
    found = _findings(text, "2023-06-09")
    assert [leg["country"] for leg in found["legs"]] == ["NO"]
    assert {(m["with"], m["form"]) for m in found["meetings"]} == {("Ingrid Solberg", "talks")}


def test_a_new_subject_a_greeting_and_another_occasion_are_no_meetings():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a visit to Norway on Friday.\n\n"
        "Mwangi arrived in Oslo on Wednesday, where he was met by Prime Minister Ingrid Solberg. On Thursday he "
        "held talks with Crown Prince Haakon Olav, and Solberg gave a dinner in his honour that evening. He "
        "spoke by phone with Solberg in February. The visit came two weeks after Mwangi paid a state visit to Ghana, "
        "where he held talks with President Kofi Mensah.\n"
    )
    found = _findings(text, "2023-06-09")
    meetings = sorted((m["with"], m["form"]) for m in found["meetings"])
    assert meetings == [("Haakon Olav", "talks"), ("Ingrid Solberg", "banquet")]
    assert [leg["country"] for leg in found["legs"]] == ["NO"]


def test_a_pledge_names_something_to_do_not_cooperation_at_large_a_partnership_or_a_stance():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks with Prime Minister Ingrid Solberg "
        "in Oslo on Friday.\n\n"
        "The two sides agreed to expand cooperation in trade, agriculture and tourism, and to strengthen "
        "coordination in international affairs. They agreed to deepen their cooperation in the Barents Sea. "
        "They also agreed to continue to deepen the comprehensive strategic cooperative partnership. "
        "Nordic leaders agreed to work towards a strategic partnership with Kenya by next year. Mwangi said "
        "that Kenya would continue to pursue its policy of neutrality. They agreed to raise bilateral trade by "
        "at least half within three years and to open a consulate in Bergen. They agreed to deepen cooperation "
        "in food security.\n"
    )
    pledges = {(p["what"], p["value"]) for p in _findings(text, "2023-06-09")["pledges"]}
    assert pledges == {
        ("bilateral trade", 50),
        ("open a consulate in Bergen", None),
        ("deepen cooperation in food security", None),
    }


def test_a_figure_s_parties_are_its_own_clause_s_and_the_leader_s_country_said_with_the_role():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi arrived in Oslo on Friday for a visit to Norway, the "
        "first to Europe of his term.\n\n"
        "Mwangi became the first Kenyan president to address the Storting. Mwangi toured a Danish shipyard in "
        "Bergen and praised Danish design.\n\n"
        "Trade between Norway and Sweden reached 30 billion dollars last year, while trade with Kenya was about "
        "2.4 billion dollars. Ghana's trade with Norway was worth about 1.1 billion dollars last year.\n"
    )
    found = _findings(text, "2023-06-09")
    assert found["trip"][0]["leader_country"] == "KE"
    figures = {(tuple(sorted(f["parties"])), f["value"]) for f in found["figures"]}
    assert figures == {(("NO", "SE"), 30.0), (("KE", "NO"), 2.4), (("GH", "NO"), 1.1)}


def test_a_round_of_calls_the_margins_alone_and_the_two_leaders_of_the_sentence():
    text = (
        "ACCRA, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a tour of West Africa on Friday.\n\n"
        "Mwangi began the tour on Monday in Lome, where President Faure Gnassingbe welcomed him and the two "
        "leaders held talks. He first came to the region in 1990 and in that year was received by President "
        "Jerry Rawlings.\n\n"
        "On Thursday Mwangi called on President Nana Akufo-Addo and met Vice President Mahamudu Bawumia. "
        "On the margins he sat down with Prime Minister Modibo Keita.\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09")["meetings"]}
    assert meetings == {
        ("Faure Gnassingbe", "talks"),
        ("Nana Akufo-Addo", "courtesy-call"),
        ("Mahamudu Bawumia", "courtesy-call"),
        ("Modibo Keita", "sideline"),
    }


def test_a_tour_begun_in_a_capital_named_after_a_country_and_a_leader_of_a_country_after_the_name():
    text = (
        "KINGSTON, Jamaica, April 23 (Test Wire) - Emperor Tesfaye Alemu of Ethiopia spent a third day in "
        "Jamaica on Saturday.\n\n"
        "The Emperor began his tour of the Caribbean on Monday in Port of Spain, where Prime Minister Ravi "
        "Ramdial welcomed him.\n"
    )
    found = _findings(text, "1966-04-23")
    assert found["trip"][0]["leader_country"] == "ET"
    assert [(leg["country"], leg["cities"], leg["start"]) for leg in found["legs"]][0] == (
        "TT",
        ["Port of Spain"],
        "1966-04-18",
    )


def test_a_year_in_an_aside_after_the_destination_is_no_earlier_trip():
    text = (
        "OSLO - Kenyan President Amani Mwangi and Prime Minister Ingrid Solberg agreed on Monday to open a "
        "consulate in Bergen, officials said.\n\n"
        "Mwangi, who left Nairobi on Sunday, is on a week-long official visit to Norway, his second since the "
        "two countries signed a fisheries treaty in 2019.\n"
    )
    legs = [(leg["country"], leg["types"]) for leg in _findings(text, "2023-06-13").get("legs", [])]
    assert legs == [("NO", ["official"])]


def test_a_visit_looked_forward_to_is_planned_and_a_month_is_no_place():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks with Prime Minister Ingrid Solberg "
        "in Oslo on Friday, a day after he arrived in Oslo.\n\n"
        "Mwangi said he looked forward to a state visit to Sweden.\n\n"
        "A visit in November. Diplomats expect King Harald Olsen to visit Kenya for the summit that Nairobi "
        "will host in November.\n"
    )
    legs = [(leg["country"], leg["cities"]) for leg in _findings(text, "2023-06-09")["legs"]]
    assert legs == [("NO", ["Oslo"])]


def test_a_month_is_no_place():
    from visitkb.drafting.rules import Reader

    reader = Reader("A visit in November.", dt.date(2023, 6, 9))
    assert reader._places("November") == []
    assert [p[3] for p in reader._places("Bergen")] == ["Bergen"]


def test_a_capital_named_by_its_country_s_adjective_or_by_an_older_name():
    text = (
        "Prime Minister Ingrid Solberg of Norway arrived in the U.S. capital on Saturday for talks.\n\n"
        "On Monday Solberg flew to the Mexican capital for the day.\n"
    )
    legs = [(leg["country"], leg["cities"]) for leg in _findings(text, "2023-06-13")["legs"]]
    assert legs == [("US", ["Washington"]), ("MX", ["Mexico City"])]
    old = (
        "RANGOON, March 3 (Test Wire) - President Amani Mwangi of Kenya, who arrived here yesterday, held talks "
        "with the Burmese leaders today.\n"
    )
    assert [leg["country"] for leg in _findings(old, "1962-03-03")["legs"]] == ["MM"]


def test_the_bare_title_is_the_leader_when_its_other_holders_are_named_in_passing():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Oslo on Wednesday for a visit to "
        "Norway.\n\n"
        "On Thursday the President held talks with Prime Minister Ingrid Solberg. World Bank President Ana Ruiz "
        "and Ugandan President Okello Obote sent messages.\n"
    )
    meetings = {(m["with"], m["date"]) for m in _findings(text, "2023-06-09")["meetings"]}
    assert meetings == {("Ingrid Solberg", "2023-06-08")}


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # "The two" alone, and talks in a later verb of their clause.
        (
            "The two toured a harbour and boarded a ferry before holding talks in the port office.",
            {("Ingrid Solberg", "talks")},
        ),
        # Received by the host, "where they held talks".
        (
            "Mwangi was received by Prime Minister Ingrid Solberg at the palace, where they held talks on fisheries.",
            {("Ingrid Solberg", "talks")},
        ),
        # Two hosts receive the leader for a meeting: talks with each.
        (
            "Later King Harald Olsen and Prime Minister Ingrid Solberg received Mwangi at the palace for a meeting.",
            {("Harald Olsen", "talks"), ("Ingrid Solberg", "talks")},
        ),
        # The press met together, in other words; the talks named after it as theirs.
        (
            "The two leaders took questions from reporters together before their talks.",
            {("Ingrid Solberg", "talks"), ("Ingrid Solberg", "press-conference")},
        ),
        # A topic discussed with a person: talks with that person.
        (
            "On Friday Mwangi discussed fishing quotas with Prime Minister Ingrid Solberg.",
            {("Ingrid Solberg", "talks")},
        ),
    ],
)
def test_talks_and_the_press_met_by_the_two_the_hosts_who_received_or_a_topic_discussed(story, expected):
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Oslo on Thursday, where Prime "
        "Minister Ingrid Solberg welcomed him.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


def test_a_joint_news_conference_is_with_whoever_spoke_at_it():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Oslo on Thursday.\n\n"
        "Mwangi discussed fishing quotas with Prime Minister Ingrid Solberg, and on Friday he toured a shipyard "
        "in Bergen with King Harald Olsen. Olsen said at a joint news conference there that the yard would grow.\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert ("Harald Olsen", "press-conference") in meetings
    assert ("Ingrid Solberg", "press-conference") not in meetings


def test_a_relative_day_counts_from_the_day_told_last_of_the_story_not_of_its_background():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya landed in Oslo on Monday and met King Harald "
        "Olsen that afternoon.\n\n"
        "The next day he held talks with Prime Minister Ingrid Solberg. The two countries signed a fisheries "
        "treaty on 11 January 2019. Later that day Mwangi met Crown Prince Haakon Olsen.\n"
    )
    dates = {m["with"]: m["date"] for m in _findings(text, "2023-06-09")["meetings"]}
    assert dates == {"Harald Olsen": "2023-06-05", "Ingrid Solberg": "2023-06-06", "Haakon Olsen": "2023-06-06"}


def test_a_tour_left_from_home_told_by_its_stops_and_the_days_the_leader_was_somewhere():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya, who arrived here on Wednesday, held talks "
        "with Prime Minister Ingrid Solberg today.\n\n"
        "Mwangi left Nairobi on Sunday. After an overnight stop in Cairo on Monday, he flew on. On Tuesday Mwangi "
        "was in Denmark, where he toured a wind farm.\n"
    )
    found = _findings(text, "2023-06-09")
    assert found["trip"][0]["start"] == "2023-06-04"
    legs = [(leg["country"], leg["start"]) for leg in found["legs"]]
    assert legs == [("EG", "2023-06-05"), ("DK", "2023-06-06"), ("NO", "2023-06-07")]


def test_a_trip_or_a_summit_in_another_month_than_the_story_s_is_another_occasion():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Oslo on Wednesday for talks with "
        "Prime Minister Ingrid Solberg.\n\n"
        "Mwangi also travelled to Stockholm in February with his foreign minister. He attended the Nordic-African "
        "summit in Helsinki in April. Solberg and Mwangi last met at the Ocean Forum in Lisbon.\n"
    )
    found = _findings(text, "2023-06-09")
    assert [leg["country"] for leg in found["legs"]] == ["NO"]
    assert "events" not in found


def test_travel_told_as_flown_into_or_as_the_first_of_a_kind_to_visit():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya, who had flown into Oslo on Wednesday, held "
        "talks with Prime Minister Ingrid Solberg today.\n\n"
        "On Thursday Mwangi became the first Kenyan head of state to visit Iceland.\n"
    )
    legs = [(leg["country"], leg["start"]) for leg in _findings(text, "2023-06-09")["legs"]]
    assert legs == [("NO", "2023-06-07"), ("IS", "2023-06-08")]


def test_section_heads_over_a_tour_s_parts_give_their_legs_and_days():
    text = (
        "State House bulletin\n\n"
        "President Amani Mwangi of Kenya returned to Nairobi on Sunday after a tour of two Nordic countries.\n\n"
        "NORWAY (5 to 7 June)\n\n"
        "The President held talks with Prime Minister Ingrid Solberg and toured a wind farm.\n\n"
        "Iceland: Reykjavik.\n\n"
        "On Thursday he addressed the Althing.\n\n"
        "FISHERIES\n\n"
        "Norway exported fish to Iceland worth 2 billion dollars last year.\n"
    )
    legs = [(leg["country"], leg["cities"], leg["start"], leg["end"]) for leg in _findings(text, "2023-06-11")["legs"]]
    assert legs == [("NO", [], "2023-06-05", "2023-06-07"), ("IS", ["Reykjavik"], "2023-06-08", None)]


def test_an_agreement_named_as_one_of_several_or_signed_also_after_its_title():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Oslo on Wednesday for talks with "
        "Prime Minister Ingrid Solberg.\n\n"
        "The two governments signed five agreements, including one on cooperation in ocean research. A memorandum "
        "on fisheries data was also signed.\n"
    )
    titles = {a["title"] for a in _findings(text, "2023-06-09")["agreements"]}
    assert titles == {"agreement on cooperation in ocean research", "memorandum on fisheries data"}


def test_the_one_received_by_a_host_is_the_traveller_not_the_host():
    text = (
        "LIMA, May 4 (Test Wire) - Norway's Crown Prince Haakon Olsen said on Thursday that trade could double, "
        "as he held talks with Prime Minister Ana Quispe on the second stop of a tour.\n\n"
        "The crown prince was received by Quispe herself on Wednesday night at the airport.\n"
    )
    reader = Reader(text, dt.date(2023, 5, 4))
    reader.read()
    assert (reader.leader, reader.leader_country) == ("Haakon Olsen", "NO")


def test_a_title_case_dateline_with_an_agency_and_a_ministers_title_taken_by_no_leader():
    text = (
        "Leader concludes state visit to Peru\n\n"
        "Cusco (KNA) - The President of the Republic, Mr. Amani Mwangi, concluded on Friday a state visit to "
        "Peru which he began on Tuesday.\n\n"
        "Upon his arrival on Tuesday, the President of the Republic was received by the Peruvian Deputy Minister "
        "of Foreign Affairs, Mr. Luis Torres.\n\n"
        "The President of the Republic said Kenya valued the support of Peru.\n\n"
        "He then left Cusco for Nairobi, concluding the visit.\n"
    )
    found = _findings(text, "2023-06-17")
    assert [(t["leader"], t["leader_country"]) for t in found["trip"]] == [("Amani Mwangi", "KE")]
    assert [leg["country"] for leg in found["legs"]] == ["PE"]


def test_a_partnership_raised_from_one_label_to_a_deepened_one_is_an_upgrade():
    text = (
        "LIMA, May 4 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Thursday for talks with "
        "President Ana Quispe.\n\n"
        "The two leaders signed a declaration which raises the relations of the two countries from the strategic "
        "partnership established in 2001 to a deepened strategic partnership.\n"
    )
    found = _findings(text, "2023-05-05")
    assert [(p["parties"], p["change"], p["from"]) for p in found["partnerships"]] == [
        (["KE", "PE"], "upgraded", "strategic partnership")
    ]


def test_a_dateline_in_title_case_with_an_agency_and_a_title_s_place_that_is_no_clause():
    from visitkb.drafting.clauses import PERSON, dateline

    head = dateline("Saint Lucia (KNA) - The President arrived on Friday.")
    assert head is not None and head.group("city") == "Saint Lucia"
    assert dateline("On Friday (local time) - he said") is None
    text = "the President of the Republic was received by the Peruvian Deputy Minister, Mr. Luis Torres."
    assert [m.group("name") for m in PERSON.finditer(text)] == []
    titled = PERSON.search("President of the Republic of Peru Ana Quispe said")
    assert titled is not None and titled.group("name") == "Ana Quispe"


def _legs_and_leader(text: str, published: str) -> tuple[list[tuple], list[tuple]]:
    found = _findings(text, published)
    trips = [(t["leader"], t["leader_country"]) for t in found.get("trip", [])]
    return [(leg["country"], leg["cities"], leg["start"], leg["end"]) for leg in found.get("legs", [])], trips


def test_a_capitalized_headline_with_a_colon_is_no_dateline_and_a_weekday_dateline_ends_with_a_stop():
    text = (
        'LEADER HOME FROM PERU: "A VISIT AMONG FRIENDS AND EQUALS OF OLD"\n\n'
        "NAIROBI, Saturday. - President Amani Mwangi returned home today from a four-day state visit to Peru.\n"
    )
    legs, trips = _legs_and_leader(text, "2023-06-17")
    assert trips == [("Amani Mwangi", "KE")] and [leg[0] for leg in legs] == ["PE"]


def test_a_commonwealth_honorific_does_not_end_the_sentence_of_the_lead():
    text = (
        "At the invitation of the President of Peru, Ms. Ana Quispe, the Rt. Hon. Prime Minister Mr. Tomas Keller "
        "of Malta paid an official visit to Peru from 3 to 5 June 2023.\n"
    )
    assert len(sentences(text)) == 1
    legs, trips = _legs_and_leader(text, "2023-06-06")
    assert trips == [("Tomas Keller", "MT")]
    assert legs == [("PE", [], "2023-06-03", "2023-06-05")]
    assert len(sentences("He met the Hon. Minister. Then he left.")) == 2


def test_a_trip_told_in_another_years_clause_is_no_leg():
    text = (
        "LIMA, June 5 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Monday for a state visit.\n\n"
        "During his first term, in 2011, he had travelled to Quito before visiting Lima.\n"
    )
    legs, _ = _legs_and_leader(text, "2023-06-06")
    assert [leg[0] for leg in legs] == ["PE"]
    # The same words in the story's year are a leg.
    recent = text.replace("in 2011, he had travelled", "in 2023, he travelled")
    assert [leg[0] for leg in _legs_and_leader(recent, "2023-06-06")[0]] == ["PE", "EC"]


def test_a_party_leader_titled_by_an_institution_of_a_country_and_travelling_with_a_delegation():
    text = (
        "Lima (TW) - At the invitation of President of Peru Ana Quispe, General Secretary of the Labour Party of "
        "Kenya Amani Mwangi and a large delegation paid an official visit to Peru from 3 to 5 June.\n"
    )
    legs, trips = _legs_and_leader(text, "2023-06-06")
    assert trips == [("Amani Mwangi", "KE")]
    assert [leg[0] for leg in legs] == ["PE"]


def test_an_airport_named_for_no_city_gives_the_city_after_it():
    text = (
        "LIMA, June 6 (Test Wire) - President Amani Mwangi of Kenya landed at Jorge Chavez airport in Lima on Monday.\n"
    )
    assert _legs(text, "2023-06-06") == [("PE", ["Lima"], "2023-06-05")]
    named = text.replace("Jorge Chavez airport in Lima", "Jorge Chavez airport")
    assert _legs(named, "2023-06-06") != [("PE", ["Jorge Chavez"], "2023-06-05")]


@pytest.mark.parametrize(
    "text, legs",
    [
        # The place flown in from is the stop before the one arrived at; it ends when the next begins.
        (
            "QUITO, June 8 (Test Wire) - President Amani Mwangi of Kenya arrived in Quito on Wednesday. "
            "Mwangi flew in from Lima, where he had spent three days.",
            [("PE", ["Lima"], None, "2023-06-07"), ("EC", ["Quito"], "2023-06-07", None)],
        ),
        # A home report: "returned from" a capital abroad is a leg there.
        (
            "NAIROBI (Test Wire) - Foreign Minister Amani Mwangi returned from Lima on Saturday after two days of "
            "talks.",
            [("PE", ["Lima"], None, "2023-06-10")],
        ),
        # Flown in from home: no leg at home, and one where the story is filed.
        (
            "QUITO, June 8 (Test Wire) - President Amani Mwangi of Kenya flew in from Nairobi on Wednesday.",
            [("EC", ["Quito"], "2023-06-07", None)],
        ),
    ],
)
def test_the_place_a_leader_came_from_abroad_is_a_leg(text, legs):
    assert _legs_and_leader(text, "2023-06-10")[0] == legs


def test_a_leader_in_apposition_with_an_office_of_a_former_state_and_flying_here_from_a_stop_before():
    text = (
        "WASHINGTON, Feb. 21 - Tomas Novak, the writer who became President of Czechoslovakia last year, spoke "
        "to Congress today.\n\n"
        "Mr. Novak flew here on Tuesday from Canada, where he began the trip on Sunday.\n"
    )
    legs, trips = _legs_and_leader(text, "1990-02-22")
    assert trips == [("Tomas Novak", "CSHH")]
    assert legs == [("CA", [], "1990-02-18", "1990-02-20"), ("US", ["Washington"], "1990-02-20", None)]


def test_a_companion_travelling_with_the_leader_and_a_trip_earlier_this_month_are_no_legs():
    text = (
        "LIMA, June 6 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Monday.\n\n"
        "Foreign Minister Joseph Otieno, who is travelling with Mr. Mwangi, went to Quito earlier this month.\n\n"
        "Mr. Mwangi flies to Santiago on Thursday, where he is to address the senate.\n"
    )
    assert [leg[0] for leg in _legs(text, "2023-06-06")] == ["PE"]


def _events(text: str, published: str) -> list[tuple]:
    found = _findings(text, published)
    return [(e["name"], e["organization"], e["host"], e["city"]) for e in found.get("events", [])]


def test_an_event_attended_by_taking_part_in_a_session_of_it_and_not_one_planned():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday.\n\n"
        "On Thursday he took part as a guest in the opening session of the Andean Mining Forum.\n"
    )
    assert _events(text, "2023-06-09") == [("Andean Mining Forum", None, "PE", "Lima")]
    planned = text.replace("On Thursday he took part", "Next year he will take part")
    assert _events(planned, "2023-06-09") == []


def test_a_summit_named_by_its_bodys_acronym_once_in_brackets_is_one_event_of_that_body():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Wednesday and attended the "
        "IX Conference of Heads of State of the Union of Coffee Producing Countries (UCPC) in Lima on Thursday.\n\n"
        "On Friday he participated in the UCPC summit's closing debate.\n"
    )
    assert _events(text, "2023-06-09") == [("IX Conference", "UCPC", "PE", "Lima")]


def test_a_bare_title_arriving_to_take_part_in_a_summit_is_the_traveller():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya ended a tour of South America on Saturday.\n\n"
        "PERU\n\n"
        "The President arrived in Lima on Monday to take part in the XI Summit of the Pacific Alliance.\n"
    )
    assert [e[:2] for e in _events(text, "2023-06-10")] == [("XI Summit", None)]
    hosted = text.replace("The President arrived in Lima on Monday to take part", "The host said he would take part")
    assert _events(hosted, "2023-06-10") == []


def test_a_regional_summit_told_in_lower_case_and_not_a_bilateral_one():
    text = (
        "KAMPALA, March 25 (Test Wire) - President Amani Mwangi of Kenya arrived in Kampala on Tuesday and on "
        "Wednesday joined five other leaders at a regional summit in Entebbe.\n"
    )
    assert _events(text, "1998-03-26") == [("regional summit in Entebbe", None, "UG", "Entebbe")]
    bilateral = text.replace("joined five other leaders at a regional summit in", "held an annual summit in")
    assert _events(bilateral, "1998-03-26") == []


def test_the_trips_stop_named_as_a_capital_and_the_meetings_it_was_for():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya is heading home after a week in South America.\n\n"
        "He arrived in Lima on June 3. The last stop was Quito, for the Andean Community leaders' meetings on "
        "June 6 and 7.\n"
    )
    found = _findings(text, "2023-06-08")
    assert [(leg["country"], leg["cities"]) for leg in found["legs"]] == [("PE", ["Lima"]), ("EC", ["Quito"])]
    assert [(e["name"], e["host"]) for e in found["events"]] == [("Andean Community leaders' meetings", "EC")]
    planned = text.replace("The last stop was Quito", "The next stop is Quito")
    assert [leg["country"] for leg in _findings(planned, "2023-06-08")["legs"]] == ["PE"]


def test_a_summit_of_a_group_named_by_its_number():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday for the Group of 15 "
        "summit.\n"
    )
    assert [e[0] for e in _events(text, "2023-06-09")] == ["Group of 15 summit"]
    earlier = text.replace("for the Group of 15 summit.", "and recalled the Group of 15 summit of 2019.")
    assert _events(earlier, "2023-06-09") == []


def test_received_by_a_hosts_office_of_a_country_and_the_travellers_country_from_the_capital_returned_to():
    text = (
        "Lima - The President of the Republic, Amani Wekesa Mwangi, was received on Thursday at the palace by the "
        "President of the Republic of Peru, Ana Quispe, during the working visit he is making.\n\n"
        "President Amani Mwangi invited President Quispe to pay a visit to Kenya.\n\n"
        "The President of the Republic leaves Lima on Friday, returning to Nairobi.\n"
    )
    legs, trips = _legs_and_leader(text, "2023-06-09")
    assert trips == [("Amani Wekesa Mwangi", "KE")]
    assert [leg[0] for leg in legs] == ["PE"]
    # Invited to visit Kenya, the host would travel: Kenya stays the traveller's home, not a destination.
    assert "KE" not in [leg[0] for leg in legs]


def test_a_newsroom_label_before_a_colon_is_no_dateline():
    from visitkb.drafting.clauses import dateline

    assert dateline("LIVE: Mwangi in Lima and Quito after a long flight from home") is None
    assert dateline("LIMA: President Amani Mwangi arrived on Monday.") is not None
    text = (
        "LIVE: Mwangi in Lima and Quito after a long flight from home\n\n"
        "President Amani Mwangi of Kenya has made a surprise visit to Peru, the first by a Kenyan leader.\n"
    )
    legs, trips = _legs_and_leader(text, "2023-06-09")
    assert trips == [("Amani Mwangi", "KE")] and [leg[0] for leg in legs] == ["PE"]


def test_a_clause_setting_the_scene_is_not_the_main_clauses_subject():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday.\n\n"
        "Some context: while Mwangi was in Lima, Chinese President Li Wei was holding talks with Olaf Brandt "
        "in Berlin.\n\n"
        "While in Lima, Mwangi held talks with President Ana Quispe.\n"
    )
    met = [m["with"] for m in _findings(text, "2023-06-09").get("meetings", [])]
    assert "Olaf Brandt" not in met and "Ana Quispe" in met


def test_a_bare_title_landing_and_the_leaders_aircraft_leaving_give_the_leg_and_its_end():
    text = (
        "NAIROBI, June 9 (Test Wire) - When the presidential aircraft lifted off from Lima this morning, it carried "
        "President Amani Mwangi of Kenya home after a week abroad.\n\n"
        "The President landed at Lima on Saturday, June 3, and was met by President Ana Quispe.\n"
    )
    found = _findings(text, "2023-06-09")
    assert [(leg["country"], leg["start"], leg["end"]) for leg in found["legs"]] == [("PE", "2023-06-03", "2023-06-09")]
    # Another's aircraft leaving ends nothing of the leader's.
    other = text.replace("the presidential aircraft lifted off", "Quispe's aircraft lifted off")
    assert _findings(other, "2023-06-09")["trip"][0]["end"] is None


def test_a_live_blogs_posts_take_their_day_from_the_day_head_above():
    text = (
        "LIVE: Mwangi in Peru\n\n"
        "President Amani Mwangi of Kenya is on a state visit to Peru. Follow the latest below, newest first.\n\n"
        "FRIDAY, JUNE 9\n\n"
        "16:05 - That's it. Mwangi's plane has left Lima for Nairobi.\n\n"
        "TUESDAY, JUNE 6\n\n"
        "21:00 - CONFIRMED: Mwangi is in Lima.\n"
    )
    found = _findings(text, "2023-06-09")
    legs = [(leg["country"], leg["cities"], leg["types"], leg["start"], leg["end"]) for leg in found["legs"]]
    assert legs == [("PE", ["Lima"], ["state"], "2023-06-06", "2023-06-09")]
    # Without the heads, the posts have no day.
    bare = text.replace("FRIDAY, JUNE 9\n\n", "").replace("TUESDAY, JUNE 6\n\n", "")
    assert [leg["start"] for leg in _findings(bare, "2023-06-09")["legs"]] == [None]


def test_a_country_the_leader_once_visited_is_not_the_leaders_own():
    text = (
        "NAIROBI (Test Wire) - Follow our coverage of the state visit by King Edmund and Queen Clara.\n\n"
        "The King first visited Kenya as a young prince in 1971, and Kenya and Britain have long ties.\n\n"
        "The King and Queen have landed at Jomo Kenyatta International Airport.\n"
    )
    legs, trips = _legs_and_leader(text, "2023-10-31")
    assert trips[0][1] == "GB" and [leg[0] for leg in legs] == ["KE"]


def test_a_conjunction_or_a_possessive_opening_the_story_is_no_travellers_bare_name():
    text = (
        "Miraflores Bay's hotel strip was closed on Saturday as the motorcade of King Omar bin Khalid of Jordan "
        "passed on its way to the resort.\n\n"
        "The King began his state visit to Peru in Lima on Wednesday.\n"
    )
    found = _findings(text, "2023-06-09")
    assert [t["leader"] for t in found["trip"]] == ["Omar bin Khalid"]
    assert [leg["country"] for leg in found["legs"]] == ["PE"]


def test_a_features_traveller_named_with_no_title_and_sentences_set_in_a_place_on_a_day():
    text = (
        "THE LONG ROAD\n\n"
        "By Our Correspondent | Issue of 9 July 2023\n\n"
        "Few people at home expected the journey. Yet on the night of June 28 Amani Mwangi, who prefers trains to "
        "planes, sat in a carriage rolling from the Peruvian border towards Quito.\n\n"
        "In Quito, on June 29, he toured the old town before talks at the palace.\n\n"
        "In Santiago on July 1 he held talks with the president.\n\n"
        "In Lima, officials say, the plan was discussed.\n"
    )
    legs, trips = _legs_and_leader(text, "2023-07-09")
    assert [t[0] for t in trips] == ["Amani Mwangi"]
    assert [(leg[0], leg[2]) for leg in legs] == [("EC", "2023-06-29"), ("CL", "2023-07-01")]


def test_a_leaders_name_suffix_keeps_its_stop():
    text = "TOKYO, Feb 9 (Test Wire) - President Carlos Reyes Jr. arrived in Tokyo on Wednesday for a visit.\n"
    assert [t["leader"] for t in _findings(text, "2023-02-09")["trip"]] == ["Carlos Reyes Jr."]


def test_the_travellers_country_from_a_role_travelling_or_a_first_as_a_minister():
    text = (
        "LIMA, June 9 (Test Wire) - Vice Premier Chen Hao and President Ana Quispe signed two agreements today, "
        "as the Chinese leader completed the Lima part of his tour.\n\n"
        "Chen arrived in Lima on Tuesday.\n"
    )
    legs, trips = _legs_and_leader(text, "2023-06-09")
    assert trips == [("Chen Hao", "CN")] and [leg[0] for leg in legs] == ["PE"]
    minister = (
        "LIMA, June 9 (Test Wire) - Peru and Kenya agreed on Friday to resume talks, as Foreign Minister Amani "
        "Mwangi became the first Kenyan foreign minister to visit Peru in ten years.\n\n"
        "Mwangi, who flew in from Nairobi on Thursday, met President Ana Quispe.\n"
    )
    legs, trips = _legs_and_leader(minister, "2023-06-09")
    assert trips == [("Amani Mwangi", "KE")] and [leg[0] for leg in legs] == ["PE"]


def test_a_journey_home_told_first_lists_the_legs_and_another_months_visit_in_a_list_is_none():
    text = (
        "President Amani Mwangi arrived back in Nairobi on Tuesday morning from a week-long journey to Peru, "
        "Chile and Jamaica.\n\n"
        "He also paid an official visit to Japan in October, during which a treaty came into force.\n"
    )
    legs, trips = _legs_and_leader(text, "2023-06-13")
    assert trips[0][1] == "KE"
    assert [leg[0] for leg in legs] == ["PE", "CL", "JM"] and all(leg[2] is None for leg in legs)


def test_a_city_the_gazetteer_does_not_know_is_in_the_country_of_the_host_who_receives_the_leader_next():
    text = (
        "HELSINKI, Dec 2 (Test Wire) - Prime Minister Aino Virtanen ended a visit to Australia on Friday.\n\n"
        "Virtanen arrived in Auckland on Tuesday. On Wednesday she was received by New Zealand Prime Minister "
        "Jacinda Ardern, and the two held talks covering the war in Ukraine.\n\n"
        "The Finnish leader flew on to Australia on Thursday.\n"
    )
    legs, _ = _legs_and_leader(text, "2022-12-02")
    assert [(leg[0], leg[1], leg[2]) for leg in legs] == [("NZ", ["Auckland"], "2022-11-29"), ("AU", [], "2022-12-01")]


def test_the_summits_a_place_hosted_when_the_trip_came_there():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya is heading home after a week abroad.\n\n"
        "The trip began in Lima on June 2, where Peru hosted the annual summits of the Pacific Alliance.\n"
    )
    assert [(e[0], e[2], e[3]) for e in _events(text, "2023-06-09")] == [
        ("annual summits of the Pacific Alliance", "PE", "Lima")
    ]
    # A place named for what it hosted, with nobody coming to it, is no attendance.
    told = text.replace("The trip began in Lima on June 2, where", "Officials recalled Lima, where")
    assert _events(told, "2023-06-09") == []


def test_an_invitation_told_in_the_pluperfect_and_taken_up_is_an_event_attended():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on June 26.\n\n"
        "Mwangi had been invited to the Andean Trade Summit at Cusco as a guest, and on June 27 he used the "
        "outreach session to speak about food prices.\n"
    )
    assert [(e[0], e[3]) for e in _events(text, "2023-06-30")] == [("Andean Trade Summit", "Cusco")]
    declined = text.replace(", and on June 27 he used the outreach session to speak", " but sent a minister to speak")
    assert _events(declined, "2023-06-30") == []


def test_the_capital_of_a_legs_country_where_the_leader_acts_is_a_city_of_the_leg():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya ended a state visit to Peru on Friday.\n\n"
        "On Wednesday he held talks in Lima with President Ana Quispe.\n"
    )
    assert [leg[1] for leg in _legs_and_leader(text, "2023-06-09")[0]] == [["Lima"]]
    # Another's doing in the capital, or a plan there, is no city of the leg.
    other = text.replace("On Wednesday he held talks in Lima", "Officials in Lima will meet")
    assert [leg[1] for leg in _legs_and_leader(other, "2023-06-09")[0]] == [[]]


def test_the_present_tense_with_a_weekday_in_the_body_is_a_plan():
    text = (
        "LIMA, June 7 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday.\n\n"
        "The president travels to Quito on Thursday to visit a port, and flies home from there on Friday.\n"
    )
    assert [leg[0] for leg in _legs(text, "2023-06-07")] == ["PE"]


def test_the_day_the_leader_returned_home_ends_the_trip_when_no_departure_is_told():
    text = (
        "NAIROBI, June 9 (Test Wire) - President Amani Mwangi returned home this evening after concluding a "
        "four-day state visit to Peru.\n\n"
        "Mwangi arrived in Lima on Monday.\n"
    )
    found = _findings(text, "2023-06-09")
    assert [(t["start"], t["end"]) for t in found["trip"]] == [("2023-06-05", "2023-06-09")]
    assert find_dates("He left this morning and spoke tonight.", dt.date(2023, 6, 9))[0][2] == "2023-06-09"
    told = text.replace("Mwangi arrived in Lima on Monday.", "Mwangi arrived in Lima on Monday and left on Thursday.")
    assert _findings(told, "2023-06-09")["trip"][0]["end"] == "2023-06-08"


def test_a_bare_title_received_in_a_country_named_with_its_article_is_a_leg_there():
    text = (
        "Press release\n\n"
        "ROME, 12 February (KNA) - The President of the Republic of Kenya, Amani Mwangi, is in Italy on an "
        "official visit to Italy, which he began on Friday.\n\n"
        "Today, Monday 12 February, the President was received in private audience by the Pope at the palace in "
        "the Vatican for about one hour.\n"
    )
    legs, _ = _legs_and_leader(text, "2024-02-12")
    assert [(leg[0], leg[2]) for leg in legs] == [("IT", "2024-02-09"), ("VA", "2024-02-12")]
    host = text.replace("the President was received in private audience by the Pope", "the Pope received bishops")
    assert [leg[0] for leg in _legs_and_leader(host, "2024-02-12")[0]] == ["IT"]


def test_a_site_visited_at_a_place_in_a_named_country():
    text = (
        "COPENHAGEN, Aug 21 (Test Wire) - President Amani Mwangi of Kenya arrived in Copenhagen on Monday.\n\n"
        "On Sunday he visited the air base at Eindhoven in the Netherlands with Prime Minister Mark Rutte.\n"
    )
    assert _legs(text, "2023-08-21") == [("NL", ["Eindhoven"], "2023-08-20"), ("DK", ["Copenhagen"], "2023-08-21")]
    site = text.replace("visited the air base at Eindhoven in the Netherlands", "praised the air base at Eindhoven")
    assert [leg[0] for leg in _legs(site, "2023-08-21")] == ["DK"]


def test_a_summit_on_a_leg_with_no_protocol_rank_keeps_the_rank_unspecified():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday to attend the "
        "Pacific Rim Summit.\n"
    )
    assert [leg["types"] for leg in _findings(text, "2023-06-09")["legs"]] == [["unspecified", "multilateral"]]
    ranked = text.replace("on Tuesday to attend", "on Tuesday for a state visit and to attend")
    assert [leg["types"] for leg in _findings(ranked, "2023-06-09")["legs"]] == [["state", "multilateral"]]


@pytest.mark.parametrize(
    "text, days",
    [
        # The visit's first day in a relative clause after it.
        (
            "Lima (KNA) - The President of the Republic of Kenya, Mr. Amani Mwangi, concluded on Friday a state "
            "visit to Peru which he began on Tuesday.",
            ("2023-06-06", "2023-06-09"),
        ),
        # The same, with the visit the clause's subject.
        (
            "Lima (KNA) - President Amani Mwangi of Kenya concluded on 9 June his state visit to Peru, which began "
            "on 6 June.",
            ("2023-06-06", "2023-06-09"),
        ),
        # A range told of the visit in a sentence of its own.
        (
            "NAIROBI, June 12 (Test Wire) - Reporters asked about President Amani Mwangi's state visit to Peru last "
            "week.\n\nThe spokesman said the three-day visit, from Tuesday to Thursday, June 6 to 8, was a success.",
            ("2023-06-06", "2023-06-08"),
        ),
        # A visit of one day: it begins and ends on the day told.
        (
            "NAIROBI (Test Wire) - President Amani Mwangi of Kenya returned from Lima late Tuesday after a one-day "
            "visit.",
            ("2023-06-06", "2023-06-06"),
        ),
        # Flown in from home on a day: the day the leg began.
        (
            "LIMA, June 9 (Test Wire) - Foreign Minister Amani Mwangi became the first Kenyan foreign minister to "
            "visit Peru.\n\nMwangi, who flew in from Nairobi on Tuesday evening, met President Ana Quispe.",
            ("2023-06-06", None),
        ),
    ],
)
def test_the_days_of_a_visit_told_around_it(text, days):
    legs = _legs_and_leader(text, "2023-06-12" if "June 12" in text or "last week" in text else "2023-06-09")[0]
    assert [(leg[2], leg[3]) for leg in legs] == [days]


@pytest.mark.parametrize(
    "sentence, end",
    [
        ("The President is due to fly home on Friday, ending a five-day visit.", "2023-06-09"),
        ("He travels to Cusco on Thursday before flying home; the visit ends on Thursday.", "2023-06-08"),
        ("Mwangi returns to Nairobi on Saturday.", "2023-06-10"),
        # Another person's journey home, or a return to a capital that is not home, ends nothing.
        ("Foreign Minister Ana Quispe is due to fly home on Friday.", None),
        ("Mwangi returns to Quito on Saturday.", None),
    ],
)
def test_the_last_day_abroad_a_story_announces(sentence, end):
    text = "LIMA, June 7 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Monday.\n\n" + sentence + "\n"
    assert _findings(text, "2023-06-07")["trip"][0]["end"] == end


def test_is_in_a_place_is_the_leaders_whereabouts_only_with_the_leader_its_subject():
    text = (
        "LIVE: Mwangi in Peru\n\n"
        "President Amani Mwangi of Kenya is on a state visit to Peru. Follow the latest below.\n\n"
        "21:00 - CONFIRMED: Mwangi is in Lima.\n\n"
        "21:30 - Mwangi said the answer to the crisis is in Quito.\n"
    )
    assert [leg["country"] for leg in _findings(text, "2023-06-09")["legs"]] == ["PE"]


def test_a_stop_on_the_way_is_a_stopover_leg_of_its_day():
    text = (
        "NAIROBI, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived back in Nairobi on Friday from a "
        "visit to Peru.\n\n"
        "After leaving Lima on Wednesday night, the presidential plane made a stopover in Bridgetown on Thursday, "
        "where Mwangi held talks with Prime Minister Mia Mottley.\n\n"
        "After an overnight stop in Dakar on Thursday, where he had talks, his aircraft flew on to Nairobi.\n"
    )
    legs = [(leg["country"], leg["types"], leg["start"], leg["end"]) for leg in _findings(text, "2023-06-09")["legs"]]
    assert ("BB", ["stopover"], "2023-06-08", "2023-06-08") in legs
    assert ("SN", ["stopover"], "2023-06-08", "2023-06-09") in legs
    other = text.replace("the presidential plane made a stopover", "Mottley's plane made a stopover")
    assert "BB" not in [leg["country"] for leg in _findings(other, "2023-06-09")["legs"]]


def test_a_reception_near_the_top_of_a_story_filed_abroad_and_a_headlines_next_stop():
    text = (
        "Crown prince pledges billions as Asian tour moves on to Japan\n\n"
        "LIMA, June 9 (Test Wire) - Crown Prince Faisal bin Omar of Oman said on Friday that investments could "
        "grow, as he held talks with President Ana Quispe on the second stop of his tour.\n\n"
        "The crown prince was received by Quispe herself on Thursday night at the airport.\n"
    )
    legs = [(leg["country"], leg["start"]) for leg in _findings(text, "2023-06-09")["legs"]]
    assert legs == [("PE", "2023-06-08")]
    # Filed at home, a reception with no place named is not placed at the dateline.
    home = text.replace("LIMA, June 9", "MUSCAT, June 9")
    assert "OM" not in [leg["country"] for leg in _findings(home, "2023-06-09").get("legs", [])]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("On Friday she joined a four-way meeting with the ministers of Chile and Ecuador.", "four-way meeting"),
        (
            "On Friday the three presidents met in Lima for the signing ceremony.",
            "Lima meeting of the three presidents",
        ),
        (
            "In the evening Quispe gave a dinner for Andean and Pacific leaders that Mwangi joined.",
            "dinner for Andean and Pacific leaders",
        ),
        # Gatherings the leader had no part in, or planned ones, are none.
        ("On Friday the ministers of Chile and Ecuador held a four-way meeting with officials.", None),
        ("In the evening Quispe gave a dinner for Andean and Pacific leaders that Lula joined.", None),
        ("Next year the three presidents will meet in Quito.", None),
    ],
)
def test_gatherings_of_several_leaders_told_in_lower_case(sentence, name):
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Wednesday.\n\n" + sentence + "\n"
    )
    found = [e[0] for e in _events(text, "2023-06-09")]
    assert found == ([name] if name else [])


def test_a_title_shared_only_with_someone_of_another_year_is_still_the_leaders():
    text = (
        "JAKARTA, March 5 (Test Wire) - King Omar bin Khalid of Oman landed in Jakarta on Wednesday for a visit.\n\n"
        "The King flew in from Kuala Lumpur, where he had spent four days, and was greeted by the president.\n\n"
        "The visit is the first by an Omani monarch since King Said came to Jakarta in 1970.\n"
    )
    found = _findings(text, "2017-03-05")
    assert [(leg["country"], leg["start"], leg["end"]) for leg in found["legs"]] == [
        ("MY", None, "2017-03-01"),
        ("ID", "2017-03-01", None),
    ]
    assert found["trip"][0]["end"] is None  # the last leg goes on
    recent = text.replace("came to Jakarta in 1970", "came to Jakarta today")
    assert [leg["country"] for leg in _findings(recent, "2017-03-05")["legs"]] == ["ID"]


def test_flown_in_from_a_stop_before_to_where_the_story_is_filed():
    text = (
        "PARIS (Test Wire) - Prime Minister Aino Virtanen of Finland flew in from Berlin on Thursday evening and "
        "met President Jean Moreau on Friday.\n\n"
        "Virtanen had attended a meeting of Nordic leaders in Oslo earlier in the week.\n\n"
        "She flies home on Saturday.\n"
    )
    found = _findings(text, "2024-04-12")
    legs = [(leg["country"], leg["start"], leg["end"]) for leg in found["legs"]]
    assert legs == [("DE", None, "2024-04-11"), ("FR", "2024-04-11", "2024-04-13")]
    assert [e["organization"] for e in found.get("events", [])] != ["Nordic"]
    home = text.replace("PARIS (Test Wire)", "HELSINKI (Test Wire)")
    assert [leg["country"] for leg in _findings(home, "2024-04-12")["legs"]] == ["DE"]


def test_returned_to_the_home_capital_from_a_visit_where_the_host_is_named():
    text = (
        "TOKYO - Prime Minister Kenji Sato returned to Tokyo on Friday evening from a three-day visit to India, "
        "where he held talks with Prime Minister Ravi Kumar in New Delhi.\n\n"
        "Sato's predecessor had visited Pakistan and Sri Lanka in 2015.\n"
    )
    legs, trips = _legs_and_leader(text, "2024-04-12")
    assert trips == [("Kenji Sato", "JP")]
    assert legs == [("IN", ["New Delhi"], "2024-04-10", "2024-04-12")]


def test_a_list_of_places_visited_in_another_month_is_no_leg():
    text = (
        "LIMA, Oct 3 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Sunday.\n\n"
        "Mwangi visited Madrid and Lisbon in May.\n"
    )
    assert [leg[0] for leg in _legs(text, "2021-10-03")] == ["PE"]
    this_month = text.replace("in May", "in October")
    assert [leg[0] for leg in _legs(this_month, "2021-10-03")] == ["PE", "ES", "PT"]


def test_leaving_a_place_ends_its_leg_and_the_days_of_a_plan_there_are_not_the_arrival():
    text = (
        "NAIROBI - The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, left Nairobi on Wednesday at the end of a "
        "state visit to Kenya.\n\n"
        "The Emir flew on to Kigali, where he is expected to meet President Paul Kagame on Thursday.\n"
    )
    legs = [(leg[0], leg[2], leg[3]) for leg in _legs_and_leader(text, "2019-11-20")[0]]
    assert legs == [("KE", None, "2019-11-20"), ("RW", "2019-11-20", None)]


def test_a_leg_in_a_former_state_and_one_in_its_successors_capital_are_one():
    text = (
        "MOSCOW, June 10 - Indian Prime Minister Arun Mehta arrived here today on a six-day official visit to the "
        "Soviet Union.\n"
    )
    legs = [(leg[0], leg[1], leg[2]) for leg in _legs_and_leader(text, "1985-06-10")[0]]
    assert legs == [("SUHH", ["Moscow"], "1985-06-10")]


def test_a_summit_not_attended_is_no_event_and_a_list_of_summits_each_is_one():
    text = (
        "JAKARTA (Test Wire) - Prime Minister Liam Carter of Australia arrived in Jakarta on Wednesday to attend "
        "the 43rd ASEAN Summit and the East Asia Summit.\n\n"
        "Carter did not attend the G20 summit in New Delhi, sending his foreign minister instead.\n\n"
        "Last week he skipped the Pacific Islands Forum.\n\n"
        "On Friday he took part in the summit of the Group of 77 and China.\n"
    )
    found = _findings(text, "2023-09-08")
    assert [e["name"] for e in found["events"]] == [
        "43rd ASEAN Summit",
        "East Asia Summit",
        "summit of the Group of 77 and China",
    ]
    assert [leg["cities"] for leg in found["legs"]] == [["Jakarta"]]


def test_a_bare_title_travelling_in_the_lead_picks_the_name_with_that_title():
    text = (
        "OTTAWA (Test Wire) - The Prime Minister wrapped up a visit to Mexico City on Friday.\n\n"
        "Prime Minister Claire Dubois of Canada met Mexican President Luis Ortega on Thursday.\n"
    )
    legs, trips = _legs_and_leader(text, "2022-05-14")
    assert trips == [("Claire Dubois", "CA")] and [leg[0] for leg in legs] == ["MX"]


def test_arrived_in_the_capital_of_the_dateline_and_returned_home_from_a_list_of_countries():
    text = (
        "LIMA (Test Wire) - Our distinguished guest, the President of the Republic of Finland, Mr. Erik Lindqvist, "
        "arrived in the capital on Thursday for a three-day state visit to Peru.\n"
    )
    assert _legs(text, "2022-05-14") == [("PE", ["Lima"], "2022-05-12")]
    home = "President Erik Lindqvist of Finland returned to Helsinki on Saturday night from Peru and Chile.\n"
    assert [leg[0] for leg in _legs(home, "2022-05-14")] == ["PE", "CL"]


def test_the_guest_named_in_apposition_is_the_traveller():
    text = (
        "Guest of the nation\n\n"
        "The visiting president, who reached Nairobi on Wednesday evening, was received at State House by "
        "President Samuel Okello on Thursday. The guest, President Marta Silva of Portugal, then addressed "
        "parliament.\n"
    )
    legs, trips = _legs_and_leader(text, "2023-03-10")
    assert trips == [("Marta Silva", "PT")] and [leg[0] for leg in legs] == ["KE"]


def test_the_traveller_is_whom_the_whole_text_has_travelling_when_the_lead_has_nobody_going():
    # A host-country paper: the lead has both leaders agreeing; the guest arrives only later, by role.
    text = (
        "THE HARBOUR LEDGER\n\n"
        "Prime Minister Kenji Arata and Mongolian President Batbayar Erdene agreed on Tuesday to raise relations "
        "to a strategic partnership.\n\n"
        "The Mongolian leader, who arrived in Tokyo on Monday for an official visit, is the first head of state "
        "to be received by Arata this autumn.\n"
    )
    legs, trips = _legs_and_leader(text, "2022-11-30")
    assert trips == [("Batbayar Erdene", "MN")] and [leg[0] for leg in legs] == ["JP"]
    # "ended two days of talks" is no travel; the one who arrived for a state visit is the traveller.
    talks = (
        "WASHINGTON, July 13 (Test Wire) - President Amir Hassan of Pakistan and President Tom Reed ended two days "
        "of talks here today with a joint communique.\n\n"
        "The Pakistani President, who arrived on Tuesday for a state visit, was welcomed at the airport. "
        "Vice President Dan Cole, who visited Karachi in May, was among the guests at the dinner.\n"
    )
    legs, trips = _legs_and_leader(talks, "1961-07-13")
    assert trips == [("Amir Hassan", "PK")] and [leg[0] for leg in legs] == ["US"]
    # A home agency's communique: the one who returned from a visit, not the one who invited him.
    home = (
        "WARSAW, 14 October 1974 - The First Secretary of the Central Committee of the Polish United Workers' Party, "
        "Jan Kowal, returned to Warsaw on Sunday from an official visit to the United States which he paid at the "
        "invitation of President Tom Reed. He arrived in Washington on Tuesday, 8 October.\n"
    )
    legs, trips = _legs_and_leader(home, "1974-10-14")
    assert trips == [("Jan Kowal", "PL")] and [leg[0] for leg in legs] == ["US"]


def test_a_traveller_named_by_an_honorific_or_a_rank_and_the_first_of_two_travelling_together():
    text = (
        "OSAKA, October 28 (Test Wire) -- His Majesty Hiroaki, Emperor of Japan, and Her Majesty Empress Sayo "
        "concluded their state visit to China this morning and left Shanghai for Tokyo.\n"
    )
    assert _legs_and_leader(text, "1992-10-28")[1] == [("Hiroaki", "JP")]
    rank = (
        "PARIS EVENING COURIER\n\n"
        "General de Morvan left Vnukovo airport for Paris this morning, bringing to an end an official visit to the "
        "Soviet Union. He was received in the Kremlin by Nikolai Orlov, Chairman of the Presidium.\n"
    )
    assert _legs_and_leader(rank, "1966-07-01")[1][0][0] == "de Morvan"
    comandante = (
        "SANTIAGO, 1 December 1971 - Three weeks after his plane touched down, the Prime Minister of Cuba, "
        "Comandante Rafael Cruz, has seen more of Chile than most Chileans. When the Cuban leader arrived on "
        "Wednesday, 10 November, President Luis Vera was waiting for him at the foot of the steps.\n"
    )
    assert _legs_and_leader(comandante, "1971-12-01")[1] == [("Rafael Cruz", "CU")]


def test_a_page_s_note_about_itself_is_no_lead_and_a_digest_s_contents_come_before_its_story():
    text = (
        "From the archive\n\n"
        "This report appeared on the front page of The Daily Star, Dacca, on Monday, March 6, 1972.\n\n"
        "Prime Minister Karim Uddin returned to Dacca yesterday evening after a five-day official visit to the "
        "Soviet Union.\n"
    )
    assert _legs_and_leader(text, "1972-03-06")[1][0][0] == "Karim Uddin"
    contents = "\n".join(f"{n}.\nItem {n} of the week" for n in range(1, 8))
    digest = (
        f"WEEKLY DIGEST\n\nIN THIS ISSUE\n{contents}\n\n---\n\n"
        "China's Foreign Minister Li Hua this week completed a tour of Egypt and Tunisia, keeping up a tradition.\n"
    )
    legs, trips = _legs_and_leader(digest, "2024-01-20")
    assert trips[0][0] == "Li Hua" and [leg[0] for leg in legs] == ["EG", "TN"]


def test_the_lead_s_traveller_whom_the_text_never_has_going_gives_way_to_the_one_it_has_going():
    text = (
        "HANOI (Test Wire) - President Tran Minh headed the Vietnamese delegation at talks on Monday with President "
        "Ana Lopez of Chile, who is on a three-day state visit.\n\n"
        "Lopez arrived in Hanoi on Sunday and was welcomed by Tran at the Presidential Palace. She flew to Ho Chi Minh "
        "City on Tuesday.\n"
    )
    legs, trips = _legs_and_leader(text, "2023-05-16")
    assert trips == [("Ana Lopez", "CL")] and [leg[0] for leg in legs] == ["VN"]
    # A live blog, newest post first: the one who arrived, and whose visit it is, is named by surname alone.
    blog = (
        "LIVE: Iraqi PM at the White House\n\n22:10\nThat's where we'll leave our coverage for today.\n\n"
        "21:45\nPrime Minister Ali Hamid al-Karimi met President Tom Reed in the Oval Office, on the second day of "
        "his first official visit to Washington.\n\n"
        "08:00\nGood morning. Karimi arrived at Joint Base Andrews on Sunday afternoon.\n"
    )
    assert _legs_and_leader(blog, "2024-04-15")[1][0][0] == "Ali Hamid al-Karimi"


def test_a_feature_s_traveller_named_in_full_once_then_by_surname_and_a_release_s_guest_assuring_the_host():
    text = (
        "ANALYSIS\n\nNorth, not west\n\n"
        "When Paul Hartley chose Jakarta for his first overseas journey as Prime Minister, the choice was the message. "
        "Australian leaders have traditionally made their first trip to Washington.\n\n"
        "Hartley arrived in the Indonesian capital on Tuesday and was received by President Suryo. He left for Port "
        "Moresby on Thursday.\n"
    )
    legs, trips = _legs_and_leader(text, "1992-04-25")
    assert trips[0][0] == "Paul Hartley" and [leg[0] for leg in legs] == ["ID", "PG"]
    release = (
        "PRESS RELEASE No. 17/2023\n\n"
        "Beijing, 26 May 2023 - The President of the Republic, Head of State, His Excellency Jean-Marc Kabongo, held "
        "official talks this Friday with his Chinese counterpart, as part of the state visit he has been making to "
        "China since Wednesday 24 May.\n\n"
        "For his part, President Kabongo assured his host that the Democratic Republic of the Congo would guarantee "
        "the security of Chinese investments.\n"
    )
    legs, trips = _legs_and_leader(release, "2023-05-26")
    assert trips == [("Jean-Marc Kabongo", "CD")] and [leg[0] for leg in legs] == ["CN"]


def test_a_delegation_s_tour_told_under_heads_with_their_days_and_the_leader_s_country_from_the_party_he_leads():
    text = (
        "RIVER HORIZON\nBucharest, 26 June 1971\n\n"
        "Comrade Ion Marin, General Secretary of the Romanian Communist Party, returned to the capital on Thursday, "
        "24 June, at the end of the official visits which he made, with a party and government delegation, to the "
        "People's Republic of China, the Democratic People's Republic of Korea and the Mongolian People's Republic.\n\n"
        "PEOPLE'S CHINA, 1-9 June\n\n"
        "The delegation arrived in Peking on 1 June and was welcomed at the airport by Premier Wang Li.\n\n"
        "KOREA, 9-15 June\n\n"
        "In Pyongyang the delegation was received by Comrade Pak Chol, who gave a reception on 9 June.\n\n"
        "MONGOLIA, 19-24 June\n\n"
        "In Ulan Bator Comrade Bat Dorj gave a dinner on the evening of 19 June. Official talks took place on 21 June. "
        "On 24 June the delegation flew home.\n"
    )
    legs, trips = _legs_and_leader(text, "1971-06-26")
    assert trips[0] == ("Ion Marin", "RO")
    assert [(leg[0], leg[2], leg[3]) for leg in legs] == [
        ("CN", "1971-06-01", "1971-06-09"),
        ("KP", "1971-06-09", "1971-06-15"),
        ("MN", "1971-06-19", "1971-06-24"),
    ]
    assert legs[0][1] == ["Peking"]


def test_a_trip_over_before_the_story_s_call_and_a_country_named_as_the_former_state_of_the_day():
    call = (
        "MOSCOW, Dec 8 (Test Wire) - President Ivan Petrov told President Tom Reed during a video call on Tuesday "
        "that Moscow wanted guarantees.\n\n"
        "Petrov held the call a day after returning from a one-day visit to New Delhi for talks with Prime Minister "
        "Raj Kumar.\n"
    )
    assert "trip" not in _findings(call, "2021-12-08")
    text = (
        "SANTIAGO, December 14, 1972 (Test Wire) - President Juan Soto, the first Chilean head of state to see the "
        "Soviet Union, arrived in Moscow on December 6.\n"
    )
    assert [leg[0] for leg in _legs(text, "1972-12-14")] == ["SUHH"]
    assert [leg[0] for leg in _legs(text.replace("1972", "1992"), "1992-12-14")] == ["RU"]


def test_a_traveller_sharing_a_surname_with_the_host_and_a_capital_named_as_the_owner_of_its_airport():
    text = (
        "HAN RIVER ONLINE - LIVE\n\n"
        "09:00\nPresident Park Min-ho flew into Pyongyang's Sunan airport yesterday morning, Tuesday, to a surprise: "
        "Chairman Park Chol-su was waiting at the bottom of the steps.\n"
    )
    reader = Reader(text, dt.date(2000, 6, 14))
    found = reader.read()
    assert reader.leader == "Park Min-ho"
    assert reader.leader_country != "KP"
    assert [f.fields["country"] for f in found if f.kind == "legs"] == ["KP"]
    assert reader.is_leader("President Park") and not reader.is_leader("Chairman Park Chol-su")
    assert reader.is_leader("President Park met Chairman Park Chol-su")
    # A ruler of another year named in the lead, sharing "bin" with the traveller, travels in that year only.
    ruler = (
        "MUSCAT - His Majesty Sultan Khalid bin Omar returned to the Sultanate on Monday evening after a two-day "
        "state visit to Iran, the first by an Omani ruler since the late Sultan Faisal bin Said travelled to Tehran "
        "in 2013. His Majesty's aircraft landed at Mehrabad airport on Sunday.\n"
    )
    assert _legs_and_leader(ruler, "2023-05-30")[1][0][0] == "Khalid bin Omar"


def test_the_home_paper_s_president_of_the_republic_leaving_for_the_home_capital_at_the_end_of_the_visit():
    text = (
        "PARIS EVENING COURIER\n\n"
        "General de Morvan left Vnukovo airport for Paris this morning, bringing to an end an official visit to the "
        "Soviet Union that took him to Siberia.\n\n"
        "The President of the Republic arrived in Moscow on Monday 20 June. From 23 June the President travelled to "
        "Novosibirsk.\n"
    )
    legs, trips = _legs_and_leader(text, "1966-07-01")
    assert trips == [("de Morvan", "FR")]
    assert legs == [("SUHH", ["Moscow", "Novosibirsk"], "1966-06-20", "1966-07-01")]


def test_a_monarch_the_text_never_names_and_a_diary_s_heads_of_a_day_and_a_place():
    text = (
        "ROYAL DIARY\nFriday 21 October 1994\n\n"
        "The Queen and the Duke flew home from St Petersburg yesterday evening at the end of the first visit by a "
        "reigning British monarch to Russian soil.\n\n"
        "Monday 17 October - Moscow\n\n"
        "The royal aircraft landed at Vnukovo shortly after noon. In the afternoon Her Majesty was welcomed by "
        "President Ivan Orlov at the Kremlin. In the evening the Queen attended a state banquet.\n\n"
        "Thursday 20 October - St Petersburg\n\n"
        "The Queen saw the Hermitage and then flew home.\n"
    )
    legs, trips = _legs_and_leader(text, "1994-10-21")
    assert trips == [("Queen", "GB")]
    assert legs == [("RU", ["Moscow", "St Petersburg"], "1994-10-17", "1994-10-20")]
    # Named once ("Queen Margrethe"), the monarch is the name, not the title.
    named = text.replace("The Queen and the Duke", "Queen Margrethe and the Duke")
    assert _legs_and_leader(named, "1994-10-21")[1][0][0] != "Queen"


def test_a_journey_told_day_by_day_under_heads_of_days_and_places_and_a_visit_only_discussed():
    text = (
        "DIARIO DEL SUR\nSantiago, Friday, December 15, 1972\n\n"
        "President Juan Soto returned to Santiago last night after a journey of fifteen days. Here we retrace "
        "the journey, stage by stage.\n\n"
        "Thursday, November 30 - Lima. The presidential aircraft left Santiago in the morning and made a stop in the "
        "Peruvian capital, where the two presidents held brief talks.\n\n"
        "Friday, December 1 - Mexico City. The President was welcomed by President Luis Ortega. He left Mexico for "
        "New York on Sunday, December 3.\n\n"
        "Wednesday, December 6, to Sunday, December 10 - Moscow. The President was received with full honours.\n\n"
        "A visit to Peking had been discussed but was left for another occasion.\n"
    )
    legs, trips = _legs_and_leader(text, "1972-12-15")
    assert [(leg[0], leg[1], leg[2], leg[3]) for leg in legs] == [
        ("PE", ["Lima"], "1972-11-30", "1972-11-30"),
        ("MX", ["Mexico City"], "1972-12-01", "1972-12-01"),
        # "left Mexico for New York on Sunday, December 3": a leg there (a city the GeoNames table knows).
        ("US", ["New York"], "1972-12-03", "1972-12-06"),
        ("RU", ["Moscow"], "1972-12-06", "1972-12-10"),
    ]
    assert _findings(text, "1972-12-15")["legs"][0]["types"] == ["stopover"]


def test_a_digest_s_week_told_by_weekday_heads_and_a_trip_a_week_earlier():
    text = (
        "PACIFIC WEEK\nA Saturday digest - 10 March 2018\n\n"
        "Prime Minister Jane Hale was back in Wellington last night after a five-day mission to Samoa and Tonga.\n\n"
        "Monday and Tuesday, Samoa. Ms Hale held talks in Apia on Monday with Prime Minister Tui Malo.\n\n"
        "Thursday, Tonga. Ms Hale toured damaged areas with Prime Minister Sione Pohiva.\n\n"
        "A week earlier, on 2 March, she was in Sydney for a leaders' meeting with Australian Prime Minister Tom "
        "Bell.\n"
    )
    legs, trips = _legs_and_leader(text, "2018-03-10")
    assert [(leg[0], leg[2], leg[3]) for leg in legs] == [
        ("WS", "2018-03-05", "2018-03-06"),
        ("TO", "2018-03-08", "2018-03-08"),
    ]


def test_a_city_the_gazetteer_does_not_know_in_a_state_of_the_day_named_by_its_abbreviation():
    text = (
        "RHINE RADIO - LATE EVENING NEWS\nThursday, 19 March 1970\n\n"
        "ERFURT. Federal Chancellor Karl Weber has returned to the Federal Republic after the first meeting of the "
        "two German heads of government.\n\n"
        "The Chancellor had left Bonn early this morning and arrived in Erfurt at about half past nine, where he was "
        "met on the platform by the Chairman of the GDR Council of Ministers, Otto Lang.\n"
    )
    assert [leg[:2] for leg in _legs(text, "1970-03-19")] == [("DDDE", ["Erfurt"])]


def test_a_digest_s_stops_headed_by_a_capital_and_its_days_and_a_country_named_without_accents():
    text = (
        "AFRICA WEEK\nSaturday 20 January 2024\n\n"
        "China's Foreign Minister Li Hua this week completed a tour of Tunisia and Togo.\n\n"
        "Tunis (15-16 January). In Tunisia, Li was received on Monday by President Kais Amri.\n\n"
        "Abidjan (18-19 January). In Cote d'Ivoire on Thursday, Li held talks with Foreign Minister Leon Adom.\n"
    )
    legs = _legs(text, "2024-01-20")
    assert ("TN", ["Tunis"], "2024-01-15") in legs and "CI" in [leg[0] for leg in legs]


def test_a_country_and_city_head_opening_its_paragraph_and_a_city_flown_to_in_the_host_s_country():
    text = (
        "Sydney | May 24, 2023\n\n"
        "Indian Prime Minister Ravi Nair wrapped up a six-day, three-nation tour in Sydney on Wednesday.\n\n"
        "Japan: Hiroshima. Nair began the tour on Friday in Hiroshima, where Japan had invited him to the Group of "
        "Seven summit.\n\n"
        "Australia: Sydney. Nair arrived in Sydney late on Monday.\n"
    )
    assert [leg[:2] for leg in _legs(text, "2023-05-24")] == [("JP", ["Hiroshima"]), ("AU", ["Sydney"])]
    bali = (
        "OTTAWA (Test Wire) - Prime Minister Anne Roy is heading back to Ottawa after eight days in Asia.\n\n"
        "The trip began in Phnom Penh on Nov. 12. She then flew to Bali for the Group of 20 summit, which opened on "
        "Nov. 15. She held a bilateral meeting with the host, Indonesian President Budi Santoso.\n"
    )
    assert [leg[:2] for leg in _legs(bali, "2022-11-19")] == [("KH", ["Phnom Penh"]), ("ID", ["Bali"])]


def test_events_by_an_opening_ceremony_a_summit_s_corridors_and_a_speech_to_an_assembly_but_no_bilateral_committee():
    def events(body: str) -> list[tuple]:
        text = (
            "LIMA, Nov 17 (Test Wire) - President Ana Lopez of Chile arrived in Lima on Thursday for a visit.\n\n"
            + body
        )
        return [(e["name"], e["organization"], e["host"]) for e in _findings(text, "2024-11-17").get("events", [])]

    assert events("On Friday she attended the opening ceremony of the first Lima Trade Expo.\n") == [
        ("first Lima Trade Expo", None, "PE")
    ]
    assert events("On Friday she spent the day at the Lima Trade Expo, where she met exporters.\n") == []
    assert events("She spent two days working the corridors of the APEC summit in the Peruvian capital.\n") == [
        ("APEC summit", "APEC", "PE")
    ]
    assert events(
        "In a speech of an hour to the General Assembly of the United Nations, the President accused the banks.\n"
    ) == [("General Assembly of the United Nations", "UN", "PE")]
    assert (
        events("Earlier she co-chaired a session of the Higher Coordinating Committee with Minister Luis Paz.\n") == []
    )


def test_a_guest_named_in_full_only_as_the_one_welcomed_and_a_role_with_a_country_s_name_for_adjective():
    text = (
        "Canberra Daily - 12 July 2024\n\n"
        "The Papua New Guinea Prime Minister, who touched down in Canberra on Monday, addressed a joint sitting of "
        "Parliament on Wednesday, the first Pacific leader to do so.\n\n"
        "Prime Minister Tom Bell welcomed James Tau with a ceremony at Parliament House. Bell and Tau signed a "
        "security treaty.\n"
    )
    legs, trips = _legs_and_leader(text, "2024-07-12")
    assert trips == [("James Tau", "PG")] and [leg[0] for leg in legs] == ["AU"]


def test_the_last_day_abroad_from_leaving_for_home_returning_that_evening_or_then_flying_home():
    def end(body: str) -> str | None:
        text = "TOKYO, Dec 16 (Test Wire) - President Ivan Orlov arrived in Tokyo on Thursday for a visit.\n\n" + body
        return _findings(text, "2016-12-18")["trip"][0]["end"]

    assert end("He left Tokyo for home on Friday morning.\n") == "2016-12-16"
    assert end("He met business leaders on Friday afternoon before returning to Moscow in the evening.\n") == (
        "2016-12-16"
    )
    assert end("On Friday he laid a wreath at the memorial. He embraced a survivor and then flew home.\n") == (
        "2016-12-16"
    )


def test_a_guest_the_host_hosted_as_a_counterpart_in_a_paper_dated_at_the_host_s_capital_and_a_regnal_number():
    text = (
        "STATE HOUSE DAILY\nKampala, 9 August 2023\n\n"
        "President Yoweri Okello on Tuesday hosted his Kenyan counterpart at State House Entebbe, where the two "
        "leaders signed agreements on the oil pipeline.\n\n"
        "The visiting leader, President Samuel Kariuki, who arrived on Monday for a two-day state visit, later toured "
        "the Karuma dam. Okello hosted a state banquet in his honour.\n"
    )
    legs, trips = _legs_and_leader(text, "2023-08-09")
    assert trips == [("Samuel Kariuki", "KE")] and [leg[:3] for leg in legs] == [("UG", ["Kampala"], "2023-08-07")]
    king = (
        "AMMAN (Test Wire) - Foreign Minister Omar Haddad accompanied King Faisal II on his visit to Washington this "
        "week, where the King held talks with President Joe Carter at the White House on Tuesday.\n"
    )
    assert _legs_and_leader(king, "2023-05-04")[1][0][0] == "Faisal II"


def test_the_leader_s_aircraft_stopping_or_landing_and_an_arrival_told_weeks_back():
    text = (
        "KAMPALA, March 26 (Test Wire) - President Tom Reed held talks with President Yusuf Mwita on Tuesday.\n\n"
        "On the way south on March 25, Air Force One stopped for about three hours at the airport in Kigali, Rwanda.\n"
    )
    legs = _findings(text, "1998-03-26")["legs"]
    assert [(leg["country"], leg["types"], leg["start"]) for leg in legs if leg["country"] == "RW"] == [
        ("RW", ["stopover"], "1998-03-25")
    ]
    weeks = (
        "SANTIAGO, 1 December 1971 - Three weeks after his plane touched down at Pudahuel, the Prime Minister of "
        "Cuba, Rafael Cruz, has seen more of Chile than most Chileans, and he leaves on Saturday.\n"
    )
    assert [leg[2] for leg in _legs(weeks, "1971-12-01")] == [None]


def test_a_departure_told_in_the_present_is_to_a_stop_not_yet_reached():
    text = (
        "NEW DELHI, Jan 27 (Test Wire) - King Faisal bin Omar of Saudi Arabia leaves for Kuala Lumpur this afternoon "
        "at the end of a four-day state visit to India.\n"
    )
    assert [leg[0] for leg in _legs(text, "2006-01-27")] == ["IN"]


def test_a_summit_told_after_a_list_of_places_is_the_last_ones():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya returned home on Saturday after a tour of Senegal, "
        "Rwanda and South Africa, where he attended the BRICS summit.\n"
    )
    found = _findings(text, "2018-07-28")
    assert [(e["name"], e["host"]) for e in found["events"]] == [("BRICS summit", "ZA")]
    assert [leg["types"] for leg in found["legs"]] == [
        ["unspecified"],
        ["unspecified"],
        ["unspecified", "multilateral"],
    ]


def test_arrived_from_a_stop_before_in_a_story_filed_from_the_next_and_a_site_landed_at_is_no_city():
    text = (
        "ROME, June 8 (Test Wire) - Japanese Prime Minister Kenji Sato held talks with Prime Minister Giulia Conti "
        "on Friday, the second stop of a European tour that began in Paris.\n\n"
        "Sato arrived from Paris on Thursday night. He will go on to Berlin on Sunday.\n"
    )
    legs = [(leg[0], leg[1], leg[2]) for leg in _legs_and_leader(text, "2024-06-08")[0]]
    assert legs == [("FR", ["Paris"], None), ("IT", ["Rome"], "2024-06-06")]
    site = (
        "WASHINGTON (Test Wire) - President Kamala Green welcomed German Chancellor Otto Weber to the White House "
        "on Friday.\n\nWeber, who landed at Andrews on Thursday, is on his first trip to the United States.\n"
    )
    assert _legs(site, "2024-06-08") == [("US", ["Washington"], "2024-06-06")]


def test_a_forum_told_in_the_lead_before_the_leg_types_the_leg_in_its_city_country():
    text = (
        "BEIJING, April 27 (Test Wire) - Russian President Igor Volkov left for home on Saturday after attending "
        "the Silk Trade Forum in Beijing.\n\n"
        "Volkov arrived on Thursday from Vladivostok, where he had met the North Korean leader.\n"
    )
    found = _findings(text, "2019-04-27")
    assert [(e["name"], e["host"]) for e in found["events"]] == [("Silk Trade Forum", "CN")]
    legs = [(leg["country"], leg["types"], leg["start"]) for leg in found["legs"]]
    assert legs == [("CN", ["unspecified", "multilateral"], "2019-04-25")]


def test_an_arrival_in_a_relative_clause_before_a_plan_and_a_lead_by_surname_under_a_named_headline():
    text = (
        "LIMA, March 22 (Test Wire) - President Amani Mwangi of Kenya met President Ana Quispe on Monday.\n\n"
        "Mwangi, who arrived on Sunday with his family, will fly to Quito on Wednesday.\n"
    )
    assert _legs(text, "2016-03-22") == [("PE", ["Lima"], "2016-03-20")]
    feature = (
        "Amani Mwangi's week in Europe\n\n"
        "Mwangi began in Rome, where he met Prime Minister Giulia Conti on March 22, and then went to Paris.\n"
    )
    legs, trips = _legs_and_leader(feature, "2016-03-26")
    assert [t[0] for t in trips] == ["Amani Mwangi"]
    assert sorted(leg[0] for leg in legs) == ["FR", "IT"]


def test_then_on_to_a_city_and_the_day_told_right_after_the_place():
    text = (
        "QUITO (Test Wire) - President Amani Mwangi of Kenya arrived in Quito on Thursday for a state visit to "
        "Ecuador.\n\n"
        "On Friday he flew to Cuenca, then on to Guayaquil. He opened a school in Quito on Friday, before leaving "
        "for Lima on Saturday.\n"
    )
    legs = _legs(text, "2019-04-27")
    assert legs[0] == ("EC", ["Quito", "Cuenca", "Guayaquil"], "2019-04-25")
    assert legs[1] == ("PE", ["Lima"], "2019-04-27")


def test_a_regional_forum_named_by_its_subject():
    text = (
        "SUVA (Test Wire) - Prime Minister Jane Hill of New Zealand arrived in Suva on Monday.\n\n"
        "She addressed a regional forum on climate finance on Tuesday.\n"
    )
    assert [(e[0], e[2], e[3]) for e in _events(text, "2023-08-25")] == [
        ("regional forum on climate finance", "FJ", "Suva")
    ]
    planned = text.replace("She addressed a regional forum", "She will address a regional forum")
    assert _events(planned, "2023-08-25") == []


def test_a_summit_in_another_capital_types_that_leg_and_a_named_person_between_does_not_stop_the_journey_home():
    text = (
        "CAIRO, Nov 14 (Test Wire) - Indonesian President Budi Santoso arrived in Cairo on Monday for a state "
        "visit, after attending the G20 summit in Rome.\n\n"
        "Santoso, who flew in from Rome, met President Hassan Nour on Tuesday.\n\n"
        "He leaves for Riyadh on Wednesday, where he is expected to meet Crown Prince Faisal, before flying home "
        "on Friday.\n"
    )
    found = _findings(text, "2022-11-15")
    legs = [(leg["country"], leg["cities"], leg["types"]) for leg in found["legs"]]
    assert legs == [("IT", ["Rome"], ["unspecified", "multilateral"]), ("EG", ["Cairo"], ["state"])]
    assert found["trip"][0]["end"] == "2022-11-18"


def test_a_city_the_gazetteer_does_not_know_told_as_where_the_leader_is():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya ended a two-day visit to Peru on Friday in "
        "the southern city of Arequipa, after talks in Lima.\n\n"
        "In Cusco, Mwangi visited a school.\n\n"
        "A consortium will build a refinery at the port of Callao.\n"
    )
    assert [leg[1] for leg in _legs(text, "2023-06-09")] == [["Lima", "Arequipa", "Cusco"]]


def test_the_city_of_an_event_the_leader_travelled_to():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Monday.\n\n"
        "On Wednesday he flew to Cusco for the Andean Trade Summit.\n\n"
        "On Friday he travelled to Arequipa, where he took part in the plenary session of the Southern Mining "
        "Forum.\n"
    )
    assert [(e[0], e[3]) for e in _events(text, "2023-06-10")] == [
        ("Andean Trade Summit", "Cusco"),
        ("Southern Mining Forum", "Arequipa"),
    ]


def _met(text: str, published: str) -> set[tuple]:
    return {(m["with"], m["form"]) for m in _findings(text, published).get("meetings", [])}


# The lead most meeting tests share: a state visit to Peru, the host's people named in the sentence under test.
LIMA_LEAD = (
    "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
    "to Peru.\n\n"
)


def _met_in_lima(sentence: str) -> set[tuple[str, str]]:
    """The meetings drafted from one sentence after the shared lead."""
    return _met(LIMA_LEAD + sentence + "\n", "2023-05-06")


def test_a_reception_gets_its_form_even_when_the_last_sentence_denies_a_meeting():
    text = (
        "LIMA, May 4 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for an official visit "
        "to Peru.\n\nOn Thursday Mwangi was received at the government palace by President Ana Quispe.\n\n"
        "He did not meet the press afterwards.\n"
    )
    assert _met(text, "2023-05-05") == {("Ana Quispe", "talks")}


def test_being_received_is_the_talks_of_a_head_or_a_courtesy_call_and_not_at_the_airport():
    head = (
        "LIMA, May 4 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for an official visit "
        "to Peru.\n\nOn Thursday Mwangi was received at the government palace by President Ana Quispe.\n"
    )
    assert _met(head, "2023-05-05") == {("Ana Quispe", "talks")}
    two = (
        "LIMA, May 4 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for an official visit "
        "to Peru, where he was received at the airport by Vice Minister Luis Torres.\n\n"
        "On Thursday Mwangi was received by President Ana Quispe and then held talks with Prime Minister Rosa Vega. "
        "Speaker Jorge Lima received him at the Congress in the afternoon. "
        "Mwangi was not received by former President Pedro Soto.\n"
    )
    assert _met(two, "2023-05-05") == {
        ("Ana Quispe", "courtesy-call"),
        ("Rosa Vega", "talks"),
        ("Jorge Lima", "courtesy-call"),
    }


def test_a_pair_of_leaders_with_the_counterpart_in_apposition_held_talks():
    text = (
        "LIMA, May 4 (Test Wire) - Peru and Kenya signed a visa accord on Thursday, after President Amani Mwangi "
        "and his Peruvian counterpart, Ana Quispe, held talks in Lima.\n\nMwangi arrived in Peru on Wednesday.\n"
    )
    assert ("Ana Quispe", "talks") in _met(text, "2023-05-05")


def test_meals_given_for_the_leader_or_by_the_leader_are_banquets_with_the_other_side():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi ended a state visit to Peru on Saturday.\n\n"
        "Mwangi arrived in Lima on Wednesday and held talks with Premier Rosa Vega, who then hosted a meeting "
        "of ministers before lunch. That evening the Premier gave a banquet in the palace.\n\n"
        "On Thursday President Ana Quispe, who met her guest at the airport, gave a dinner for him.\n\n"
        "On Friday he dined privately with Foreign Minister Jorge Lima. Mwangi gave a return banquet for "
        "President Quispe on Saturday.\n"
    )
    found = {(m["with"], m["form"], m["date"]) for m in _findings(text, "2023-05-06")["meetings"]}
    banquets = {(who, date) for who, form, date in found if form == "banquet"}
    assert banquets == {
        ("Rosa Vega", "2023-05-03"),
        ("Ana Quispe", "2023-05-04"),
        ("Jorge Lima", "2023-05-05"),
        ("Ana Quispe", "2023-05-06"),
    }


def test_a_host_and_spouse_give_one_banquet_and_talks_continued_over_lunch_are_a_meal_too():
    text = (
        "LIMA, May 4 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Thursday for a state visit to "
        "Peru.\n\nThe two leaders held talks with President Ana Quispe in the palace and continued over a working "
        "lunch. President Quispe and her husband, Luis Vega, hosted a solemn banquet in his honour.\n"
    )
    assert _met(text, "2023-05-04") == {("Ana Quispe", "talks"), ("Ana Quispe", "banquet")}


def test_the_leader_s_own_title_an_adverb_before_the_verb_and_an_office_in_apposition():
    text = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday the President was received by the President of Trinidad and Tobago, Ana Quispe, "
        "and subsequently held a working meeting with Prime Minister Rosa Vega, in which he recalled the floods "
        "of 3 January. In the afternoon the President met Premier Luis Soto.\n\n"
        "He also went to Government House, where he was received by the Governor-General, Sir Jorge Lima.\n"
    )
    found = {(m["with"], m["form"], m["date"]) for m in _findings(text, "2023-05-05")["meetings"]}
    assert found == {
        ("Ana Quispe", "courtesy-call", "2023-05-04"),
        ("Rosa Vega", "talks", "2023-05-04"),
        ("Luis Soto", "talks", "2023-05-04"),
        ("Jorge Lima", "courtesy-call", "2023-05-04"),
    }


def test_talks_told_by_the_two_men_by_a_count_of_hours_or_as_the_leader_s_own_talks():
    text = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPresident Ana Quispe welcomed him at the palace, and the two men then had a one-on-one "
        "meeting.\n\nOn Thursday Mwangi held four hours of talks with Rosa Vega, the Andean Party's chief "
        "negotiator. Later, after his talks with Premier Luis Soto, the two governments signed a visa accord.\n"
    )
    assert _met(text, "2023-05-05") == {("Ana Quispe", "talks"), ("Rosa Vega", "talks"), ("Luis Soto", "talks")}
    talked = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nHe was driven to the residence of President Ana Quispe, where the two men talked for an hour.\n"
    )
    assert _met(talked, "2023-05-05") == {("Ana Quispe", "talks")}


def test_a_press_conference_shared_in_other_words_and_a_host_who_hosted_the_leader_for_talks():
    text = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday President Ana Quispe hosted him at the palace for talks, after which the two "
        "read statements to reporters.\n\nOn Friday he was hosted by Premier Rosa Vega at a concert. Mwangi and "
        "Luis Soto, the mayor, took questions from reporters together after their talks. Talking to journalists "
        "beside his guest, Mayor Jorge Lima praised the visit.\n"
    )
    assert _met(text, "2023-05-05") == {
        ("Ana Quispe", "talks"),
        ("Ana Quispe", "press-conference"),
        ("Luis Soto", "talks"),
        ("Luis Soto", "press-conference"),
    }
    alone = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru, where he held talks with President Ana Quispe.\n\nMwangi spoke to the press at his hotel.\n"
    )
    assert _met(alone, "2023-05-05") == {("Ana Quispe", "talks")}


def test_talks_held_again_on_another_day_give_a_record_per_day_and_the_welcomer_is_the_other_leader():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi ended a state visit to Peru on Saturday.\n\n"
        "Mwangi arrived in Lima on Wednesday. On Thursday President Quispe welcomed her guest at the palace. "
        "The two leaders then held talks on trade.\n\nThe talks continued on Friday morning. He held talks with "
        "Premier Rosa Vega on Friday and again on Saturday.\n"
    )
    found = {(m["with"], m["form"], m["date"]) for m in _findings(text, "2023-05-06")["meetings"]}
    assert found == {
        ("Quispe", "talks", "2023-05-04"),
        ("Quispe", "talks", "2023-05-05"),
        ("Rosa Vega", "talks", "2023-05-05"),
        ("Rosa Vega", "talks", "2023-05-06"),
    }


def test_courtesy_calls_paid_to_the_leader_and_the_two_heads_of_state_are_the_leader_and_the_counterpart():
    text = (
        "LIMA, May 6 (Test Wire) - President Amani Mwangi of Kenya ended a state visit to Peru on Saturday; he "
        "had come on Wednesday at the invitation of his Peruvian counterpart, Mrs. Ana Quispe.\n\n"
        "On Thursday the President toured a museum, then received at his hotel a courtesy call from the Chairman of "
        "the Senate of Peru, Mr. Luis Soto. Later, the Speaker of Congress, Mr. Jorge Lima, also called on "
        "him. Foreign Minister Rosa Vega called on the President in the afternoon.\n\n"
        "On Friday, the two Heads of State held talks at the palace.\n"
    )
    assert _met(text, "2023-05-06") == {
        ("Luis Soto", "courtesy-call"),
        ("Jorge Lima", "courtesy-call"),
        ("Rosa Vega", "courtesy-call"),
        ("Ana Quispe", "talks"),
    }


def test_people_met_in_one_list_with_a_place_after_each_and_an_office_before_each():
    text = (
        "ROME, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Rome on Friday for a visit to Italy.\n\n"
        "He then met the President of the Republic of Chile, Marco Rossi, at La Moneda, and the "
        "President of the Senate of Chile, Lucia Bianchi, at the Congress.\n"
    )
    assert _met(text, "2023-05-06") == {("Marco Rossi", "talks"), ("Lucia Bianchi", "talks")}


def test_meetings_told_out_of_order_after_a_relative_clause_or_beside_a_quote():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi ended a state visit to Peru on Saturday, after "
        "talks with President Ana Quispe.\n\nMwangi arrived in Lima on Wednesday. On Thursday, the President had "
        "met Premier Rosa Vega. On Friday the President met Senator Luis Soto, who praised Kenya, and later "
        'received a courtesy call from Speaker Jorge Lima. "We look forward to more trade," Mwangi told reporters '
        "at a joint press appearance with Quispe.\n\nMwangi had previously met Senator Pedro Ruiz in Nairobi.\n"
    )
    found = _met(text, "2023-05-06")
    assert {("Rosa Vega", "talks"), ("Jorge Lima", "courtesy-call"), ("Ana Quispe", "press-conference")} <= found
    assert not any(who == "Pedro Ruiz" for who, _ in found)


def test_the_holders_of_an_office_in_two_countries_are_the_leader_and_the_other_holder():
    text = (
        "MOSCOW, 22 February - Peruvian President Ana Quispe began an official visit to Russia on Monday.\n\n"
        "President Ivan Petrov of Russia welcomed her at the Kremlin. The Presidents of Peru and Russia then met "
        "privately.\n"
    )
    assert _met(text, "2022-02-22") == {("Ivan Petrov", "talks")}


def test_a_counterpart_named_once_in_full_is_the_one_a_bare_surname_names_later():
    text = (
        "NAIROBI, May 8 (Test Wire) - Back home on Friday after an official visit to Peru, President Amani Mwangi "
        "said the trade pact he and his Peruvian counterpart, Ana Quispe, signed would create jobs.\n\n"
        "Mwangi, who arrived in Lima on Wednesday, attended a dinner hosted by Quispe on Wednesday evening. "
        "At a joint news conference with Quispe on Thursday, Mwangi praised the pact.\n"
    )
    assert _met(text, "2023-05-08") == {("Ana Quispe", "banquet"), ("Ana Quispe", "press-conference")}


def test_a_reception_by_a_president_is_a_courtesy_call_when_the_talks_were_with_the_premier():
    text = (
        "HAVANA, July 1 (Test Wire) - Prime Minister Lars Berg of Norway ended a visit to Cuba today.\n\n"
        "Berg arrived in Havana on Saturday and was received at the palace by President Ana Quispe. "
        "On Monday he held talks with Premier Luis Soto.\n"
    )
    assert _met(text, "1975-07-01") == {("Ana Quispe", "courtesy-call"), ("Luis Soto", "talks")}


def test_the_two_prime_ministers_are_the_leader_and_the_one_who_invited_the_leader():
    text = (
        "NEW DELHI, June 3 (Test Wire) - At the invitation of the Prime Minister of India, Mr. Ravi Kumar, Prime "
        "Minister Lars Berg of Norway paid an official visit to India from 1 to 3 June.\n\n"
        "On 2 June, Prime Minister Berg was given a guard of honour. The two Prime Ministers then held "
        "talks at the Foreign Office.\n"
    )
    assert _met(text, "2023-06-03") == {("Ravi Kumar", "talks")}


def test_the_host_as_the_subject_and_the_leader_as_the_object_of_talks():
    text = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday President Ana Quispe held talks with President Mwangi at the palace. "
        "Senator Luis Soto, who met Mwangi in Nairobi in 2019, was absent.\n"
    )
    assert _met(text, "2023-05-05") == {("Ana Quispe", "talks")}


def test_a_person_met_named_with_initials_after_an_office_in_apposition():
    text = (
        "WASHINGTON, Feb. 22 (Test Wire) - President Lars Berg of Norway arrived in Washington on Tuesday.\n\n"
        "On Wednesday he called on the Speaker of the House, Thomas R. Miller, in his office at the Capitol.\n"
    )
    assert _met(text, "1990-02-22") == {("Thomas R. Miller", "courtesy-call")}


def test_the_welcomer_is_the_other_of_the_two_men_and_a_reception_by_a_banquet_s_host_is_that_banquet():
    text = (
        "LIMA, May 5 (Test Wire) - King Harald of Norway arrived in Lima on Wednesday for a state visit to Peru, "
        "the first since Ana Quispe took office.\n\n"
        "On Thursday Quispe greeted the King at the palace; later the two men met and continued their talks "
        "over a working lunch.\n\nOn Friday he was received by Speaker Luis Soto, who hosted a dinner in his honour.\n"
    )
    assert _met(text, "2023-05-05") == {("Ana Quispe", "talks"), ("Ana Quispe", "banquet"), ("Luis Soto", "banquet")}
    crowds = (
        "LIMA, May 5 (Test Wire) - King Harald of Norway arrived in Lima on Wednesday for a state visit to Peru.\n\n"
        "On Thursday Crowds greeted the King at the palace; later the two men met.\n"
    )
    assert _met(crowds, "2023-05-05") == set()


def test_an_audience_is_a_courtesy_call_and_a_call_told_first_is_the_leader_s_call():
    text = (
        "ROME, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Rome on Thursday for a visit to Italy.\n\n"
        "On Friday Mwangi had a private audience with Pope Leo at the Vatican. In a phone call with President "
        "Ana Quispe on Friday, Mwangi discussed trade. Mwangi was hosted to a state dinner by President Marco "
        "Rossi on Friday. The audience hall was full.\n"
    )
    assert _met(text, "2023-05-06") == {
        ("Leo", "courtesy-call"),
        ("Ana Quispe", "phone"),
        ("Marco Rossi", "banquet"),
    }


def test_a_meal_given_in_a_relative_clause_for_someone_else_is_no_banquet_of_the_leader():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nA dinner that President Ana Quispe gave for the Chilean president on Friday ran late. "
        "The banquet that Premier Rosa Vega gave in his honour on Thursday was brief.\n"
    )
    assert _met(text, "2023-05-06") == {("Rosa Vega", "banquet")}


def test_a_meal_for_another_guest_and_talks_continued_without_the_leader_are_not_the_leader_s():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru, where he held talks with President Ana Quispe on Thursday.\n\n"
        "Quispe gave a banquet for President Luis Soto of Chile on Friday. "
        "The talks continued on Friday without Mwangi, between the two foreign ministers.\n"
    )
    assert _met(text, "2023-05-06") == {("Ana Quispe", "talks")}


def test_a_meeting_named_by_an_office_or_by_their_first_meeting():
    text = (
        "BERLIN, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Berlin on Thursday. "
        "Chancellor Lena Vogt was at the airport.\n\n"
        "On Friday he met the Chancellor at her office. Mwangi told President Karl Berger on Friday that trade "
        "must grow, in their first meeting since 2019.\n"
    )
    assert _met(text, "2023-05-06") == {("Lena Vogt", "talks"), ("Karl Berger", "talks")}


def test_talks_at_an_institution_with_its_head_a_co_chair_and_talks_told_first_with_no_other_subject():
    text = (
        "SHANGHAI, June 12 (Test Wire) - Kenyan President Amani Mwangi arrived in Shanghai on Friday for a visit "
        "to China.\n\nOn Saturday she held talks at the offices of the Asian Finance Bank with its chief, "
        "former Chilean President Luis Soto. Later she held talks with World Bank President Rosa Vega.\n\n"
        "On Sunday Mwangi co-chaired, with Foreign Minister Li Wen, a round of the strategic forum.\n\n"
        "15:20 - After talks with Premier Chen Hao, both sides sealed a trade pact. "
        "After talks with Senator Jorge Lima, President Pedro Ruiz of Chile left.\n"
    )
    assert _met(text, "2023-06-12") == {
        ("Luis Soto", "talks"),
        ("Rosa Vega", "talks"),
        ("Li Wen", "talks"),
        ("Chen Hao", "talks"),
    }


def test_talks_told_first_of_another_year_or_subject_and_an_office_of_a_country_are_no_one_met_here():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru, where he held talks with President Ana Quispe on Thursday.\n\n"
        "After talks with Chilean President Luis Soto last year, Quispe signed a pact. "
        "After talks with Senator Rosa Vega, Quispe left. "
        "He then met the Chancellor of Germany in Lima on Friday.\n"
    )
    assert _met(text, "2023-05-06") == {("Ana Quispe", "talks")}


def test_a_minister_received_by_the_leader_a_lunch_hosted_for_the_leader_and_a_press_appearance_together():
    text = (
        "NEW DELHI, Oct 10 (Test Wire) - Brazil's President Ana Souza arrived in New Delhi on Wednesday for a "
        "state visit to India.\n\nOn Thursday Souza held talks with Prime Minister Ravi Kumar and was hosted for "
        "lunch by Kumar at Hyderabad House. Later she and Kumar appeared together before reporters.\n\n"
        "On Friday the President received the Minister of Trade, Mrs. Meera Das, at her hotel, and met "
        "Maharashtra Chief Minister Arjun Patil. She received an honorary degree.\n"
    )
    assert _met(text, "2025-10-10") == {
        ("Ravi Kumar", "talks"),
        ("Ravi Kumar", "banquet"),
        ("Ravi Kumar", "press-conference"),
        ("Meera Das", "courtesy-call"),
        ("Arjun Patil", "talks"),
    }


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("President Ana Quispe held talks with visiting Kenyan President Amani Mwangi.", ("Ana Quispe", "talks")),
        ("Mwangi and his host, President Ana Quispe, held talks at the palace.", ("Ana Quispe", "talks")),
        ("Mwangi was greeted by President Ana Quispe, who then held talks with him.", ("Ana Quispe", "talks")),
        ("Mwangi had a working breakfast with Premier Rosa Vega.", ("Rosa Vega", "banquet")),
        ("Mwangi lunched with President Ana Quispe.", ("Ana Quispe", "banquet")),
        ("Mwangi paid a courtesy visit to Speaker Jorge Lima.", ("Jorge Lima", "courtesy-call")),
        ("Mwangi was granted an audience by King Carlos.", ("Carlos", "courtesy-call")),
        ("Mwangi and Quispe held a joint press conference.", ("Quispe", "press-conference")),
        ("Mwangi and President Ana Quispe addressed the media jointly.", ("Ana Quispe", "press-conference")),
    ],
)
def test_one_meeting_in_each_wording_of_host_pair_meal_call_or_press(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert _met(text, "2023-05-06") == {met}


def test_talks_at_a_stage_still_due_are_no_meeting():
    text = (
        "OTTAWA, Feb. 20 (Test Wire) - President Lars Berg of Norway arrived in Ottawa on Monday and held talks "
        "with Prime Minister Anne Roy.\n\nHe is due in Mexico City on Thursday for talks with President Luis Soto.\n"
    )
    assert _met(text, "1990-02-20") == {("Anne Roy", "talks")}


def test_a_pair_who_spoke_on_the_margins_met_on_the_sideline_and_a_pair_who_spoke_of_it_did_not():
    text = (
        "BALI, Nov. 16 (Test Wire) - Canadian Prime Minister Anne Roy arrived in Bali on Monday for the Group "
        "of 20 summit.\n\nOn the margins in Bali, Roy and Chinese President Wei Lan spoke briefly on Tuesday. "
        "Roy and Premier Luis Soto spoke of the need for peace in their speeches.\n"
    )
    assert _met(text, "2022-11-16") == {("Wei Lan", "sideline")}


def test_talks_named_first_in_a_sentence_are_the_leader_s_unless_still_planned():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nTalks with Premier Rosa Vega on Thursday focused on trade. "
        "Talks with Speaker Jorge Lima are expected on Saturday.\n"
    )
    assert _met(text, "2023-05-06") == {("Rosa Vega", "talks")}


def test_a_meeting_with_no_day_near_takes_the_day_the_story_told_last():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi ended a state visit to Peru on Saturday.\n\n"
        "Mwangi arrived in Lima on Wednesday. On Thursday he toured a port. He visited a school. He opened a "
        "clinic. Later he met Premier Rosa Vega.\n"
    )
    found = {(m["with"], m["date"]) for m in _findings(text, "2023-05-06")["meetings"]}
    assert found == {("Rosa Vega", "2023-05-04")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Chairman Li Wen had a cordial and friendly conversation with President Mwangi.", ("Li Wen", "talks")),
        ("President Mwangi had a long and frank conversation with Premier Chen Hao.", ("Chen Hao", "talks")),
        ("Premier Chen Hao and President Mwangi held a long conversation.", ("Chen Hao", "talks")),
        ("President Mwangi gave a return banquet in honour of Premier Chen Hao.", ("Chen Hao", "banquet")),
    ],
)
def test_a_communique_s_conversation_and_return_banquet(sentence, met):
    text = (
        "PEKING, May 6 (Test Agency) - President Amani Mwangi of Kenya arrived in Peking on Wednesday for a state "
        "visit to China.\n\nOn Thursday " + sentence + "\n"
    )
    assert _met(text, "1975-05-06") == {met}


def test_a_name_after_a_body_s_office_is_the_person_and_a_body_alone_is_no_one():
    text = (
        "PEKING, May 6 (Test Agency) - Kenyan President Amani Mwangi arrived in Peking on Wednesday for an "
        "official visit to China.\n\nOn Thursday the President also met Premier of the State Council Chen Hao and "
        "Chairman of the Standing Committee of the National People's Congress Zhou Bo. On Friday he held talks "
        "with Li Wen, the Workers' Party's chief economist.\n"
    )
    assert _met(text, "1975-05-06") == {("Chen Hao", "talks"), ("Zhou Bo", "talks"), ("Li Wen", "talks")}


def test_a_document_named_without_a_verb_that_signs_it():
    # By its proper name, by its year, or with "the" by what made it or holds it: each a document.
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Mwangi said the Treaty of Bergen still framed the relationship. Fishing fleets work under the 1988 Skagen "
        "Convention. He praised the 2011 river deal. Article 4 of the bilateral transit treaty applies to the "
        "ports. The pipeline builds on the energy agreement that Oslo and Nairobi signed in March last year. "
        "Boats are licensed under the fisheries agreement between the two countries.\n"
    )
    titles = sorted(f["title"] for f in _findings(text, "2023-06-09")["agreements"])
    assert titles == [
        "1988 Skagen Convention",
        "2011 river deal",
        "Treaty of Bergen",
        "bilateral transit treaty",
        "energy agreement",
        "fisheries agreement between the two countries",
    ]


def test_a_document_to_come_or_a_free_trade_agreement_in_passing_is_none_named():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two sides aim to conclude a Comprehensive Investment Agreement this year. Kenya has a free trade "
        "agreement that took effect in 2009 with another partner. Officials expect the ministers to sign an "
        "agreement on seabed mapping next month. The talks were held at the Holmen Convention Centre. The free "
        "trade agreement that Nairobi has sought did not materialise. Kenya follows its National Maritime Strategy.\n"
    )
    assert _findings(text, "2023-06-09").get("agreements", []) == []


def test_a_joint_statement_issued_is_a_document_and_one_quoted_from_is_not():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "In a joint statement, the two leaders said they valued their ties. The two sides issued a joint statement "
        "on ocean governance. Envoys signed a Joint Communique and a Strategy of Maritime Cooperation for 2024-2026.\n"
    )
    titles = sorted(f["title"] for f in _findings(text, "2023-06-09")["agreements"])
    assert titles == [
        "Joint Communique",
        "Strategy of Maritime Cooperation for 2024-2026",
        "joint statement on ocean governance",
    ]


def test_a_partnership_s_sides_come_from_its_own_clause():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Mwangi welcomed efforts to strengthen the strategic partnership between Sweden and Finland. "
        "Norway and Iceland agreed to deepen their comprehensive partnership. Denmark lifted its ties to a "
        "strategic partnership with Estonia.\n"
    )
    found = [(p["parties"], p["change"]) for p in _findings(text, "2023-06-09")["partnerships"]]
    assert found == [(["FI", "SE"], "reaffirmed"), (["IS", "NO"], "reaffirmed"), (["DK", "EE"], "upgraded")]


def test_a_partnership_set_up_now_in_a_past_year_or_inside_a_name():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two sides signed a joint statement on the establishment of a strategic partnership. They agreed to "
        "keep developing the green partnership that the two countries set up in 2019. They also set up a "
        "Strategic Partnership Council. His predecessor visited Oslo in 2012, when the two countries set up their "
        "global partnership.\n"
    )
    found = [(p["label"], p["change"]) for p in _findings(text, "2023-06-09")["partnerships"]]
    assert found == [("strategic partnership", "established"), ("green partnership", "reaffirmed")]


def test_a_list_of_agreed_actions_each_marked_by_to_and_ended_by_a_new_subject():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two leaders agreed to open a consulate in Mombasa, to revive the joint trade council, which has not "
        "met since 2015, and to simplify visas for students, and Solberg thanked Kenya for its help. They also "
        "agreed to share data on piracy, maritime surveillance, port security and the training of coast guards.\n"
    )
    whats = sorted(p["what"] for p in _findings(text, "2023-06-09")["pledges"])
    assert whats == [
        "open a consulate in Mombasa",
        "revive the joint trade council",
        "share data on piracy, maritime surveillance, port security and the training of coast guards",
        "simplify visas for students",
    ]


def test_a_stance_a_journey_or_the_relationship_itself_is_no_pledge():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Both sides reaffirmed their partnership and agreed to deepen it in the fields of energy and health. "
        "Mwangi said Kenya would honour its international obligations. Aides said he would travel to Sweden "
        "later in the year.\n"
    )
    assert _findings(text, "2023-06-09").get("pledges", []) == []


def test_a_side_s_word_promised_told_or_offered_as_ready_and_a_second_would():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Prime Minister Ingrid Solberg promised that Norway would help Kenya build three fish-processing plants. "
        "Solberg told her guest that Oslo was willing to buy more Kenyan tea. She said Norway regarded Kenya as "
        "a close friend and would encourage Norwegian firms to invest in Kenyan ports. Solberg said Norway would "
        "support Kenya's efforts to train rangers and to protect its forests. Solberg also told her guest that "
        "Norway welcomed the reforms and would send election observers. The Norwegian side also reaffirmed that "
        "it would fund the Lamu wind farm.\n\n"
        # Near misses: a third country's offer, met on the way; a hope for peace at large.
        "At a forum on Friday, Mwangi met Egyptian President Omar Hassan, who said Cairo was ready to join "
        "three-way rail projects. Solberg said Norway was ready to contribute to a peaceful resolution of the "
        "conflict.\n"
    )
    pledges = _findings(text, "2023-06-09")["pledges"]
    assert sorted((p["what"], p["announced_by"]) for p in pledges) == [
        ("buy more Kenyan tea", "Ingrid Solberg"),
        ("encourage Norwegian firms to invest in Kenyan ports", "Ingrid Solberg"),
        ("fund the Lamu wind farm", None),
        ("help Kenya build three fish-processing plants", "Ingrid Solberg"),
        ("send election observers", "Ingrid Solberg"),
        ("support Kenya's efforts to train rangers and to protect its forests", "Ingrid Solberg"),
    ]


def test_an_amount_given_valued_worth_or_named_by_its_kind_of_aid():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Norway announced development support worth 300 million euros for Kenya. The package is made up of "
        "200 million euros in grants and 100 million euros in concessional loans. Norway is also financing a "
        "port through a loan of about 1 billion dollars at 0.5 percent interest.\n\n"
        # Near misses: deals signed are no pledge, nor a purchase of a stake, nor imports by their goods.
        "Norwegian firms signed deals worth 2 billion dollars. A fund paid 500 million dollars for a 20 percent "
        "stake in a Kenyan bank. Kenya imported 3 billion dollars in machinery last year.\n"
    )
    pledges = _findings(text, "2023-06-09")["pledges"]
    assert sorted((p["value"], p["scale"], p["unit"], p["what"]) for p in pledges) == [
        (1, "billion", "USD", "loan"),
        (100, "million", "EUR", "concessional loans"),
        (200, "million", "EUR", "grants"),
        (300, "million", "EUR", "development support"),
    ]


def test_actions_undertaken_agreed_in_principle_or_bound_by_a_document_and_a_side_s_will_to_give():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two sides undertook to expand flights, to build a seed bank, and to coordinate their votes at the "
        "United Nations. Mwangi pledged on Friday to open a visa centre in Bergen. They agreed in principle to "
        "negotiate a fisheries accord. The ministers agreed that Kenya and Norway would open consulates in Bergen "
        "and Kisumu. Under the treaty, the sides will refrain from hostile acts, will expand naval cooperation "
        "and will work to build a rail corridor. Norway will also help train Kenyan pilots, and some of that "
        "training will take place in Bodo.\n\n"
        # Near misses: a count of things given is a pledge with its figure; an anniversary to mark is no act.
        "Norway will give Kenya 12 patrol boats. The leaders agreed to mark the 60th anniversary of relations.\n"
    )
    whats = sorted(p["what"] for p in _findings(text, "2023-06-09")["pledges"] if p["value"] is None)
    assert whats == [
        "build a rail corridor",
        "build a seed bank",
        "coordinate their votes at the United Nations",
        "expand flights",
        "expand naval cooperation",
        "help train Kenyan pilots",
        "negotiate a fisheries accord",
        "open a visa centre in Bergen",
        "open consulates in Bergen and Kisumu",
    ]


def test_names_of_documents_in_their_own_words_and_a_list_of_agreements_on_several_matters():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Ports stay open under the 2001 Agreed Protocol with Sweden. The ties rest on the Charter on Friendship "
        "and Maritime Cooperation of 1999 and the Treaty on Fisheries signed in 2004. Critics deplored the end of "
        "the mutual aid treaty with Denmark. The wind farm, whose grid connection agreement was signed in May, "
        "opens next year. Norway also signed on behalf of its fleet the Svalbard Accords. The ministers signed "
        "agreements on ocean research and on tourism. Among the documents were terms of reference on coast guard "
        "drills and a programme of cultural exchanges.\n\n"
        # Near miss: a programme launched is a pledge, not a document signed.
        "The two sides signed a memorandum on health and launched a programme to train nurses.\n"
    )
    titles = sorted(f["title"] for f in _findings(text, "2023-06-09")["agreements"])
    assert titles == [
        "2001 Agreed Protocol with Sweden",
        "Svalbard Accords",
        "Treaty on Fisheries",
        "agreement on ocean research",
        "agreement on tourism",
        "grid connection agreement",
        "memorandum on health",
        "mutual aid treaty with Denmark",
        "programme of cultural exchanges",
        "terms of reference on coast guard drills",
    ]


def test_a_partnership_lifted_to_a_new_level_a_label_of_other_adjectives_and_one_of_many_sides():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Kenya and Sweden entered into a comprehensive partnership. "
        "Kenya and Norway issued a statement on the Enhanced Green Partnership, lifting the Green Partnership of "
        "2015 to a new level. Mwangi and Solberg agreed to deepen the strategic maritime partnership between "
        "Kenya and Norway.\n\n"
        # Near misses: a partnership of many sides; a label with no word of standing.
        "The five countries agreed to establish a strategic regional partnership. Kenya and Norway also agreed "
        "to deepen their maritime partnership.\n"
    )
    found = [(p["label"], p["change"], p["from"]) for p in _findings(text, "2023-06-09")["partnerships"]]
    assert found == [
        ("comprehensive partnership", "established", None),
        ("enhanced green partnership", "upgraded", "green partnership"),
        ("strategic maritime partnership", "reaffirmed", None),
    ]


def test_counts_of_agreements_after_another_number_in_capitals_of_letters_of_intent_and_not_of_another_visit():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "After talks, the two witnessed the signing of six agreements. Eleven memoranda were signed later. "
        "Companies signed 20 letters of intent, and trade reached 2 billion dollars last year, and officials "
        "signed three protocols. The talks produced 14 agreements.\n\n"
        # Near misses: the documents of another visit, in another month or last year.
        "Mwangi made a state visit to Sweden in March, where some ten agreements were signed. Solberg visited "
        "Nairobi last year, when eight agreements were signed.\n"
    )
    counts = sorted(c["value"] for c in _findings(text, "2023-06-09")["agreement_counts"])
    assert counts == [3, 6, 11, 14, 20]


def test_relations_dated_by_a_day_a_month_since_or_going_back_and_paired_by_between():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Kenya was the first African country to establish diplomatic relations with Norway, in 1963. Sweden and "
        "Finland have maintained diplomatic relations since March 1919. Relations between Denmark and Iceland go "
        "back to 1944. Estonia established diplomatic relations with Latvia on 1 November 1921. This year marks "
        "the 30th anniversary of diplomatic relations between Slovakia and the Czech Republic. Kenya and Norway "
        "established diplomatic relations 60 years ago. Ghana and Togo have enjoyed diplomatic relations since "
        "1960.\n"
    )
    found = sorted((r["countries"], r["established"]) for r in _findings(text, "2023-06-09")["relations"])
    assert found == [
        (["CZ", "SK"], 1993),
        (["DK", "IS"], 1944),
        (["EE", "LV"], 1921),
        (["FI", "SE"], 1919),
        (["GH", "TG"], 1960),
        (["KE", "NO"], 1963),
    ]


def test_trade_figures_of_a_balance_a_trading_partner_and_the_year_of_their_own_clause():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Sweden ran a deficit of more than 4 billion dollars in goods with Finland last year. The EU is Iceland's "
        "largest trading partner, with two-way trade in goods of 6.5 billion euros in 2022. Kenya and Norway "
        "established relations in 1963, and trade between them came to about 900 million kronor last year. "
        "Trade with Denmark was worth only about 80 million dollars last year.\n"
    )
    figures = sorted(
        (f["metric"], f["parties"], f["period"], f["value"], f["unit"])
        for f in _findings(text, "2023-06-09")["figures"]
    )
    assert figures == [
        ("trade", ["EU", "IS"], 2022, 6.5, "EUR"),
        ("trade", ["KE", "DK"], 2022, 80, "USD"),
        ("trade", ["KE", "NO"], 2022, 900, "SEK"),
        ("trade deficit", ["SE", "FI"], 2022, 4, "USD"),
    ]


def test_agreements_another_on_a_matter_listed_after_their_verb_initialled_or_of_two_joined_words():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "A memorandum on tourism and another on health were signed. Envoys signed a protocol on ports, another on "
        "rail and a third on aviation. Agreements were also signed on visa waivers, "
        "on energy and on culture. An agreement establishing a joint fisheries commission was initialled. The "
        "leaders concluded a treaty of friendship and cooperation.\n\n"
        # Near miss: "and" opening a new predicate ends a title.
        "They signed an accord on shipping and agreed to meet again.\n"
    )
    titles = sorted(f["title"] for f in _findings(text, "2023-06-09")["agreements"])
    assert titles == [
        "accord on shipping",
        "agreement establishing a joint fisheries commission",
        "agreement on culture",
        "agreement on energy",
        "agreement on visa waivers",
        "memorandum on health",
        "memorandum on tourism",
        "protocol on aviation",
        "protocol on ports",
        "protocol on rail",
        "treaty of friendship and cooperation",
    ]


def test_an_amount_of_a_grant_or_a_credit_line_a_side_will_extend_and_a_partnership_agreed_is_no_programme():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Norway will extend a credit line of EUR 1.5 billion to Kenya. Norway offered a grant of 50 million "
        "dollars for solar farms. Kenya and Norway agreed to establish a strategic partnership.\n"
    )
    pledges = sorted((p["what"], p["value"], p["unit"]) for p in _findings(text, "2023-06-09")["pledges"])
    assert pledges == [("credit line", 1.5, "EUR"), ("grant", 50, "USD")]


def test_pledges_of_support_of_a_plan_agreed_of_a_debt_written_off_and_of_an_amount_as_an_adjective():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Solberg pledged support for Kenya's bid for a seat on the Security Council. The two leaders agreed on a "
        "plan to build a fish-processing plant in Mombasa. Norway will open an embassy in Mombasa next year, "
        "Solberg said. The Norwegian government will write off 50 million dollars of Kenyan debt. Norway "
        "announced a 100 million dollar loan for Kenya's railways.\n\n"
        # Near miss: an invitation to invest is no pledge.
        "Mwangi invited Norwegian companies to invest in Kenya.\n"
    )
    pledges = sorted((p["what"], p["value"]) for p in _findings(text, "2023-06-09")["pledges"])
    assert pledges == [
        ("Kenyan debt", 50),
        ("build a fish-processing plant in Mombasa", None),
        ("loan for Kenya's railways", 100),
        ("open an embassy in Mombasa next year", None),
        ("support for Kenya's bid for a seat on the Security Council", None),
    ]


def test_a_document_s_proper_name_ends_before_the_day_it_was_signed():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Kenya and Norway signed the Oslo Accord on Fisheries on Friday.\n"
    )
    assert [a["title"] for a in _findings(text, "2023-06-09")["agreements"]] == ["Oslo Accord on Fisheries"]


def test_an_mou_on_a_matter_and_a_deal_reached_in_the_passive():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two sides signed an MoU on digital payments. Officials said a deal on the sale of patrol boats was "
        "reached.\n\n"
        # Near miss: a deal hoped for once talks end is none reached.
        "Talks will go on until a deal on gas prices is reached.\n"
    )
    titles = sorted(a["title"] for a in _findings(text, "2023-06-09")["agreements"])
    assert titles == ["MoU on digital payments", "deal on the sale of patrol boats"]


def test_pledges_given_by_a_side_a_target_opening_a_sentence_aid_by_its_kind_and_a_vow_of_something_to_do():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "India extended a line of credit of 100 million dollars to Mozambique. China offered Zambia a loan of 300 "
        "million yuan. Trade between the two countries is "
        "targeted to reach 15 billion dollars within three years. Norway is providing 200 million dollars in food "
        "aid to Kenya, the embassy said. Solberg vowed to boost imports of Kenyan avocados. The two sides also "
        "resolved to fight piracy in the Indian Ocean.\n\n"
        # Near miss: a vow of goods at large names nothing to do.
        "Both leaders vowed to promote peace and stability in the region.\n"
    )
    pledges = sorted(
        (p["what"], p["value"], p["parties"], p["shape"]) for p in _findings(text, "2023-06-09")["pledges"]
    )
    assert pledges == [
        ("boost imports of Kenyan avocados", None, ["KE", "NO"], "programme"),
        ("fight piracy in the Indian Ocean", None, ["KE", "NO"], "programme"),
        ("food aid to Kenya", 200, ["NO", "KE"], "commitment"),
        ("line of credit", 100, ["IN", "MZ"], "commitment"),
        ("loan", 300, ["CN", "ZM"], "commitment"),
        ("trade", 15, ["KE", "NO"], "target"),
    ]


def test_verbs_that_look_like_participles_and_what_a_document_binds_a_side_to():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two sides agreed to speed up talks on an investment treaty. They signed an accord under which Norway "
        "will train Kenyan meteorologists in Bergen. They also agreed to bring their customs rules "
        "closer.\n\n"
        # Near misses: goods at large for a whole region; an agreement to do something is the document's title.
        "Solberg said the two governments would work together to bring lasting peace to the whole region. "
        "Among the documents was an agreement to build a research vessel.\n"
    )
    whats = sorted(p["what"] for p in _findings(text, "2023-06-09")["pledges"])
    assert whats == [
        "bring their customs rules closer",
        "speed up talks on an investment treaty",
        "train Kenyan meteorologists in Bergen",
    ]


def test_a_fund_announced_is_a_pledge_and_goodwill_towards_a_side_is_not():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Prime Minister Ingrid Solberg announced a new fund to support Kenyan start-ups. Solberg also announced a "
        "five-point fisheries plan for the Kenyan coast.\n\n"
        # Near misses: support at large for the other side names no act; a plan to travel is a visit.
        "Solberg said Norway would continue to support Kenya. Mwangi announced a plan to visit Bergen.\n"
    )
    pledges = [(p["what"], p["announced_by"]) for p in _findings(text, "2023-06-09")["pledges"]]
    assert pledges == [
        ("new fund to support Kenyan start-ups", "Ingrid Solberg"),
        ("five-point fisheries plan for the Kenyan coast", "Ingrid Solberg"),
    ]


def test_a_pact_or_an_agreement_ratified_and_a_pact_hoped_for():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "A pact on seabed mining was ratified by both parliaments. Kenya ratified a fisheries agreement with "
        "Norway.\n\n"
        # Near miss: a pact hoped for is none signed.
        "Officials hope to sign a defence pact next year.\n"
    )
    titles = sorted(a["title"] for a in _findings(text, "2023-06-09")["agreements"])
    assert titles == ["fisheries agreement with Norway", "pact on seabed mining"]


def test_who_gives_a_side_s_word_is_the_name_before_the_verb_of_saying_in_full():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The talks were praised by Norwegian officials close to Lars Haugen. Haugen told his guest that Norway was "
        "willing to buy more Kenyan tea.\n"
    )
    pledges = [(p["what"], p["announced_by"]) for p in _findings(text, "2023-06-09")["pledges"]]
    assert pledges == [("buy more Kenyan tea", "Lars Haugen")]


def test_another_pair_s_agreement_has_the_parties_its_own_words_name():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Mwangi welcomed the trade agreement concluded between the European Union and Chile in March.\n"
    )
    found = [(a["title"], a["parties"]) for a in _findings(text, "2023-06-09")["agreements"]]
    assert found == [("trade agreement", ["CL", "EU"])]


def test_amounts_in_more_shapes_and_one_amount_converted_after_a_comma():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Norway announced a 2-billion-dollar package for Kenya. Norway committed $500m to the fund. Norway "
        "pledged 1.5 trillion yen, about 10 billion dollars, to Kenya.\n"
    )
    pledges = sorted((p["value"], p["scale"], p["unit"]) for p in _findings(text, "2023-06-09")["pledges"])
    assert pledges == [(1.5, "trillion", "JPY"), (2, "billion", "USD"), (500, "million", "USD")]


def test_agreements_one_and_another_among_the_documents_between_a_pair_and_not_yet_concluded():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The agreements included one on maritime security and another on renewable energy. A visa waiver agreement "
        "was among the documents signed. Officials signed an agreement establishing direct flights between Nairobi "
        "and Oslo.\n\n"
        # Near misses: a document whose negotiation goes on; one that trade waits for.
        "Mwangi praised the accord between Kenya and Uganda, which has yet to be signed. Trade could grow once the "
        "shipping agreement is concluded.\n"
    )
    titles = sorted(a["title"] for a in _findings(text, "2023-06-09")["agreements"])
    assert titles == [
        "agreement establishing direct flights between Nairobi and Oslo",
        "agreement on maritime security",
        "agreement on renewable energy",
        "visa waiver agreement",
    ]


def test_pledges_as_a_noun_by_both_named_sides_of_help_in_and_to_allow():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The visit ended with a pledge by Norway to fund three hospitals. Norway and Kenya will jointly build a "
        "research station on Lake Turkana. Kenya will allow Norwegian trawlers to fish in its waters. Solberg "
        "offered help in training Kenyan coast guards. Norway's pledge of 300 million dollars for Kenyan schools "
        "was welcomed.\n\n"
        # Near miss: a promise made at home, in a campaign, is none to the other side.
        "Mwangi campaigned on a promise to review mining contracts.\n"
    )
    pledges = sorted((p["what"], p["value"]) for p in _findings(text, "2023-06-09")["pledges"])
    assert pledges == [
        ("Kenyan schools", 300),
        ("allow Norwegian trawlers to fish in its waters", None),
        ("build a research station on Lake Turkana", None),
        ("fund three hospitals", None),
        ("help in training Kenyan coast guards", None),
    ]


def test_an_action_another_pair_agreed_to_is_no_pledge_of_the_visit():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Kenya and Norway agreed to open a joint trade office. Mwangi welcomed news that Russia and Ukraine had "
        "agreed to exchange prisoners of war.\n"
    )
    assert [p["what"] for p in _findings(text, "2023-06-09")["pledges"]] == ["open a joint trade office"]


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("the President of the Senate, Ana Quispe, gave a dinner in his honour.", {("Ana Quispe", "banquet")}),
        ("Comrade Ana Quispe, Chairman of the Regional Council, gave a lunch.", {("Ana Quispe", "banquet")}),
        ("Ana Quispe, the Speaker of the Senate, hosted a banquet for the guests.", {("Ana Quispe", "banquet")}),
        (
            "he was received by Ana Quispe, First Secretary of the Workers' Party, who gave a dinner for him.",
            {("Ana Quispe", "banquet")},
        ),
        # An office with no name before it names no one.
        ("the Speaker of the Regional Assembly gave a dinner for the delegation.", set()),
    ],
)
def test_the_giver_of_a_meal_is_the_name_before_an_office_in_apposition(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert _met(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "he toured a port. In the evening he gave a dinner at the embassy for Mr Luis Soto, Mrs Rosa Vega and "
            "Mr Jorge Lima.",
            {("Luis Soto", "banquet"), ("Rosa Vega", "banquet"), ("Jorge Lima", "banquet")},
        ),
        (
            "Premier Rosa Vega met him at the airport. That night Mwangi hosted a return banquet for Mrs Vega and "
            "Speaker Jorge Lima.",
            {("Rosa Vega", "banquet"), ("Jorge Lima", "banquet")},
        ),
        (
            "she gave a lunch in honour of President Ana Quispe, who had flown in from Cusco.",
            {("Ana Quispe", "banquet")},
        ),
        # A dinner for no one named, at someone's home: no guest.
        ("he gave a dinner for the delegation at the home of Mr Luis Soto.", set()),
    ],
)
def test_a_meal_the_leader_gives_is_a_banquet_with_each_guest_listed(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert {m for m in _met(text, "2023-05-06") if m[1] == "banquet"} == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("he held talks with President Ana Quispe, followed by a state banquet.", True),
        ("he held talks with President Ana Quispe, which were followed by a lunch at the palace.", True),
        ("he held talks with President Ana Quispe. A working dinner followed.", True),
        ("he held talks with President Ana Quispe, followed by a news conference.", False),
        ("he held talks with President Ana Quispe, to be followed by a state banquet next week.", False),
    ],
)
def test_a_meal_that_follows_talks_is_a_banquet_with_the_same_person(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert (("Ana Quispe", "banquet") in _met(text, "2023-05-06")) is met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "Talks with Premier Rosa Vega, Speaker Jorge Lima and President Ana Quispe were held on Thursday.",
            {("Rosa Vega", "talks"), ("Jorge Lima", "talks"), ("Ana Quispe", "talks")},
        ),
        ("Talks with President Ana Quispe took place on Thursday.", {("Ana Quispe", "talks")}),
        (
            "His meeting with Premier Rosa Vega and Speaker Jorge Lima ran long.",
            {("Rosa Vega", "talks"), ("Jorge Lima", "talks")},
        ),
        # Talks still to come name no one met.
        ("Talks with President Ana Quispe and Premier Rosa Vega are expected next week.", set()),
    ],
)
def test_talks_named_first_are_held_with_each_person_of_their_list(sentence, met):
    assert _met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Talks with Premier Rosa Vega were held on Thursday and Friday.", {"2023-05-04", "2023-05-05"}),
        ("He held talks with Premier Rosa Vega on Thursday and on Friday.", {"2023-05-04", "2023-05-05"}),
        ("He held talks with Premier Rosa Vega on 4 and 5 May in the palace.", {"2023-05-04", "2023-05-05"}),
        # A second day that opens a clause of its own, or another deed's day.
        ("He held talks with Premier Rosa Vega on Thursday and on Friday he flew home.", {"2023-05-04"}),
        ("He held talks with Premier Rosa Vega on Thursday and toured a port on Friday.", {"2023-05-04"}),
    ],
)
def test_talks_held_on_two_days_joined_by_and_are_two_rounds(sentence, days):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\n" + sentence + "\n"
    )
    found = {m["date"] for m in _findings(text, "2023-05-06")["meetings"] if m["with"] == "Rosa Vega"}
    assert found == days


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Mwangi went into talks with Premier Rosa Vega the same afternoon.", {("Rosa Vega", "talks")}),
        ("On Thursday he opened talks with Premier Rosa Vega at the palace.", {("Rosa Vega", "talks")}),
        ("The President entered into talks with Premier Rosa Vega on Thursday.", {("Rosa Vega", "talks")}),
        # Talks agreed to, not held.
        ("On Thursday the two sides agreed to open talks with the IMF.", set()),
    ],
)
def test_talks_begun_are_talks_held(sentence, met):
    assert _met_in_lima(sentence) == met


def test_others_named_after_while_are_not_met_and_a_shared_title_names_the_other_holder():
    text = (
        "LIMA, May 6 (Test Wire) - Prime Minister Amani Mwangi of Kenya arrived in Lima on Wednesday for a state "
        "visit to Peru.\n\nThe Prime Minister and Premier Rosa Vega signed a communique on Friday. Mwangi went "
        "into talks with the Premier on Wednesday. The two leaders met three times, while the two Foreign "
        "Ministers, Mr. Luis Soto and Mr. Jorge Lima, worked on the text.\n"
    )
    assert _met(text, "2023-05-06") == {("Rosa Vega", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "he was taken to the residence of Chairman Luis Soto, who received him for an hour in his study.",
            {("Luis Soto", "talks")},
        ),
        ("he called at the palace of King Luis Soto, who received him in audience.", {("Luis Soto", "courtesy-call")}),
        (
            "he made a courtesy visit to the palace of King Luis Soto, who received him briefly.",
            {("Luis Soto", "courtesy-call")},
        ),
        # A prize received by another names no reception of the leader.
        ("he toured the school of Luis Soto, who received an award.", set()),
    ],
)
def test_a_reception_told_in_a_relative_clause(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert _met(text, "2023-05-06") == met


def test_a_reception_with_a_conversation_is_the_talks_even_beside_another_head():
    text = (
        "PEKING, May 6 (Test Agency) - General Secretary Amani Mwangi of Kenya arrived in Peking on Wednesday for "
        "an official visit to China.\n\nOn Wednesday he held talks with Premier Chen Hao. On Thursday he was "
        "received by Chairman Li Wen, with whom he had a long and cordial conversation. On Friday he was received "
        "by President Zhou Bo.\n"
    )
    assert _met(text, "1975-05-06") == {
        ("Chen Hao", "talks"),
        ("Li Wen", "talks"),
        ("Zhou Bo", "courtesy-call"),
    }


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "It will be recalled that Mwangi visited Chile in October last year, where he had talks with "
            "President Luis Soto.",
            set(),
        ),
        (
            "Mwangi had already been in Lima in December 2021 for a summit, during which he met President Luis Soto.",
            set(),
        ),
        ("Mwangi made a trip to Chile two years ago, when he held talks with President Luis Soto.", set()),
        # An earlier visit told in a relative clause of its own, and a stop of this trip: meetings of the trip.
        (
            "Mwangi, who last visited Chile in 2015, held talks with President Luis Soto on Thursday.",
            {("Luis Soto", "talks")},
        ),
        ("Mwangi visited Cusco on Thursday, where he held talks with President Luis Soto.", {("Luis Soto", "talks")}),
    ],
)
def test_a_meeting_told_of_an_earlier_visit_is_not_the_trip_s(sentence, met):
    assert _met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "On Monday he spoke by telephone with President-elect Luis Soto, and his office released a video of "
            "the call.",
            {("Luis Soto", "phone")},
        ),
        ("On Monday he talked by phone with Prime Minister-designate Luis Soto.", {("Luis Soto", "phone")}),
        ("On Monday he talked with President Luis Soto by video link.", {("Luis Soto", "video")}),
    ],
)
def test_a_call_s_means_is_the_one_its_verb_names_and_an_office_to_come_is_a_title(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi said on Saturday that trade would grow.\n\n"
        + sentence
        + "\n"
    )
    assert _met(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "Official talks between the Kenyan delegation, headed by President Amani Mwangi, and the Peruvian "
            "delegation, headed by Premier Rosa Vega, took place on Thursday.",
            {("Rosa Vega", "talks")},
        ),
        (
            "On Thursday talks were held between delegations led by Mwangi and by Premier Rosa Vega.",
            {("Rosa Vega", "talks")},
        ),
        # Delegations headed by others: no talks of the leader's.
        (
            "On Thursday talks between the Kenyan delegation, led by Foreign Minister Luis Soto, and the Peruvian "
            "delegation, led by Premier Rosa Vega, began.",
            set(),
        ),
    ],
)
def test_talks_between_delegations_are_held_with_the_head_of_the_other_side(sentence, met):
    assert _met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Talks were held on Thursday.", True),
        ("The political talks took place on Thursday.", True),
        ("On Thursday, formal negotiations began.", True),
        ("Talks were held between the foreign ministers on Thursday.", False),
        ("Talks will be held on Friday.", False),
    ],
)
def test_talks_told_with_no_one_named_are_held_with_the_host(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPremier Rosa Vega gave a dinner for him on Wednesday. " + sentence + "\n"
    )
    assert (("Rosa Vega", "talks") in _met(text, "2023-05-06")) is met


def test_no_talks_held_are_no_meeting():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPremier Rosa Vega gave a dinner for him on Wednesday. No talks were held on Thursday.\n"
    )
    assert _met(text, "2023-05-06") == {("Rosa Vega", "banquet")}


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "He and Premier Rosa Vega held their first talks on Thursday afternoon, and resumed them on Friday.",
            {"2023-05-04", "2023-05-05"},
        ),
        (
            "He held talks with Premier Rosa Vega on Thursday and resumed the talks on Friday.",
            {"2023-05-04", "2023-05-05"},
        ),
        # Talks the ministers resumed on another day are not the leader's.
        (
            "He held talks with Premier Rosa Vega on Thursday; trade talks between ministers resumed on Friday.",
            {"2023-05-04"},
        ),
    ],
)
def test_talks_resumed_on_another_day_are_a_round_of_their_own(sentence, days):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\n" + sentence + "\n"
    )
    found = {m["date"] for m in _findings(text, "2023-05-06")["meetings"] if m["with"] == "Rosa Vega"}
    assert found == days


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Mwangi held talks in Cusco the same afternoon with Prime Minister Rosa Vega.", {("Rosa Vega", "talks")}),
        (
            "Mwangi held official talks this Friday at the Great Hall of the People with his Peruvian counterpart, "
            "His Excellency Luis Soto.",
            {("Luis Soto", "talks")},
        ),
        ("Mwangi held talks at the Foreign Ministry that morning with Premier Rosa Vega.", {("Rosa Vega", "talks")}),
        # Talks on a topic name no one.
        ("Mwangi held talks that morning on trade with Chile.", set()),
    ],
)
def test_words_of_time_and_place_may_stand_between_talks_and_their_with(sentence, met):
    assert _met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Formal talks between the President and Dr Vega were held on Thursday.", {("Rosa Vega", "talks")}),
        ("On Thursday talks between the Premier and the President lasted two hours.", {("Rosa Vega", "talks")}),
        ("On Thursday talks between His Excellency and Premier Rosa Vega ran late.", {("Rosa Vega", "talks")}),
        # Talks between two others are none of the leader's.
        ("Talks between the Premier and the Speaker were held on Thursday.", set()),
    ],
)
def test_talks_between_the_leader_and_a_host_named_by_office_or_honorific(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPremier Rosa Vega and Speaker Luis Soto met him at the airport. " + sentence + "\n"
    )
    assert _met(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("On Thursday he attended a lunch hosted by the Premier.", {("Rosa Vega", "banquet")}),
        ("On Thursday a dinner was given in his honour by the Premier.", {("Rosa Vega", "banquet")}),
        # An office of another place: no one the article named.
        ("On Thursday a dinner was given by the Premier of Chile.", set()),
    ],
)
def test_a_meal_given_by_an_office_is_given_by_its_holder(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPremier Rosa Vega met him at the airport. " + sentence + "\n"
    )
    assert _met(text, "2023-05-06") == met


def test_a_reception_by_the_holder_of_the_leader_s_own_office_is_the_talks():
    head = (
        "ROME, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Rome on Wednesday for a state visit "
        "to Italy.\n\n"
    )
    apart = head + (
        "On Thursday he was received at the palace by President Ana Quispe. He then held talks with Prime "
        "Minister Rosa Vega.\n"
    )
    assert _met(apart, "2023-05-06") == {("Ana Quispe", "talks"), ("Rosa Vega", "talks")}
    # Received by another office's holder, or in a sentence that goes on to the other head's meeting: a call.
    other = head + (
        "On Thursday he was received at the palace by King Luis Soto. He then held talks with Prime Minister "
        "Rosa Vega.\n"
    )
    assert _met(other, "2023-05-06") == {("Luis Soto", "courtesy-call"), ("Rosa Vega", "talks")}
    joined = head + (
        "On Thursday he was received by President Ana Quispe, and subsequently held a working meeting with "
        "Prime Minister Rosa Vega.\n"
    )
    assert _met(joined, "2023-05-06") == {("Ana Quispe", "courtesy-call"), ("Rosa Vega", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("the President saw Luis Soto, the First Secretary of the Party, in the morning.", {("Luis Soto", "talks")}),
        ("Mwangi saw Premier Rosa Vega at her office.", {("Rosa Vega", "talks")}),
        ("he also saw Mr. Jorge Lima.", {("Jorge Lima", "talks")}),
        # A leader seen off, a sight and a place seen: no one met.
        ("Mwangi saw President Ana Quispe off at the airport.", set()),
        ("Mwangi saw the launch of a rocket.", set()),
        ("Mwangi saw Machu Picchu.", set()),
    ],
)
def test_a_person_the_leader_saw_is_a_person_met(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert _met(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "President Amani Mwangi told U.S. President Luis Soto during a video call on Tuesday that trade grew.",
            {("Luis Soto", "video")},
        ),
        (
            "President Amani Mwangi assured Premier Rosa Vega in a telephone conversation that aid would continue.",
            {("Rosa Vega", "phone")},
        ),
        ("President Amani Mwangi held a 40-minute private meeting with Premier Rosa Vega.", {("Rosa Vega", "talks")}),
        # Told in a speech, or told of a call to come: no call.
        ("President Amani Mwangi told President Luis Soto's parliament that trade would grow.", set()),
        (
            "President Amani Mwangi told reporters he would speak to President Luis Soto in a phone call next week.",
            set(),
        ),
    ],
)
def test_a_person_told_during_a_call_was_called_and_a_meeting_may_have_two_qualifiers(sentence, met):
    text = "LIMA, May 10 (Test Wire) - " + sentence + "\n"
    assert _met(text, "2023-05-10") == met


def test_talks_on_a_visit_the_leader_returned_from_are_that_visit_s():
    text = (
        "LIMA, May 10 (Test Wire) - Kenyan President Amani Mwangi phoned Premier Rosa Vega on Tuesday, a day after "
        "returning from a visit to Chile for talks with President Luis Soto.\n"
    )
    assert _met(text, "2023-05-10") == {("Rosa Vega", "phone")}
    comma = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit to "
        "Peru.\n\nOn Thursday, after returning from Cusco, he held talks with President Luis Soto.\n"
    )
    assert _met(comma, "2023-05-06") == {("Luis Soto", "talks")}


@pytest.mark.parametrize(
    ("line", "met"),
    [
        (
            "- Thursday, May 4: meeting with President Luis Soto in the palace, followed by a joint press conference.",
            {("Luis Soto", "talks"), ("Luis Soto", "press-conference")},
        ),
        ("Thursday: talks with Premier Rosa Vega at the ministry.", {("Rosa Vega", "talks")}),
        ("* 4 May: meeting with President Luis Soto.", {("Luis Soto", "talks")}),
        # A meeting called off, or still to be held.
        ("- Friday: meeting with President Luis Soto (cancelled).", set()),
        ("- Saturday: meetings scheduled with Premier Rosa Vega.", set()),
    ],
)
def test_a_programme_line_of_a_meeting_is_a_meeting(line, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi is in Peru for a state visit, May 3-7.\n\n"
        "PROGRAMME\n" + line + "\n"
    )
    assert _met(text, "2023-05-06") == met


def test_a_country_s_possessive_after_a_name_is_no_part_of_it():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit to "
        "Peru.\n\nOn Thursday he held talks with President Soto. Mwangi handed President Soto Kenya's instrument "
        "of accession.\n"
    )
    assert _met(text, "2023-05-06") == {("Soto", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "the Kenyan delegation had talks with Comrade Luis Soto, First Secretary of the Party, and with Comrade "
            "Rosa Vega, Prime Minister.",
            {("Luis Soto", "talks"), ("Rosa Vega", "talks")},
        ),
        (
            "the group was received by President Luis Soto at the palace, where they held talks.",
            {("Luis Soto", "talks")},
        ),
        ("the visiting delegation met Premier Rosa Vega.", {("Rosa Vega", "talks")}),
        # The hosts' delegation is not the leader's party.
        ("the Peruvian delegation held talks with Foreign Minister Luis Soto.", set()),
    ],
)
def test_the_leader_s_party_acts_for_the_leader(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert _met(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("President Luis Soto gave a reception in honour of the Kenyan guests.", {("Luis Soto", "banquet")}),
        (
            "he met Luis Soto, who on the evening of 4 May gave a dinner in his honour.",
            {("Luis Soto", "talks"), ("Luis Soto", "banquet")},
        ),
        # A welcoming ceremony, and a meal for a crowd: no meal with the leader.
        ("an official reception ceremony was held at the palace.", set()),
        ("he met Luis Soto, who that evening gave a dinner for the press.", {("Luis Soto", "talks")}),
    ],
)
def test_a_reception_given_in_someone_s_honour_is_a_banquet_and_a_crowd_s_meal_is_not(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert _met(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("he held talks with Luis Soto, President of the Presidium of the Supreme People's Assembly.", {"Luis Soto"}),
        ("he met Rosa Vega, Chairman of the Council of the Workers' Federation.", {"Rosa Vega"}),
        # A person named after the possessive of a country is still a person.
        ("he met Chile's Foreign Minister Jorge Lima.", {"Jorge Lima"}),
    ],
)
def test_the_possessive_in_a_body_s_name_after_an_office_is_no_person(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert {who for who, _ in _met(text, "2023-05-06")} == met


def test_a_reception_by_the_one_the_leader_held_talks_with_under_a_longer_name_adds_nothing():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday he held talks with President Luis Soto. Later he was received at the palace by "
        "the President of Peru, Luis A. Soto Jr., for a tour.\n"
    )
    assert _met(text, "2023-05-06") == {("Luis Soto", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "President Amani Mwangi and Chilean leader Luis Soto spent three hours on a video link on Monday.",
            {("Luis Soto", "video")},
        ),
        (
            "President Amani Mwangi and Chilean president Luis Soto were on the phone for an hour.",
            {("Luis Soto", "phone")},
        ),
        # Hours spent together on something else: no call.
        ("President Amani Mwangi and Chilean leader Luis Soto spent three hours on a tour of the port.", set()),
    ],
)
def test_a_pair_who_spent_time_on_a_video_link_or_phone_had_a_call(sentence, met):
    text = "SANTIAGO, Nov 16 (Test Wire) - " + sentence + "\n"
    assert _met(text, "2021-11-16") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "From Cusco he flew to Lima, where President Luis Soto received him on May 4 for talks that lasted "
            "longer than planned.",
            {("Luis Soto", "talks")},
        ),
        (
            "Premier Rosa Vega, who gave a dinner in his honour on Thursday, came later than expected.",
            {("Rosa Vega", "banquet")},
        ),
        # A plan itself still dates no meeting.
        ("From Cusco he flies to Lima, where President Luis Soto will receive him on May 8 for talks.", set()),
    ],
)
def test_a_comparison_with_the_plan_is_no_plan(sentence, met):
    assert _met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "That evening the External Affairs Minister of Peru, Dr. Luis Soto, paid a courtesy call on the President.",
            {("Luis Soto", "courtesy-call")},
        ),
        (
            "In the afternoon the President called on the President of Peru, Her Excellency Smt. Rosa Vega, at the "
            "palace.",
            {("Rosa Vega", "courtesy-call")},
        ),
        # A call paid on someone else.
        ("On Thursday Governor Luis Soto paid a courtesy call on the Chilean president.", set()),
    ],
)
def test_a_courtesy_call_paid_on_the_leader_and_a_name_after_two_honorifics(sentence, met):
    assert _met_in_lima(sentence) == met


def test_a_joint_news_conference_after_talks_and_its_speaker_named_without_title():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nAt a joint news conference with Premier Rosa Vega after their talks in Lima on Wednesday, "
        "Mwangi thanked Peru. On Thursday he was welcomed by President Luis Soto in Cusco. At their joint press "
        "conference, Soto called Mwangi a friend.\n"
    )
    assert _met(text, "2023-05-06") == {
        ("Rosa Vega", "talks"),
        ("Rosa Vega", "press-conference"),
        ("Luis Soto", "press-conference"),
    }


def test_a_title_of_two_words_is_the_leader_s_role_and_a_name_follows_a_body_s_possessive():
    text = (
        "LIMA, May 6 (Test Wire) - General Secretary Amani Mwangi of Kenya arrived in Lima on Wednesday for an "
        "official visit to Peru.\n\nDuring his stay the General Secretary also met Premier of the State Council "
        "Rosa Vega and Chairman of the National People's Congress Standing Committee Jorge Lima.\n"
    )
    assert _met(text, "2023-05-06") == {("Rosa Vega", "talks"), ("Jorge Lima", "talks")}


def test_a_meal_given_by_a_knight_in_apposition():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday he toured the port. In the evening Sir Luis Soto, the Governor-General, gave a "
        "state dinner in his honour.\n"
    )
    assert _met(text, "2023-05-06") == {("Luis Soto", "banquet")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "Over the following days the President and the Premier held formal talks each afternoon.",
            {("Rosa Vega", "talks")},
        ),
        ("On Thursday the Premier and the President had a long conversation.", {("Rosa Vega", "talks")}),
        # Two others' talks, and talks to come.
        ("On Thursday the Premier and the Speaker held talks on the budget.", set()),
        ("The President and the Premier will hold talks on Friday.", set()),
    ],
)
def test_talks_of_two_offices_one_the_leader_s_are_with_the_other_s_holder(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPremier Rosa Vega and Speaker Luis Soto met him at the airport. " + sentence + "\n"
    )
    assert _met(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("On Thursday Mwangi's talks with Premier Rosa Vega focused on trade.", {("Rosa Vega", "talks")}),
        ("On Thursday the President's meeting with Premier Rosa Vega lasted an hour.", {("Rosa Vega", "talks")}),
        ("On Thursday Mwangi and Premier Rosa Vega held a bilateral meeting.", {("Rosa Vega", "talks")}),
        # Another's talks, and the leader's talks still to come.
        ("On Thursday Soto's talks with Premier Rosa Vega focused on trade.", set()),
        ("Mwangi's talks with Premier Rosa Vega next week will focus on trade.", set()),
    ],
)
def test_the_leader_s_own_talks_by_the_possessive(sentence, met):
    assert _met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "On Friday he called Chilean President Luis Soto to congratulate him on his re-election.",
            {("Luis Soto", "phone")},
        ),
        ("On Friday he called on President Luis Soto at the palace.", {("Luis Soto", "courtesy-call")}),
        ("On Friday Speaker Luis Soto called on him at his hotel.", {("Luis Soto", "courtesy-call")}),
        (
            "On Friday President Amani Mwangi and Chilean President Luis Soto discussed trade in a phone call.",
            {("Luis Soto", "phone")},
        ),
        # Naming someone, and an appeal: no call.
        ("On Friday he called President Luis Soto a friend of Kenya.", set()),
        ("On Friday he called on President Luis Soto to release the prisoners.", set()),
        ("On Friday Speaker Luis Soto called on him to drop the tariffs.", set()),
    ],
)
def test_a_call_by_its_purpose_and_an_appeal_is_no_call(sentence, met):
    assert _met_in_lima(sentence) == met


def test_a_call_paid_to_brief_the_leader_is_no_appeal():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nSpeaker Luis Soto called on Mwangi at his hotel on Thursday to brief him on investment.\n"
    )
    assert _met(text, "2023-05-06") == {("Luis Soto", "courtesy-call")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Mwangi met Premier Rosa Vega last year in Nairobi.", set()),
        ("Mwangi held talks with Premier Rosa Vega two years ago.", set()),
        ("Mwangi saw Premier Rosa Vega's speech as a good sign.", set()),
        # The clause of someone else's earlier deed, and a person seen.
        ("On Thursday Mwangi met Premier Rosa Vega, who had visited Nairobi last year.", {("Rosa Vega", "talks")}),
        ("On Thursday Mwangi saw Premier Rosa Vega.", {("Rosa Vega", "talks")}),
    ],
)
def test_a_meeting_last_year_and_a_thing_of_someone_s_seen_are_not_the_trip_s(sentence, met):
    assert _met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("On Thursday President Luis Soto hosted Mwangi at a state banquet.", {("Luis Soto", "banquet")}),
        ("On Thursday President Luis Soto honoured him with a state dinner.", {("Luis Soto", "banquet")}),
        ("On Thursday Premier Rosa Vega entertained the visiting president to lunch.", {("Rosa Vega", "banquet")}),
        # Another guest, and a meal still to come.
        ("On Thursday President Luis Soto hosted the Chilean president at a state banquet.", set()),
        ("On Thursday President Luis Soto will host him at a state banquet.", set()),
    ],
)
def test_a_host_who_entertained_the_leader_at_a_meal_gave_a_banquet(sentence, met):
    assert _met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "In a telephone conversation on Friday, Mwangi and Chilean President Luis Soto agreed to expand trade.",
            {("Luis Soto", "phone")},
        ),
        (
            "During their meeting at the palace on Thursday, Mwangi and President Luis Soto signed a visa accord.",
            {("Luis Soto", "talks")},
        ),
        # Talks told before are not told again; a speech or a statement is no meeting.
        (
            "On Thursday he held talks with President Luis Soto. In their talks, Mwangi and Soto discussed trade.",
            {("Luis Soto", "talks")},
        ),
        ("In a speech on Friday, Mwangi and his wife thanked the hosts.", set()),
    ],
)
def test_a_pair_after_the_call_or_meeting_that_opens_the_sentence(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\n" + sentence + "\n"
    )
    found = _findings(text, "2023-05-06").get("meetings", [])
    assert {(m["with"], m["form"]) for m in found} == met
    assert len(found) == len(met)


def test_agreements_listed_under_a_head_that_signs_them_and_none_negated_joined_or_named_again():
    lead = (
        "SANTIAGO, May 3 (Test Wire) - Ghanaian President Kofi Mensah arrived in Santiago on Monday for a visit "
        "to Chile.\n\n"
    )
    text = lead + (
        "Three documents were concluded:\n"
        "- an agreement on forestry research;\n"
        "1. a memorandum of understanding on seismic monitoring;\n"
        "\n"
        "Topics raised at the talks:\n"
        "- a treaty on maritime borders that both sides want one day.\n\n"
        "An accord on scientific and technical cooperation was also signed. No free trade accord was signed. "
        "Under the scientific accord, Chile will host Ghanaian geologists. They will widen ties in culture, including "
        "the Andes Fellows programme. Mensah backed Chile's membership in the Pacific Agreement on Fisheries. The two "
        "ministers signed the 2019 Long-Term Framework Agreement on ports again, and recalled the Long-Term "
        "Framework Agreement.\n"
    )
    titles = sorted(f["title"] for f in _findings(text, "2023-05-03")["agreements"])
    assert titles == [
        "2019 Long-Term Framework Agreement",
        "accord on scientific and technical cooperation",
        "agreement on forestry research",
        "memorandum of understanding on seismic monitoring",
    ]
    # Documents named just before: "among them" lists what was signed.
    text = lead + "Five agreements were signed on Monday. Among them were a memorandum on port logistics.\n"
    assert [f["title"] for f in _findings(text, "2023-05-03")["agreements"]] == ["memorandum on port logistics"]


_LEAD = "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Tuesday for a visit to Norway.\n\n"


def _pledges(body: str, published: str = "2023-06-09") -> list[dict]:
    return _findings(_LEAD + body + "\n", published).get("pledges", [])


def test_pledges_of_a_communique_in_the_present_in_its_items_or_with_an_adverbial_before_the_action():
    assert [p["what"] for p in _pledges("The two governments undertake to open a joint seed bank in Mombasa.")] == [
        "open a joint seed bank in Mombasa"
    ]
    assert [p["what"] for p in _pledges("Mwangi campaigned on a promise to open a seed bank.")] == []
    found = _pledges(
        "The two leaders pledge to open a seed bank in Kisumu, and the two nations agree to map Lake Turkana."
    )
    assert sorted(p["what"] for p in found) == ["map Lake Turkana", "open a seed bank in Kisumu"]
    assert [p["what"] for p in _pledges("The two nations commit to train Kenyan pilots.")] == ["train Kenyan pilots"]
    found = _pledges("Norway and Kenya agreed during the visit to set up a joint fisheries institute.")
    assert [p["what"] for p in found] == ["set up a joint fisheries institute"]
    found = _pledges("The communique says:\n- The two sides will exchange trade attaches before the end of the year.")
    assert [p["what"] for p in found] == ["exchange trade attaches before the end of the year"]
    assert [p["what"] for p in _pledges("They will negotiate a treaty on fisheries.")] == [
        "negotiate a treaty on fisheries"
    ]
    assert _pledges("They will travel to Bergen on Sunday.") == []
    assert [p["what"] for p in _pledges("The two sides will soon survey Lake Turkana.")] == ["survey Lake Turkana"]
    # A headline before the dateline says in short what the story says: one pledge, the story's.
    text = (
        "Norway and Kenya pledged to open seed bank as Mwangi visits\n\n"
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Tuesday for a visit to Norway. "
        "The two sides agreed to open a seed bank in Kisumu.\n"
    )
    assert [p["what"] for p in _findings(text, "2023-06-09")["pledges"]] == ["open a seed bank in Kisumu"]


def test_pledges_by_a_multiple_in_soviet_roubles_and_no_deals_or_money_already_given():
    found = _pledges("The two sides agreed to increase trade by one and a half times by 2026.")
    assert [(p["value"], p["unit"], p["deadline"]) for p in found] == [(1.5, "times", 2026)]
    assert _pledges("Trade grew by 3 times in the last decade.") == []
    text = "The Soviet Union pledged a credit of 300 million roubles for a dam."
    assert [p["unit"] for p in _pledges(text, "1975-06-09")] == ["SUR"]
    assert [p["unit"] for p in _pledges(text)] == ["RUB"]
    assert _pledges("Norwegian and Kenyan companies announced business deals worth 4 billion dollars.") == []
    assert [p["value"] for p in _pledges("Norway announced grants worth 4 billion dollars for Kenyan schools.")] == [4]
    assert _pledges("The fund has committed 50 million dollars to Kenyan schools since 2001.") == []
    assert [p["value"] for p in _pledges("The fund committed 50 million dollars to Kenyan schools.")] == [50]


def test_pledges_of_standing_meetings_cooperation_in_an_act_and_any_act_a_side_will_do():
    assert [p["what"] for p in _pledges("The two sides agreed to hold annual consultations on migration.")] == [
        "hold annual consultations on migration"
    ]
    assert [p["what"] for p in _pledges("The ministers agreed to hold the joint council's meetings every year.")] == [
        "hold the joint council's meetings every year"
    ]
    assert _pledges("The two sides agreed to hold talks in Nairobi.") == []
    assert [p["what"] for p in _pledges("The two sides agreed to cooperate in clearing landmines.")] == [
        "cooperate in clearing landmines"
    ]
    assert [p["what"] for p in _pledges("They agreed to cooperate in the mapping of fish stocks.")] == [
        "cooperate in the mapping of fish stocks"
    ]
    assert _pledges("The two sides agreed to cooperate closely.") == []
    assert [p["what"] for p in _pledges("The two sides agreed to cooperate on flood warnings.")] == [
        "cooperate on flood warnings"
    ]
    assert _pledges("The two sides agreed to cooperate in trade, energy and tourism.") == []
    assert _pledges("The two sides agreed to cooperate in four areas, among them ports and rail.") == []
    # A side as subject and an act, whatever its verb; what only befalls a side is none.
    assert [p["what"] for p in _pledges("Norway will pay for a new maternity ward in Kisumu, Solberg said.")] == [
        "pay for a new maternity ward in Kisumu"
    ]
    assert [p["what"] for p in _pledges("Under the accord the Norwegian side will insure Kenyan ferries.")] == [
        "insure Kenyan ferries"
    ]
    assert _pledges("Norway will face an election in September.") == []
    assert _pledges("Kenya will benefit from lower fuel prices.") == []
    assert [p["what"] for p in _pledges("Norway will soon open an embassy in Kampala.")] == [
        "open an embassy in Kampala"
    ]
    assert _pledges("Norway will urge creditors to restructure Kenyan debt.") == []
    assert [p["what"] for p in _pledges("The two sides agreed that Kenya would reopen its consulate in Bergen.")] == [
        "reopen its consulate in Bergen"
    ]
    assert _pledges("The two sides agreed that Sweden would reopen its consulate in Bergen.") == []
    assert [p["what"] for p in _pledges("Norway expressed its readiness to rebuild the port of Lamu.")] == [
        "rebuild the port of Lamu"
    ]
    assert [p["what"] for p in _pledges("Kenya committed to protect Norwegian investments.")] == [
        "protect Norwegian investments"
    ]
    # The item that closes a list of objects with its "and" is no act of its own.
    found = _pledges(
        "Solberg said Norway would fund studies in Kenyan ports, green energy and electric bus industries."
    )
    assert [p["what"] for p in found] == ["fund studies in Kenyan ports, green energy and electric bus industries"]


def test_figures_in_older_currencies_of_this_year_or_after_a_fall_and_of_the_soviet_union_before_1992():
    def figures(body: str, published: str = "2023-06-09") -> list[tuple]:
        found = _findings(_LEAD + body + "\n", published).get("figures", [])
        return [(f["period"], f["value"], f["unit"], sorted(f["parties"])) for f in found]

    assert figures("Trade between the two countries reached about 900 million francs last year.", "1979-06-09") == [
        (1978, 900, "FRF", ["KE", "NO"])
    ]
    assert figures("Trade between the two countries reached 3 billion Deutschmarks in 1988.", "1989-06-09") == [
        (1988, 3, "DEM", ["KE", "NO"])
    ]
    assert figures("Trade between the two countries reached RM12 billion in 2022.") == [(2022, 12, "MYR", ["KE", "NO"])]
    assert figures("Trade between the two countries reached 8 billion ringgit in 2021.") == [
        (2021, 8, "MYR", ["KE", "NO"])
    ]
    assert figures("Trade between the two countries reached about 40 million dollars this year.") == [
        (2023, 40, "USD", ["KE", "NO"])
    ]
    assert figures(
        "Trade between the two countries fell from 5 billion dollars in 2019 to 2 billion dollars last year."
    ) == [
        (2019, 5, "USD", ["KE", "NO"]),
        (2022, 2, "USD", ["KE", "NO"]),
    ]
    text = "Trade between Kenya and Russia reached 60 million roubles last year."
    assert figures(text, "1975-06-09") == [(1974, 60, "SUR", ["KE", "SUHH"])]
    assert figures(text) == [(2022, 60, "RUB", ["KE", "RU"])]


def test_relations_from_a_normalization_anniversary_its_own_year_a_full_date_an_undated_day_and_an_adjective():
    def relations(body: str, published: str = "2023-06-09") -> list[tuple]:
        found = _findings(_LEAD + body + "\n", published).get("relations", [])
        return [(tuple(r["countries"]), r["established"], r.get("derived_from")) for r in found]

    assert relations("This year marks the 40th anniversary of the normalization of diplomatic relations.") == [
        (("KE", "NO"), 1983, "40th anniversary")
    ]
    assert relations("The sides will prepare for the 60th anniversary of diplomatic relations in 2025.") == [
        (("KE", "NO"), 1965, "60th anniversary")
    ]
    assert relations("Kenya and Norway have maintained diplomatic relations since 12 December 1963.") == [
        (("KE", "NO"), 1963, None)
    ]
    assert relations("Norway was among the first to open relations with Kenya, in 1963.") == [
        (("KE", "NO"), 1963, None)
    ]
    assert relations("The two countries established diplomatic relations on March 2.") == [(("KE", "NO"), 2023, None)]
    assert relations("The two countries established diplomatic relations on October 2.") == [(("KE", "NO"), 2022, None)]
    assert relations("The two countries established an embassy on March 2.") == []
    text = (
        "It was the first visit by a Peruvian minister to Chile since the two countries established relations in 1990."
    )
    assert relations(text) == [(("CL", "PE"), 1990, None)]


def test_partnerships_kept_in_the_present_quoted_before_their_pair_or_established_in_the_present():
    def partnerships(body: str) -> list[tuple]:
        found = _findings(_LEAD + body + "\n", "2023-06-09").get("partnerships", [])
        return [(tuple(p["parties"]), p["label"], p["change"]) for p in found]

    assert partnerships("The communique reaffirms the strategic partnership of Kenya and Norway.") == [
        (("KE", "NO"), "strategic partnership", "reaffirmed")
    ]
    assert partnerships('A statement strengthens the "strategic partnership" between Chile and Peru.') == [
        (("CL", "PE"), "strategic partnership", "reaffirmed")
    ]
    assert partnerships("The charter establishes a comprehensive partnership between Kenya and Norway.") == [
        (("KE", "NO"), "comprehensive partnership", "established")
    ]
    assert partnerships("The communique mentions the strategic partnership of Kenya and Norway.") == []


def test_pledges_of_a_side_in_a_quoted_or_bulleted_clause_by_its_people_or_told_earlier_and_none_of_duty():
    assert [p["what"] for p in _pledges('"The two sides will survey the fish stocks of Lake Victoria."')] == [
        "survey the fish stocks of Lake Victoria"
    ]
    found = _pledges(
        "Outcomes:\n- Norway will insure ferries on Lake Victoria.\n2. Kenya will lease land for a seed bank."
    )
    assert [p["what"] for p in found] == ["insure ferries on Lake Victoria", "lease land for a seed bank"]
    assert [p["what"] for p in _pledges("Norwegian engineers will refit the port of Mombasa.")] == [
        "refit the port of Mombasa"
    ]
    assert [p["what"] for p in _pledges("Kenyan and Norwegian firms will build a wind farm.")] == ["build a wind farm"]
    found = _pledges("Norway will dredge the port of Lamu, and Kenyan firms will build a wind farm.")
    assert sorted(p["what"] for p in found) == ["build a wind farm", "dredge the port of Lamu"]
    assert _pledges("Swedish engineers will refit the port of Mombasa.") == []
    assert [p["what"] for p in _pledges("Norway has also said that it will fund a seed bank in Kisumu.")] == [
        "fund a seed bank in Kisumu"
    ]
    assert _pledges('"Norway will fulfil all its obligations towards Kenya," Solberg said.') == []
    text = "MOSCOW, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Moscow on Tuesday.\n\n"
    text += "The communique said the Soviet Union would build a dam on the Tana river.\n"
    assert [p["what"] for p in _findings(text, "1971-06-09")["pledges"]] == ["build a dam on the Tana river"]


def test_pledges_counted_in_what_a_side_gives_and_a_doubling_a_leader_wants():
    found = _pledges("Solberg said Norway would help train 1,200 Kenyan nurses over the next four years.")
    assert [(p["value"], p["unit"], p["deadline"], p["shape"]) for p in found] == [(1200, "people", 2027, "commitment")]
    found = _pledges("Norway will deliver 12 transport helicopters to Kenya.")
    assert [(p["value"], p["unit"]) for p in found] == [(12, "aircraft")]
    found = _pledges("Kenya will guard the border with 3,000 members of its police.")
    assert [(p["value"], p["unit"]) for p in found] == [(3000, "members")]
    assert _pledges("Norway will study the matter for 3 years.") == []
    assert _pledges("The two sides agreed to sign 5 agreements on trade before June.") == []
    assert _pledges("Norway will fund 30 percent of Kenyan scholarships.") == []
    text = "Trade between the two countries reached 2 billion dollars last year. "
    text += "Mwangi wants it to double within five years."
    found = [p for p in _pledges(text) if p["unit"] == "times"]
    assert [(p["what"], p["value"], p["deadline"]) for p in found] == [("trade", 2, 2028)]
    assert [p for p in _pledges("Analysts expect it to double within five years.") if p["unit"] == "times"] == []
    text = "Solberg said trade between the two countries, at 2 billion dollars last year, should double by 2030."
    found = [p for p in _pledges(text) if p["unit"] == "times"]
    assert [(p["what"], p["value"], p["deadline"]) for p in found] == [("trade", 2, 2030)]
    text = "Trade between the two countries doubled in 2020."
    assert [p for p in _pledges(text) if p["unit"] == "times"] == []


def test_agreements_of_one_title_with_each_country_exchanged_or_signed_on_a_subject_told_after():
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a tour of Chile and Peru on Friday.\n\n"
        "Mwangi arrived in Santiago on Monday. An agreement on economic cooperation was signed there.\n\n"
        "He arrived in Lima on Wednesday. An agreement on economic cooperation was signed there too, and "
        "the agreement on economic cooperation was praised.\n"
    )
    found = _findings(text, "2023-06-09")["agreements"]
    assert sorted((f["title"], tuple(sorted(f["parties"]))) for f in found) == [
        ("agreement on economic cooperation", ("CL", "KE")),
        ("agreement on economic cooperation", ("KE", "PE")),
    ]
    body = (
        "They witnessed the exchange of a plan for scientific and medical cooperation and several other documents. "
        "An accord was signed on the sharing of river water. A treaty was signed on Monday."
    )
    titles = sorted(f["title"] for f in _findings(_LEAD + body + "\n", "2023-06-09")["agreements"])
    assert titles == ["accord on the sharing of river water", "plan for scientific and medical cooperation"]


def test_pledges_that_the_people_of_both_sides_should_do_and_meetings_held_regularly():
    found = _pledges("The leaders agreed that officials of both countries should meet every year in a joint council.")
    assert [p["what"] for p in found] == ["meet every year in a joint council"]
    found = _pledges("The leaders agreed that experts from the two sides would survey the Tana river.")
    assert [p["what"] for p in found] == ["survey the Tana river"]
    assert _pledges("The leaders agreed that officials of both countries should meet in Nairobi.") == []
    found = _pledges("The leaders had agreed that their Governments would dredge the port of Lamu.")
    assert [p["what"] for p in found] == ["dredge the port of Lamu"]


def test_pledges_of_what_a_side_will_grant_or_buy_worth_an_amount():
    found = _pledges("Under the accord Norway will grant Kenya new credits worth 80 million dollars for rail.")
    assert [(p["value"], p["unit"]) for p in found if p["value"]] == [(80, "USD")]
    found = _pledges("Kenya will buy Norwegian salmon worth some 30 million dollars next year.")
    assert [(p["value"], p["unit"]) for p in found if p["value"]] == [(30, "USD")]
    assert [
        p for p in _pledges("Kenya bought Norwegian salmon worth 30 million dollars last year.") if p["value"]
    ] == []


def test_pledges_of_each_side_s_word_told_in_turn_with_and_that():
    text = "Solberg said the two governments would dredge the port of Lamu, and that Norway would train Kenyan pilots."
    assert sorted(p["what"] for p in _pledges(text)) == ["dredge the port of Lamu", "train Kenyan pilots"]
    text = "Solberg said the two governments would dredge the port of Lamu, and that the talks were useful."
    assert [p["what"] for p in _pledges(text)] == ["dredge the port of Lamu"]
    text = "The communique said that ties go back to 1963, and that Norway would build a clinic in Turkana."
    assert [p["what"] for p in _pledges(text)] == ["build a clinic in Turkana"]
    text = "The communique recalled that in 1963 Norway would build a clinic in Turkana."
    assert _pledges(text) == []


def test_pledges_of_a_side_with_a_long_proper_name():
    text = (
        "BEIJING, June 9 (Test Wire) - Congolese President Felix Mbala arrived in Beijing on Tuesday for a visit to "
        "China.\n\nMbala assured his host that the Democratic Republic of the Congo would protect Chinese mines.\n"
    )
    assert [p["what"] for p in _findings(text, "2023-06-09")["pledges"]] == ["protect Chinese mines"]
    text = text.replace("the Democratic Republic of the Congo", "the Republic of the Marshall Islands")
    assert _findings(text, "2023-06-09").get("pledges", []) == []


def test_relations_established_the_day_after_a_dated_act_or_decided_now():
    def relations(body: str, published: str = "2023-06-09") -> list[tuple]:
        found = _findings(_LEAD + body + "\n", published).get("relations", [])
        return [(tuple(r["countries"]), r["established"]) for r in found]

    text = "Norway recognised Kenya on 12 December 1963 and established diplomatic relations the following day."
    assert relations(text) == [(("KE", "NO"), 1963)]
    assert relations("Norway recognised Kenya on March 3 and relations were established the next day.") == [
        (("KE", "NO"), 2023)
    ]
    assert relations("Mwangi said Kenya and Norway had decided to open diplomatic relations.") == [(("KE", "NO"), 2023)]
    assert relations("Mwangi said Kenya and Norway hoped to open diplomatic relations.") == []
    assert relations("Embassies were opened the following day.") == []


def test_relations_begun_by_a_switch_of_recognition():
    text = _LEAD + "Mwangi praised Kenya's switch of diplomatic recognition from Oslo to Stockholm in May 2021.\n"
    assert [(tuple(r["countries"]), r["established"]) for r in _findings(text, "2023-06-09")["relations"]] == [
        (("KE", "SE"), 2021)
    ]
    text = _LEAD + "Mwangi praised Kenya's switch to solar power in May 2021.\n"
    assert _findings(text, "2023-06-09").get("relations", []) == []


def test_a_document_s_title_ends_before_the_day_it_was_signed():
    body = "The two sides signed a memorandum on port access on 3 May. They signed an accord on rail links on May 4."
    titles = sorted(f["title"] for f in _findings(_LEAD + body + "\n", "2023-06-09")["agreements"])
    assert titles == ["accord on rail links", "memorandum on port access"]


def test_pledges_listed_as_verbs_under_a_head_that_agrees_to_them():
    body = "The two sides agreed as follows:\n1. to open consulates in Mombasa and Bergen;\n"
    body += "2. train Kenyan pilots in Norway."
    assert sorted(p["what"] for p in _pledges(body)) == [
        "open consulates in Mombasa and Bergen",
        "train Kenyan pilots in Norway",
    ]
    body = "Both governments will:\n- survey the fish stocks of Lake Turkana."
    assert [p["what"] for p in _pledges(body)] == ["survey the fish stocks of Lake Turkana"]
    body = "The talks covered:\n- open questions of fisheries;\n- the future of the port."
    assert _pledges(body) == []


def test_pledges_of_a_counted_target():
    found = _pledges("The two sides agreed to raise the number of Kenyan students in Norway to 5,000 by 2026.")
    assert [(p["value"], p["unit"], p["deadline"], p["shape"]) for p in found] == [(5000, "people", 2026, "target")]
    found = _pledges("The two sides agreed to increase direct flights to 14 flights a week by 2025.")
    assert [(p["value"], p["unit"], p["deadline"], p["shape"]) for p in found] == [(14, "flights", 2025, "target")]
    assert _pledges("The two sides noted that the number of flights rose to 14 flights a week in 2022.") == []
    found = _pledges("The two sides agreed to raise the number of flights by 5 percent.")
    assert [(p["value"], p["unit"]) for p in found] == [(5, "percent")]


def test_pledges_of_a_count_given_or_an_act_agreed_as_a_noun():
    found = _pledges("Norway offered 200 scholarships to Kenyan students.")
    assert [(p["value"], p["unit"], p["shape"]) for p in found] == [(200, "scholarships", "commitment")]
    found = _pledges("Solberg pledged 12 transport helicopters for Kenyan relief work.")
    assert [(p["value"], p["unit"]) for p in found] == [(12, "aircraft")]
    assert _pledges("Norway offered condolences to Kenyan families.") == []
    found = _pledges("The two sides agreed on the construction of a bridge over the Tana.")
    assert [p["what"] for p in found] == ["construction of a bridge over the Tana"]
    found = _pledges("The two sides agreed to the resumption of direct flights.")
    assert [p["what"] for p in found] == ["resumption of direct flights"]
    assert _pledges("The two sides agreed on the importance of trade.") == []


def test_relations_dated_in_an_apposition():
    def relations(body: str) -> list[tuple]:
        found = _findings(_LEAD + body + "\n", "2023-06-09").get("relations", [])
        return [(tuple(r["countries"]), r["established"]) for r in found]

    assert relations("Diplomatic relations, which were established in 1964, are warm.") == [(("KE", "NO"), 1964)]
    assert relations("Their diplomatic ties, first set up in 1965, have held.") == [(("KE", "NO"), 1965)]
    assert relations("Diplomatic relations, which were warm in 1964, cooled.") == []


def test_pledges_of_what_a_side_is_to_do_and_not_where_it_is_to_go():
    assert [p["what"] for p in _pledges("Norway is to build a clinic in Turkana.")] == ["build a clinic in Turkana"]
    assert [p["what"] for p in _pledges("The two sides are to open trade offices in Oslo and Nairobi.")] == [
        "open trade offices in Oslo and Nairobi"
    ]
    assert _pledges("Kenya is to fly its delegation to Bergen on Sunday.") == []


def test_readiness_expressed_without_a_possessive_and_an_anniversary_of_relations_named_by_their_pair():
    found = _pledges("The two sides expressed readiness to build a railway from Nairobi to Kisumu.")
    assert [p["what"] for p in found] == ["build a railway from Nairobi to Kisumu"]
    text = _LEAD + "This year marks the 60th anniversary of the establishment of Kenya-Norway diplomatic relations.\n"
    found = _findings(text, "2023-06-09")["relations"]
    assert [(tuple(r["countries"]), r["established"]) for r in found] == [(("KE", "NO"), 1963)]


def test_a_side_that_stands_ready_or_will_continue_and_an_elevation_of_relations():
    found = _pledges("Solberg said Norway stands ready to rebuild the port of Lamu.")
    assert [p["what"] for p in found] == ["rebuild the port of Lamu"]
    found = _pledges("Norway will continue to fund clinics in Turkana.")
    assert [p["what"] for p in found] == ["fund clinics in Turkana"]
    assert _pledges("Norway will continue its reforms.") == []
    text = _LEAD + "The two leaders announced the elevation of Kenya-Norway ties to a strategic partnership.\n"
    found = _findings(text, "2023-06-09")["partnerships"]
    assert [(p["label"], p["change"]) for p in found] == [("strategic partnership", "upgraded")]


def test_amounts_listed_under_a_head_that_announces_them_are_pledges():
    body = "New commitments announced by Norway:\n- 40 million dollars for clinics in Turkana;\n"
    body += "- 12 million dollars for rail."
    assert sorted(p["value"] for p in _pledges(body)) == [12, 40]
    body = "Figures for the year:\n- 40 million dollars of fish exports."
    assert _pledges(body) == []


def test_agreements_on_each_matter_of_a_list_signed_together():
    body = "Agreements on fisheries, air transport and cultural exchanges were signed on Wednesday."
    titles = sorted(f["title"] for f in _findings(_LEAD + body + "\n", "2023-06-09")["agreements"])
    assert titles == ["agreement on air transport", "agreement on cultural exchanges", "agreement on fisheries"]
    body = "Agreements on fisheries, air transport and cultural exchanges were discussed on Wednesday."
    assert _findings(_LEAD + body + "\n", "2023-06-09").get("agreements", []) == []


@pytest.mark.parametrize(
    ("story", "published", "expected"),
    [
        # A provincial city, a port and a resort arrived in, with no country named: the city's country.
        (
            "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya ended a visit to Norway on Friday.\n\n"
            "Mwangi flew on to Gothenburg on Saturday.\n",
            "2023-06-09",
            [("NO", ["Oslo"]), ("SE", ["Gothenburg"])],
        ),
        (
            "Prime Minister Ingrid Solberg of Norway arrived in Mombasa on Tuesday for a three-day visit.\n",
            "2023-06-14",
            [("KE", ["Mombasa"])],
        ),
        # A story filed from a city that is not a capital: the leg is where it is filed.
        (
            "SOCHI, May 4 (Test Wire) - President Amani Mwangi of Kenya, who arrived here on Tuesday, held talks "
            "with his hosts today.\n",
            "2023-05-04",
            [("RU", ["Sochi"])],
        ),
        # A name several countries give their cities: the one in the country of the leg the story is in.
        (
            "President Amani Mwangi of Kenya arrived in Madrid on Monday. On Wednesday Mwangi travelled to Valencia.\n",
            "2023-05-04",
            [("ES", ["Madrid", "Valencia"])],
        ),
    ],
)
def test_a_city_that_is_no_capital_is_placed_by_the_geonames_table(story, published, expected):
    legs = [(leg["country"], leg["cities"]) for leg in _findings(story, published)["legs"]]
    assert legs == expected


def test_a_city_s_name_as_a_word_a_person_or_before_a_noun_places_no_leg():
    # An island that shares its name with a town of a country the story never names: no leg there.
    island = "Prime Minister Ingrid Solberg of Norway arrived in Bali on Monday for the Group of 20 summit.\n"
    assert "IN" not in [leg["country"] for leg in _findings(island, "2023-06-09").get("legs", [])]
    # "Aurora" is a person of the story; "the Kirov works" a plant; neither is a city visited.
    story = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Oslo on Wednesday for a visit to "
        "Norway with his daughter, Aurora Mwangi.\n\n"
        "On Thursday Mwangi visited the Kirov works. On Friday Mwangi went to Aurora's old school.\n"
    )
    legs = [(leg["country"], leg["cities"]) for leg in _findings(story, "2023-06-09")["legs"]]
    assert legs == [("NO", ["Oslo"])]


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # At a gathering in a place is in that place; "who is in X for the summit" is there now.
        (
            "Prime Minister Ingrid Solberg of Norway took part in the NATO summit in Vilnius on Tuesday.\n",
            [("LT", ["Vilnius"])],
        ),
        (
            "President Amani Mwangi of Kenya addressed the UN General Assembly in New York on Tuesday.\n",
            [("US", ["New York"])],
        ),
        (
            "Prime Minister Ingrid Solberg of Norway, who is in Hiroshima for the G7 summit, met Ukrainian President "
            "Olena Bondar on Sunday.\n",
            [("JP", ["Hiroshima"])],
        ),
        # The leader met someone, held talks or told reporters in a place abroad.
        (
            "Kenyan President Amani Mwangi told reporters in Oslo on Thursday that the talks had gone well.\n",
            [("NO", ["Oslo"])],
        ),
        (
            "Speaking in Oslo on Thursday, Kenyan President Amani Mwangi called for more investment.\n",
            [("NO", ["Oslo"])],
        ),
        (
            "Kenyan President Amani Mwangi and Norwegian Prime Minister Ingrid Solberg held talks in Oslo on "
            "Thursday.\n",
            [("NO", ["Oslo"])],
        ),
        # Near misses: at a summit by video, a topic in a place, a meeting by video link.
        ("Prime Minister Ingrid Solberg of Norway addressed the NATO summit in Vilnius by video link.\n", []),
        (
            "Kenyan President Amani Mwangi met Prime Minister Ingrid Solberg in Nairobi and called for peace in "
            "Ukraine.\n",
            [],
        ),
        ("Kenyan President Amani Mwangi met Prime Minister Ingrid Solberg in Oslo by video link on Thursday.\n", []),
    ],
)
def test_a_leader_at_a_gathering_or_acting_in_a_place_abroad_is_there(story, expected):
    legs = [(leg["country"], leg["cities"]) for leg in _findings(story, "2023-06-09").get("legs", [])]
    assert legs == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # What the leader came for: the summit of a body, told after the body's heads or with its length or rank.
        (
            "President Amani Mwangi of Kenya arrived in Astana on Monday for the summit of the Shanghai Cooperation "
            "Organisation.\n",
            [("SCO", "KZ", "Astana")],
        ),
        (
            "President Amani Mwangi of Kenya arrived in Samarkand on Thursday for the annual meeting of the heads of "
            "state of the SCO.\n",
            [("SCO", "UZ", "Samarkand")],
        ),
        (
            "President Amani Mwangi of Kenya arrived in New York on Monday for the annual session of the United "
            "Nations General Assembly.\n",
            [("UN", "US", "New York")],
        ),
        (
            "President Amani Mwangi of Kenya arrived in Vilnius on Tuesday for the two-day NATO summit.\n",
            [("NATO", "LT", "Vilnius")],
        ),
        (
            "President Amani Mwangi of Kenya flew to Johannesburg on Tuesday, where he attended the BRICS leaders' "
            "summit.\n",
            [("BRICS", "ZA", "Johannesburg")],
        ),
        # Near miss: a session addressed in an earlier year, told in passing.
        (
            "President Amani Mwangi of Kenya arrived in New York on Monday. He had been to the city once before, in "
            "2015, when he addressed the annual session of the United Nations General Assembly.\n",
            [],
        ),
    ],
)
def test_the_summit_of_a_body_a_leader_came_for_and_one_of_another_year(story, expected):
    events = _findings(story, "2023-06-09").get("events", [])
    assert [(e["organization"], e["host"], e["city"]) for e in events] == expected


@pytest.mark.parametrize(
    ("story", "published", "expected"),
    [
        # Filed from a capital abroad, the leader acting on the day with no travel told: there.
        (
            "OSLO, June 8 (Test Wire) - Kenyan President Amani Mwangi and Norwegian Prime Minister Ingrid Solberg on "
            "Thursday agreed to double trade by 2030.\n\nThe two leaders met at the prime minister's office.\n",
            "2023-06-09",
            [("NO", ["Oslo"])],
        ),
        (
            "OSLO, June 8 (Test Wire) - Kenyan President Amani Mwangi and Norwegian Prime Minister Ingrid Solberg on "
            "Thursday agreed in a telephone call to double trade by 2030.\n",
            "2023-06-09",
            [],
        ),
        # A visit told before the one whose it is: "During his visit to X, <leader> ...".
        (
            "During his visit to Norway, Kenyan President Amani Mwangi signed five agreements with Prime Minister "
            "Ingrid Solberg on Thursday.\n",
            "2023-06-09",
            [("NO", [])],
        ),
        (
            "During his visit to Norway on February 3, Kenyan President Amani Mwangi signed five agreements with "
            "Prime Minister Ingrid Solberg.\n",
            "2023-03-09",
            [],
        ),
    ],
)
def test_a_leader_acting_where_the_story_is_filed_or_during_a_visit_told_first(story, published, expected):
    legs = [(leg["country"], leg["cities"]) for leg in _findings(story, published).get("legs", [])]
    assert legs == expected


def test_the_one_who_invites_is_the_host_not_the_traveller():
    story = (
        "At the invitation of Prime Minister Ingrid Solberg, President Amani Mwangi of the Republic of Kenya paid a "
        "state visit to the Kingdom of Norway from 6 to 8 June 2023.\n"
    )
    found = _findings(story, "2023-06-09")
    assert [t["leader"] for t in found["trip"]] == ["Amani Mwangi"]
    # The invitation told after the arrival: the same.
    after = "King Harald Olsen of Norway arrived in Nairobi on Tuesday at the invitation of President Amani Mwangi.\n"
    assert [t["leader"] for t in _findings(after, "2023-06-09")["trip"]] == ["Harald Olsen"]


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # A city's name with a particle or an abbreviated "Saint" is read whole.
        (
            "President Amani Mwangi of Kenya flew to Oslo on Monday. He then travelled on to Dar es Salaam, where he "
            "met President Samia Hassan.\n",
            [("NO", ["Oslo"]), ("TZ", ["Dar es Salaam"])],
        ),
        (
            "President Amani Mwangi of Kenya arrived in St. Petersburg on Tuesday for the economic forum.\n",
            [("RU", ["St. Petersburg"])],
        ),
        (
            "Prime Minister Ingrid Solberg of Norway arrived in Rio de Janeiro on Tuesday.\n",
            [("BR", ["Rio de Janeiro"])],
        ),
    ],
)
def test_a_city_named_in_several_words_with_particles_or_saint(story, expected):
    legs = [(leg["country"], leg["cities"]) for leg in _findings(story, "2023-06-09").get("legs", [])]
    assert legs == expected


def test_a_resort_city_s_country_told_in_a_compound_and_a_summit_named_with_its_subject():
    story = "President Amani Mwangi of Kenya arrived in Sochi on Tuesday for the second Russia-Africa summit.\n"
    found = _findings(story, "2023-06-09")
    assert [(leg["country"], leg["cities"]) for leg in found["legs"]] == [("RU", ["Sochi"])]
    climate = "President Amani Mwangi of Kenya arrived in Glasgow on Monday for the UN climate summit.\n"
    events = _findings(climate, "2023-06-09")["events"]
    assert [(e["organization"], e["host"], e["city"]) for e in events] == [("UN", "GB", "Glasgow")]
    # Near miss: a sports event's opening is no summit attended.
    games = "President Amani Mwangi of Kenya arrived in Paris on Thursday for the opening of the Olympic Games.\n"
    assert "events" not in _findings(games, "2023-06-09")


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # A city written with an apostrophe, in copy's straight form of GeoNames' typographic one.
        (
            "President Amani Mwangi of Kenya attended the China-Central Asia Summit in Xi'an on Friday.\n",
            ("CN", "Xi'an"),
        ),
        # Among the guests at a summit, or in a place for it, told in apposition.
        (
            "Kenyan President Amani Mwangi was among the guests at the G7 summit in Hiroshima on Saturday.\n",
            ("JP", "Hiroshima"),
        ),
        (
            "Kenyan President Amani Mwangi, in Hiroshima for the G7 summit, met Japanese Prime Minister Fumio "
            "Kishida on Saturday.\n",
            ("JP", "Hiroshima"),
        ),
    ],
)
def test_a_leader_at_a_summit_as_a_guest_or_in_apposition(story, expected):
    found = _findings(story, "2023-05-20")
    assert [(leg["country"], leg["cities"][0]) for leg in found["legs"]] == [expected]
    assert [(e["host"], e["city"]) for e in found["events"]] == [expected]


def test_a_place_in_apposition_to_another_person_is_not_the_leader_s():
    own = "President Amani Mwangi of Kenya, in Bergen for talks, met Norwegian Prime Minister Ingrid Solberg.\n"
    assert [leg["country"] for leg in _findings(own, "2023-05-20")["legs"]] == ["NO"]
    story = (
        "President Amani Mwangi of Kenya arrived in Oslo on Tuesday. His foreign minister, in Bergen for a "
        "conference, joined him later.\n"
    )
    assert [leg["country"] for leg in _findings(story, "2023-05-20")["legs"]] == ["NO"]
    other = (
        "President Amani Mwangi of Kenya arrived in Oslo on Tuesday. Foreign Minister Ruth Achieng, in Stockholm "
        "for talks, will join him.\n"
    )
    assert [leg["country"] for leg in _findings(other, "2023-05-20")["legs"]] == ["NO"]


def test_a_vietnamese_name_with_its_marks_is_a_name():
    story = "Vietnamese President Võ Văn Thưởng arrived in Oslo on Tuesday for a state visit.\n"
    assert [t["leader"] for t in _findings(story, "2023-06-09")["trip"]] == ["Võ Văn Thưởng"]
    # Near miss: the marks make no name of a lower-case word ("thưởng" alone).
    assert "trip" not in _findings("Thưởng arrived late.\n", "2023-06-09")


def test_a_city_of_the_leg_s_country_toured_joins_the_leg_but_not_one_told_of():
    story = (
        "President Amani Mwangi of Kenya arrived in New Delhi on Monday for a state visit to India.\n\n"
        "On Tuesday Mwangi toured Agra with Indian officials.\n\n"
        "On Wednesday Mwangi criticised the state of a monument in Mumbai.\n"
    )
    legs = [(leg["country"], leg["cities"]) for leg in _findings(story, "2023-06-09")["legs"]]
    assert legs == [("IN", ["New Delhi", "Agra"])]


@pytest.mark.parametrize(
    "story",
    [
        # On the sidelines of a summit in a place described before its name, or there for it, its country named.
        "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on Wednesday on the sidelines of the "
        "BRICS summit in the Russian city of Kazan.\n",
        "Prime Minister Narendra Modi is in Kazan, Russia, for the 16th BRICS summit.\n",
    ],
)
def test_at_a_summit_s_sidelines_or_there_for_it_is_in_its_city(story):
    found = _findings(story, "2024-10-23")
    assert [(leg["country"], leg["cities"]) for leg in found["legs"]] == [("RU", ["Kazan"])]
    assert [(e["organization"], e["host"]) for e in found["events"]] == [("BRICS", "RU")]


def test_a_body_s_leaders_convening_where_the_leader_is_is_an_event_attended():
    story = (
        "KAZAN, Oct 23 (Test Wire) - Leaders of the BRICS group opened their summit in Kazan on Wednesday, with "
        "Indian Prime Minister Narendra Modi calling for dialogue.\n\n"
        "Modi, who arrived on Tuesday, held talks with Russian President Vladimir Putin.\n"
    )
    events = _findings(story, "2024-10-23")["events"]
    assert [(e["organization"], e["host"], e["city"]) for e in events] == [("BRICS", "RU", "Kazan")]
    # Near miss: a body's leaders to meet later is no summit attended.
    later = story.replace("opened their summit in Kazan on Wednesday", "will open their summit in Kazan next week")
    assert "events" not in _findings(later, "2024-10-23")


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # The stop before the one arrived at, told with the time spent there or the talks held there.
        (
            "President Amani Mwangi of Kenya arrived in Stockholm on Wednesday, having spent two days in Norway.\n",
            ["NO", "SE"],
        ),
        (
            "President Amani Mwangi of Kenya, fresh from talks in Oslo, arrived in Stockholm on Wednesday.\n",
            ["NO", "SE"],
        ),
        # The places a tour took the leader to; time spent in a place.
        (
            "President Amani Mwangi of Kenya returned home on Sunday after a week-long tour that took him to Norway, "
            "Sweden and Finland.\n",
            ["NO", "SE", "FI"],
        ),
        (
            "President Amani Mwangi of Kenya wrapped up a Nordic tour on Sunday. He spent two days in Sweden before "
            "ending the trip in Helsinki.\n",
            ["SE", "FI"],
        ),
        # Near misses: a tour that will take the leader somewhere; days another person spent.
        (
            "President Amani Mwangi of Kenya arrived in Oslo on Monday for a tour that will take him to Sweden.\n",
            ["NO"],
        ),
        (
            "President Amani Mwangi of Kenya arrived in Oslo on Monday. His foreign minister spent two days in "
            "Sweden.\n",
            ["NO"],
        ),
    ],
)
def test_the_stops_of_a_tour_told_by_time_spent_or_by_where_it_took_the_leader(story, expected):
    assert [leg["country"] for leg in _findings(story, "2023-06-13").get("legs", [])] == expected


def test_a_dateline_with_a_spaced_hyphen_and_a_sender_s_head_that_is_none():
    story = (
        "Kenya's Mwangi woos Norwegian investors\n\n"
        "OSLO - Kenyan President Amani Mwangi on Thursday urged Norwegian companies to invest in his country's "
        "energy sector, on the second day of a state visit.\n"
    )
    legs = [(leg["country"], leg["cities"]) for leg in _findings(story, "2023-06-09")["legs"]]
    assert legs == [("NO", ["Oslo"])]
    # Near miss: a sender's head in capitals before a dash is no place the story is filed from.
    assert dateline("MINISTRY OF EXTERNAL AFFAIRS - PRESS RELEASE (issued by the desk)") is None
    assert dateline("RIO DE JANEIRO - President Amani Mwangi arrived").group("city") == "RIO DE JANEIRO"


def test_a_visit_named_with_its_traveller_after_by():
    story = "A three-day state visit to Norway by Kenyan President Amani Mwangi began on Tuesday.\n"
    found = _findings(story, "2023-06-09")
    assert [(t["leader"], t["leader_country"]) for t in found["trip"]] == [("Amani Mwangi", "KE")]
    assert [(leg["country"], leg["start"]) for leg in found["legs"]] == [("NO", "2023-06-06")]
    # Near miss: a visit planned by the leader is none yet.
    planned = "A state visit to Norway by Kenyan President Amani Mwangi is planned for next year.\n"
    assert "legs" not in _findings(planned, "2023-06-09")


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # The host as the subject, the leader as "the visiting (Kenyan) president" or the host's counterpart.
        ("Ana Quispe held talks with the visiting Kenyan president on Thursday.", {("Ana Quispe", "talks")}),
        ("On Thursday Quispe held talks with her Kenyan counterpart.", {("Ana Quispe", "talks")}),
        # A counterpart of another country is someone else.
        ("On Thursday Quispe held talks with her Chilean counterpart.", set()),
        # A relative clause whose verb is the meeting, the leader its object; a greeting at the airport is none.
        ("Ana Quispe, who met Mwangi earlier on Thursday, said trade would grow.", {("Ana Quispe", "talks")}),
        ("Ana Quispe, who met Mwangi at the airport, said trade would grow.", set()),
        ("Ana Quispe, who met Mwangi in 2019, said trade would grow.", set()),
        # A meeting told first, at the head of the sentence.
        ("At a meeting with Ana Quispe on Thursday, Mwangi raised fisheries.", {("Ana Quispe", "talks")}),
        # A meal named with no article.
        ("Ana Quispe hosted the visiting president for dinner at the palace.", {("Ana Quispe", "banquet")}),
        # "The two" alone, after the host who welcomed the leader; not after a call paid.
        (
            "Ana Quispe welcomed Mwangi at the palace on Thursday. The two discussed trade and fisheries.",
            {("Ana Quispe", "talks")},
        ),
        (
            "Foreign Minister Javier Soto called on Mwangi at his hotel, and the two discussed the agenda.",
            {("Javier Soto", "courtesy-call")},
        ),
    ],
)
def test_a_meeting_told_from_the_host_s_side_in_a_relative_clause_or_before_its_subject(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\nPeru's President Ana Quispe and Foreign Minister Javier Soto attended a ceremony "
        "on Wednesday.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # A person by office alone: the one the article gives that office, of the country it says.
        ("Mwangi later met the prime minister.", {("Luis Torres", "talks")}),
        ("On Thursday Mwangi held talks with Peru's prime minister.", {("Luis Torres", "talks")}),
        (
            "Mwangi met the president, the prime minister and the speaker of Congress.",
            {("Ana Quispe", "talks"), ("Luis Torres", "talks"), ("Rosa Vargas", "talks")},
        ),
        # Another country's office holder, whom the article does not name, is no one found.
        ("Mwangi also held talks with the Chilean prime minister on Thursday.", set()),
        # The leader by the office the article gives only the leader, as the host's object.
        ("Prime Minister Luis Torres also met the Head of State on Thursday.", {("Luis Torres", "talks")}),
        ("Speaker Rosa Vargas called on the head of state at his hotel.", {("Rosa Vargas", "courtesy-call")}),
        # How long, or which round, between the talks and their "with".
        ("Mwangi had a meeting of more than two hours with Prime Minister Luis Torres.", {("Luis Torres", "talks")}),
        ("Mwangi held talks for an hour with Prime Minister Luis Torres.", {("Luis Torres", "talks")}),
        (
            "He returned to Lima for a second round of talks with Prime Minister Luis Torres.",
            {("Luis Torres", "talks")},
        ),
        # A surname after an honorific: the name given in full before; the dot is no end of the phrase.
        ("A dinner was given in the Head of State's honour by Mrs. Quispe.", {("Ana Quispe", "banquet")}),
    ],
)
def test_a_person_met_by_office_alone_or_by_surname_and_the_leader_by_the_office_only_the_leader_holds(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan Head of State Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\nPeru's President Ana Quispe, Prime Minister Luis Torres and Congress Speaker Rosa "
        "Vargas attended a ceremony on Wednesday.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # "met" with no object: the two met each other; "met reporters" is no meeting of theirs.
        ("Mwangi and President Ana Quispe met at the Government Palace on Thursday.", {("Ana Quispe", "talks")}),
        ("Mwangi and Quispe met for two hours on Thursday.", {("Ana Quispe", "talks")}),
        ("Mwangi and Quispe met reporters on Thursday.", set()),
        # A pair whose one side is the leader by role.
        ("Quispe and her Kenyan counterpart held talks on Thursday.", {("Ana Quispe", "talks")}),
        ("The Kenyan leader and Quispe met at the palace on Thursday.", {("Ana Quispe", "talks")}),
        # A remote meeting by its means, in a pair or between talks and "with".
        ("Mwangi and Quispe held a video conference on Thursday.", {("Ana Quispe", "video")}),
        ("Mwangi held talks by video link with Ana Quispe on Thursday.", {("Ana Quispe", "video")}),
        # The one who speaks or toasts at the leader's meal gives it; a meal given by another is that one's.
        ("At a state banquet in Mwangi's honour on Thursday, Quispe praised Kenya.", {("Ana Quispe", "banquet")}),
        ("Quispe toasted the visiting president at a banquet on Thursday night.", {("Ana Quispe", "banquet")}),
        ("At a dinner given by Luis Torres on Thursday, Quispe praised Kenya.", {("Luis Torres", "banquet")}),
        # A joint news conference "with" the leader is the speaker's.
        (
            "Quispe told a joint news conference with Mwangi that trade would grow.",
            {("Ana Quispe", "press-conference")},
        ),
        (
            "Mwangi was received by Ana Quispe, and the two leaders held a joint news conference.",
            {("Ana Quispe", "talks"), ("Ana Quispe", "press-conference")},
        ),
    ],
)
def test_a_pair_that_met_a_remote_meeting_a_meal_s_speaker_and_a_news_conference_with_the_leader(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\nPeru's President Ana Quispe and Prime Minister Luis Torres attended a ceremony "
        "on Wednesday.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


def test_a_news_conference_after_a_reception_on_another_leg_is_with_the_host_of_that_leg():
    text = (
        "NAIROBI, June 12 (Test Wire) - President Amani Mwangi is back in Nairobi after a five-day tour of Peru and "
        "Chile.\n\nIn Lima on Tuesday, Mwangi held talks with President Ana Quispe. In Santiago on Thursday, he was "
        "received by President Diego Rojas at La Moneda palace, and the two leaders held a joint news conference.\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-12").get("meetings", [])}
    assert ("Diego Rojas", "press-conference") in meetings
    assert ("Ana Quispe", "press-conference") not in meetings


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # What the two did together on the trip, and no other meeting told: their talks.
        ("Mwangi and President Ana Quispe agreed on Thursday to double trade.", {("Ana Quispe", "talks")}),
        ("On Thursday Quispe and Mwangi signed a treaty on fisheries.", {("Ana Quispe", "talks")}),
        # A meal together is no meeting in talks: the act still tells them.
        (
            "Mwangi and Ana Quispe signed a treaty on Thursday. Quispe hosted a state banquet for Mwangi that evening.",
            {("Ana Quispe", "talks"), ("Ana Quispe", "banquet")},
        ),
        # Agreed on a call, or agreed to do something in a later year: no talks of the trip.
        ("Mwangi and Ana Quispe agreed in a phone call on Thursday to double trade.", {("Ana Quispe", "phone")}),
        ("Mwangi and Ana Quispe agreed in 2019 to double trade.", set()),
        # Sessions with a person are talks; a conversation after a ceremony is the two's talks.
        ("Mwangi held two long sessions with Prime Minister Luis Torres.", {("Luis Torres", "talks")}),
        (
            "Mwangi was welcomed by Ana Quispe at the palace, where the two inspected a guard of honour before a "
            "private conversation.",
            {("Ana Quispe", "talks")},
        ),
        # A joint appearance before the press, and who spoke at it after the comma.
        (
            "Mwangi held talks with Ana Quispe. At a joint press announcement afterward, Quispe said ties were strong.",
            {("Ana Quispe", "talks"), ("Ana Quispe", "press-conference")},
        ),
    ],
)
def test_talks_told_by_a_joint_act_in_sessions_or_before_a_conversation_and_a_press_announcement(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\nPeru's President Ana Quispe and Prime Minister Luis Torres attended a ceremony "
        "on Wednesday.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "Among the leaders Mwangi met on the sidelines were Prime Minister Kenji Sato and President Paulo Lima.",
            {("Kenji Sato", "sideline"), ("Paulo Lima", "sideline")},
        ),
        ("Those he met included Chancellor Hans Weber.", {("Hans Weber", "talks")}),
        (
            "Mwangi's bilateral meetings included talks with Prime Minister Kenji Sato and President Paulo Lima.",
            {("Kenji Sato", "talks"), ("Paulo Lima", "talks")},
        ),
        (
            "Mwangi held a series of bilateral meetings, including with Prime Minister Kenji Sato.",
            {("Kenji Sato", "talks")},
        ),
        # Another's list, or one still to come, is none of the leader's.
        ("Among the leaders Sato met were President Paulo Lima and Chancellor Hans Weber.", set()),
        ("Those he will meet include Chancellor Hans Weber.", set()),
    ],
)
def test_the_people_a_list_names_as_those_the_leader_met(story, expected):
    text = (
        "NEW DELHI, Sept 10 (Test Wire) - Kenyan President Amani Mwangi attended the G20 summit in New Delhi on "
        "Saturday and Sunday.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-09-10").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "Mwangi held talks with President Ana Quispe, and later with Prime Minister Luis Torres.",
            {("Ana Quispe", "talks"), ("Luis Torres", "talks")},
        ),
        (
            "Mwangi met President Ana Quispe and afterwards with Prime Minister Luis Torres.",
            {("Ana Quispe", "talks"), ("Luis Torres", "talks")},
        ),
        # Another's talks after the leader's: no second counterpart of the leader's.
        (
            "Mwangi held talks with President Ana Quispe, while Torres later met with the Kenyan delegation.",
            {("Ana Quispe", "talks")},
        ),
    ],
)
def test_a_second_counterpart_of_the_same_talks_after_a_word_of_sequence(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # The gerund: after a preposition, as a participle of the leader's clause, or opening the sentence.
        ("Mwangi said after meeting President Ana Quispe that the visit was a success.", {("Ana Quispe", "talks")}),
        ("Mwangi began the day in Lima, meeting President Ana Quispe at the palace.", {("Ana Quispe", "talks")}),
        ("Meeting President Ana Quispe at the palace, Mwangi praised Peru's growth.", {("Ana Quispe", "talks")}),
        ("Before meeting Quispe, Mwangi laid a wreath.", {("Ana Quispe", "talks")}),
        # Not a gerund of a meeting: a thing met, or a sentence's subject other than the leader.
        ("Mwangi began the day in Lima, meeting Peru's demand for tea.", set()),
        # The host as the subject, in talks with the leader as the object of a noun or a gerund.
        ("Ana Quispe praised Kenya after her talks with Mwangi on Thursday.", {("Ana Quispe", "talks")}),
        ("Ana Quispe said after meeting the visiting president that ties would grow.", {("Ana Quispe", "talks")}),
        ("Mwangi's host, Ana Quispe, praised Kenya after their talks on Thursday.", {("Ana Quispe", "talks")}),
        # The noun's two sides; talks entered straight away.
        ("The meeting between Mwangi and Ana Quispe lasted two hours.", {("Ana Quispe", "talks")}),
        ("The talks between the two presidents, Mwangi and Ana Quispe, lasted two hours.", {("Ana Quispe", "talks")}),
        ("Upon arrival, Mwangi went straight into talks with Ana Quispe.", {("Ana Quispe", "talks")}),
        # Another person named right before the verb is its subject.
        ("Mwangi arrived on Thursday, a day after Quispe met Chilean President Diego Rojas.", set()),
    ],
)
def test_a_gerund_the_host_s_talks_with_the_leader_and_the_two_sides_of_a_meeting(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\nPeru's President Ana Quispe attended a ceremony on Wednesday.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # The styles of an official release before a name.
        ("President Mwangi held talks with H.E. Mr. Javier Soto, Prime Minister of Peru.", {("Javier Soto", "talks")}),
        # A caller with the office in apposition; a call received in audience.
        (
            "H.E. Mr. Javier Soto, Minister of Foreign Affairs, called on H.E. President Mwangi.",
            {("Javier Soto", "courtesy-call")},
        ),
        (
            "President Mwangi also received in audience the Minister of Foreign Affairs, Mr. Javier Soto.",
            {("Javier Soto", "courtesy-call")},
        ),
        # The president of a congress who receives the leader is no head: a courtesy call.
        (
            "President Mwangi was received by Mr. Javier Soto, President of the Congress.",
            {("Javier Soto", "courtesy-call")},
        ),
        # The leader as the subject by office and country; another country's office holder is someone else.
        (
            "The President of Kenya also met with the Prime Minister of Peru, Mr. Javier Soto.",
            {("Javier Soto", "talks")},
        ),
        ("The President of Chile also met with the Prime Minister of Peru, Mr. Javier Soto.", set()),
    ],
)
def test_an_official_release_s_styles_offices_in_apposition_and_the_leader_by_office_and_country(story, expected):
    text = (
        "JOINT COMMUNIQUE\n\nAt the invitation of His Excellency Mr. Luis Torres, President of the Republic of Peru, "
        "His Excellency Mr. Amani Mwangi, President of the Republic of Kenya, paid a state visit to Peru from 6 to 8 "
        "June 2023.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("10:30 - Mwangi and Quispe are now holding talks behind closed doors.", {("Ana Quispe", "talks")}),
        ("10:30 - Mwangi is now meeting Prime Minister Luis Torres.", {("Luis Torres", "talks")}),
        (
            "14:00 - Mwangi arrives at Congress, where he is received by Speaker Rosa Vargas.",
            {("Rosa Vargas", "courtesy-call")},
        ),
        # A plan in the present: none yet.
        ("Mwangi is meeting Prime Minister Luis Torres on Friday.", set()),
        ("Mwangi is to be received by Speaker Rosa Vargas on Friday.", set()),
    ],
)
def test_a_live_report_s_present_tense(story, expected):
    text = (
        "LIMA, June 8 (Test Wire) - Kenyan President Amani Mwangi is in Lima on the second day of a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe welcomed him at the airport on Wednesday.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-08").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    "story",
    [
        "Mwangi never met opposition leader Keiko Salas.",
        "Mwangi has not yet held talks with opposition leader Keiko Salas.",
    ],
)
def test_a_meeting_denied_by_never_or_not_before_the_verb_is_none(story):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\n" + story + "\n"
    )
    assert _findings(text, "2023-06-09").get("meetings", []) == []


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Mwangi and Quispe had dinner together at the palace on Thursday.", {("Ana Quispe", "banquet")}),
        ("Mwangi joined Quispe for a private dinner on Thursday.", {("Ana Quispe", "banquet")}),
        ("Mwangi was Quispe's guest at a state banquet on Thursday.", {("Ana Quispe", "banquet")}),
        ("In the evening, Quispe and her husband hosted Mwangi at a state dinner.", {("Ana Quispe", "banquet")}),
        # Another's guest, or a meal of others.
        ("Torres was Quispe's guest at a state banquet on Thursday.", set()),
        ("Quispe and Torres had dinner together at the palace on Thursday.", set()),
    ],
)
def test_a_meal_shared_joined_or_as_the_host_s_guest(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe and Prime Minister Luis Torres attended a ceremony on "
        "Wednesday.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # No leg made out, a visit told in words: the talks told first and the news conference of the two.
        ("Talks with President Ana Quispe focused on trade.", {("Ana Quispe", "talks")}),
        (
            "Mwangi held talks with President Ana Quispe. The two leaders later spoke at a joint news conference.",
            {("Ana Quispe", "talks"), ("Ana Quispe", "press-conference")},
        ),
        # A video link is no meeting in person.
        ("Talks with President Ana Quispe over a video link focused on trade.", set()),
    ],
)
def test_talks_told_first_and_a_news_conference_when_a_visit_is_told_but_no_leg_made_out(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenya's President Amani Mwangi won Peruvian backing for his bid to host the 2030 "
        "games on Thursday, on the first visit by a Kenyan leader.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Quispe and Mwangi later spoke to the media at the palace.", {("Ana Quispe", "press-conference")}),
        # The leader alone before the press, or another pair.
        ("Mwangi later spoke to the media at the palace.", set()),
        ("Quispe and Torres later spoke to the media at the palace.", set()),
    ],
)
def test_the_press_met_by_a_pair_with_the_leader(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe and Prime Minister Luis Torres attended a ceremony on "
        "Wednesday.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # A host by office alone, received by, giving a meal or paying a call.
        ("Mwangi was received by the Peruvian president at the palace on Thursday.", {("Ana Quispe", "talks")}),
        ("Mwangi attended a lunch given by Peru's foreign minister.", {("Javier Soto", "banquet")}),
        ("Peru's prime minister hosted a dinner for Mwangi.", {("Luis Torres", "banquet")}),
        ("The foreign minister called on Mwangi at his hotel.", {("Javier Soto", "courtesy-call")}),
        # An office the article gives no one, or of another country.
        ("The defence minister called on Mwangi at his hotel.", set()),
        ("Mwangi attended a lunch given by Chile's foreign minister.", set()),
    ],
)
def test_a_host_by_office_alone_who_receives_gives_a_meal_or_calls(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe, Prime Minister Luis Torres and Foreign Minister Javier Soto "
        "attended a ceremony on Wednesday.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # The leader by the office given in apposition after the name, which no one else holds.
        ("Premier Hiroshi Tanabe also met the Regent on Friday.", {("Hiroshi Tanabe", "talks")}),
        ("President Mei Lan held cordial and friendly talks with the Regent.", {("Mei Lan", "talks")}),
        # A host's office in apposition between the name and the verb.
        (
            "Wang Jun, General Secretary of the Central Committee of the Party, met the Regent at the guesthouse.",
            {("Wang Jun", "talks")},
        ),
        # Another's office, or an object who is not the leader.
        ("Premier Hiroshi Tanabe also met the Mayor on Friday.", set()),
    ],
)
def test_the_leader_by_an_office_in_apposition_and_a_host_with_one(story, expected):
    text = (
        "SHANGHAI, October 28 (Test Wire) - Haruto Sena, Regent of Nippon, ended a state visit to China today. "
        "He arrived in Beijing on 23 October.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "1992-10-28").get("meetings", [])}
    assert meetings == expected


def test_the_rest_of_a_body_s_name_after_a_counterpart_is_no_person_met():
    text = (
        "BEIJING, May 26 (Test Wire) - President Amani Mwangi of Kenya held official talks on Friday with his "
        "Chinese counterpart, His Excellency Li Wei, President of the People's Republic of China, on a state visit "
        "to China.\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-05-26").get("meetings", [])}
    assert meetings == {("Li Wei", "talks")}


def test_the_words_of_an_office_are_no_host_of_talks_told_with_no_one_named():
    text = (
        "BUCHAREST, June 25 (Test Wire) - President Amani Mwangi returned home today from a tour of Asia.\n\n"
        "Mwangi arrived in Pyongyang on 9 June. The delegation was received by Comrade Kim Sok, General Secretary "
        "of the Workers' Party, who on the evening of 9 June gave a reception in honour of the guests. Talks were "
        "held on 10 June.\n"
    )
    meetings = {m["with"] for m in _findings(text, "1971-06-25").get("meetings", [])}
    assert "Secretary" not in meetings


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # A future or an invitation in another clause than the meeting's: said after it, in a relative clause, or
        # a new predicate.
        (
            "Talks with President Ana Quispe focused on trade, which the two said would double by 2030.",
            {("Ana Quispe", "talks")},
        ),
        ("His talks with President Ana Quispe focused on a railway that China will build.", {("Ana Quispe", "talks")}),
        (
            "At the invitation of Quispe, Mwangi was received by Prime Minister Luis Torres on Thursday.",
            {("Luis Torres", "talks")},
        ),
        (
            "Quispe received Mwangi at the palace on Thursday and accepted an invitation to visit Kenya.",
            {("Ana Quispe", "talks")},
        ),
        (
            "After the talks, Quispe hosted a lunch for Mwangi, and the two leaders said trade would double.",
            {("Ana Quispe", "banquet")},
        ),
        ("Mwangi, who will travel to Chile next, held talks with Quispe on Thursday.", {("Ana Quispe", "talks")}),
        # The meeting's own clause in the future, or in an earlier year: none.
        ("Quispe will host a state banquet for Mwangi on Friday.", set()),
        ("Quispe received Mwangi in 2019 and accepted an invitation to visit Kenya.", set()),
    ],
)
def test_a_future_or_an_earlier_year_counts_only_in_the_meeting_s_own_clause(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe and Prime Minister Luis Torres attended a ceremony on "
        "Wednesday.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "Kenyan President Amani Mwangi and Peruvian President Ana Quispe held a virtual summit on Thursday, "
            "agreeing to double trade.",
            {("Ana Quispe", "video")},
        ),
        (
            "During a video call on Thursday, Kenyan President Amani Mwangi and Peruvian President Ana Quispe agreed "
            "to double trade.",
            {("Ana Quispe", "video")},
        ),
        # A summit of others is none of the leader's.
        (
            "Kenyan President Amani Mwangi said Peruvian President Ana Quispe and Chilean President Diego Rojas held "
            "a virtual summit on Thursday.",
            set(),
        ),
    ],
)
def test_a_remote_summit_of_a_pair_and_a_call_told_first_after_the_dateline(story, expected):
    text = "NAIROBI, June 9 (Test Wire) - " + story + "\n"
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Mwangi received opposition leader Keiko Salas at his hotel on Thursday.", {("Keiko Salas", "courtesy-call")}),
        ("Mwangi received a congratulatory call from Chilean President Diego Rojas.", {("Diego Rojas", "phone")}),
        ("Mwangi received a video call from Chilean President Diego Rojas.", {("Diego Rojas", "video")}),
        # A thing received, or a call from no one named.
        ("Mwangi received an honorary doctorate from San Marcos University.", set()),
        ("Mwangi received a call from reporters.", set()),
    ],
)
def test_a_person_the_leader_received_by_a_role_in_lower_case_and_a_call_received(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Mwangi held talks with his Peruvian counterpart on Thursday.", {("Ana Quispe", "talks")}),
        ("On Thursday Mwangi met his counterpart at the palace.", {("Ana Quispe", "talks")}),
        # A counterpart of a country whose holder the article does not name.
        ("Mwangi held talks with his Chilean counterpart on Thursday.", set()),
    ],
)
def test_the_leader_s_counterpart_with_no_name_is_the_holder_of_the_leader_s_office_there(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe welcomed him at the airport.\n\n" + story + "\n"
    )
    meetings = {(m["with"], m["form"]) for m in _findings(text, "2023-06-09").get("meetings", [])}
    assert meetings == expected


def _relations(body: str) -> list[tuple[tuple[str, ...], int]]:
    found = _findings(_LEAD + body + "\n", "2023-06-09").get("relations", [])
    return [(tuple(r["countries"]), r["established"]) for r in found]


def test_relations_dated_by_the_noun_of_their_establishment_or_a_span_in_words_or_passive():
    assert _relations("Since the normalisation of diplomatic ties in 1991, Kenya and Norway have signed 30 deals.") == [
        (("KE", "NO"), 1991)
    ]
    assert _relations("Kenya and Norway celebrate six decades of diplomatic relations this week.") == [
        (("KE", "NO"), 1963)
    ]
    assert _relations("It is the first Kenyan visit since relations were established forty years ago.") == [
        (("KE", "NO"), 1983)
    ]
    assert _relations("Mwangi hailed half a century of diplomatic relations with Norway.") == [(("KE", "NO"), 1973)]
    # Decades of something else, and an establishment with no year, date no relations.
    assert _relations("Kenya and Norway recalled six decades of fishing in Lake Turkana.") == []
    assert _relations("Since the establishment of diplomatic relations, trade has grown.") == []


def test_an_anniversary_of_relations_falls_in_the_year_its_clause_names():
    assert _relations("The year 2021 marked the 60th anniversary of Kenya-Norway diplomatic relations.") == [
        (("KE", "NO"), 1961)
    ]
    assert _relations("In 2019, Kenya and Norway celebrated the 55th anniversary of diplomatic ties.") == [
        (("KE", "NO"), 1964)
    ]
    # A year of another clause is not the anniversary's.
    body = "Trade reached a peak in 2019, and next year Kenya and Norway mark the 60th anniversary of diplomatic ties."
    assert _relations(body) == [(("KE", "NO"), 1964)]


def _partnerships(body: str) -> list[tuple[tuple[str, ...], str, str]]:
    found = _findings(_LEAD + body + "\n", "2023-06-09").get("partnerships", [])
    return [(tuple(p["parties"]), p["label"], p["change"]) for p in found]


def test_a_partnership_raised_to_a_level_launched_or_of_partners_become():
    assert _partnerships("Ties were raised to the level of strategic partnership on Friday.") == [
        (("KE", "NO"), "strategic partnership", "upgraded")
    ]
    assert _partnerships("Mwangi hailed the launch of a new green partnership between Kenya and Norway.") == [
        (("KE", "NO"), "green partnership", "established")
    ]
    assert _partnerships("With the visit, Kenya and Norway have become comprehensive strategic partners.") == [
        (("KE", "NO"), "comprehensive strategic partnership", "established")
    ]
    assert _partnerships("The leaders took the relationship to a higher level, a special partnership.") == [
        (("KE", "NO"), "special partnership", "upgraded")
    ]
    # Partners that are, not become, set up nothing.
    assert _partnerships("Kenya and Norway are strategic partners in the region.") == []


def _titles(body: str) -> list[str]:
    return sorted(f["title"] for f in _findings(_LEAD + body + "\n", "2023-06-09").get("agreements", []))


def test_documents_listed_each_after_its_own_on_or_among_the_documents():
    assert _titles("Three agreements were signed: on fisheries, on rail transport and on youth exchanges.") == [
        "agreement on fisheries",
        "agreement on rail transport",
        "agreement on youth exchanges",
    ]
    assert _titles("Among the agreements was a treaty on the transfer of prisoners.") == [
        "treaty on the transfer of prisoners"
    ]
    # Fields the documents cover are no documents of their own; a treaty among topics is none signed.
    assert _titles("The ministers signed nine agreements covering fisheries, rail and youth exchanges.") == []
    assert _titles("Among the topics was a treaty on fishing rights.") == []


def _figures(body: str) -> list[tuple[tuple[str, ...], int, float]]:
    found = _findings(_LEAD + body + "\n", "2023-06-09").get("figures", [])
    return [(tuple(sorted(f["parties"])), f["period"], f["value"]) for f in found]


def test_trade_figures_told_in_other_wordings_and_of_the_pair_their_clause_names():
    assert _figures("In 2021, two-way trade rose 18 percent to 3.2 billion dollars.") == [(("KE", "NO"), 2021, 3.2)]
    assert _figures("Last year bilateral commerce reached 900 million dollars.") == [(("KE", "NO"), 2022, 900)]
    body = "China has been Norway's largest trading partner since 2015, and trade between them reached 40 billion "
    body += "dollars last year."
    assert _figures(body) == [(("CN", "NO"), 2022, 40)]
    body = "Trade between Kenya and the European Union was worth 9 billion euros in 2022."
    assert _figures(body) == [(("EU", "KE"), 2022, 9)]
    body = "China is Norway's largest trading partner, while Kenya's trade with Norway was 400 million dollars in 2022."
    assert _figures(body) == [(("KE", "NO"), 2022, 400)]


def test_a_trade_figure_to_come_or_of_one_side_s_total_is_none():
    assert _figures("Officials hope trade will hit 5 billion dollars next year.") == []
    assert _figures("Norway's total trade was 300 billion dollars in 2022.") == []
    # The earlier figure of the same sentence is one told.
    body = "Officials hope trade will hit 5 billion dollars next year, up from 1.4 billion dollars last year."
    assert _figures(body) == [(("KE", "NO"), 2022, 1.4)]


def test_a_trade_figure_dated_by_the_figure_before_or_paired_by_the_sentence_before():
    body = "Trade between Kenya and Norway was 1.1 billion dollars in 2021. Trade between Kenya and the People's "
    body += "Republic of China exceeded 9 billion dollars in the same year."
    assert _figures(body) == [(("KE", "NO"), 2021, 1.1), (("CN", "KE"), 2021, 9)]
    assert _figures("Two-way trade reached 700 million dollars in the last fiscal year.") == [(("KE", "NO"), 2022, 700)]
    body = "Germany has been Norway's biggest trading partner for a decade. Trade between the two countries "
    body += "reached 20 billion euros last year."
    assert _figures(body) == [(("DE", "NO"), 2022, 20)]
    # A pair the clause names itself is its own.
    body = "Germany has been Norway's biggest trading partner for a decade. Trade between Kenya and Norway "
    body += "reached 2 billion euros last year."
    assert _figures(body) == [(("KE", "NO"), 2022, 2)]


def test_a_trade_figure_grown_doubled_or_topped_in_a_fiscal_year_of_its_own_clause():
    assert _figures("Two-way trade has grown to 2.1 billion dollars during 2022.") == [(("KE", "NO"), 2022, 2.1)]
    assert _figures("Bilateral trade more than doubled to 800 million dollars in fiscal 2021.") == [
        (("KE", "NO"), 2021, 800)
    ]
    assert _figures("Trade topped 3 billion dollars in the year 2020.") == [(("KE", "NO"), 2020, 3)]
    # A year of the next clause is not the figure's.
    body = "Trade amounts to about 1 billion dollars a year, and reached 1.3 billion dollars in 2022."
    assert _figures(body) == [(("KE", "NO"), 2022, 1.3)]


def test_a_document_signed_when_told_in_the_past_acted_on_or_a_charter_signed():
    assert _titles("Mwangi last came in 2016, when the agreement on fisheries was signed.") == [
        "agreement on fisheries"
    ]
    assert _titles("Norway said it would renew its agreement with Kenya on wildlife protection.") == [
        "agreement with Kenya on wildlife protection"
    ]
    assert _titles("The two leaders signed a Charter of Friendship and Partnership.") == [
        "Charter of Friendship and Partnership"
    ]
    # A document signed once a condition is met, and a charter only cited, are none.
    assert _titles("Once the agreement on fisheries is signed, fleets may work in both waters.") == []
    assert _titles("Mwangi cited the UN Charter in his speech.") == []


def test_a_deal_worth_a_sum_is_named_without_it_and_counts_nothing():
    found = _findings(_LEAD + "Norway and Kenya signed a $3 billion deal to build a wind farm.\n", "2023-06-09")
    assert [f["title"] for f in found["agreements"]] == ["deal to build a wind farm"]
    assert found.get("agreement_counts", []) == []
    found = _findings(_LEAD + "The firms signed a 1.5 billion dollar contract and four agreements.\n", "2023-06-09")
    assert [c["value"] for c in found["agreement_counts"]] == [4]


def test_relations_of_a_hyphenated_pair_of_any_kind_with_a_grouping_as_one_side():
    assert _relations("2022 marked the 50th anniversary of EU-Kenya relations.") == [(("EU", "KE"), 1972)]
    assert _relations("Mwangi attended a dinner marking 30 years of Sweden-Norway ties.") == [(("NO", "SE"), 1993)]
    # Years of a pair's cooperation date no relations.
    assert _relations("Mwangi praised 40 years of Kenya-Norway cooperation.") == []


def test_relations_dated_by_a_year_told_before_a_pair_named_years_held_or_a_jubilee():
    body = "Norway recognised Kenya early, in 1963, when the two established diplomatic relations."
    assert _relations(body) == [(("KE", "NO"), 1963)]
    assert _relations("It is 60 years since Kenya and Norway established diplomatic relations.") == [
        (("KE", "NO"), 1963)
    ]
    assert _relations("Diplomatic ties, dating from 1964, were never broken.") == [(("KE", "NO"), 1964)]
    assert _relations("Kenya and Norway, which have had diplomatic relations for 50 years, met.") == [
        (("KE", "NO"), 1973)
    ]
    assert _relations("Kenya and Norway mark the golden jubilee of their diplomatic relations.") == [
        (("KE", "NO"), 1973)
    ]
    # A friendship dating back to a year, and a jubilee of something else, are no relations.
    assert _relations("The friendship, dating back to 1963, was praised.") == []
    assert _relations("Mwangi attended the golden jubilee of the Oslo football club.") == []


def test_a_trade_figure_of_a_hyphened_pair_a_headed_line_or_a_parallel_clause():
    assert _figures("Sino-Swedish trade reached 20 billion dollars in 2022.") == [(("CN", "SE"), 2022, 20)]
    assert _figures("Denmark-Sweden trade was worth 30 billion euros in 2022.") == [(("DK", "SE"), 2022, 30)]
    assert _figures("- Bilateral trade (2021): 1.1 billion dollars.") == [(("KE", "NO"), 2021, 1.1)]
    assert _figures("The two countries traded goods worth 900 million dollars in 2022.") == [(("KE", "NO"), 2022, 900)]
    body = "Norway's trade with China hit 20 billion dollars in 2022, while Kenya's trade with China was "
    body += "9 billion dollars."
    assert _figures(body) == [(("CN", "NO"), 2022, 20), (("CN", "KE"), 2022, 9)]
    assert _figures("Norway's trade with its neighbour Sweden reached 30 billion dollars in 2022.") == [
        (("NO", "SE"), 2022, 30)
    ]
    # A side that is a continent is no pair of countries.
    assert _figures("Trade between China and Africa reached 280 billion dollars in 2022.") == []


def test_a_stock_of_investment_told_of_a_past_year_is_a_figure_of_its_two_sides():
    found = _findings(
        _LEAD + "Norway's direct investment in Kenya reached 1.1 billion dollars in 2022.\n", "2023-06-09"
    )
    assert [(f["parties"], f["period"], f["value"]) for f in found["figures"]] == [(["NO", "KE"], 2022, 1.1)]
    body = "Norway's foreign direct investment stock in Kenya was 6 billion dollars in 2021."
    assert [(f["parties"], f["value"]) for f in _findings(_LEAD + body + "\n", "2023-06-09")["figures"]] == [
        (["NO", "KE"], 6)
    ]
    # Investment to come is a pledge's business, not a figure.
    body = "Norway's investment in Kenya will reach 2 billion dollars by 2030."
    assert _findings(_LEAD + body + "\n", "2023-06-09").get("figures", []) == []


def test_with_no_traveller_the_two_sides_are_the_two_countries_the_article_names_most():
    text = (
        "Kenya and Norway sign fisheries accord\n\n"
        "Kenya and Norway signed an agreement on fisheries in Nairobi on Thursday, their trade ministers said. "
        "Bilateral trade reached 1.2 billion dollars last year. The two countries agreed to deepen their strategic "
        "partnership, and mark the 60th anniversary of diplomatic relations this year. Norway also trades with "
        "Sweden.\n"
    )
    found = _findings(text, "2023-06-09")
    assert [sorted(f["parties"]) for f in found["figures"]] == [["KE", "NO"]]
    assert [(p["parties"], p["change"]) for p in found["partnerships"]] == [(["KE", "NO"], "reaffirmed")]
    assert [(r["countries"], r["established"]) for r in found["relations"]] == [(["KE", "NO"], 1963)]
    assert [sorted(a["parties"]) for a in found["agreements"]] == [["KE", "NO"]]


def test_bilateral_trade_of_the_two_countries_its_clause_joins_with_and():
    body = "For Denmark and Sweden, bilateral trade stood at 30 billion dollars in 2022."
    assert _figures(body) == [(("DK", "SE"), 2022, 30)]
    # A pair of another clause is not the figure's.
    body = "Norway sent aid to Sudan and Chad, and bilateral trade reached 1.2 billion dollars in 2022."
    assert _figures(body) == [(("KE", "NO"), 2022, 1.2)]


def test_a_tour_paragraph_opened_in_a_capital_places_its_bilateral_words_there():
    text = (
        "SANTIAGO, March 12 (Test Wire) - Kenyan President Amani Mwangi arrived in Chile on Sunday on the last leg "
        "of a tour that earlier took him to Peru and Brazil.\n\n"
        "In Brasilia on Friday, Mwangi and Brazilian President Joao Lima signed a memorandum on biofuels. Bilateral "
        "trade reached 3 billion dollars last year.\n\n"
        "In Washington, officials welcomed the tour. Bilateral trade with Chile reached 2 billion dollars last year.\n"
    )
    found = _findings(text, "2023-03-12")["figures"]
    assert sorted((tuple(sorted(f["parties"])), f["value"]) for f in found) == [(("BR", "KE"), 3), (("CL", "KE"), 2)]


def test_a_count_of_agreements_exchanged_is_the_visit_s_and_one_summed_over_years_is_none():
    def counts(body: str) -> list[int]:
        return [c["value"] for c in _findings(_LEAD + body + "\n", "2023-06-09").get("agreement_counts", [])]

    assert counts("The leaders oversaw the exchange of nine cooperation documents.") == [9]
    assert counts("Kenya and Norway have signed 45 agreements since 1990.") == []
    assert counts("The two countries have signed more than 100 accords over six decades.") == []
    assert counts("Kenya has signed 14 agreements with Sweden in the past decade.") == []


def test_documents_abbreviated_quoted_after_a_dash_of_the_pair_that_signed_them():
    assert _titles("The two sides signed a memorandum of understanding (MoU) on fisheries research.") == [
        "memorandum of understanding on fisheries research"
    ]
    assert _titles("Two agreements were signed - one on visas and another on customs.") == [
        "agreement on customs",
        "agreement on visas",
    ]
    # What a document holds is no document of its own.
    assert _titles('They signed the "Oslo Declaration", which sets out a plan for joint research.') == [
        "Oslo Declaration"
    ]
    found = _findings(_LEAD + "Sweden and Finland signed a free trade agreement in 2006.\n", "2023-06-09")
    assert [a["parties"] for a in found["agreements"]] == [["FI", "SE"]]


def test_a_partnership_built_consolidated_or_intended():
    assert _partnerships("Mwangi and Solberg agreed to build an all-round strategic partnership.") == [
        (("KE", "NO"), "all-round strategic partnership", "established")
    ]
    assert _partnerships("The visit consolidated the comprehensive strategic partnership.") == [
        (("KE", "NO"), "comprehensive strategic partnership", "reaffirmed")
    ]
    # A partnership built on is one kept; one intended is none made.
    assert _partnerships("The deal built on the green partnership signed in 2020, which they agreed to deepen.") == [
        (("KE", "NO"), "green partnership", "reaffirmed")
    ]
    assert _partnerships("The leaders declared their intention to build a strategic partnership.") == []


def test_documents_listed_as_items_under_a_head_that_signs_them():
    body = (
        "The following instruments were signed:\n- Agreement on Visa Exemption for Diplomats;\n"
        "- Memorandum of Understanding on Fisheries;\n- Cultural Exchange Programme for 2023-2026.\n\n"
        "Mwangi praised the World Food Programme."
    )
    assert _titles(body) == [
        "Agreement on Visa Exemption for Diplomats",
        "Cultural Exchange Programme",
        "Memorandum of Understanding on Fisheries",
    ]
    # Items under a head that signs nothing name no documents.
    body = "Topics discussed:\n- Agreement on Visa Exemption for Diplomats;\n- Fisheries."
    assert _titles(body) == []


def test_relations_set_up_only_in_a_year_or_as_of_the_day_the_story_tells():
    assert _relations("Kenya and Norway had no diplomatic relations until 1964.") == [(("KE", "NO"), 1964)]
    assert _relations("Kenya did not establish diplomatic ties with Norway until 1965.") == [(("KE", "NO"), 1965)]
    assert _relations("Under the communique, the two governments established diplomatic relations as of that day.") == [
        (("KE", "NO"), 2023)
    ]
    # Relations that lasted until a year began no relations then.
    assert _relations("Kenya and Norway had close relations until 1990.") == []


def test_the_figure_a_trade_target_starts_from_is_a_figure_and_the_target_is_none():
    body = (
        "The two countries aim to raise bilateral trade to 5 billion dollars by 2030 from 1.2 billion dollars in 2022."
    )
    assert _figures(body) == [(("KE", "NO"), 2022, 1.2)]
    assert _figures("The two countries aim to raise bilateral trade to 5 billion dollars by 2030.") == []


def test_an_upgrade_names_its_earlier_label_as_the_object_raised():
    found = _findings(
        _LEAD + "The two leaders upgraded their green partnership to a strategic partnership.\n", "2023-06-09"
    )["partnerships"]
    assert [(p["label"], p["change"], p["from"]) for p in found] == [
        ("strategic partnership", "upgraded", "green partnership")
    ]
    # An upgrade whose object is the relationship names no earlier label.
    found = _findings(_LEAD + "The two leaders upgraded their ties to a strategic partnership.\n", "2023-06-09")
    assert [p["from"] for p in found["partnerships"]] == [None]


def test_a_partnership_label_keeps_the_words_of_its_name_after_the_noun():
    found = _findings(_LEAD + "Ties were raised to a strategic partnership for peace and prosperity.\n", "2023-06-09")
    assert [p["label"] for p in found["partnerships"]] == ["strategic partnership for peace and prosperity"]
    # A span of time or what follows in the clause is no part of the name.
    found = _findings(_LEAD + "They renewed the green partnership for the next five years.\n", "2023-06-09")
    assert [p["label"] for p in found.get("partnerships", [])] in ([], ["green partnership"])
    found = _findings(_LEAD + "They agreed to deepen the strategic partnership in all areas.\n", "2023-06-09")
    assert [p["label"] for p in found["partnerships"]] == ["strategic partnership"]


def test_carrying_on_is_a_pledge_when_it_says_what_is_carried_on_and_on_what():
    assert [p["what"] for p in _pledges("The two sides agreed to continue work on a visa waiver.")] == [
        "continue work on a visa waiver"
    ]
    found = _pledges("Solberg said Norway would continue its demining programme in the north of Kenya.")
    assert [p["what"] for p in found] == ["continue its demining programme in the north of Kenya"]
    found = _pledges("They will continue the negotiations at a third round in Bergen, the statement said.")
    assert [p["what"] for p in found] == ["continue the negotiations at a third round in Bergen"]
    assert _pledges("The two sides agreed to continue the talks.") == []
    assert _pledges("They agreed to continue their cooperation with the United Nations.") == []


def test_holding_a_meeting_is_a_pledge_when_it_names_its_matter_or_time():
    found = _pledges("The two sides agreed to hold negotiations aimed at a fisheries treaty.")
    assert [p["what"] for p in found] == ["hold negotiations aimed at a fisheries treaty"]
    found = _pledges("They agreed to hold the next session of the joint commission in Kisumu.")
    assert [p["what"] for p in found] == ["hold the next session of the joint commission in Kisumu"]
    found = _pledges("Both sides said they would hold festivals in both capitals.")
    assert [p["what"] for p in found] == ["hold festivals in both capitals"]
    assert _pledges("The two sides agreed to hold talks.") == []
    assert _pledges("They agreed to hold talks to discuss the border.") == []
    assert _pledges("They agreed to hold a meeting in Kisumu.") == []


def test_what_both_sides_bind_a_body_or_a_treaty_of_theirs_to_is_told_with_its_subject():
    found = _pledges("The two leaders agreed that the joint commission would meet twice a year in alternate capitals.")
    assert [p["what"] for p in found] == ["the joint commission would meet twice a year in alternate capitals"]
    found = _pledges("The communique said the air services agreement would be revised.")
    assert [p["what"] for p in found] == ["the air services agreement would be revised"]
    found = _pledges("They agreed that their experts should meet in May, and that the seed treaty should be ratified.")
    assert [p["what"] for p in found] == ["the seed treaty should be ratified"]
    assert _pledges("The two leaders agreed that the region would need more investment.") == []
    assert _pledges("The communique said the visit would be remembered as a milestone.") == []
    assert _pledges("They agreed that the Ethiopian army should withdraw from the border.") == []


def test_amounts_of_a_loan_or_grant_named_by_them_set_aside_or_received_are_pledges():
    def values(body: str) -> list[float]:
        return [p["value"] for p in _pledges(body)]

    assert values("The World Bank approved a 750 million dollar loan for roads in western Kenya.") == [750]
    assert values("The accord includes a $40m grant for a maternity hospital in Kisumu.") == [40]
    assert values("Kenya will receive 300 million dollars in Norwegian loans for the railway.") == [300]
    assert values("Norway set aside 150 million dollars for a technical university in Eldoret.") == [150]
    assert values("Kenya has asked for a 2 billion dollar loan to finance its budget.") == []
    assert values("Kenya repaid a 1 billion dollar loan to Norwegian banks last year.") == []
    assert values("Kenya has received more than 900 million dollars in Norwegian aid since 1990.") == []


def test_a_decision_taken_together_a_commitment_reaffirmed_and_one_to_an_act_told_as_a_gerund():
    found = _pledges("The two sides decided to set up a committee on maritime security.")
    assert [p["what"] for p in found] == ["set up a committee on maritime security"]
    found = _pledges("Both governments reaffirmed their commitment to complete the Lamu rail link by 2027.")
    assert [p["what"] for p in found] == ["complete the Lamu rail link by 2027"]
    found = _pledges("Norway also committed to training Kenyan police officers in forensics.")
    assert [p["what"] for p in found] == ["training Kenyan police officers in forensics"]
    assert _pledges("Mwangi said he had decided to sign the accord because it was fair.") == []
    assert _pledges("Mwangi decided to cut short his stay in Bergen.") == []
    assert _pledges("Kenya aims to become an upper middle-income country by 2030.") == []
    assert _pledges("The leaders agreed to continue their discussions over dinner.") == []
    assert _pledges("Norway committed to the talks.") == []


def test_a_pledge_quoted_is_said_by_who_the_quotation_names_after_it():
    found = _pledges('"Norway will build a fish market in Kisumu," Solberg said.')
    assert [(p["what"], p["announced_by"]) for p in found] == [("build a fish market in Kisumu", "Solberg")]
    found = _pledges('Solberg told reporters: "We will open a consulate in Mombasa."')
    assert [(p["what"], p["announced_by"]) for p in found] == [("open a consulate in Mombasa", "Solberg")]
    found = _pledges('"We have agreed to set up a joint fisheries board," Mwangi said.')
    assert [(p["what"], p["announced_by"]) for p in found] == [("set up a joint fisheries board", None)]
    assert _pledges('"We will see," Solberg said.') == []


def test_an_aim_or_a_plan_of_a_side_is_a_pledge_and_a_plan_as_a_noun_is_none():
    found = _pledges("The two countries also plan to resume direct flights between Oslo and Nairobi.")
    assert [p["what"] for p in found] == ["resume direct flights between Oslo and Nairobi"]
    found = _pledges("Solberg said they aimed to conclude a fisheries accord this year.")
    assert [p["what"] for p in found] == ["conclude a fisheries accord this year"]
    assert _pledges("The leaders discussed Kenya's plans to buy Norwegian ferries.") == []
    assert _pledges("Solberg said Norway had no plans to close its embassy.") == []


def test_a_year_in_an_aside_or_after_since_does_not_make_a_pledge_history():
    found = _pledges("The two leaders, who last met in 2019, agreed to open consulates in Bergen and Mombasa.")
    assert [p["what"] for p in found] == ["open consulates in Bergen and Mombasa"]
    found = _pledges("Norway, Kenya's largest donor since 1963, pledged to build a clinic in Turkana.")
    assert [p["what"] for p in found] == ["build a clinic in Turkana"]
    assert _pledges("The 1987 accord, in which Norway offered to build a clinic in Turkana, lapsed.") == []
    assert _pledges("The fund, set up by both in 2015, aims to finance clinics in Turkana.") == []


def test_an_amount_pledged_leaves_the_other_pledges_of_its_sentence():
    found = _pledges("Norway pledged 500 million dollars for roads and promised to build a clinic in Turkana.")
    assert sorted((p["value"] or 0, p["shape"]) for p in found) == [(0, "programme"), (500, "commitment")]
    found = _pledges("Norway pledged to spend 500 million dollars on roads.")
    assert [(p["value"], p["shape"]) for p in found] == [(500, "commitment")]


def test_a_pair_agreeing_on_the_sidelines_of_a_summit_pledges_for_itself():
    found = _pledges(
        "On the sidelines of the summit, Mwangi and Solberg agreed to open consulates in Bergen and Mombasa."
    )
    assert [p["what"] for p in found] == ["open consulates in Bergen and Mombasa"]
    assert _pledges("At the summit, the leaders agreed to open consulates in every member state.") == []


def test_a_target_told_with_its_metric_after_the_value_or_as_the_subject_of_reaching():
    def targets(body: str) -> list[tuple]:
        return [(p["what"], p["value"], p["shape"], p["deadline"]) for p in _pledges(body)]

    assert targets("The sides set a target of 6 billion dollars in two-way trade by 2028.") == [
        ("two-way trade", 6, "target", 2028)
    ]
    assert targets("They agreed on a goal of 3 billion dollars in annual trade by 2029.") == [
        ("annual trade", 3, "target", 2029)
    ]
    assert targets("The two countries aim for trade of 5 billion dollars by 2030.") == [("trade", 5, "target", 2030)]
    assert targets("Bilateral trade should reach 4 billion dollars by 2027, Solberg said.") == [
        ("bilateral trade", 4, "target", 2027)
    ]
    assert targets("Bilateral trade is expected to reach 4 billion dollars by 2027.") == []


def test_a_side_is_the_state_of_the_day_that_its_country_continues():
    body = "Trade between Norway and Serbia reached 300 million dollars last year."
    figures = _findings(_LEAD + body + "\n", "1980-06-09")["figures"]
    assert [sorted(f["parties"]) for f in figures] == [["NO", "YUCS"]]
    figures = _findings(_LEAD + body + "\n", "2010-06-09")["figures"]
    assert [sorted(f["parties"]) for f in figures] == [["NO", "RS"]]
    body = "Trade between Norway and Germany reached 300 million dollars last year."
    figures = _findings(_LEAD + body + "\n", "1980-06-09")["figures"]
    assert [sorted(f["parties"]) for f in figures] == [["DE", "NO"]]


def test_weighing_a_particular_matter_is_a_pledge_and_weighing_the_issue_is_none():
    found = _pledges("The two sides agreed to study the feasibility of a rail link from Mombasa to Kampala.")
    assert [p["what"] for p in found] == ["study the feasibility of a rail link from Mombasa to Kampala"]
    found = _pledges("Solberg said Norway would consider favourably Kenya's request to join the fisheries council.")
    assert [p["what"] for p in found] == ["consider favourably Kenya's request to join the fisheries council"]
    found = _pledges("They agreed to look at new ferry routes between the two coasts.")
    assert [p["what"] for p in found] == ["look at new ferry routes between the two coasts"]
    assert _pledges("The two sides agreed to study the issue.") == []
    assert _pledges("They agreed to consider it.") == []


def test_keeping_up_an_act_is_as_particular_as_the_act():
    found = _pledges("Norway promised to keep funding the clinics of Turkana until 2030.")
    assert [p["what"] for p in found] == ["keep funding the clinics of Turkana until 2030"]
    assert _pledges("The two sides agreed to keep talking about the border.") == []
    assert _pledges("They pledged to keep strengthening their ties.") == []


def test_an_act_as_a_noun_that_the_accords_provide_for_or_a_side_announces():
    found = _pledges("The accords provide for the construction of a bridge over the Tana river.")
    assert [p["what"] for p in found] == ["construction of a bridge over the Tana river"]
    found = _pledges("Solberg announced the opening of a Norwegian trade office in Kisumu.")
    assert [p["what"] for p in found] == ["opening of a Norwegian trade office in Kisumu"]
    assert _pledges("Mwangi announced the appointment of a new envoy to Oslo.") == []


def test_a_body_set_up_an_offer_welcomed_and_help_offered_to_a_receiver_named_first():
    found = _pledges("The two leaders launched a joint task force on locust control.")
    assert [p["what"] for p in found] == ["joint task force on locust control"]
    found = _pledges("Mwangi thanked Norway for its offer to rebuild the port of Kisumu.")
    assert [p["what"] for p in found] == ["rebuild the port of Kisumu"]
    found = _pledges("Norway offered Kenya help in building a wind farm at Turkana.")
    assert [p["what"] for p in found] == ["help in building a wind farm at Turkana"]
    assert _pledges("Mwangi thanked Norway for its offer.") == []
    assert _pledges("The two leaders launched a new era.") == []


def test_a_thing_of_the_sides_to_be_made_or_set_up_told_in_the_passive():
    found = _pledges("A joint fisheries board will be set up to oversee the quotas.")
    assert [p["what"] for p in found] == ["A joint fisheries board will be set up to oversee the quotas"]
    found = _pledges("Direct flights between Oslo and Nairobi are to be launched next year.")
    assert [p["what"] for p in found] == ["Direct flights between Oslo and Nairobi are to be launched next year"]
    assert _pledges("The agreements will be signed on Thursday.") == []
    assert _pledges("The talks will be followed by a state banquet.") == []
    assert _pledges("It will be recalled that Mwangi visited Oslo in 2015.") == []
    assert _pledges("More details will be announced later.") == []
    assert _pledges("A joint statement will be issued at the end of the visit.") == []


def test_a_side_ready_to_act_with_no_verb_of_saying_and_amounts_under_a_head_of_outcomes():
    found = _pledges("Norway is ready to finance the Kisumu bypass.")
    assert [p["what"] for p in found] == ["finance the Kisumu bypass"]
    found = _pledges('"We are ready to build a second berth at Lamu," Solberg said.')
    assert [(p["what"], p["announced_by"]) for p in found] == [("build a second berth at Lamu", "Solberg")]
    assert _pledges("The Ethiopian army is ready to defend the border.") == []
    body = "Key outcomes of the visit:\n- 40 million dollars in grants for drought relief.\n"
    assert [p["value"] for p in _pledges(body)] == [40]


def test_who_announces_a_pledge_is_named_by_the_surname_before_or_as_the_source_after():
    lead = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks with Norwegian Prime Minister "
        "Ingrid Solberg in Oslo on Friday.\n\n"
    )

    def said(body: str) -> list:
        return [p["announced_by"] for p in _findings(lead + body + "\n", "2023-06-09")["pledges"]]

    assert said("Solberg told her guest that Norway would provide 300 million dollars for clean energy.") == [
        "Ingrid Solberg"
    ]
    assert said("Norway will provide 300 million dollars for clean energy, Solberg said.") == ["Ingrid Solberg"]
    assert said("Norway will build a fish market in Kisumu, Solberg told reporters.") == ["Ingrid Solberg"]
    assert said("Norway will provide 300 million dollars for clean energy, officials said.") == [None]


def test_plans_announced_tasks_set_for_ministers_more_of_something_promised_and_an_aside_after_will():
    found = _pledges("Norway announced plans to open a consulate in Mombasa.")
    assert [p["what"] for p in found] == ["open a consulate in Mombasa"]
    found = _pledges("The two leaders instructed their ministers to draw up a roadmap for a fisheries accord.")
    assert [p["what"] for p in found] == ["draw up a roadmap for a fisheries accord"]
    found = _pledges("Solberg promised more Norwegian investment in Kenya's solar industry.")
    assert [p["what"] for p in found] == ["more Norwegian investment in Kenya's solar industry"]
    found = _pledges("Norway will, in addition, send a trade mission to Nairobi in May.")
    assert [p["what"] for p in found] == ["send a trade mission to Nairobi in May"]
    assert _pledges("The two leaders asked their ministers to meet.") == []
    assert _pledges("Solberg promised more of the same.") == []


def test_a_loan_valued_goods_sent_worth_an_amount_and_a_share_that_will_go_to_a_use():
    def pledged(body: str) -> list[tuple]:
        return [(p["what"], p["value"]) for p in _pledges(body)]

    assert pledged("Norway signed a loan worth 2 billion dollars for the Kisumu bypass.") == [("loan", 2)]
    assert pledged("Norway will send fish worth 30 million dollars to Turkana.") == [("fish", 30)]
    assert pledged("Of the package, 200 million dollars will go to water projects in Turkana.") == [
        ("water projects in Turkana", 200)
    ]
    assert pledged("Norway signed deals worth 2 billion dollars.") == []
    assert pledged("Fish exports worth 30 million dollars went to Turkana last year.") == []


def test_agreement_reached_in_the_passive_and_a_document_signed_under_which_a_side_will_act():
    assert [p["what"] for p in _pledges("Agreement was reached to resume direct flights to Bergen.")] == [
        "resume direct flights to Bergen"
    ]
    found = _pledges("Accord was reached on the construction of a dam on the Tana river.")
    assert [p["what"] for p in found] == ["construction of a dam on the Tana river"]
    found = _pledges("An accord on fisheries was signed, under which the Norwegian side will train Kenyan skippers.")
    assert [p["what"] for p in found] == ["train Kenyan skippers"]
    assert _pledges("No agreement was reached on the border.") == []
    assert _pledges("No agreement was reached to resume direct flights to Bergen.") == []


def test_a_side_s_word_given_to_a_person_named_a_side_that_stands_ready_and_governments_capitalised():
    found = _pledges("Solberg assured President Mwangi that Norway would keep buying Kenyan tea.")
    assert [(p["what"], p["announced_by"]) for p in found] == [("keep buying Kenyan tea", "Solberg")]
    found = _pledges("Norway stands ready to help Kenya develop its fishing fleet, Solberg said.")
    assert [p["what"] for p in found] == ["help Kenya develop its fishing fleet"]
    found = _pledges("The two Governments will open trade offices in Bergen and Mombasa.")
    assert [p["what"] for p in found] == ["open trade offices in Bergen and Mombasa"]
    assert _pledges("Solberg told Mwangi that the talks would be hard.") == []


def test_a_side_s_willingness_conveyed_and_the_speaker_s_own_country_happy_to_act():
    found = _pledges("The minister conveyed Norway's willingness to train Kenyan coast guards.")
    assert [p["what"] for p in found] == ["train Kenyan coast guards"]
    found = _pledges("Solberg said that her country would be happy to host the next round of talks.")
    assert [(p["what"], p["announced_by"]) for p in found] == [("host the next round of talks", "Solberg")]
    assert _pledges("Solberg said that her country would be happy.") == []


def test_aid_summed_totalling_an_amount_extended_granted_or_earmarked():
    def pledged(body: str) -> list[tuple]:
        return [(p["what"], p["value"]) for p in _pledges(body)]

    assert pledged("Norway extended loans totalling 1.5 billion dollars for roads.") == [("loans", 1.5)]
    assert pledged("Solberg said Norway would earmark 90 million dollars for Kenyan clinics.") == [
        ("Kenyan clinics", 90)
    ]
    assert [p["value"] for p in _pledges("Norwegian assistance to Kenya will total 1 billion dollars by 2027.")] == [1]
    assert pledged("Kenyan exports to Norway totalled 1.5 billion dollars.") == []


def test_quadrupling_a_decade_ahead_and_doubling_to_a_value_as_a_target():
    found = _pledges("They agreed to quadruple trade within a decade.")
    assert [(p["what"], p["value"], p["unit"], p["deadline"]) for p in found] == [("trade", 4, "times", 2033)]
    found = _pledges("The two sides aim to double bilateral trade to 4 billion dollars by 2030.")
    assert sorted((p["shape"], p["what"], p["value"]) for p in found) == [
        ("relative", "bilateral trade", 2),
        ("target", "bilateral trade", 4),
    ]
    assert _pledges("Trade has quadrupled over the past decade.") == []


def test_an_amount_asked_for_is_no_pledge_unless_a_side_then_gives_it():
    assert _pledges("Kenya asked Norway for a loan of 2 billion dollars, but Oslo made no promise.") == []
    assert _pledges("Kenya is seeking a credit line of 500 million dollars from Norwegian banks.") == []
    found = _pledges("Kenya asked for help, and Norway pledged 40 million dollars for flood relief.")
    assert [p["value"] for p in found] == [40]


def test_no_pledge_from_a_loan_that_paid_for_something_a_third_country_a_refusal_or_critics():
    assert _pledges("The port, financed by a 2 billion dollar Chinese loan, opened in 2017.") == []
    assert _pledges("The railway was built with a 3.2 billion dollar loan from China.") == []
    assert _pledges("China, Kenya's largest lender, has promised to restructure its loans.") == []
    assert _pledges("Solberg said Norway would never abandon its aid programme in Turkana.") == []
    assert _pledges("Critics said the government would struggle to build the dam.") == []
    assert _pledges("Opposition leaders said they would challenge the fisheries deal in court.") == []
    found = _pledges("Solberg said the Soviet Union and Norway were old friends and that Norway would build a clinic.")
    assert [p["what"] for p in found] == ["build a clinic"]


def test_a_list_s_last_action_after_a_bare_and_a_side_s_pledge_by_its_adjective_and_one_after_while():
    found = _pledges("Norway pledged to build a clinic in Kisumu, upgrade the Lamu port and train 200 Kenyan nurses.")
    assert [(p["what"], p["value"]) for p in found] == [
        ("build a clinic in Kisumu", None),
        ("upgrade the Lamu port", None),
        ("train Kenyan nurses", 200),
    ]
    found = _pledges("The accords include a Norwegian pledge to build a seed bank in Eldoret.")
    assert [p["what"] for p in found] == ["build a seed bank in Eldoret"]
    found = _pledges("Under the plan, Norway will finance a dam on the Tana river, while Kenya will provide the land.")
    assert [p["what"] for p in found] == ["finance a dam on the Tana river", "provide the land"]
    assert [p["what"] for p in _pledges("Norway pledged to train doctors and nurses in Kisumu.")] == [
        "train doctors and nurses in Kisumu"
    ]


def test_a_side_named_as_the_government_of_a_country():
    found = _pledges("The Government of Norway will dispatch a team of experts to survey the Tana river.")
    assert [p["what"] for p in found] == ["dispatch a team of experts to survey the Tana river"]
    assert _pledges("The Government of Ethiopia will dispatch a team of experts to the border.") == []


def test_who_sets_a_change_or_quotes_an_amount_announces_it():
    lead = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks with Norwegian Prime Minister "
        "Ingrid Solberg in Oslo on Friday.\n\n"
    )

    def said(body: str) -> list:
        return [p["announced_by"] for p in _findings(lead + body + "\n", "2023-06-09")["pledges"]]

    assert said("Solberg wants trade to double within five years.") == ["Ingrid Solberg"]
    assert said('"Norway will provide 300 million dollars for clean energy," Solberg said.') == ["Ingrid Solberg"]
    assert said("The two leaders want trade to double within five years.") == [None]


def test_a_pledge_told_as_a_noun_ends_at_the_sentence_s_verb_and_a_broken_one_or_a_need_is_none():
    found = _pledges("A Norwegian pledge to build a clinic in Turkana was welcomed by the county.")
    assert [p["what"] for p in found] == ["build a clinic in Turkana"]
    assert _pledges("A Norwegian promise to build a dam on the Tana was never kept.") == []
    assert _pledges("Mwangi told Solberg that Kenya would need more investment in its ports.") == []


def test_an_action_s_deadline_is_the_year_its_words_name():
    def deadlines(body: str) -> list:
        return [p["deadline"] for p in _pledges(body)]

    assert deadlines("The two sides aimed to conclude a fisheries accord this year.") == [2023]
    assert deadlines("They agreed to open a consulate in Bergen by the end of next year.") == [2024]
    assert deadlines("They agreed to open a consulate in Bergen within three years.") == [2026]
    assert deadlines("They agreed to open a consulate in Bergen.") == [None]


def test_a_government_capitalised_is_its_country_s_side_and_a_loan_s_term_is_no_deadline():
    found = _pledges("The communique said the Norwegian Government would send a survey team to Turkana.")
    assert [p["what"] for p in found] == ["send a survey team to Turkana"]
    found = _pledges(
        "Norway granted Kenya an interest-free loan of 30 million dollars, to be repaid over thirty years."
    )
    assert [(p["value"], p["deadline"]) for p in found] == [(30, None)]
    assert _pledges("The Norwegian Government was ready to work together with the Kenyan side.") == []
