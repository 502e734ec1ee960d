"""The knowledge model, capability by capability: written in YAML, checked, queried in table and JSON,
exported to SQLite, and (where sources disagree) shown as a conflict.

One small knowledge base about invented people holds every capability, so that each test reads
what a user would write and asserts what a user relies on.
"""

import json
import sqlite3
import textwrap

import pytest

from conftest import cli
from visitkb import load, profiles, queries
from visitkb.export import to_sqlite

RECORDS = """
    sources:
      - {id: wire, publisher: Example Wire, date: 2019-03-06}
      - {id: paper, publisher: Other Paper, date: 2019-03-07}
      - {id: stats, publisher: Statistics Office, date: 2020-02-01}
    organizations:
      - {id: un, name: United Nations, kind: organization, citations: [{source: wire}]}
      - {id: nordic-forum, name: Nordic Business Forum, kind: forum, citations: [{source: wire}]}
    people:
      - id: ana-lima
        name: Ana Lima
        country: BR
        offices: [{title: President of Brazil, country: BR}]
        citations: [{source: wire}]
      - id: erna-berg
        name: Erna Berg
        country: NO
        offices: [{title: Prime Minister of Norway, country: NO}]
        citations: [{source: wire}]
      - id: kim-sato
        name: Kim Sato
        organization: un
        offices: [{title: Head of a UN programme, organization: un}]
        citations: [{source: wire}]
    events:
      - id: oslo-forum-2019
        name: Oslo business forum
        kind: forum
        organization: nordic-forum
        host: NO
        city: Oslo
        start: 2019-03-03
        attendance:
          - {person: ana-lima, mode: video}
        citations: [{source: wire}]
    trips:
      - id: ana-2019
        leader: ana-lima
        title: Visit to Norway
        start: 2019-03-01
        returned: 2019-03-06
        citations: [{source: wire}]
        legs:
          - id: ana-2019-norway
            country: NO
            types: [state]
            start: 2019-03-01
            stops:
              - {city: Oslo, start: 2019-03-01, end: 2019-03-02}
              - {city: Bergen, start: 2019-03-03, end: 2019-03-04}
            citations: [{source: wire}]
    meetings:
      - id: lima-berg-2019
        people: [ana-lima, erna-berg]
        form: talks
        country: NO
        city: Oslo
        start: 2019-03-01
        visit: ana-2019-norway
        citations: [{source: wire}]
      - id: lima-sato-2019
        people: [ana-lima, kim-sato]
        form: courtesy-call
        country: NO
        start: 2019-03-02
        citations: [{source: paper}]
    agreements:
      - id: ana-2019-energy-deals
        title: Energy deals
        parties: [BR, NO]
        count: {value: 8, qualifier: nearly, wording: nearly eight}
        amount: {value: 2.5, scale: billion, unit: USD, qualifier: up-to, wording: up to 2.5 billion dollars}
        status: signed
        signatories: [ana-lima, erna-berg]
        visits: [ana-2019-norway]
        citations: [{source: wire}]
        claims:
          - field: amount.value
            value: "3"
            citations: [{source: paper, note: Puts the deals at 3 billion dollars.}]
      - id: ana-2019-expected
        title: Agreements expected to be signed
        parties: [BR, NO]
        count: {value: 10, qualifier: about, wording: about ten}
        status: expected
        visits: [ana-2019-norway]
        citations: [{source: wire}]
      - id: forum-declaration-2019
        title: Oslo forum declaration
        parties: [nordic-forum]
        event: oslo-forum-2019
        citations: [{source: wire}]
    figures:
      - id: br-no-trade-2018-br
        metric: trade
        parties: [BR, NO]
        period_start: 2018
        value: {value: 1.2, scale: billion, unit: USD}
        basis: Brazilian statistics
        reported: 2019-02-01
        citations: [{source: stats}]
      - id: br-no-trade-2018-no
        metric: trade
        parties: [BR, NO]
        period_start: 2018
        value: {value: 1.4, scale: billion, unit: USD}
        basis: Norwegian statistics
        reported: 2019-02-10
        citations: [{source: paper}]
      - id: br-no-trade-2019
        metric: trade
        parties: [BR, NO]
        period_start: 2019
        value: {value: 1.9, scale: billion, unit: USD}
        reported: 2020-02-01
        citations: [{source: stats}]
    targets:
      - id: br-no-trade-plus-50
        title: Raise trade by half by 2020
        parties: [BR, NO]
        metric: trade
        measure: annual
        goal: {value: 50, unit: percent}
        deadline: 2020
        baseline: {value: 1.2, scale: billion, unit: USD, period: 2018, citations: [{source: stats}]}
        announced: 2019-03-01
        announced_by: ana-lima
        announced_during: ana-2019-norway
        citations: [{source: wire}]
      - id: br-no-fund
        title: A joint investment fund
        parties: [BR, NO]
        goal: {value: 500, scale: million, unit: USD, qualifier: up-to}
        announced: 2019-03-01
        citations: [{source: wire}]
      - id: br-no-actions
        title: A list of actions for development
        parties: [BR, NO]
        announced: 2019-03-01
        citations: [{source: wire}]
    relations:
      - {id: br-no, countries: [BR, NO], established: 1905, citations: [{source: wire}]}
      - {id: br-su, countries: [BR, SUHH], established: 1945, citations: [{source: wire}]}
    partnership_levels:
      - {id: strategic-partnership, name: strategic partnership, rank: 3, labels: [strategic partnership]}
      - {id: comprehensive-strategic-partnership, name: comprehensive strategic partnership, rank: 4}
      - {id: shared-future, name: community with a shared future, rank: 5, labels: [community with a shared future]}
    partnership_qualifiers:
      - {id: all-weather, name: all-weather, wordings: [all-weather]}
    partnerships:
      - id: br-no-strategic-2010
        parties: [BR, NO]
        level: strategic-partnership
        label: strategic partnership
        since: 2010
        citations: [{source: wire}]
      - id: br-no-all-weather-2019
        parties: [BR, NO]
        level: strategic-partnership
        label: all-weather strategic partnership
        qualifiers: [all-weather]
        change: relabelled
        upgraded_from: br-no-strategic-2010
        since: 2019-03-01
        citations: [{source: wire}]
"""


@pytest.fixture(scope="module")
def kb_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("model") / "kb"
    root.mkdir()
    (root / "records.yaml").write_text(textwrap.dedent(RECORDS).lstrip(), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def db(kb_root, tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "kb.db"
    to_sqlite(load(kb_root), path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    return connection


def run(kb_root, *args):
    """A command's table output (asserting it succeeded)."""
    result = cli(*args, "-d", str(kb_root))
    assert result.returncode == 0, result.stderr
    return result.stdout


def run_json(kb_root, *args):
    return json.loads(run(kb_root, *args, "--format", "json"))


def test_the_knowledge_base_checks_clean_under_strict(kb_root):
    result = cli("check", "--strict", "-d", str(kb_root))
    assert (result.returncode, result.stderr) == (0, "")


# 1. Meetings ----------------------------------------------------------------------------


def test_meetings_say_who_met_whom_where_when_in_what_form(kb_root, db):
    table = run(kb_root, "meetings", "--leader", "lima", "--with", "berg")
    assert "Ana Lima (Brazil), Erna Berg (Norway)" in table and "talks" in table and "Oslo, Norway" in table
    rows = run_json(kb_root, "meetings", "--leader", "lima")
    assert rows == queries.meetings(load(kb_root), leader="lima")
    assert [(r["id"], r["form"], r["visit"] and r["visit"]["id"]) for r in rows] == [
        ("lima-berg-2019", "talks", "ana-2019-norway"),
        ("lima-sato-2019", "courtesy-call", None),
    ]
    assert [r["id"] for r in run_json(kb_root, "meetings", "--country", "brazil")] == []
    assert [r["id"] for r in run_json(kb_root, "meetings", "--year", "2018")] == []
    assert db.execute("SELECT person_id FROM meeting_people WHERE meeting_id = 'lima-berg-2019'").fetchall() == [
        ("ana-lima",),
        ("erna-berg",),
    ]


def test_profiles_list_counterparts_host_leaders_and_leaders_met_there(kb_root):
    leader = run_json(kb_root, "leader", "lima")
    assert [(c["id"], c["meetings"], c["dates"]) for c in leader["counterparts"]] == [
        ("erna-berg", 1, ["2019-03-01"]),
        ("kim-sato", 1, ["2019-03-02"]),
    ]
    country = run_json(kb_root, "country", "norway")
    assert [p["id"] for p in country["host_leaders"]] == ["erna-berg"]
    assert [(p["id"], p["meetings"]) for p in country["leaders_met_there"]] == [("ana-lima", 2), ("kim-sato", 1)]
    timeline = run_json(kb_root, "timeline", "--since", "2019-03", "--until", "2019-03")
    assert [r["record"] for r in timeline if r["kind"] == "meeting"] == ["lima-berg-2019", "lima-sato-2019"]


def test_a_meeting_needs_two_sides(tmp_path):
    from conftest import write_kb

    root = write_kb(
        tmp_path / "kb",
        {"m.yaml": "meetings:\n  - id: alone\n    people: [ana-lima]\n    citations: [{source: report}]\n"},
    )
    result = cli("check", "-d", str(root))
    assert result.returncode == 1 and "m.yaml:2:" in result.stderr and "two" in result.stderr


# 2. Amounts, and 9. qualifiers with the source's wording --------------------------------------


def test_amounts_and_counts_carry_qualifier_and_wording_and_a_disputed_amount_is_a_conflict(kb_root, db):
    table = run(kb_root, "agreements", "--country", "norway")
    assert "nearly 8 agreements, worth up to 2.5 billion USD" in table
    deals = next(r for r in run_json(kb_root, "agreements") if r["id"] == "ana-2019-energy-deals")
    assert deals["count"] == {"value": 8, "qualifier": "nearly", "text": "nearly 8", "wording": "nearly eight"}
    assert (deals["amount"]["amount"], deals["amount"]["qualifier"], deals["amount"]["wording"]) == (
        2.5e9,
        "up-to",
        "up to 2.5 billion dollars",
    )
    conflicts = run_json(kb_root, "conflicts")
    disputed = next(c for c in conflicts if c["record"]["id"] == "ana-2019-energy-deals")
    assert (disputed["field"], disputed["recorded"]["value"], disputed["claimed"]["value"]) == (
        "amount.value",
        2.5,
        "3",
    )
    assert "Other Paper" in run(kb_root, "conflicts")
    assert db.execute(
        "SELECT count_value, count_qualifier, amount_value, amount_scale, amount_unit, amount_wording "
        "FROM agreements WHERE id = 'ana-2019-energy-deals'"
    ).fetchone() == (8, "nearly", 2.5, "billion", "USD", "up to 2.5 billion dollars")


def test_a_claim_about_a_nested_value_must_fit_it(tmp_path):
    from conftest import write_kb

    root = write_kb(
        tmp_path / "kb",
        {
            "a.yaml": """
        agreements:
          - id: deal
            title: Deal
            parties: [BR, NO]
            amount: {value: 2, scale: billion, unit: USD}
            citations: [{source: report}]
            claims:
              - {field: amount.value, value: two billion, citations: [{source: report}]}
    """
        },
    )
    result = cli("check", "-d", str(root))
    assert result.returncode == 1 and "error[claim-value]" in result.stderr


# 3. Figures -----------------------------------------------------------------------------------


def test_figures_of_one_metric_and_period_that_disagree_are_kept_side_by_side(kb_root, db):
    table = run(kb_root, "figures", "--metric", "trade", "--until", "2018")
    assert "1.2 billion USD" in table and "1.4 billion USD" in table and "1.9 billion USD" not in table
    rows = run_json(kb_root, "figures", "--country", "norway")
    assert [(r["period"], r["value"]["amount"], r["basis"]) for r in rows] == [
        ("2018", 1.2e9, "Brazilian statistics"),
        ("2018", 1.4e9, "Norwegian statistics"),
        ("2019", 1.9e9, None),
    ]
    conflict = next(c for c in run_json(kb_root, "conflicts") if c["record"]["collection"] == "figures")
    assert (conflict["recorded"]["figure"], conflict["claimed"]["figure"]) == (
        "br-no-trade-2018-br",
        "br-no-trade-2018-no",
    )
    assert db.execute("SELECT count(*) FROM figure_parties WHERE party = 'NO'").fetchone() == (3,)


# 4. Pledges of every shape ----------------------------------------------------------------------


def test_pledges_of_every_shape_have_a_status_or_say_why_not(kb_root, db):
    rows = {r["id"]: r for r in run_json(kb_root, "pledges", "--as-of", "2021-01-01")}
    assert {i: r["shape"] for i, r in rows.items()} == {
        "br-no-trade-plus-50": "relative",
        "br-no-fund": "commitment",
        "br-no-actions": "programme",
    }
    relative = rows["br-no-trade-plus-50"]
    # +50 % of the 2018 baseline (1.2) is 1.8; 1.9 was reached in 2019.
    assert (relative["status"], relative["progress"], relative["met_in"]) == ("met", round(1.9 / 1.8, 4), "2019")
    assert relative["announced_during"]["id"] == "ana-2019-norway"
    assert rows["br-no-fund"]["status"] == "unknown" and "no figure" in rows["br-no-fund"]["reason"]
    assert rows["br-no-actions"]["status"] == "unknown" and rows["br-no-actions"]["goal"] is None
    # targets keeps to pledges with something to measure
    assert [r["id"] for r in run_json(kb_root, "targets", "--as-of", "2021-01-01")] == ["br-no-trade-plus-50"]
    assert "up to 500 million USD" in run(kb_root, "pledges")
    assert db.execute("SELECT goal_unit FROM targets WHERE id = 'br-no-trade-plus-50'").fetchone() == ("percent",)


def test_a_relative_goal_without_a_metric_is_refused(tmp_path):
    from conftest import write_kb

    root = write_kb(
        tmp_path / "kb",
        {
            "t.yaml": """
        targets:
          - id: double
            title: Double it
            parties: [BR]
            goal: {value: 2, unit: times}
            citations: [{source: report}]
    """
        },
    )
    result = cli("check", "-d", str(root))
    assert result.returncode == 1 and "add 'metric:'" in result.stderr


# 5. Open partnership vocabularies -----------------------------------------------------------------


def test_levels_and_labels_are_data_and_an_upgrade_needs_a_higher_rank(kb_root, db):
    history = run_json(kb_root, "partnerships", "--history")
    assert [(r["id"], r["rank"], r["change"]) for r in history] == [
        ("br-no-strategic-2010", 3, "established"),
        ("br-no-all-weather-2019", 3, "relabelled"),
    ]
    assert [r["id"] for r in run_json(kb_root, "partnerships", "--level", "all-weather")] == ["br-no-all-weather-2019"]
    assert "relabelled" in run(kb_root, "partnerships", "--history")
    bad = cli("partnerships", "--level", "best friends", "-d", str(kb_root))
    assert bad.returncode == 2 and "use one of" in bad.stderr
    assert db.execute("SELECT rank FROM partnership_levels WHERE id = 'shared-future'").fetchone() == (5,)


def test_a_level_no_loaded_knowledge_base_declares_is_a_warning(tmp_path):
    from conftest import write_kb

    root = write_kb(
        tmp_path / "kb",
        {
            "p.yaml": """
        partnerships:
          - {id: p, parties: [BR, NO], level: best-friends, label: best friends, citations: [{source: report}]}
    """
        },
    )
    result = cli("check", "-d", str(root))
    assert result.returncode == 0 and "warning[undeclared]" in result.stderr
    assert cli("check", "--strict", "-d", str(root)).returncode == 1


# 6. Legs in detail, and 7. participation ---------------------------------------------------------


def test_stops_date_a_leg_and_the_return_date_is_shown(kb_root, db):
    visit = run_json(kb_root, "visits")[0]
    assert visit["span"] == {"start": "2019-03-01", "end": "2019-03-04", "derived_from": "stops"}
    assert [v["id"] for v in run_json(kb_root, "visits", "--since", "2019-03-04")] == ["ana-2019-norway"]
    assert [v["id"] for v in run_json(kb_root, "visits", "--since", "2019-03-05")] == []
    # the trip lasts until the leader was back home
    assert [t["id"] for t in run_json(kb_root, "trips", "--since", "2019-03-06")] == ["ana-2019"]
    assert "back 2019-03-06" in run(kb_root, "trips")
    assert db.execute("SELECT city, start FROM stops ORDER BY start").fetchall() == [
        ("Oslo", "2019-03-01"),
        ("Bergen", "2019-03-03"),
    ]


def test_attendance_by_video_is_not_presence_and_events_show_kind_and_mode(kb_root, db):
    event = run_json(kb_root, "events")[0]
    assert (event["kind"], event["participants"]) == (
        "forum",
        [{"id": "ana-lima", "name": "Ana Lima", "mode": "video"}],
    )
    assert "Ana Lima (video)" in run(kb_root, "events") and "(forum)" in run(kb_root, "events")
    assert db.execute("SELECT person, mode FROM attendance").fetchall() == [("ana-lima", "video")]


# 8. Agreements ---------------------------------------------------------------------------------


def test_agreements_have_a_status_several_visits_signatories_and_an_organization_as_party(kb_root, db):
    expected = run_json(kb_root, "agreements", "--status", "expected")
    assert [r["id"] for r in expected] == ["ana-2019-expected"]
    assert "(expected)" in run(kb_root, "agreements", "--status", "expected")
    rows = {r["id"]: r for r in run_json(kb_root, "agreements")}
    assert [s["id"] for s in rows["ana-2019-energy-deals"]["signatories"]] == ["ana-lima", "erna-berg"]
    assert rows["ana-2019-energy-deals"]["dated_by"] == "visit"
    assert [p["name"] for p in rows["forum-declaration-2019"]["parties"]] == ["Nordic Business Forum"]
    assert rows["forum-declaration-2019"]["date"] == "2019-03-03"
    assert db.execute("SELECT visit_id FROM agreement_visits").fetchall() == [
        ("ana-2019-norway",),
        ("ana-2019-norway",),
    ]


# 10. People of organizations ----------------------------------------------------------------------


def test_a_person_may_belong_to_an_organization_instead_of_a_country(kb_root, db):
    people = {p["id"]: p for p in run_json(kb_root, "leaders")}
    assert (people["kim-sato"]["country"], people["kim-sato"]["organization"]) == (
        None,
        {"id": "un", "name": "United Nations"},
    )
    assert people["erna-berg"]["meetings"] == 1
    assert "Kim Sato (United Nations)" in run(kb_root, "meetings")
    assert db.execute("SELECT organization FROM people WHERE id = 'kim-sato'").fetchone() == ("un",)


# 11. Former states ----------------------------------------------------------------------------------


def test_former_states_resolve_by_name_and_join_their_successors_only_when_asked(kb_root, db):
    assert run_json(kb_root, "relations", "--country", "russia") == []
    result = cli("relations", "--country", "russia", "--with-predecessors", "-d", str(kb_root), "--format", "json")
    assert [r["id"] for r in json.loads(result.stdout)] == ["br-su"]
    assert "Union of Soviet Socialist Republics (SUHH)" in result.stderr
    (soviet,) = run_json(kb_root, "relations", "--country", "U.S.S.R.")
    # Relations with a state that ended count their years to its end.
    assert (soviet["ended"], soviet["years_range"]) == ("1991", [45, 46])
    assert db.execute("SELECT name FROM country_names WHERE code = 'SUHH'").fetchone() == (
        "Union of Soviet Socialist Republics",
    )


def test_a_record_dated_outside_its_country_years_gets_a_warning(tmp_path):
    from conftest import write_kb

    root = write_kb(
        tmp_path / "kb",
        {
            "r.yaml": "relations:\n"
            "  - {id: late, countries: [BR, DDDE], established: 1995, citations: [{source: report}]}\n"
        },
    )
    result = cli("check", "-d", str(root))
    assert result.returncode == 0 and "warning[country-years]" in result.stderr


# 12. Overlays ----------------------------------------------------------------------------------------

OVERLAY = """
knowledge_base:
  - id: desk-notes
    extends: [model-base]
sources:
  - {id: desk, publisher: Our Desk, date: 2019-04-01}
annotations:
  - id: desk-on-talks
    kind: meeting
    record: lima-berg-2019
    notes: [The talks ran over time.]
    citations: [{source: desk, note: Our account of the talks.}]
    claims:
      - {field: start, value: 2019-03-02, citations: [{source: desk, note: Dates the talks a day later.}]}
"""


def test_an_overlay_adds_citations_claims_and_notes_to_a_record_it_does_not_own(kb_root, tmp_path):
    base = tmp_path / "base"
    base.mkdir()
    (base / "records.yaml").write_text(
        "knowledge_base:\n  - id: model-base\n" + textwrap.dedent(RECORDS).lstrip(), encoding="utf-8"
    )
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "notes.yaml").write_text(OVERLAY.lstrip(), encoding="utf-8")

    alone = cli("check", "-d", str(overlay))
    assert alone.returncode == 1
    assert "error[extends-missing]" in alone.stderr and "'model-base', which is not loaded" in alone.stderr
    assert "unknown-reference" not in alone.stderr  # one error that says what is missing, not one per id

    both = ["-d", str(base), "-d", str(overlay)]
    assert cli("check", "--strict", *both).returncode == 0
    shown = json.loads(cli("show", "lima-berg-2019", *both, "--format", "json").stdout)
    assert [(c["source"], c["knowledge_base"]) for c in shown["citations"]] == [
        ("wire", "model-base"),
        ("desk", "desk-notes"),
        ("desk", "desk-notes"),  # the claim's citation
    ]
    assert shown["record"]["notes"] == ["The talks ran over time."]
    assert "desk-notes" in cli("show", "lima-berg-2019", *both).stdout
    conflict = next(c for c in json.loads(cli("conflicts", *both, "--format", "json").stdout) if c["field"] == "start")
    assert (conflict["recorded"]["value"], conflict["claimed"]["value"]) == ("2019-03-01", "2019-03-02")
    assert profiles.show(load([base, overlay]), "lima-berg-2019")["claims"][0]["claimed"]["value"] == "2019-03-02"
