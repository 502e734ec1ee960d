"""Profiles and provenance on the bundled knowledge base, as a new user would ask."""

import pytest

from conftest import write_kb
from visitkb import load, profiles
from visitkb.names import UnknownName


def test_chile_profile_has_relations_since_1970_the_2016_upgrade_the_visit_and_agreements(bundled):
    chile = profiles.country(bundled, "chile")
    assert chile["country"]["code"] == "CL"
    assert [r["established"] for r in chile["relations"]] == ["1970"]
    assert [(p["level"], p["since"]) for p in chile["partnerships"]] == [
        ("comprehensive-strategic-partnership", "2016-11-22")
    ]
    assert [(v["id"], v["types"], v["start"]) for v in chile["visits_received"]] == [
        ("xi-2016-chile", ["state"], "2016-11-22")
    ]
    titles = [a["title"] for a in chile["agreements"]]
    assert any("free trade" in t for t in titles) and len(titles) == 3
    assert chile["visits_abroad"] == []


def test_ecuador_profile_shows_visits_both_ways_and_the_upgrade_chain(bundled):
    ecuador = profiles.country(bundled, "Ecuador")
    assert [v["id"] for v in ecuador["visits_abroad"]] == ["correa-2015-china-visit"]
    assert [p["level"] for p in ecuador["partnerships"]] == [
        "strategic-partnership",
        "comprehensive-strategic-partnership",
    ]
    assert [p["current"] for p in ecuador["partnerships"]] == [False, True]


def test_leader_profile_counts_countries_and_lists_events(bundled):
    xi = profiles.leader(bundled, "习近平")
    assert xi["leader"]["id"] == "xi-jinping"
    assert len(xi["trips"]) == 3
    counts = {c["code"]: c["visits"] for c in xi["countries_visited"]}
    assert counts == dict.fromkeys(["AR", "BR", "CL", "CR", "CU", "EC", "MX", "PE", "TT", "US", "VE"], 1)
    assert "apec-2016-lima" in [e["id"] for e in xi["events"]]


def test_countries_visited_are_counted_per_visit_most_first(tmp_path):
    root = write_kb(
        tmp_path / "kb",
        {
            "trips/ana-2021.yaml": """
        trips:
          - id: ana-2021
            leader: ana-lima
            title: Nordic tour
            citations: [{source: report}]
            legs:
              - {id: ana-2021-denmark, country: DK, types: [official], citations: [{source: report}]}
              - {id: ana-2021-norway, country: NO, types: [working], citations: [{source: report}]}
    """
        },
    )
    ana = profiles.leader(load(root), "Presidenta Lima")
    assert ana["countries_visited"] == [
        {"code": "NO", "name": "Norway", "visits": 2},
        {"code": "DK", "name": "Denmark", "visits": 1},
    ]


def test_show_gives_the_record_its_sources_claims_and_referrers(bundled):
    shown = profiles.show(bundled, "xi-2016-latin-america")
    assert shown["collection"] == "trips"
    assert shown["record"]["start"] == "2016-11-17"
    assert [c["field"] for c in shown["claims"]] == ["start"]
    claim = shown["claims"][0]
    assert claim["recorded"]["value"] == "2016-11-17" and claim["claimed"]["value"] == "2016-11-16"
    assert {c["source"] for c in claim["recorded"]["sources"]} == {"mfa-2016-11-10-briefing"}
    assert {c["source"] for c in claim["claimed"]["sources"]} == {"chinadaily-europe-2016-11-27"}
    assert any(c["excerpt"] for c in shown["citations"])
    assert {"collection": "agreements", "id": "xi-2016-bilateral-cooperation-documents", "via": None} in shown[
        "referred_by"
    ]


def test_show_of_a_leg_names_its_trip(bundled):
    shown = profiles.show(bundled, "xi-2016-peru")
    assert shown["collection"] == "visits" and shown["trip"]["id"] == "xi-2016-latin-america"


def test_show_of_an_unknown_id_suggests_close_ones(bundled):
    with pytest.raises(UnknownName) as error:
        profiles.show(bundled, "xi-2016-peruu")
    assert "xi-2016-peru" in error.value.options


def test_conflicts_list_the_tour_start_date_with_both_sources(bundled):
    rows = profiles.conflicts(bundled)
    assert [(r["record"]["id"], r["field"], r["recorded"]["value"], r["claimed"]["value"]) for r in rows] == [
        ("xi-2014-brazil", "stops.1.start", "2014-07-17", "2014-07-16"),  # a stop's date, by its position
        ("xi-2016-latin-america", "start", "2016-11-17", "2016-11-16"),
        ("xi-2016-chile-bilateral-agreements", "count.value", 12, "11"),  # 11 per Chile's foreign ministry
        ("china-lac-investment-250bn-2025", "announced", "2015-01", "2014-07-17"),  # first announced in Brasília
    ]
