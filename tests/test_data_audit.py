"""The bundled records against their sources: each fact an audit corrected stays corrected.

Every record in data/ was read against the source it cites; these are the corrections, one test
each, so that a later edit cannot bring back what the sources do not say.
"""

from conftest import cli
from visitkb import queries


def citation_of(record, source):
    return next(c for c in record["citations"] if c["source"] == source)


def test_the_whole_bundled_knowledge_base_checks_clean_under_strict():
    from visitkb.datadirs import bundled_data_dir

    result = cli("check", "--strict", "--sources", str(bundled_data_dir() / "archive"))
    assert (result.returncode, result.stderr) == (0, "")


def test_sunnylands_is_one_place_in_rancho_mirage_and_xi_arrived_on_6_june(bundled):
    leg = bundled.get("visits", "xi-2013-united-states")
    assert (leg["cities"], leg["start"]) == (["Rancho Mirage"], "2013-06-06")


def test_the_ecuador_upgrade_date_rests_on_a_report_that_gives_it(bundled):
    partnership = bundled.get("partnerships", "china-ecuador-comprehensive-strategic-2016")
    dated = [c["source"] for c in partnership["citations"] if "since" in c["supports"]]
    assert dated == ["xinhua-peopledaily-2016-11-18-ecuador"]
    preview = citation_of(partnership, "xinhua-chinadaily-2016-11-10")  # written before the visit
    assert preview["supports"] == ["upgraded_from"] and "17 November" not in preview["note"]


def test_correa_is_named_with_his_full_name_and_office(bundled):
    correa = bundled.get("people", "rafael-correa")
    assert correa["offices"][0]["title"] == "President of Ecuador"
    assert all("only as Correa" not in note for note in correa["notes"])


def test_the_fourth_china_celac_meeting_was_in_beijing(bundled):
    event = bundled.get("events", "china-celac-2025")
    assert (event["host"], event["city"]) == ("CN", "Beijing")


def test_the_2024_customs_figure_is_a_floor_and_the_2023_figure_counts_only_after_2023(bundled):
    customs = bundled.get("figures", "china-lac-trade-2024-customs")
    assert (customs["value"]["value"], customs["value"]["qualifier"]) == (518, "more-than")
    trade = next(t for t in queries.targets(bundled, as_of="2023-12-31") if t["id"] == "china-lac-trade-500bn-2025")
    assert trade["latest"]["period"] == "2022"  # the 2023 figure, with no report date, is not yet known


def test_sources_carry_their_real_titles_and_local_names_cite_a_source_that_gives_them(bundled):
    assert bundled.get("sources", "mfa-2016-11-10-briefing")["title"].startswith(
        "Ministry of Foreign Affairs Holds Briefing for Chinese and Foreign Media"
    )
    assert bundled.get("sources", "globaltimes-2014-07-15")["title"] == "Xi Jinping kicks off Latin America tour"
    assert bundled.get("sources", "seed-2016-11-xi-latin-america-tour")["title"] is None  # its headline is unknown
    peru = bundled.get("countries", "PE")
    assert {c["source"] for c in peru["citations"] if "aliases" in c["supports"]} == {"cldr-es", "iso-3166-es"}


def test_where_sources_disagree_both_claims_are_kept(bundled):
    chile = bundled.get("agreements", "xi-2016-chile-bilateral-agreements")
    assert (chile["count"]["value"], chile["claims"][0]["value"]) == (12, "11")
    assert chile["claims"][0]["citations"][0]["source"] == "minrel-2016-11-22"
    pledge = bundled.get("targets", "china-lac-investment-250bn-2025")
    assert (pledge["announced"], pledge["claims"][0]["value"]) == ("2015-01", "2014-07-17")
    brazil = bundled.get("visits", "xi-2014-brazil")
    assert [(s["city"], s["start"]) for s in brazil["stops"]] == [
        ("Fortaleza", "2014-07-15"),
        ("Brasília", "2014-07-17"),
    ]
    assert brazil["claims"][0]["field"] == "stops.1.start" and brazil["claims"][0]["value"] == "2014-07-16"


def test_the_2016_tour_departs_the_day_before_its_first_day_abroad(bundled):
    trip = bundled.get("trips", "xi-2016-latin-america")
    assert (trip["departed"], trip["start"], trip["returned"]) == ("2016-11-16", "2016-11-17", "2016-11-25")
    first = queries.timeline(bundled, since="2016-11-16", until="2016-11-16")[0]
    assert (first["date"], first["kind"]) == ("2016-11-16", "trip") and "sets out" in first["text"]
