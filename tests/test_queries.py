"""Queries answer the analyst's questions from the bundled data, with their sources."""

import datetime as dt

import pytest

from conftest import write_kb
from visitkb import load, queries


def ids(rows):
    return [r["id"] for r in rows]


def test_xi_trips_are_the_2013_2014_and_2016_tours_in_order(bundled):
    rows = queries.trips(bundled, leader="xi")
    assert ids(rows) == ["xi-2013-latin-america", "xi-2014-latin-america", "xi-2016-latin-america"]
    assert [[c["code"] for c in r["countries"]] for r in rows] == [
        ["TT", "CR", "MX", "US"],
        ["BR", "AR", "VE", "CU"],
        ["EC", "PE", "CL"],
    ]
    tour = rows[2]
    assert (tour["start"], tour["end"], tour["returned"]) == ("2016-11-17", "2016-11-23", "2016-11-25")
    assert [leg["start"] for leg in tour["legs"]] == ["2016-11-17", "2016-11-18", "2016-11-22"]
    assert tour["legs"][1]["events"] == [{"id": "apec-2016-lima", "name": "24th APEC Economic Leaders' Meeting"}]


def test_the_disputed_start_date_keeps_both_claims_with_sources(bundled):
    tour = queries.trips(bundled, leader="xi", year=2016)[0]
    assert tour["start"] == "2016-11-17"
    assert tour["claims"] == [
        {
            "field": "start",
            "value": "2016-11-16",
            "note": tour["claims"][0]["note"],
            "sources": ["chinadaily-europe-2016-11-27"],
        }
    ]
    assert "mfa-2016-11-10-briefing" in tour["sources"]


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"country": "peru"}, ["xi-2016-latin-america"]),
        ({"country": "CN"}, ["correa-2015-china"]),
        ({"country": "United States"}, ["xi-2013-latin-america"]),
        ({"year": 2014}, ["xi-2014-latin-america"]),
        ({"year": 2015}, ["correa-2015-china"]),
        ({"since": "2015-06"}, ["correa-2015-china", "xi-2016-latin-america"]),
        ({"since": "2016-11", "until": "2016-12"}, ["xi-2016-latin-america"]),
        ({"until": "2013-05-31"}, ["xi-2013-latin-america"]),
        ({"until": "2013-05-30"}, []),
        ({"leader": "correa"}, ["correa-2015-china"]),
        ({"leader": "xi", "country": "norway"}, []),
    ],
)
def test_trip_filters(bundled, filters, expected):
    assert ids(queries.trips(bundled, **filters)) == expected


def test_agreements_with_peru_include_the_tour_documents_and_nothing_chile_only(bundled):
    rows = queries.agreements(bundled, country="peru")
    assert ids(rows) == ["xi-2016-bilateral-cooperation-documents", "xi-2016-peru-production-capacity"]
    assert all("PE" in [p["code"] for p in r["parties"]] for r in rows)
    count = rows[0]["count"]
    assert count == {"value": 40, "qualifier": "more-than", "wording": "more than 40", "text": "more than 40"}
    assert rows[0]["domains"] == ["trade", "finance", "energy", "infrastructure", "agriculture", "cultural exchanges"]


def test_agreements_with_chile_include_the_fta_and_the_santiago_twelve(bundled):
    rows = queries.agreements(bundled, country="Chile")
    assert ids(rows) == [
        "china-chile-fta-2005",
        "xi-2016-bilateral-cooperation-documents",
        "xi-2016-chile-bilateral-agreements",
    ]
    assert rows[2]["count"]["value"] == 12


def test_agreement_filters(bundled):
    assert ids(queries.agreements(bundled, domain="production capacity")) == [
        "xi-2016-ecuador-production-capacity",
        "xi-2016-peru-production-capacity",
    ]
    assert ids(queries.agreements(bundled, country="ecuador", domain="mining")) == [
        "xi-2016-ecuador-bilateral-agreements"
    ]
    assert ids(queries.agreements(bundled, year=2013)) == ["xi-2013-agreements"]
    assert "china-chile-fta-2005" not in ids(queries.agreements(bundled, leader="xi"))
    assert set(ids(queries.agreements(bundled, leader="xi", year=2015))) == {
        "china-celac-2015-beijing-declaration",
        "china-celac-2015-cooperation-plan",
        "china-celac-forum-regulations",
    }


def test_an_agreement_dated_by_a_leg_known_only_by_arrival_spans_until_the_next_leg(bundled):
    row = next(r for r in queries.agreements(bundled) if r["id"] == "xi-2016-peru-production-capacity")
    assert (row["date"], row["dated_by"]) == ("2016-11-18/2016-11-22", "visit")
    assert row["signed"] is None


def test_the_two_2025_targets_and_their_figures(bundled):
    rows = {r["id"]: r for r in queries.targets(bundled, as_of="2026-11-30")}
    trade = rows["china-lac-trade-500bn-2025"]
    investment = rows["china-lac-investment-250bn-2025"]
    assert (trade["goal"]["amount"], trade["goal"]["unit"], trade["deadline"]) == (500e9, "USD", "2025")
    assert (investment["goal"]["amount"], investment["deadline"]) == (250e9, "2025")
    assert trade["baseline"]["value"] == 261.2 and trade["baseline"]["period"] == "2012"
    assert [(o["period"], o["value"], o["qualifier"]) for o in trade["observations"]] == [
        ("2012", 261.2, "exact"),
        ("2016-01/2016-06", 99.2, "exact"),
        ("2022", 495, "exact"),
        ("2023", 489, "exact"),
        ("2024", 500, "more-than"),
        ("2024", 518, "more-than"),  # "over 518 bn" per China customs
    ]
    assert (trade["status"], trade["progress"], trade["met_in"]) == ("met", 1.036, "2024")
    assert trade["latest"]["value"] == 518 and trade["latest"]["sources"] == ["tass-2025-05-13"]
    # No figure for investment: unknown, not zero.
    assert (investment["status"], investment["progress"], investment["latest"]) == ("unknown", None, None)
    assert investment["announced_by"] == {"id": "xi-jinping", "name": "Xi Jinping"}


@pytest.mark.parametrize(
    "as_of, status, progress",
    [
        ("2013-01-01", "unknown", None),  # the 2012 figure was reported in June 2013
        ("2016-12-31", "unknown", 0.5224),  # only the baseline and a half-year figure
        ("2023-08-01", "on-track", 0.99),  # 495 in 2022 against a straight path to 500
        ("2024-01-15", "on-track", 0.978),  # 489 in 2023
        ("2025-05-13", "met", 1.036),  # the 2024 figures are reported
    ],
)
def test_trade_target_status_depends_on_what_was_known_when(bundled, as_of, status, progress):
    row = next(r for r in queries.targets(bundled, as_of=as_of) if r["id"].startswith("china-lac-trade"))
    assert (row["status"], row["progress"]) == (status, progress)


def test_half_year_figures_never_count_against_an_annual_goal(bundled):
    row = next(r for r in queries.targets(bundled, as_of="2017-01-01") if "trade" in r["id"])
    half = next(o for o in row["observations"] if o["period"] == "2016-01/2016-06")
    assert half["counted"] is False


def test_targets_default_to_today_and_filter_by_status(bundled):
    assert all(r["as_of"] == dt.date.today().isoformat() for r in queries.targets(bundled))
    assert ids(queries.targets(bundled, status="met", as_of="2026-01-01")) == ["china-lac-trade-500bn-2025"]
    with pytest.raises(ValueError, match="unknown status"):
        queries.targets(bundled, status="done")


def test_a_missed_and_a_behind_target(tmp_path):
    from conftest import write_kb
    from visitkb import load

    root = write_kb(
        tmp_path,
        {
            "targets.yaml": """
        targets:
          - id: exports
            title: Exports of 100 million EUR by 2020
            parties: [BR, NO]
            metric: exports per year
            measure: annual
            goal: {value: 100, scale: million, unit: EUR}
            deadline: 2020
            baseline: {value: 50, period: 2010, citations: [{source: report}]}
            citations: [{source: report}]
            observations:
              - {period_start: 2015, value: 60, citations: [{source: report}]}
              - {period_start: 2020, value: 90, citations: [{source: report}]}
    """
        },
    )
    kb = load(root)
    # The older form (figures inside the target) still counts, with a warning that says the new one.
    assert [d.code for d in kb.diagnostics] == ["older-form"]
    behind = queries.targets(kb, as_of="2016-06-01")[0]
    assert behind["status"] == "behind" and "below the 75" in behind["reason"]
    assert queries.targets(kb, as_of="2021-06-01")[0]["status"] == "missed"


# --- partnerships, relations, anniversaries, events, visits, timeline, search ---------------


def test_partnerships_show_current_levels_and_with_history_every_upgrade(bundled):
    current = queries.partnerships(bundled, country="ecuador")
    assert [(p["level"], p["since"]) for p in current] == [("comprehensive-strategic-partnership", "2016-11-17")]
    assert current[0]["announced_during"]["id"] == "xi-2016-ecuador"
    history = queries.partnerships(bundled, country="ecuador", history=True)
    assert [p["id"] for p in history] == ["china-ecuador-strategic-2015", "china-ecuador-comprehensive-strategic-2016"]
    assert history[1]["upgraded_from"] == "china-ecuador-strategic-2015"
    strategic = queries.partnerships(bundled, level="comprehensive-strategic-partnership")
    assert {p["id"] for p in strategic} == {
        "china-ecuador-comprehensive-strategic-2016",
        "china-chile-comprehensive-strategic-2016",
        "china-peru-comprehensive-strategic-2013",
    }
    with pytest.raises(ValueError, match="use one of: partnership, cooperative-partnership"):
        queries.partnerships(bundled, level="best-friends")


def test_relations_count_whole_years_and_say_the_count_is_derived(bundled):
    rows = queries.relations(bundled, as_of="2026-11-30")
    assert [(r["countries"][1]["code"], r["established"], r["years"]) for r in rows] == [
        ("CL", "1970", 56),
        ("PE", "1971", 55),
        ("TT", "1974", 52),
        ("EC", "1980", 46),
        ("CR", "2007", 19),
    ]
    assert rows[0]["years_derived"].startswith("2026-11-30 − 1970")


def test_anniversaries_of_2026_include_peru_55th_and_the_tenth_of_the_2016_upgrades(bundled):
    rows = queries.anniversaries(bundled, year=2026)
    assert [(r["nth"], r["record"]) for r in rows] == [
        (55, "china-peru"),
        (10, "china-ecuador-comprehensive-strategic-2016"),
        (10, "china-chile-comprehensive-strategic-2016"),
    ]
    assert rows[0]["anniversary"] == "55th anniversary of diplomatic relations between China and Peru"
    assert rows[0]["derived"] == "2026 − 1971 = 55"
    assert [r["nth"] for r in queries.anniversaries(bundled, year=2016)] == [45]  # Peru, as the seed says


def test_events_list_participants_from_the_event_and_from_trips(bundled):
    lima = [e for e in queries.events(bundled, country="peru", year=2016)]
    assert [e["id"] for e in lima] == ["apec-2016-lima"]
    assert [p["id"] for p in lima[0]["participants"]] == ["xi-jinping"]
    assert [e["id"] for e in queries.events(bundled, leader="xi", year=2014)] == ["brics-2014-fortaleza"]


def test_visits_flatten_legs_and_filter_each_leg(bundled):
    rows = queries.visits(bundled, leader="xi", year=2016)
    assert [v["id"] for v in rows] == ["xi-2016-ecuador", "xi-2016-peru", "xi-2016-chile"]
    assert rows[0]["trip"]["id"] == "xi-2016-latin-america" and rows[0]["leader"]["id"] == "xi-jinping"
    assert [v["id"] for v in queries.visits(bundled, country="peru")] == ["xi-2016-peru"]


def test_timeline_of_november_2016_reads_as_the_tour_day_by_day(bundled):
    rows = queries.timeline(bundled, since="2016-11", until="2016-12")
    days = [r["date"][:10] for r in rows]
    assert days == sorted(days)
    assert [(r["date"], r["kind"]) for r in rows if r["kind"] in ("trip", "visit", "event")] == [
        ("2016-11-16", "trip"),  # Xi left Beijing the day before his first day abroad
        ("2016-11-17/2016-11-18", "visit"),  # open until the next leg began
        ("2016-11-18/2016-11-22", "visit"),
        ("2016-11-19/2016-11-20", "event"),
        ("2016-11-22/2016-11-23", "visit"),
        ("2016-11-25", "trip"),
    ]
    assert {"china-ecuador-comprehensive-strategic-2016", "xi-2016-chile-bilateral-agreements"} <= {
        r["record"] for r in rows
    }


def test_timeline_places_a_partial_date_before_the_days_it_covers(tmp_path):
    root = write_kb(
        tmp_path / "kb",
        {
            "relations.yaml": """
        relations:
          - {id: br-no, countries: [BR, NO], established: 2019-03, citations: [{source: report}]}
    """
        },
    )
    rows = queries.timeline(load(root))
    assert [(r["date"], r["kind"]) for r in rows] == [
        ("2019-03", "relations"),
        ("2019-03-01", "trip"),
        ("2019-03-01/2019-03-03", "visit"),
        ("2019-03-01/2019-03-03", "agreement"),
    ]
    assert rows[0]["text"] == "Brazil and Norway establish diplomatic relations"


def test_search_finds_the_production_capacity_agreements_first(bundled):
    rows = queries.search(bundled, "Production Capacity")
    assert [r["id"] for r in rows[:2]] == ["xi-2016-ecuador-production-capacity", "xi-2016-peru-production-capacity"]
    assert rows[0]["match"] == "phrase" and "production capacity" in rows[0]["snippet"]
    assert queries.search(bundled, "zzzzqqq") == []
    with pytest.raises(ValueError):
        queries.search(bundled, "  ")


def test_cite_adds_each_rows_sources_with_excerpts(bundled):
    rows = queries.cite(bundled, queries.trips(bundled, leader="xi", year=2016), "trips")
    citations = rows[0]["citations"]
    assert any(c["excerpt"] and c["publisher"] == "China Daily" for c in citations)
    assert {c["at"].split(".")[0].split("[")[0] for c in citations} == {"citations", "legs", "claims"}


def test_date_filters_read_only_what_can_match_and_miss_nothing(bundled, tmp_path):
    from visitkb.dates import overlaps, parse_optional

    root = write_kb(
        tmp_path / "kb",
        {
            "trips/undated.yaml": """
        trips:
          - id: legs-only
            leader: ana-lima
            title: Dated only by its legs
            citations: [{source: report}]
            legs:
              - {id: l1, country: DK, types: [official], start: 2020-02, citations: [{source: report}]}
              - {id: l2, country: SE, types: [official], end: 2020-03-02, citations: [{source: report}]}
          - id: no-dates
            leader: ana-lima
            title: Not dated at all
            citations: [{source: report}]
            legs: [{id: l3, country: FI, types: [official], citations: [{source: report}]}]
    """
        },
    )
    for kb in (bundled, load(root)):
        every = [t["id"] for t in queries.trips(kb)]
        for since, until in [
            ("2013", "2013"),
            ("2014-07", None),
            (None, "2014-07-16"),
            ("2016-11-23", "2016-11-23"),
            ("2020-03", "2020-03"),
            ("2019", None),
        ]:
            expected = [
                i
                for i in every
                if overlaps(*queries.trip_span(kb.get("trips", i)), parse_optional(since), parse_optional(until))
            ]
            got = [t["id"] for t in queries.trips(kb, since=since, until=until)]
            assert got == expected, (since, until)
    assert [t["id"] for t in queries.trips(load(root), year=2020)] == ["legs-only"]


def test_the_queries_package_exports_functions_not_its_modules():
    for name in queries.__all__:
        assert not isinstance(getattr(queries, name), type(queries)), name


def test_agreements_of_a_leader_read_narrowly_are_those_a_full_read_finds():
    from visitkb.queries.agreements import agreement_leaders

    kb = load()
    found = 0
    for person in kb.records("people"):
        everyone = [a["id"] for a in kb.records("agreements") if person["id"] in agreement_leaders(kb, a)]
        narrowed = [row["id"] for row in queries.agreements(kb, leader=person["id"])]
        assert sorted(narrowed) == sorted(everyone), person["id"]
        found += len(everyone)
    assert found >= 5


@pytest.mark.parametrize("which", ["bundled", "interop"])
def test_visits_counted_by_the_index_are_the_legs_in_person_and_held(which, request):
    kb = load() if which == "bundled" else request.getfixturevalue("interop")
    home = {p["id"]: p["country"] for p in kb.records("people")}
    received: dict[str, int] = {}
    abroad: dict[str, int] = {}
    for trip, leg in kb.visits():
        if leg["mode"] == "in-person" and leg.get("status") != "planned":
            received[leg["country"]] = received.get(leg["country"], 0) + 1
            abroad[home[trip["leader"]]] = abroad.get(home[trip["leader"]], 0) + 1
    assert received and abroad
    rows = {row["code"]: row for row in queries.countries(kb)}
    assert {c: r["visits_received"] for c, r in rows.items() if r["visits_received"]} == received
    assert {c: r["visits_abroad"] for c, r in rows.items() if r["visits_abroad"]} == abroad


@pytest.mark.parametrize("which", ["bundled", "interop"])
def test_records_counted_by_country_are_those_whose_parties_name_it(which, request):
    kb = load() if which == "bundled" else request.getfixturevalue("interop")
    rows = {row["code"]: row for row in queries.countries(kb)}
    for collection, field in (("agreements", "parties"), ("relations", "countries"), ("partnerships", "parties")):
        expected: dict[str, int] = {}
        for record in kb.records(collection):
            for code in {c for c in record[field] if c.isupper()}:
                expected[code] = expected.get(code, 0) + 1
        assert expected or collection != "agreements"
        assert {c: r[collection] for c, r in rows.items() if r[collection]} == expected, collection


def _every_filter_narrows_to_the_full_timeline_filtered(kb) -> int:
    """A country or leader filter reads only what the index says can match; it must miss nothing."""
    full = queries.timeline(kb)
    countries = sorted({code for row in full for code in row["countries"] if code.isupper()})  # not organizations
    leaders = sorted({person for row in full for person in row["leaders"]})
    for code in countries:
        assert queries.timeline(kb, country=code) == [r for r in full if code in r["countries"]], code
    for person in leaders:
        assert queries.timeline(kb, leader=person) == [r for r in full if person in r["leaders"]], person
    return len(countries) + len(leaders)


def test_a_filtered_timeline_misses_nothing_the_full_one_holds(bundled, interop):
    assert _every_filter_narrows_to_the_full_timeline_filtered(bundled) > 10
    assert _every_filter_narrows_to_the_full_timeline_filtered(interop) > 5


def test_a_filtered_timeline_of_a_generated_knowledge_base_misses_nothing(tmp_path, monkeypatch):
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).parents[1] / "benchmarks" / "generate.py"
    spec = importlib.util.spec_from_file_location("generate", path)
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "generate", generate)  # its dataclasses look their module up
    spec.loader.exec_module(generate)
    generate.write(generate.generate(150, seed=7), tmp_path)
    assert _every_filter_narrows_to_the_full_timeline_filtered(load(tmp_path / "data")) > 50


def test_agreements_by_leader_miss_nothing_the_unfiltered_listing_holds(bundled, interop):
    for kb in (bundled, interop):
        every = queries.agreements(kb)
        leaders = sorted({person["id"] for row in every for person in row["leaders"]})
        assert leaders
        for person in leaders:
            expected = [row for row in every if person in {p["id"] for p in row["leaders"]}]
            assert queries.agreements(kb, leader=person) == expected, person


def test_a_leader_who_only_met_someone_at_a_summit_is_there_for_its_agreements(tmp_path):
    # Neither the event nor the agreement names Ana: she is there because she met someone on its sidelines.
    root = write_kb(
        tmp_path / "kb",
        {
            "summit.yaml": """
        people:
          - {id: min-seo, name: Min Seo, country: KR, citations: [{source: report}]}
        events:
          - {id: summit-2020, name: Regional summit, kind: summit, host: JP, start: 2020-06-28,
             citations: [{source: report}]}
        meetings:
          - {id: ana-min-2020, people: [ana-lima, min-seo], form: sideline, event: summit-2020,
             citations: [{source: report}]}
        agreements:
          - {id: summit-2020-declaration, title: Summit declaration, parties: [JP, KR], event: summit-2020,
             citations: [{source: report}]}
    """
        },
    )
    kb = load(root)
    assert "summit-2020-declaration" in {row["id"] for row in queries.agreements(kb, leader="ana-lima")}
    assert "summit-2020-declaration" in {row["record"] for row in queries.timeline(kb, leader="ana-lima")}
