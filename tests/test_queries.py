"""Queries answer the analyst's questions from the bundled data, with their sources."""

import datetime as dt

import pytest

from visitkb import queries


def ids(rows):
    return [r["id"] for r in rows]


def test_xi_trips_are_the_2013_2014_and_2016_tours_in_order(bundled):
    rows = queries.trips(bundled, leader="xi")
    assert ids(rows) == ["xi-2013-latin-america", "xi-2014-latin-america", "xi-2016-latin-america"]
    assert [[c["code"] for c in r["countries"]] for r in rows] == [
        ["TT", "CR", "MX", "US"], ["BR", "AR", "VE", "CU"], ["EC", "PE", "CL"]]
    tour = rows[2]
    assert (tour["start"], tour["end"], tour["returned"]) == ("2016-11-17", "2016-11-23", "2016-11-25")
    assert [leg["start"] for leg in tour["legs"]] == ["2016-11-17", "2016-11-18", "2016-11-22"]
    assert tour["legs"][1]["events"] == [{"id": "apec-2016-lima",
                                          "name": "24th APEC Economic Leaders' Meeting"}]


def test_the_disputed_start_date_keeps_both_claims_with_sources(bundled):
    tour = queries.trips(bundled, leader="xi", year=2016)[0]
    assert tour["start"] == "2016-11-17"
    assert tour["claims"] == [{"field": "start", "value": "2016-11-16", "note": tour["claims"][0]["note"],
                               "sources": ["chinadaily-europe-2016-11-27"]}]
    assert "mfa-2016-11-10-briefing" in tour["sources"]


@pytest.mark.parametrize("filters, expected", [
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
])
def test_trip_filters(bundled, filters, expected):
    assert ids(queries.trips(bundled, **filters)) == expected


def test_agreements_with_peru_include_the_tour_documents_and_nothing_chile_only(bundled):
    rows = queries.agreements(bundled, country="peru")
    assert ids(rows) == ["xi-2016-bilateral-cooperation-documents", "xi-2016-peru-production-capacity"]
    assert all("PE" in [p["code"] for p in r["parties"]] for r in rows)
    count = rows[0]["count"]
    assert count == {"value": 40, "qualifier": "more-than", "text": "more than 40"}
    assert rows[0]["domains"] == ["trade", "finance", "energy", "infrastructure", "agriculture",
                                  "cultural exchanges"]


def test_agreements_with_chile_include_the_fta_and_the_santiago_twelve(bundled):
    rows = queries.agreements(bundled, country="Chile")
    assert ids(rows) == ["china-chile-fta-2005", "xi-2016-bilateral-cooperation-documents",
                         "xi-2016-chile-bilateral-agreements"]
    assert rows[2]["count"]["value"] == 12


def test_agreement_filters(bundled):
    assert ids(queries.agreements(bundled, domain="production capacity")) == [
        "xi-2016-ecuador-production-capacity", "xi-2016-peru-production-capacity"]
    assert ids(queries.agreements(bundled, country="ecuador", domain="mining")) == [
        "xi-2016-ecuador-bilateral-agreements"]
    assert ids(queries.agreements(bundled, year=2013)) == ["xi-2013-agreements"]
    assert "china-chile-fta-2005" not in ids(queries.agreements(bundled, leader="xi"))
    assert set(ids(queries.agreements(bundled, leader="xi", year=2015))) == {
        "china-celac-2015-beijing-declaration", "china-celac-2015-cooperation-plan",
        "china-celac-forum-regulations"}


def test_an_agreement_dated_by_a_leg_known_only_by_arrival_spans_to_the_trip_end(bundled):
    row = next(r for r in queries.agreements(bundled) if r["id"] == "xi-2016-peru-production-capacity")
    assert (row["date"], row["dated_by"]) == ("2016-11-18/2016-11-23", "visit")
    assert row["signed"] is None


def test_the_two_2025_targets_and_their_figures(bundled):
    rows = {r["id"]: r for r in queries.targets(bundled, as_of="2026-11-30")}
    trade = rows["china-lac-trade-500bn-2025"]
    investment = rows["china-lac-investment-250bn-2025"]
    assert (trade["goal"]["amount"], trade["goal"]["unit"], trade["deadline"]) == (500e9, "USD", "2025")
    assert (investment["goal"]["amount"], investment["deadline"]) == (250e9, "2025")
    assert trade["baseline"]["value"] == 261.2 and trade["baseline"]["period"] == "2012"
    assert [(o["period"], o["value"], o["qualifier"]) for o in trade["observations"]] == [
        ("2012", 261.2, "exact"), ("2016-01/2016-06", 99.2, "exact"), ("2022", 495, "exact"),
        ("2023", 489, "exact"), ("2024", 500, "more-than"), ("2024", 518, "exact")]
    assert (trade["status"], trade["progress"], trade["met_in"]) == ("met", 1.036, "2024")
    assert trade["latest"]["value"] == 518 and trade["latest"]["sources"] == ["tass-2025-05-13"]
    # No figure for investment: unknown, not zero.
    assert (investment["status"], investment["progress"], investment["latest"]) == ("unknown", None, None)
    assert investment["announced_by"] == {"id": "xi-jinping", "name": "Xi Jinping"}


@pytest.mark.parametrize("as_of, status, progress", [
    ("2013-01-01", "unknown", None),      # the 2012 figure was reported in June 2013
    ("2016-12-31", "unknown", 0.5224),    # only the baseline and a half-year figure
    ("2023-08-01", "on-track", 0.99),     # 495 in 2022 against a straight path to 500
    ("2024-01-15", "on-track", 0.978),    # 489 in 2023
    ("2025-05-13", "met", 1.036),         # the 2024 figures are reported
])
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

    root = write_kb(tmp_path, {"targets.yaml": """
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
    """})
    kb = load(root)
    assert kb.diagnostics == []
    behind = queries.targets(kb, as_of="2016-06-01")[0]
    assert behind["status"] == "behind" and "below the 75" in behind["reason"]
    assert queries.targets(kb, as_of="2021-06-01")[0]["status"] == "missed"
