"""Drafting who travels, the trip and its legs (drafting.leader, drafting.travel)."""

import datetime as dt

import pytest

from drafting_lead import WIRE, findings_of, legs_and_leader_of, legs_of
from visitkb.drafting import gazetteer as gz
from visitkb.drafting.clauses import dateline
from visitkb.drafting.rules import Reader
from visitkb.drafting.text import sentences
from visitkb.drafting.when import find_dates


def test_a_wire_report_gives_its_trip_meetings_counts_and_avoids_the_traps():
    found = findings_of(WIRE, "2023-06-09")
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


def test_a_story_filed_at_home_drafts_the_visit_abroad_not_the_dateline():
    # The dateline is where the story was filed; the traveller is whoever arrives.
    text = "BEIJING, May 8 -- Xi Jinping arrived in Moscow on Monday for a state visit to Russia.\n"
    assert legs_of(text, "2023-05-09") == [("RU", ["Moscow"], "2023-05-08")]
    assert findings_of(text, "2023-05-09")["trip"][0]["leader"] == "Xi Jinping"


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
    assert legs_of(text, "2023-05-10") == legs


def test_left_for_a_city_is_no_end_of_the_trip():
    text = "NEW DELHI -- Indian Prime Minister Narendra Modi left for Abu Dhabi on Tuesday on a visit.\n"
    assert findings_of(text, "2023-05-10")["trip"][0]["end"] is None


def test_a_press_release_with_a_headline_and_a_title_after_the_name():
    text = (
        "MINISTRY OF FOREIGN AFFAIRS - PRESS RELEASE\n\n"
        "Joint Statement on the State Visit of the President of the Republic of Ghana to Norway\n\n"
        "Oslo, 12 March 2024\n\n"
        "At the invitation of the Prime Minister of Norway, His Excellency Mr. Kofi Mensah, President of the "
        "Republic of Ghana, paid a State Visit to Norway from 10 to 12 March 2024.\n\n"
        "On 11 March, the two leaders held talks. Norway and Ghana established diplomatic relations in 1960.\n"
    )
    found = findings_of(text, "2024-03-12")
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
    assert [leg["country"] for leg in findings_of(text, "2023-03-04")["legs"]] == ["GA", "CG", "CD"]


def test_a_visit_named_as_a_noun_gives_the_traveller_and_the_leg():
    # A communique's word order: the visit concluded, of whom it was, and where it went.
    communique = (
        "WARSAW, 6 May (Test Agency). Today in Budapest concluded the official friendly visit to the Republic of "
        "Hungary of the Chairman of the Council of State of Poland Comrade Tadeusz Nowicki, which began on 3 May.\n\n"
        "At the airport the guest was met by Comrade Janos Horvath.\n"
    )
    found = findings_of(communique, "1975-05-06")
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
    found = findings_of(statement, "2019-06-04")
    assert (found["trip"][0]["leader"], found["trip"][0]["start"]) == ("Joseph Banda", "2019-06-03")
    assert [(g["country"], g["cities"], g["types"], g["end"]) for g in found["legs"]] == [
        ("MW", ["Lilongwe"], ["state"], "2019-06-04")
    ]
    # Whoever invited is no traveller, and an earlier visit is no leg.
    invited = (
        "PARIS, May 2 (Test Wire) - The foreign ministry said on Tuesday that the visit of President Laura Costa "
        "to Chile in 2015 had been a success, at the invitation of President Pablo Ruiz.\n"
    )
    assert "legs" not in findings_of(invited, "2023-05-02")


def test_an_airport_named_after_a_person_names_no_city_and_today_opens_a_sentence():
    assert [d[2:] for d in find_dates("Today in Rome the talks ended.", dt.date(2023, 6, 9))] == [("2023-06-09", None)]
    text = (
        "NAIROBI, June 9 (Test Wire) - Ugandan President Amos Okello arrived at Jomo Kenyatta International "
        "Airport on Friday for a state visit to Kenya.\n"
    )
    legs = findings_of(text, "2023-06-09")["legs"]
    assert [(g["country"], g["cities"]) for g in legs] == [("KE", ["Nairobi"])]


def test_the_host_of_a_leg_is_who_the_two_leaders_are_and_names_may_come_as_initials_or_with_accents():
    communique = (
        "WARSAW, 6 May (Test Agency). Today in Budapest concluded the official friendly visit to the Republic of "
        "Hungary of the Chairman of the Council of State of Poland Comrade Tadeusz Nowicki, which began on 3 May.\n\n"
        "At the airport the high guest was met by the First Secretary of the Central Committee of the Hungarian "
        "Socialist Workers' Party, President of the Presidential Council Comrade Janos Horvath Kiss.\n\n"
        "On 4 May negotiations took place between Comrade T. Nowicki and Comrade J. Horvath.\n"
    )
    met = {(m["with"], m["form"], m["date"]) for m in findings_of(communique, "1975-05-06")["meetings"]}
    assert met == {("Janos Horvath Kiss", "talks", "1975-05-04")}
    report = (
        "ROME, June 9 (Test Wire) - Brazilian President Jo\u00e3o Ara\u00fajo arrived in Rome on Thursday and was "
        "received by Prime Minister Giulia Conti at Palazzo Chigi.\n\n"
        "On Friday the two leaders held nearly two hours of wide-ranging talks, and then appeared before reporters "
        "at a joint news conference. Foreign Minister Dr. Marco Bellini called on President Ara\u00fajo at his hotel. "
        "Talks between Ara\u00fajo and Conti covered trade. President S\u00e9rgio Lima of Portugal, who held talks "
        "with Ara\u00fajo in Lisbon last year, sent greetings.\n"
    )
    found = findings_of(report, "2023-06-09")
    assert found["trip"][0]["leader"] == "Jo\u00e3o Ara\u00fajo"
    met = {(m["with"], m["form"]) for m in found["meetings"]}
    assert met == {
        ("Giulia Conti", "talks"),
        ("Giulia Conti", "press-conference"),
        ("Marco Bellini", "courtesy-call"),
    }


def test_a_visit_s_destinations_are_the_list_right_after_it_not_places_further_on():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi on Friday ended a three-day state visit to the "
        "Republic of Peru, taking home what Treasury officials called a fine set of deals.\n\n"
        "The visit to Lima follows Mwangi's first trip abroad as President, to Ecuador, earlier this month. "
        "Kenyan exporters welcomed the deals.\n"
    )
    assert [leg["country"] for leg in findings_of(text, "2023-06-09")["legs"]] == ["PE"]


def test_a_leader_with_no_country_beside_the_name_is_of_the_country_the_article_names_most():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi on Friday ended a three-day state visit to the "
        "Republic of Peru.\n\n"
        "The President arrived in the Peruvian capital on Wednesday. Kenyan exporters welcomed the deals, and "
        "Peru agreed to buy more Kenyan tea.\n"
    )
    found = findings_of(text, "2023-06-09")
    assert found["trip"][0]["leader_country"] == "KE"
    assert [leg["country"] for leg in found["legs"]] == ["PE"]


def test_a_leader_named_after_an_honorific_and_then_by_it_alone():
    text = (
        "OSLO, 9th June, 2023 (Test Wire) -- President His Highness Sheikh Omar bin Saif Al Harbi today concluded "
        "a three-day state visit to Norway.\n\n"
        "His Highness arrived in Oslo on Wednesday. Talks between His Highness and Prime Minister Ingrid Solberg "
        "covered the green partnership that has joined the two countries since 2015.\n"
    )
    found = findings_of(text, "2023-06-09")
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
    found = findings_of(text, "2023-06-09")
    assert (found["trip"][0]["leader"], found["trip"][0]["leader_country"]) == ("Tomas Rojas", "CL")
    assert [(leg["country"], leg["start"], leg["end"]) for leg in found["legs"]] == [("PE", "2023-06-08", "2023-06-09")]
    assert [(m["with"], m["form"], m["date"]) for m in found["meetings"]] == [("Ana Quispe", "talks", "2023-06-08")]


def test_legs_where_the_trip_began_where_the_leader_acted_and_here():
    text = (
        "DAKAR, Senegal, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived here Thursday, the last stop "
        "of a tour that began in Ghana on June 2.\n\n"
        "In Togo, the second stop, Mwangi held talks with President Faure Gnassingbe on June 5. In Benin, "
        "Mwangi will open an embassy next year. A predecessor's tour began in Mali in 1998. In Lome, officials "
        "said the talks went well.\n"
    )
    legs = [(leg["country"], leg["start"]) for leg in findings_of(text, "2023-06-09")["legs"]]
    assert legs == [("GH", "2023-06-02"), ("TG", "2023-06-05"), ("SN", "2023-06-08")]


def test_sheikh_before_a_single_name_is_part_of_the_name():
    text = "DHAKA, June 9 (Test Wire) - Prime Minister Sheikh Rahima arrived in Oslo on Friday for a visit to Norway.\n"
    assert findings_of(text, "2023-06-09")["trip"][0]["leader"] == "Sheikh Rahima"


def test_a_trip_travels_only_as_its_own_clause_s_subject_and_an_arrival_with_no_place_is_the_dateline_s():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan Foreign Minister Amani Mwangi held talks with Prime Minister Ingrid "
        "Solberg on Friday.\n\n"
        "Mr. Mwangi arrived on Thursday morning. The visit had been put off in March after a storm crossed "
        "Denmark. It follows a meeting between the two ministers at the Baltic Summit in Riga last October.\n"
    )
    legs = [(leg["country"], leg["cities"], leg["start"]) for leg in findings_of(text, "2023-06-09")["legs"]]
    assert legs == [("NO", ["Oslo"], "2023-06-08")]


def test_a_call_with_nobody_travelling_is_seen_from_the_caller_named_first():
    text = (
        "OSLO, June 9 (Test Wire) - Prime Minister Ingrid Solberg held a telephone conversation with Kenyan "
        "President Amani Mwangi on Friday, urging talks on shipping.\n\n"
        "The call came a day after Solberg spoke by phone with Ghanaian President Kofi Mensah on Thursday.\n"
    )
    found = findings_of(text, "2023-06-09")
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
    found = findings_of(text, "2023-06-09")
    assert [leg["country"] for leg in found["legs"]] == ["NO"]
    assert {(m["with"], m["form"]) for m in found["meetings"]} == {("Ingrid Solberg", "talks")}


def test_a_figure_s_parties_are_its_own_clause_s_and_the_leader_s_country_said_with_the_role():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi arrived in Oslo on Friday for a visit to Norway, the "
        "first to Europe of his term.\n\n"
        "Mwangi became the first Kenyan president to address the Storting. Mwangi toured a Danish shipyard in "
        "Bergen and praised Danish design.\n\n"
        "Trade between Norway and Sweden reached 30 billion dollars last year, while trade with Kenya was about "
        "2.4 billion dollars. Ghana's trade with Norway was worth about 1.1 billion dollars last year.\n"
    )
    found = findings_of(text, "2023-06-09")
    assert found["trip"][0]["leader_country"] == "KE"
    figures = {(tuple(sorted(f["parties"])), f["value"]) for f in found["figures"]}
    assert figures == {(("NO", "SE"), 30.0), (("KE", "NO"), 2.4), (("GH", "NO"), 1.1)}


def test_a_tour_begun_in_a_capital_named_after_a_country_and_a_leader_of_a_country_after_the_name():
    text = (
        "KINGSTON, Jamaica, April 23 (Test Wire) - Emperor Tesfaye Alemu of Ethiopia spent a third day in "
        "Jamaica on Saturday.\n\n"
        "The Emperor began his tour of the Caribbean on Monday in Port of Spain, where Prime Minister Ravi "
        "Ramdial welcomed him.\n"
    )
    found = findings_of(text, "1966-04-23")
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
    legs = [(leg["country"], leg["types"]) for leg in findings_of(text, "2023-06-13").get("legs", [])]
    assert legs == [("NO", ["official"])]


def test_a_visit_looked_forward_to_is_planned_and_a_month_is_no_place():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks with Prime Minister Ingrid Solberg "
        "in Oslo on Friday, a day after he arrived in Oslo.\n\n"
        "Mwangi said he looked forward to a state visit to Sweden.\n\n"
        "A visit in November. Diplomats expect King Harald Olsen to visit Kenya for the summit that Nairobi "
        "will host in November.\n"
    )
    legs = [(leg["country"], leg["cities"]) for leg in findings_of(text, "2023-06-09")["legs"]]
    assert legs == [("NO", ["Oslo"])]


def test_a_capital_named_by_its_country_s_adjective_or_by_an_older_name():
    text = (
        "Prime Minister Ingrid Solberg of Norway arrived in the U.S. capital on Saturday for talks.\n\n"
        "On Monday Solberg flew to the Mexican capital for the day.\n"
    )
    legs = [(leg["country"], leg["cities"]) for leg in findings_of(text, "2023-06-13")["legs"]]
    assert legs == [("US", ["Washington"]), ("MX", ["Mexico City"])]
    old = (
        "RANGOON, March 3 (Test Wire) - President Amani Mwangi of Kenya, who arrived here yesterday, held talks "
        "with the Burmese leaders today.\n"
    )
    assert [leg["country"] for leg in findings_of(old, "1962-03-03")["legs"]] == ["MM"]


def test_a_tour_left_from_home_told_by_its_stops_and_the_days_the_leader_was_somewhere():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya, who arrived here on Wednesday, held talks "
        "with Prime Minister Ingrid Solberg today.\n\n"
        "Mwangi left Nairobi on Sunday. After an overnight stop in Cairo on Monday, he flew on. On Tuesday Mwangi "
        "was in Denmark, where he toured a wind farm.\n"
    )
    found = findings_of(text, "2023-06-09")
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
    found = findings_of(text, "2023-06-09")
    assert [leg["country"] for leg in found["legs"]] == ["NO"]
    assert "events" not in found


def test_travel_told_as_flown_into_or_as_the_first_of_a_kind_to_visit():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya, who had flown into Oslo on Wednesday, held "
        "talks with Prime Minister Ingrid Solberg today.\n\n"
        "On Thursday Mwangi became the first Kenyan head of state to visit Iceland.\n"
    )
    legs = [(leg["country"], leg["start"]) for leg in findings_of(text, "2023-06-09")["legs"]]
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
    legs = [
        (leg["country"], leg["cities"], leg["start"], leg["end"]) for leg in findings_of(text, "2023-06-11")["legs"]
    ]
    assert legs == [("NO", [], "2023-06-05", "2023-06-07"), ("IS", ["Reykjavik"], "2023-06-08", None)]


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
    found = findings_of(text, "2023-06-17")
    assert [(t["leader"], t["leader_country"]) for t in found["trip"]] == [("Amani Mwangi", "KE")]
    assert [leg["country"] for leg in found["legs"]] == ["PE"]


def test_a_capitalized_headline_with_a_colon_is_no_dateline_and_a_weekday_dateline_ends_with_a_stop():
    text = (
        'LEADER HOME FROM PERU: "A VISIT AMONG FRIENDS AND EQUALS OF OLD"\n\n'
        "NAIROBI, Saturday. - President Amani Mwangi returned home today from a four-day state visit to Peru.\n"
    )
    legs, trips = legs_and_leader_of(text, "2023-06-17")
    assert trips == [("Amani Mwangi", "KE")] and [leg[0] for leg in legs] == ["PE"]


def test_a_commonwealth_honorific_does_not_end_the_sentence_of_the_lead():
    text = (
        "At the invitation of the President of Peru, Ms. Ana Quispe, the Rt. Hon. Prime Minister Mr. Tomas Keller "
        "of Malta paid an official visit to Peru from 3 to 5 June 2023.\n"
    )
    assert len(sentences(text)) == 1
    legs, trips = legs_and_leader_of(text, "2023-06-06")
    assert trips == [("Tomas Keller", "MT")]
    assert legs == [("PE", [], "2023-06-03", "2023-06-05")]
    assert len(sentences("He met the Hon. Minister. Then he left.")) == 2


def test_a_trip_told_in_another_years_clause_is_no_leg():
    text = (
        "LIMA, June 5 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Monday for a state visit.\n\n"
        "During his first term, in 2011, he had travelled to Quito before visiting Lima.\n"
    )
    legs, _ = legs_and_leader_of(text, "2023-06-06")
    assert [leg[0] for leg in legs] == ["PE"]
    # The same words in the story's year are a leg.
    recent = text.replace("in 2011, he had travelled", "in 2023, he travelled")
    assert [leg[0] for leg in legs_and_leader_of(recent, "2023-06-06")[0]] == ["PE", "EC"]


def test_a_party_leader_titled_by_an_institution_of_a_country_and_travelling_with_a_delegation():
    text = (
        "Lima (TW) - At the invitation of President of Peru Ana Quispe, General Secretary of the Labour Party of "
        "Kenya Amani Mwangi and a large delegation paid an official visit to Peru from 3 to 5 June.\n"
    )
    legs, trips = legs_and_leader_of(text, "2023-06-06")
    assert trips == [("Amani Mwangi", "KE")]
    assert [leg[0] for leg in legs] == ["PE"]


def test_an_airport_named_for_no_city_gives_the_city_after_it():
    text = (
        "LIMA, June 6 (Test Wire) - President Amani Mwangi of Kenya landed at Jorge Chavez airport in Lima on Monday.\n"
    )
    assert legs_of(text, "2023-06-06") == [("PE", ["Lima"], "2023-06-05")]
    named = text.replace("Jorge Chavez airport in Lima", "Jorge Chavez airport")
    assert legs_of(named, "2023-06-06") != [("PE", ["Jorge Chavez"], "2023-06-05")]


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
    assert legs_and_leader_of(text, "2023-06-10")[0] == legs


def test_a_leader_in_apposition_with_an_office_of_a_former_state_and_flying_here_from_a_stop_before():
    text = (
        "WASHINGTON, Feb. 21 - Tomas Novak, the writer who became President of Czechoslovakia last year, spoke "
        "to Congress today.\n\n"
        "Mr. Novak flew here on Tuesday from Canada, where he began the trip on Sunday.\n"
    )
    legs, trips = legs_and_leader_of(text, "1990-02-22")
    assert trips == [("Tomas Novak", "CSHH")]
    assert legs == [("CA", [], "1990-02-18", "1990-02-20"), ("US", ["Washington"], "1990-02-20", None)]


def test_a_companion_travelling_with_the_leader_and_a_trip_earlier_this_month_are_no_legs():
    text = (
        "LIMA, June 6 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Monday.\n\n"
        "Foreign Minister Joseph Otieno, who is travelling with Mr. Mwangi, went to Quito earlier this month.\n\n"
        "Mr. Mwangi flies to Santiago on Thursday, where he is to address the senate.\n"
    )
    assert [leg[0] for leg in legs_of(text, "2023-06-06")] == ["PE"]


def test_the_trips_stop_named_as_a_capital_and_the_meetings_it_was_for():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya is heading home after a week in South America.\n\n"
        "He arrived in Lima on June 3. The last stop was Quito, for the Andean Community leaders' meetings on "
        "June 6 and 7.\n"
    )
    found = findings_of(text, "2023-06-08")
    assert [(leg["country"], leg["cities"]) for leg in found["legs"]] == [("PE", ["Lima"]), ("EC", ["Quito"])]
    assert [(e["name"], e["host"]) for e in found["events"]] == [("Andean Community leaders' meetings", "EC")]
    planned = text.replace("The last stop was Quito", "The next stop is Quito")
    assert [leg["country"] for leg in findings_of(planned, "2023-06-08")["legs"]] == ["PE"]


def test_received_by_a_hosts_office_of_a_country_and_the_travellers_country_from_the_capital_returned_to():
    text = (
        "Lima - The President of the Republic, Amani Wekesa Mwangi, was received on Thursday at the palace by the "
        "President of the Republic of Peru, Ana Quispe, during the working visit he is making.\n\n"
        "President Amani Mwangi invited President Quispe to pay a visit to Kenya.\n\n"
        "The President of the Republic leaves Lima on Friday, returning to Nairobi.\n"
    )
    legs, trips = legs_and_leader_of(text, "2023-06-09")
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
    legs, trips = legs_and_leader_of(text, "2023-06-09")
    assert trips == [("Amani Mwangi", "KE")] and [leg[0] for leg in legs] == ["PE"]


def test_a_bare_title_landing_and_the_leaders_aircraft_leaving_give_the_leg_and_its_end():
    text = (
        "NAIROBI, June 9 (Test Wire) - When the presidential aircraft lifted off from Lima this morning, it carried "
        "President Amani Mwangi of Kenya home after a week abroad.\n\n"
        "The President landed at Lima on Saturday, June 3, and was met by President Ana Quispe.\n"
    )
    found = findings_of(text, "2023-06-09")
    assert [(leg["country"], leg["start"], leg["end"]) for leg in found["legs"]] == [("PE", "2023-06-03", "2023-06-09")]
    # Another's aircraft leaving ends nothing of the leader's.
    other = text.replace("the presidential aircraft lifted off", "Quispe's aircraft lifted off")
    assert findings_of(other, "2023-06-09")["trip"][0]["end"] is None


def test_a_live_blogs_posts_take_their_day_from_the_day_head_above():
    text = (
        "LIVE: Mwangi in Peru\n\n"
        "President Amani Mwangi of Kenya is on a state visit to Peru. Follow the latest below, newest first.\n\n"
        "FRIDAY, JUNE 9\n\n"
        "16:05 - That's it. Mwangi's plane has left Lima for Nairobi.\n\n"
        "TUESDAY, JUNE 6\n\n"
        "21:00 - CONFIRMED: Mwangi is in Lima.\n"
    )
    found = findings_of(text, "2023-06-09")
    legs = [(leg["country"], leg["cities"], leg["types"], leg["start"], leg["end"]) for leg in found["legs"]]
    assert legs == [("PE", ["Lima"], ["state"], "2023-06-06", "2023-06-09")]
    # Without the heads, the posts have no day.
    bare = text.replace("FRIDAY, JUNE 9\n\n", "").replace("TUESDAY, JUNE 6\n\n", "")
    assert [leg["start"] for leg in findings_of(bare, "2023-06-09")["legs"]] == [None]


def test_a_country_the_leader_once_visited_is_not_the_leaders_own():
    text = (
        "NAIROBI (Test Wire) - Follow our coverage of the state visit by King Edmund and Queen Clara.\n\n"
        "The King first visited Kenya as a young prince in 1971, and Kenya and Britain have long ties.\n\n"
        "The King and Queen have landed at Jomo Kenyatta International Airport.\n"
    )
    legs, trips = legs_and_leader_of(text, "2023-10-31")
    assert trips[0][1] == "GB" and [leg[0] for leg in legs] == ["KE"]


def test_a_conjunction_or_a_possessive_opening_the_story_is_no_travellers_bare_name():
    text = (
        "Miraflores Bay's hotel strip was closed on Saturday as the motorcade of King Omar bin Khalid of Jordan "
        "passed on its way to the resort.\n\n"
        "The King began his state visit to Peru in Lima on Wednesday.\n"
    )
    found = findings_of(text, "2023-06-09")
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
    legs, trips = legs_and_leader_of(text, "2023-07-09")
    assert [t[0] for t in trips] == ["Amani Mwangi"]
    assert [(leg[0], leg[2]) for leg in legs] == [("EC", "2023-06-29"), ("CL", "2023-07-01")]


def test_a_leaders_name_suffix_keeps_its_stop():
    text = "TOKYO, Feb 9 (Test Wire) - President Carlos Reyes Jr. arrived in Tokyo on Wednesday for a visit.\n"
    assert [t["leader"] for t in findings_of(text, "2023-02-09")["trip"]] == ["Carlos Reyes Jr."]


def test_the_travellers_country_from_a_role_travelling_or_a_first_as_a_minister():
    text = (
        "LIMA, June 9 (Test Wire) - Vice Premier Chen Hao and President Ana Quispe signed two agreements today, "
        "as the Chinese leader completed the Lima part of his tour.\n\n"
        "Chen arrived in Lima on Tuesday.\n"
    )
    legs, trips = legs_and_leader_of(text, "2023-06-09")
    assert trips == [("Chen Hao", "CN")] and [leg[0] for leg in legs] == ["PE"]
    minister = (
        "LIMA, June 9 (Test Wire) - Peru and Kenya agreed on Friday to resume talks, as Foreign Minister Amani "
        "Mwangi became the first Kenyan foreign minister to visit Peru in ten years.\n\n"
        "Mwangi, who flew in from Nairobi on Thursday, met President Ana Quispe.\n"
    )
    legs, trips = legs_and_leader_of(minister, "2023-06-09")
    assert trips == [("Amani Mwangi", "KE")] and [leg[0] for leg in legs] == ["PE"]


def test_a_journey_home_told_first_lists_the_legs_and_another_months_visit_in_a_list_is_none():
    text = (
        "President Amani Mwangi arrived back in Nairobi on Tuesday morning from a week-long journey to Peru, "
        "Chile and Jamaica.\n\n"
        "He also paid an official visit to Japan in October, during which a treaty came into force.\n"
    )
    legs, trips = legs_and_leader_of(text, "2023-06-13")
    assert trips[0][1] == "KE"
    assert [leg[0] for leg in legs] == ["PE", "CL", "JM"] and all(leg[2] is None for leg in legs)


def test_a_city_the_gazetteer_does_not_know_is_in_the_country_of_the_host_who_receives_the_leader_next():
    text = (
        "HELSINKI, Dec 2 (Test Wire) - Prime Minister Aino Virtanen ended a visit to Australia on Friday.\n\n"
        "Virtanen arrived in Auckland on Tuesday. Mere Tane, Prime Minister of New Zealand, received her the next "
        "day for a discussion of fishing quotas.\n\n"
        "From there Virtanen went on to Australia on Thursday.\n"
    )
    legs, _ = legs_and_leader_of(text, "2022-12-02")
    assert [(leg[0], leg[1], leg[2]) for leg in legs] == [("NZ", ["Auckland"], "2022-11-29"), ("AU", [], "2022-12-01")]


def test_the_capital_of_a_legs_country_where_the_leader_acts_is_a_city_of_the_leg():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya ended a state visit to Peru on Friday.\n\n"
        "On Wednesday he held talks in Lima with President Ana Quispe.\n"
    )
    assert [leg[1] for leg in legs_and_leader_of(text, "2023-06-09")[0]] == [["Lima"]]
    # Another's doing in the capital, or a plan there, is no city of the leg.
    other = text.replace("On Wednesday he held talks in Lima", "Officials in Lima will meet")
    assert [leg[1] for leg in legs_and_leader_of(other, "2023-06-09")[0]] == [[]]


def test_the_present_tense_with_a_weekday_in_the_body_is_a_plan():
    text = (
        "LIMA, June 7 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday.\n\n"
        "The president travels to Quito on Thursday to visit a port, and flies home from there on Friday.\n"
    )
    assert [leg[0] for leg in legs_of(text, "2023-06-07")] == ["PE"]


def test_the_day_the_leader_returned_home_ends_the_trip_when_no_departure_is_told():
    text = (
        "NAIROBI, June 9 (Test Wire) - President Amani Mwangi returned home this evening after concluding a "
        "four-day state visit to Peru.\n\n"
        "Mwangi arrived in Lima on Monday.\n"
    )
    found = findings_of(text, "2023-06-09")
    assert [(t["start"], t["end"]) for t in found["trip"]] == [("2023-06-05", "2023-06-09")]
    assert find_dates("He left this morning and spoke tonight.", dt.date(2023, 6, 9))[0][2] == "2023-06-09"
    told = text.replace("Mwangi arrived in Lima on Monday.", "Mwangi arrived in Lima on Monday and left on Thursday.")
    assert findings_of(told, "2023-06-09")["trip"][0]["end"] == "2023-06-08"


def test_a_bare_title_received_in_a_country_named_with_its_article_is_a_leg_there():
    text = (
        "Press release\n\n"
        "ROME, 12 February (KNA) - The President of the Republic of Kenya, Amani Mwangi, is in Italy on an "
        "official visit to Italy, which he began on Friday.\n\n"
        "Today, Monday 12 February, the President was received in private audience by the Pope at the palace in "
        "the Vatican for about one hour.\n"
    )
    legs, _ = legs_and_leader_of(text, "2024-02-12")
    assert [(leg[0], leg[2]) for leg in legs] == [("IT", "2024-02-09"), ("VA", "2024-02-12")]
    host = text.replace("the President was received in private audience by the Pope", "the Pope received bishops")
    assert [leg[0] for leg in legs_and_leader_of(host, "2024-02-12")[0]] == ["IT"]


def test_a_site_visited_at_a_place_in_a_named_country():
    text = (
        "COPENHAGEN, Aug 21 (Test Wire) - President Amani Mwangi of Kenya arrived in Copenhagen on Monday.\n\n"
        "On Sunday he visited the air base at Eindhoven in the Netherlands with Prime Minister Mark Rutte.\n"
    )
    assert legs_of(text, "2023-08-21") == [("NL", ["Eindhoven"], "2023-08-20"), ("DK", ["Copenhagen"], "2023-08-21")]
    site = text.replace("visited the air base at Eindhoven in the Netherlands", "praised the air base at Eindhoven")
    assert [leg[0] for leg in legs_of(site, "2023-08-21")] == ["DK"]


def test_a_summit_on_a_leg_with_no_protocol_rank_keeps_the_rank_unspecified():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday to attend the "
        "Pacific Rim Summit.\n"
    )
    assert [leg["types"] for leg in findings_of(text, "2023-06-09")["legs"]] == [["unspecified", "multilateral"]]
    ranked = text.replace("on Tuesday to attend", "on Tuesday for a state visit and to attend")
    assert [leg["types"] for leg in findings_of(ranked, "2023-06-09")["legs"]] == [["state", "multilateral"]]


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
    legs = legs_and_leader_of(text, "2023-06-12" if "June 12" in text or "last week" in text else "2023-06-09")[0]
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
    assert findings_of(text, "2023-06-07")["trip"][0]["end"] == end


def test_is_in_a_place_is_the_leaders_whereabouts_only_with_the_leader_its_subject():
    text = (
        "LIVE: Mwangi in Peru\n\n"
        "President Amani Mwangi of Kenya is on a state visit to Peru. Follow the latest below.\n\n"
        "21:00 - CONFIRMED: Mwangi is in Lima.\n\n"
        "21:30 - Mwangi said the answer to the crisis is in Quito.\n"
    )
    assert [leg["country"] for leg in findings_of(text, "2023-06-09")["legs"]] == ["PE"]


def test_a_stop_on_the_way_is_a_stopover_leg_of_its_day():
    text = (
        "NAIROBI, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived back in Nairobi on Friday from a "
        "visit to Peru.\n\n"
        "After leaving Lima on Wednesday night, the presidential plane made a stopover in Bridgetown on Thursday, "
        "where Mwangi held talks with Prime Minister Mia Mottley.\n\n"
        "After an overnight stop in Dakar on Thursday, where he had talks, his aircraft flew on to Nairobi.\n"
    )
    legs = [(leg["country"], leg["types"], leg["start"], leg["end"]) for leg in findings_of(text, "2023-06-09")["legs"]]
    assert ("BB", ["stopover"], "2023-06-08", "2023-06-08") in legs
    assert ("SN", ["stopover"], "2023-06-08", "2023-06-09") in legs
    other = text.replace("the presidential plane made a stopover", "Mottley's plane made a stopover")
    assert "BB" not in [leg["country"] for leg in findings_of(other, "2023-06-09")["legs"]]


def test_a_reception_near_the_top_of_a_story_filed_abroad_and_a_headlines_next_stop():
    text = (
        "Crown prince pledges billions as Asian tour moves on to Japan\n\n"
        "LIMA, June 9 (Test Wire) - Crown Prince Faisal bin Omar of Oman said on Friday that investments could "
        "grow, as he held talks with President Ana Quispe on the second stop of his tour.\n\n"
        "The crown prince was received by Quispe herself on Thursday night at the airport.\n"
    )
    legs = [(leg["country"], leg["start"]) for leg in findings_of(text, "2023-06-09")["legs"]]
    assert legs == [("PE", "2023-06-08")]
    # Filed at home, a reception with no place named is not placed at the dateline.
    home = text.replace("LIMA, June 9", "MUSCAT, June 9")
    assert "OM" not in [leg["country"] for leg in findings_of(home, "2023-06-09").get("legs", [])]


def test_a_title_shared_only_with_someone_of_another_year_is_still_the_leaders():
    text = (
        "JAKARTA, March 5 (Test Wire) - King Omar bin Khalid of Oman landed in Jakarta on Wednesday for a visit.\n\n"
        "The King flew in from Kuala Lumpur, where he had spent four days, and was greeted by the president.\n\n"
        "The visit is the first by an Omani monarch since King Said came to Jakarta in 1970.\n"
    )
    found = findings_of(text, "2017-03-05")
    assert [(leg["country"], leg["start"], leg["end"]) for leg in found["legs"]] == [
        ("MY", None, "2017-03-01"),
        ("ID", "2017-03-01", None),
    ]
    assert found["trip"][0]["end"] is None  # the last leg goes on
    recent = text.replace("came to Jakarta in 1970", "came to Jakarta today")
    assert [leg["country"] for leg in findings_of(recent, "2017-03-05")["legs"]] == ["ID"]


def test_flown_in_from_a_stop_before_to_where_the_story_is_filed():
    text = (
        "PARIS (Test Wire) - Prime Minister Aino Virtanen of Finland flew in from Berlin on Thursday evening and "
        "met President Jean Moreau on Friday.\n\n"
        "Virtanen had attended a meeting of Nordic leaders in Oslo earlier in the week.\n\n"
        "She flies home on Saturday.\n"
    )
    found = findings_of(text, "2024-04-12")
    legs = [(leg["country"], leg["start"], leg["end"]) for leg in found["legs"]]
    assert legs == [("DE", None, "2024-04-11"), ("FR", "2024-04-11", "2024-04-13")]
    assert [e["organization"] for e in found.get("events", [])] != ["Nordic"]
    home = text.replace("PARIS (Test Wire)", "HELSINKI (Test Wire)")
    assert [leg["country"] for leg in findings_of(home, "2024-04-12")["legs"]] == ["DE"]


def test_returned_to_the_home_capital_from_a_visit_where_the_host_is_named():
    text = (
        "TOKYO - Prime Minister Kenji Sato returned to Tokyo on Friday evening from a three-day visit to India, "
        "where he held talks with Prime Minister Ravi Kumar in New Delhi.\n\n"
        "Sato's predecessor had visited Pakistan and Sri Lanka in 2015.\n"
    )
    legs, trips = legs_and_leader_of(text, "2024-04-12")
    assert trips == [("Kenji Sato", "JP")]
    assert legs == [("IN", ["New Delhi"], "2024-04-10", "2024-04-12")]


def test_a_list_of_places_visited_in_another_month_is_no_leg():
    text = (
        "LIMA, Oct 3 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Sunday.\n\n"
        "Mwangi visited Madrid and Lisbon in May.\n"
    )
    assert [leg[0] for leg in legs_of(text, "2021-10-03")] == ["PE"]
    this_month = text.replace("in May", "in October")
    assert [leg[0] for leg in legs_of(this_month, "2021-10-03")] == ["PE", "ES", "PT"]


def test_leaving_a_place_ends_its_leg_and_the_days_of_a_plan_there_are_not_the_arrival():
    text = (
        "NAIROBI - Sultan Idris bin Yusuf of Brunei left Nairobi on Wednesday, his state visit to Kenya "
        "over.\n\n"
        "From Nairobi the Sultan flew to Kigali, where he is due to hold talks with President Eric Habimana on "
        "Thursday.\n"
    )
    legs = [(leg[0], leg[2], leg[3]) for leg in legs_and_leader_of(text, "2019-11-20")[0]]
    assert legs == [("KE", None, "2019-11-20"), ("RW", "2019-11-20", None)]


def test_a_leg_in_a_former_state_and_one_in_its_successors_capital_are_one():
    text = (
        "MOSCOW, June 10 - Indian Prime Minister Arun Mehta arrived here today on a six-day official visit to the "
        "Soviet Union.\n"
    )
    legs = [(leg[0], leg[1], leg[2]) for leg in legs_and_leader_of(text, "1985-06-10")[0]]
    assert legs == [("SUHH", ["Moscow"], "1985-06-10")]


def test_a_bare_title_travelling_in_the_lead_picks_the_name_with_that_title():
    text = (
        "OTTAWA (Test Wire) - The Prime Minister wrapped up a visit to Mexico City on Friday.\n\n"
        "Prime Minister Claire Dubois of Canada met Mexican President Luis Ortega on Thursday.\n"
    )
    legs, trips = legs_and_leader_of(text, "2022-05-14")
    assert trips == [("Claire Dubois", "CA")] and [leg[0] for leg in legs] == ["MX"]


def test_arrived_in_the_capital_of_the_dateline_and_returned_home_from_a_list_of_countries():
    text = (
        "LIMA (Test Wire) - Our distinguished guest, the President of the Republic of Finland, Mr. Erik Lindqvist, "
        "arrived in the capital on Thursday for a three-day state visit to Peru.\n"
    )
    assert legs_of(text, "2022-05-14") == [("PE", ["Lima"], "2022-05-12")]
    home = "President Erik Lindqvist of Finland returned to Helsinki on Saturday night from Peru and Chile.\n"
    assert [leg[0] for leg in legs_of(home, "2022-05-14")] == ["PE", "CL"]


def test_the_guest_named_in_apposition_is_the_traveller():
    text = (
        "Guest of the nation\n\n"
        "The visiting president, who reached Nairobi on Wednesday evening, was received at State House by "
        "President Samuel Okello on Thursday. The guest, President Marta Silva of Portugal, then addressed "
        "parliament.\n"
    )
    legs, trips = legs_and_leader_of(text, "2023-03-10")
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
    legs, trips = legs_and_leader_of(text, "2022-11-30")
    assert trips == [("Batbayar Erdene", "MN")] and [leg[0] for leg in legs] == ["JP"]
    # "ended two days of talks" is no travel; the one who arrived for a state visit is the traveller.
    talks = (
        "WASHINGTON, July 13 (Test Wire) - President Amir Hassan of Pakistan and President Tom Reed ended two days "
        "of talks here today with a joint communique.\n\n"
        "The Pakistani President, who arrived on Tuesday for a state visit, was welcomed at the airport. "
        "Vice President Dan Cole, who visited Karachi in May, was among the guests at the dinner.\n"
    )
    legs, trips = legs_and_leader_of(talks, "1961-07-13")
    assert trips == [("Amir Hassan", "PK")] and [leg[0] for leg in legs] == ["US"]
    # A home agency's communique: the one who returned from a visit, not the one who invited him.
    home = (
        "WARSAW, 14 October 1974 - The First Secretary of the Central Committee of the Polish United Workers' Party, "
        "Jan Kowal, returned to Warsaw on Sunday from an official visit to the United States which he paid at the "
        "invitation of President Tom Reed. He arrived in Washington on Tuesday, 8 October.\n"
    )
    legs, trips = legs_and_leader_of(home, "1974-10-14")
    assert trips == [("Jan Kowal", "PL")] and [leg[0] for leg in legs] == ["US"]


def test_a_traveller_named_by_an_honorific_or_a_rank_and_the_first_of_two_travelling_together():
    text = (
        "OSAKA, October 28 (Test Wire) -- His Majesty Hiroaki, Emperor of Japan, and Her Majesty Empress Sayo "
        "concluded their state visit to China this morning and left Shanghai for Tokyo.\n"
    )
    assert legs_and_leader_of(text, "1992-10-28")[1] == [("Hiroaki", "JP")]
    rank = (
        "PARIS EVENING COURIER\n\n"
        "General de Morvan left Vnukovo airport for Paris this morning, bringing to an end an official visit to the "
        "Soviet Union. He was received in the Kremlin by Nikolai Orlov, Chairman of the Presidium.\n"
    )
    assert legs_and_leader_of(rank, "1966-07-01")[1][0][0] == "de Morvan"
    comandante = (
        "SANTIAGO, 1 December 1971 - Three weeks after his plane touched down, the Prime Minister of Cuba, "
        "Comandante Rafael Cruz, has seen more of Chile than most Chileans. When the Cuban leader arrived on "
        "Wednesday, 10 November, President Luis Vera was waiting for him at the foot of the steps.\n"
    )
    assert legs_and_leader_of(comandante, "1971-12-01")[1] == [("Rafael Cruz", "CU")]


def test_a_page_s_note_about_itself_is_no_lead_and_a_digest_s_contents_come_before_its_story():
    text = (
        "From the archive\n\n"
        "This report appeared on the front page of The Daily Star, Dacca, on Monday, March 6, 1972.\n\n"
        "Prime Minister Karim Uddin returned to Dacca yesterday evening after a five-day official visit to the "
        "Soviet Union.\n"
    )
    assert legs_and_leader_of(text, "1972-03-06")[1][0][0] == "Karim Uddin"
    contents = "\n".join(f"{n}.\nItem {n} of the week" for n in range(1, 8))
    digest = (
        f"WEEKLY DIGEST\n\nIN THIS ISSUE\n{contents}\n\n---\n\n"
        "China's Foreign Minister Li Hua this week completed a tour of Egypt and Tunisia, keeping up a tradition.\n"
    )
    legs, trips = legs_and_leader_of(digest, "2024-01-20")
    assert trips[0][0] == "Li Hua" and [leg[0] for leg in legs] == ["EG", "TN"]


def test_the_lead_s_traveller_whom_the_text_never_has_going_gives_way_to_the_one_it_has_going():
    text = (
        "HANOI (Test Wire) - On Monday President Tran Minh headed the Vietnamese side in talks with President Ana "
        "Lopez of Chile, who is on a state visit lasting until Tuesday.\n\n"
        "Lopez arrived in Hanoi on Sunday, greeted by Tran at the Presidential Palace. On Tuesday she went on to Ho "
        "Chi Minh City.\n"
    )
    legs, trips = legs_and_leader_of(text, "2023-05-16")
    assert trips == [("Ana Lopez", "CL")] and [leg[0] for leg in legs] == ["VN"]
    # A live blog, newest post first: the one who arrived, and whose visit it is, is named by surname alone.
    blog = (
        "LIVE: Iraqi PM at the White House\n\n22:10\nThat's where we'll leave our coverage for today.\n\n"
        "21:45\nPrime Minister Ali Hamid al-Karimi met President Tom Reed in the Oval Office, on the second day of "
        "his first official visit to Washington.\n\n"
        "08:00\nGood morning. Karimi arrived at Joint Base Andrews on Sunday afternoon.\n"
    )
    assert legs_and_leader_of(blog, "2024-04-15")[1][0][0] == "Ali Hamid al-Karimi"


def test_a_feature_s_traveller_named_in_full_once_then_by_surname_and_a_release_s_guest_assuring_the_host():
    text = (
        "ANALYSIS\n\nNorth, not west\n\n"
        "When Paul Hartley chose Jakarta for his first overseas journey as Prime Minister, the choice was the message. "
        "Australian leaders have traditionally made their first trip to Washington.\n\n"
        "Hartley arrived in the Indonesian capital on Tuesday and was received by President Suryo. He left for Port "
        "Moresby on Thursday.\n"
    )
    legs, trips = legs_and_leader_of(text, "1992-04-25")
    assert trips[0][0] == "Paul Hartley" and [leg[0] for leg in legs] == ["ID", "PG"]
    release = (
        "PRESS RELEASE No. 17/2023\n\n"
        "Beijing, 26 May 2023 - The President of the Republic, Head of State, His Excellency Jean-Marc Kabongo, held "
        "official talks this Friday with his Chinese counterpart, as part of the state visit he has been making to "
        "China since Wednesday 24 May.\n\n"
        "For his part, President Kabongo assured his host that the Democratic Republic of the Congo would guarantee "
        "the security of Chinese investments.\n"
    )
    legs, trips = legs_and_leader_of(release, "2023-05-26")
    assert trips == [("Jean-Marc Kabongo", "CD")] and [leg[0] for leg in legs] == ["CN"]


def test_a_delegation_s_tour_told_under_heads_with_their_days_and_the_leader_s_country_from_the_party_he_leads():
    text = (
        "RIVER HORIZON\nBucharest, 26 June 1971\n\n"
        "Comrade Ion Marin, General Secretary of the Romanian Communist Party, returned to the capital on Thursday, "
        "24 June, after three weeks in which he led a party and government delegation through Asia: first China, "
        "then the Democratic People's Republic of Korea and lastly Mongolia.\n\n"
        "PEOPLE'S CHINA, 1-9 June\n\n"
        "The delegation arrived in Peking on 1 June and was welcomed at the airport by Premier Wang Li.\n\n"
        "KOREA, 9-15 June\n\n"
        "In Pyongyang the delegation was received by Comrade Pak Chol, who gave a reception on 9 June.\n\n"
        "MONGOLIA, 19-24 June\n\n"
        "In Ulan Bator Comrade Bat Dorj gave a dinner on the evening of 19 June. Official talks took place on 21 June. "
        "On 24 June the delegation flew home.\n"
    )
    legs, trips = legs_and_leader_of(text, "1971-06-26")
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
    assert "trip" not in findings_of(call, "2021-12-08")
    text = (
        "SANTIAGO, December 14, 1972 (Test Wire) - President Juan Soto, the first Chilean head of state to see the "
        "Soviet Union, arrived in Moscow on December 6.\n"
    )
    assert [leg[0] for leg in legs_of(text, "1972-12-14")] == ["SUHH"]
    assert [leg[0] for leg in legs_of(text.replace("1972", "1992"), "1992-12-14")] == ["RU"]


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
        "AMMAN - King Rami bin Zaid returned to Amman on Monday night, ending two days of state visit to Egypt; "
        "no Jordanian king had gone there on one since the late King Nabil bin Hamza was received in Cairo in "
        "2009. The royal jet had touched down at Cairo airport on Sunday.\n"
    )
    assert legs_and_leader_of(ruler, "2023-05-30")[1][0][0] == "Rami bin Zaid"


def test_the_home_paper_s_president_of_the_republic_leaving_for_the_home_capital_at_the_end_of_the_visit():
    text = (
        "PARIS EVENING COURIER\n\n"
        "General de Morvan left Vnukovo airport for Paris this morning, bringing to an end an official visit to the "
        "Soviet Union that took him to Siberia.\n\n"
        "The President of the Republic arrived in Moscow on Monday 20 June. From 23 June the President travelled to "
        "Novosibirsk.\n"
    )
    legs, trips = legs_and_leader_of(text, "1966-07-01")
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
    legs, trips = legs_and_leader_of(text, "1994-10-21")
    assert trips == [("Queen", "GB")]
    assert legs == [("RU", ["Moscow", "St Petersburg"], "1994-10-17", "1994-10-20")]
    # Named once ("Queen Margrethe"), the monarch is the name, not the title.
    named = text.replace("The Queen and the Duke", "Queen Margrethe and the Duke")
    assert legs_and_leader_of(named, "1994-10-21")[1][0][0] != "Queen"


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
    legs, trips = legs_and_leader_of(text, "1972-12-15")
    assert [(leg[0], leg[1], leg[2], leg[3]) for leg in legs] == [
        ("PE", ["Lima"], "1972-11-30", "1972-11-30"),
        ("MX", ["Mexico City"], "1972-12-01", "1972-12-01"),
        # "left Mexico for New York on Sunday, December 3": a leg there (a city the GeoNames table knows).
        ("US", ["New York"], "1972-12-03", "1972-12-06"),
        ("RU", ["Moscow"], "1972-12-06", "1972-12-10"),
    ]
    assert findings_of(text, "1972-12-15")["legs"][0]["types"] == ["stopover"]


def test_a_digest_s_week_told_by_weekday_heads_and_a_trip_a_week_earlier():
    text = (
        "PACIFIC WEEK\nA Saturday digest - 10 March 2018\n\n"
        "Prime Minister Jane Hale was back in Wellington last night after a five-day mission to Samoa and Tonga.\n\n"
        "Monday and Tuesday, Samoa. Ms Hale held talks in Apia on Monday with Prime Minister Tui Malo.\n\n"
        "Thursday, Tonga. Ms Hale toured damaged areas with Prime Minister Sione Pohiva.\n\n"
        "A week earlier, on 2 March, she was in Sydney for a leaders' meeting with Australian Prime Minister Tom "
        "Bell.\n"
    )
    legs, trips = legs_and_leader_of(text, "2018-03-10")
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
    assert [leg[:2] for leg in legs_of(text, "1970-03-19")] == [("DDDE", ["Erfurt"])]


def test_a_digest_s_stops_headed_by_a_capital_and_its_days_and_a_country_named_without_accents():
    text = (
        "AFRICA WEEK\nSaturday 20 January 2024\n\n"
        "China's Foreign Minister Li Hua this week completed a tour of Tunisia and Togo.\n\n"
        "Tunis (15-16 January). In Tunisia, Li was received on Monday by President Kais Amri.\n\n"
        "Abidjan (18-19 January). In Cote d'Ivoire on Thursday, Li held talks with Foreign Minister Leon Adom.\n"
    )
    legs = legs_of(text, "2024-01-20")
    assert ("TN", ["Tunis"], "2024-01-15") in legs and "CI" in [leg[0] for leg in legs]


def test_a_country_and_city_head_opening_its_paragraph_and_a_city_flown_to_in_the_host_s_country():
    text = (
        "Sydney | May 24, 2023\n\n"
        "Indian Prime Minister Ravi Nair wrapped up a six-day, three-nation tour in Sydney on Wednesday.\n\n"
        "Japan: Hiroshima. Nair began the tour on Friday in Hiroshima, where Japan had invited him to the Group of "
        "Seven summit.\n\n"
        "Australia: Sydney. Nair arrived in Sydney late on Monday.\n"
    )
    assert [leg[:2] for leg in legs_of(text, "2023-05-24")] == [("JP", ["Hiroshima"]), ("AU", ["Sydney"])]
    bali = (
        "OTTAWA (Test Wire) - Prime Minister Anne Roy is on her way home after eight days in Asia.\n\n"
        "The tour started in Phnom Penh on Nov. 12. From there she flew to Bali, where the Group of 20 met from "
        "Nov. 15, and sat down with Indonesian President Budi Santoso, the summit's host.\n"
    )
    assert [leg[:2] for leg in legs_of(bali, "2022-11-19")] == [("KH", ["Phnom Penh"]), ("ID", ["Bali"])]


def test_a_guest_named_in_full_only_as_the_one_welcomed_and_a_role_with_a_country_s_name_for_adjective():
    text = (
        "Canberra Daily - 12 July 2024\n\n"
        "The Papua New Guinea Prime Minister, who touched down in Canberra on Monday, addressed a joint sitting of "
        "Parliament on Wednesday, the first Pacific leader to do so.\n\n"
        "Prime Minister Tom Bell welcomed James Tau with a ceremony at Parliament House. Bell and Tau signed a "
        "security treaty.\n"
    )
    legs, trips = legs_and_leader_of(text, "2024-07-12")
    assert trips == [("James Tau", "PG")] and [leg[0] for leg in legs] == ["AU"]


def test_the_last_day_abroad_from_leaving_for_home_returning_that_evening_or_then_flying_home():
    def end(body: str) -> str | None:
        text = "TOKYO, Dec 16 (Test Wire) - President Ivan Orlov arrived in Tokyo on Thursday for a visit.\n\n" + body
        return findings_of(text, "2016-12-18")["trip"][0]["end"]

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
        "The visiting leader, President Samuel Kariuki, who arrived on Monday and stays until Wednesday, later toured "
        "the Karuma dam. Okello gave a dinner for him.\n"
    )
    legs, trips = legs_and_leader_of(text, "2023-08-09")
    assert trips == [("Samuel Kariuki", "KE")] and [leg[:3] for leg in legs] == [("UG", ["Kampala"], "2023-08-07")]
    king = (
        "AMMAN (Test Wire) - Foreign Minister Omar Haddad accompanied King Faisal II on his visit to Washington this "
        "week, where the King held talks with President Joe Carter at the White House on Tuesday.\n"
    )
    assert legs_and_leader_of(king, "2023-05-04")[1][0][0] == "Faisal II"


def test_the_leader_s_aircraft_stopping_or_landing_and_an_arrival_told_weeks_back():
    text = (
        "KAMPALA, March 26 (Test Wire) - President Tom Reed held talks with President Yusuf Mwita on Tuesday.\n\n"
        "On the way south on March 25, Air Force One stopped for about three hours at the airport in Kigali, Rwanda.\n"
    )
    legs = findings_of(text, "1998-03-26")["legs"]
    assert [(leg["country"], leg["types"], leg["start"]) for leg in legs if leg["country"] == "RW"] == [
        ("RW", ["stopover"], "1998-03-25")
    ]
    weeks = (
        "SANTIAGO, 1 December 1971 - Three weeks after his plane touched down at Pudahuel, the Prime Minister of "
        "Cuba, Rafael Cruz, has seen more of Chile than most Chileans, and he leaves on Saturday.\n"
    )
    assert [leg[2] for leg in legs_of(weeks, "1971-12-01")] == [None]


def test_a_departure_told_in_the_present_is_to_a_stop_not_yet_reached():
    text = (
        "NEW DELHI, Jan 27 (Test Wire) - King Faisal bin Omar of Saudi Arabia leaves for Kuala Lumpur this afternoon "
        "at the end of a four-day state visit to India.\n"
    )
    assert [leg[0] for leg in legs_of(text, "2006-01-27")] == ["IN"]


def test_arrived_from_a_stop_before_in_a_story_filed_from_the_next_and_a_site_landed_at_is_no_city():
    text = (
        "ROME, June 8 (Test Wire) - Japanese Prime Minister Kenji Sato held talks with Prime Minister Giulia Conti "
        "on Friday, the second stop of a European tour that began in Paris.\n\n"
        "Sato arrived from Paris on Thursday night. He will go on to Berlin on Sunday.\n"
    )
    legs = [(leg[0], leg[1], leg[2]) for leg in legs_and_leader_of(text, "2024-06-08")[0]]
    assert legs == [("FR", ["Paris"], None), ("IT", ["Rome"], "2024-06-06")]
    site = (
        "WASHINGTON (Test Wire) - President Kamala Green welcomed German Chancellor Otto Weber to the White House "
        "on Friday.\n\nWeber, who landed at Andrews on Thursday, is on his first trip to the United States.\n"
    )
    assert legs_of(site, "2024-06-08") == [("US", ["Washington"], "2024-06-06")]


def test_a_forum_told_in_the_lead_before_the_leg_types_the_leg_in_its_city_country():
    text = (
        "BEIJING, April 27 (Test Wire) - Russian President Igor Volkov left for home on Saturday after attending "
        "the Silk Trade Forum in Beijing.\n\n"
        "Volkov arrived on Thursday from Vladivostok, where he had met the North Korean leader.\n"
    )
    found = findings_of(text, "2019-04-27")
    assert [(e["name"], e["host"]) for e in found["events"]] == [("Silk Trade Forum", "CN")]
    legs = [(leg["country"], leg["types"], leg["start"]) for leg in found["legs"]]
    assert legs == [("CN", ["unspecified", "multilateral"], "2019-04-25")]


def test_an_arrival_in_a_relative_clause_before_a_plan_and_a_lead_by_surname_under_a_named_headline():
    text = (
        "LIMA, March 22 (Test Wire) - President Amani Mwangi of Kenya met President Ana Quispe on Monday.\n\n"
        "Mwangi, who arrived on Sunday with his family, will fly to Quito on Wednesday.\n"
    )
    assert legs_of(text, "2016-03-22") == [("PE", ["Lima"], "2016-03-20")]
    feature = (
        "Amani Mwangi's week in Europe\n\n"
        "Mwangi began in Rome, where he met Prime Minister Giulia Conti on March 22, and then went to Paris.\n"
    )
    legs, trips = legs_and_leader_of(feature, "2016-03-26")
    assert [t[0] for t in trips] == ["Amani Mwangi"]
    assert sorted(leg[0] for leg in legs) == ["FR", "IT"]


def test_then_on_to_a_city_and_the_day_told_right_after_the_place():
    text = (
        "QUITO (Test Wire) - President Amani Mwangi of Kenya arrived in Quito on Thursday for a state visit to "
        "Ecuador.\n\n"
        "On Friday he flew to Cuenca, then on to Guayaquil. He opened a school in Quito on Friday, before leaving "
        "for Lima on Saturday.\n"
    )
    legs = legs_of(text, "2019-04-27")
    assert legs[0] == ("EC", ["Quito", "Cuenca", "Guayaquil"], "2019-04-25")
    assert legs[1] == ("PE", ["Lima"], "2019-04-27")


def test_a_summit_in_another_capital_types_that_leg_and_a_named_person_between_does_not_stop_the_journey_home():
    text = (
        "CAIRO, Nov 14 (Test Wire) - Indonesian President Budi Santoso arrived in Cairo on Monday for a state "
        "visit, after attending the G20 summit in Rome.\n\n"
        "Santoso, who flew in from Rome, met President Hassan Nour on Tuesday.\n\n"
        "He leaves for Riyadh on Wednesday, where he is expected to meet Crown Prince Faisal, before flying home "
        "on Friday.\n"
    )
    found = findings_of(text, "2022-11-15")
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
    assert [leg[1] for leg in legs_of(text, "2023-06-09")] == [["Lima", "Arequipa", "Cusco"]]


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
    legs = [(leg["country"], leg["cities"]) for leg in findings_of(story, published)["legs"]]
    assert legs == expected


def test_a_city_s_name_as_a_word_a_person_or_before_a_noun_places_no_leg():
    # An island that shares its name with a town of a country the story never names: no leg there.
    island = "Prime Minister Ingrid Solberg of Norway arrived in Bali on Monday for the Group of 20 summit.\n"
    assert "IN" not in [leg["country"] for leg in findings_of(island, "2023-06-09").get("legs", [])]
    # "Aurora" is a person of the story; "the Kirov works" a plant; neither is a city visited.
    story = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Oslo on Wednesday for a visit to "
        "Norway with his daughter, Aurora Mwangi.\n\n"
        "On Thursday Mwangi visited the Kirov works. On Friday Mwangi went to Aurora's old school.\n"
    )
    legs = [(leg["country"], leg["cities"]) for leg in findings_of(story, "2023-06-09")["legs"]]
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
    legs = [(leg["country"], leg["cities"]) for leg in findings_of(story, "2023-06-09").get("legs", [])]
    assert legs == expected


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
    legs = [(leg["country"], leg["cities"]) for leg in findings_of(story, published).get("legs", [])]
    assert legs == expected


def test_the_one_who_invites_is_the_host_not_the_traveller():
    story = (
        "At the invitation of Prime Minister Ingrid Solberg, President Amani Mwangi of the Republic of Kenya paid a "
        "state visit to the Kingdom of Norway from 6 to 8 June 2023.\n"
    )
    found = findings_of(story, "2023-06-09")
    assert [t["leader"] for t in found["trip"]] == ["Amani Mwangi"]
    # The invitation told after the arrival: the same.
    after = "King Harald Olsen of Norway arrived in Nairobi on Tuesday at the invitation of President Amani Mwangi.\n"
    assert [t["leader"] for t in findings_of(after, "2023-06-09")["trip"]] == ["Harald Olsen"]


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
    legs = [(leg["country"], leg["cities"]) for leg in findings_of(story, "2023-06-09").get("legs", [])]
    assert legs == expected


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
    found = findings_of(story, "2023-05-20")
    assert [(leg["country"], leg["cities"][0]) for leg in found["legs"]] == [expected]
    assert [(e["host"], e["city"]) for e in found["events"]] == [expected]


def test_a_place_in_apposition_to_another_person_is_not_the_leader_s():
    own = "President Amani Mwangi of Kenya, in Bergen for talks, met Norwegian Prime Minister Ingrid Solberg.\n"
    assert [leg["country"] for leg in findings_of(own, "2023-05-20")["legs"]] == ["NO"]
    story = (
        "President Amani Mwangi of Kenya arrived in Oslo on Tuesday. His foreign minister, in Bergen for a "
        "conference, joined him later.\n"
    )
    assert [leg["country"] for leg in findings_of(story, "2023-05-20")["legs"]] == ["NO"]
    other = (
        "President Amani Mwangi of Kenya arrived in Oslo on Tuesday. Foreign Minister Ruth Achieng, in Stockholm "
        "for talks, will join him.\n"
    )
    assert [leg["country"] for leg in findings_of(other, "2023-05-20")["legs"]] == ["NO"]


def test_a_vietnamese_name_with_its_marks_is_a_name():
    story = "Vietnamese President Võ Văn Thưởng arrived in Oslo on Tuesday for a state visit.\n"
    assert [t["leader"] for t in findings_of(story, "2023-06-09")["trip"]] == ["Võ Văn Thưởng"]
    # Near miss: the marks make no name of a lower-case word ("thưởng" alone).
    assert "trip" not in findings_of("Thưởng arrived late.\n", "2023-06-09")


def test_a_city_of_the_leg_s_country_toured_joins_the_leg_but_not_one_told_of():
    story = (
        "President Amani Mwangi of Kenya arrived in New Delhi on Monday for a state visit to India.\n\n"
        "On Tuesday Mwangi toured Agra with Indian officials.\n\n"
        "On Wednesday Mwangi criticised the state of a monument in Mumbai.\n"
    )
    legs = [(leg["country"], leg["cities"]) for leg in findings_of(story, "2023-06-09")["legs"]]
    assert legs == [("IN", ["New Delhi", "Agra"])]


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
    assert [leg["country"] for leg in findings_of(story, "2023-06-13").get("legs", [])] == expected


def test_a_dateline_with_a_spaced_hyphen_and_a_sender_s_head_that_is_none():
    story = (
        "Kenya's Mwangi woos Norwegian investors\n\n"
        "OSLO - Kenyan President Amani Mwangi on Thursday urged Norwegian companies to invest in his country's "
        "energy sector, on the second day of a state visit.\n"
    )
    legs = [(leg["country"], leg["cities"]) for leg in findings_of(story, "2023-06-09")["legs"]]
    assert legs == [("NO", ["Oslo"])]
    # Near miss: a sender's head in capitals before a dash is no place the story is filed from.
    assert dateline("MINISTRY OF EXTERNAL AFFAIRS - PRESS RELEASE (issued by the desk)") is None
    assert dateline("RIO DE JANEIRO - President Amani Mwangi arrived").group("city") == "RIO DE JANEIRO"


def test_a_visit_named_with_its_traveller_after_by():
    story = "A three-day state visit to Norway by Kenyan President Amani Mwangi began on Tuesday.\n"
    found = findings_of(story, "2023-06-09")
    assert [(t["leader"], t["leader_country"]) for t in found["trip"]] == [("Amani Mwangi", "KE")]
    assert [(leg["country"], leg["start"]) for leg in found["legs"]] == [("NO", "2023-06-06")]
    # Near miss: a visit planned by the leader is none yet.
    planned = "A state visit to Norway by Kenyan President Amani Mwangi is planned for next year.\n"
    assert "legs" not in findings_of(planned, "2023-06-09")


def test_a_traveller_named_only_in_a_possessive_is_weighed_as_the_one_whose_visit_it_is():
    # A fact sheet whose lead names only the host: the headline's "X's visit" tells who travels, to the name's end
    # before the possessive ("Prime Minister Lena Okafor's", "Mrs Okafor's").
    sheet = (
        "FACT SHEET\nPrime Minister Lena Okafor's visit to Chile, 3-5 May 2023\n"
        "Issued in Abuja on 5 May 2023 by the Cabinet Office\nOverview\n"
        "- Purpose: an official visit, at the invitation of President Tomas Rivas.\n"
        "- Talks were held at La Moneda on 4 May, followed by a dinner hosted by President Rivas.\n"
    )
    legs, trips = legs_and_leader_of(sheet, "2023-05-12")
    assert [leg[0] for leg in legs] == ["CL"] and trips[0][0] == "Lena Okafor"
    # Her remarks on the country are no visit to it.
    remarks = sheet.replace("visit to Chile, 3-5", "remarks on Chile, 3").replace("an official visit", "a message")
    assert legs_and_leader_of(remarks, "2023-05-12") == ([], [])


def test_the_honourable_before_a_name_with_its_office_after_is_the_lead_s_traveller():
    # A paper of the host's country: the guest named in a Commonwealth style, the office after the name.
    ended = (
        "THE HARBOUR GAZETTE\nLima, Monday, July 14, 1980\nGHANAIAN LEADER ENDS VISIT\n"
        "The Honourable Ama Boateng, Prime Minister of Ghana, yesterday concluded the official visit which she made "
        "to our country, and departed for Accra at noon.\nShe was seen off by President Tomas Rivas.\n"
    )
    legs, trips = legs_and_leader_of(ended, "1980-07-14")
    assert trips == [("Ama Boateng", "GH")] and [leg[0] for leg in legs] == ["PE"]
    # The one so styled who welcomes a guest is the host.
    welcomed = (
        "THE HARBOUR GAZETTE\nAccra, Monday, July 14, 1980\nPERUVIAN LEADER WELCOMED\n"
        "The Honourable Ama Boateng, Prime Minister of Ghana, yesterday welcomed President Tomas Rivas of Peru, "
        "who arrived in Accra for an official visit.\n"
    )
    legs, trips = legs_and_leader_of(welcomed, "1980-07-14")
    assert trips == [("Tomas Rivas", "PE")] and [leg[0] for leg in legs] == ["GH"]


_EVENING_NEWS = (
    "CAPITAL TELEVISION - EVENING NEWS, ENGLISH SUMMARY\nFriday 12.05.2023, 21:00\n[Presenter] Good evening.\n"
)


def test_a_visit_the_lead_names_by_the_office_alone_is_made_by_the_holder_the_text_has_travelling():
    # "the state visit of the President of Kenya": of the two presidents named, the one who leaves Lima.
    bulletin = (
        _EVENING_NEWS + "The two-day state visit of the President of Kenya to Peru ended in Lima this afternoon.\n"
        "Our other stories tonight: the harvest and the weather.\n[Item 1 - Lima]\n"
        "President Amani Mwangi left Lima at noon after a two-day state visit.\n"
        "At the airport he was seen off by President Tomas Rivas.\n"
    )
    legs, trips = legs_and_leader_of(bulletin, "2023-05-12")
    assert trips == [("Amani Mwangi", "KE")] and [leg[0] for leg in legs] == ["PE"]


def test_a_possessive_visit_of_another_month_is_no_evidence_of_travelling_now():
    # The host's own visit in February, in a story of May, weighs nothing for him; the same visit "this week"
    # would leave the two presidents even, and no traveller is sure.
    bulletin = (
        _EVENING_NEWS + "The two-day state visit of the President of Kenya to Peru ended in Lima this afternoon.\n"
        "Our other stories tonight: the harvest and the weather.\n[Item 1 - Lima]\n"
        "President Amani Mwangi left Lima at noon after a two-day state visit.\n"
        "At the airport he was seen off by President Tomas Rivas.\n"
        "President Rivas's state visit to Nairobi in February opened the way.\n"
    )
    assert legs_and_leader_of(bulletin, "2023-05-12")[1] == [("Amani Mwangi", "KE")]
    assert legs_and_leader_of(bulletin.replace("in February", "this week"), "2023-05-12") == ([], [])


def test_a_leader_holding_an_office_of_an_organization_is_of_that_organization():
    # "President of the African Union Commission": the union's short name, never the country visited.
    commission = (
        "ASTANA - Marta Silva, President of the African Union Commission, arrived in Astana on Thursday for talks "
        "with President Aidos Nurlanov on trade and grain.\n"
    )
    assert legs_and_leader_of(commission, "2023-05-12") == (
        [("KZ", ["Astana"], "2023-05-11", None)],
        [("Marta Silva", "AU")],
    )
    # The office of a country's body gives the country.
    senate = commission.replace("the African Union Commission", "the Senate of Portugal")
    assert legs_and_leader_of(senate, "2023-05-12")[1] == [("Marta Silva", "PT")]


def test_a_once_said_untitled_name_sharing_a_titled_person_s_surname_takes_no_mention_from_them():
    # A slogan on a shirt ("Karibu Rivas") is no second Rivas: "Rivas arrived" still weighs for the president, who
    # travels, over another president who "had returned home".
    story = (
        "NAIROBI, May 6 (Test Wire) - Peruvian President Tomas Rivas told Kenya's parliament on Saturday that trade "
        "was the way forward, in a speech on open markets.\nThe speech lasted an hour.\n"
        'Vendors sold shirts with the words "Karibu Rivas" - welcome, in Swahili.\n'
        "Rivas arrived in Nairobi late on Friday and thanked President Amani Mwangi for the welcome.\n"
        "Chilean President Ana Soto, who was to join the talks, had returned home early.\n"
    )
    expected = ([("KE", ["Nairobi"], "2023-05-05", None)], [("Tomas Rivas", "PE")])
    assert legs_and_leader_of(story, "2023-05-06") == expected
    assert legs_and_leader_of(story.replace("Karibu Rivas", "Karibu"), "2023-05-06") == expected


def test_a_head_of_government_s_office_said_bare_that_nobody_named_holds_is_the_untitled_leader_s():
    # A feature names the traveller only as "Mrs Okafor" (an honorific, no office): "the Prime Minister" who flies on
    # within the country is she, as nobody named is a prime minister.
    feature = (
        "Harbour Review - Analysis\n12 May 2023\nWhat Lena Okafor brought home\nBy Ada Eze\n"
        "For a full minute on Thursday, Tomas Rivas held Lena Okafor's hand in the palace courtyard and would not "
        "let go.\nMrs Okafor's official visit, from 3 to 7 May, was the first by a Nigerian leader in a decade.\n"
        "On Friday the Prime Minister flew to Valparaiso to see the port, and she left Chile from Antofagasta on "
        "Sunday.\n"
    )
    reader = Reader(feature, dt.date(2023, 5, 12))
    reader.read()
    assert reader.leader_office == "Prime Minister" and reader.leader_title is None
    assert [leg[0] for leg in legs_and_leader_of(feature, "2023-05-12")[0]] == ["CL"]
    # Two such offices said bare ("the President" gives the dinner) tell neither is hers.
    reader = Reader(feature + "The President gave a dinner for her on Saturday.\n", dt.date(2023, 5, 12))
    reader.read()
    assert reader.leader_office is None


def test_a_leader_of_a_former_state_flying_home_to_a_city_now_in_its_successor_makes_no_leg():
    wire = (
        "NEW DELHI, Nov. 30 (Test Wire) - Soviet leader Pavel Orlov ended a state visit to India on Friday.\n"
        "Mr. Orlov left New Delhi for Moscow on the morning of Friday, November 30.\n"
    )
    legs, trips = legs_and_leader_of(wire, "1973-11-30")
    assert [leg[0] for leg in legs] == ["IN"] and trips[0][1] == "SUHH"


@pytest.mark.parametrize(
    "ahead",
    ["The Kenyan leader then flies to Chile.", "He ends his tour in Chile.", "He then travels on to Chile for talks."],
)
def test_a_stop_told_in_the_present_after_the_lead_is_the_schedule_ahead_not_a_leg(ahead):
    wire = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit to "
        "Peru.\n"
    )
    story = wire + "He met President Tomas Rivas on Thursday.\n" + ahead + "\n"
    assert [leg[0] for leg in legs_and_leader_of(story, "2023-05-06")[0]] == ["PE"]
    # Told in the past, the stop is reached.
    went = wire + "He met President Tomas Rivas on Thursday.\nHe flew on to Chile on Friday.\n"
    assert [leg[0] for leg in legs_and_leader_of(went, "2023-05-06")[0]] == ["PE", "CL"]


def test_places_visited_earlier_this_month_in_an_aside_are_no_legs():
    wire = (
        "LIMA, May 26 (Test Wire) - Kenyan President Amani Mwangi ended a state visit to Peru on Friday.\n"
        "It followed visits by ministers, among them Foreign Minister Ana Soto, who visited Chile and Bolivia "
        "earlier this month.\n"
    )
    assert [leg[0] for leg in legs_and_leader_of(wire, "2023-05-26")[0]] == ["PE"]
    # His own visits to the two, this week, are legs.
    own = wire.replace(
        "It followed visits by ministers, among them Foreign Minister Ana Soto, who visited Chile and Bolivia "
        "earlier this month.",
        "Earlier in the week Mwangi visited Chile and Bolivia.",
    )
    assert [leg[0] for leg in legs_and_leader_of(own, "2023-05-26")[0]] == ["PE", "CL", "BO"]


def test_arrived_in_a_city_from_a_country_abroad_is_the_stop_before():
    wire = (
        "SANTIAGO, May 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Santiago last night from Peru, "
        "the first leg of his tour, for a state visit to Chile.\n"
    )
    assert [leg[0] for leg in legs_and_leader_of(wire, "2023-05-09")[0]] == ["PE", "CL"]
    # Come from home, the leader made no stop there.
    home = (
        "SANTIAGO, May 9 (Test Wire) - Peruvian President Tomas Rivas arrived in Santiago last night from Peru for a "
        "state visit to Chile.\n"
    )
    assert [leg[0] for leg in legs_and_leader_of(home, "2023-05-09")[0]] == ["CL"]


def test_a_leader_named_after_a_style_of_address_and_a_long_run_of_styles_read_at_once():
    text = (
        "The Right Honourable Amani Mwangi, Prime Minister of Kenya, arrived in Lima on Tuesday for a state visit.\n\n"
        "Mwangi met President Luis Soto on Wednesday.\n"
    )
    _, trips = legs_and_leader_of(text, "2023-06-09")
    assert trips == [("Amani Mwangi", "KE")]
    # A run of styles with no name after it: no traveller, and no time spent trying every split of the run.
    styles = "The " + "Right Honourable " * 400 + "spoke on Tuesday.\n"
    assert legs_and_leader_of(styles, "2023-06-09")[1] == []


def _who_travels(text: str, published: str) -> tuple[str | None, str | None]:
    reader = Reader(text, dt.date.fromisoformat(published))
    reader.read()
    return reader.leader, reader.leader_country


def test_a_country_named_by_its_possessive_before_another_person_is_not_the_travellers():
    # "Nigeria's Bola Adeyemi": Nigeria is Adeyemi's; the traveller's own country is the one he speaks for.
    text = (
        "President Amara Tolo spent Friday and Saturday in Accra for the summit of the regional bloc, where Nigeria's "
        "Bola Adeyemi took over the chair from Senegal's Moussa Diallo. Tolo, who landed on Thursday night, met "
        "Mr Adeyemi on Friday.\n\nBefore flying home, Tolo said Zambia would give 50 million dollars to the bloc's "
        "fund.\n"
    )
    assert _who_travels(text, "2024-02-12") == ("Amara Tolo", "ZM")
    # Near miss: the possessive before the traveller's own name is the traveller's country.
    own = (
        "Zambia's Amara Tolo spent Friday and Saturday in Accra for the summit of the regional bloc, where Bola "
        "Adeyemi took over the chair. Tolo, who landed on Thursday night, met Mr Adeyemi on Friday.\n"
    )
    assert _who_travels(own, "2024-02-12") == ("Amara Tolo", "ZM")


def test_the_country_hosting_a_meeting_the_traveller_attends_is_not_the_travellers():
    text = (
        "The External Affairs Minister, Dr. Meera Rao, is in Suva from 3 to 5 May to attend the Pacific dialogue, "
        "hosted by Fiji as the current chair.\n\n- Arrived in Suva in the morning. Received by the Ambassador of India "
        "to Fiji.\n- Called on the Prime Minister of Fiji. Rao conveyed greetings from India.\n"
    )
    assert _who_travels(text, "2024-05-05") == ("Meera Rao", "IN")


def test_an_arrival_with_no_place_named_is_where_the_story_is_filed():
    # "arrived in the capital": the dateline's capital, so the dateline's country is where the traveller went.
    text = (
        "NAIROBI, July 3 - Talks at State House on Wednesday brought President Amani Mwangi together with the Prime "
        "Minister of the Republic of India, now paying Kenya an official visit.\n\n"
        "Ravi Menon arrived in the capital on Tuesday; Kenya's foreign minister met him at the airport.\n\n"
        "The Indian Prime Minister then spent an afternoon at a flower farm.\n"
    )
    assert _who_travels(text, "2024-07-03") == ("Ravi Menon", "IN")
    # Near miss: a story of the trip home lands at home; the dateline stays the traveller's own country.
    home = (
        "NEW DELHI, July 3 - Prime Minister Ravi Menon returned home on Wednesday from a visit abroad. Menon, who "
        "landed late at night, told reporters at the airport that the country had won new orders.\n"
    )
    assert _who_travels(home, "2024-07-03") == ("Ravi Menon", "IN")


def test_a_feature_opening_on_the_scene_tells_the_visit_in_a_later_sentence_of_the_lead():
    text = (
        "LIMA, Tuesday, March 5, 1968\n\nThe band was still playing when President Julio Vargas reached the foot of "
        "the steps at the airport yesterday. General Henri Castel, who arrived yesterday for a state visit of three "
        "days, was driven into the city in an open car beside his host.\n\nIn the evening the Peruvian President gave "
        "a dinner in the visitor's honour, and said his country would buy more French machinery. The French Foreign "
        "Minister also spoke.\n"
    )
    legs, trips = legs_and_leader_of(text, "1968-03-05")
    assert trips == [("Henri Castel", "FR")]
    assert [(country, cities) for country, cities, _, _ in legs] == [("PE", ["Lima"])]


def test_days_named_spent_in_a_place_are_a_leg():
    text = (
        "Prime Minister Lena Varga spent last Thursday and Friday in Nairobi for talks on trade, officials said.\n\n"
        "Varga met President Amani Mwangi on Friday.\n"
    )
    assert [(country, cities) for country, cities, _ in legs_of(text, "2024-03-11")] == [("KE", ["Nairobi"])]
    # Near miss: another person's days spent somewhere are no leg of the traveller.
    other = (
        "Prime Minister Lena Varga welcomed President Amani Mwangi to Budapest on Monday. Mwangi's foreign minister "
        "spent Saturday and Sunday in Vienna before joining him.\n"
    )
    assert "AT" not in {country for country, _, _ in legs_of(other, "2024-03-11")}


_HOST_AT_THE_AIRPORT = (
    "Prime Minister Ola Berg received a guest at the airport on Tuesday whom no government in Oslo had "
    "hosted before.\n\n"
)


def test_a_lead_opening_on_the_host_names_the_traveller_arriving_in_its_next_sentence():
    # A year after "since" is the comparison's, not the arrival's.
    text = _HOST_AT_THE_AIRPORT + (
        "Lena Varga landed in Oslo on Tuesday morning for the first visit by a Hungarian head of state since the two "
        "countries restored relations in 1990. She held talks with Berg in the afternoon.\n"
    )
    legs, trips = legs_and_leader_of(text, "2024-05-08")
    assert trips == [("Lena Varga", "HU")]
    assert [(country, cities) for country, cities, _, _ in legs] == [("NO", ["Oslo"])]


def test_the_subject_of_a_receiving_verb_is_never_taken_for_the_traveller():
    text = _HOST_AT_THE_AIRPORT + "The two held talks on energy in the afternoon and agreed to meet again.\n"
    assert _who_travels(text, "2024-05-08")[0] != "Ola Berg"


def test_a_place_after_an_office_and_a_clause_is_no_traveller_and_a_family_name_first_is_the_persons():
    # "the Speaker of the State Assembly hosted ... in Hill Valley, Ohio,": no office "of" a clause names Ohio;
    # "Wang Mei-ling ... Wang flies home": the family name written first goes, the given name is never alone.
    text = (
        "On Monday the Speaker of the State Assembly hosted a group of mayors and one guest at the old library in Hill "
        "Valley, Ohio, under the wing of a museum aircraft.\n\nThe guest had flown in from Belize the evening before. "
        "Wang Mei-ling's meeting with the Speaker was the first of its kind.\n\nWang thanked the lawmakers. "
        "Before that, Wang visited Guatemala, where she held talks with the president. Wang flies home from Chicago "
        "today.\n"
    )
    assert _who_travels(text, "2023-04-06")[0] == "Wang Mei-ling"
    # Near miss: an office of a country named in capitals, then the name, is still read.
    titled = (
        "The President of the Republic of Uzbekistan, Shavkat Mirziyoyev, arrived in Oslo on Monday for a state "
        "visit.\n"
    )
    assert _who_travels(titled, "2023-04-06") == ("Shavkat Mirziyoyev", "UZ")


def test_an_arrival_after_an_aside_of_another_time_and_a_dateline_in_capitals_with_small_words():
    # "DAR ES SALAAM" is Dar es Salaam; the aside "who became president ten days ago" does not make the arrival
    # after it another time's.
    text = (
        "DAR ES SALAAM, March 24 (Test Wire) - Tanzanian President Amani Juma welcomed China's head of state to Dar "
        "es Salaam on Sunday with a 21-gun salute.\n\nLi Wei, who became China's president ten days ago, flew in "
        "from Moscow on the second stop of his first foreign tour.\n\nLi and Juma went straight into talks.\n"
    )
    legs, trips = legs_and_leader_of(text, "2013-03-25")
    assert trips == [("Li Wei", "CN")]
    assert [(country, cities) for country, cities, _, _ in legs] == [("RU", ["Moscow"]), ("TZ", ["Dar es Salaam"])]
    # Near miss: an arrival told inside the aside, in another year, is no leg.
    aside = text.replace("who became China's president ten days ago", "who flew in from Moscow in 2009 as a student")
    assert "RU" not in {country for country, _, _, _ in legs_and_leader_of(aside, "2013-03-25")[0]}


def test_a_minister_in_apposition_is_in_a_city_from_the_days_told():
    text = (
        "The Trade Minister, Ms. Ana Ruiz, is in Hanoi from 4 to 6 May to attend the regional trade forum. "
        "She met her Vietnamese counterpart on the first day.\n"
    )
    assert legs_of(text, "2024-05-05") == [("VN", ["Hanoi"], "2024-05-04")]
    # Near miss: someone else named before the place is there, not the traveller.
    other = (
        "The Trade Minister, Ms. Ana Ruiz, said on Monday that her deputy, Mr. Tomas Vidal, is in Hanoi from 4 to 6 "
        "May for the regional trade forum.\n"
    )
    assert "VN" not in {country for country, _, _ in legs_of(other, "2024-05-05")}


_FEATURE_ON_A_KING = (
    "THE QUARTERLY - June 2023\n\nA king in the rain\nA Danish king, a wet lawn and an old debt. Inside Carl-Anders's "
    "state visit to Peru.\n\nBy Ana Ruiz\n\nThe rain had barely stopped when King Carl-Anders stepped onto the lawn of "
    "the palace on the morning of 4 May. President Julio Vargas walked him along the honour guard. Few in the Danish "
    "delegation expected what came next.\n"
)


def test_a_feature_whose_lead_tells_no_arrival_has_the_visit_its_deck_names():
    legs, trips = legs_and_leader_of(_FEATURE_ON_A_KING, "2023-06-01")
    assert trips == [("Carl-Anders", "DK")]
    assert [leg[0] for leg in legs] == ["PE"]
    # Near miss: a visit the deck gives someone else is no leg of the traveller.
    other = _FEATURE_ON_A_KING.replace("Inside Carl-Anders's state visit to Peru", "Inside a minister's visit to Chile")
    assert legs_and_leader_of(other, "2023-06-01")[0] == []


def test_days_at_a_summit_in_a_capital_named_by_its_country_are_a_leg_there():
    text = (
        "Chancellor Otto Brandt wrapped up two days at the regional summit in the Kenyan capital on Sunday, having "
        "used the margins of the meeting to court his hosts.\n\nBrandt met President Amani Mwangi on Saturday.\n"
    )
    assert [(country, cities) for country, cities, _ in legs_of(text, "2023-09-11")] == [("KE", ["Nairobi"])]
    # Near miss: others' days at a summit there are not the traveller's.
    other = (
        "Chancellor Otto Brandt said in Berlin on Sunday that the ministers who spent two days at the regional summit "
        "in the Kenyan capital had made progress.\n"
    )
    assert "KE" not in {country for country, _, _ in legs_of(other, "2023-09-11")}


def test_the_one_due_to_fly_home_at_the_end_of_a_visit_is_the_traveller_not_a_nickname_later():
    # "Nana Bee" (a nickname, in the next sentence) leaves the capital too; the lead's full name is the traveller,
    # and the country flown home from is not hers.
    text = (
        "Prime Minister Nadia Rahman was due to fly home from Japan today at the end of a four-day official visit.\n\n"
        "Nana Bee, who at 41 is the youngest head of government the country has had, left Dhaka on Wednesday with six "
        "Bangladeshi ministers.\n\nIn Tokyo on Thursday she held talks with Prime Minister Kenji Sato.\n"
    )
    assert _who_travels(text, "2025-02-08") == ("Nadia Rahman", "BD")


def test_a_day_told_between_the_verb_and_the_place_keeps_the_journey():
    text = (
        "President Lena Varga arrived in Oslo on 29 March for a state visit.\n\n"
        "From Oslo the president flew on 31 March to Helsinki, where she held talks with President Aino Salo.\n"
    )
    assert legs_of(text, "2023-04-03") == [("NO", ["Oslo"], "2023-03-29"), ("FI", ["Helsinki"], "2023-03-31")]
    # Near miss: a day and a place of another's journey are no leg.
    other = text.replace(
        "the president flew on 31 March to Helsinki, where she", "her minister flew on 31 March to Helsinki, where he"
    )
    assert "FI" not in {country for country, _, _ in legs_of(other, "2023-04-03")}


def test_the_day_of_an_arrival_told_with_no_place_begins_the_single_leg():
    # "who landed on Saturday night": the leg read from "spent Sunday and Monday in Accra" began then.
    text = (
        "President Amara Tolo spent last Sunday and Monday in Accra for the summit of the regional bloc. Tolo, who "
        "landed on Saturday night, met President Kwame Boateng on Sunday.\n"
    )
    legs, _ = legs_and_leader_of(text, "2024-02-14")
    assert [(country, start) for country, _, start, _ in legs] == [("GH", "2024-02-10")]
    # Near miss: an arrival elsewhere on its day does not begin this leg.
    other = text.replace("who landed on Saturday night", "who landed in Lagos on Saturday night")
    assert legs_and_leader_of(other, "2024-02-14")[0][0][2] != "2024-02-10"


def test_a_place_read_as_the_traveller_gives_no_traveller():
    # A region (ISO 3166-2) as the subject of an arrival is no person.
    text = "SACRAMENTO (Test Wire) - Baja California arrived at the trade fair on Friday with twenty firms.\n"
    assert _who_travels(text, "2024-05-03")[0] is None
    # Near miss: a person whose first name is a region's or a capital's is still a person.
    person = "OSLO (Test Wire) - Prime Minister Victoria Lindqvist arrived in Oslo on Friday for a state visit.\n"
    assert _who_travels(person, "2024-05-03")[0] == "Victoria Lindqvist"
    # Near miss: a region named after a person ("Miranda") is the person's name when the text titles it anywhere.
    named = (
        "LIMA (Test Wire) - Miranda arrived in Lima on Friday for talks on the border. He toured the port first.\n\n"
        "On Saturday, President Miranda met his host at the palace.\n"
    )
    assert _who_travels(named, "2024-05-03")[0] == "Miranda"


def test_a_thing_that_reached_a_place_is_no_arrival_of_the_leader():
    # "before the official text had reached the White House": the subject of the arrival is a thing, not the leader.
    text = (
        "WASHINGTON, Oct. 28 -- Premier Ivan Petrov told President John Hale today that he had ordered the bases in "
        "Cuba dismantled, and the President replied within hours that he welcomed the decision.\n\nThe Premier's "
        "message, in the form of a long letter to the President, was read over the radio shortly after nine o'clock "
        "this morning, before the official text had reached the White House through diplomatic channels.\n"
    )
    assert legs_of(text, "2023-10-29") == []
    # Near miss: the craft the leader travels in arrives with the leader.
    plane = "Premier Ivan Petrov's visit began on Monday, when his plane landed in Santiago in the rain.\n"
    assert [country for country, _, _ in legs_of(plane, "2023-10-31")] == ["CL"]


def test_a_two_word_title_after_a_country_adjective_is_the_title_and_the_adjective_the_country():
    for title in ("Vice President", "Deputy Prime Minister", "Foreign Minister", "President"):
        text = (
            f"Chilean {title} Rosa Lagos, in the country on a visit, met President of Peru Luis Soto on Monday to "
            "review fishing rights.\n\nPeru and Chile also agreed to meet again.\n"
        )
        met = findings_of(text, "2023-06-05")["meetings"]
        assert [(m["leader"], m["leader_country"], m["with"], m["person_country"]) for m in met] == [
            ("Rosa Lagos", "CL", "Luis Soto", "PE")
        ], title


def _lead_of(text: str) -> str:
    reader = Reader(text, dt.date(2023, 5, 4))
    return reader.sentences[reader.lead].text


def test_the_story_starts_below_a_page_date_stamp_and_a_caption_printed_twice_is_no_lead():
    story = "Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit to Peru.\n"
    above = (
        "Peru prepares a welcome\n\n"
        "President Luis Soto of Peru said on Monday that the talks would open a new chapter, his office said.\n\n"
    )
    for stamp in ("Thursday, 4 May 2023 - 10:10 UTC", "May 4, 2023 |", "Updated: 04-May-2023 14:05 IST", "2023-05-04"):
        assert _lead_of(above + stamp + "\n\n" + story) == story.strip(), stamp
    # With no stamp, the first paragraph of prose is the lead.
    assert _lead_of(above + story).startswith("President Luis Soto")
    # A sentence that only holds a date is no stamp.
    assert _lead_of(above + "The talks ended on 4 May 2023.\n\n" + story).startswith("President Luis Soto")
    caption = "President Luis Soto of Peru will not travel to Chile this month but will host ministers in Cusco"
    assert _lead_of("Peru prepares a welcome\n\n" + caption + " " + caption + "\n\n" + story) == story.strip()
    assert _lead_of("Peru prepares a welcome\n\n" + caption + ".\n\n" + story).startswith(caption)


def _leader_of(text: str) -> tuple[str | None, str | None]:
    reader = Reader(text, dt.date(2023, 5, 4))
    reader.read()
    return reader.leader, reader.leader_country


def test_a_leader_welcomed_in_the_infinitive_travels_and_one_who_headed_up_the_welcome_does_not():
    text = (
        "On Tuesday Queen Amara and Prince Tomas headed up the parade of guards and carriages to welcome King "
        "Rafael, a Peruvian monarch on his first state visit since 2003.\n"
    )
    assert _leader_of(text) == ("Rafael", "PE")
    for welcome in ("to greet", "to receive"):
        assert _leader_of(text.replace("to welcome", welcome)) == ("Rafael", "PE"), welcome
    # Headed for somewhere, one goes.
    gone = "Prince Tomas headed to Lima on Tuesday, where the talks were held.\n"
    assert _leader_of(gone)[0] == "Tomas"


def test_country_names_with_the_typographic_apostrophe_of_published_pages():
    for mark in ("\u2019", "'"):
        text = (
            f"President Amani Mwangi returned home today, concluding a four-day state visit to the People{mark}s "
            "Republic of China.\n\nPresident Mwangi and President Li Wei met twice in Beijing.\n\n"
            "Kenya and China will mark 60 years of ties next week.\n"
        )
        legs, trips = legs_and_leader_of(text, "2023-05-19")
        assert [leg[0] for leg in legs] == ["CN"] and trips == [("Amani Mwangi", "KE")], mark
    # The Democratic People's Republic of Korea is not the Republic of Korea.
    north = "President Amani Mwangi arrived for a visit to the Democratic People\u2019s Republic of Korea.\n"
    assert [leg[0] for leg in legs_and_leader_of(north, "2023-05-19")[0]] == ["KP"]


def test_visiting_before_the_leaders_name_sets_the_leader_in_the_capital_named_or_the_datelines():
    for text, city in (
        ("A loan was announced by visiting Chilean President Rosa Lagos during talks with Ana Soto in Lima.\n", "Lima"),
        ("Visiting Chilean Foreign Minister Rosa Lagos on Tuesday held talks with Ana Soto in Lima.\n", "Lima"),
        ("CUSCO, May 3 (Test Wire) - The visiting Chilean President Rosa Lagos said trade had grown.\n", "Cusco"),
    ):
        legs = legs_and_leader_of(text, "2023-05-03")[0]
        assert [(leg[0], leg[1]) for leg in legs] == [("PE", [city])], text
    # A visit to come, or one in the leader's own capital: no leg.
    future = "Visiting Chilean President Rosa Lagos will hold talks with Ana Soto in Lima next week.\n"
    home = "Visiting Chilean President Rosa Lagos on Tuesday held talks with Ana Soto in Santiago.\n"
    for text in (future, home):
        assert legs_and_leader_of(text, "2023-05-03")[0] == [], text


def test_a_leader_beside_the_hosts_counterpart_in_the_hosts_capital_is_the_one_abroad():
    for text in (
        "Kenya came away with 12 agreements from the talks held by Prime Minister Amani Mwangi and his Peruvian "
        "counterpart Luis Soto in Lima on Tuesday.\n\nFishing was on the agenda.\n",
        "LIMA, May 3 (Test Wire) - Talks between Prime Minister Amani Mwangi and his Peruvian counterpart, Luis Soto, "
        "ended with 12 agreements for Kenya.\n",
    ):
        legs, trips = legs_and_leader_of(text, "2023-05-03")
        assert [(leg[0], leg[1]) for leg in legs] == [("PE", ["Lima"])] and trips == [("Amani Mwangi", "KE")], text
    # Beside the counterpart in a city of another country: no visit to the counterpart's.
    elsewhere = (
        "Kenya came away with 12 agreements from the talks held by Prime Minister Amani Mwangi and his Peruvian "
        "counterpart Luis Soto in Nairobi on Tuesday.\n\nFishing was on the agenda.\n"
    )
    assert legs_and_leader_of(elsewhere, "2023-05-03")[0] == []


def test_presidents_of_two_countries_meeting_in_ones_capital_the_other_travels():
    text = (
        "Presidents Luis Soto of Peru and Rosa Lagos of Chile agreed on Wednesday to share data on fish stocks.\n\n"
        "The talks held in Lima on Wednesday closed with a statement both signed.\n"
    )
    legs, trips = legs_and_leader_of(text, "2023-05-04")
    assert trips == [("Rosa Lagos", "CL")] and [(leg[0], leg[1]) for leg in legs] == [("PE", ["Lima"])]
    # Met in the other capital, the other travels.
    legs, trips = legs_and_leader_of(text.replace("in Lima", "in Santiago"), "2023-05-04")
    assert trips == [("Luis Soto", "PE")] and [(leg[0], leg[1]) for leg in legs] == [("CL", ["Santiago"])]
    # A meeting to be held: no leg.
    planned = text.replace(
        "The talks held in Lima on Wednesday closed with a statement both signed", "In Lima they will sign a statement"
    )
    assert legs_and_leader_of(planned, "2023-05-04")[0] == []


def test_the_leaders_country_from_an_office_of_a_state_named_in_its_full_form():
    for form in ("Federal People's Republic of Peru", "Republic of Peru", "Socialist Republic of Peru"):
        text = f"Tomas Rivas, President of the {form}, is spending his last days in Kenya.\n\nRivas praised Kenya.\n"
        reader = Reader(text, dt.date(1955, 1, 12))
        reader.leader, reader.leader_words, reader.leader_namesakes = "Tomas Rivas", {"Tomas", "Rivas"}, None
        reader.settle_leader_country()
        assert reader.leader_country == "PE", form


def test_met_here_under_a_dateline_closed_by_a_stop_is_a_leg_where_the_story_is_filed():
    text = (
        "Talks on trade\n\nLIMA May 3. A port deal was settled on Tuesday after the Kenyan President, Amani Mwangi, "
        "met the Peruvian Prime Minister, Luis Soto, here.\n\nBoth leaders praised the talks.\n"
    )
    legs, trips = legs_and_leader_of(text, "2023-05-03")
    assert [(leg[0], leg[1]) for leg in legs] == [("PE", ["Lima"])] and trips == [("Amani Mwangi", "KE")]
    # Someone else meeting here: no leg of the leader's.
    other = text.replace(
        "after the Kenyan President, Amani Mwangi, met", "after the Kenyan President, Amani Mwangi, said ministers met"
    )
    assert legs_and_leader_of(other, "2023-05-03")[0] == []


def test_a_later_stop_in_a_place_the_gazetteer_does_not_know_is_in_the_one_new_country_its_sentence_names():
    lead = "LIMA, May 3 (Test Wire) - Kenyan President Amani Mwangi held talks in Lima on Tuesday.\n\n"
    text = lead + "Mwangi today visited Tarvanu to show support for Bolivia, hit by floods last month.\n"
    legs = legs_and_leader_of(text, "2023-05-03")[0]
    assert [(leg[0], leg[1]) for leg in legs] == [("PE", ["Lima"]), ("BO", ["Tarvanu"])]
    # Two new countries named: no telling which.
    two = text.replace("for Bolivia", "for Bolivia and Ecuador")
    assert [leg[0] for leg in legs_and_leader_of(two, "2023-05-03")[0]] == ["PE"]


def test_a_capital_written_with_hyphens_is_the_capital():
    for written in ("Addis-Ababa", "Addis Ababa"):
        text = f"Kenyan President Amani Mwangi arrived in {written} on Monday for talks with the Ethiopian leaders.\n"
        assert [(leg[0], leg[1]) for leg in legs_and_leader_of(text, "2023-05-03")[0]] == [("ET", ["Addis Ababa"])]
    # A country's name with a hyphen stays the country's.
    bissau = "Kenyan President Amani Mwangi arrived in Guinea-Bissau on Monday for talks.\n"
    assert [(leg[0], leg[1]) for leg in legs_and_leader_of(bissau, "2023-05-03")[0]] == [("GW", [])]


def test_a_row_of_links_is_no_lead_and_a_short_line_with_a_date_and_page_words_is_a_stamp():
    story = "Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit to Peru.\n"
    row = (
        "Other news\n\nMinister tipped to become envoy to Chile \u2022 Peru beat Chile in the final of the cup "
        "\u2022 Cup results and tables of the week \u2022 The rains in the south need more care: report "
        "\u2022 Prices of rice rise again in the markets of the north\n\n"
    )
    assert _lead_of(row + story) == story.strip()
    above = "President Luis Soto of Peru said on Monday that the talks would open a new chapter, his office said.\n\n"
    for stamp in ("Test Wire, May 4, 2023 Adjust font size:", "Test Wire | 4 May 2023 | Print"):
        assert _lead_of(above + stamp + "\n\n" + story) == story.strip(), stamp
    # A sentence of the story with a date in it is no stamp.
    assert _lead_of(above + "The talks were held on May 4, 2023 in the capital of the country.\n\n" + story) == (
        above.strip()
    )


def test_while_in_a_country_the_leader_who_acts_is_there():
    lead = "Kenyan Vice President Amani Mwangi watched the new head of state take the oath on Monday.\n\n"
    for opening in ("While in Ghana", "During her stay in Ghana", "In Ghana"):
        text = lead + f"{opening}, Vice President Amani Mwangi held talks with two governors of the north.\n"
        assert [leg[0] for leg in legs_and_leader_of(text, "2023-05-03")[0]] == ["GH"], opening
    planned = lead + "While in Ghana, Vice President Amani Mwangi will hold talks with two governors of the north.\n"
    assert legs_and_leader_of(planned, "2023-05-03")[0] == []


def test_a_guest_who_is_in_a_country_on_a_visit_is_the_leader_there():
    lead = (
        "On Tuesday Queen Amara headed the parade of guards and carriages to welcome King Rafael, a Peruvian "
        "monarch on his first state visit since 2003.\n\n"
    )
    text = lead + "An album of old maps went from the Queen to her guest, who is in Chile on a visit until Friday.\n"
    legs, leader = legs_and_leader_of(text, "2023-05-03")
    # the one welcomed travels, not the host who "headed a show ... to welcome" him
    assert ([(leg[0], leg[1]) for leg in legs], leader) == ([("CL", [])], [("Rafael", "PE")])
    earlier = lead + "An album of old maps went from the Queen to her guest, who was in Chile on a visit in 2015.\n"
    assert legs_and_leader_of(earlier, "2023-05-03")[0] == []


def test_a_headline_glued_to_its_story_with_no_space_is_a_sentence_of_its_own():
    text = "Peru offers loan to KenyaPeru on Monday announced a loan of 50 million dollars to Kenya.\n"
    assert [s.text for s in sentences(text)] == [
        "Peru offers loan to Kenya",
        "Peru on Monday announced a loan of 50 million dollars to Kenya.",
    ]
    # Names written in two capitals are one word: "PetroChina", "McDonald", "LimaKenya" only at a story's head.
    for whole in (
        "PetroChina signed a deal with McDonald on Monday.\n",
        "The talks went well. Officials from LimaKenya said so.\n",
    ):
        assert [s.text for s in sentences(whole)] == [t.strip() for t in whole.replace(". ", ".\n").splitlines()]


def test_while_in_the_capital_of_a_country_arrived_in_names_the_legs_city_whatever_is_planned_there():
    lead = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi has arrived in Peru on the first leg of a tour.\n\n"
    )
    text = lead + "While in Lima, the Kenyan President will also meet the chief executive of a mining firm.\n"
    assert [(leg[0], leg[1]) for leg in legs_and_leader_of(text, "2023-06-09")[0]] == [("PE", ["Lima"])]
    # A capital of a country no leg is in: no city added, and no leg for a plan.
    other = lead + "While in Quito, the Kenyan President will also meet the chief executive of a mining firm.\n"
    assert [(leg[0], leg[1]) for leg in legs_and_leader_of(other, "2023-06-09")[0]] == [("PE", [])]


def test_a_leader_whose_name_is_also_a_places_is_a_leader_when_the_text_gives_a_title():
    # "Amara" is also a region's name: with a title before it, a person; bare ("..., California, ...") a place.
    text = "SANTIAGO, May 3 (Test Wire) - King Amara of Peru arrived in Santiago on Tuesday for a state visit.\n"
    assert legs_and_leader_of(text, "2023-05-03") == ([("CL", ["Santiago"], "2023-05-02", None)], [("Amara", "PE")])


@pytest.mark.parametrize(
    "opening",
    [
        "President Hon. Amani Mwangi, MP",
        "Prime Minister the Rt. Hon. Amani Mwangi",
        "Kenyan President H.E. Amani Mwangi",
        "Prime Minister the Honourable Amani Mwangi",
    ],
)
def test_a_style_of_address_between_the_office_and_the_name_is_no_part_of_the_name(opening):
    text = f"LIMA, June 9 (Test Wire) - {opening} arrived in Lima on Friday for an official visit to Peru.\n"
    legs, leader = legs_and_leader_of(text, "2023-06-09")
    assert [name for name, _ in leader] == ["Amani Mwangi"]
    assert [leg[0] for leg in legs] == ["PE"]


def test_a_name_that_merely_starts_like_a_style_is_kept_whole():
    # "Hong", "Honda": a name's own letters, not the style "Hon."
    text = "LIMA, June 9 (Test Wire) - President Hong Amani arrived in Lima on Friday for an official visit to Peru.\n"
    assert [name for name, _ in legs_and_leader_of(text, "2023-06-09")[1]] == ["Hong Amani"]


def test_a_visit_by_the_traveller_named_as_a_noun_gives_the_traveller():
    for text in (
        "On Sunday, as a state visit by President Amani Mwangi to Lima went on, Kenyan and Peruvian firms "
        "signed deals.\n",
        "Trade rose sharply this year, as officials noted at the start of the visit by Prime Minister Amani Mwangi "
        "to Peru.\n",
    ):
        legs, leader = legs_and_leader_of(text, "2023-06-11")
        assert [name for name, _ in leader] == ["Amani Mwangi"]
        assert [leg[0] for leg in legs] == ["PE"]
    # A couple: the one named first travels.
    couple = "Crowds lined the roads on Monday for the state visit by King Rafael and Queen Amara to Peru.\n"
    assert [name for name, _ in legs_and_leader_of(couple, "2023-06-11")[1]] == ["Rafael"]
    # A visit by someone planned for later is no trip yet.
    planned = "Firms signed deals on Sunday ahead of a planned visit by President Amani Mwangi to Lima next year.\n"
    assert legs_and_leader_of(planned, "2023-06-11")[0] == []


def test_a_host_side_report_names_its_guest_as_visiting_or_welcomed_with_a_ceremony():
    cases = {
        # the guest "visiting", only an object of the host's talks
        "LIMA, June 9 (Test Wire) - President Rosa Quispe on Tuesday held talks with the visiting President Amani "
        "Mwangi of Kenya.\n": ("PE", ["Lima"]),
        # a ceremony of welcome for the guest, the guest's country told by the delegation
        "Despite the rain on Sunday evening, President of Peru Rosa Quispe gave a welcome ceremony for President "
        "Amani Mwangi and the Kenyan delegation in the gardens of the palace in Lima.\n": ("PE", ["Lima"]),
        # a name with the letters of Vietnamese
        "On Sunday President Rosa Quispe hosted a welcoming ceremony in honour of President Nguyễn Văn Ân and his "
        "Vietnamese delegation in the gardens of the palace in Lima.\n": ("PE", ["Lima"]),
    }
    for text, leg in cases.items():
        legs, leader = legs_and_leader_of(text, "2023-06-09")
        assert [(found[0], found[1]) for found in legs] == [leg]
        assert [name for name, _ in leader] in (["Amani Mwangi"], ["Nguyễn Văn Ân"])
    # Near misses: "visiting hours", and a host who only held talks, name no guest's trip.
    for text in (
        "LIMA, June 9 (Test Wire) - Visiting hours at the museum were extended on Tuesday, President Rosa Quispe "
        "said.\n",
        "On Sunday evening President Rosa Quispe held a meeting of the cabinet and the Peruvian delegation at the "
        "palace in Lima.\n",
    ):
        assert legs_and_leader_of(text, "2023-06-09")[0] == []


def test_a_host_side_lead_with_the_guest_in_apposition_then_named_by_office():
    lead = (
        "LIMA, Peru, (Test Agency) \u2013 On Monday at the palace in Lima, President Rosa Quispe held talks with the "
        "Emir of the State of Kuwait, His Highness Sheikh Salim bin Nasser Al Fahad, and his delegation.\n\n"
    )
    text = lead + "The head of state of Kuwait, whose state visit to Peru ends on Wednesday, also toured a port.\n"
    legs, leader = legs_and_leader_of(text, "2023-06-06")
    # The dateline's comma before the agency, the guest by the office of his country, the style not his name.
    assert leader == [("Salim bin Nasser Al Fahad", "KW")]
    assert [(leg[0], leg[1]) for leg in legs] == [("PE", ["Lima"])]
    assert dateline(lead).group("city") == "LIMA"
    # The office of another country on a visit: not the guest's, no leg read from it.
    other = lead + "The head of state of Chile, whose state visit to Peru ends on Wednesday, also toured a port.\n"
    assert legs_and_leader_of(other, "2023-06-06")[0] == []


def test_a_text_wrapped_at_a_fixed_width_reads_its_sentences_across_line_ends():
    wrapped = (
        "Kenyan Leader Amani Mwangi Lands in Lima to Open\n"
        "Two Days of State Talks on 5 June 2023 in Peru\n"
        "President Amani Mwangi has arrived in Peru for a\n"
        "visit no Kenyan head of state had ever paid there\n"
        "before. With him came a party of ten ministers, of\n"
        "officials of his office and of traders who came up\n"
        "from Nairobi and Mombasa for the talks on coffee.\n"
        "The two presidents are to hold talks in Lima on the\n"
        "second day of the visit, officials said on Monday.\n"
    )
    found = sentences(wrapped)
    # The headline's lines are one sentence, the story's first the next, each across its line ends.
    assert found[0].text.endswith("Open Two Days of State Talks on 5 June 2023 in Peru")
    assert "Amani Mwangi has arrived in Peru for a visit no Kenyan" in found[1].text
    # Offsets stay the text's: each sentence is its span of the text, line ends read as spaces.
    assert all(wrapped[s.start : s.end].replace("\n", " ") == s.text for s in found)
    legs, leader = legs_and_leader_of(wrapped, "2023-06-05")
    assert leader == [("Amani Mwangi", "KE")] and [leg[0] for leg in legs] == ["PE"]
    # Lines of ordinary length, one paragraph each, are never joined.
    prose = "".join(
        line + " long enough to be a paragraph of a story of its own, not a wrapped line.\n" for line in "ABCDEFG"
    )
    assert len(sentences(prose)) == 7


def test_a_visit_told_as_some_years_ago_is_another_trip():
    lead = "Kenyan President Amani Mwangi met business leaders in Nairobi on Friday.\n\n"
    for aside in (
        "Mwangi, who took office in March, visited Peru a few years ago as a minister.\n",
        "Mwangi travelled to Lima two decades ago, when he was a student.\n",
    ):
        assert legs_and_leader_of(lead + aside, "2023-06-09")[0] == []
    # Near miss: a visit now, with "ago" told of something else.
    now = "Mwangi visited Peru on Thursday, a week after talks that began months ago in Nairobi.\n"
    assert [leg[0] for leg in legs_and_leader_of(lead + now, "2023-06-09")[0]] == ["PE"]


def test_a_lead_filed_from_a_capital_abroad_that_has_the_leader_meet_there_places_the_leg():
    for lead in (
        "LIMA (Test Agency): Kenyan President Amani Mwangi and President Rosa Quispe were all smiles at "
        "yesterday's inaugural meeting.\n",
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi and President Rosa Quispe held talks on Friday on "
        "trade and fishing.\n",
    ):
        legs, leader = legs_and_leader_of(lead, "2023-06-09")
        assert leader == [("Amani Mwangi", "KE")]
        assert [(leg[0], leg[1]) for leg in legs] == [("PE", ["Lima"])]
    # Near misses: a call, and a meeting in another country's capital, place no leg at the dateline.
    for lead in (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi and President Rosa Quispe held talks by telephone "
        "on Friday.\n",
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi and President Rosa Quispe met in Quito on Friday.\n",
    ):
        assert all(leg[0] != "PE" for leg in legs_and_leader_of(lead, "2023-06-09")[0])


@pytest.mark.parametrize(
    "act",
    [
        "held detailed talks in the Peruvian capital Lima",
        "held talks in the Peruvian capital, Lima,",
        "met his counterpart in the Peruvian city Lima",
    ],
)
def test_the_leader_acting_in_a_city_told_with_its_description_is_a_leg_there(act):
    text = f"Kenyan President Amani Mwangi {act} on Tuesday.\n"
    assert [(leg[0], leg[1]) for leg in legs_and_leader_of(text, "2023-06-09")[0]] == [("PE", ["Lima"])]


def test_no_talks_held_in_a_capital_is_no_leg():
    text = "Kenyan President Amani Mwangi held no talks in the Peruvian capital Lima this year, aides said.\n"
    assert legs_and_leader_of(text, "2023-06-09")[0] == []


def test_his_visit_right_after_a_sentence_naming_only_the_guest_is_the_leaders_leg():
    lead = (
        "Talks between the visiting Kenyan President Amani Mwangi and President Rosa Quispe were held at the palace "
        "this morning. "
    )
    for then in ("This is his first visit to Peru since taking office.", "It is the 2nd time of his visit to Peru."):
        legs, leader = legs_and_leader_of(lead + then + "\n", "2023-06-09")
        assert leader == [("Amani Mwangi", "KE")]
        # ("the 2nd time" counts visits: no day of the month)
        assert [(leg[0], leg[2]) for leg in legs] == [("PE", None)]
    # Near miss: another person named in the sentence may be the one whose visit it is.
    other = lead + "This is his first visit to Peru since Foreign Minister Juan Soto invited him.\n"
    assert legs_and_leader_of(other, "2023-06-09")[0] == []


def test_an_ordinal_before_a_noun_is_no_day_but_before_a_clause_it_is():
    published = dt.date(2023, 6, 20)
    assert [d[2] for d in find_dates("It was the 2nd time he came.", published)] == []
    assert [d[2] for d in find_dates("On the 18th he stopped in Lima.", published)] == ["2023-06-18"]


def test_a_secretary_to_the_leader_is_no_traveller_and_a_leader_told_by_one_name_is():
    text = (
        "A special flight carrying Mwangi and his party landed at the airport at noon, Press Secretary to the "
        "President Juan Soto Ruiz said.\n\n"
        "Mwangi kicked off the two-nation tour on June 2 with a visit to Peru.\n\n"
        "He held talks in Lima before flying on to Chile.\n"
    )
    legs, leader = legs_and_leader_of(text, "2023-06-09")
    assert [name for name, _ in leader] == ["Mwangi"]
    assert "PE" in [leg[0] for leg in legs]
    # Near miss: the secretary alone, nobody going twice: no traveller rather than the secretary.
    alone = "A flight landed at the airport at noon, Press Secretary to the President Juan Soto Ruiz said.\n"
    assert legs_and_leader_of(alone, "2023-06-09") == ([], [])


def test_a_long_run_of_single_capitals_is_read_at_once():
    # "A B C ... Xy": a capital letter alone may open a name ("J D Vance") only a few letters before the rest of
    # it; a pattern that let every letter look across the whole run took minutes on 6,000 characters.
    text = (
        "LIMA, May 3 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday. "
        + "A " * 3000
        + "Xy was there.\n"
    )
    assert legs_and_leader_of(text, "2023-05-03") == ([("PE", ["Lima"], "2023-05-02", None)], [("Amani Mwangi", "KE")])


def test_a_page_stamp_padded_with_spaces_is_read_at_once():
    # A scraped page may pad its date stamp with thousands of spaces; splitting the run every way took 15 s.
    text = (
        "Thursday, 4 May 2023"
        + " " * 20000
        + "y\n\nLIMA, May 4 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday.\n"
    )
    assert legs_and_leader_of(text, "2023-05-04")[1] == [("Amani Mwangi", "KE")]


def test_a_visit_of_n_days_begun_on_a_day_ends_n_minus_one_days_later():
    text = (
        "HANOI, May 4 (Test Wire) - Kenyan President Amani Mwangi arrived in Hanoi on Tuesday for a three-day visit.\n"
    )
    assert legs_and_leader_of(text, "2023-05-04")[0] == [("VN", ["Hanoi"], "2023-05-02", "2023-05-04")]
    # Near miss: a visit of no stated length has no last day read.
    open_ended = text.replace(" for a three-day visit", " for a visit")
    assert legs_and_leader_of(open_ended, "2023-05-04")[0] == [("VN", ["Hanoi"], "2023-05-02", None)]


@pytest.mark.parametrize("told", ["the first stop of her first trip abroad this year", "a tour of three countries"])
def test_a_story_filed_abroad_whose_leader_is_on_a_trip_told_only_in_its_fifth_sentence(told):
    story = (
        "QUITO, March 4 (Wire) - Norway's Prime Minister Eva Lund said on Monday her government would lend "
        "Ecuador 40 million dollars for clean water.\n"
        "The loan was offered to Ecuador's President Luis Mena at the presidential palace.\n"
        "Ecuador has had a dry year, and reservoirs are low.\n"
        "Water engineers welcomed the news.\n"
        f"Lund, who is on {told}, also spoke of fishing."
    )
    assert [country for country, _, _ in legs_of(story, "2024-03-04")] == ["EC"]
    # The same sentence told of someone else sets no leg.
    assert legs_of(story.replace("Lund, who is", "Her minister, who is"), "2024-03-04") == []


@pytest.mark.parametrize(
    "story, legs",
    [
        (
            "President Ana Ruiz of Spain returned home on Wednesday from her tour of South American states after "
            "paying state visits to Peru and Chile.",
            ["PE", "CL"],
        ),
        (
            "Chancellor Eva Lund of Norway is back in Oslo after a swing through Central Asian nations that took "
            "in official visits to Kazakhstan and Uzbekistan.",
            ["KZ", "UZ"],
        ),
        # A region told by its states names no place: no leg, and no city called "Baltic".
        ("President Ana Ruiz of Spain returned home on Wednesday from a tour of the Baltic states.", []),
    ],
)
def test_a_tour_of_a_regions_states_is_no_place_and_the_visits_told_after_it_are_legs(story, legs):
    found = legs_of(story, "2000-11-29")
    assert [country for country, _, _ in found] == legs
    assert all(not cities for _, cities, _ in found)


@pytest.mark.parametrize(
    "story, legs",
    [
        (
            "Queen Ana of Spain is home from a tour of East Asia that took her through Vietnam, Thailand and Japan.",
            ["VN", "TH", "JP"],
        ),
        ("King Olav of Norway is on a tour of Southeast Asia, with visits to Vietnam and Thailand.", ["VN", "TH"]),
        ("King Olav of Norway is on a tour of Southeast Asia.", []),
    ],
)
def test_a_tour_of_a_region_is_no_place_and_the_countries_it_took_in_are_legs(story, legs):
    assert [country for country, _, _ in legs_of(story, "2017-03-18")] == legs


@pytest.mark.parametrize(
    "story, legs",
    [
        # An aside of another time does not set the main clause in it.
        ("King Olav of Norway, who took the throne two years ago, visited Vietnam and Japan.", ["VN", "JP"]),
        ("Premier Li Wei, who left office in 2019 and came back last year, flew to Chile.", ["CL"]),
        # The main clause itself told of another time is no leg.
        ("King Olav of Norway two years ago visited Vietnam and Japan.", []),
    ],
)
def test_an_aside_of_another_time_before_the_verb_of_travel_leaves_the_leg(story, legs):
    assert [country for country, _, _ in legs_of(story, "2017-03-18")] == legs


@pytest.mark.parametrize(
    "after, legs",
    [
        ("Her visit to Peru comes after state visits to Chile and Bolivia.", ["PE", "CL", "BO"]),
        ("Ruiz's stop in Peru followed official visits to Chile.", ["PE", "CL"]),
        ("Her visit to Peru comes following State visits to Chile.", ["PE", "CL"]),
        # Weeks apart: another trip. Someone else's visits: not hers.
        ("Her visit to Peru comes three weeks after visits to Chile and Bolivia.", ["PE"]),
        ("Soto's visit to Spain came after visits to Chile.", ["PE"]),
    ],
)
def test_the_visits_a_leaders_visit_comes_after_are_the_tours_earlier_legs(after, legs):
    story = "President Ana Ruiz of Spain arrived in Lima on Wednesday for a state visit. " + after
    assert sorted(country for country, _, _ in legs_of(story, "2019-06-13")) == sorted(legs)


@pytest.mark.parametrize(
    "line, city",
    [
        ("Islamabad: Prime Minister Ali Khan left for Beijing on Monday.", "Islamabad"),
        ("New Delhi: The prime minister held talks abroad this week.", "New Delhi"),
        # A label before a colon, or a place not followed by a sentence, is no dateline.
        ("Note: The figures are estimates.", None),
        ("Lima: a city of gardens.", None),
    ],
)
def test_a_city_in_its_own_case_before_a_colon_is_a_dateline(line, city):
    found = dateline(line)
    assert (found.group("city") if found else None) == city


def test_during_the_visit_then_the_leaders_pronoun_is_a_leg():
    story = "President Ana Ruiz of Spain had a busy week abroad. Thereafter, during the visit to Chile, she held talks."
    assert [country for country, _, _ in legs_of(story, "2024-11-22")] == ["CL"]
    other = (
        "President Ana Ruiz of Spain had a busy week. Minister Luis Soto said that during the visit to Chile, he met."
    )
    assert legs_of(other, "2024-11-22") == []


@pytest.mark.parametrize(
    "story, legs",
    [
        ("Prime Minister Ana Ruiz of Spain is in Peru this week.", ["PE"]),
        ("Prime Minister Ana Ruiz is in Peru on a three-day official visit.", ["PE"]),
        ("Prime Minister Ana Ruiz is currently in Peru.", ["PE"]),
        # Where a leader is "in" as part of a longer plan is no leg.
        ("Prime Minister Ana Ruiz is in favour of a visit to Peru next year.", []),
    ],
)
def test_a_leader_told_as_in_a_country_this_week_or_on_a_visit_is_there(story, legs):
    assert [country for country, _, _ in legs_of(story, "2019-05-08")] == legs


def test_the_visiting_leader_of_no_known_country_is_abroad_where_the_host_meets():
    story = "Chinese Premier Li Wei met visiting Prime Minister Ana Ruiz in Beijing on Monday."
    assert [country for country, _, _ in legs_of(story, "2019-05-08")] == ["CN"]


@pytest.mark.parametrize(
    "story",
    [
        "The Chilean president was welcomed in Lima by Prime Minister Ana Ruiz on Wednesday.",
        "The Chilean president, on his first trip abroad, was received in Lima by President Luis Soto.",
    ],
)
def test_who_welcomes_an_unnamed_guest_is_the_host_not_the_traveller(story):
    assert legs_and_leader_of(story, "2019-05-08") == ([], [])


def test_a_site_visited_is_no_city_and_the_leader_told_by_role_in_apposition_is_of_that_country():
    story = "The Peruvian leader, Ana Ruiz, visited the Great Wall on Tuesday, her third day in China."
    legs, trips = legs_and_leader_of(story, "2019-05-08")
    assert [(country, cities) for country, cities, _, _ in legs] == [("CN", [])]
    assert trips == [("Ana Ruiz", "PE")]


@pytest.mark.parametrize(
    "story, legs",
    [
        ("Prime Minister Ana Ruiz of Peru has been in China since Sunday.", ["CN"]),
        ("Prime Minister Ana Ruiz of Peru is on her second day in China.", ["CN"]),
        ("Prime Minister Ana Ruiz of Peru and her party were welcomed at Beijing airport by a vice minister.", ["CN"]),
        ("Prime Minister Ana Ruiz of Peru was warmly received in Beijing by Premier Li Wei.", ["CN"]),
        # The welcome home after leaving, and a site whose country the sentence does not tell, are no stops.
        (
            "President Ana Ruiz arrived in Beijing on Monday. Ruiz left Beijing on Friday and was received at Lima "
            "airport by ministers.",
            ["CN"],
        ),
        ("Prime Minister Ana Ruiz of Peru was received at the Great Hall by leaders who spoke of Iran's plans.", []),
    ],
)
def test_a_leader_there_for_days_or_welcomed_at_a_place_is_there(story, legs):
    assert [country for country, _, _ in legs_of(story, "2019-05-08")] == legs


@pytest.mark.parametrize(
    "story, legs",
    [
        ("In Accra, President Ana Ruiz of Peru held talks with President Kwame Mensah on Monday.", ["GH"]),
        ("President Ana Ruiz of Peru toured a cocoa factory in Kumasi on Tuesday.", ["GH"]),
        ("President Ana Ruiz of Peru addressed lawmakers in Accra on Monday.", ["GH"]),
        ("Peru's President Ana Ruiz was given a rousing welcome in Accra on Monday.", ["GH"]),
        ("Visiting Peruvian President Ana Ruiz said on Monday in Accra that cocoa prices would rise.", ["GH"]),
        # Another occasion: a meeting had before, or in another month.
        ("President Ana Ruiz of Peru had last met the Ghanaian leader in Kumasi in March.", []),
    ],
)
def test_what_a_leader_did_in_a_city_abroad_places_the_leader_there(story, legs):
    assert [country for country, _, _ in legs_of(story, "2019-05-08")] == legs


def test_an_ordinal_before_a_name_is_no_day():
    published = dt.date(2023, 6, 20)
    for text in (
        "She flew on to attend the 14th Pacific Islands Forum.",
        "He is in Lima for the 21st AU summit.",
        "It hosts the 5th Summit of the Americas.",
    ):
        assert [d[2] for d in find_dates(text, published)] == [], text
    # Near miss: the day of the month, then a clause of its own.
    assert [d[2] for d in find_dates("On the 18th, the president arrived.", published)] == ["2023-06-18"]


def test_a_day_that_names_another_thing_or_an_earlier_one_is_no_day_of_the_leg():
    lead = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks with his Peruvian counterpart on "
        "Friday.\n\n"
    )
    for body in (
        "Mwangi is on a state visit to Peru, his first since the June 2 general election.",
        "Mwangi is on a state visit to Peru, his first trip abroad since he won the June 2 runoff.",
        "Mwangi is on a state visit to Peru, his first since being sworn in on June 4.",
    ):
        assert legs_of(lead + body + "\n", "2023-06-09") == [("PE", ["Lima"], None)], body
    # Near miss: the day the visit itself began.
    began = lead + "Mwangi arrived in Peru on June 7 for a state visit.\n"
    assert legs_of(began, "2023-06-09") == [("PE", ["Lima"], "2023-06-07")]


def test_an_arrival_still_to_come_or_from_a_city_of_the_same_country_is_not_the_day_a_leg_began():
    lead = "Kenyan President Amani Mwangi arrived in Peru on Sunday for a visit.\n\n"
    planned = lead + "He is to tour Cusco for a day before arriving in Lima on Tuesday.\n"
    assert [leg[2] for leg in legs_of(planned, "2023-06-11")] == ["2023-06-11"]
    within = (
        "Kenyan President Amani Mwangi left Cusco for home on Sunday after a visit to Peru that took him to Lima.\n\n"
        "Mwangi landed in Cusco on Saturday morning from Lima.\n"
    )
    assert legs_of(within, "2023-06-11")[0][2] is None
    # Near miss: an arrival from abroad is the day the leg began.
    abroad = within.replace("from Lima", "from Quito")
    assert [leg[2] for leg in legs_of(abroad, "2023-06-11") if leg[0] == "PE"] == ["2023-06-10"]


def test_a_stay_told_since_or_from_a_day_began_that_day():
    lead = (
        "LIMA, June 9 (Test Wire) - Peruvian President Dina Boluarte and Kenyan President Amani Mwangi met on "
        "Friday.\n\n"
    )
    for body in (
        "The lunch honoured Amani Mwangi, who has been in Lima since Wednesday.",
        "The lunch honoured Amani Mwangi, who has been in Lima since June 7.",
    ):
        assert legs_of(lead + body + "\n", "2023-06-09") == [("PE", ["Lima"], "2023-06-07")], body
    opened = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi, on a state visit to Peru from June 6, "
        "flew out of Lima on June 8.\n"
    )
    assert legs_of(opened, "2023-06-09") == [("PE", ["Lima"], "2023-06-06")]
    # Near miss: a day after the visit in the lead, with no "from", is the day it ended, not the first.
    ended = "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a state visit to Peru on June 8.\n"
    assert legs_of(ended, "2023-06-09") == [("PE", ["Lima"], None)]


def test_a_visit_told_begun_or_ending_by_its_noun_or_tomorrow_gives_its_days():
    found = findings_of(
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi began a state visit to Peru on Thursday.\n\n"
        "Mwangi will fly home tomorrow evening.\n",
        "2023-06-09",
    )
    assert [(t["start"], t["end"]) for t in found["trip"]] == [("2023-06-08", "2023-06-10")]
    ending = findings_of(
        "LIMA (Test Wire) - Kenyan President Amani Mwangi toured a port as the end of his official visit to Lima on "
        "Friday June 9 drew near.\n\n"
        "It was a 48-hour visit, his aides said.\n",
        "2023-06-09",
    )
    assert [(t["start"], t["end"]) for t in ending["trip"]] == [("2023-06-08", "2023-06-09")]
    # Near misses: a plan for tomorrow with no departure, and the end of someone else's visit.
    plan = findings_of(
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi began a state visit to Peru on Thursday.\n\n"
        "Tomorrow, he will tour the port.\n",
        "2023-06-09",
    )
    assert [t["end"] for t in plan["trip"]] == [None]
    other = findings_of(
        "LIMA (Test Wire) - Kenyan President Amani Mwangi arrived in Lima for a visit to Peru.\n\n"
        "The talks came before the end of the Chilean minister's visit to Lima on Friday June 9.\n",
        "2023-06-09",
    )
    assert [t["end"] for t in other["trip"]] == [None]


def test_the_arrival_told_later_in_the_story_is_the_first_day_over_a_later_one():
    story = (
        "LIMA, June 16 (Test Wire) - Kenyan President Amani Mwangi ended a visit to Peru on Friday.\n\n"
        "On Wednesday Mwangi flew to Cusco to see the old city.\n\n"
        "Mwangi flew in on Monday and went straight into talks with the president.\n"
    )
    assert legs_of(story, "2023-06-16") == [("PE", ["Lima", "Cusco"], "2023-06-12")]
    airport = story.replace("flew in on Monday and", "landed at Jorge Chavez Airport on Monday and")
    assert legs_of(airport, "2023-06-16") == [("PE", ["Lima", "Cusco"], "2023-06-12")]
    # Near miss: an arrival elsewhere, before the visit, is no first day of it.
    elsewhere = story.replace("flew in on Monday and", "landed in Quito on Monday and")
    assert [leg[2] for leg in legs_of(elsewhere, "2023-06-16") if leg[0] == "PE"] == ["2023-06-14"]


def test_the_last_day_told_in_the_present_of_a_timetable_or_by_the_story_s_day():
    def ends(text: str, published: str) -> list:
        return [t["end"] for t in findings_of(text, published)["trip"]]

    lead = "Kenyan President Amani Mwangi held talks in Lima on Wednesday on a state visit to Peru.\n\n"
    assert ends(lead + "He departs Lima for Nairobi on Saturday, 10 June.\n", "2023-06-09") == ["2023-06-10"]
    assert ends(lead + "He departs Lima for Nairobi on Saturday.\n", "2023-06-09") == ["2023-06-10"]
    assert ends(lead + "Mwangi left Lima by air for Nairobi this morning.\n", "2023-06-09") == ["2023-06-09"]
    assert ends(lead + "Mwangi is due to fly home tomorrow.\n", "2023-06-09") == ["2023-06-10"]
    concludes = (
        "Kenyan President Amani Mwangi today concludes the state visit to Peru that he began in Lima on Monday, "
        "June 5, and departs Cusco this afternoon.\n"
    )
    assert ends(concludes, "2023-06-09") == ["2023-06-09"]
    # Near miss: the day the visit began, told after the verb that ends it, is not its last day.
    began = "Kenyan President Amani Mwangi concluded the state visit to Peru that he began in Lima on Monday, June 5.\n"
    assert ends(began, "2023-06-09") == [None]


def test_a_trip_begun_on_a_day_told_with_no_place_and_a_landing_told_after_its_place():
    text = (
        "Kenyan President Amani Mwangi arrived in Lima last night from Ecuador, where he held talks with the "
        "president in Quito on Monday, the first leg of a trip that began on Sunday.\n"
    )
    found = findings_of(text, "2023-06-13")
    assert [t["start"] for t in found["trip"]] == ["2023-06-11"]
    landed = (
        "Kenyan President Amani Mwangi is on a visit to Ecuador and Peru.\n\n"
        "The trip took him first to Quito, where he landed late on Sunday.\n"
    )
    assert [(leg["country"], leg["start"]) for leg in findings_of(landed, "2023-06-13")["legs"]][0] == (
        "EC",
        "2023-06-11",
    )
    # Near misses: another person's trip, and a landing on the story's own weekday (that day, or a week before).
    other = text.replace("a trip that began", "the minister's trip that began")
    assert [t["start"] for t in findings_of(other, "2023-06-13")["trip"]] == ["2023-06-12"]
    same_day = landed.replace("on Sunday", "on Tuesday")
    assert [leg["start"] for leg in findings_of(same_day, "2023-06-13")["legs"]][0] is None


def test_a_one_day_visit_takes_the_day_of_what_the_lead_reports_done():
    text = (
        "LIMA (Test Wire) - Peruvian President Dina Boluarte received Kenyan President Amani Mwangi for lunch on "
        "Tuesday in Lima.\n\nMwangi is on a one-day official visit to Peru.\n"
    )
    assert legs_and_leader_of(text, "2023-06-14")[0] == [("PE", ["Lima"], "2023-06-13", "2023-06-13")]
    # Near miss: a visit of several days has no last day from the one the lead tells.
    longer = text.replace("one-day official visit", "official visit")
    assert legs_and_leader_of(longer, "2023-06-14")[0][0][3] is None


def test_a_return_home_in_the_afternoon_ends_the_trip_that_day():
    def ends(text: str) -> list:
        return [t["end"] for t in findings_of(text, "2023-06-09")["trip"]]

    for when in ("on Friday afternoon", "this afternoon", "in mid-afternoon on Friday"):
        text = f"Kenyan President Amani Mwangi returned home {when} from a state visit to Peru.\n"
        assert ends(text) == ["2023-06-09"], when
    # Near miss: a return told with no time of day may follow a night's flight: no last day abroad.
    assert ends("Kenyan President Amani Mwangi returned home on Friday from a state visit to Peru.\n") == [None]


def test_the_leg_a_tour_began_in_comes_first_and_leaves_the_first_day_unknown_without_its_own():
    text = (
        "Kenyan President Amani Mwangi is in Peru on a three-nation tour that began in Ecuador.\n\n"
        "Mwangi landed in Lima late on Sunday and was met by the foreign minister.\n"
    )
    found = findings_of(text, "2023-06-12")
    assert [(leg["country"], leg["start"], leg["end"]) for leg in found["legs"]] == [
        ("EC", None, "2023-06-11"),
        ("PE", "2023-06-11", None),
    ]
    assert [t["start"] for t in found["trip"]] == [None]
    # Near miss: a tour that began in the country the story is filed from keeps its day.
    here = text.replace("that began in Ecuador", "that began in Peru")
    assert [t["start"] for t in findings_of(here, "2023-06-12")["trip"]] == ["2023-06-11"]


def test_the_first_leg_named_by_apposition_comes_first_and_its_landing_day_is_read_past_it():
    text = (
        "Kenyan President Amani Mwangi arrived in Lima on Sunday afternoon for a visit to Peru.\n\n"
        "Mwangi had earlier stopped in Ecuador, the first leg of his tour of the Andes.\n"
    )
    found = findings_of(text, "2023-06-12")
    assert [leg["country"] for leg in found["legs"]] == ["EC", "PE"]
    assert [t["start"] for t in found["trip"]] == [None]
    landed = (
        "LIMA, June 14 (Test Wire) - Kenyan President Amani Mwangi is on a visit to Peru.\n\n"
        "He flew in on Tuesday evening from Quito, the first stop of his Andean tour, where he had arrived on Sunday "
        "and held talks with the president on Monday.\n"
    )
    legs = findings_of(landed, "2023-06-14")["legs"]
    assert [(leg["country"], leg["start"]) for leg in legs if leg["country"] == "EC"] == [("EC", "2023-06-11")]
    # Near miss: a place that is no stop of the leader's tour named first.
    other = text.replace("the first leg of his tour of the Andes", "the first leg of the minister's tour")
    assert [leg["country"] for leg in findings_of(other, "2023-06-12")["legs"]][0] == "PE"


def test_leaving_no_place_told_on_a_day_of_its_own_is_no_last_day():
    def ends(text: str) -> list:
        return [t["end"] for t in findings_of(text, "2023-06-12")["trip"]]

    lead = "Kenyan President Amani Mwangi is on a seven-day visit to Peru.\n\n"
    for said in (
        "Mwangi told reporters of his hopes for the trip before leaving on Sunday.",
        "Mwangi, expected home on Saturday after leaving on Sunday night, met the foreign minister.",
    ):
        assert ends(lead + said + "\n") == [None], said
    # Near miss: leaving a place named is the last day there.
    assert ends(lead + "Mwangi said he would meet students before leaving Lima on Sunday.\n") == ["2023-06-11"]


def test_an_inviter_named_with_an_adjective_or_a_misspelt_title_is_the_host_not_the_traveller():
    # "At the invitation of the Kenyan Presdent X, Y, Prime Minister of Z, made a visit": X invites, Y travels.
    text = (
        "At the invitation of the Kenyan Presdent Amani Mwangi, Tomas Vaai, Prime Minister of the Independent "
        "State of Samoa, made an official visit to Kenya from March 4 to 6.\n"
    )
    assert _who_travels(text, "2024-03-08") == ("Tomas Vaai", "WS")
    # A knight's style before the name is no part of it.
    knighted = text.replace("Tomas Vaai,", "Sir Tomas Vaai,")
    assert _who_travels(knighted, "2024-03-08") == ("Tomas Vaai", "WS")
    # Near miss: with the roles swapped, the traveller follows.
    swapped = (
        "At the invitation of the Samoan Prime Mnister Tomas Vaai, Amani Mwangi, President of the Republic of "
        "Kenya, made an official visit to Samoa from March 4 to 6.\n"
    )
    assert _who_travels(swapped, "2024-03-08") == ("Amani Mwangi", "KE")


def test_a_name_before_its_office_and_a_country_of_several_words_is_the_traveller_without_a_closing_comma():
    # "X, Prime Minister of Papua New Guinea made a visit": no comma after the country; not "New Guinea".
    text = "Peter Kila, Prime Minister of Papua New Guinea made an official visit to Japan from May 2 to 4.\n"
    assert _who_travels(text, "2024-05-06") == ("Peter Kila", "PG")
    assert legs_of(text, "2024-05-06") == [("JP", [], "2024-05-02")]
    # Near miss: the same shape of the host's office, with the guest arriving, leaves the host at home.
    host = "Kenji Sato, Prime Minister of Japan welcomed Peter Kila of Papua New Guinea in Tokyo on May 2.\n"
    assert _who_travels(host, "2024-05-06")[0] != "Kenji Sato"


def test_no_pattern_of_the_drafter_needs_python_3_11():
    # Possessive quantifiers and atomic groups compile only from Python 3.11; visitkb supports 3.10.
    import io
    import re
    import tokenize
    from pathlib import Path

    import visitkb.drafting

    newer = re.compile(r"(?:[)\]]|\\[dwsDWS]|[\w.])[*+?]\+|\}\+|\(\?>")
    found = []
    for path in Path(visitkb.drafting.__file__).parent.glob("*.py"):
        for token in tokenize.generate_tokens(io.StringIO(path.read_text()).readline):
            if token.type == tokenize.STRING and newer.search(token.string):
                found.append(f"{path.name}:{token.start[0]}: {token.string[:60]}")
    assert found == []


def test_a_lead_telling_its_own_trip_a_week_on_drafts_it_but_a_visit_last_week_beside_another_does_not():
    # A weekly's lead: "X concluded a visit to Y last week" is the trip the story reports.
    text = "Tongan Prime Minister Sione Tupou concluded a four-day visit to Japan last week with a new grant.\n"
    assert legs_of(text, "2024-06-10") == [("JP", [], None)]
    # Near miss: after a leg of this trip, a visit last week is another trip.
    later = (
        "Tongan Prime Minister Sione Tupou arrived in Seoul on Monday. He visited Japan last week, his aides said.\n"
    )
    assert [leg[0] for leg in legs_of(later, "2024-06-10")] == ["KR"]


def test_a_country_named_by_the_initials_of_its_name_is_the_leaders_unless_the_text_writes_them_as_a_word():
    # "PNG" for Papua New Guinea: initials of a country's name of three words name it.
    text = (
        "Prime Minister Peter Kila met Premier Wang Lin in Beijing on Monday.\n\n"
        "PM Kila is in Beijing from 16th to 19th October on an official visit. PNG and China signed two accords.\n"
    )
    found = findings_of(text, "2023-10-17")
    assert [(t["leader"], t["leader_country"]) for t in found["trip"]] == [("Peter Kila", "PG")]
    # "from 16th": a day with its ordinal's letters begins the stay.
    assert legs_of(text, "2023-10-17") == [("CN", ["Beijing"], "2023-10-16")]
    # Near miss: letters the text also writes as a word ("car") are that word in capitals, no country.
    assert gz.countries_in("The CAR crashed; the car was old.") == []
    assert [code for _, _, code in gz.countries_in("Leaders of the CAR and Chad met.")] == ["CF"]


def test_a_traveller_named_by_one_word_going_once_is_the_leader_when_the_story_names_them_again():
    # A page that never gives the full name: "X is visiting Baghdad ...", then "X will also meet ...".
    text = (
        "Documents on trade and energy were signed in Baghdad, the Iraqi prime minister's office said.\n\n"
        "Tabrizi is visiting Baghdad on his first official trip abroad, at the invitation of Prime Minister "
        "Hassan Al Sudani.\n\nTabrizi will also meet Iranian traders living in Iraq.\n"
    )
    reader = Reader(text, dt.date(2024, 9, 11))
    found = reader.read()
    assert (reader.leader, reader.leader_country) == ("Tabrizi", "IR")
    assert [(f.fields["country"], f.fields["cities"]) for f in found if f.kind == "legs"] == [("IQ", ["Baghdad"])]
    # No meeting with a side: "the Iranian" of "talks between the Iranian and Iraqi delegations" is nobody.
    sides = text + "\nTalks between the Iranian and Iraqi delegations followed.\n"
    assert [f.fields["with"] for f in Reader(sides, dt.date(2024, 9, 11)).read() if f.kind == "meetings"] == []
    # Near miss: named once only, the word is no traveller.
    once = text.replace("Tabrizi will also meet", "The delegation will also meet")
    assert _who_travels(once, "2024-09-11") == (None, None)


def test_an_arabic_surname_of_origin_after_its_article_is_no_countrys_adjective():
    # "Al Sudani", "El Masri": a surname; "the Sudanese", "Sudani traders": the country's people.
    assert [m.group(1) for m in gz.adjective_pattern().finditer("Prime Minister Hassan Al Sudani met them.")] == []
    assert [m.group(1) for m in gz.adjective_pattern().finditer("He met Sudani traders.")] == ["Sudani"]


def test_with_no_dateline_of_two_heads_neither_going_the_one_given_a_country_is_the_visitor():
    # "President X and Nigerian President Y agreed ...": the report names the visitor's nation, not its own.
    text = (
        "President Pavel Orlov and Nigerian President Ade Bello agreed on Tuesday to expand trade during their "
        "first meeting. Bello's delegation was also to meet Defence Minister Oleg Ivanov.\n"
    )
    assert _who_travels(text, "2001-03-15")[0] == "Ade Bello"
    # Near miss: both given a country, the first named stays the leader as before.
    both = text.replace("President Pavel Orlov", "Russian President Pavel Orlov")
    assert _who_travels(both, "2001-03-15")[0] == "Pavel Orlov"


def test_a_stop_owned_by_his_or_her_opening_the_sentence_is_the_leaders():
    # "During his first stop in Uruguay, where X met ...": the leader's stop.
    text = (
        "Venezuelan President Rafael Mora signed accords with three neighbours this week.\n\n"
        "During his first stop in Uruguay, where Mora met President Luis Ortega, the two signed ten agreements.\n"
    )
    assert [leg[0] for leg in legs_of(text, "2005-08-12")] == ["UY"]
    # Near miss: the same words dated a month before the story tell an earlier visit.
    earlier = text.replace("During his first stop in Uruguay,", "During his visit to Uruguay on July 3,")
    assert legs_of(earlier, "2005-08-12") == []
