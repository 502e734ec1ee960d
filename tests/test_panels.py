"""Country-year and dyad-year panels: what they count, the offices and the multilateral rule, density, keys."""

import csv
import io
import json

import pytest

from conftest import cli
from visitkb import UsageError, queries
from visitkb.queries import country_year_panel, dyad_year_panel
from visitkb.queries.panels import COUNTRY_YEAR_COUNTS, DYAD_YEAR_COUNTS, office_roles


def _by_country(rows):
    return {(r["country"], r["year"]): r for r in rows}


def _by_dyad(rows):
    return {(r["visitor"], r["host"], r["year"]): r for r in rows}


def test_country_years_count_visits_days_meetings_and_documents(interop):
    rows = _by_country(country_year_panel(interop))
    brazil = rows[("BR", 2020)]
    # Ana Lima to Japan (3 days) and Korea (2 days), Rui Costa to Norway (2 days): person-days.
    assert (brazil["visits_made"], brazil["days_abroad"]) == (3, 7)
    assert (brazil["meetings"], brazil["agreements"], brazil["documents"], brazil["documents_at_least"]) == (
        1,
        1,
        10,
        1,
    )
    assert (rows[("KR", 2020)]["visits_received"], rows[("KR", 2020)]["days_hosted"]) == (1, 2)
    japan = rows[("JP", 2020)]
    assert (japan["visits_received"], japan["meetings_hosted"], japan["events_hosted"]) == (1, 1, 1)
    assert rows[("BR", 2021)]["visits_made"] == 0  # the leg by video is not a visit
    assert rows[("BR", 2021)]["meetings"] == 1  # the call is a meeting


def test_planned_visits_and_expected_agreements_are_kept_apart_from_what_happened(interop):
    rows = _by_country(country_year_panel(interop))
    brazil, norway = rows[("BR", 2027)], rows[("NO", 2027)]
    assert (brazil["visits_made"], brazil["visits_planned_made"], brazil["days_abroad"]) == (0, 1, 0)
    assert (norway["visits_received"], norway["visits_planned_received"]) == (0, 1)
    assert (brazil["agreements"], brazil["agreements_expected"], brazil["documents_expected"]) == (0, 1, 5)


def test_a_former_state_has_its_iso_3166_3_keys_and_cow_number(interop):
    soviet = _by_country(country_year_panel(interop))[("SUHH", 1979)]
    assert (soviet["iso3"], soviet["iso_numeric"], soviet["cow_code"], soviet["cow_abb"]) == ("SUN", "810", 365, "RUS")
    assert soviet["visits_made"] == 1
    dyad = _by_dyad(dyad_year_panel(interop))[("SUHH", "BR", 1979)]
    assert (dyad["visitor_iso3"], dyad["visitor_cow_code"], dyad["host_iso3"], dyad["host_cow_code"]) == (
        "SUN",
        365,
        "BRA",
        140,
    )


def test_the_office_option_counts_only_people_holding_it_at_the_time(interop):
    def made(office):
        rows = _by_country(country_year_panel(interop, office=office))
        return {key: row["visits_made"] for key, row in rows.items() if row["visits_made"]}

    assert made(None) == {("BR", 2019): 1, ("BR", 2020): 3, ("SUHH", 1979): 1}
    assert made("head-of-state") == {("BR", 2019): 1, ("BR", 2020): 2, ("SUHH", 1979): 1}
    assert made("head-of-government") == {("BR", 2019): 1, ("BR", 2020): 2}  # roles given for Ana Lima
    assert made("foreign-minister") == {("BR", 2020): 1}
    with pytest.raises(UsageError):
        country_year_panel(interop, office="pope")


def test_office_roles_come_from_the_record_else_from_the_titles_words():
    assert office_roles({"title": "President of Chile", "roles": []}) == {"head-of-state"}
    assert office_roles({"title": "Premier of the State Council", "roles": []}) == {"head-of-government"}
    assert office_roles({"title": "Minister for Foreign Affairs of Australia"}) == {"foreign-minister"}
    assert office_roles({"title": "Secretary of State for Health and Social Care"}) == frozenset()
    assert office_roles({"title": "President of Brazil", "roles": ["head-of-state", "head-of-government"]}) == {
        "head-of-state",
        "head-of-government",
    }


def test_exclude_multilateral_leaves_out_legs_only_to_attend_a_summit(interop):
    rows = _by_country(country_year_panel(interop, exclude_multilateral=True))
    assert (rows[("BR", 2020)]["visits_made"], rows[("BR", 2020)]["days_abroad"]) == (2, 4)
    assert rows[("JP", 2020)]["visits_received"] == 0
    assert ("BR", "JP", 2020) not in _by_dyad(dyad_year_panel(interop, exclude_multilateral=True))


def test_dyad_years_are_directed_for_visits_and_both_ways_for_meetings_and_agreements(interop):
    rows = _by_dyad(dyad_year_panel(interop))
    there, back = rows[("BR", "NO", 2019)], rows[("NO", "BR", 2019)]
    assert (there["visits"], there["days"], there["meetings"], there["agreements"]) == (1, 3, 1, 1)
    assert (back["visits"], back["days"], back["meetings"], back["agreements"]) == (0, 0, 1, 1)
    korea = rows[("BR", "KR", 2020)]
    assert (korea["documents"], korea["documents_at_least"], korea["meetings"]) == (10, 1, 1)
    assert rows[("BR", "NO", 2027)]["visits_planned"] == 1 and rows[("BR", "NO", 2027)]["visits"] == 0


def test_agreements_signed_on_a_tour_are_between_the_visitor_and_each_host(bundled):
    rows = _by_dyad(dyad_year_panel(bundled))
    pairs_2013 = {(v, h) for v, h, y in rows if y == 2013 and rows[(v, h, y)]["agreements"]}
    assert pairs_2013 and all("CN" in pair for pair in pairs_2013)


def test_dense_panels_have_every_unit_for_every_year_with_zeros(interop):
    sparse = country_year_panel(interop, dense=False)
    dense = country_year_panel(interop)
    assert all(any(r[k] for k in COUNTRY_YEAR_COUNTS) for r in sparse)
    countries = {r["code"] for r in queries.countries(interop)}  # every country the knowledge base names
    years = range(min(r["year"] for r in sparse), max(r["year"] for r in sparse) + 1)
    assert {(r["country"], r["year"]) for r in dense} == {
        (c, y) for c in countries for y in years if c != "SUHH" or y <= 1991
    }  # a former state only in the years it existed
    quiet = _by_country(dense)[("KR", 1990)]
    assert all(quiet[k] == 0 for k in COUNTRY_YEAR_COUNTS) and quiet["iso3"] == "KOR"
    ranged = dyad_year_panel(interop, since=2019, until=2021)
    dyads = {(r["visitor"], r["host"]) for r in dyad_year_panel(interop, dense=False, since=2019, until=2021)}
    assert {(r["visitor"], r["host"], r["year"]) for r in ranged} == {
        (v, h, y) for v, h in dyads for y in (2019, 2020, 2021)
    }
    assert all(set(DYAD_YEAR_COUNTS) <= set(r) for r in ranged)


def test_the_cli_prints_each_panel_as_its_function_returns_it(interop_dir, interop):
    result = cli(
        "export",
        "--panel",
        "dyad-year",
        "--exclude-multilateral",
        "--dense",
        "--format",
        "json",
        "-d",
        str(interop_dir),
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == dyad_year_panel(interop, dense=True, exclude_multilateral=True)
    result = cli(
        "export", "--panel", "country-year", "--office", "head-of-state", "--format", "csv", "-d", str(interop_dir)
    )
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(country_year_panel(interop, office="head-of-state"))
    assert {"iso3", "iso_numeric", "cow_code", "cow_abb"} <= set(rows[0])
    bad = cli("export", "--panel", "country-year", "--office", "pope", "-d", str(interop_dir))
    assert bad.returncode == 2 and "--office" in bad.stderr
    backwards = cli("export", "--panel", "country-year", "--since", "2021", "--until", "2019", "-d", str(interop_dir))
    assert backwards.returncode == 2 and "Traceback" not in backwards.stderr


def test_panels_and_the_plover_export_stay_off_pydantic_yaml_and_pycountry(interop_dir, tmp_path):
    """Queries read the index only: once it is built, a panel or a PLOVER export imports none of them."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from visitkb.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('pydantic', 'yaml', 'pycountry') if m in sys.modules), file=sys.stderr)\n"
    )
    env = {**os.environ, "NO_COLOR": "1"}
    commands = [
        ["export", "--panel", "dyad-year", "--dense", "--format", "csv"],
        ["export", "--panel", "country-year", "--office", "head-of-state", "--format", "json"],
        ["export", "--to", "plover", "--out", str(tmp_path / "events.jsonl")],
        ["show", "ana-min-2020-tokyo", "--format", "json"],
    ]
    subprocess.run([sys.executable, "-m", "visitkb", "trips", "-d", str(interop_dir)], env=env, capture_output=True)
    for command in commands:
        ran = subprocess.run(
            [sys.executable, "-c", script, *command, "-d", str(interop_dir)], env=env, capture_output=True, text=True
        )
        assert ran.stderr.strip().splitlines()[-1] == "[]", (command, ran.stderr)


def test_a_planned_leg_says_so_and_is_no_visit_received_in_the_country_directory(interop, interop_dir):
    norway = next(row for row in queries.countries(interop) if row["code"] == "NO")
    assert norway["visits_received"] == 2  # Ana Lima in 2019 and Rui Costa in 2020, not the planned visit
    planned = next(row for row in queries.visits(interop) if row["id"] == "ana-2027-norway-leg")
    assert planned["status"] == "planned"
    table = cli("visits", "--country", "norway", "-d", str(interop_dir)).stdout
    assert "state, planned" in table
    rows = list(csv.DictReader(io.StringIO(cli("visits", "--format", "csv", "-d", str(interop_dir)).stdout)))
    assert {r["id"]: r["status"] for r in rows}["ana-2027-norway-leg"] == "planned"
