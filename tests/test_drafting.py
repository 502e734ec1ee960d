"""`visitkb draft` end to end: reading HTML and dates, excerpts and offsets, the seed, add --from-draft, bad input."""

import datetime as dt

import pytest
import yaml

from conftest import cli
from drafting_lead import ROOT, SEED, SEED_SOURCE, WIRE
from visitkb.drafting import gazetteer, read_article
from visitkb.drafting.clauses import dateline
from visitkb.drafting.gazetteer import countries_in
from visitkb.drafting.rules import Reader
from visitkb.drafting.text import html_to_text, sentences
from visitkb.drafting.when import find_dates


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


def test_read_article_reads_a_source_dated_to_its_month_as_draft_does():
    story = "Prime Minister Ana Ruiz of Peru arrived in Quito on Friday, opening an official visit."
    _, by_day = read_article(story, dt.date(2016, 11, 30))
    _, by_month = read_article(story, dt.date(2016, 11, 30), day_known=False)
    assert [f.fields.get("start") for f in by_day if f.kind == "legs"] == ["2016-11-25"]
    # Which Friday of November is not known: no day is drafted rather than a wrong one.
    assert [f.fields.get("start") for f in by_month if f.kind == "legs"] in ([None], ["2016-11"])


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


def test_a_month_is_no_place():

    reader = Reader("A visit in November.", dt.date(2023, 6, 9))
    assert reader._places("November") == []
    assert [p[3] for p in reader._places("Bergen")] == ["Bergen"]


def test_a_dateline_in_title_case_with_an_agency_and_a_title_s_place_that_is_no_clause():
    from visitkb.drafting.clauses import PERSON

    head = dateline("Saint Lucia (KNA) - The President arrived on Friday.")
    assert head is not None and head.group("city") == "Saint Lucia"
    assert dateline("On Friday (local time) - he said") is None
    text = "the President of the Republic was received by the Peruvian Deputy Minister, Mr. Luis Torres."
    assert [m.group("name") for m in PERSON.finditer(text)] == []
    titled = PERSON.search("President of the Republic of Peru Ana Quispe said")
    assert titled is not None and titled.group("name") == "Ana Quispe"


@pytest.mark.parametrize(
    "text, named",
    [
        ("She flew on to the US on Monday.", ["US"]),
        ("Chile's leader went to the US by sea", ["CL", "US"]),
        ("The US and Canada signed it.", ["US", "CA"]),
        ("Trade with the US, he said, has doubled.", ["US"]),
        # Before a noun it is an adjective, as "American" would be, and glued to "$" a currency.
        ("A US official and the US House welcomed her.", []),
        ("a grant of US$ 5 million", []),
        ("a grant of 5 million US dollars", []),
    ],
)
def test_the_us_is_a_country_named_where_the_clause_goes_on_after_it(text, named):
    assert [code for _, _, code in countries_in(text)] == named


def test_a_visit_to_the_us_told_by_its_short_name_is_a_leg():
    story = "Madrid (Wire) - President Ana Ruiz, hoping for new trade, yesterday began a state visit to the US."
    _, findings = read_article(story, dt.date(2019, 5, 8))
    assert [f.fields["country"] for f in findings if f.kind == "legs"] == ["US"]


@pytest.mark.parametrize("region", ["South American", "Latin American", "North American", "Central American"])
def test_a_regions_people_are_no_countrys(region):
    assert not gazetteer.adjective_pattern().search(f"a tour of {region} states")
    assert gazetteer.adjective_pattern().search("an American firm and a South African one")


@pytest.mark.parametrize(
    "text, named",
    [
        ("The delegation boarded an Oman Air jet in Finland.", ["FI"]),
        ("a chartered Kenya Airways jet to Oman", ["OM"]),
        ("Qatar and Oman signed it in the air.", ["QA", "OM"]),
    ],
)
def test_a_carriers_name_is_no_country(text, named):
    assert [code for _, _, code in countries_in(text)] == named


@pytest.mark.parametrize(
    "text, named",
    [
        ("She flew on to Trinidad.", ["TT"]),
        ("talks in Bosnia", ["BA"]),
        ("a stop in St Vincent and the Grenadines", ["VC"]),
        ("a stop in St. Lucia and then Saint Kitts", ["LC", "KN"]),
        # A group of islands named together is no one island's state; "Turks" is a people.
        ("Turks and Kurds", []),
    ],
)
def test_a_state_of_two_lands_goes_by_the_first_and_saints_shortened(text, named):
    assert [code for _, _, code in countries_in(text)] == named


def test_doubled_spaces_of_pasted_copy_are_read_as_one_and_the_draft_still_checks(tmp_path):
    article = tmp_path / "pasted.txt"
    article.write_text(
        "  The President of Chile, Ana Ruiz, concluded her official visit to  Lima today.\n\n  She met\tthe press.",
        encoding="utf-8",
    )
    out = tmp_path / "drafts" / "pasted.yaml"
    ran = cli(
        "draft", str(article), "--source", "test-pasted-2019-05-08", "--published", "2019-05-08", "--out", str(out)
    )
    assert ran.returncode == 0, ran.stderr
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert [leg["country"] for trip in draft["trips"] for leg in trip["legs"]] == ["PE"]
    archived = (out.parent / "archive" / "test-pasted-2019-05-08.txt").read_text(encoding="utf-8")
    assert archived.startswith("  The President") and "visit to Lima" in archived  # indentation kept
    assert cli("check", "--strict", "-d", ":bundled:", "-d", str(out.parent)).returncode == 0


@pytest.mark.parametrize(
    "text, days",
    [
        ("On the 18th Ruto flew to Lima.", [("2023-05-18", None)]),
        ("on the 18th President Ruto met the press", [("2023-05-18", None)]),
        # A gathering's number is no day, whatever the words of its name.
        ("at the 14th Pacific Islands Forum", []),
        ("the 14th Organisation of Islamic Cooperation summit, in Banjul", []),
    ],
)
def test_an_ordinal_before_a_name_is_a_day_unless_the_name_is_a_gatherings(text, days):
    assert [d[2:] for d in find_dates(text, dt.date(2023, 5, 22))] == days


def test_us_in_a_headline_in_capitals_is_a_pronoun_and_a_territory_goes_by_its_whole_name():
    assert countries_in("PUTIN SAYS THE WEST WANTS TO DESTROY US. JOIN US") == []
    assert [code for _, _, code in countries_in("a state visit to the US. TRUMP said")] == ["US"]
    # "Wallis" is a surname too: only a state of two lands goes by its first.
    assert [code for _, _, code in countries_in("Wallis said so in Trinidad.")] == ["TT"]


def test_a_paragraph_of_spaces_is_no_caption_said_twice_and_is_read_at_once():
    # A caption said twice is found from its first visible character: a run of spaces cannot fall on either side
    # of it every way (800 spaces took half a minute).
    from visitkb.drafting.reader import _TWICE

    assert _TWICE.fullmatch(" " * 3000 + "visit") is None
    assert _TWICE.fullmatch("\u2009 " * 1500 + "visit") is None
    said = "A crowd greets the president in Lima on Monday."
    assert _TWICE.fullmatch(f"{said}  {said}")
