"""Drafting the multilateral events attended on a trip (drafting.events)."""

import pytest

from drafting_lead import events_of, findings_of


def test_a_summit_attended_on_its_sidelines():
    text = (
        "ASTANA, Kazakhstan, July 4 (Test Wire) - Indian Prime Minister Ravi Rao met Kazakh President Aidar "
        "Nurlanov on Thursday on the sidelines of the Shanghai Cooperation Organisation summit in Astana.\n\n"
        "Rao arrived in Astana on Wednesday.\n"
    )
    events = findings_of(text, "2024-07-04")["events"]
    assert [(e["name"], e["organization"], e["host"]) for e in events] == [
        ("Shanghai Cooperation Organisation summit", "SCO", "KZ")
    ]


def test_an_event_attended_by_taking_part_in_a_session_of_it_and_not_one_planned():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday.\n\n"
        "On Thursday he took part as a guest in the opening session of the Andean Mining Forum.\n"
    )
    assert events_of(text, "2023-06-09") == [("Andean Mining Forum", None, "PE", "Lima")]
    planned = text.replace("On Thursday he took part", "Next year he will take part")
    assert events_of(planned, "2023-06-09") == []


def test_a_summit_named_by_its_bodys_acronym_once_in_brackets_is_one_event_of_that_body():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Wednesday and attended the "
        "IX Conference of Heads of State of the Union of Coffee Producing Countries (UCPC) in Lima on Thursday.\n\n"
        "On Friday he participated in the UCPC summit's closing debate.\n"
    )
    assert events_of(text, "2023-06-09") == [("IX Conference", "UCPC", "PE", "Lima")]


def test_a_bare_title_arriving_to_take_part_in_a_summit_is_the_traveller():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya ended a tour of South America on Saturday.\n\n"
        "PERU\n\n"
        "The President arrived in Lima on Monday to take part in the XI Summit of the Pacific Alliance.\n"
    )
    assert [e[:2] for e in events_of(text, "2023-06-10")] == [("XI Summit", None)]
    hosted = text.replace("The President arrived in Lima on Monday to take part", "The host said he would take part")
    assert events_of(hosted, "2023-06-10") == []


def test_a_regional_summit_told_in_lower_case_and_not_a_bilateral_one():
    text = (
        "KAMPALA, March 25 (Test Wire) - President Amani Mwangi of Kenya arrived in Kampala on Tuesday and on "
        "Wednesday joined five other leaders at a regional summit in Entebbe.\n"
    )
    assert events_of(text, "1998-03-26") == [("regional summit in Entebbe", None, "UG", "Entebbe")]
    bilateral = text.replace("joined five other leaders at a regional summit in", "held an annual summit in")
    assert events_of(bilateral, "1998-03-26") == []


def test_a_summit_of_a_group_named_by_its_number():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday for the Group of 15 "
        "summit.\n"
    )
    assert [e[0] for e in events_of(text, "2023-06-09")] == ["Group of 15 summit"]
    earlier = text.replace("for the Group of 15 summit.", "and recalled the Group of 15 summit of 2019.")
    assert events_of(earlier, "2023-06-09") == []


def test_the_summits_a_place_hosted_when_the_trip_came_there():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya is heading home after a week abroad.\n\n"
        "The trip began in Lima on June 2, where Peru hosted the annual summits of the Pacific Alliance.\n"
    )
    assert [(e[0], e[2], e[3]) for e in events_of(text, "2023-06-09")] == [
        ("annual summits of the Pacific Alliance", "PE", "Lima")
    ]
    # A place named for what it hosted, with nobody coming to it, is no attendance.
    told = text.replace("The trip began in Lima on June 2, where", "Officials recalled Lima, where")
    assert events_of(told, "2023-06-09") == []


def test_an_invitation_told_in_the_pluperfect_and_taken_up_is_an_event_attended():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on June 26.\n\n"
        "Mwangi had been invited to the Andean Trade Summit at Cusco as a guest, and on June 27 he used the "
        "outreach session to speak about food prices.\n"
    )
    assert [(e[0], e[3]) for e in events_of(text, "2023-06-30")] == [("Andean Trade Summit", "Cusco")]
    declined = text.replace(", and on June 27 he used the outreach session to speak", " but sent a minister to speak")
    assert events_of(declined, "2023-06-30") == []


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
    found = [e[0] for e in events_of(text, "2023-06-09")]
    assert found == ([name] if name else [])


def test_a_summit_not_attended_is_no_event_and_a_list_of_summits_each_is_one():
    text = (
        "JAKARTA (Test Wire) - Prime Minister Liam Carter of Australia arrived in Jakarta on Wednesday to attend "
        "the 43rd ASEAN Summit and the East Asia Summit.\n\n"
        "Carter did not attend the G20 summit in New Delhi, sending his foreign minister instead.\n\n"
        "Last week he skipped the Pacific Islands Forum.\n\n"
        "On Friday he took part in the summit of the Group of 77 and China.\n"
    )
    found = findings_of(text, "2023-09-08")
    assert [e["name"] for e in found["events"]] == [
        "43rd ASEAN Summit",
        "East Asia Summit",
        "summit of the Group of 77 and China",
    ]
    assert [leg["cities"] for leg in found["legs"]] == [["Jakarta"]]


def test_events_by_an_opening_ceremony_a_summit_s_corridors_and_a_speech_to_an_assembly_but_no_bilateral_committee():
    def events(body: str) -> list[tuple]:
        text = (
            "LIMA, Nov 17 (Test Wire) - President Ana Lopez of Chile arrived in Lima on Thursday for a visit.\n\n"
            + body
        )
        return [(e["name"], e["organization"], e["host"]) for e in findings_of(text, "2024-11-17").get("events", [])]

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


def test_a_summit_told_after_a_list_of_places_is_the_last_ones():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya returned home on Saturday after a tour of Senegal, "
        "Rwanda and South Africa, where he attended the BRICS summit.\n"
    )
    found = findings_of(text, "2018-07-28")
    assert [(e["name"], e["host"]) for e in found["events"]] == [("BRICS summit", "ZA")]
    assert [leg["types"] for leg in found["legs"]] == [
        ["unspecified"],
        ["unspecified"],
        ["unspecified", "multilateral"],
    ]


def test_a_regional_forum_named_by_its_subject():
    text = (
        "SUVA (Test Wire) - Prime Minister Jane Hill of New Zealand arrived in Suva on Monday.\n\n"
        "She addressed a regional forum on climate finance on Tuesday.\n"
    )
    assert [(e[0], e[2], e[3]) for e in events_of(text, "2023-08-25")] == [
        ("regional forum on climate finance", "FJ", "Suva")
    ]
    planned = text.replace("She addressed a regional forum", "She will address a regional forum")
    assert events_of(planned, "2023-08-25") == []


def test_the_city_of_an_event_the_leader_travelled_to():
    text = (
        "NAIROBI (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Monday.\n\n"
        "On Wednesday he flew to Cusco for the Andean Trade Summit.\n\n"
        "On Friday he travelled to Arequipa, where he took part in the plenary session of the Southern Mining "
        "Forum.\n"
    )
    assert [(e[0], e[3]) for e in events_of(text, "2023-06-10")] == [
        ("Andean Trade Summit", "Cusco"),
        ("Southern Mining Forum", "Arequipa"),
    ]


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
    events = findings_of(story, "2023-06-09").get("events", [])
    assert [(e["organization"], e["host"], e["city"]) for e in events] == expected


def test_a_resort_city_s_country_told_in_a_compound_and_a_summit_named_with_its_subject():
    story = "President Amani Mwangi of Kenya arrived in Sochi on Tuesday for the second Russia-Africa summit.\n"
    found = findings_of(story, "2023-06-09")
    assert [(leg["country"], leg["cities"]) for leg in found["legs"]] == [("RU", ["Sochi"])]
    climate = "President Amani Mwangi of Kenya arrived in Glasgow on Monday for the UN climate summit.\n"
    events = findings_of(climate, "2023-06-09")["events"]
    assert [(e["organization"], e["host"], e["city"]) for e in events] == [("UN", "GB", "Glasgow")]
    # Near miss: a sports event's opening is no summit attended.
    games = "President Amani Mwangi of Kenya arrived in Paris on Thursday for the opening of the Olympic Games.\n"
    assert "events" not in findings_of(games, "2023-06-09")


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
    found = findings_of(story, "2024-10-23")
    assert [(leg["country"], leg["cities"]) for leg in found["legs"]] == [("RU", ["Kazan"])]
    assert [(e["organization"], e["host"]) for e in found["events"]] == [("BRICS", "RU")]


def test_a_body_s_leaders_convening_where_the_leader_is_is_an_event_attended():
    story = (
        "KAZAN, Oct 23 (Test Wire) - Leaders of the BRICS group opened their summit in Kazan on Wednesday, with "
        "Indian Prime Minister Narendra Modi calling for dialogue.\n\n"
        "Modi, who arrived on Tuesday, held talks with Russian President Vladimir Putin.\n"
    )
    events = findings_of(story, "2024-10-23")["events"]
    assert [(e["organization"], e["host"], e["city"]) for e in events] == [("BRICS", "RU", "Kazan")]
    # Near miss: a body's leaders to meet later is no summit attended.
    later = story.replace("opened their summit in Kazan on Wednesday", "will open their summit in Kazan next week")
    assert "events" not in findings_of(later, "2024-10-23")


def test_a_gathering_the_leader_flies_out_for_in_a_country_not_reached_is_the_next_trip_s():
    wire = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a state visit to Norway on Friday.\n"
        "The President flies out of Oslo on Friday evening for the Arctic Council Summit in Iceland.\n"
    )
    assert events_of(wire, "2023-06-09") == []
    # Flown to a city of the trip for it, the gathering is attended.
    attended = wire.replace("flies out of Oslo on Friday evening for", "flew to Bergen on Thursday for").replace(
        " in Iceland", ""
    )
    assert [e[0] for e in events_of(attended, "2023-06-09")] == ["Arctic Council Summit"]


def test_a_summit_named_after_the_visit_the_leader_arrived_for_is_attended():
    wire = (
        "DAKAR, June 9 (Test Wire) - Peruvian President Tomas Rivas arrived in Dakar on Monday for a state visit to "
        "Senegal and the Summit of the African Union, held in the city from Wednesday.\n"
    )
    assert [(e[0], e[1]) for e in events_of(wire, "2023-06-09")] == [("Summit of the African Union", "AU")]
    # A visit and talks besides: no gathering.
    talks = wire.replace("the Summit of the African Union, held", "talks on trade, held")
    assert events_of(talks, "2023-06-09") == []


def test_a_forum_of_the_two_countries_is_no_multilateral_event_but_one_of_a_country_and_a_region_is():
    wire = (
        "NAIROBI, June 9 (Test Wire) - Peruvian President Tomas Rivas arrived in Nairobi on Tuesday for a state "
        "visit to Kenya.\nOn Wednesday he travelled to Mombasa, where he attended a Peru-Kenya Business Forum of "
        "80 chief executives.\n"
    )
    assert events_of(wire, "2023-06-09") == []
    regional = wire.replace("a Peru-Kenya Business Forum", "the Peru-Africa Business Forum")
    assert [e[0] for e in events_of(regional, "2023-06-09")] == ["Peru-Africa Business Forum"]


def test_a_summit_told_of_an_earlier_year_in_the_sentence_is_not_attended_now():
    lead = (
        "NAIROBI, June 9 (Test Wire) - Peruvian President Tomas Rivas arrived in Nairobi on Tuesday for a state "
        "visit.\n"
    )
    earlier = lead + "His last visit to Kenya was in 2015, when he came to Nairobi for the Africa Climate Summit.\n"
    assert events_of(earlier, "2023-06-09") == []
    later = lead + "In March of that year he flew to Lima for the Andean Summit.\n"
    assert events_of(later, "2023-06-09") == []
    now = lead + "On Thursday he flew to Mombasa for the Africa Climate Summit.\n"
    assert [e[0] for e in events_of(now, "2023-06-09")] == ["Africa Climate Summit"]


def test_a_long_hyphened_run_is_read_at_once_and_a_hyphened_name_still_found():
    # A run of hyphened words splits into words at every hyphen or none; reading it must not try every split.
    run = "-".join(["Oro"] * 300)
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday.\n\n"
        f"On Thursday he addressed the {run} relations and then attended the Andean-Pacific Mining Forum.\n"
    )
    assert [e[0] for e in events_of(text, "2023-06-09")] == ["Andean-Pacific Mining Forum"]


def test_a_summit_attended_is_read_where_no_leg_of_the_trip_was_made_out_but_not_one_joined_by_video():
    # "wrapped up two days at", "is in X from ... to attend": the story says the leader was there; the summit's host
    # is its city's country.
    text = (
        "NAIROBI, March 4 (Test Wire) - President Amani Mwangi of Kenya wrapped up two days at the Pan-African Water "
        "Summit in the Senegalese capital on Sunday, having pressed donors for a new basin fund.\n\n"
        "The summit closed with a pledge to double irrigation by 2030.\n"
    )
    assert events_of(text, "2024-03-04") == [("Pan-African Water Summit", None, "SN", "Dakar")]
    minister = (
        "NAIROBI, March 4 (Test Wire) - Foreign Minister Ruth Odhiambo of Kenya is in Lima from 3 to 5 March to "
        "attend the Andean-Pacific Ministerial Meeting and the Pacific Rim Forum.\n\nShe arrived on Sunday morning.\n"
    )
    assert events_of(minister, "2024-03-04") == [
        ("Andean-Pacific Ministerial Meeting", None, "PE", "Lima"),
        ("Pacific Rim Forum", None, "PE", "Lima"),
    ]
    video = (
        "NAIROBI, March 4 (Test Wire) - President Amani Mwangi of Kenya addressed the Pan-African Water Summit in "
        "Dakar by video link on Sunday.\n"
    )
    assert events_of(video, "2024-03-04") == []


def test_an_item_of_the_leaders_engagements_attending_a_gathering_told_with_no_subject():
    text = (
        "NAIROBI, March 6 (Test Wire) - Foreign Minister Ruth Odhiambo of Kenya is in Lima from 3 to 5 March to "
        "attend the Andean-Pacific Ministerial Meeting.\n\nShe arrived on Sunday morning.\n\n"
        "Tuesday, 5 March\n"
        "- Attended the 12th Pacific Rim Forum.\n"
        "- Co-chaired the Andean Water Dialogue.\n"
        "- The host minister opened the Andean Trade Fair.\n"
    )
    assert events_of(text, "2024-03-06") == [
        ("Andean-Pacific Ministerial Meeting", None, "PE", "Lima"),
        ("12th Pacific Rim Forum", None, "PE", "Lima"),
        ("Andean Water Dialogue", None, "PE", "Lima"),
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("On Thursday he spent a second day at the OAS meeting in Lima.", [("OAS meeting", "OAS")]),
        ("He flew to Lima on Wednesday for the NATO conference.", [("NATO conference", "NATO")]),
        # near-misses: a place's meeting or conference, no known body's
        ("On Thursday he attended the Palace meeting with ministers.", []),
        ("On Thursday he was at the Lima conference on mining.", []),
    ],
)
def test_a_known_bodys_gathering_told_in_lower_case(sentence, found):
    lead = "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday.\n\n"
    assert [e[:2] for e in events_of(lead + sentence + "\n", "2023-06-09")] == found


def test_a_numbered_session_of_a_body_the_leader_spent_days_in_a_city_for():
    text = (
        "NAIROBI, Feb 17 (Test Wire) - President Amani Mwangi of Kenya spent Sunday and Monday in Lima for the 14th "
        "extraordinary session of the Andean Community Council, where he landed on Saturday night.\n"
    )
    assert events_of(text, "2019-02-17") == [
        ("14th extraordinary session of the Andean Community Council", "Andean Community Council", "PE", "Lima")
    ]
    # near-miss: a joint session of a parliament is no gathering of several countries
    joint = text.replace(
        "the 14th extraordinary session of the Andean Community Council", "a joint session of the Congress"
    )
    assert events_of(joint, "2019-02-17") == []


def test_a_gatherings_session_attended_with_an_aside_between_and_not_two_countries_dialogue():
    lead = "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday.\n\n"
    text = lead + (
        "On Thursday he attended, as guest of honour, the opening session of the ninth ministerial meeting of the "
        "Andean-Pacific Cooperation Forum in Lima.\n"
    )
    assert [e[:2] for e in events_of(text, "2023-06-09")] == [
        ("ninth ministerial meeting of the Andean-Pacific Cooperation Forum", "Andean-Pacific Cooperation Forum")
    ]
    dialogue = lead + (
        "On Friday he co-chaired, with Foreign Minister Ana Soto, the fourth session of the Kenya-Peru Strategic "
        "Dialogue.\n"
    )
    assert events_of(dialogue, "2023-06-09") == []


def test_arrived_ahead_of_a_numbered_summit_of_a_body_s_heads_of_government_is_attending_it():
    text = (
        "Peruvian President Rosa Quispe flew into Buenos Aires on Saturday ahead of the 12th Extraordinary Summit "
        "of Heads of Government of the Community of Latin American and Caribbean States, called over migration.\n"
    )
    found = events_of(text, "2023-02-18")
    assert [(e[0], e[1], e[3]) for e in found] == [
        (
            "12th Extraordinary Summit of Heads of Government of the Community of Latin American and Caribbean States",
            "CELAC",
            "Buenos Aires",
        )
    ]
    # Arrived ahead of talks: no gathering of a body.
    talks = "Peruvian President Rosa Quispe flew into Buenos Aires on Saturday ahead of talks with the President.\n"
    assert events_of(talks, "2023-02-18") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a head's installation the leader came for, its owner after it, before it, or "the latter"
        ("Mwangi arrived in Lima on Tuesday to attend the inauguration of President Tomas Rivas.", "Tomas Rivas"),
        ("Mwangi attended President Tomas Rivas's swearing-in ceremony in Lima on Wednesday.", "Tomas Rivas"),
        (
            "On Tuesday Mwangi met President Tomas Rivas, having flown in to attend the latter's investiture.",
            "Tomas Rivas",
        ),
    ],
)
def test_a_heads_installation_the_leader_attended_is_an_event_of_the_host(sentence, name):
    lead = "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Peru for a visit.\n\n"
    found = events_of(lead + sentence + "\n", "2023-06-09")
    assert len(found) == 1 and name in found[0][0] and found[0][2] == "PE"


def test_an_installation_attended_by_someone_else_or_of_another_time_is_no_event():
    lead = "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Peru for a visit.\n\n"
    for sentence in (
        "Only one other head of state travelled to Lima for the inauguration of President Tomas Rivas.",
        "Mwangi first met Rivas shortly after his inauguration in 2019.",
    ):
        assert events_of(lead + sentence + "\n", "2023-06-09") == []


def test_an_installation_attended_in_another_year_is_no_event_of_this_trip():
    lead = "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Peru for a visit.\n\n"
    text = lead + "As a minister she attended the coronation of King Tomas Rivas in August 2019.\n"
    assert events_of(text, "2023-06-09") == []


def test_a_session_the_leader_will_take_part_in_during_a_stay_under_way_is_attended():
    lead = "Kenyan President Amani Mwangi arrived in Addis Ababa on Saturday for the summit of the African Union.\n\n"
    session = (
        "While at the summit, Mwangi is due to take part in the 12th Forum of Heads of State of the Member "
        "States of the Regional Review Mechanism.\n"
    )
    found = events_of(lead + session, "2023-02-18")
    assert [(e[0], e[1]) for e in found][-1] == (
        "12th Forum of Heads of State of the Member States of the Regional Review Mechanism",
        "Regional Review Mechanism",
    )
    # near-misses: the same programme told before any arrival (an announced trip), and one of next month
    announced = "Kenyan President Amani Mwangi will travel to Addis Ababa on Saturday.\n\n" + session
    assert all("Forum" not in e[0] for e in events_of(announced, "2023-02-16"))
    later = lead + session.replace("Mechanism.", "Mechanism next month.")
    assert all("Forum" not in e[0] for e in events_of(later, "2023-02-18"))


def test_a_numbered_meeting_of_two_countries_on_the_programme_is_no_multilateral_event():
    lead = "LIMA (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Monday for a visit to Peru.\n\n"
    text = (
        lead + "During the visit, Mwangi will take part in the 19th Kenya-Peru Heads of Government Regular Meeting.\n"
    )
    assert events_of(text, "2023-06-09") == []
    # the same programme's gathering of many is one
    many = text.replace("19th Kenya-Peru Heads of Government Regular Meeting", "Andean-Pacific Business Forum")
    assert [e[0] for e in events_of(many, "2023-06-09")] == ["Andean-Pacific Business Forum"]


LIMA_LEAD = (
    "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday for a visit to Peru.\n\n"
)


def test_a_gathering_named_by_its_editions_number_is_attended_whatever_its_last_word():
    text = LIMA_LEAD + "On Thursday he attended the opening ceremony of the 12th Pacific Rim Games in Callao.\n"
    assert [e[0] for e in events_of(text, "2023-06-09")] == ["12th Pacific Rim Games"]
    text = LIMA_LEAD + "Mwangi flew on to Cusco to attend the fourth Andean Water Initiative, a yearly gathering.\n"
    assert [e[0] for e in events_of(text, "2023-06-09")] == ["fourth Andean Water Initiative"]
    # Near misses: a name that runs on into a lower-case noun, and an edition only named, not attended.
    text = LIMA_LEAD + "On Thursday he attended the Second World War commemorations in Callao.\n"
    assert events_of(text, "2023-06-09") == []
    text = LIMA_LEAD + "The city hosted the 12th Pacific Rim Games in 2019.\n"
    assert events_of(text, "2023-06-09") == []


def test_an_event_attended_at_the_invitation_of_the_host_is_no_invitation_to_come():
    text = LIMA_LEAD + "On Thursday he attended the Andean Mining Forum at the invitation of the Peruvian government.\n"
    assert [e[0] for e in events_of(text, "2023-06-09")] == ["Andean Mining Forum"]
    # Near miss: an invitation to a forum still to come.
    text = LIMA_LEAD + "The Peruvian government extended an invitation to the Andean Mining Forum.\n"
    assert events_of(text, "2023-06-09") == []


def test_an_invitation_of_the_leader_taken_up_later_in_the_paragraph_is_attendance():
    text = LIMA_LEAD + (
        "Kenya is no member, but the host invited Mwangi to the 30th Andean Summit as a guest. "
        "He spoke at the summit session on Friday.\n"
    )
    assert [e[0] for e in events_of(text, "2023-06-09")] == ["30th Andean Summit"]
    # Near miss: the invitation alone, never taken up in the paragraph.
    text = LIMA_LEAD + "The host invited Mwangi to the 30th Andean Summit as a guest.\n\nHe spoke at a university.\n"
    assert events_of(text, "2023-06-09") == []


def test_a_summit_where_the_two_had_met_last_year_is_an_earlier_one():
    text = (
        LIMA_LEAD + "The two presidents had first met last November on the sidelines of the APEC summit in Bangkok.\n"
    )
    assert events_of(text, "2023-06-09") == []
    # Near miss: the two meeting at a summit now.
    text = LIMA_LEAD + "The two presidents met on Thursday on the sidelines of the Andean Summit in Lima.\n"
    assert [e[0] for e in events_of(text, "2023-06-09")] == ["Andean Summit"]


def test_a_long_run_of_capitals_after_an_ordinal_is_read_at_once():
    # Each word of an edition's name ends at its own space: a run of capitals is never split every way (at 80
    # capitals that took minutes).
    text = (
        "TOKYO, May 3 (Test Wire) - President Amani Mwangi of Kenya arrived in Tokyo on Monday.\n\n"
        f"He attended the 9th {'A' * 200} zzz. On Tuesday he attended the 7th Tokyo Africa Forum.\n"
    )
    assert [e[0] for e in events_of(text, "2019-05-08")] == ["7th Tokyo Africa Forum"]
