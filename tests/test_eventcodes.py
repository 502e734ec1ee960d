"""CAMEO and PLOVER codes derived from legs, meetings and agreements, in JSON rows and in show."""

import json

import pytest

from conftest import cli
from visitkb import profiles, queries


def _codes(kb, record_id):
    return profiles.show(kb, record_id)["codes"]


def _cameo(codes):
    return [(c["code"], c["actor"], c["recipient"]) for c in codes["cameo"]]


def _plover(codes):
    plover = codes["plover"]
    return (
        plover["event"],
        plover["mode"],
        [s["code"] for s in plover["source"]],
        [r["code"] for r in plover["recipient"]],
    )


def test_a_leg_is_a_visit_by_the_leaders_country_hosted_by_the_country_visited(interop):
    codes = _codes(interop, "ana-2019-norway")
    assert _cameo(codes) == [("042", "BR", "NO"), ("043", "NO", "BR")]
    assert _plover(codes) == ("CONSULT", "visit", ["BR"], ["NO"])
    assert codes["plover"]["source"][0]["people"] == ["ana-lima"]
    assert codes["plover"]["quad_code"] == 1
    assert codes["cameo"][0]["name"] == "Make a visit"


def test_a_leg_only_to_attend_a_summit_is_multilateral_and_one_with_a_state_visit_is_not(interop):
    assert _plover(_codes(interop, "ana-2020-japan"))[:2] == ("CONSULT", "multilateral")
    assert _plover(_codes(interop, "ana-2020-korea"))[:2] == ("CONSULT", "visit")


def test_a_planned_leg_is_an_intent_to_meet_and_a_leg_by_video_is_remote(interop):
    planned = _codes(interop, "ana-2027-norway-leg")
    assert _cameo(planned) == [("036", "BR", "NO")]
    assert _plover(planned) == ("AGREE", None, ["BR"], ["NO"])
    assert _cameo(_codes(interop, "ana-2021-japan-video")) == [("041", "BR", "JP")]
    assert _plover(_codes(interop, "ana-2021-japan-video"))[:2] == ("CONSULT", "phone")


def test_a_meeting_on_the_sidelines_in_a_third_country_is_044_third_party(interop):
    codes = _codes(interop, "ana-min-2020-tokyo")  # Brazil and Korea meet in Japan, where the summit is
    assert _cameo(codes) == [("044", "BR", "KR"), ("044", "KR", "BR")]
    assert _plover(codes) == ("CONSULT", "third-party", ["BR", "KR"], [])


def test_a_meeting_in_one_sides_country_is_a_visit_and_a_call_is_remote(interop):
    oslo = _codes(interop, "ana-ola-2019-oslo")  # placed by its leg: in Norway
    assert _cameo(oslo) == [("042", "BR", "NO"), ("043", "NO", "BR")]
    assert _plover(oslo) == ("CONSULT", "visit", ["BR"], ["NO"])
    call = _codes(interop, "ana-ola-2021-call")
    assert _cameo(call) == [("041", "BR", "NO")]
    assert _plover(call)[:2] == ("CONSULT", "phone")


def test_a_signed_agreement_is_057_support_and_one_only_expected_is_030_agree(interop):
    signed = _codes(interop, "ana-2019-energy")
    assert _cameo(signed) == [("057", "BR", "NO")]
    assert _plover(signed) == ("SUPPORT", None, ["BR"], ["NO"])
    expected = _codes(interop, "ana-2027-expected")
    assert _cameo(expected) == [("030", "BR", "NO")]
    assert _plover(expected)[0] == "AGREE"
    forum = _codes(interop, "g20-2020-declaration")  # an organization its only party
    assert _cameo(forum) == [("057", "g20", None)]


def test_records_of_other_kinds_have_no_codes(interop):
    assert _codes(interop, "ana-lima") is None
    assert _codes(interop, "g20-2020-tokyo") is None


def test_codes_are_in_the_json_rows_of_visits_meetings_and_agreements(interop):
    legs = {row["id"]: row for row in queries.visits(interop)}
    assert legs["ana-2020-korea"]["codes"] == _codes(interop, "ana-2020-korea")
    meetings = {row["id"]: row for row in queries.meetings(interop)}
    assert meetings["ana-min-2020-tokyo"]["codes"] == _codes(interop, "ana-min-2020-tokyo")
    agreements = {row["id"]: row for row in queries.agreements(interop)}
    assert agreements["ana-2020-korea-documents"]["codes"] == _codes(interop, "ana-2020-korea-documents")


def test_show_prints_the_codes_as_a_section_and_in_json(interop_dir):
    result = cli("show", "ana-min-2020-tokyo", "-d", str(interop_dir))
    assert result.returncode == 0, result.stderr
    section = result.stdout.split("Event codes", 1)[1]
    assert "044" in section and "third-party" in section and "CONSULT" in section
    data = json.loads(cli("show", "ana-min-2020-tokyo", "-d", str(interop_dir), "--format", "json").stdout)
    assert data["codes"]["plover"]["mode"] == "third-party"
    person = cli("show", "ana-lima", "-d", str(interop_dir))
    assert "Event codes" not in person.stdout


@pytest.mark.parametrize("record_id", ["xi-2016-peru", "xi-kuczynski-2016-lima"])
def test_the_bundled_visits_to_peru_are_visits_by_china(bundled, record_id):
    assert _cameo(_codes(bundled, record_id))[:2] == [("042", "CN", "PE"), ("043", "PE", "CN")]


@pytest.mark.parametrize(
    ("types", "only"),
    [
        (["multilateral"], True),
        (["multilateral", "meeting"], True),  # talks on the sidelines do not make it a visit
        (["multilateral", "stopover"], True),
        (["multilateral", "state"], False),
        (["multilateral", "unspecified"], False),
        (["meeting"], False),
    ],
)
def test_a_leg_only_to_attend_a_multilateral_meeting(types, only):
    from visitkb.queries.eventcodes import is_multilateral_only

    assert is_multilateral_only({"types": types}) is only
