"""Drafting meetings: who the traveller met, and in what form (drafting.meetings)."""

import pytest

from drafting_lead import LIMA_LEAD, findings_of, met_in, met_in_lima


def test_meetings_in_other_wordings_each_give_one_record_per_person_and_form():
    text = (
        "BERLIN (Test Wire) - Indian Prime Minister Narendra Modi arrived in Berlin on Monday for a visit.\n\n"
        "Modi had talks with Chancellor Olaf Scholz on Monday. He also sat down with President Frank-Walter "
        "Steinmeier on Tuesday. The prime minister conferred with opposition leader Friedrich Merz. "
        "Modi was hosted at a state banquet by President Steinmeier on Tuesday. "
        "The two leaders held a video conference with Ukrainian President Volodymyr Zelensky. "
        "They reviewed plans for the next meeting of the Joint Commission.\n"
    )
    found = {(m["with"], m["form"]) for m in findings_of(text, "2022-05-03")["meetings"]}
    assert found == {
        ("Olaf Scholz", "talks"),
        ("Frank-Walter Steinmeier", "talks"),
        ("Friedrich Merz", "talks"),
        ("Frank-Walter Steinmeier", "banquet"),
        ("Volodymyr Zelensky", "video"),
    }


def test_a_video_summit_in_the_lead_is_a_meeting_with_the_counterpart_of_the_other_side():
    text = (
        "OSLO, June 9 (Test Wire) - Prime Minister Jonas Lie and his Ghanaian counterpart Kofi Mensah agreed on "
        "Friday to open a joint research centre, at a summit held by video link.\n\n"
        "Lie said Ghana and Norway would meet again next year.\n"
    )
    found = findings_of(text, "2023-06-09")
    meetings = [(m["with"], m["form"], m["country"], m["date"], m["leader_country"]) for m in found["meetings"]]
    assert meetings == [("Kofi Mensah", "video", None, "2023-06-09", "NO")]


def test_agreeing_to_start_talks_is_no_meeting():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "Lie and Ghanaian President Kofi Mensah agreed to start talks on a fisheries accord.\n"
    )
    assert findings_of(text, "2023-06-09").get("meetings", []) == []


def test_a_call_is_read_in_its_own_clause_and_talks_may_have_a_day_before_their_with():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks here Thursday with Prime Minister "
        "Ingrid Solberg.\n\n"
        "Mwangi arrived in Oslo on Wednesday. He also met Crown Prince Haakon Olav on Thursday, and he briefed "
        "Ghanaian President Kofi Mensah by telephone from Oslo that night.\n"
    )
    meetings = {(m["with"], m["form"], m["country"]) for m in findings_of(text, "2023-06-09")["meetings"]}
    assert meetings == {
        ("Ingrid Solberg", "talks", "NO"),
        ("Haakon Olav", "talks", "NO"),
        ("Kofi Mensah", "phone", None),
    }


def test_who_was_not_received_is_no_host_a_title_in_apposition_and_a_form_in_its_own_clause():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a visit to Norway on Friday.\n\n"
        "Mwangi was not received by King Harald Olsen, who is unwell. Prime Minister Ingrid Solberg gave a lunch "
        "for him on Wednesday. The two leaders held talks on Thursday.\n\n"
        "On Friday he held talks with the President of Finland, Mikko Virtanen, and, on the margins of a "
        "forum, met the Prime Minister of Sweden, Karin Berg.\n"
    )
    meetings = {(m["with"], m["form"]) for m in findings_of(text, "2023-06-09")["meetings"]}
    assert ("Harald Olsen", "talks") not in meetings
    assert {("Mikko Virtanen", "talks"), ("Karin Berg", "sideline")} <= meetings
    assert not any(name in ("Prime Minister", "President") for name, _ in meetings)


def test_a_new_subject_a_greeting_and_another_occasion_are_no_meetings():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a visit to Norway on Friday.\n\n"
        "Mwangi arrived in Oslo on Wednesday, where he was met by Prime Minister Ingrid Solberg. On Thursday he "
        "held talks with Crown Prince Haakon Olav, and Solberg gave a dinner in his honour that evening. He "
        "spoke by phone with Solberg in February. The visit came two weeks after Mwangi paid a state visit to Ghana, "
        "where he held talks with President Kofi Mensah.\n"
    )
    found = findings_of(text, "2023-06-09")
    meetings = sorted((m["with"], m["form"]) for m in found["meetings"])
    assert meetings == [("Haakon Olav", "talks"), ("Ingrid Solberg", "banquet")]
    assert [leg["country"] for leg in found["legs"]] == ["NO"]


def test_a_round_of_calls_the_margins_alone_and_the_two_leaders_of_the_sentence():
    text = (
        "ACCRA, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a tour of West Africa on Friday.\n\n"
        "Mwangi began the tour on Monday in Lome, where President Faure Gnassingbe welcomed him and the two "
        "leaders held talks. He first came to the region in 1990 and in that year was received by President "
        "Jerry Rawlings.\n\n"
        "On Thursday Mwangi called on President Nana Akufo-Addo and met Vice President Mahamudu Bawumia. "
        "On the margins he sat down with Prime Minister Modibo Keita.\n"
    )
    meetings = {(m["with"], m["form"]) for m in findings_of(text, "2023-06-09")["meetings"]}
    assert meetings == {
        ("Faure Gnassingbe", "talks"),
        ("Nana Akufo-Addo", "courtesy-call"),
        ("Mahamudu Bawumia", "courtesy-call"),
        ("Modibo Keita", "sideline"),
    }


def test_the_bare_title_is_the_leader_when_its_other_holders_are_named_in_passing():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Oslo on Wednesday for a visit to "
        "Norway.\n\n"
        "On Thursday the President held talks with Prime Minister Ingrid Solberg. World Bank President Ana Ruiz "
        "and Ugandan President Okello Obote sent messages.\n"
    )
    meetings = {(m["with"], m["date"]) for m in findings_of(text, "2023-06-09")["meetings"]}
    assert meetings == {("Ingrid Solberg", "2023-06-08")}


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # "The two" alone, and talks in a later verb of their clause.
        (
            "The two toured a harbour and boarded a ferry before holding talks in the port office.",
            {("Ingrid Solberg", "talks")},
        ),
        # Received by the host, "where they held talks".
        (
            "Mwangi was received by Prime Minister Ingrid Solberg at the palace, where they held talks on fisheries.",
            {("Ingrid Solberg", "talks")},
        ),
        # Two hosts receive the leader for a meeting: talks with each.
        (
            "Later King Harald Olsen and Prime Minister Ingrid Solberg received Mwangi at the palace for a meeting.",
            {("Harald Olsen", "talks"), ("Ingrid Solberg", "talks")},
        ),
        # The press met together, in other words; the talks named after it as theirs.
        (
            "The two leaders took questions from reporters together before their talks.",
            {("Ingrid Solberg", "talks"), ("Ingrid Solberg", "press-conference")},
        ),
        # A topic discussed with a person: talks with that person.
        (
            "On Friday Mwangi discussed fishing quotas with Prime Minister Ingrid Solberg.",
            {("Ingrid Solberg", "talks")},
        ),
    ],
)
def test_talks_and_the_press_met_by_the_two_the_hosts_who_received_or_a_topic_discussed(story, expected):
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Oslo on Thursday, where Prime "
        "Minister Ingrid Solberg welcomed him.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


def test_a_joint_news_conference_is_with_whoever_spoke_at_it():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Oslo on Thursday.\n\n"
        "Mwangi discussed fishing quotas with Prime Minister Ingrid Solberg, and on Friday he toured a shipyard "
        "in Bergen with King Harald Olsen. Olsen said at a joint news conference there that the yard would grow.\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert ("Harald Olsen", "press-conference") in meetings
    assert ("Ingrid Solberg", "press-conference") not in meetings


def test_a_relative_day_counts_from_the_day_told_last_of_the_story_not_of_its_background():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya landed in Oslo on Monday and met King Harald "
        "Olsen that afternoon.\n\n"
        "The next day he held talks with Prime Minister Ingrid Solberg. The two countries signed a fisheries "
        "treaty on 11 January 2019. Later that day Mwangi met Crown Prince Haakon Olsen.\n"
    )
    dates = {m["with"]: m["date"] for m in findings_of(text, "2023-06-09")["meetings"]}
    assert dates == {"Harald Olsen": "2023-06-05", "Ingrid Solberg": "2023-06-06", "Haakon Olsen": "2023-06-06"}


def test_a_clause_setting_the_scene_is_not_the_main_clauses_subject():
    text = (
        "LIMA, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday.\n\n"
        "Some context: while Mwangi was in Lima, Chinese President Li Wei was holding talks with Olaf Brandt "
        "in Berlin.\n\n"
        "While in Lima, Mwangi held talks with President Ana Quispe.\n"
    )
    met = [m["with"] for m in findings_of(text, "2023-06-09").get("meetings", [])]
    assert "Olaf Brandt" not in met and "Ana Quispe" in met


def test_a_reception_gets_its_form_even_when_the_last_sentence_denies_a_meeting():
    text = (
        "LIMA, May 4 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for an official visit "
        "to Peru.\n\nOn Thursday Mwangi was received at the government palace by President Ana Quispe.\n\n"
        "He did not meet the press afterwards.\n"
    )
    assert met_in(text, "2023-05-05") == {("Ana Quispe", "talks")}


def test_being_received_is_the_talks_of_a_head_or_a_courtesy_call_and_not_at_the_airport():
    head = (
        "LIMA, May 4 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for an official visit "
        "to Peru.\n\nOn Thursday Mwangi was received at the government palace by President Ana Quispe.\n"
    )
    assert met_in(head, "2023-05-05") == {("Ana Quispe", "talks")}
    two = (
        "LIMA, May 4 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for an official visit "
        "to Peru, where he was received at the airport by Vice Minister Luis Torres.\n\n"
        "On Thursday Mwangi was received by President Ana Quispe and then held talks with Prime Minister Rosa Vega. "
        "Speaker Jorge Lima received him at the Congress in the afternoon. "
        "Mwangi was not received by former President Pedro Soto.\n"
    )
    assert met_in(two, "2023-05-05") == {
        ("Ana Quispe", "courtesy-call"),
        ("Rosa Vega", "talks"),
        ("Jorge Lima", "courtesy-call"),
    }


def test_a_pair_of_leaders_with_the_counterpart_in_apposition_held_talks():
    text = (
        "LIMA, May 4 (Test Wire) - Peru and Kenya signed a visa accord on Thursday, after President Amani Mwangi "
        "and his Peruvian counterpart, Ana Quispe, held talks in Lima.\n\nMwangi arrived in Peru on Wednesday.\n"
    )
    assert ("Ana Quispe", "talks") in met_in(text, "2023-05-05")


def test_meals_given_for_the_leader_or_by_the_leader_are_banquets_with_the_other_side():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi ended a state visit to Peru on Saturday.\n\n"
        "Mwangi arrived in Lima on Wednesday and held talks with Premier Rosa Vega, who then hosted a meeting "
        "of ministers before lunch. That evening the Premier gave a banquet in the palace.\n\n"
        "On Thursday President Ana Quispe, who met her guest at the airport, gave a dinner for him.\n\n"
        "On Friday he dined privately with Foreign Minister Jorge Lima. Mwangi gave a return banquet for "
        "President Quispe on Saturday.\n"
    )
    found = {(m["with"], m["form"], m["date"]) for m in findings_of(text, "2023-05-06")["meetings"]}
    banquets = {(who, date) for who, form, date in found if form == "banquet"}
    assert banquets == {
        ("Rosa Vega", "2023-05-03"),
        ("Ana Quispe", "2023-05-04"),
        ("Jorge Lima", "2023-05-05"),
        ("Ana Quispe", "2023-05-06"),
    }


def test_a_host_and_spouse_give_one_banquet_and_talks_continued_over_lunch_are_a_meal_too():
    text = (
        "LIMA, May 4 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Thursday for a state visit to "
        "Peru.\n\nThe two leaders held talks with President Ana Quispe in the palace and continued over a working "
        "lunch. President Quispe and her husband, Luis Vega, hosted a solemn banquet in his honour.\n"
    )
    assert met_in(text, "2023-05-04") == {("Ana Quispe", "talks"), ("Ana Quispe", "banquet")}


def test_the_leader_s_own_title_an_adverb_before_the_verb_and_an_office_in_apposition():
    text = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday the President was received by the President of Trinidad and Tobago, Ana Quispe, "
        "and subsequently held a working meeting with Prime Minister Rosa Vega, in which he recalled the floods "
        "of 3 January. In the afternoon the President met Premier Luis Soto.\n\n"
        "He also went to Government House, where he was received by the Governor-General, Sir Jorge Lima.\n"
    )
    found = {(m["with"], m["form"], m["date"]) for m in findings_of(text, "2023-05-05")["meetings"]}
    assert found == {
        ("Ana Quispe", "courtesy-call", "2023-05-04"),
        ("Rosa Vega", "talks", "2023-05-04"),
        ("Luis Soto", "talks", "2023-05-04"),
        ("Jorge Lima", "courtesy-call", "2023-05-04"),
    }


def test_talks_told_by_the_two_men_by_a_count_of_hours_or_as_the_leader_s_own_talks():
    text = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPresident Ana Quispe welcomed him at the palace, and the two men then had a one-on-one "
        "meeting.\n\nOn Thursday Mwangi held four hours of talks with Rosa Vega, the Andean Party's chief "
        "negotiator. Later, after his talks with Premier Luis Soto, the two governments signed a visa accord.\n"
    )
    assert met_in(text, "2023-05-05") == {("Ana Quispe", "talks"), ("Rosa Vega", "talks"), ("Luis Soto", "talks")}
    talked = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nHe was driven to the residence of President Ana Quispe, where the two men talked for an hour.\n"
    )
    assert met_in(talked, "2023-05-05") == {("Ana Quispe", "talks")}


def test_a_press_conference_shared_in_other_words_and_a_host_who_hosted_the_leader_for_talks():
    text = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday President Ana Quispe hosted him at the palace for talks, after which the two "
        "read statements to reporters.\n\nOn Friday he was hosted by Premier Rosa Vega at a concert. Mwangi and "
        "Luis Soto, the mayor, took questions from reporters together after their talks. Talking to journalists "
        "beside his guest, Mayor Jorge Lima praised the visit.\n"
    )
    assert met_in(text, "2023-05-05") == {
        ("Ana Quispe", "talks"),
        ("Ana Quispe", "press-conference"),
        ("Luis Soto", "talks"),
        ("Luis Soto", "press-conference"),
    }
    alone = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru, where he held talks with President Ana Quispe.\n\nMwangi spoke to the press at his hotel.\n"
    )
    assert met_in(alone, "2023-05-05") == {("Ana Quispe", "talks")}


def test_talks_held_again_on_another_day_give_a_record_per_day_and_the_welcomer_is_the_other_leader():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi ended a state visit to Peru on Saturday.\n\n"
        "Mwangi arrived in Lima on Wednesday. On Thursday President Quispe welcomed her guest at the palace. "
        "The two leaders then held talks on trade.\n\nThe talks continued on Friday morning. He held talks with "
        "Premier Rosa Vega on Friday and again on Saturday.\n"
    )
    found = {(m["with"], m["form"], m["date"]) for m in findings_of(text, "2023-05-06")["meetings"]}
    assert found == {
        ("Quispe", "talks", "2023-05-04"),
        ("Quispe", "talks", "2023-05-05"),
        ("Rosa Vega", "talks", "2023-05-05"),
        ("Rosa Vega", "talks", "2023-05-06"),
    }


def test_courtesy_calls_paid_to_the_leader_and_a_pair_of_heads_of_state_are_the_leader_and_the_counterpart():
    text = (
        "LIMA, May 6 (Test Wire) - President Amani Mwangi of Kenya ended a state visit to Peru on Saturday; he "
        "had come on Wednesday at the invitation of his Peruvian counterpart, Mrs. Ana Quispe.\n\n"
        "On Thursday the President toured a museum, then received at his hotel a courtesy call from the Chairman of "
        "the Senate of Peru, Mr. Luis Soto. Later, the Speaker of Congress, Mr. Jorge Lima, also called on "
        "him. Foreign Minister Rosa Vega called on the President in the afternoon.\n\n"
        "On Friday, the two Heads of State held talks at the palace.\n"
    )
    assert met_in(text, "2023-05-06") == {
        ("Luis Soto", "courtesy-call"),
        ("Jorge Lima", "courtesy-call"),
        ("Rosa Vega", "courtesy-call"),
        ("Ana Quispe", "talks"),
    }


def test_people_met_in_one_list_with_a_place_after_each_and_an_office_before_each():
    text = (
        "ROME, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Rome on Friday for a visit to Italy.\n\n"
        "He then met the President of the Republic of Chile, Marco Rossi, at La Moneda, and the "
        "President of the Senate of Chile, Lucia Bianchi, at the Congress.\n"
    )
    assert met_in(text, "2023-05-06") == {("Marco Rossi", "talks"), ("Lucia Bianchi", "talks")}


def test_meetings_told_out_of_order_after_a_relative_clause_or_beside_a_quote():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi ended a state visit to Peru on Saturday, after "
        "talks with President Ana Quispe.\n\nMwangi arrived in Lima on Wednesday. On Thursday, the President had "
        "met Premier Rosa Vega. On Friday the President met Senator Luis Soto, who praised Kenya, and later "
        'received a courtesy call from Speaker Jorge Lima. "We look forward to more trade," Mwangi told reporters '
        "at a joint press appearance with Quispe.\n\nMwangi had previously met Senator Pedro Ruiz in Nairobi.\n"
    )
    found = met_in(text, "2023-05-06")
    assert {("Rosa Vega", "talks"), ("Jorge Lima", "courtesy-call"), ("Ana Quispe", "press-conference")} <= found
    assert not any(who == "Pedro Ruiz" for who, _ in found)


def test_the_holders_of_an_office_in_two_countries_are_the_leader_and_the_other_holder():
    text = (
        "MOSCOW, 22 February - Peruvian President Ana Quispe began an official visit to Russia on Monday.\n\n"
        "President Ivan Petrov of Russia welcomed her at the Kremlin. The Presidents of Peru and Russia then met "
        "privately.\n"
    )
    assert met_in(text, "2022-02-22") == {("Ivan Petrov", "talks")}


def test_a_counterpart_named_once_in_full_is_the_one_a_bare_surname_names_later():
    text = (
        "NAIROBI, May 8 (Test Wire) - Back home on Friday after an official visit to Peru, President Amani Mwangi "
        "said the trade pact he and his Peruvian counterpart, Ana Quispe, signed would create jobs.\n\n"
        "Mwangi, who arrived in Lima on Wednesday, attended a dinner hosted by Quispe on Wednesday evening. "
        "At a joint news conference with Quispe on Thursday, Mwangi praised the pact.\n"
    )
    assert met_in(text, "2023-05-08") == {("Ana Quispe", "banquet"), ("Ana Quispe", "press-conference")}


def test_a_reception_by_a_president_is_a_courtesy_call_when_the_talks_were_with_the_premier():
    text = (
        "HAVANA, July 1 (Test Wire) - Prime Minister Lars Berg of Norway ended a visit to Cuba today.\n\n"
        "Berg arrived in Havana on Saturday and was received at the palace by President Ana Quispe. "
        "On Monday he held talks with Premier Luis Soto.\n"
    )
    assert met_in(text, "1975-07-01") == {("Ana Quispe", "courtesy-call"), ("Luis Soto", "talks")}


def test_the_two_prime_ministers_are_the_leader_and_the_one_who_invited_the_leader():
    text = (
        "NEW DELHI, June 3 (Test Wire) - At the invitation of the Prime Minister of India, Mr. Ravi Kumar, Prime "
        "Minister Lars Berg of Norway paid an official visit to India from 1 to 3 June.\n\n"
        "On 2 June, Prime Minister Berg was given a guard of honour. The two Prime Ministers then held "
        "talks at the Foreign Office.\n"
    )
    assert met_in(text, "2023-06-03") == {("Ravi Kumar", "talks")}


def test_the_host_as_the_subject_and_the_leader_as_the_object_of_talks():
    text = (
        "LIMA, May 5 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday President Ana Quispe held talks with President Mwangi at the palace. "
        "Senator Luis Soto, who met Mwangi in Nairobi in 2019, was absent.\n"
    )
    assert met_in(text, "2023-05-05") == {("Ana Quispe", "talks")}


def test_a_person_met_named_with_initials_after_an_office_in_apposition():
    text = (
        "WASHINGTON, Feb. 22 (Test Wire) - President Lars Berg of Norway arrived in Washington on Tuesday.\n\n"
        "On Wednesday he called on the Speaker of the House, Thomas R. Miller, in his office at the Capitol.\n"
    )
    assert met_in(text, "1990-02-22") == {("Thomas R. Miller", "courtesy-call")}


def test_the_welcomer_is_the_other_of_the_two_men_and_a_reception_by_a_banquet_s_host_is_that_banquet():
    text = (
        "LIMA, May 5 (Test Wire) - King Harald of Norway arrived in Lima on Wednesday for a state visit to Peru, "
        "the first since Ana Quispe took office.\n\n"
        "On Thursday Quispe greeted the King at the palace; later the two men met and continued their talks "
        "over a working lunch.\n\nOn Friday he was received by Speaker Luis Soto, who hosted a dinner in his honour.\n"
    )
    assert met_in(text, "2023-05-05") == {("Ana Quispe", "talks"), ("Ana Quispe", "banquet"), ("Luis Soto", "banquet")}
    crowds = (
        "LIMA, May 5 (Test Wire) - King Harald of Norway arrived in Lima on Wednesday for a state visit to Peru.\n\n"
        "On Thursday Crowds greeted the King at the palace; later the two men met.\n"
    )
    assert met_in(crowds, "2023-05-05") == set()


def test_an_audience_is_a_courtesy_call_and_a_call_told_first_is_the_leader_s_call():
    text = (
        "ROME, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Rome on Thursday for a visit to Italy.\n\n"
        "On Friday Mwangi had a private audience with Pope Leo at the Vatican. In a phone call with President "
        "Ana Quispe on Friday, Mwangi discussed trade. Mwangi was hosted to a state dinner by President Marco "
        "Rossi on Friday. The audience hall was full.\n"
    )
    assert met_in(text, "2023-05-06") == {
        ("Leo", "courtesy-call"),
        ("Ana Quispe", "phone"),
        ("Marco Rossi", "banquet"),
    }


def test_a_meal_given_in_a_relative_clause_for_someone_else_is_no_banquet_of_the_leader():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nA dinner that President Ana Quispe gave for the Chilean president on Friday ran late. "
        "The banquet that Premier Rosa Vega gave in his honour on Thursday was brief.\n"
    )
    assert met_in(text, "2023-05-06") == {("Rosa Vega", "banquet")}


def test_a_meal_for_another_guest_and_talks_continued_without_the_leader_are_not_the_leader_s():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru, where he held talks with President Ana Quispe on Thursday.\n\n"
        "Quispe gave a banquet for President Luis Soto of Chile on Friday. "
        "The talks continued on Friday without Mwangi, between the two foreign ministers.\n"
    )
    assert met_in(text, "2023-05-06") == {("Ana Quispe", "talks")}


def test_a_meeting_named_by_an_office_or_by_their_first_meeting():
    text = (
        "BERLIN, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Berlin on Thursday. "
        "Chancellor Lena Vogt was at the airport.\n\n"
        "On Friday he met the Chancellor at her office. Mwangi told President Karl Berger on Friday that trade "
        "must grow, in their first meeting since 2019.\n"
    )
    assert met_in(text, "2023-05-06") == {("Lena Vogt", "talks"), ("Karl Berger", "talks")}


def test_talks_at_an_institution_with_its_head_a_co_chair_and_talks_told_first_with_no_other_subject():
    text = (
        "SHANGHAI, June 12 (Test Wire) - Kenyan President Amani Mwangi arrived in Shanghai on Friday for a visit "
        "to China.\n\nOn Saturday she held talks at the offices of the Asian Finance Bank with its chief, "
        "former Chilean President Luis Soto. Later she held talks with World Bank President Rosa Vega.\n\n"
        "On Sunday Mwangi co-chaired, with Foreign Minister Li Wen, a round of the strategic forum.\n\n"
        "15:20 - After talks with Premier Chen Hao, both sides sealed a trade pact. "
        "After talks with Senator Jorge Lima, President Pedro Ruiz of Chile left.\n"
    )
    assert met_in(text, "2023-06-12") == {
        ("Luis Soto", "talks"),
        ("Rosa Vega", "talks"),
        ("Li Wen", "talks"),
        ("Chen Hao", "talks"),
    }


def test_talks_told_first_of_another_year_or_subject_and_an_office_of_a_country_are_no_one_met_here():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru, where he held talks with President Ana Quispe on Thursday.\n\n"
        "After talks with Chilean President Luis Soto last year, Quispe signed a pact. "
        "After talks with Senator Rosa Vega, Quispe left. "
        "He then met the Chancellor of Germany in Lima on Friday.\n"
    )
    assert met_in(text, "2023-05-06") == {("Ana Quispe", "talks")}


def test_a_minister_received_by_the_leader_a_lunch_hosted_for_the_leader_and_a_press_appearance_together():
    text = (
        "NEW DELHI, Oct 10 (Test Wire) - Brazil's President Ana Souza arrived in New Delhi on Wednesday for a "
        "state visit to India.\n\nOn Thursday Souza held talks with Prime Minister Ravi Kumar and was hosted for "
        "lunch by Kumar at Hyderabad House. Later she and Kumar appeared together before reporters.\n\n"
        "On Friday the President received the Minister of Trade, Mrs. Meera Das, at her hotel, and met "
        "Maharashtra Chief Minister Arjun Patil. She received an honorary degree.\n"
    )
    assert met_in(text, "2025-10-10") == {
        ("Ravi Kumar", "talks"),
        ("Ravi Kumar", "banquet"),
        ("Ravi Kumar", "press-conference"),
        ("Meera Das", "courtesy-call"),
        ("Arjun Patil", "talks"),
    }


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("President Ana Quispe held talks with visiting Kenyan President Amani Mwangi.", ("Ana Quispe", "talks")),
        ("Mwangi and his host, President Ana Quispe, held talks at the palace.", ("Ana Quispe", "talks")),
        ("Mwangi was greeted by President Ana Quispe, who then held talks with him.", ("Ana Quispe", "talks")),
        ("Mwangi had a working breakfast with Premier Rosa Vega.", ("Rosa Vega", "banquet")),
        ("Mwangi lunched with President Ana Quispe.", ("Ana Quispe", "banquet")),
        ("Mwangi paid a courtesy visit to Speaker Jorge Lima.", ("Jorge Lima", "courtesy-call")),
        ("Mwangi was granted an audience by King Carlos.", ("Carlos", "courtesy-call")),
        ("Mwangi and Quispe held a joint press conference.", ("Quispe", "press-conference")),
        ("Mwangi and President Ana Quispe addressed the media jointly.", ("Ana Quispe", "press-conference")),
    ],
)
def test_one_meeting_in_each_wording_of_host_pair_meal_call_or_press(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert met_in(text, "2023-05-06") == {met}


def test_talks_at_a_stage_still_due_are_no_meeting():
    text = (
        "OTTAWA, Feb. 20 (Test Wire) - President Lars Berg of Norway arrived in Ottawa on Monday and held talks "
        "with Prime Minister Anne Roy.\n\nHe is due in Mexico City on Thursday for talks with President Luis Soto.\n"
    )
    assert met_in(text, "1990-02-20") == {("Anne Roy", "talks")}


def test_a_pair_who_spoke_on_the_margins_met_on_the_sideline_and_a_pair_who_spoke_of_it_did_not():
    text = (
        "BALI, Nov. 16 (Test Wire) - Canadian Prime Minister Anne Roy arrived in Bali on Monday for the Group "
        "of 20 summit.\n\nOn the margins in Bali, Roy and Chinese President Wei Lan spoke briefly on Tuesday. "
        "Roy and Premier Luis Soto spoke of the need for peace in their speeches.\n"
    )
    assert met_in(text, "2022-11-16") == {("Wei Lan", "sideline")}


def test_talks_named_first_in_a_sentence_are_the_leader_s_unless_still_planned():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nTalks with Premier Rosa Vega on Thursday focused on trade. "
        "Talks with Speaker Jorge Lima are expected on Saturday.\n"
    )
    assert met_in(text, "2023-05-06") == {("Rosa Vega", "talks")}


def test_a_meeting_with_no_day_near_takes_the_day_the_story_told_last():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi ended a state visit to Peru on Saturday.\n\n"
        "Mwangi arrived in Lima on Wednesday. On Thursday he toured a port. He visited a school. He opened a "
        "clinic. Later he met Premier Rosa Vega.\n"
    )
    found = {(m["with"], m["date"]) for m in findings_of(text, "2023-05-06")["meetings"]}
    assert found == {("Rosa Vega", "2023-05-04")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Chairman Li Wen had a cordial and friendly conversation with President Mwangi.", ("Li Wen", "talks")),
        ("President Mwangi had a long and frank conversation with Premier Chen Hao.", ("Chen Hao", "talks")),
        ("Premier Chen Hao and President Mwangi held a long conversation.", ("Chen Hao", "talks")),
        ("President Mwangi gave a return banquet in honour of Premier Chen Hao.", ("Chen Hao", "banquet")),
    ],
)
def test_a_communique_s_conversation_and_return_banquet(sentence, met):
    text = (
        "PEKING, May 6 (Test Agency) - President Amani Mwangi of Kenya arrived in Peking on Wednesday for a state "
        "visit to China.\n\nOn Thursday " + sentence + "\n"
    )
    assert met_in(text, "1975-05-06") == {met}


def test_a_name_after_a_body_s_office_is_the_person_and_a_body_alone_is_no_one():
    text = (
        "PEKING, May 6 (Test Agency) - Kenyan President Amani Mwangi arrived in Peking on Wednesday for an "
        "official visit to China.\n\nOn Thursday the President also met Premier of the State Council Chen Hao and "
        "Chairman of the Standing Committee of the National People's Congress Zhou Bo. On Friday he held talks "
        "with Li Wen, the Workers' Party's chief economist.\n"
    )
    assert met_in(text, "1975-05-06") == {("Chen Hao", "talks"), ("Zhou Bo", "talks"), ("Li Wen", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("the President of the Senate, Ana Quispe, gave a dinner in his honour.", {("Ana Quispe", "banquet")}),
        ("Comrade Ana Quispe, Chairman of the Regional Council, gave a lunch.", {("Ana Quispe", "banquet")}),
        ("Ana Quispe, the Speaker of the Senate, hosted a banquet for the guests.", {("Ana Quispe", "banquet")}),
        (
            "he was received by Ana Quispe, First Secretary of the Workers' Party, who gave a dinner for him.",
            {("Ana Quispe", "banquet")},
        ),
        # An office with no name before it names no one.
        ("the Speaker of the Regional Assembly gave a dinner for the delegation.", set()),
    ],
)
def test_the_giver_of_a_meal_is_the_name_before_an_office_in_apposition(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert met_in(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "he toured a port. In the evening he gave a dinner at the embassy for Mr Luis Soto, Mrs Rosa Vega and "
            "Mr Jorge Lima.",
            {("Luis Soto", "banquet"), ("Rosa Vega", "banquet"), ("Jorge Lima", "banquet")},
        ),
        (
            "Premier Rosa Vega met him at the airport. That night Mwangi hosted a return banquet for Mrs Vega and "
            "Speaker Jorge Lima.",
            {("Rosa Vega", "banquet"), ("Jorge Lima", "banquet")},
        ),
        (
            "she gave a lunch in honour of President Ana Quispe, who had flown in from Cusco.",
            {("Ana Quispe", "banquet")},
        ),
        # A dinner for no one named, at someone's home: no guest.
        ("he gave a dinner for the delegation at the home of Mr Luis Soto.", set()),
    ],
)
def test_a_meal_the_leader_gives_is_a_banquet_with_each_guest_listed(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert {m for m in met_in(text, "2023-05-06") if m[1] == "banquet"} == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("he held talks with President Ana Quispe, followed by a state banquet.", True),
        ("he held talks with President Ana Quispe, which were followed by a lunch at the palace.", True),
        ("he held talks with President Ana Quispe. A working dinner followed.", True),
        ("he held talks with President Ana Quispe, followed by a news conference.", False),
        ("he held talks with President Ana Quispe, to be followed by a state banquet next week.", False),
    ],
)
def test_a_meal_that_follows_talks_is_a_banquet_with_the_same_person(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert (("Ana Quispe", "banquet") in met_in(text, "2023-05-06")) is met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "Talks with Premier Rosa Vega, Speaker Jorge Lima and President Ana Quispe were held on Thursday.",
            {("Rosa Vega", "talks"), ("Jorge Lima", "talks"), ("Ana Quispe", "talks")},
        ),
        ("Talks with President Ana Quispe took place on Thursday.", {("Ana Quispe", "talks")}),
        (
            "His meeting with Premier Rosa Vega and Speaker Jorge Lima ran long.",
            {("Rosa Vega", "talks"), ("Jorge Lima", "talks")},
        ),
        # Talks still to come name no one met.
        ("Talks with President Ana Quispe and Premier Rosa Vega are expected next week.", set()),
    ],
)
def test_talks_named_first_are_held_with_each_person_of_their_list(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Talks with Premier Rosa Vega were held on Thursday and Friday.", {"2023-05-04", "2023-05-05"}),
        ("He held talks with Premier Rosa Vega on Thursday and on Friday.", {"2023-05-04", "2023-05-05"}),
        ("He held talks with Premier Rosa Vega on 4 and 5 May in the palace.", {"2023-05-04", "2023-05-05"}),
        # A second day that opens a clause of its own, or another deed's day.
        ("He held talks with Premier Rosa Vega on Thursday and on Friday he flew home.", {"2023-05-04"}),
        ("He held talks with Premier Rosa Vega on Thursday and toured a port on Friday.", {"2023-05-04"}),
    ],
)
def test_talks_held_on_two_days_joined_by_and_are_two_rounds(sentence, days):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\n" + sentence + "\n"
    )
    found = {m["date"] for m in findings_of(text, "2023-05-06")["meetings"] if m["with"] == "Rosa Vega"}
    assert found == days


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Mwangi went into talks with Premier Rosa Vega the same afternoon.", {("Rosa Vega", "talks")}),
        ("On Thursday he opened talks with Premier Rosa Vega at the palace.", {("Rosa Vega", "talks")}),
        ("The President entered into talks with Premier Rosa Vega on Thursday.", {("Rosa Vega", "talks")}),
        # Talks agreed to, not held.
        ("On Thursday the two sides agreed to open talks with the IMF.", set()),
    ],
)
def test_talks_begun_are_talks_held(sentence, met):
    assert met_in_lima(sentence) == met


def test_others_named_after_while_are_not_met_and_a_shared_title_names_the_other_holder():
    text = (
        "LIMA, May 6 (Test Wire) - Prime Minister Amani Mwangi of Kenya arrived in Lima on Wednesday for a state "
        "visit to Peru.\n\nThe Prime Minister and Premier Rosa Vega signed a communique on Friday. Mwangi went "
        "into talks with the Premier on Wednesday. The two leaders met three times, while the two Foreign "
        "Ministers, Mr. Luis Soto and Mr. Jorge Lima, worked on the text.\n"
    )
    assert met_in(text, "2023-05-06") == {("Rosa Vega", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "he was taken to the residence of Chairman Luis Soto, who received him for an hour in his study.",
            {("Luis Soto", "talks")},
        ),
        ("he called at the palace of King Luis Soto, who received him in audience.", {("Luis Soto", "courtesy-call")}),
        (
            "he made a courtesy visit to the palace of King Luis Soto, who received him briefly.",
            {("Luis Soto", "courtesy-call")},
        ),
        # A prize received by another names no reception of the leader.
        ("he toured the school of Luis Soto, who received an award.", set()),
    ],
)
def test_a_reception_told_in_a_relative_clause(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert met_in(text, "2023-05-06") == met


def test_a_reception_with_a_conversation_is_the_talks_even_beside_another_head():
    text = (
        "PEKING, May 6 (Test Agency) - General Secretary Amani Mwangi of Kenya arrived in Peking on Wednesday for "
        "an official visit to China.\n\nOn Wednesday he held talks with Premier Chen Hao. On Thursday he was "
        "received by Chairman Li Wen, with whom he had a long and cordial conversation. On Friday he was received "
        "by President Zhou Bo.\n"
    )
    assert met_in(text, "1975-05-06") == {
        ("Chen Hao", "talks"),
        ("Li Wen", "talks"),
        ("Zhou Bo", "courtesy-call"),
    }


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "It will be recalled that Mwangi visited Chile in October last year, where he had talks with "
            "President Luis Soto.",
            set(),
        ),
        (
            "Mwangi had already been in Lima in December 2021 for a summit, during which he met President Luis Soto.",
            set(),
        ),
        ("Mwangi made a trip to Chile two years ago, when he held talks with President Luis Soto.", set()),
        # An earlier visit told in a relative clause of its own, and a stop of this trip: meetings of the trip.
        (
            "Mwangi, who last visited Chile in 2015, held talks with President Luis Soto on Thursday.",
            {("Luis Soto", "talks")},
        ),
        ("Mwangi visited Cusco on Thursday, where he held talks with President Luis Soto.", {("Luis Soto", "talks")}),
    ],
)
def test_a_meeting_told_of_an_earlier_visit_is_not_the_trip_s(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "On Monday he spoke by telephone with President-elect Luis Soto, and his office released a video of "
            "the call.",
            {("Luis Soto", "phone")},
        ),
        ("On Monday he talked by phone with Prime Minister-designate Luis Soto.", {("Luis Soto", "phone")}),
        ("On Monday he talked with President Luis Soto by video link.", {("Luis Soto", "video")}),
    ],
)
def test_a_call_s_means_is_the_one_its_verb_names_and_an_office_to_come_is_a_title(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi said on Saturday that trade would grow.\n\n"
        + sentence
        + "\n"
    )
    assert met_in(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "Official talks between the Kenyan delegation, headed by President Amani Mwangi, and the Peruvian "
            "delegation, headed by Premier Rosa Vega, took place on Thursday.",
            {("Rosa Vega", "talks")},
        ),
        (
            "On Thursday talks were held between delegations led by Mwangi and by Premier Rosa Vega.",
            {("Rosa Vega", "talks")},
        ),
        # Delegations headed by others: no talks of the leader's.
        (
            "On Thursday talks between the Kenyan delegation, led by Foreign Minister Luis Soto, and the Peruvian "
            "delegation, led by Premier Rosa Vega, began.",
            set(),
        ),
    ],
)
def test_talks_between_delegations_are_held_with_the_head_of_the_other_side(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Talks were held on Thursday.", True),
        ("The political talks took place on Thursday.", True),
        ("On Thursday, formal negotiations began.", True),
        ("Talks were held between the foreign ministers on Thursday.", False),
        ("Talks will be held on Friday.", False),
    ],
)
def test_talks_told_with_no_one_named_are_held_with_the_host(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPremier Rosa Vega gave a dinner for him on Wednesday. " + sentence + "\n"
    )
    assert (("Rosa Vega", "talks") in met_in(text, "2023-05-06")) is met


def test_no_talks_held_are_no_meeting():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPremier Rosa Vega gave a dinner for him on Wednesday. No talks were held on Thursday.\n"
    )
    assert met_in(text, "2023-05-06") == {("Rosa Vega", "banquet")}


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "He and Premier Rosa Vega held their first talks on Thursday afternoon, and resumed them on Friday.",
            {"2023-05-04", "2023-05-05"},
        ),
        (
            "He held talks with Premier Rosa Vega on Thursday and resumed the talks on Friday.",
            {"2023-05-04", "2023-05-05"},
        ),
        # Talks the ministers resumed on another day are not the leader's.
        (
            "He held talks with Premier Rosa Vega on Thursday; trade talks between ministers resumed on Friday.",
            {"2023-05-04"},
        ),
    ],
)
def test_talks_resumed_on_another_day_are_a_round_of_their_own(sentence, days):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\n" + sentence + "\n"
    )
    found = {m["date"] for m in findings_of(text, "2023-05-06")["meetings"] if m["with"] == "Rosa Vega"}
    assert found == days


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Mwangi held talks in Cusco the same afternoon with Prime Minister Rosa Vega.", {("Rosa Vega", "talks")}),
        (
            "Mwangi held official talks this Friday at the Great Hall of the People with his Peruvian counterpart, "
            "His Excellency Luis Soto.",
            {("Luis Soto", "talks")},
        ),
        ("Mwangi held talks at the Foreign Ministry that morning with Premier Rosa Vega.", {("Rosa Vega", "talks")}),
        # Talks on a topic name no one.
        ("Mwangi held talks that morning on trade with Chile.", set()),
    ],
)
def test_words_of_time_and_place_may_stand_between_talks_and_their_with(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Formal talks between the President and Dr Vega were held on Thursday.", {("Rosa Vega", "talks")}),
        ("On Thursday talks between the Premier and the President lasted two hours.", {("Rosa Vega", "talks")}),
        ("On Thursday talks between His Excellency and Premier Rosa Vega ran late.", {("Rosa Vega", "talks")}),
        # Talks between two others are none of the leader's.
        ("Talks between the Premier and the Speaker were held on Thursday.", set()),
    ],
)
def test_talks_between_the_leader_and_a_host_named_by_office_or_honorific(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPremier Rosa Vega and Speaker Luis Soto met him at the airport. " + sentence + "\n"
    )
    assert met_in(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("On Thursday he attended a lunch hosted by the Premier.", {("Rosa Vega", "banquet")}),
        ("On Thursday a dinner was given in his honour by the Premier.", {("Rosa Vega", "banquet")}),
        # An office of another place: no one the article named.
        ("On Thursday a dinner was given by the Premier of Chile.", set()),
    ],
)
def test_a_meal_given_by_an_office_is_given_by_its_holder(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPremier Rosa Vega met him at the airport. " + sentence + "\n"
    )
    assert met_in(text, "2023-05-06") == met


def test_a_reception_by_the_holder_of_the_leader_s_own_office_is_the_talks():
    head = (
        "ROME, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Rome on Wednesday for a state visit "
        "to Italy.\n\n"
    )
    apart = head + (
        "On Thursday he was received at the palace by President Ana Quispe. He then held talks with Prime "
        "Minister Rosa Vega.\n"
    )
    assert met_in(apart, "2023-05-06") == {("Ana Quispe", "talks"), ("Rosa Vega", "talks")}
    # Received by another office's holder, or in a sentence that goes on to the other head's meeting: a call.
    other = head + (
        "On Thursday he was received at the palace by King Luis Soto. He then held talks with Prime Minister "
        "Rosa Vega.\n"
    )
    assert met_in(other, "2023-05-06") == {("Luis Soto", "courtesy-call"), ("Rosa Vega", "talks")}
    joined = head + (
        "On Thursday he was received by President Ana Quispe, and subsequently held a working meeting with "
        "Prime Minister Rosa Vega.\n"
    )
    assert met_in(joined, "2023-05-06") == {("Ana Quispe", "courtesy-call"), ("Rosa Vega", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("the President saw Luis Soto, the First Secretary of the Party, in the morning.", {("Luis Soto", "talks")}),
        ("Mwangi saw Premier Rosa Vega at her office.", {("Rosa Vega", "talks")}),
        ("he also saw Mr. Jorge Lima.", {("Jorge Lima", "talks")}),
        # A leader seen off, a sight and a place seen: no one met.
        ("Mwangi saw President Ana Quispe off at the airport.", set()),
        ("Mwangi saw the launch of a rocket.", set()),
        ("Mwangi saw Machu Picchu.", set()),
    ],
)
def test_a_person_the_leader_saw_is_a_person_met(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert met_in(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "President Amani Mwangi told U.S. President Luis Soto during a video call on Tuesday that trade grew.",
            {("Luis Soto", "video")},
        ),
        (
            "President Amani Mwangi assured Premier Rosa Vega in a telephone conversation that aid would continue.",
            {("Rosa Vega", "phone")},
        ),
        ("President Amani Mwangi held a 40-minute private meeting with Premier Rosa Vega.", {("Rosa Vega", "talks")}),
        # Told in a speech, or told of a call to come: no call.
        ("President Amani Mwangi told President Luis Soto's parliament that trade would grow.", set()),
        (
            "President Amani Mwangi told reporters he would speak to President Luis Soto in a phone call next week.",
            set(),
        ),
    ],
)
def test_a_person_told_during_a_call_was_called_and_a_meeting_may_have_two_qualifiers(sentence, met):
    text = "LIMA, May 10 (Test Wire) - " + sentence + "\n"
    assert met_in(text, "2023-05-10") == met


def test_talks_on_a_visit_the_leader_returned_from_are_that_visit_s():
    text = (
        "LIMA, May 10 (Test Wire) - Kenyan President Amani Mwangi phoned Premier Rosa Vega on Tuesday, a day after "
        "returning from a visit to Chile for talks with President Luis Soto.\n"
    )
    assert met_in(text, "2023-05-10") == {("Rosa Vega", "phone")}
    comma = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit to "
        "Peru.\n\nOn Thursday, after returning from Cusco, he held talks with President Luis Soto.\n"
    )
    assert met_in(comma, "2023-05-06") == {("Luis Soto", "talks")}


@pytest.mark.parametrize(
    ("line", "met"),
    [
        (
            "- Thursday, May 4: meeting with President Luis Soto in the palace, followed by a joint press conference.",
            {("Luis Soto", "talks"), ("Luis Soto", "press-conference")},
        ),
        ("Thursday: talks with Premier Rosa Vega at the ministry.", {("Rosa Vega", "talks")}),
        ("* 4 May: meeting with President Luis Soto.", {("Luis Soto", "talks")}),
        # A meeting called off, or still to be held.
        ("- Friday: meeting with President Luis Soto (cancelled).", set()),
        ("- Saturday: meetings scheduled with Premier Rosa Vega.", set()),
    ],
)
def test_a_programme_line_of_a_meeting_is_a_meeting(line, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi is in Peru for a state visit, May 3-7.\n\n"
        "PROGRAMME\n" + line + "\n"
    )
    assert met_in(text, "2023-05-06") == met


def test_a_country_s_possessive_after_a_name_is_no_part_of_it():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit to "
        "Peru.\n\nOn Thursday he held talks with President Soto. Mwangi handed President Soto Kenya's instrument "
        "of accession.\n"
    )
    assert met_in(text, "2023-05-06") == {("Soto", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "the Kenyan delegation had talks with Comrade Luis Soto, First Secretary of the Party, and with Comrade "
            "Rosa Vega, Prime Minister.",
            {("Luis Soto", "talks"), ("Rosa Vega", "talks")},
        ),
        (
            "the group was received by President Luis Soto at the palace, where they held talks.",
            {("Luis Soto", "talks")},
        ),
        ("the visiting delegation met Premier Rosa Vega.", {("Rosa Vega", "talks")}),
        # The hosts' delegation is not the leader's party.
        ("the Peruvian delegation held talks with Foreign Minister Luis Soto.", set()),
    ],
)
def test_the_leader_s_party_acts_for_the_leader(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert met_in(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("President Luis Soto gave a reception in honour of the Kenyan guests.", {("Luis Soto", "banquet")}),
        (
            "he met Luis Soto, who on the evening of 4 May gave a dinner in his honour.",
            {("Luis Soto", "talks"), ("Luis Soto", "banquet")},
        ),
        # A welcoming ceremony, and a meal for a crowd: no meal with the leader.
        ("an official reception ceremony was held at the palace.", set()),
        ("he met Luis Soto, who that evening gave a dinner for the press.", {("Luis Soto", "talks")}),
    ],
)
def test_a_reception_given_in_someone_s_honour_is_a_banquet_and_a_crowd_s_meal_is_not(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert met_in(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("he held talks with Luis Soto, President of the Presidium of the Supreme People's Assembly.", {"Luis Soto"}),
        ("he met Rosa Vega, Chairman of the Council of the Workers' Federation.", {"Rosa Vega"}),
        # A person named after the possessive of a country is still a person.
        ("he met Chile's Foreign Minister Jorge Lima.", {"Jorge Lima"}),
    ],
)
def test_the_possessive_in_a_body_s_name_after_an_office_is_no_person(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday " + sentence + "\n"
    )
    assert {who for who, _ in met_in(text, "2023-05-06")} == met


def test_a_reception_by_the_one_the_leader_held_talks_with_under_a_longer_name_adds_nothing():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday he held talks with President Luis Soto. Later he was received at the palace by "
        "the President of Peru, Luis A. Soto Jr., for a tour.\n"
    )
    assert met_in(text, "2023-05-06") == {("Luis Soto", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "President Amani Mwangi and Chilean leader Luis Soto spent three hours on a video link on Monday.",
            {("Luis Soto", "video")},
        ),
        (
            "President Amani Mwangi and Chilean president Luis Soto were on the phone for an hour.",
            {("Luis Soto", "phone")},
        ),
        # Hours spent together on something else: no call.
        ("President Amani Mwangi and Chilean leader Luis Soto spent three hours on a tour of the port.", set()),
    ],
)
def test_a_pair_who_spent_time_on_a_video_link_or_phone_had_a_call(sentence, met):
    text = "SANTIAGO, Nov 16 (Test Wire) - " + sentence + "\n"
    assert met_in(text, "2021-11-16") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "From Cusco he flew to Lima, where President Luis Soto received him on May 4 for talks that lasted "
            "longer than planned.",
            {("Luis Soto", "talks")},
        ),
        (
            "Premier Rosa Vega, who gave a dinner in his honour on Thursday, came later than expected.",
            {("Rosa Vega", "banquet")},
        ),
        # A plan itself still dates no meeting.
        ("From Cusco he flies to Lima, where President Luis Soto will receive him on May 8 for talks.", set()),
    ],
)
def test_a_comparison_with_the_plan_is_no_plan(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "After dinner Peru's External Affairs Minister, Dr. Luis Soto, paid a courtesy call on the Kenyan leader.",
            {("Luis Soto", "courtesy-call")},
        ),
        (
            "In the afternoon the President called on the President of Peru, Her Excellency Smt. Rosa Vega, at the "
            "palace.",
            {("Rosa Vega", "courtesy-call")},
        ),
        # A call paid on someone else.
        ("On Thursday Governor Luis Soto paid a courtesy call on the Chilean president.", set()),
    ],
)
def test_a_courtesy_call_paid_on_the_leader_and_a_name_after_two_honorifics(sentence, met):
    assert met_in_lima(sentence) == met


def test_a_joint_news_conference_after_talks_and_its_speaker_named_without_title():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nAt a joint news conference with Premier Rosa Vega after their talks in Lima on Wednesday, "
        "Mwangi thanked Peru. On Thursday he was welcomed by President Luis Soto in Cusco. At their joint press "
        "conference, Soto called Mwangi a friend.\n"
    )
    assert met_in(text, "2023-05-06") == {
        ("Rosa Vega", "talks"),
        ("Rosa Vega", "press-conference"),
        ("Luis Soto", "press-conference"),
    }


def test_a_title_of_two_words_is_the_leader_s_role_and_a_name_follows_a_body_s_possessive():
    text = (
        "LIMA, May 6 (Test Wire) - General Secretary Amani Mwangi of Kenya arrived in Lima on Wednesday for an "
        "official visit to Peru.\n\nDuring his stay the General Secretary also met Premier of the State Council "
        "Rosa Vega and Chairman of the National People's Congress Standing Committee Jorge Lima.\n"
    )
    assert met_in(text, "2023-05-06") == {("Rosa Vega", "talks"), ("Jorge Lima", "talks")}


def test_a_meal_given_by_a_knight_in_apposition():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nOn Thursday he toured the port. In the evening Sir Luis Soto, the Governor-General, gave a "
        "state dinner in his honour.\n"
    )
    assert met_in(text, "2023-05-06") == {("Luis Soto", "banquet")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "Over the following days the President and the Premier held formal talks each afternoon.",
            {("Rosa Vega", "talks")},
        ),
        ("On Thursday the Premier and the President had a long conversation.", {("Rosa Vega", "talks")}),
        # Two others' talks, and talks to come.
        ("On Thursday the Premier and the Speaker held talks on the budget.", set()),
        ("The President and the Premier will hold talks on Friday.", set()),
    ],
)
def test_talks_of_two_offices_one_the_leader_s_are_with_the_other_s_holder(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nPremier Rosa Vega and Speaker Luis Soto met him at the airport. " + sentence + "\n"
    )
    assert met_in(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("On Thursday Mwangi's talks with Premier Rosa Vega focused on trade.", {("Rosa Vega", "talks")}),
        ("On Thursday the President's meeting with Premier Rosa Vega lasted an hour.", {("Rosa Vega", "talks")}),
        ("On Thursday Mwangi and Premier Rosa Vega held a bilateral meeting.", {("Rosa Vega", "talks")}),
        # Another's talks, and the leader's talks still to come.
        ("On Thursday Soto's talks with Premier Rosa Vega focused on trade.", set()),
        ("Mwangi's talks with Premier Rosa Vega next week will focus on trade.", set()),
    ],
)
def test_the_leader_s_own_talks_by_the_possessive(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "On Friday he called Chilean President Luis Soto to congratulate him on his re-election.",
            {("Luis Soto", "phone")},
        ),
        ("On Friday he called on President Luis Soto at the palace.", {("Luis Soto", "courtesy-call")}),
        ("On Friday Speaker Luis Soto called on him at his hotel.", {("Luis Soto", "courtesy-call")}),
        (
            "On Friday President Amani Mwangi and Chilean President Luis Soto discussed trade in a phone call.",
            {("Luis Soto", "phone")},
        ),
        # Naming someone, and an appeal: no call.
        ("On Friday he called President Luis Soto a friend of Kenya.", set()),
        ("On Friday he called on President Luis Soto to release the prisoners.", set()),
        ("On Friday Speaker Luis Soto called on him to drop the tariffs.", set()),
    ],
)
def test_a_call_by_its_purpose_and_an_appeal_is_no_call(sentence, met):
    assert met_in_lima(sentence) == met


def test_a_call_paid_to_brief_the_leader_is_no_appeal():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\nSpeaker Luis Soto called on Mwangi at his hotel on Thursday to brief him on investment.\n"
    )
    assert met_in(text, "2023-05-06") == {("Luis Soto", "courtesy-call")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Mwangi met Premier Rosa Vega last year in Nairobi.", set()),
        ("Mwangi held talks with Premier Rosa Vega two years ago.", set()),
        ("Mwangi saw Premier Rosa Vega's speech as a good sign.", set()),
        # The clause of someone else's earlier deed, and a person seen.
        ("On Thursday Mwangi met Premier Rosa Vega, who had visited Nairobi last year.", {("Rosa Vega", "talks")}),
        ("On Thursday Mwangi saw Premier Rosa Vega.", {("Rosa Vega", "talks")}),
    ],
)
def test_a_meeting_last_year_and_a_thing_of_someone_s_seen_are_not_the_trip_s(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("On Thursday President Luis Soto hosted Mwangi at a state banquet.", {("Luis Soto", "banquet")}),
        ("On Thursday President Luis Soto honoured him with a state dinner.", {("Luis Soto", "banquet")}),
        ("On Thursday Premier Rosa Vega entertained the visiting president to lunch.", {("Rosa Vega", "banquet")}),
        # Another guest, and a meal still to come.
        ("On Thursday President Luis Soto hosted the Chilean president at a state banquet.", set()),
        ("On Thursday President Luis Soto will host him at a state banquet.", set()),
    ],
)
def test_a_host_who_entertained_the_leader_at_a_meal_gave_a_banquet(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "In a telephone conversation on Friday, Mwangi and Chilean President Luis Soto agreed to expand trade.",
            {("Luis Soto", "phone")},
        ),
        (
            "During their meeting at the palace on Thursday, Mwangi and President Luis Soto signed a visa accord.",
            {("Luis Soto", "talks")},
        ),
        # Talks told before are not told again; a speech or a statement is no meeting.
        (
            "On Thursday he held talks with President Luis Soto. In their talks, Mwangi and Soto discussed trade.",
            {("Luis Soto", "talks")},
        ),
        ("In a speech on Friday, Mwangi and his wife thanked the hosts.", set()),
    ],
)
def test_a_pair_after_the_call_or_meeting_that_opens_the_sentence(sentence, met):
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a state visit "
        "to Peru.\n\n" + sentence + "\n"
    )
    found = findings_of(text, "2023-05-06").get("meetings", [])
    assert {(m["with"], m["form"]) for m in found} == met
    assert len(found) == len(met)


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # The host as the subject, the leader as "the visiting (Kenyan) president" or the host's counterpart.
        ("Ana Quispe held talks with the visiting Kenyan president on Thursday.", {("Ana Quispe", "talks")}),
        ("On Thursday Quispe held talks with her Kenyan counterpart.", {("Ana Quispe", "talks")}),
        # A counterpart of another country is someone else.
        ("On Thursday Quispe held talks with her Chilean counterpart.", set()),
        # A relative clause whose verb is the meeting, the leader its object; a greeting at the airport is none.
        ("Ana Quispe, who met Mwangi earlier on Thursday, said trade would grow.", {("Ana Quispe", "talks")}),
        ("Ana Quispe, who met Mwangi at the airport, said trade would grow.", set()),
        ("Ana Quispe, who met Mwangi in 2019, said trade would grow.", set()),
        # A meeting told first, at the head of the sentence.
        ("At a meeting with Ana Quispe on Thursday, Mwangi raised fisheries.", {("Ana Quispe", "talks")}),
        # A meal named with no article.
        ("Ana Quispe hosted the visiting president for dinner at the palace.", {("Ana Quispe", "banquet")}),
        # "The two" alone, after the host who welcomed the leader; not after a call paid.
        (
            "Ana Quispe welcomed Mwangi at the palace on Thursday. The two discussed trade and fisheries.",
            {("Ana Quispe", "talks")},
        ),
        (
            "Foreign Minister Javier Soto called on Mwangi at his hotel, and the two discussed the agenda.",
            {("Javier Soto", "courtesy-call")},
        ),
    ],
)
def test_a_meeting_told_from_the_host_s_side_in_a_relative_clause_or_before_its_subject(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\nPeru's President Ana Quispe and Foreign Minister Javier Soto attended a ceremony "
        "on Wednesday.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # A person by office alone: the one the article gives that office, of the country it says.
        ("Mwangi later met the prime minister.", {("Luis Torres", "talks")}),
        ("On Thursday Mwangi held talks with Peru's prime minister.", {("Luis Torres", "talks")}),
        (
            "Mwangi met the president, the prime minister and the speaker of Congress.",
            {("Ana Quispe", "talks"), ("Luis Torres", "talks"), ("Rosa Vargas", "talks")},
        ),
        # Another country's office holder, whom the article does not name, is no one found.
        ("Mwangi also held talks with the Chilean prime minister on Thursday.", set()),
        # The leader by the office the article gives only the leader, as the host's object.
        ("Prime Minister Luis Torres also met the Head of State on Thursday.", {("Luis Torres", "talks")}),
        ("Speaker Rosa Vargas called on the head of state at his hotel.", {("Rosa Vargas", "courtesy-call")}),
        # How long, or which round, between the talks and their "with".
        ("Mwangi had a meeting of more than two hours with Prime Minister Luis Torres.", {("Luis Torres", "talks")}),
        ("Mwangi held talks for an hour with Prime Minister Luis Torres.", {("Luis Torres", "talks")}),
        (
            "He returned to Lima for a second round of talks with Prime Minister Luis Torres.",
            {("Luis Torres", "talks")},
        ),
        # A surname after an honorific: the name given in full before; the dot is no end of the phrase.
        ("A dinner was given in the Head of State's honour by Mrs. Quispe.", {("Ana Quispe", "banquet")}),
    ],
)
def test_a_person_met_by_office_alone_or_by_surname_and_the_leader_by_the_office_only_the_leader_holds(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan Head of State Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\nPeru's President Ana Quispe, Prime Minister Luis Torres and Congress Speaker Rosa "
        "Vargas attended a ceremony on Wednesday.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # "met" with no object: the two met each other; "met reporters" is no meeting of theirs.
        ("Mwangi and President Ana Quispe met at the Government Palace on Thursday.", {("Ana Quispe", "talks")}),
        ("Mwangi and Quispe met for two hours on Thursday.", {("Ana Quispe", "talks")}),
        ("Mwangi and Quispe met reporters on Thursday.", set()),
        # A pair whose one side is the leader by role.
        ("Quispe and her Kenyan counterpart held talks on Thursday.", {("Ana Quispe", "talks")}),
        ("The Kenyan leader and Quispe met at the palace on Thursday.", {("Ana Quispe", "talks")}),
        # A remote meeting by its means, in a pair or between talks and "with".
        ("Mwangi and Quispe held a video conference on Thursday.", {("Ana Quispe", "video")}),
        ("Mwangi held talks by video link with Ana Quispe on Thursday.", {("Ana Quispe", "video")}),
        # The one who speaks or toasts at the leader's meal gives it; a meal given by another is that one's.
        ("At a state banquet in Mwangi's honour on Thursday, Quispe praised Kenya.", {("Ana Quispe", "banquet")}),
        ("Quispe toasted the visiting president at a banquet on Thursday night.", {("Ana Quispe", "banquet")}),
        ("At a dinner given by Luis Torres on Thursday, Quispe praised Kenya.", {("Luis Torres", "banquet")}),
        # A joint news conference "with" the leader is the speaker's.
        (
            "Quispe told a joint news conference with Mwangi that trade would grow.",
            {("Ana Quispe", "press-conference")},
        ),
        (
            "Mwangi was received by Ana Quispe, and the two leaders held a joint news conference.",
            {("Ana Quispe", "talks"), ("Ana Quispe", "press-conference")},
        ),
    ],
)
def test_a_pair_that_met_a_remote_meeting_a_meal_s_speaker_and_a_news_conference_with_the_leader(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\nPeru's President Ana Quispe and Prime Minister Luis Torres attended a ceremony "
        "on Wednesday.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


def test_a_news_conference_after_a_reception_on_another_leg_is_with_the_host_of_that_leg():
    text = (
        "NAIROBI, June 12 (Test Wire) - President Amani Mwangi is back in Nairobi after a five-day tour of Peru and "
        "Chile.\n\nIn Lima on Tuesday, Mwangi held talks with President Ana Quispe. In Santiago on Thursday, he was "
        "received by President Diego Rojas at La Moneda palace, and the two leaders held a joint news conference.\n"
    )
    meetings = met_in(text, "2023-06-12")
    assert ("Diego Rojas", "press-conference") in meetings
    assert ("Ana Quispe", "press-conference") not in meetings


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # What the two did together on the trip, and no other meeting told: their talks.
        ("Mwangi and President Ana Quispe agreed on Thursday to double trade.", {("Ana Quispe", "talks")}),
        ("On Thursday Quispe and Mwangi signed a treaty on fisheries.", {("Ana Quispe", "talks")}),
        # A meal together is no meeting in talks: the act still tells them.
        (
            "Mwangi and Ana Quispe signed a treaty on Thursday. Quispe hosted a state banquet for Mwangi that evening.",
            {("Ana Quispe", "talks"), ("Ana Quispe", "banquet")},
        ),
        # Agreed on a call, or agreed to do something in a later year: no talks of the trip.
        ("Mwangi and Ana Quispe agreed in a phone call on Thursday to double trade.", {("Ana Quispe", "phone")}),
        ("Mwangi and Ana Quispe agreed in 2019 to double trade.", set()),
        # Sessions with a person are talks; a conversation after a ceremony is the two's talks.
        ("Mwangi held two long sessions with Prime Minister Luis Torres.", {("Luis Torres", "talks")}),
        (
            "Mwangi was welcomed by Ana Quispe at the palace, where the two inspected a guard of honour before a "
            "private conversation.",
            {("Ana Quispe", "talks")},
        ),
        # A joint appearance before the press, and who spoke at it after the comma.
        (
            "Mwangi held talks with Ana Quispe. At a joint press announcement afterward, Quispe said ties were strong.",
            {("Ana Quispe", "talks"), ("Ana Quispe", "press-conference")},
        ),
    ],
)
def test_talks_told_by_a_joint_act_in_sessions_or_before_a_conversation_and_a_press_announcement(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\nPeru's President Ana Quispe and Prime Minister Luis Torres attended a ceremony "
        "on Wednesday.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "Among the leaders Mwangi met on the sidelines were Prime Minister Kenji Sato and President Paulo Lima.",
            {("Kenji Sato", "sideline"), ("Paulo Lima", "sideline")},
        ),
        ("Those he met included Chancellor Hans Weber.", {("Hans Weber", "talks")}),
        (
            "Mwangi's bilateral meetings included talks with Prime Minister Kenji Sato and President Paulo Lima.",
            {("Kenji Sato", "talks"), ("Paulo Lima", "talks")},
        ),
        (
            "Mwangi held a series of bilateral meetings, including with Prime Minister Kenji Sato.",
            {("Kenji Sato", "talks")},
        ),
        # Another's list, or one still to come, is none of the leader's.
        ("Among the leaders Sato met were President Paulo Lima and Chancellor Hans Weber.", set()),
        ("Those he will meet include Chancellor Hans Weber.", set()),
    ],
)
def test_the_people_a_list_names_as_those_the_leader_met(story, expected):
    text = (
        "NEW DELHI, Sept 10 (Test Wire) - Kenyan President Amani Mwangi attended the G20 summit in New Delhi on "
        "Saturday and Sunday.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-09-10")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "Mwangi held talks with President Ana Quispe, and later with Prime Minister Luis Torres.",
            {("Ana Quispe", "talks"), ("Luis Torres", "talks")},
        ),
        (
            "Mwangi met President Ana Quispe and afterwards with Prime Minister Luis Torres.",
            {("Ana Quispe", "talks"), ("Luis Torres", "talks")},
        ),
        # Another's talks after the leader's: no second counterpart of the leader's.
        (
            "Mwangi held talks with President Ana Quispe, while Torres later met with the Kenyan delegation.",
            {("Ana Quispe", "talks")},
        ),
    ],
)
def test_a_second_counterpart_of_the_same_talks_after_a_word_of_sequence(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # The gerund: after a preposition, as a participle of the leader's clause, or opening the sentence.
        ("Mwangi said after meeting President Ana Quispe that the visit was a success.", {("Ana Quispe", "talks")}),
        ("Mwangi began the day in Lima, meeting President Ana Quispe at the palace.", {("Ana Quispe", "talks")}),
        ("Meeting President Ana Quispe at the palace, Mwangi praised Peru's growth.", {("Ana Quispe", "talks")}),
        ("Before meeting Quispe, Mwangi laid a wreath.", {("Ana Quispe", "talks")}),
        # Not a gerund of a meeting: a thing met, or a sentence's subject other than the leader.
        ("Mwangi began the day in Lima, meeting Peru's demand for tea.", set()),
        # The host as the subject, in talks with the leader as the object of a noun or a gerund.
        ("Ana Quispe praised Kenya after her talks with Mwangi on Thursday.", {("Ana Quispe", "talks")}),
        ("Ana Quispe said after meeting the visiting president that ties would grow.", {("Ana Quispe", "talks")}),
        ("Mwangi's host, Ana Quispe, praised Kenya after their talks on Thursday.", {("Ana Quispe", "talks")}),
        # The noun's two sides; talks entered straight away.
        ("The meeting between Mwangi and Ana Quispe lasted two hours.", {("Ana Quispe", "talks")}),
        ("The talks between the two presidents, Mwangi and Ana Quispe, lasted two hours.", {("Ana Quispe", "talks")}),
        ("Upon arrival, Mwangi went straight into talks with Ana Quispe.", {("Ana Quispe", "talks")}),
        # Another person named right before the verb is its subject.
        ("Mwangi arrived on Thursday, a day after Quispe met Chilean President Diego Rojas.", set()),
    ],
)
def test_a_gerund_the_host_s_talks_with_the_leader_and_the_two_sides_of_a_meeting(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day "
        "state visit to Peru.\n\nPeru's President Ana Quispe attended a ceremony on Wednesday.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # The styles of an official release before a name.
        ("President Mwangi held talks with H.E. Mr. Javier Soto, Prime Minister of Peru.", {("Javier Soto", "talks")}),
        # A caller with the office in apposition; a call received in audience.
        (
            "H.E. Mr. Javier Soto, Minister of Foreign Affairs, called on H.E. President Mwangi.",
            {("Javier Soto", "courtesy-call")},
        ),
        (
            "President Mwangi also received in audience the Minister of Foreign Affairs, Mr. Javier Soto.",
            {("Javier Soto", "courtesy-call")},
        ),
        # The president of a congress who receives the leader is no head: a courtesy call.
        (
            "President Mwangi was received by Mr. Javier Soto, President of the Congress.",
            {("Javier Soto", "courtesy-call")},
        ),
        # The leader as the subject by office and country; another country's office holder is someone else.
        (
            "The President of Kenya also met with the Prime Minister of Peru, Mr. Javier Soto.",
            {("Javier Soto", "talks")},
        ),
        ("The President of Chile also met with the Prime Minister of Peru, Mr. Javier Soto.", set()),
    ],
)
def test_an_official_release_s_styles_offices_in_apposition_and_the_leader_by_office_and_country(story, expected):
    text = (
        "JOINT COMMUNIQUE\n\nAt the invitation of His Excellency Mr. Luis Torres, President of the Republic of Peru, "
        "His Excellency Mr. Amani Mwangi, President of the Republic of Kenya, paid a state visit to Peru from 6 to 8 "
        "June 2023.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("10:30 - Mwangi and Quispe are now holding talks behind closed doors.", {("Ana Quispe", "talks")}),
        ("10:30 - Mwangi is now meeting Prime Minister Luis Torres.", {("Luis Torres", "talks")}),
        (
            "14:00 - Mwangi arrives at Congress, where he is received by Speaker Rosa Vargas.",
            {("Rosa Vargas", "courtesy-call")},
        ),
        # A plan in the present: none yet.
        ("Mwangi is meeting Prime Minister Luis Torres on Friday.", set()),
        ("Mwangi is to be received by Speaker Rosa Vargas on Friday.", set()),
    ],
)
def test_a_live_report_s_present_tense(story, expected):
    text = (
        "LIMA, June 8 (Test Wire) - Kenyan President Amani Mwangi is in Lima on the second day of a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe welcomed him at the airport on Wednesday.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-08")
    assert meetings == expected


@pytest.mark.parametrize(
    "story",
    [
        "Mwangi never met opposition leader Keiko Salas.",
        "Mwangi has not yet held talks with opposition leader Keiko Salas.",
    ],
)
def test_a_meeting_denied_by_never_or_not_before_the_verb_is_none(story):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\n" + story + "\n"
    )
    assert findings_of(text, "2023-06-09").get("meetings", []) == []


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Mwangi and Quispe had dinner together at the palace on Thursday.", {("Ana Quispe", "banquet")}),
        ("Mwangi joined Quispe for a private dinner on Thursday.", {("Ana Quispe", "banquet")}),
        ("Mwangi was Quispe's guest at a state banquet on Thursday.", {("Ana Quispe", "banquet")}),
        ("In the evening, Quispe and her husband hosted Mwangi at a state dinner.", {("Ana Quispe", "banquet")}),
        # Another's guest, or a meal of others.
        ("Torres was Quispe's guest at a state banquet on Thursday.", set()),
        ("Quispe and Torres had dinner together at the palace on Thursday.", set()),
    ],
)
def test_a_meal_shared_joined_or_as_the_host_s_guest(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe and Prime Minister Luis Torres attended a ceremony on "
        "Wednesday.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # No leg made out, a visit told in words: the talks told first and the news conference of the two.
        ("Talks with President Ana Quispe focused on trade.", {("Ana Quispe", "talks")}),
        (
            "Mwangi held talks with President Ana Quispe. The two leaders later spoke at a joint news conference.",
            {("Ana Quispe", "talks"), ("Ana Quispe", "press-conference")},
        ),
        # A video link is no meeting in person.
        ("Talks with President Ana Quispe over a video link focused on trade.", set()),
    ],
)
def test_talks_told_first_and_a_news_conference_when_a_visit_is_told_but_no_leg_made_out(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenya's President Amani Mwangi won Peruvian backing for his bid to host the 2030 "
        "games on Thursday, on the first visit by a Kenyan leader.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Quispe and Mwangi later spoke to the media at the palace.", {("Ana Quispe", "press-conference")}),
        # The leader alone before the press, or another pair.
        ("Mwangi later spoke to the media at the palace.", set()),
        ("Quispe and Torres later spoke to the media at the palace.", set()),
    ],
)
def test_the_press_met_by_a_pair_with_the_leader(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe and Prime Minister Luis Torres attended a ceremony on "
        "Wednesday.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # A host by office alone, received by, giving a meal or paying a call.
        ("Mwangi was received by the Peruvian president at the palace on Thursday.", {("Ana Quispe", "talks")}),
        ("Mwangi attended a lunch given by Peru's foreign minister.", {("Javier Soto", "banquet")}),
        ("Peru's prime minister hosted a dinner for Mwangi.", {("Luis Torres", "banquet")}),
        ("The foreign minister called on Mwangi at his hotel.", {("Javier Soto", "courtesy-call")}),
        # An office the article gives no one, or of another country.
        ("The defence minister called on Mwangi at his hotel.", set()),
        ("Mwangi attended a lunch given by Chile's foreign minister.", set()),
    ],
)
def test_a_host_by_office_alone_who_receives_gives_a_meal_or_calls(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe, Prime Minister Luis Torres and Foreign Minister Javier Soto "
        "attended a ceremony on Wednesday.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # The leader by the office given in apposition after the name, which no one else holds.
        ("Premier Hiroshi Tanabe also met the Regent on Friday.", {("Hiroshi Tanabe", "talks")}),
        ("President Mei Lan held cordial and friendly talks with the Regent.", {("Mei Lan", "talks")}),
        # A host's office in apposition between the name and the verb.
        (
            "Wang Jun, General Secretary of the Central Committee of the Party, met the Regent at the guesthouse.",
            {("Wang Jun", "talks")},
        ),
        # Another's office, or an object who is not the leader.
        ("Premier Hiroshi Tanabe also met the Mayor on Friday.", set()),
    ],
)
def test_the_leader_by_an_office_in_apposition_and_a_host_with_one(story, expected):
    text = (
        "SHANGHAI, October 28 (Test Wire) - Haruto Sena, Regent of Nippon, ended a state visit to China today. "
        "He arrived in Beijing on 23 October.\n\n" + story + "\n"
    )
    meetings = met_in(text, "1992-10-28")
    assert meetings == expected


def test_the_rest_of_a_body_s_name_after_a_counterpart_is_no_person_met():
    text = (
        "BEIJING, May 26 (Test Wire) - On a state visit to China, President Amani Mwangi of Kenya held official "
        "talks on Friday with his Chinese counterpart, His Excellency Li Wei, President of the People's Republic "
        "of China.\n"
    )
    meetings = met_in(text, "2023-05-26")
    assert meetings == {("Li Wei", "talks")}


def test_the_words_of_an_office_are_no_host_of_talks_told_with_no_one_named():
    text = (
        "BUCHAREST, June 25 (Test Wire) - President Amani Mwangi returned home today from a tour of Asia.\n\n"
        "Mwangi arrived in Pyongyang on 9 June. The delegation was received by Comrade Kim Sok, General Secretary "
        "of the Workers' Party, who on the evening of 9 June gave a reception in honour of the guests. Talks were "
        "held on 10 June.\n"
    )
    meetings = {m["with"] for m in findings_of(text, "1971-06-25").get("meetings", [])}
    assert "Secretary" not in meetings


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # A future or an invitation in another clause than the meeting's: said after it, in a relative clause, or
        # a new predicate.
        (
            "Talks with President Ana Quispe focused on trade, which the two said would double by 2030.",
            {("Ana Quispe", "talks")},
        ),
        ("His talks with President Ana Quispe focused on a railway that China will build.", {("Ana Quispe", "talks")}),
        (
            "At the invitation of Quispe, Mwangi was received by Prime Minister Luis Torres on Thursday.",
            {("Luis Torres", "talks")},
        ),
        (
            "Quispe received Mwangi at the palace on Thursday and accepted an invitation to visit Kenya.",
            {("Ana Quispe", "talks")},
        ),
        (
            "After the talks, Quispe hosted a lunch for Mwangi, and the two leaders said trade would double.",
            {("Ana Quispe", "banquet")},
        ),
        ("Mwangi, who will travel to Chile next, held talks with Quispe on Thursday.", {("Ana Quispe", "talks")}),
        # The meeting's own clause in the future, or in an earlier year: none.
        ("Quispe will host a state banquet for Mwangi on Friday.", set()),
        ("Quispe received Mwangi in 2019 and accepted an invitation to visit Kenya.", set()),
    ],
)
def test_a_future_or_an_earlier_year_counts_only_in_the_meeting_s_own_clause(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe and Prime Minister Luis Torres attended a ceremony on "
        "Wednesday.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "Kenyan President Amani Mwangi and Peruvian President Ana Quispe held a virtual summit on Thursday, "
            "agreeing to double trade.",
            {("Ana Quispe", "video")},
        ),
        (
            "During a video call on Thursday, Kenyan President Amani Mwangi and Peruvian President Ana Quispe agreed "
            "to double trade.",
            {("Ana Quispe", "video")},
        ),
        # A summit of others is none of the leader's.
        (
            "Kenyan President Amani Mwangi said Peruvian President Ana Quispe and Chilean President Diego Rojas held "
            "a virtual summit on Thursday.",
            set(),
        ),
    ],
)
def test_a_remote_summit_of_a_pair_and_a_call_told_first_after_the_dateline(story, expected):
    text = "NAIROBI, June 9 (Test Wire) - " + story + "\n"
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Mwangi received opposition leader Keiko Salas at his hotel on Thursday.", {("Keiko Salas", "courtesy-call")}),
        ("Mwangi received a congratulatory call from Chilean President Diego Rojas.", {("Diego Rojas", "phone")}),
        ("Mwangi received a video call from Chilean President Diego Rojas.", {("Diego Rojas", "video")}),
        # A thing received, or a call from no one named.
        ("Mwangi received an honorary doctorate from San Marcos University.", set()),
        ("Mwangi received a call from reporters.", set()),
    ],
)
def test_a_person_the_leader_received_by_a_role_in_lower_case_and_a_call_received(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Mwangi held talks with his Peruvian counterpart on Thursday.", {("Ana Quispe", "talks")}),
        ("On Thursday Mwangi met his counterpart at the palace.", {("Ana Quispe", "talks")}),
        # A counterpart of a country whose holder the article does not name.
        ("Mwangi held talks with his Chilean counterpart on Thursday.", set()),
    ],
)
def test_the_leader_s_counterpart_with_no_name_is_the_holder_of_the_leader_s_office_there(story, expected):
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Wednesday for a three-day state "
        "visit to Peru.\n\nPeru's President Ana Quispe welcomed him at the airport.\n\n" + story + "\n"
    )
    meetings = met_in(text, "2023-06-09")
    assert meetings == expected


@pytest.mark.parametrize(
    "body",
    [
        "On Wednesday, Ruto met Indonesian President Budi Santoso and Chilean President Paula Rojas.",
        "Ruto held talks with Indonesian President Budi Santoso on Wednesday, then with Chilean President Paula Rojas.",
        "The Kenyan leader later sat down with Indonesian President Budi Santoso. He also conferred with Chilean "
        "President Paula Rojas.",
    ],
)
def test_talks_with_third_countries_at_a_summit_are_on_its_sidelines_and_with_the_host_are_talks(body):
    text = (
        "NAIROBI, June 9 (Test Wire) - Kenyan President William Ruto returned on Thursday from Osaka, where he "
        "attended the summit of the Group of 20.\n\n"
        "Ruto arrived in Osaka on Tuesday. He held talks with Japanese Prime Minister "
        "Kenji Sato on Tuesday.\n\n" + body + "\n"
    )
    assert met_in(text, "2023-06-09") == {
        ("Kenji Sato", "talks"),
        ("Budi Santoso", "sideline"),
        ("Paula Rojas", "sideline"),
    }


def test_talks_with_a_third_country_on_a_bilateral_visit_stay_talks():
    text = (
        "TOKYO, June 9 (Test Wire) - Kenyan President William Ruto began a state visit to Japan on Tuesday.\n\n"
        "Ruto held talks with Japanese Prime Minister Kenji Sato on Tuesday. On Wednesday, Ruto met Indonesian "
        "President Budi Santoso, who was also in Tokyo.\n"
    )
    assert met_in(text, "2023-06-09") == {("Kenji Sato", "talks"), ("Budi Santoso", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("President Pedro Quispe received President Amani Mwangi and party at the palace.", ("Pedro Quispe", "talks")),
        (
            "The President of the Republic of Peru, Pedro Quispe, received President of the Republic of Kenya "
            "Dr Amani Mwangi at the Government Palace this morning.",
            ("Pedro Quispe", "talks"),
        ),
        (
            "Later, Speaker of Congress Luis Rojas called on the Kenyan President at his hotel.",
            ("Luis Rojas", "courtesy-call"),
        ),
        ("Vice President Ana Torres received the Kenyan President at the palace.", ("Ana Torres", "courtesy-call")),
    ],
)
def test_a_host_receives_the_leader_named_in_an_official_style_or_by_the_office_after_the_adjective(sentence, met):
    assert met in met_in_lima(sentence)


def test_the_kenyan_office_the_leader_does_not_hold_is_someone_else():
    text = (
        "LIMA, May 6 (Test Wire) - Kenyan Prime Minister Amani Mwangi arrived in Lima on Wednesday for a visit to "
        "Peru.\n\nVice President Ana Torres received the Kenyan President, Paul Otieno, at the palace.\n"
    )
    assert ("Ana Torres", "courtesy-call") not in met_in(text, "2023-05-06")


def test_a_host_who_met_the_leader_at_the_time_of_an_earlier_visit_is_no_meeting_of_this_one():
    sentence = (
        "The visit follows one to Nairobi in March by Peruvian Foreign Minister Rosa Vega, who held talks with "
        "President Mwangi at the time."
    )
    assert met_in_lima(sentence) == set()


def test_a_host_named_before_the_office_in_apposition_met_the_leader_in_a_relative_clause():
    sentence = (
        "On Thursday, Rosa Vega, the Peruvian Foreign Minister, who held talks with President Mwangi, "
        "praised the visit."
    )
    assert met_in_lima(sentence) == {("Rosa Vega", "talks")}


@pytest.mark.parametrize(
    "sentence",
    [
        "On Thursday, President Pedro Quispe received him at the palace for talks, followed by a joint appearance "
        "before reporters.",
        "Mwangi held talks with President Pedro Quispe on Thursday, and the two made a joint appearance in front of "
        "the cameras.",
    ],
)
def test_a_joint_appearance_before_the_press_is_a_news_conference_and_one_at_a_stadium_is_not(sentence):
    assert ("Pedro Quispe", "press-conference") in met_in_lima(sentence)
    elsewhere = sentence.replace("before reporters", "at the stadium").replace("in front of the cameras", "at a match")
    assert ("Pedro Quispe", "press-conference") not in met_in_lima(elsewhere)


TOUR = (
    "NAIROBI, April 3 (Test Wire) - Kenyan President Amani Mwangi returned on Sunday from a tour of Peru, Chile "
    "and Bolivia.\n\n"
    "Mwangi arrived in Lima on Monday. He held talks with President Pedro Quispe on Tuesday. {peru}\n\n"
    "Mwangi flew to Santiago on Wednesday and held talks with President Elena Soto on Thursday.\n\n"
    "In La Paz on Friday, he held talks with President Luis Mamani.\n"
)


def test_an_office_by_its_country_on_a_tour_of_several_presidents_is_the_one_met_in_that_country():
    meetings = met_in(
        TOUR.format(peru="That evening the Peruvian president hosted a state dinner in his honour."), "2023-04-03"
    )
    assert ("Pedro Quispe", "banquet") in meetings
    other = met_in(
        TOUR.format(peru="That evening the Argentine president hosted a state dinner in his honour."), "2023-04-03"
    )
    assert not {m for m in other if m[1] == "banquet"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In the evening a state banquet was given in honour of the distinguished guest.",
        "That night an official dinner was held at the palace in his honour.",
        "The Peruvian side hosted a dinner for the Kenyan delegation in the evening.",
        "Over a working lunch that followed, the mood was warmer.",
    ],
)
def test_a_meal_with_no_giver_named_is_given_by_the_one_the_leader_held_talks_with_there(sentence):
    lead = "Mwangi held talks with President Pedro Quispe on Wednesday. He later toured the port of Callao. "
    assert ("Pedro Quispe", "banquet") in met_in_lima(lead + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A dinner was given in honour of the Chilean president.",
        "The Kenyan side hosted a dinner for the Peruvian delegation in the evening.",
        "A visit to a school was followed by a lunch with students.",
    ],
)
def test_a_meal_for_someone_else_or_by_the_leaders_own_side_is_none_of_the_hosts(sentence):
    lead = "Mwangi held talks with President Pedro Quispe on Wednesday. He later toured the port of Callao. "
    assert ("Pedro Quispe", "banquet") not in met_in_lima(lead + sentence)


UNTITLED_LEAD = (
    "LIMA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Monday for a working visit, his "
    "first encounter with Pedro Quispe since the Peruvian returned to office.\n\n"
)


def test_a_host_named_in_full_without_title_receives_the_leader_by_surname_and_a_month_is_no_first_name():
    body = (
        "On Wednesday Mwangi was received by Quispe at the palace. The two men sat down before the cameras.\n\n"
        "Over a working lunch that followed, the tone changed.\n\n"
        "In March Quispe cut the tariff on Kenyan tea.\n"
    )
    assert met_in(UNTITLED_LEAD + body, "2023-05-06") == {("Pedro Quispe", "talks"), ("Pedro Quispe", "banquet")}


def test_a_surname_the_article_never_gives_in_full_receives_no_one():
    body = "On Wednesday Mwangi was received by Rojas at the palace.\n"
    assert met_in(UNTITLED_LEAD + body, "2023-05-06") == set()


def test_a_host_named_with_an_honorific_tells_a_joint_news_conference_after_the_leaders_talks():
    sentence = (
        'On Wednesday he and President Pedro Quispe signed a trade pact. "We are friends," Mr Quispe told a joint '
        "news conference after the leaders' talks."
    )
    assert met_in_lima(sentence) == {("Pedro Quispe", "talks"), ("Pedro Quispe", "press-conference")}


@pytest.mark.parametrize(
    ("guests", "met"),
    [
        ("Mwangi and his wife were", True),
        ("He was", True),
        ("The Chilean delegates were", False),
    ],
)
def test_a_leader_hosted_by_a_family_or_a_host_for_a_meal_dined_with_them(guests, met):
    sentence = (
        "On Wednesday he and President Pedro Quispe signed a trade pact. "
        + guests
        + " hosted by the Quispes for a private dinner at the palace on Monday night."
    )
    assert (("Pedro Quispe", "banquet") in met_in_lima(sentence)) is met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "On Monday, President Pedro Quispe held a welcome ceremony for the guest at the palace, followed by "
            "official talks between the two leaders.",
            True,
        ),
        ("President Pedro Quispe welcomed Mwangi at the palace. Talks between the two presidents followed.", True),
        (
            "President Pedro Quispe welcomed Mwangi at the palace. Talks between the two leaders are set for Friday.",
            False,
        ),
        (
            "President Pedro Quispe welcomed Mwangi at the palace. He said talks between the two leaders would be held "
            "on Friday.",
            False,
        ),
    ],
)
def test_talks_between_the_two_leaders_as_a_noun_are_with_the_host_named_before(sentence, met):
    assert (("Pedro Quispe", "talks") in met_in_lima(sentence)) is met


ROYAL_LEAD = (
    "MUSCAT, March 3 (Test Wire) - Her Majesty Queen Margrethe II of Denmark arrived in Muscat on Monday for a "
    "state visit to Oman at the invitation of His Majesty Sultan Qaboos bin Said.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "On Monday evening His Majesty the Sultan held a meeting with Her Majesty the Queen at the palace.",
            ("Qaboos bin Said", "talks"),
        ),
        ("His Majesty then gave a banquet in honour of Her Majesty.", ("Qaboos bin Said", "banquet")),
        (
            "His Royal Highness Crown Prince Asad bin Tariq later called on Her Majesty at the guest palace.",
            ("Asad bin Tariq", "courtesy-call"),
        ),
    ],
)
def test_a_host_by_style_and_office_or_by_a_name_with_particles(sentence, met):
    assert met in met_in(ROYAL_LEAD + sentence + "\n", "2023-03-03")


def test_a_style_two_others_share_names_no_giver():
    text = (
        ROYAL_LEAD
        + "She toured the port with His Excellency Minister Yusuf bin Alawi and His Excellency Minister Ahmed bin "
        + "Nasser.\n\n"
        + "His Excellency then gave a lunch in honour of Her Majesty.\n"
    )
    assert not {m for m in met_in(text, "2023-03-03") if m[1] == "banquet"}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "He later met Luis Rojas, the Governor of Cusco and Commander of the Southern Region.",
            {("Luis Rojas", "talks")},
        ),
        (
            "He later met Luis Rojas, the Governor of Cusco, and Ana Torres, the Mayor of Lima.",
            {("Luis Rojas", "talks"), ("Ana Torres", "talks")},
        ),
        (
            "He later met Premier Luis Rojas and Vice President Ana Torres.",
            {("Luis Rojas", "talks"), ("Ana Torres", "talks")},
        ),
        (
            "That same evening he called on the Federal President, Dr. Ana Torres, at her residence.",
            {("Ana Torres", "courtesy-call")},
        ),
    ],
)
def test_offices_in_apposition_are_no_people_of_their_own(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("giver", "met"),
    [("U Nu", ("U Nu", "banquet")), ("Luis Rojas", ("Luis Rojas", "banquet"))],
)
def test_a_giver_in_apposition_whose_name_opens_with_one_letter(giver, met):
    assert met in met_in_lima("That evening the Prime Minister of Peru, " + giver + ", gave a dinner in his honour.")
    assert met not in met_in_lima(
        "That evening the Prime Minister of Peru, " + giver + ", gave a dinner for the press."
    )


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("He stayed at a hotel in the city, where he met Gov. Luis Rojas on Wednesday.", {("Luis Rojas", "talks")}),
        (
            "On Wednesday he met Sen. Ana Torres and Gen. Luis Rojas.",
            {("Ana Torres", "talks"), ("Luis Rojas", "talks")},
        ),
        ("On Wednesday he toured the Gen. Luis Rojas Museum.", set()),
    ],
)
def test_a_person_met_with_an_abbreviated_rank(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "Mwangi also received Dr. S. Rojas, Minister of External Affairs, at his hotel.",
            {("S. Rojas", "courtesy-call")},
        ),
        (
            "Mwangi also received Ana Torres, the Peruvian Foreign Minister, at his hotel.",
            {("Ana Torres", "courtesy-call")},
        ),
        ("Mwangi also received Ana Wanjiru, the Kenyan Trade Minister, at his hotel.", set()),
        ("Mwangi received Juan Perez, a student, at his hotel.", set()),
    ],
)
def test_a_caller_received_by_name_with_the_office_in_apposition_after_it(sentence, met):
    assert met_in_lima(sentence) == met


STYLED_LEAD = (
    "LIMA, May 6 (Test Wire) - His Highness the Emir Sheikh Hamad Al-Mansour of Qatar arrived in Lima on "
    "Wednesday for a state visit to Peru, accompanied by His Highness Sheikh Jassim Al-Thani.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("On Thursday, Peruvian Prime Minister Luis Rojas met His Highness at the palace.", ("Luis Rojas", "talks")),
        (
            "Ana Torres, President of the Standing Committee of the Congress of the Republic's Northern Region, paid a "
            "courtesy call on His Highness at his hotel.",
            ("Ana Torres", "courtesy-call"),
        ),
    ],
)
def test_the_leader_by_a_bare_style_the_article_gives_them(sentence, met):
    assert met in met_in(STYLED_LEAD + sentence + "\n", "2023-05-06")


def test_a_style_followed_by_another_name_is_someone_else():
    sentence = "On Thursday, Peruvian Prime Minister Luis Rojas met His Highness Sheikh Jassim Al-Thani at the palace."
    assert ("Luis Rojas", "talks") not in met_in(STYLED_LEAD + sentence + "\n", "2023-05-06")


def test_talks_at_a_summit_told_with_no_leg_are_on_its_sidelines_in_its_country():
    # No leg is made out ("wrapped up two days at"), but the story puts the leader at the summit: talks with someone
    # of a third country are held on its sidelines, and every meeting there is in the summit's country.
    text = (
        "Italian Prime Minister Carla Neri wrapped up two days at the Pan-African Water Summit in the Senegalese "
        "capital on Sunday, having used the summit to court investors.\n\n"
        "On Saturday Neri held talks with Peruvian President Tomas Rivas about fisheries. She also dined with "
        "President Awa Ndiaye, the host.\n"
    )
    found = {(m["with"], m["form"], m["country"]) for m in findings_of(text, "2024-03-04")["meetings"]}
    assert found == {("Tomas Rivas", "sideline", "SN"), ("Awa Ndiaye", "banquet", "SN")}
    # Joined by video: no summit attended, the talks are talks, their place untold.
    video = text.replace("wrapped up two days at", "joined by video link").replace(" about fisheries", "")
    found = {(m["with"], m["form"], m["country"]) for m in findings_of(video, "2024-03-04")["meetings"]}
    assert ("Tomas Rivas", "talks", None) in found


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        # a word of how between "spoke" and its "with"
        ("On Thursday he spoke briefly with Peruvian President Tomas Rivas at the palace.", {("Tomas Rivas", "talks")}),
        ("Later he spoke privately with Chilean President Ana Soto.", {("Ana Soto", "talks")}),
        # conversations in the plural, the margins between the verb and its "with"
        (
            "He also had short conversations on the margins with Chilean President Ana Soto and with Bolivian "
            "President Luis Mamani.",
            {("Ana Soto", "sideline"), ("Luis Mamani", "sideline")},
        ),
        (
            "Mwangi held talks on the sidelines of the Andean summit with Chilean President Ana Soto.",
            {("Ana Soto", "sideline")},
        ),
        # near-misses: words spoken to a room or at a forum are no meeting
        ("On Thursday he spoke briefly to reporters at the palace.", set()),
        ("He spoke at the Andean Forum with a call for open trade.", set()),
    ],
)
def test_a_word_of_how_or_the_margins_between_the_verb_and_its_with(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("intro", "marker"),
    [
        ("On Thursday Mwangi met in turn:", "- "),
        ("He held bilateral meetings with:", "\u2022 "),
        ("Later that day the President also met:", "1. "),
    ],
)
def test_the_people_a_bulleted_list_names_after_a_meeting_verb_and_its_colon(intro, marker):
    items = [
        "Chilean President Ana Soto, with whom he discussed lithium;",
        "Bolivian President Luis Mamani, over lunch, to review the railway;",
        "Ecuadorian President Jorge Vera, who pressed for a fisheries deal.",
    ]
    body = intro + "\n" + "\n".join(marker.replace("1", str(n)) + item for n, item in enumerate(items, 1))
    assert met_in_lima(body) == {("Ana Soto", "talks"), ("Luis Mamani", "talks"), ("Jorge Vera", "talks")}


def test_a_bulleted_list_after_another_verb_or_a_meeting_to_come_names_no_one_met():
    items = "\n- Chilean President Ana Soto;\n- Bolivian President Luis Mamani."
    assert met_in_lima("The guests at the opening included:" + items) == set()
    assert met_in_lima("On Friday Mwangi will meet:" + items) == set()


@pytest.mark.parametrize(
    ("item", "met"),
    [
        ("- Called on the President of Chile, H.E. Mr. Tomas Rivas.", {("Tomas Rivas", "courtesy-call")}),
        (
            "- Bilateral meeting with the Foreign Minister of Chile, H.E. Ms. Ana Soto, on the sidelines.",
            {("Ana Soto", "sideline")},
        ),
        (
            "\u2022 Brief exchange with the Prime Minister of the Russian Federation, Mr. Ivan Petrov, during the "
            "plenary.",
            {("Ivan Petrov", "talks")},
        ),
        ("- Meeting with the Trade Minister of Bolivia, Senator the Hon. Luis Mamani.", {("Luis Mamani", "talks")}),
        # near-misses: a meeting with no one named, and one not in a list of the leader's engagements
        ("- Bilateral meeting with the business delegation of Chile.", set()),
        ("Meeting with the Chilean President, the press was kept outside.", set()),
    ],
)
def test_an_item_of_the_leaders_engagements_told_with_no_subject(item, met):
    assert met_in_lima("Wednesday, 5 May\n" + item) == met


@pytest.mark.parametrize(
    ("sentence", "who", "country"),
    [
        ("Later he had talks with the Chilean President, Mr Jorge Vera.", "Jorge Vera", "CL"),
        ("On Thursday he met the Bolivian Foreign Minister, Dr. Luis Mamani, at the hotel.", "Luis Mamani", "BO"),
        ("He also held talks with the Ecuadorian Prime Minister, Mrs Ana Soto.", "Ana Soto", "EC"),
        # near-miss: an office of no country told; the person is taken for one of the host's
        ("Later he had talks with the Permanent Secretary, Mr Jorge Vera.", "Jorge Vera", "PE"),
    ],
)
def test_the_country_of_an_office_in_apposition_before_the_name_is_the_persons(sentence, who, country):
    meetings = findings_of(LIMA_LEAD + sentence + "\n", "2023-05-06")["meetings"]
    assert [m["person_country"] for m in meetings if m["with"] == who] == [country]


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("This morning he saw the Chilean President, Mr Jorge Vera, at the hotel.", {("Jorge Vera", "talks")}),
        ("Later Mwangi also saw the Bolivian Foreign Minister, Luis Mamani.", {("Luis Mamani", "talks")}),
        # near-misses: someone seen off, a sight seen
        ("Later he saw the Chilean President off at the airport.", set()),
        ("He saw the Colonial Museum, Mr Vera's favourite.", set()),
    ],
)
def test_a_person_seen_with_the_office_in_apposition_before_the_name(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "He dined the same evening with the host, President Tomas Rivas, at the palace.",
            {("Tomas Rivas", "banquet")},
        ),
        ("Mwangi lunched on Thursday with Chilean President Ana Soto.", {("Ana Soto", "banquet")}),
        # near-miss: a meal with no one named
        ("He dined the same evening with his delegation at the hotel.", set()),
    ],
)
def test_a_meal_shared_with_the_time_between_the_verb_and_its_with(sentence, met):
    assert met_in_lima(sentence) == met


def test_an_office_in_apposition_after_a_ranked_name_is_whom_the_bare_office_later_means():
    text = (
        "DOHA, May 6 (Test Wire) - Kenyan President Amani Mwangi arrived in Doha on Wednesday for a state visit "
        "to Qatar.\n\nHe was welcomed by Sheikh Faisal Al Harbi, Crown Prince of Al Ruwais and Commander of the "
        "Guard, at the airport.\n\nThe Crown Prince later hosted a dinner in honour of the visiting president.\n"
    )
    met = met_in(text, "2023-05-06")
    assert ("Faisal Al Harbi", "banquet") in met
    # the office's place is no one's name
    assert not any(who in ("Ruwais", "Al Ruwais") for who, _ in met)


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "On Thursday he held the annual leaders' meeting with President Tomas Rivas at the palace.",
            {("Tomas Rivas", "talks")},
        ),
        ("Mwangi held the first round of talks with Chilean President Ana Soto.", {("Ana Soto", "talks")}),
        # near-miss: a meeting held, no one met
        ("On Thursday he held the annual leaders' meeting of the Andean bloc.", set()),
    ],
)
def test_talks_held_with_the_article_and_a_possessive_before_them(sentence, met):
    assert met_in_lima(sentence) == met


def test_a_day_told_without_its_year_in_a_story_told_decades_later_is_of_the_storys_year():
    text = (
        "Forty years on: the week Peru opened its doors\n\n"
        "It was the evening of 3 May 1985 when Kenyan President Amani Mwangi landed in Lima for a state visit.\n\n"
        "On 4 May he held talks with President Tomas Rivas at the palace.\n"
    )
    dates = {m["with"]: m["date"] for m in findings_of(text, "2025-05-04")["meetings"]}
    assert dates == {"Tomas Rivas": "1985-05-04"}
    # near-miss: a year alone is background, not the story's day; the day is of the publication's year
    background = text.replace("the evening of 3 May 1985", "in 1985, and again this week,")
    dates = {m["with"]: m["date"] for m in findings_of(background, "2025-05-06")["meetings"]}
    assert dates == {"Tomas Rivas": "2025-05-04"}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "He held talks with Chilean President Ana Soto and had separate meetings on the summit sidelines with "
            "Bolivia's President Luis Mamani and Ecuadorian President Jorge Vera.",
            {("Ana Soto", "talks"), ("Luis Mamani", "sideline"), ("Jorge Vera", "sideline")},
        ),
        (
            "Mwangi met Chilean President Ana Soto and later held talks on the conference margins with Bolivian "
            "President Luis Mamani.",
            {("Ana Soto", "talks"), ("Luis Mamani", "sideline")},
        ),
        # near-miss: one predicate, its sidelines told after both people
        (
            "He met Chilean President Ana Soto and Bolivian President Luis Mamani on the sidelines of the summit.",
            {("Ana Soto", "sideline"), ("Luis Mamani", "sideline")},
        ),
    ],
)
def test_each_predicate_of_a_sentence_keeps_its_own_form(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Mwangi and President Tomas Rivas went straight into talks at the palace.", {("Tomas Rivas", "talks")}),
        ("On Thursday Mwangi and Tomas Rivas opened talks on the railway.", {("Tomas Rivas", "talks")}),
        # near-miss: talks to begin later are no meeting
        ("Mwangi and President Tomas Rivas agreed to start talks on a trade deal next year.", set()),
    ],
)
def test_two_leaders_who_began_talks_together(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("In Cusco, Governor Ana Soto received him.", {("Ana Soto", "courtesy-call")}),
        ("In Arequipa, Mayor Jorge Vera received the president at the city hall.", {("Jorge Vera", "courtesy-call")}),
        # near-miss: a head of state receiving the leader holds talks with them
        ("On Thursday, President Tomas Rivas received him at the palace.", {("Tomas Rivas", "talks")}),
    ],
)
def test_a_local_office_before_a_name_is_no_part_of_it_and_its_holder_receives_a_call(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("On Saturday he flies to Chile for private talks with President Ana Soto.", set()),
        ("Mwangi travels on to Bolivia for talks with President Luis Mamani.", set()),
        # near-miss: a journey told in the past, its talks held
        ("On Thursday he flew to Cusco for talks with Governor Jorge Vera.", {("Jorge Vera", "talks")}),
    ],
)
def test_talks_that_are_the_purpose_of_an_onward_journey_told_in_the_present_are_still_to_come(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("He meets President Tomas Rivas there today, and the two are expected to sign a treaty.", set()),
        ("Mwangi meets Chilean President Ana Soto tomorrow in Santiago.", set()),
        # near-misses: a live report's present, and a past meeting
        ("Mwangi is now meeting President Tomas Rivas at the palace.", {("Tomas Rivas", "talks")}),
        ("He met President Tomas Rivas there today.", {("Tomas Rivas", "talks")}),
    ],
)
def test_a_meeting_in_the_present_of_a_days_programme_is_still_to_come(sentence, met):
    assert met_in_lima(sentence) == met


def test_a_title_with_a_country_adjective_and_the_name_in_apposition_names_the_person_and_country():
    text = (
        "SANTIAGO, May 3 (Test Wire) - This was agreed when the Kenyan President, Amani Mwangi, met the "
        "Peruvian Foreign Minister, Rosa Lagos, in Santiago on Tuesday.\n\nThe two also discussed trade.\n"
    )
    met = findings_of(text, "2023-05-03")["meetings"]
    assert [(m["leader"], m["leader_country"], m["with"], m["person_country"]) for m in met] == [
        ("Amani Mwangi", "KE", "Rosa Lagos", "PE")
    ]
    # The office's holder in a relative clause is no name.
    other = text.replace("the Kenyan President, Amani Mwangi,", "the Kenyan President, who arrived on Monday,")
    assert all(m["with"] != "Who" for m in findings_of(other, "2023-05-03").get("meetings", []))


def test_names_with_bare_initials_and_ministers_by_portfolio():
    met = met_in_lima("Mwangi also held talks with Prime Minister J K Soto and Finance Minister P Rivas.")
    assert {who for who, _ in met} == {"J K Soto", "P Rivas"}
    # A portfolio with no minister's name after it names nobody.
    assert met_in_lima("Mwangi also held talks on finance with the Finance Minister.") == set()


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        # the talks as a noun with its two sides, the verb after them; the leader told as "the visiting ..."
        (
            "A formal discussion between the visiting Kenyan President Amani Mwangi and President Tomas Rivas "
            "was held at the palace.",
            {("Tomas Rivas", "talks")},
        ),
        (
            "Negotiations between Mwangi and Prime Minister Rosa Lagos took place on Thursday.",
            {("Rosa Lagos", "talks")},
        ),
        # a bilateral summit led by both, the other side the leader's counterpart
        (
            "The third annual bilateral summit, led by President Mwangi and his Peruvian counterpart Tomas Rivas, "
            "ended on Thursday.",
            {("Tomas Rivas", "talks")},
        ),
        (
            "A bilateral summit co-chaired by Mwangi and President Tomas Rivas opened the visit.",
            {("Tomas Rivas", "talks")},
        ),
        # near-misses: talks between two others, and a gathering of many chaired by the leader with another
        ("A discussion between President Tomas Rivas and Prime Minister Rosa Lagos was held on Friday.", set()),
        ("The regional summit, chaired by Mwangi and President Tomas Rivas, drew forty delegations.", set()),
    ],
)
def test_talks_told_as_a_noun_between_or_led_by_the_leader_and_another(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        # the two as a plural office, each with the country after the name, and the day bare before the verb
        (
            "Presidents Tomas Rivas of Peru and Amani Mwangi of Kenya Thursday agreed to widen student exchanges.",
            {("Tomas Rivas", "talks")},
        ),
        (
            "Prime Ministers Amani Mwangi (AM) of Kenya and Rosa Lagos of Peru signed a treaty.",
            {("Rosa Lagos", "talks")},
        ),
        # what the two discussed tells their talks
        ("Mwangi and President Tomas Rivas also discussed fisheries and a rail link.", {("Tomas Rivas", "talks")}),
        # near-misses: two others, and a discussion still to come
        ("Presidents Tomas Rivas of Peru and Ana Soto of Chile agreed to widen exchanges.", set()),
        ("Mwangi and President Tomas Rivas will also discuss fisheries.", set()),
    ],
)
def test_what_the_two_did_together_told_with_plural_offices_or_a_topic_discussed(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        # presiding together over a signing, and the leader with a king's number
        (
            "Mwangi and President Tomas Rivas then presided over a signing of four protocols.",
            {("Tomas Rivas", "talks")},
        ),
        ("President Tomas Rivas and King Amani Mwangi II signed Thursday five agreements.", {("Tomas Rivas", "talks")}),
        # the host's first act before the talks, the talks a discussion with the leader as "his counterpart"
        (
            "At noon Peruvian President Tomas Rivas held a garden reception and had talks with his "
            "counterpart Amani Mwangi.",
            {("Tomas Rivas", "talks")},
        ),
        (
            "Peruvian President Tomas Rivas then held long discussions with his counterpart Amani Mwangi.",
            {("Tomas Rivas", "talks")},
        ),
        # near-misses: two others presiding, and a discussion with someone else
        ("President Tomas Rivas and Prime Minister Rosa Lagos then presided over a signing of four protocols.", set()),
        ("At noon Peruvian President Tomas Rivas held a garden reception and had talks with the press.", set()),
    ],
)
def test_talks_told_by_a_signing_presided_together_or_a_discussion_after_the_hosts_ceremony(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        # a style of address whose stop was dropped is no name
        ("On Monday he met President H.E Tomas Rivas for an hour.", {("Tomas Rivas", "talks")}),
        ("Later he met H.E. Rosa Lagos at the ministry.", {("Rosa Lagos", "talks")}),
        # near-misses: the meeting of a body in a relative clause is none of the leader's
        ("On Friday he saw envoys of a peace group which had met Chilean President Ana Soto.", set()),
        ("He toured the port, which had received Prime Minister Rosa Lagos in May.", set()),
    ],
)
def test_a_style_without_its_stop_and_a_meeting_told_in_a_relative_clause(sentence, met):
    assert met_in_lima(sentence) == met


def test_what_the_two_did_together_told_right_after_a_datelines_dash():
    text = (
        "KIGALI, Rwanda- President Jean Mugabo and Kenyan President Amani Mwangi signed Thursday nine agreements.\n\n"
        "Mwangi arrived in Kigali on Wednesday for a state visit to Rwanda.\n"
    )
    assert met_in(text, "2023-05-05") == {("Jean Mugabo", "talks")}
    # near-miss: two others signed
    others = text.replace("Kenyan President Amani Mwangi", "Prime Minister Eric Habimana")
    assert met_in(others, "2023-05-05") == set()


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        # a meal given by "the monarch": the one crowned head the article names who is not the leader
        (
            "The monarch gave a state dinner for the guest at the palace that night. Queen Sonja Berg had met "
            "him at the quay.",
            {("Sonja Berg", "banquet")},
        ),
        (
            "The sovereign gave a dinner for the visitors. King Harald Olsen had met him at the quay.",
            {("Harald Olsen", "banquet")},
        ),
        # near-misses: a meal for others, and two crowned heads the article names (which one gave it is not told)
        ("The monarch gave a dinner for the press at the palace that night. Queen Sonja Berg had met him.", set()),
        (
            "The monarch gave a state dinner for the guest at the palace that night. King Harald Olsen and Queen "
            "Sonja Berg had met him at the quay.",
            set(),
        ),
    ],
)
def test_a_meal_given_by_the_monarch_is_the_one_crowned_head_named(sentence, met):
    lead = (
        "OSLO (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Tuesday for a state visit to Norway.\n\n"
    )
    assert {m for m in met_in(lead + sentence + "\n", "2023-05-05") if m[1] == "banquet"} == met


def test_a_meeting_dated_after_the_story_was_published_is_announced_not_held():
    lead = "LIMA, May 20 (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on Friday for a state visit.\n\n"
    ahead = lead + "Mwangi's talks with President Tomas Rivas on May 24 are expected to focus on trade.\n"
    assert met_in(ahead, "2023-05-20") == set()
    # near-miss: the same words of a day already past
    past = ahead.replace("May 24", "May 19")
    assert met_in(past, "2023-05-20") == {("Tomas Rivas", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        # a portfolio in the words of government business between the rank and the name
        (
            "Separately, Mwangi held meetings with Minister of State for Foreign Affairs Ana Soto and with Prime "
            "Minister Rosa Lagos.",
            {("Rosa Lagos", "talks"), ("Ana Soto", "talks")},
        ),
        ("Mwangi also met Minister for Trade and Industry Ana Soto.", {("Ana Soto", "talks")}),
        ("Later Mwangi met Deputy Minister of Mines and Energy Jorge Vera.", {("Jorge Vera", "talks")}),
        # near-miss: a portfolio with no one named after it
        ("Mwangi also met officials of the Ministry for Trade and Industry.", set()),
    ],
)
def test_a_ministers_portfolio_before_the_name_is_no_part_of_it(sentence, met):
    assert met_in_lima(sentence) == met


def test_a_meeting_told_last_evening_is_dated_the_eve_of_publication():
    lead = "LIMA (Test Wire) - Kenyan President Amani Mwangi arrived in Lima on May 2 for a state visit to Peru.\n\n"
    text = lead + "Mwangi held talks with President Tomas Rivas at the palace last evening.\n"
    assert [m["date"] for m in findings_of(text, "2023-05-06")["meetings"]] == ["2023-05-05"]
    # near-miss: a day of its own in the sentence is kept
    dated = text.replace("last evening", "on May 3, and spoke again last night")
    assert [m["date"] for m in findings_of(dated, "2023-05-06")["meetings"]] == ["2023-05-03"]


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        # the caller in apposition to an office, a relative clause between the name and the call
        (
            "He was greeted at the airport by the Foreign Minister, Ana Soto, who later in the day paid a courtesy "
            "call on the visiting President at his hotel.",
            {("Ana Soto", "courtesy-call")},
        ),
        # the leader by the adjective of the leader's country and an office in capitals
        (
            "In the afternoon the Minister of Trade, Mr. Jorge Vera, paid a courtesy call on the Kenyan Head of "
            "State at the residence.",
            {("Jorge Vera", "courtesy-call")},
        ),
        # the leader by a style of address before the office
        (
            "That evening the Speaker of Congress, Dr. Rosa Lagos, paid a courtesy call on the Rt. Hon. President "
            "at the hotel.",
            {("Rosa Lagos", "courtesy-call")},
        ),
        # near-miss: a courtesy call paid on the host's head of state, not on the leader
        ("The Kenyan Trade Minister, Ana Soto, paid a courtesy call on the Peruvian Head of State.", set()),
    ],
)
def test_a_courtesy_call_paid_on_the_leader_by_office_or_style(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("body", "met"),
    [
        ("On Wednesday Ruto met with the President of Indonesia, Budi Santoso.", {("Budi Santoso", "sideline")}),
        (
            "Ruto also held talks with the Prime Minister of Chile, Dr. Paula Rojas, on Wednesday.",
            {("Paula Rojas", "sideline")},
        ),
        ("Later Ruto sat down with the Foreign Minister of Indonesia, Budi Santoso.", {("Budi Santoso", "sideline")}),
        # near-miss: the office of the host's country is the host's, talks
        ("On Wednesday Ruto met with the Emperor of Japan, Hiro Tanaka.", {("Hiro Tanaka", "talks")}),
    ],
)
def test_a_summit_talk_partner_is_of_the_country_their_office_is_of_in_apposition(body, met):
    text = (
        "NAIROBI, June 9 (Test Wire) - Kenyan President William Ruto returned on Thursday from Osaka, where he "
        "attended the summit of the Group of 20.\n\n"
        "Ruto arrived in Osaka on Tuesday.\n\n" + body + "\n"
    )
    assert met_in(text, "2023-06-09") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("On Thursday Mwangi held a sideline meeting with President Tomas Rivas.", {("Tomas Rivas", "sideline")}),
        ("Mwangi had a brief sideline conversation with Ana Soto.", {("Ana Soto", "sideline")}),
        ("Mwangi also had two sideline meetings with Prime Minister Rosa Lagos.", {("Rosa Lagos", "sideline")}),
        # near-miss: a meeting of no sideline
        ("On Thursday Mwangi held a long meeting with President Tomas Rivas.", {("Tomas Rivas", "talks")}),
    ],
)
def test_a_sideline_meeting_is_on_the_sideline_by_its_own_noun(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("The two presidents first talked alone at the palace.", {("Tomas Rivas", "talks")}),
        ("The two leaders briefly met before the ceremony.", {("Tomas Rivas", "talks")}),
        ("On Thursday the two men later conferred over the border treaty.", {("Tomas Rivas", "talks")}),
        # near-miss: two others, the ministers, talked
        ("The two foreign ministers first talked alone at the palace.", set()),
    ],
)
def test_the_two_leaders_talking_with_a_word_of_when_or_how_before_the_verb(sentence, met):
    lead = LIMA_LEAD + "Peruvian President Tomas Rivas greeted him at the airport.\n\n"
    assert met_in(lead + sentence + "\n", "2023-05-06") == met


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "NAIROBI, June 9 (Test Wire) - Kenyan President Amani Mwangi spoke with President Tomas Rivas of Peru "
            "on Friday about trade and fisheries.\n\nMwangi congratulated him on the election.\n",
            {("Tomas Rivas", "phone")},
        ),
        (
            "OTTAWA, June 9 (Test Wire) - Prime Minister Ana Soto today spoke with the Prime Minister of Chile, Rosa "
            "Lagos.\n\nSoto invited Lagos to attend the summit in Halifax in July.\n",
            {("Rosa Lagos", "phone")},
        ),
        # near-misses: reporters spoken to, and a conversation in another year
        (
            "NAIROBI, June 9 (Test Wire) - Kenyan President Amani Mwangi spoke with reporters on Friday about trade."
            "\n\nMwangi spoke with President Tomas Rivas last year.\n",
            set(),
        ),
    ],
)
def test_speaking_with_a_titled_person_in_a_story_of_no_trip_is_a_call(text, met):
    assert met_in(text, "2023-06-09") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Mwangi also had a long private talk with Vice President Rosa Lagos.", {("Rosa Lagos", "talks")}),
        ("President Tomas Rivas received him at his residence for a talk of an hour.", {("Tomas Rivas", "talks")}),
        ("He had a frank talk with Prime Minister Ana Soto on Thursday.", {("Ana Soto", "talks")}),
        # near-miss: a talk given is a lecture, no one met
        ("Mwangi gave a talk at the university on Thursday.", set()),
    ],
)
def test_a_talk_with_a_person_is_talks(sentence, met):
    assert met_in_lima(sentence) == met


def test_talks_that_continued_on_a_later_day_are_a_round_of_that_day():
    held = LIMA_LEAD + (
        "Talks between Mwangi and President Tomas Rivas were held on May 3 and continued on the morning of May 4.\n"
    )
    days = sorted(m["date"] for m in findings_of(held, "2023-05-06")["meetings"])
    assert days == ["2023-05-03", "2023-05-04"]
    # near-miss: the leader, not the talks, continued, on a tour
    tour = LIMA_LEAD + "Mwangi held talks with President Tomas Rivas on May 3 and continued his tour on May 4.\n"
    assert [m["date"] for m in findings_of(tour, "2023-05-06")["meetings"]] == ["2023-05-03"]


@pytest.mark.parametrize(
    ("welcome", "met"),
    [
        (
            "The President of the Republic, H.E. Kofi Mensah, this morning welcomed the President of the Republic of "
            "Kenya, H.E. Amani Mwangi, to the Castle.",
            {("Kofi Mensah", "talks")},
        ),
        (
            "President Kofi Mensah, on Monday, welcomed Mwangi at the Jubilee House with full honours.",
            {("Kofi Mensah", "talks")},
        ),
        # near-miss: a crowd's welcome names no one
        ("Large crowds this morning welcomed Mwangi along the road from the airport.", set()),
    ],
)
def test_the_host_who_welcomed_the_leader_earlier_in_a_one_country_story_holds_the_two_leaders_talks(welcome, met):
    text = (
        "ACCRA, June 13 (Test Wire) - Kenyan President Amani Mwangi is on a state visit to Ghana.\n\n"
        + welcome
        + "\n\nMwangi arrived at the airport on Sunday.\n\nNo Kenyan head of state had come to Ghana for a decade."
        "\n\nFollowing the welcome ceremony, the two presidents held talks.\n"
    )
    assert met_in(text, "2023-06-13") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("President Tomas Rivas held talks with him at the palace on Thursday.", {("Tomas Rivas", "talks")}),
        (
            "On Thursday President Tomas Rivas welcomed the Kenyan leader at the palace and held talks with him the "
            "same evening.",
            {("Tomas Rivas", "talks")},
        ),
        ("Prime Minister Ana Soto later had a meeting with him in her office.", {("Ana Soto", "talks")}),
        # near-miss: a greeting on arrival
        ("President Tomas Rivas met him at the airport.", set()),
    ],
)
def test_the_host_as_subject_with_the_leader_as_a_pronoun_after_with(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("The head of state saw Prime Minister Ana Soto on Thursday.", {("Ana Soto", "talks")}),
        ("On Thursday the Head of State met the Speaker of Congress, Rosa Lagos.", {("Rosa Lagos", "talks")}),
        (
            "The head of state toured a port on Thursday, and held talks with Governor Jorge Vera.",
            {("Jorge Vera", "talks")},
        ),
        # near-miss: the host's head of state, by the adjective of another country
        ("The Peruvian head of state met Prime Minister Ana Soto on Thursday.", set()),
    ],
)
def test_the_leader_as_subject_by_the_rank_head_of_state(sentence, met):
    assert met_in_lima(sentence) == met


def test_a_round_again_on_a_later_day_is_of_the_person_of_its_own_verb():
    text = LIMA_LEAD + (
        "Mwangi saw Prime Minister Ana Soto on May 3, and held two sessions with President Tomas Rivas on May 4 and "
        "again on May 5.\n"
    )
    days = sorted((m["with"], m["date"]) for m in findings_of(text, "2023-05-06")["meetings"])
    assert days == [("Ana Soto", "2023-05-03"), ("Tomas Rivas", "2023-05-04"), ("Tomas Rivas", "2023-05-05")]
    # near-miss: talks with a list of people, held on two days, are each one's
    listed = LIMA_LEAD + "Talks with President Tomas Rivas and Prime Minister Ana Soto were held on May 4 and May 5.\n"
    assert len(findings_of(listed, "2023-05-06")["meetings"]) == 4


def test_the_last_word_of_an_office_before_the_verb_is_no_one_named():
    lead = LIMA_LEAD + "The Kenyan State paid for the trip.\n\n"
    text = lead + "On Thursday the Head of State met the Speaker of Congress, Rosa Lagos.\n"
    assert met_in(text, "2023-05-06") == {("Rosa Lagos", "talks")}
    # near-miss: a person named right before the verb is its subject
    other = lead + "On Thursday Minister Ana Soto met the Speaker of Congress, Rosa Lagos.\n"
    assert met_in(other, "2023-05-06") == set()


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("The two leaders had what was described as a long and friendly conversation.", {("Tomas Rivas", "talks")}),
        ("The two men had what officials called a frank exchange of views.", {("Tomas Rivas", "talks")}),
        ("The two presidents had a lively exchange on trade.", {("Tomas Rivas", "talks")}),
        # near-miss: two others' conversation
        ("The two foreign ministers had what was described as a long and friendly conversation.", set()),
    ],
)
def test_the_two_leaders_conversation_or_exchange_with_a_hedge_before_it(sentence, met):
    lead = LIMA_LEAD + "Peruvian President Tomas Rivas greeted him at the airport.\n\n"
    assert met_in(lead + sentence + "\n", "2023-05-06") == met


def test_talks_on_two_days_told_before_the_verb_are_two_rounds():
    text = LIMA_LEAD + "On May 3 and again on May 4, Mwangi held talks with President Tomas Rivas.\n"
    days = sorted(m["date"] for m in findings_of(text, "2023-05-06")["meetings"])
    assert days == ["2023-05-03", "2023-05-04"]
    # near-miss: a day of another act before the talks' own
    other = LIMA_LEAD + "On May 3 Mwangi toured the port, and on May 4 he held talks with President Tomas Rivas.\n"
    assert [m["date"] for m in findings_of(other, "2023-05-06")["meetings"]] == ["2023-05-04"]


@pytest.mark.parametrize(
    ("later", "days"),
    [
        (
            "After a further round of talks on May 4, the two leaders signed a declaration.",
            ["2023-05-03", "2023-05-04"],
        ),
        ("Rivas returned to the subject at their second session on May 4.", ["2023-05-03", "2023-05-04"]),
        ("The final session on May 5 was brief.", ["2023-05-03", "2023-05-05"]),
        # near-miss: a session of a body, no round of the leaders' talks
        ("A second session of the joint commission met on May 4.", ["2023-05-03"]),
    ],
)
def test_a_further_round_of_talks_with_no_one_named_is_a_round_with_the_partner_before(later, days):
    text = LIMA_LEAD + "Mwangi held talks with President Tomas Rivas on May 3.\n\n" + later + "\n"
    assert sorted(m["date"] for m in findings_of(text, "2023-05-06")["meetings"]) == days


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Mwangi then had lengthy talks one-to-one with President Tomas Rivas.", {("Tomas Rivas", "talks")}),
        ("Mwangi held talks behind closed doors with Prime Minister Ana Soto.", {("Ana Soto", "talks")}),
        ("He had a meeting face-to-face with Speaker Rosa Lagos on Thursday.", {("Rosa Lagos", "talks")}),
        # near-miss: a meeting of others, no "with" of the leader's
        ("The first meeting one-on-one of the two ministers is due next year.", set()),
    ],
)
def test_how_the_two_met_between_the_talks_and_their_with(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "Mwangi met with Cusco governor Ana Soto and Lima mayor Rosa Lagos on Thursday.",
            {("Ana Soto", "talks"), ("Rosa Lagos", "talks")},
        ),
        (
            "Mwangi met with Arequipa crown prince Jorge Vera (pictured, on the right) and Prime Minister Ana Soto.",
            {("Jorge Vera", "talks"), ("Ana Soto", "talks")},
        ),
        # near-miss: a crowd, with a caption, names no one
        ("Mwangi met with Cusco officials (pictured, left) on Thursday.", set()),
    ],
)
def test_a_place_before_a_role_in_lower_case_and_a_caption_are_no_part_of_a_name(sentence, met):
    assert met_in_lima(sentence) == met


def test_one_record_per_person_form_and_day_and_no_body_or_cut_title_is_a_person():
    twice = LIMA_LEAD + (
        "Mwangi held talks with President Tomas Rivas on Thursday.\n\n"
        "Mwangi held talks with President Tomas Rivas at the palace.\n"
    )
    assert [(m["with"], m["date"]) for m in findings_of(twice, "2023-05-06")["meetings"]] == [
        ("Tomas Rivas", "2023-05-04")
    ]
    assert met_in_lima("Mwangi met with the Paris Club on Thursday.") == set()
    assert met_in_lima("Mwangi met President Tomas Rivas and Prime Mi") == {("Tomas Rivas", "talks")}
    # near-miss: two days are two records
    two_days = twice.replace("at the palace", "at the palace on Friday").replace("Thursday", "Wednesday")
    assert len(findings_of(two_days, "2023-05-06")["meetings"]) == 2


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (LIMA_LEAD + "He and President Tomas Rivas agreed on Thursday to deepen ties.\n", {("Tomas Rivas", "talks")}),
        (
            LIMA_LEAD + "He and President Tomas Rivas issued a joint declaration on Thursday.\n",
            {("Tomas Rivas", "talks")},
        ),
        # near-miss: with no trip told, two leaders who agreed may never have met
        (
            "NAIROBI, May 6 (Test Wire) - Kenyan President Amani Mwangi and President Tomas Rivas of Peru agreed to "
            "deepen ties, officials said on Saturday.\n",
            set(),
        ),
    ],
)
def test_the_leader_and_another_who_signed_or_agreed_on_a_trip_met(text, met):
    assert met_in(text, "2023-05-06") == met


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Prime Minister Ana Soto conducted a candid exchange of views with Mwangi.", {("Ana Soto", "talks")}),
        ("President Tomas Rivas held a frank exchange of views with Mwangi on Thursday.", {("Tomas Rivas", "talks")}),
        ("Official Programme, Luncheon Hosted by Prime Minister Ana Soto (5 May)", {("Ana Soto", "banquet")}),
        # near-miss: letters exchanged at another time
        ("Ana Soto had an exchange of letters with Mwangi last year.", set()),
    ],
)
def test_a_host_s_exchange_of_views_and_a_programme_heading_s_dinner_hosted_by(sentence, met):
    assert met_in_lima(sentence) == met


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            LIMA_LEAD + "Mwangi and President Rivas joked warmly during their long first encounter yesterday.\n",
            {("Rivas", "talks")},
        ),
        (
            LIMA_LEAD + "Mwangi and Premier Soto laughed at their first meeting.\n",
            {("Soto", "talks")},
        ),
        # near-miss: a meeting recalled from another year
        (LIMA_LEAD + "Mwangi and President Rivas recalled their meeting in 2015.\n", set()),
    ],
)
def test_the_two_named_then_their_meeting_after_a_verb(text, met):
    assert met_in(text, "2023-05-06") == met


def test_a_pair_right_after_a_dateline_s_colon_met():
    text = (
        "Wed, 4 May 2023\n\nMwangi and Rivas hit it off\n\nLIMA (LW): Kenyan President Amani Mwangi and President "
        "Rivas bonded quickly during their first encounter yesterday, on a state visit to Peru.\n"
    )
    assert met_in(text, "2023-05-04") == {("Rivas", "talks")}
    # near-miss: after the colon, a meeting of another year recalled
    recalled = text.replace("bonded quickly during their first encounter yesterday", "recalled their 2015 meeting")
    assert met_in(recalled, "2023-05-04") == set()


def test_joint_statements_before_reporters_and_a_meal_after_the_talks_with_no_article():
    lead = (
        LIMA_LEAD
        + "Mwangi held talks with President Tomas Rivas at the palace on Thursday.\n\nThe two toured a port.\n\n"
    )
    press = lead + "A joint statement before reporters came ahead of the signing.\n"
    assert met_in(press, "2023-05-06") == {("Tomas Rivas", "talks"), ("Tomas Rivas", "press-conference")}
    meal = lead + "The ceremony was followed by dinner in the palace garden.\n"
    assert met_in(meal, "2023-05-06") == {("Tomas Rivas", "talks"), ("Tomas Rivas", "banquet")}
    # near-miss: a meal with others
    others = lead + "The ceremony was followed by dinner with students at the university.\n"
    assert met_in(others, "2023-05-06") == {("Tomas Rivas", "talks")}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            LIMA_LEAD + "Mwangi agreed with Chilean President Rosa Lagos to hold ministerial talks.\n",
            {("Rosa Lagos", "talks")},
        ),
        (
            LIMA_LEAD + "He agreed with his Peruvian counterpart, Tomas Rivas, on closer cooperation in fisheries.\n",
            {("Tomas Rivas", "talks")},
        ),
        (
            LIMA_LEAD + "Mwangi wrapped up the visit after signing several agreements with President Tomas Rivas.\n",
            {("Tomas Rivas", "talks")},
        ),
        # near-misses: a deal with a company, and with no trip told
        (LIMA_LEAD + "Mwangi signed a deal with Boeing.\n", set()),
        (
            "NAIROBI, May 6 (Test Wire) - Kenyan President Amani Mwangi agreed with Chilean President Rosa Lagos that "
            "trade should grow, his office said on Saturday.\n",
            set(),
        ),
    ],
)
def test_agreeing_or_signing_with_a_titled_person_on_a_trip_is_talks(text, met):
    assert met_in(text, "2023-05-06") == met


def test_an_office_of_one_in_a_list_is_not_the_title_of_the_next_name():
    listed = (
        "Guests at the forum included Rosa Lagos, President of Chile and Jorge Vera, President of Bolivia.\n\n"
        "In Lima, Mwangi sat down for talks with the President of Peru."
    )
    # the President of Peru is not named: no one met by that office
    assert met_in_lima(listed) == set()
    # near-miss: the office the article gives a name of that country is that person's
    titled = "Peruvian President Tomas Rivas greeted the guests.\n\n" + listed
    assert met_in_lima(titled) == {("Tomas Rivas", "talks")}


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "Dr. Jorge de la Vega, Vice President of Peru and Minister of Trade, today held official talks "
            "at the Torre Tagle Palace with the President of the Republic of Kenya, who is on a state visit.",
            {("Jorge de la Vega", "talks")},
        ),
        (
            "Rosa Lagos, Prime Minister of Peru, on Thursday held talks with the President of Kenya at the palace.",
            {("Rosa Lagos", "talks")},
        ),
        # near-miss: the office of another country is someone else
        (
            "Rosa Lagos, Prime Minister of Peru, on Thursday held talks with the President of Chile at the palace.",
            set(),
        ),
    ],
)
def test_a_host_in_apposition_with_the_leader_by_office_of_the_leader_s_country(sentence, met):
    assert met_in_lima(sentence) == met


def test_a_surname_with_a_capital_inside_is_read_whole():
    # "DeLaune", "McAllister": the capital inside a surname does not end the name.
    text = LIMA_LEAD + "On Thursday Mwangi met Secretary-General Joseph DeLaune of the Andean bloc for talks.\n"
    assert ("Joseph DeLaune", "talks") in met_in(text, "2023-06-09")


def test_an_office_of_a_city_a_house_or_a_party_before_a_name_in_a_list_is_no_part_of_the_name():
    text = LIMA_LEAD + (
        "Mwangi also met Peruvian President Luis Torres, Congress\u2019s Speaker Rosa Quispe, Lima Mayor Jorge "
        "Salas and Popular Party Secretary Ana Rojas on Thursday.\n"
    )
    names = {who for who, _ in met_in(text, "2023-06-09")}
    assert {"Luis Torres", "Rosa Quispe", "Jorge Salas", "Ana Rojas"} <= names
    # Near miss: a Secretary-General keeps the whole of the office out of the name, not half of it.
    general = LIMA_LEAD + "Mwangi also met Andean Secretary-General Joseph Vidal on Thursday.\n"
    assert ("Joseph Vidal", "talks") in met_in(general, "2023-06-09")


def test_the_leader_named_by_office_and_a_counterpart_holding_talks_is_a_meeting():
    # "the President and his Peruvian counterpart X held talks": the leader by office alone.
    text = LIMA_LEAD + "On Thursday, the President and his Peruvian counterpart Luis Torres held talks.\n"
    assert ("Luis Torres", "talks") in met_in(text, "2023-06-09")
    # Near miss: another office than the leader's is someone else's pair.
    other = LIMA_LEAD + "On Thursday, the Speaker and his Kenyan counterpart Paul Otieno held talks.\n"
    assert ("Paul Otieno", "talks") not in met_in(other, "2023-06-09")


def test_a_counterpart_called_to_invite_him_is_a_phone_call():
    text = LIMA_LEAD + (
        "Before flying home, Mwangi called his Chilean counterpart, Pedro Soto, in Santiago to invite him to Nairobi.\n"
    )
    assert ("Pedro Soto", "phone") in met_in(text, "2023-06-09")
    # Near miss: a counterpart called something is no call.
    named = LIMA_LEAD + "Mwangi called his Chilean counterpart, Pedro Soto, a true friend of Africa.\n"
    assert ("Pedro Soto", "phone") not in met_in(named, "2023-06-09")
