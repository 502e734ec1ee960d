"""Drafting pledges: amounts, targets and programmes (drafting.money, drafting.programmes)."""

from drafting_lead import OSLO_LEAD, WIRE, findings_of, pledges_of


def test_amounts_in_other_currencies_and_words_and_the_giver_is_a_party():
    text = (
        "TOKYO (Test Wire) - Indian Prime Minister Narendra Modi arrived in Tokyo on Monday for a visit to Japan.\n\n"
        "Japan pledged JPY 5 trillion (about Rs 3.2 lakh crore) in investment in India over the next five years. "
        "Britain promised £1.5bn in climate finance. India offered a line of credit of Rs 5,000 crore to Sri Lanka. "
        "The two sides agreed to raise trade to two billion dollars by 2030. Bilateral trade reached USD 21 billion "
        "last year.\n"
    )
    found = findings_of(text, "2023-05-10")
    pledges = {(p["value"], p["scale"], p["unit"], tuple(sorted(p["parties"]))) for p in found["pledges"]}
    assert pledges == {
        (5, "trillion", "JPY", ("IN", "JP")),
        (1.5, "billion", "GBP", ("GB", "IN")),
        (50, "billion", "INR", ("IN", "LK")),
        (2, "billion", "USD", ("IN", "JP")),
    }
    assert [(f["value"], f["unit"], f["period"]) for f in found["figures"]] == [(21, "USD", 2022)]


def test_pledges_with_no_figure_are_the_actions_a_side_agreed_to_or_said_it_would_take():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "The two sides agreed to reopen consulates, resume direct flights and telecommunication links, and "
        "train customs officers, officials said. They also agreed to strengthen bilateral ties and to deepen "
        "cooperation in all areas. The leaders agreed to expand cooperation in fisheries, including joint patrols. "
        "Lie said Norway would honour its commitment to supply vaccines to West Africa and would build two "
        "clinics. He said the talks would be hard. At the regional summit, leaders agreed to lower tariffs. "
        "The two men pledged that there would be no more disputes over the border. "
        "Most deals follow a five-point energy plan that Lie proposed in March.\n"
    )
    found = findings_of(text, "2023-06-09")
    pledged = {(p["what"], p["announced_by"]) for p in found["pledges"]}
    assert pledged == {
        ("reopen consulates", None),
        ("resume direct flights and telecommunication links", None),
        ("train customs officers", None),
        ("expand cooperation in fisheries, including joint patrols", None),
        ("supply vaccines to West Africa", "Jonas Lie"),
        ("build two clinics", "Jonas Lie"),
        ("no more disputes over the border", None),
        ("five-point energy plan", "Jonas Lie"),
    }
    assert all(p["shape"] == "programme" and p["parties"] == ["NO", "GH"] for p in found["pledges"])


def test_a_lead_summing_up_the_trip_by_what_was_agreed_gives_no_pledge_of_its_own():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie left Ghana on Friday after a visit during "
        "which the two countries agreed to let their coast guards share radar data.\n\n"
        "Lie held talks with the Ghanaian president on Thursday. The two sides agreed to train customs officers.\n"
    )
    pledged = [p["what"] for p in findings_of(text, "2023-06-09")["pledges"]]
    assert pledged == ["train customs officers"]


def test_a_live_blog_announces_amounts_in_the_present_tense():
    text = (
        "LIVE: the prime minister in Ghana\n\n"
        "Our team is following Norwegian Prime Minister Jonas Lie's visit to Ghana, hour by hour, from the moment "
        "he lands.\n\n"
        "09:10 - Lie lands in Accra.\n\n"
        "12:00 - Lie announces 40 million euros in aid for flood victims in northern Ghana.\n"
    )
    pledges = findings_of(text, "2023-06-09")["pledges"]
    assert [(p["value"], p["scale"], p["unit"], p["announced_by"], p["parties"]) for p in pledges] == [
        (40, "million", "EUR", "Jonas Lie", ["NO", "GH"])
    ]


def test_a_pledge_names_something_to_do_not_cooperation_at_large_a_partnership_or_a_stance():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks with Prime Minister Ingrid Solberg "
        "in Oslo on Friday.\n\n"
        "The two sides agreed to expand cooperation in trade, agriculture and tourism, and to strengthen "
        "coordination in international affairs. They agreed to deepen their cooperation in the Barents Sea. "
        "They also agreed to continue to deepen the comprehensive strategic cooperative partnership. "
        "Nordic leaders agreed to work towards a strategic partnership with Kenya by next year. Mwangi said "
        "that Kenya would continue to pursue its policy of neutrality. They agreed to raise bilateral trade by "
        "at least half within three years and to open a consulate in Bergen. They agreed to deepen cooperation "
        "in food security.\n"
    )
    pledges = {(p["what"], p["value"]) for p in findings_of(text, "2023-06-09")["pledges"]}
    assert pledges == {
        ("bilateral trade", 50),
        ("open a consulate in Bergen", None),
        ("deepen cooperation in food security", None),
    }


def test_a_list_of_agreed_actions_each_marked_by_to_and_ended_by_a_new_subject():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two leaders agreed to open a consulate in Mombasa, to revive the joint trade council, which has not "
        "met since 2015, and to simplify visas for students, and Solberg thanked Kenya for its help. They also "
        "agreed to share data on piracy, maritime surveillance, port security and the training of coast guards.\n"
    )
    whats = sorted(p["what"] for p in findings_of(text, "2023-06-09")["pledges"])
    assert whats == [
        "open a consulate in Mombasa",
        "revive the joint trade council",
        "share data on piracy, maritime surveillance, port security and the training of coast guards",
        "simplify visas for students",
    ]


def test_a_stance_a_journey_or_the_relationship_itself_is_no_pledge():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Both sides reaffirmed their partnership and agreed to deepen it in the fields of energy and health. "
        "Mwangi said Kenya would honour its international obligations. Aides said he would travel to Sweden "
        "later in the year.\n"
    )
    assert findings_of(text, "2023-06-09").get("pledges", []) == []


def test_a_side_s_word_promised_told_or_offered_as_ready_and_a_second_would():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Prime Minister Ingrid Solberg promised that Norway would help Kenya build three fish-processing plants. "
        "Solberg told her guest that Oslo was willing to buy more Kenyan tea. She said Norway regarded Kenya as "
        "a close friend and would encourage Norwegian firms to invest in Kenyan ports. Solberg said Norway would "
        "support Kenya's efforts to train rangers and to protect its forests. Solberg also told her guest that "
        "Norway welcomed the reforms and would send election observers. The Norwegian side also reaffirmed that "
        "it would fund the Lamu wind farm.\n\n"
        # Near misses: a third country's offer, met on the way; a hope for peace at large.
        "At a forum on Friday, Mwangi met Egyptian President Omar Hassan, who said Cairo was ready to join "
        "three-way rail projects. Solberg said Norway was ready to contribute to a peaceful resolution of the "
        "conflict.\n"
    )
    pledges = findings_of(text, "2023-06-09")["pledges"]
    assert sorted((p["what"], p["announced_by"]) for p in pledges) == [
        ("buy more Kenyan tea", "Ingrid Solberg"),
        ("encourage Norwegian firms to invest in Kenyan ports", "Ingrid Solberg"),
        ("fund the Lamu wind farm", None),
        ("help Kenya build three fish-processing plants", "Ingrid Solberg"),
        ("send election observers", "Ingrid Solberg"),
        ("support Kenya's efforts to train rangers and to protect its forests", "Ingrid Solberg"),
    ]


def test_an_amount_given_valued_worth_or_named_by_its_kind_of_aid():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Norway announced development support worth 300 million euros for Kenya. The package is made up of "
        "200 million euros in grants and 100 million euros in concessional loans. Norway is also financing a "
        "port through a loan of about 1 billion dollars at 0.5 percent interest.\n\n"
        # Near misses: deals signed are no pledge, nor a purchase of a stake, nor imports by their goods.
        "Norwegian firms signed deals worth 2 billion dollars. A fund paid 500 million dollars for a 20 percent "
        "stake in a Kenyan bank. Kenya imported 3 billion dollars in machinery last year.\n"
    )
    pledges = findings_of(text, "2023-06-09")["pledges"]
    assert sorted((p["value"], p["scale"], p["unit"], p["what"]) for p in pledges) == [
        (1, "billion", "USD", "loan"),
        (100, "million", "EUR", "concessional loans"),
        (200, "million", "EUR", "grants"),
        (300, "million", "EUR", "development support"),
    ]


def test_actions_undertaken_agreed_in_principle_or_bound_by_a_document_and_a_side_s_will_to_give():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two sides undertook to expand flights, to build a seed bank, and to coordinate their votes at the "
        "United Nations. Mwangi pledged on Friday to open a visa centre in Bergen. They agreed in principle to "
        "negotiate a fisheries accord. The ministers agreed that Kenya and Norway would open consulates in Bergen "
        "and Kisumu. Under the treaty, the sides will refrain from hostile acts, will expand naval cooperation "
        "and will work to build a rail corridor. Norway will also help train Kenyan pilots, and some of that "
        "training will take place in Bodo.\n\n"
        # Near misses: a count of things given is a pledge with its figure; an anniversary to mark is no act.
        "Norway will give Kenya 12 patrol boats. The leaders agreed to mark the 60th anniversary of relations.\n"
    )
    whats = sorted(p["what"] for p in findings_of(text, "2023-06-09")["pledges"] if p["value"] is None)
    assert whats == [
        "build a rail corridor",
        "build a seed bank",
        "coordinate their votes at the United Nations",
        "expand flights",
        "expand naval cooperation",
        "help train Kenyan pilots",
        "negotiate a fisheries accord",
        "open a visa centre in Bergen",
        "open consulates in Bergen and Kisumu",
    ]


def test_an_amount_of_a_grant_or_a_credit_line_a_side_will_extend_and_a_partnership_agreed_is_no_programme():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Norway will extend a credit line of EUR 1.5 billion to Kenya. Norway offered a grant of 50 million "
        "dollars for solar farms. Kenya and Norway agreed to establish a strategic partnership.\n"
    )
    pledges = sorted((p["what"], p["value"], p["unit"]) for p in findings_of(text, "2023-06-09")["pledges"])
    assert pledges == [("credit line", 1.5, "EUR"), ("grant", 50, "USD")]


def test_pledges_of_support_of_a_plan_agreed_of_a_debt_written_off_and_of_an_amount_as_an_adjective():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Solberg pledged support for Kenya's bid for a seat on the Security Council. The two leaders agreed on a "
        "plan to build a fish-processing plant in Mombasa. Norway will open an embassy in Mombasa next year, "
        "Solberg said. The Norwegian government will write off 50 million dollars of Kenyan debt. Norway "
        "announced a 100 million dollar loan for Kenya's railways.\n\n"
        # Near miss: an invitation to invest is no pledge.
        "Mwangi invited Norwegian companies to invest in Kenya.\n"
    )
    pledges = sorted((p["what"], p["value"]) for p in findings_of(text, "2023-06-09")["pledges"])
    assert pledges == [
        ("Kenyan debt", 50),
        ("build a fish-processing plant in Mombasa", None),
        ("loan for Kenya's railways", 100),
        ("open an embassy in Mombasa next year", None),
        ("support for Kenya's bid for a seat on the Security Council", None),
    ]


def test_pledges_given_by_a_side_a_target_opening_a_sentence_aid_by_its_kind_and_a_vow_of_something_to_do():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "India extended a line of credit of 100 million dollars to Mozambique. China offered Zambia a loan of 300 "
        "million yuan. Trade between the two countries is "
        "targeted to reach 15 billion dollars within three years. Norway is providing 200 million dollars in food "
        "aid to Kenya, the embassy said. Solberg vowed to boost imports of Kenyan avocados. The two sides also "
        "resolved to fight piracy in the Indian Ocean.\n\n"
        # Near miss: a vow of goods at large names nothing to do.
        "Both leaders vowed to promote peace and stability in the region.\n"
    )
    pledges = sorted(
        (p["what"], p["value"], p["parties"], p["shape"]) for p in findings_of(text, "2023-06-09")["pledges"]
    )
    assert pledges == [
        ("boost imports of Kenyan avocados", None, ["KE", "NO"], "programme"),
        ("fight piracy in the Indian Ocean", None, ["KE", "NO"], "programme"),
        ("food aid to Kenya", 200, ["NO", "KE"], "commitment"),
        ("line of credit", 100, ["IN", "MZ"], "commitment"),
        ("loan", 300, ["CN", "ZM"], "commitment"),
        ("trade", 15, ["KE", "NO"], "target"),
    ]


def test_verbs_that_look_like_participles_and_what_a_document_binds_a_side_to():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two sides agreed to speed up talks on an investment treaty. They signed an accord under which Norway "
        "will train Kenyan meteorologists in Bergen. They also agreed to bring their customs rules "
        "closer.\n\n"
        # Near misses: goods at large for a whole region; an agreement to do something is the document's title.
        "Solberg said the two governments would work together to bring lasting peace to the whole region. "
        "Among the documents was an agreement to build a research vessel.\n"
    )
    whats = sorted(p["what"] for p in findings_of(text, "2023-06-09")["pledges"])
    assert whats == [
        "bring their customs rules closer",
        "speed up talks on an investment treaty",
        "train Kenyan meteorologists in Bergen",
    ]


def test_a_fund_announced_is_a_pledge_and_goodwill_towards_a_side_is_not():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Prime Minister Ingrid Solberg announced a new fund to support Kenyan start-ups. Solberg also announced a "
        "five-point fisheries plan for the Kenyan coast.\n\n"
        # Near misses: support at large for the other side names no act; a plan to travel is a visit.
        "Solberg said Norway would continue to support Kenya. Mwangi announced a plan to visit Bergen.\n"
    )
    pledges = [(p["what"], p["announced_by"]) for p in findings_of(text, "2023-06-09")["pledges"]]
    assert pledges == [
        ("new fund to support Kenyan start-ups", "Ingrid Solberg"),
        ("five-point fisheries plan for the Kenyan coast", "Ingrid Solberg"),
    ]


def test_who_gives_a_side_s_word_is_the_name_before_the_verb_of_saying_in_full():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The talks were praised by Norwegian officials close to Lars Haugen. Haugen told his guest that Norway was "
        "willing to buy more Kenyan tea.\n"
    )
    pledges = [(p["what"], p["announced_by"]) for p in findings_of(text, "2023-06-09")["pledges"]]
    assert pledges == [("buy more Kenyan tea", "Lars Haugen")]


def test_amounts_in_more_shapes_and_one_amount_converted_after_a_comma():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Norway announced a 2-billion-dollar package for Kenya. Norway committed $500m to the fund. Norway "
        "pledged 1.5 trillion yen, about 10 billion dollars, to Kenya.\n"
    )
    pledges = sorted((p["value"], p["scale"], p["unit"]) for p in findings_of(text, "2023-06-09")["pledges"])
    assert pledges == [(1.5, "trillion", "JPY"), (2, "billion", "USD"), (500, "million", "USD")]


def test_pledges_as_a_noun_by_both_named_sides_of_help_in_and_to_allow():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The visit ended with a pledge by Norway to fund three hospitals. Norway and Kenya will jointly build a "
        "research station on Lake Turkana. Kenya will allow Norwegian trawlers to fish in its waters. Solberg "
        "offered help in training Kenyan coast guards. Norway's pledge of 300 million dollars for Kenyan schools "
        "was welcomed.\n\n"
        # Near miss: a promise made at home, in a campaign, is none to the other side.
        "Mwangi campaigned on a promise to review mining contracts.\n"
    )
    pledges = sorted((p["what"], p["value"]) for p in findings_of(text, "2023-06-09")["pledges"])
    assert pledges == [
        ("Kenyan schools", 300),
        ("allow Norwegian trawlers to fish in its waters", None),
        ("build a research station on Lake Turkana", None),
        ("fund three hospitals", None),
        ("help in training Kenyan coast guards", None),
    ]


def test_an_action_another_pair_agreed_to_is_no_pledge_of_the_visit():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Kenya and Norway agreed to open a joint trade office. Mwangi welcomed news that Russia and Ukraine had "
        "agreed to exchange prisoners of war.\n"
    )
    assert [p["what"] for p in findings_of(text, "2023-06-09")["pledges"]] == ["open a joint trade office"]


def test_pledges_of_a_communique_in_the_present_in_its_items_or_with_an_adverbial_before_the_action():
    assert [p["what"] for p in pledges_of("The two governments undertake to open a joint seed bank in Mombasa.")] == [
        "open a joint seed bank in Mombasa"
    ]
    assert [p["what"] for p in pledges_of("Mwangi campaigned on a promise to open a seed bank.")] == []
    found = pledges_of(
        "The two leaders pledge to open a seed bank in Kisumu, and the two nations agree to map Lake Turkana."
    )
    assert sorted(p["what"] for p in found) == ["map Lake Turkana", "open a seed bank in Kisumu"]
    assert [p["what"] for p in pledges_of("The two nations commit to train Kenyan pilots.")] == ["train Kenyan pilots"]
    found = pledges_of("Norway and Kenya agreed during the visit to set up a joint fisheries institute.")
    assert [p["what"] for p in found] == ["set up a joint fisheries institute"]
    found = pledges_of("The communique says:\n- The two sides will exchange trade attaches before the end of the year.")
    assert [p["what"] for p in found] == ["exchange trade attaches before the end of the year"]
    assert [p["what"] for p in pledges_of("They will negotiate a treaty on fisheries.")] == [
        "negotiate a treaty on fisheries"
    ]
    assert pledges_of("They will travel to Bergen on Sunday.") == []
    assert [p["what"] for p in pledges_of("The two sides will soon survey Lake Turkana.")] == ["survey Lake Turkana"]
    # A headline before the dateline says in short what the story says: one pledge, the story's.
    text = (
        "Norway and Kenya pledged to open seed bank as Mwangi visits\n\n"
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Tuesday for a visit to Norway. "
        "The two sides agreed to open a seed bank in Kisumu.\n"
    )
    assert [p["what"] for p in findings_of(text, "2023-06-09")["pledges"]] == ["open a seed bank in Kisumu"]


def test_pledges_by_a_multiple_in_soviet_roubles_and_no_deals_or_money_already_given():
    found = pledges_of("The two sides agreed to increase trade by one and a half times by 2026.")
    assert [(p["value"], p["unit"], p["deadline"]) for p in found] == [(1.5, "times", 2026)]
    assert pledges_of("Trade grew by 3 times in the last decade.") == []
    text = "The Soviet Union pledged a credit of 300 million roubles for a dam."
    assert [p["unit"] for p in pledges_of(text, "1975-06-09")] == ["SUR"]
    assert [p["unit"] for p in pledges_of(text)] == ["RUB"]
    assert pledges_of("Norwegian and Kenyan companies announced business deals worth 4 billion dollars.") == []
    assert [p["value"] for p in pledges_of("Norway announced grants worth 4 billion dollars for Kenyan schools.")] == [
        4
    ]
    assert pledges_of("The fund has committed 50 million dollars to Kenyan schools since 2001.") == []
    assert [p["value"] for p in pledges_of("The fund committed 50 million dollars to Kenyan schools.")] == [50]


def test_pledges_of_standing_meetings_cooperation_in_an_act_and_any_act_a_side_will_do():
    assert [p["what"] for p in pledges_of("The two sides agreed to hold annual consultations on migration.")] == [
        "hold annual consultations on migration"
    ]
    assert [p["what"] for p in pledges_of("The ministers agreed to hold the joint council's meetings every year.")] == [
        "hold the joint council's meetings every year"
    ]
    assert pledges_of("The two sides agreed to hold talks in Nairobi.") == []
    assert [p["what"] for p in pledges_of("The two sides agreed to cooperate in clearing landmines.")] == [
        "cooperate in clearing landmines"
    ]
    assert [p["what"] for p in pledges_of("They agreed to cooperate in the mapping of fish stocks.")] == [
        "cooperate in the mapping of fish stocks"
    ]
    assert pledges_of("The two sides agreed to cooperate closely.") == []
    assert [p["what"] for p in pledges_of("The two sides agreed to cooperate on flood warnings.")] == [
        "cooperate on flood warnings"
    ]
    assert pledges_of("The two sides agreed to cooperate in trade, energy and tourism.") == []
    assert pledges_of("The two sides agreed to cooperate in four areas, among them ports and rail.") == []
    # A side as subject and an act, whatever its verb; what only befalls a side is none.
    assert [p["what"] for p in pledges_of("Norway will pay for a new maternity ward in Kisumu, Solberg said.")] == [
        "pay for a new maternity ward in Kisumu"
    ]
    assert [p["what"] for p in pledges_of("Under the accord the Norwegian side will insure Kenyan ferries.")] == [
        "insure Kenyan ferries"
    ]
    assert pledges_of("Norway will face an election in September.") == []
    assert pledges_of("Kenya will benefit from lower fuel prices.") == []
    assert [p["what"] for p in pledges_of("Norway will soon open an embassy in Kampala.")] == [
        "open an embassy in Kampala"
    ]
    assert pledges_of("Norway will urge creditors to restructure Kenyan debt.") == []
    assert [p["what"] for p in pledges_of("The two sides agreed that Kenya would reopen its consulate in Bergen.")] == [
        "reopen its consulate in Bergen"
    ]
    assert pledges_of("The two sides agreed that Sweden would reopen its consulate in Bergen.") == []
    assert [p["what"] for p in pledges_of("Norway expressed its readiness to rebuild the port of Lamu.")] == [
        "rebuild the port of Lamu"
    ]
    assert [p["what"] for p in pledges_of("Kenya committed to protect Norwegian investments.")] == [
        "protect Norwegian investments"
    ]
    # The item that closes a list of objects with its "and" is no act of its own.
    found = pledges_of(
        "Solberg said Norway would fund studies in Kenyan ports, green energy and electric bus industries."
    )
    assert [p["what"] for p in found] == ["fund studies in Kenyan ports, green energy and electric bus industries"]


def test_pledges_of_a_side_in_a_quoted_or_bulleted_clause_by_its_people_or_told_earlier_and_none_of_duty():
    assert [p["what"] for p in pledges_of('"The two sides will survey the fish stocks of Lake Victoria."')] == [
        "survey the fish stocks of Lake Victoria"
    ]
    found = pledges_of(
        "Outcomes:\n- Norway will insure ferries on Lake Victoria.\n2. Kenya will lease land for a seed bank."
    )
    assert [p["what"] for p in found] == ["insure ferries on Lake Victoria", "lease land for a seed bank"]
    assert [p["what"] for p in pledges_of("Norwegian engineers will refit the port of Mombasa.")] == [
        "refit the port of Mombasa"
    ]
    assert [p["what"] for p in pledges_of("Kenyan and Norwegian firms will build a wind farm.")] == [
        "build a wind farm"
    ]
    found = pledges_of("Norway will dredge the port of Lamu, and Kenyan firms will build a wind farm.")
    assert sorted(p["what"] for p in found) == ["build a wind farm", "dredge the port of Lamu"]
    assert pledges_of("Swedish engineers will refit the port of Mombasa.") == []
    assert [p["what"] for p in pledges_of("Norway has also said that it will fund a seed bank in Kisumu.")] == [
        "fund a seed bank in Kisumu"
    ]
    assert pledges_of('"Norway will fulfil all its obligations towards Kenya," Solberg said.') == []
    text = "MOSCOW, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Moscow on Tuesday.\n\n"
    text += "The communique said the Soviet Union would build a dam on the Tana river.\n"
    assert [p["what"] for p in findings_of(text, "1971-06-09")["pledges"]] == ["build a dam on the Tana river"]


def test_pledges_counted_in_what_a_side_gives_and_a_doubling_a_leader_wants():
    found = pledges_of("Solberg said Norway would help train 1,200 Kenyan nurses over the next four years.")
    assert [(p["value"], p["unit"], p["deadline"], p["shape"]) for p in found] == [(1200, "people", 2027, "commitment")]
    found = pledges_of("Norway will deliver 12 transport helicopters to Kenya.")
    assert [(p["value"], p["unit"]) for p in found] == [(12, "aircraft")]
    found = pledges_of("Kenya will guard the border with 3,000 members of its police.")
    assert [(p["value"], p["unit"]) for p in found] == [(3000, "members")]
    assert pledges_of("Norway will study the matter for 3 years.") == []
    assert pledges_of("The two sides agreed to sign 5 agreements on trade before June.") == []
    assert pledges_of("Norway will fund 30 percent of Kenyan scholarships.") == []
    text = "Trade between the two countries reached 2 billion dollars last year. "
    text += "Mwangi wants it to double within five years."
    found = [p for p in pledges_of(text) if p["unit"] == "times"]
    assert [(p["what"], p["value"], p["deadline"]) for p in found] == [("trade", 2, 2028)]
    assert [p for p in pledges_of("Analysts expect it to double within five years.") if p["unit"] == "times"] == []
    text = "Solberg said trade between the two countries, at 2 billion dollars last year, should double by 2030."
    found = [p for p in pledges_of(text) if p["unit"] == "times"]
    assert [(p["what"], p["value"], p["deadline"]) for p in found] == [("trade", 2, 2030)]
    text = "Trade between the two countries doubled in 2020."
    assert [p for p in pledges_of(text) if p["unit"] == "times"] == []


def test_pledges_that_the_people_of_both_sides_should_do_and_meetings_held_regularly():
    found = pledges_of("The leaders agreed that officials of both countries should meet every year in a joint council.")
    assert [p["what"] for p in found] == ["meet every year in a joint council"]
    found = pledges_of("The leaders agreed that experts from the two sides would survey the Tana river.")
    assert [p["what"] for p in found] == ["survey the Tana river"]
    assert pledges_of("The leaders agreed that officials of both countries should meet in Nairobi.") == []
    found = pledges_of("The leaders had agreed that their Governments would dredge the port of Lamu.")
    assert [p["what"] for p in found] == ["dredge the port of Lamu"]


def test_pledges_of_what_a_side_will_grant_or_buy_worth_an_amount():
    found = pledges_of("Under the accord Norway will grant Kenya new credits worth 80 million dollars for rail.")
    assert [(p["value"], p["unit"]) for p in found if p["value"]] == [(80, "USD")]
    found = pledges_of("Kenya will buy Norwegian salmon worth some 30 million dollars next year.")
    assert [(p["value"], p["unit"]) for p in found if p["value"]] == [(30, "USD")]
    assert [
        p for p in pledges_of("Kenya bought Norwegian salmon worth 30 million dollars last year.") if p["value"]
    ] == []


def test_pledges_of_each_side_s_word_told_in_turn_with_and_that():
    text = "Solberg said the two governments would dredge the port of Lamu, and that Norway would train Kenyan pilots."
    assert sorted(p["what"] for p in pledges_of(text)) == ["dredge the port of Lamu", "train Kenyan pilots"]
    text = "Solberg said the two governments would dredge the port of Lamu, and that the talks were useful."
    assert [p["what"] for p in pledges_of(text)] == ["dredge the port of Lamu"]
    text = "The communique said that ties go back to 1963, and that Norway would build a clinic in Turkana."
    assert [p["what"] for p in pledges_of(text)] == ["build a clinic in Turkana"]
    text = "The communique recalled that in 1963 Norway would build a clinic in Turkana."
    assert pledges_of(text) == []


def test_pledges_of_a_side_with_a_long_proper_name():
    text = (
        "BEIJING, June 9 (Test Wire) - Congolese President Felix Mbala arrived in Beijing on Tuesday for a visit to "
        "China.\n\nMbala assured his host that the Democratic Republic of the Congo would protect Chinese mines.\n"
    )
    assert [p["what"] for p in findings_of(text, "2023-06-09")["pledges"]] == ["protect Chinese mines"]
    text = text.replace("the Democratic Republic of the Congo", "the Republic of the Marshall Islands")
    assert findings_of(text, "2023-06-09").get("pledges", []) == []


def test_pledges_listed_as_verbs_under_a_head_that_agrees_to_them():
    body = "The two sides agreed as follows:\n1. to open consulates in Mombasa and Bergen;\n"
    body += "2. train Kenyan pilots in Norway."
    assert sorted(p["what"] for p in pledges_of(body)) == [
        "open consulates in Mombasa and Bergen",
        "train Kenyan pilots in Norway",
    ]
    body = "Both governments will:\n- survey the fish stocks of Lake Turkana."
    assert [p["what"] for p in pledges_of(body)] == ["survey the fish stocks of Lake Turkana"]
    body = "The talks covered:\n- open questions of fisheries;\n- the future of the port."
    assert pledges_of(body) == []


def test_pledges_of_a_counted_target():
    found = pledges_of("The two sides agreed to raise the number of Kenyan students in Norway to 5,000 by 2026.")
    assert [(p["value"], p["unit"], p["deadline"], p["shape"]) for p in found] == [(5000, "people", 2026, "target")]
    found = pledges_of("The two sides agreed to increase direct flights to 14 flights a week by 2025.")
    assert [(p["value"], p["unit"], p["deadline"], p["shape"]) for p in found] == [(14, "flights", 2025, "target")]
    assert pledges_of("The two sides noted that the number of flights rose to 14 flights a week in 2022.") == []
    found = pledges_of("The two sides agreed to raise the number of flights by 5 percent.")
    assert [(p["value"], p["unit"]) for p in found] == [(5, "percent")]


def test_pledges_of_a_count_given_or_an_act_agreed_as_a_noun():
    found = pledges_of("Norway offered 200 scholarships to Kenyan students.")
    assert [(p["value"], p["unit"], p["shape"]) for p in found] == [(200, "scholarships", "commitment")]
    found = pledges_of("Solberg pledged 12 transport helicopters for Kenyan relief work.")
    assert [(p["value"], p["unit"]) for p in found] == [(12, "aircraft")]
    assert pledges_of("Norway offered condolences to Kenyan families.") == []
    found = pledges_of("The two sides agreed on the construction of a bridge over the Tana.")
    assert [p["what"] for p in found] == ["construction of a bridge over the Tana"]
    found = pledges_of("The two sides agreed to the resumption of direct flights.")
    assert [p["what"] for p in found] == ["resumption of direct flights"]
    assert pledges_of("The two sides agreed on the importance of trade.") == []


def test_pledges_of_what_a_side_is_to_do_and_not_where_it_is_to_go():
    assert [p["what"] for p in pledges_of("Norway is to build a clinic in Turkana.")] == ["build a clinic in Turkana"]
    assert [p["what"] for p in pledges_of("The two sides are to open trade offices in Oslo and Nairobi.")] == [
        "open trade offices in Oslo and Nairobi"
    ]
    assert pledges_of("Kenya is to fly its delegation to Bergen on Sunday.") == []


def test_readiness_expressed_without_a_possessive_and_an_anniversary_of_relations_named_by_their_pair():
    found = pledges_of("The two sides expressed readiness to build a railway from Nairobi to Kisumu.")
    assert [p["what"] for p in found] == ["build a railway from Nairobi to Kisumu"]
    text = (
        OSLO_LEAD + "This year marks the 60th anniversary of the establishment of Kenya-Norway diplomatic relations.\n"
    )
    found = findings_of(text, "2023-06-09")["relations"]
    assert [(tuple(r["countries"]), r["established"]) for r in found] == [(("KE", "NO"), 1963)]


def test_a_side_that_stands_ready_or_will_continue_and_an_elevation_of_relations():
    found = pledges_of("Solberg said Norway stands ready to rebuild the port of Lamu.")
    assert [p["what"] for p in found] == ["rebuild the port of Lamu"]
    found = pledges_of("Norway will continue to fund clinics in Turkana.")
    assert [p["what"] for p in found] == ["fund clinics in Turkana"]
    assert pledges_of("Norway will continue its reforms.") == []
    text = OSLO_LEAD + "The two leaders announced the elevation of Kenya-Norway ties to a strategic partnership.\n"
    found = findings_of(text, "2023-06-09")["partnerships"]
    assert [(p["label"], p["change"]) for p in found] == [("strategic partnership", "upgraded")]


def test_amounts_listed_under_a_head_that_announces_them_are_pledges():
    body = "New commitments announced by Norway:\n- 40 million dollars for clinics in Turkana;\n"
    body += "- 12 million dollars for rail."
    assert sorted(p["value"] for p in pledges_of(body)) == [12, 40]
    body = "Figures for the year:\n- 40 million dollars of fish exports."
    assert pledges_of(body) == []


def test_carrying_on_is_a_pledge_when_it_says_what_is_carried_on_and_on_what():
    assert [p["what"] for p in pledges_of("The two sides agreed to continue work on a visa waiver.")] == [
        "continue work on a visa waiver"
    ]
    found = pledges_of("Solberg said Norway would continue its demining programme in the north of Kenya.")
    assert [p["what"] for p in found] == ["continue its demining programme in the north of Kenya"]
    found = pledges_of("They will continue the negotiations at a third round in Bergen, the statement said.")
    assert [p["what"] for p in found] == ["continue the negotiations at a third round in Bergen"]
    assert pledges_of("The two sides agreed to continue the talks.") == []
    assert pledges_of("They agreed to continue their cooperation with the United Nations.") == []


def test_holding_a_meeting_is_a_pledge_when_it_names_its_matter_or_time():
    found = pledges_of("The two sides agreed to hold negotiations aimed at a fisheries treaty.")
    assert [p["what"] for p in found] == ["hold negotiations aimed at a fisheries treaty"]
    found = pledges_of("They agreed to hold the next session of the joint commission in Kisumu.")
    assert [p["what"] for p in found] == ["hold the next session of the joint commission in Kisumu"]
    found = pledges_of("Both sides said they would hold festivals in both capitals.")
    assert [p["what"] for p in found] == ["hold festivals in both capitals"]
    assert pledges_of("The two sides agreed to hold talks.") == []
    assert pledges_of("They agreed to hold talks to discuss the border.") == []
    assert pledges_of("They agreed to hold a meeting in Kisumu.") == []


def test_what_both_sides_bind_a_body_or_a_treaty_of_theirs_to_is_told_with_its_subject():
    found = pledges_of("Both presidents agreed that the joint commission would convene each spring in Mombasa.")
    assert [p["what"] for p in found] == ["the joint commission would convene each spring in Mombasa"]
    found = pledges_of("The communique said the air services agreement would be revised.")
    assert [p["what"] for p in found] == ["the air services agreement would be revised"]
    found = pledges_of(
        "They agreed that their experts should meet in May, and that the seed treaty should be ratified."
    )
    assert [p["what"] for p in found] == ["the seed treaty should be ratified"]
    assert pledges_of("Both presidents agreed that the coast would need more roads.") == []
    assert pledges_of("The communique said the visit would be remembered as a milestone.") == []
    assert pledges_of("They agreed that the Ethiopian army should withdraw from the border.") == []


def test_amounts_of_a_loan_or_grant_named_by_them_set_aside_or_received_are_pledges():
    def values(body: str) -> list[float]:
        return [p["value"] for p in pledges_of(body)]

    assert values("The World Bank approved a 750 million dollar loan for roads in western Kenya.") == [750]
    assert values("The accord includes a $40m grant for a maternity hospital in Kisumu.") == [40]
    assert values("Kenya will receive 300 million dollars in Norwegian loans for the railway.") == [300]
    assert values("Norway set aside 150 million dollars for a technical university in Eldoret.") == [150]
    assert values("Kenya has asked for a 2 billion dollar loan to finance its budget.") == []
    assert values("Kenya repaid a 1 billion dollar loan to Norwegian banks last year.") == []
    assert values("Kenya has received more than 900 million dollars in Norwegian aid since 1990.") == []


def test_a_decision_taken_together_a_commitment_reaffirmed_and_one_to_an_act_told_as_a_gerund():
    found = pledges_of("The two sides decided to set up a committee on maritime security.")
    assert [p["what"] for p in found] == ["set up a committee on maritime security"]
    found = pledges_of("Kenya and Norway reaffirmed their commitment to finish dredging Kisumu port by 2026.")
    assert [p["what"] for p in found] == ["finish dredging Kisumu port by 2026"]
    found = pledges_of("Norway also committed to training Kenyan police officers in forensics.")
    assert [p["what"] for p in found] == ["training Kenyan police officers in forensics"]
    assert pledges_of("Mwangi said he had decided to sign the accord because it was fair.") == []
    assert pledges_of("Mwangi decided to cut short his stay in Bergen.") == []
    assert pledges_of("Kenya aims to become an upper middle-income country by 2030.") == []
    assert pledges_of("The leaders agreed to continue their discussions over dinner.") == []
    assert pledges_of("Norway committed to the talks.") == []


def test_a_pledge_quoted_is_said_by_who_the_quotation_names_after_it():
    found = pledges_of('"Norway will build a fish market in Kisumu," Solberg said.')
    assert [(p["what"], p["announced_by"]) for p in found] == [("build a fish market in Kisumu", "Solberg")]
    found = pledges_of('Solberg told reporters: "We will open a consulate in Mombasa."')
    assert [(p["what"], p["announced_by"]) for p in found] == [("open a consulate in Mombasa", "Solberg")]
    found = pledges_of('"We have agreed to set up a joint fisheries board," Mwangi said.')
    assert [(p["what"], p["announced_by"]) for p in found] == [("set up a joint fisheries board", None)]
    assert pledges_of('"We will see," Solberg said.') == []


def test_an_aim_or_a_plan_of_a_side_is_a_pledge_and_a_plan_as_a_noun_is_none():
    found = pledges_of("The two countries also plan to resume direct flights between Oslo and Nairobi.")
    assert [p["what"] for p in found] == ["resume direct flights between Oslo and Nairobi"]
    found = pledges_of("Solberg said they aimed to conclude a fisheries accord this year.")
    assert [p["what"] for p in found] == ["conclude a fisheries accord this year"]
    assert pledges_of("The leaders discussed Kenya's plans to buy Norwegian ferries.") == []
    assert pledges_of("Solberg said Norway had no plans to close its embassy.") == []


def test_a_year_in_an_aside_or_after_since_does_not_make_a_pledge_history():
    found = pledges_of("The two leaders, who last met in 2019, agreed to open consulates in Bergen and Mombasa.")
    assert [p["what"] for p in found] == ["open consulates in Bergen and Mombasa"]
    found = pledges_of("Norway, Kenya's largest donor since 1963, pledged to build a clinic in Turkana.")
    assert [p["what"] for p in found] == ["build a clinic in Turkana"]
    assert pledges_of("The 1987 accord, in which Norway offered to build a clinic in Turkana, lapsed.") == []
    assert pledges_of("The fund, set up by both in 2015, aims to finance clinics in Turkana.") == []


def test_an_amount_pledged_leaves_the_other_pledges_of_its_sentence():
    found = pledges_of("Norway pledged 500 million dollars for roads and promised to build a clinic in Turkana.")
    assert sorted((p["value"] or 0, p["shape"]) for p in found) == [(0, "programme"), (500, "commitment")]
    found = pledges_of("Norway pledged to spend 500 million dollars on roads.")
    assert [(p["value"], p["shape"]) for p in found] == [(500, "commitment")]


def test_a_pair_agreeing_on_the_sidelines_of_a_summit_pledges_for_itself():
    found = pledges_of(
        "On the sidelines of the summit, Mwangi and Solberg agreed to open consulates in Bergen and Mombasa."
    )
    assert [p["what"] for p in found] == ["open consulates in Bergen and Mombasa"]
    assert pledges_of("At the summit, the leaders agreed to open consulates in every member state.") == []


def test_a_target_told_with_its_metric_after_the_value_or_as_the_subject_of_reaching():
    def targets(body: str) -> list[tuple]:
        return [(p["what"], p["value"], p["shape"], p["deadline"]) for p in pledges_of(body)]

    assert targets("The sides set a target of 6 billion dollars in two-way trade by 2028.") == [
        ("two-way trade", 6, "target", 2028)
    ]
    assert targets("They agreed on a goal of 3 billion dollars in annual trade by 2029.") == [
        ("annual trade", 3, "target", 2029)
    ]
    assert targets("The two countries aim for trade of 5 billion dollars by 2030.") == [("trade", 5, "target", 2030)]
    assert targets("Bilateral trade should reach 4 billion dollars by 2027, Solberg said.") == [
        ("bilateral trade", 4, "target", 2027)
    ]
    assert targets("Bilateral trade is expected to reach 4 billion dollars by 2027.") == []


def test_weighing_a_particular_matter_is_a_pledge_and_weighing_the_issue_is_none():
    found = pledges_of("The two sides agreed to study the feasibility of a rail link from Mombasa to Kampala.")
    assert [p["what"] for p in found] == ["study the feasibility of a rail link from Mombasa to Kampala"]
    found = pledges_of("Solberg said Norway would consider favourably Kenya's request to join the fisheries council.")
    assert [p["what"] for p in found] == ["consider favourably Kenya's request to join the fisheries council"]
    found = pledges_of("They agreed to look at new ferry routes between the two coasts.")
    assert [p["what"] for p in found] == ["look at new ferry routes between the two coasts"]
    assert pledges_of("The two sides agreed to study the issue.") == []
    assert pledges_of("They agreed to consider it.") == []


def test_keeping_up_an_act_is_as_particular_as_the_act():
    found = pledges_of("Norway promised to keep funding the clinics of Turkana until 2030.")
    assert [p["what"] for p in found] == ["keep funding the clinics of Turkana until 2030"]
    assert pledges_of("The two sides agreed to keep talking about the border.") == []
    assert pledges_of("They pledged to keep strengthening their ties.") == []


def test_an_act_as_a_noun_that_the_accords_provide_for_or_a_side_announces():
    found = pledges_of("The accords provide for the construction of a bridge over the Tana river.")
    assert [p["what"] for p in found] == ["construction of a bridge over the Tana river"]
    found = pledges_of("Solberg announced the opening of a Norwegian trade office in Kisumu.")
    assert [p["what"] for p in found] == ["opening of a Norwegian trade office in Kisumu"]
    assert pledges_of("Mwangi announced the appointment of a new envoy to Oslo.") == []


def test_a_body_set_up_an_offer_welcomed_and_help_offered_to_a_receiver_named_first():
    found = pledges_of("The two leaders launched a joint task force on locust control.")
    assert [p["what"] for p in found] == ["joint task force on locust control"]
    found = pledges_of("Mwangi thanked Norway for its offer to rebuild the port of Kisumu.")
    assert [p["what"] for p in found] == ["rebuild the port of Kisumu"]
    found = pledges_of("Norway offered Kenya help in building a wind farm at Turkana.")
    assert [p["what"] for p in found] == ["help in building a wind farm at Turkana"]
    assert pledges_of("Mwangi thanked Norway for its offer.") == []
    assert pledges_of("The two leaders launched a new era.") == []


def test_a_thing_of_the_sides_to_be_made_or_set_up_told_in_the_passive():
    found = pledges_of("A joint fisheries board will be set up to oversee the quotas.")
    assert [p["what"] for p in found] == ["A joint fisheries board will be set up to oversee the quotas"]
    found = pledges_of("Direct flights between Oslo and Nairobi are to be launched next year.")
    assert [p["what"] for p in found] == ["Direct flights between Oslo and Nairobi are to be launched next year"]
    assert pledges_of("The agreements will be signed on Thursday.") == []
    assert pledges_of("The talks will be followed by a state banquet.") == []
    assert pledges_of("It will be recalled that Mwangi visited Oslo in 2015.") == []
    assert pledges_of("More details will be announced later.") == []
    assert pledges_of("A joint statement will be issued at the end of the visit.") == []


def test_a_side_ready_to_act_with_no_verb_of_saying_and_amounts_under_a_head_of_outcomes():
    found = pledges_of("Norway is ready to finance the Kisumu bypass.")
    assert [p["what"] for p in found] == ["finance the Kisumu bypass"]
    found = pledges_of('"We are ready to build a second berth at Lamu," Solberg said.')
    assert [(p["what"], p["announced_by"]) for p in found] == [("build a second berth at Lamu", "Solberg")]
    assert pledges_of("The Ethiopian army is ready to defend the border.") == []
    body = "Key outcomes of the visit:\n- 40 million dollars in grants for drought relief.\n"
    assert [p["value"] for p in pledges_of(body)] == [40]


def test_who_announces_a_pledge_is_named_by_the_surname_before_or_as_the_source_after():
    lead = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks with Norwegian Prime Minister "
        "Ingrid Solberg in Oslo on Friday.\n\n"
    )

    def said(body: str) -> list:
        return [p["announced_by"] for p in findings_of(lead + body + "\n", "2023-06-09")["pledges"]]

    assert said("Solberg told her guest that Norway would provide 300 million dollars for clean energy.") == [
        "Ingrid Solberg"
    ]
    assert said("Norway will provide 300 million dollars for clean energy, Solberg said.") == ["Ingrid Solberg"]
    assert said("Norway will build a fish market in Kisumu, Solberg told reporters.") == ["Ingrid Solberg"]
    assert said("Norway will provide 300 million dollars for clean energy, officials said.") == [None]


def test_plans_announced_tasks_set_for_ministers_more_of_something_promised_and_an_aside_after_will():
    found = pledges_of("Norway announced plans to open a consulate in Mombasa.")
    assert [p["what"] for p in found] == ["open a consulate in Mombasa"]
    found = pledges_of("The two leaders instructed their ministers to draw up a roadmap for a fisheries accord.")
    assert [p["what"] for p in found] == ["draw up a roadmap for a fisheries accord"]
    found = pledges_of("Solberg promised more Norwegian investment in Kenya's solar industry.")
    assert [p["what"] for p in found] == ["more Norwegian investment in Kenya's solar industry"]
    found = pledges_of("Norway will, in addition, send a trade mission to Nairobi in May.")
    assert [p["what"] for p in found] == ["send a trade mission to Nairobi in May"]
    assert pledges_of("The two leaders asked their ministers to meet.") == []
    assert pledges_of("Solberg promised more of the same.") == []


def test_a_loan_valued_goods_sent_worth_an_amount_and_a_share_that_will_go_to_a_use():
    def pledged(body: str) -> list[tuple]:
        return [(p["what"], p["value"]) for p in pledges_of(body)]

    assert pledged("Norway signed a loan worth 2 billion dollars for the Kisumu bypass.") == [("loan", 2)]
    assert pledged("Norway will send fish worth 30 million dollars to Turkana.") == [("fish", 30)]
    assert pledged("Of the package, 200 million dollars will go to water projects in Turkana.") == [
        ("water projects in Turkana", 200)
    ]
    assert pledged("Norway signed deals worth 2 billion dollars.") == []
    assert pledged("Fish exports worth 30 million dollars went to Turkana last year.") == []


def test_agreement_reached_in_the_passive_and_a_document_signed_under_which_a_side_will_act():
    assert [p["what"] for p in pledges_of("Agreement was reached to resume direct flights to Bergen.")] == [
        "resume direct flights to Bergen"
    ]
    found = pledges_of("Accord was reached on the construction of a dam on the Tana river.")
    assert [p["what"] for p in found] == ["construction of a dam on the Tana river"]
    found = pledges_of("An accord on fisheries was signed, under which the Norwegian side will train Kenyan skippers.")
    assert [p["what"] for p in found] == ["train Kenyan skippers"]
    assert pledges_of("No agreement was reached on the border.") == []
    assert pledges_of("No agreement was reached to resume direct flights to Bergen.") == []


def test_a_side_s_word_given_to_a_person_named_a_side_that_stands_ready_and_governments_capitalised():
    found = pledges_of("Solberg assured President Mwangi that Norway would keep buying Kenyan tea.")
    assert [(p["what"], p["announced_by"]) for p in found] == [("keep buying Kenyan tea", "Solberg")]
    found = pledges_of("Norway stands ready to help Kenya develop its fishing fleet, Solberg said.")
    assert [p["what"] for p in found] == ["help Kenya develop its fishing fleet"]
    found = pledges_of("The two Governments will open trade offices in Bergen and Mombasa.")
    assert [p["what"] for p in found] == ["open trade offices in Bergen and Mombasa"]
    assert pledges_of("Solberg told Mwangi that the talks would be hard.") == []


def test_a_side_s_willingness_conveyed_and_the_speaker_s_own_country_happy_to_act():
    found = pledges_of("The minister conveyed Norway's willingness to train Kenyan coast guards.")
    assert [p["what"] for p in found] == ["train Kenyan coast guards"]
    found = pledges_of("Solberg said that her country would be happy to host the next round of talks.")
    assert [(p["what"], p["announced_by"]) for p in found] == [("host the next round of talks", "Solberg")]
    assert pledges_of("Solberg said that her country would be happy.") == []


def test_aid_summed_totalling_an_amount_extended_granted_or_earmarked():
    def pledged(body: str) -> list[tuple]:
        return [(p["what"], p["value"]) for p in pledges_of(body)]

    assert pledged("Norway extended loans totalling 1.5 billion dollars for roads.") == [("loans", 1.5)]
    assert pledged("Solberg said Norway would earmark 90 million dollars for Kenyan clinics.") == [
        ("Kenyan clinics", 90)
    ]
    assert [p["value"] for p in pledges_of("Norwegian assistance to Kenya will total 1 billion dollars by 2027.")] == [
        1
    ]
    assert pledged("Kenyan exports to Norway totalled 1.5 billion dollars.") == []


def test_quadrupling_a_decade_ahead_and_doubling_to_a_value_as_a_target():
    found = pledges_of("They agreed to quadruple trade within a decade.")
    assert [(p["what"], p["value"], p["unit"], p["deadline"]) for p in found] == [("trade", 4, "times", 2033)]
    found = pledges_of("The two sides aim to double bilateral trade to 4 billion dollars by 2030.")
    assert sorted((p["shape"], p["what"], p["value"]) for p in found) == [
        ("relative", "bilateral trade", 2),
        ("target", "bilateral trade", 4),
    ]
    assert pledges_of("Trade has quadrupled over the past decade.") == []


def test_an_amount_asked_for_is_no_pledge_unless_a_side_then_gives_it():
    assert pledges_of("Kenya asked Norway for a loan of 2 billion dollars, but Oslo made no promise.") == []
    assert pledges_of("Kenya is seeking a credit line of 500 million dollars from Norwegian banks.") == []
    found = pledges_of("Kenya asked for help, and Norway pledged 40 million dollars for flood relief.")
    assert [p["value"] for p in found] == [40]


def test_no_pledge_from_a_loan_that_paid_for_something_a_third_country_a_refusal_or_critics():
    assert pledges_of("The port, financed by a 2 billion dollar Chinese loan, opened in 2017.") == []
    assert pledges_of("The railway was built with a 3.2 billion dollar loan from China.") == []
    assert pledges_of("China, Kenya's largest lender, has promised to restructure its loans.") == []
    assert pledges_of("Solberg said Norway would never abandon its aid programme in Turkana.") == []
    assert pledges_of("Critics said the government would struggle to build the dam.") == []
    assert pledges_of("Opposition leaders said they would challenge the fisheries deal in court.") == []
    found = pledges_of(
        "Solberg said the Soviet Union and Norway were old friends and that Norway would build a clinic."
    )
    assert [p["what"] for p in found] == ["build a clinic"]


def test_a_list_s_last_action_after_a_bare_and_a_side_s_pledge_by_its_adjective_and_one_after_while():
    found = pledges_of("Norway pledged to build a clinic in Kisumu, upgrade the Lamu port and train 200 Kenyan nurses.")
    assert [(p["what"], p["value"]) for p in found] == [
        ("build a clinic in Kisumu", None),
        ("upgrade the Lamu port", None),
        ("train Kenyan nurses", 200),
    ]
    found = pledges_of("The accords include a Norwegian pledge to build a seed bank in Eldoret.")
    assert [p["what"] for p in found] == ["build a seed bank in Eldoret"]
    found = pledges_of(
        "Under the plan, Norway will finance a dam on the Tana river, while Kenya will provide the land."
    )
    assert [p["what"] for p in found] == ["finance a dam on the Tana river", "provide the land"]
    assert [p["what"] for p in pledges_of("Norway pledged to train doctors and nurses in Kisumu.")] == [
        "train doctors and nurses in Kisumu"
    ]


def test_a_side_named_as_the_government_of_a_country():
    found = pledges_of("The Government of Norway will dispatch a team of experts to survey the Tana river.")
    assert [p["what"] for p in found] == ["dispatch a team of experts to survey the Tana river"]
    assert pledges_of("The Government of Ethiopia will dispatch a team of experts to the border.") == []


def test_who_sets_a_change_or_quotes_an_amount_announces_it():
    lead = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi held talks with Norwegian Prime Minister "
        "Ingrid Solberg in Oslo on Friday.\n\n"
    )

    def said(body: str) -> list:
        return [p["announced_by"] for p in findings_of(lead + body + "\n", "2023-06-09")["pledges"]]

    assert said("Solberg wants trade to double within five years.") == ["Ingrid Solberg"]
    assert said('"Norway will provide 300 million dollars for clean energy," Solberg said.') == ["Ingrid Solberg"]
    assert said("The two leaders want trade to double within five years.") == [None]


def test_a_pledge_told_as_a_noun_ends_at_the_sentence_s_verb_and_a_broken_one_or_a_need_is_none():
    found = pledges_of("A Norwegian pledge to build a clinic in Turkana was welcomed by the county.")
    assert [p["what"] for p in found] == ["build a clinic in Turkana"]
    assert pledges_of("A Norwegian promise to build a dam on the Tana was never kept.") == []
    assert pledges_of("Mwangi told Solberg that Kenya would need more investment in its ports.") == []


def test_an_action_s_deadline_is_the_year_its_words_name():
    def deadlines(body: str) -> list:
        return [p["deadline"] for p in pledges_of(body)]

    assert deadlines("The two sides aimed to conclude a fisheries accord this year.") == [2023]
    assert deadlines("They agreed to open a consulate in Bergen by the end of next year.") == [2024]
    assert deadlines("They agreed to open a consulate in Bergen within three years.") == [2026]
    assert deadlines("They agreed to open a consulate in Bergen.") == [None]


def test_a_government_capitalised_is_its_country_s_side_and_a_loan_s_term_is_no_deadline():
    found = pledges_of("The communique said the Norwegian Government would send a survey team to Turkana.")
    assert [p["what"] for p in found] == ["send a survey team to Turkana"]
    found = pledges_of(
        "Norway granted Kenya an interest-free loan of 30 million dollars, to be repaid over thirty years."
    )
    assert [(p["value"], p["deadline"]) for p in found] == [(30, None)]
    assert pledges_of("The Norwegian Government was ready to work together with the Kenyan side.") == []


def test_amounts_in_currencies_named_by_their_sign_their_word_or_their_issuer_adjective():
    text = (
        "ABUJA (Test Wire) - Thai Prime Minister Somchai Rakthai arrived in Abuja on Monday for a visit to Nigeria.\n\n"
        "Thailand pledged 3 billion baht in rice-milling aid to Nigeria. Nigeria offered a grant of ₦40 billion for "
        "student exchanges. New Zealand will provide NZ$4 million for fisheries training. Indonesia pledged Rp 2 "
        "trillion for a fertiliser plant. Kenya pledged 600 million Kenyan shillings for flood relief. Uganda "
        "pledged 90 billion shillings for roads.\n"
    )
    found = findings_of(text, "2024-03-04")
    assert {(p["value"], p["scale"], p["unit"]) for p in found["pledges"]} == {
        (3, "billion", "THB"),
        (40, "billion", "NGN"),
        (4, "million", "NZD"),
        (2, "trillion", "IDR"),
        (600, "million", "KES"),
        (90, "billion", "UGX"),
    }  # bare "shillings" are the one issuer's the sentence names (Kenya's, Tanzania's and Uganda's share the word)
    # With no issuer named, bare "shillings" are nobody's: no unit guessed.
    unnamed = text.replace("Uganda pledged", "The bank pledged")
    assert (90, "billion", "UGX") not in {
        (p["value"], p["scale"], p["unit"]) for p in findings_of(unnamed, "2024-03-04")["pledges"]
    }


def test_money_a_government_asks_its_budget_for_to_give_to_another_or_agrees_to_pay_is_pledged():
    text = (
        "NAIROBI (Test Wire) - Dutch Prime Minister Anna de Vries arrived in Nairobi on Monday for a visit to "
        "Kenya.\n\n"
        "De Vries said her government would seek 80 million euros in development assistance for Kenya in fiscal 2025. "
        "The cabinet will ask parliament for 15 million euros in flood aid for Somalia. "
        "Kenya agreed in March to pay the Netherlands 40 million euros for three patrol boats. "
        "The Dutch side announced a port training package for East African states worth "
        "25 million euros. Kenya asked the Netherlands for a loan of 300 million euros. "
        "Separately, a Kenyan airline agreed to buy ten Dutch aircraft in a deal valued at 900 million euros.\n"
    )
    pledges = {(p["value"], p["deadline"]) for p in findings_of(text, "2024-03-04")["pledges"]}
    # Kenya's request for a loan for itself, and an airline's deal, are no side's pledge.
    assert pledges == {(80, 2025), (15, None), (40, None), (25, None)}


def test_a_side_s_word_told_to_a_titled_listener_or_around_an_aside_and_its_spending_bodies():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "Lie told the Ghanaian president that Norway would keep buying Ghanaian cocoa. "
        "He told the press that Norwegian funds would buy stakes in Ghanaian shipyards. "
        "Ghana, for its part, said it would open its fisheries data to Norwegian researchers. "
        "Oslo, he said at a news conference, would send hydrographers to chart the coast. "
        "Norwegian airlines will buy 12 Ghanaian-built trainer planes. "
        "Lie told the Ghanaian president that Sweden would buy more cocoa. "
        "He told reporters that the talks would be hard.\n"
    )
    pledged = {(p["what"], p["value"]) for p in findings_of(text, "2023-06-09")["pledges"]}
    # Sweden is no side of the visit, and the talks are no act.
    assert pledged == {
        ("keep buying Ghanaian cocoa", None),
        ("buy stakes in Ghanaian shipyards", None),
        ("open its fisheries data to Norwegian researchers", None),
        ("send hydrographers to chart the coast", None),
        ("buy Ghanaian-built trainer planes", 12),
    }


def test_a_meeting_agreed_with_how_often_it_is_held_is_a_standing_one():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "The two sides agreed to hold summits more often. They agreed to hold a maritime forum every three years. "
        "The leaders also agreed to meet at ministerial level on a regular basis. "
        "They agreed to hold talks in Kumasi and to meet again in Oslo.\n"
    )
    pledged = {p["what"] for p in findings_of(text, "2023-06-09")["pledges"]}
    # A meeting with its place alone is none.
    assert pledged == {
        "hold summits more often",
        "hold a maritime forum every three years",
        "meet at ministerial level on a regular basis",
    }


def test_a_settlement_of_any_quality_time_spent_a_wish_a_meeting_to_be_held_and_work_unnamed_bind_no_one():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "The two sides agreed to set up a panel on fishing rights, to seek a just and durable settlement. "
        "He will spend two more days in Ghana, with a stop in Tamale. "
        '"We would love to welcome more Ghanaian students," Lie said. '
        "The ministers agreed that the next round of consultations will be held in Bergen in 2024. "
        "They agreed to launch the necessary work promptly, and to begin work on a fish-landing site.\n"
    )
    pledged = {p["what"] for p in findings_of(text, "2023-06-09")["pledges"]}
    assert pledged == {"set up a panel on fishing rights", "begin work on a fish-landing site"}


def test_each_item_of_a_list_headed_as_what_was_announced_is_a_pledge_of_what_is_to_be():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "What the two governments announced\n\n"
        "- Visa fees for students, unchanged since 1999, are to be waived.\n"
        "- Fisheries inspectors from Ghana will train aboard Norwegian patrol vessels, and the Bergen institute "
        "may open a branch in Takoradi.\n"
        "- Ministers signed a memorandum on ports, with a first review to be held next year.\n\n"
        "Background\n\n"
        "- Norwegian trawlers will keep fishing off West Africa for years.\n"
    )
    pledged = {p["what"] for p in findings_of(text, "2023-06-09")["pledges"]}
    # What was done, and a list headed as no announcement, give none.
    assert pledged == {
        "Visa fees for students are to be waived",
        "Fisheries inspectors from Ghana will train aboard Norwegian patrol vessels",
        "the Bergen institute may open a branch in Takoradi",
    }


def test_a_pledge_told_as_a_participle_after_a_long_aside_under_it_or_with_a_named_envoy():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "A fisheries accord was signed on Thursday. Under it Norway will send inspectors to patrol the Gulf of Guinea. "
        "Lie promised, once the ban on trawling in the bay had been lifted by both parliaments, to fund a survey of "
        "the stocks. He answered critics by promising to study ways of pricing fish fairly. "
        "Lie told him, according to the Norwegian readout, that Norway would send its envoy, Kari Dahl, to Lome for "
        "talks. At a regional summit, the leaders signed a declaration pledging to work for peace and trade.\n"
    )
    pledged = {p["what"] for p in findings_of(text, "2023-06-09")["pledges"]}
    # A summit's declaration is the summit's word.
    assert pledged == {
        "send inspectors to patrol the Gulf of Guinea",
        "fund a survey of the stocks",
        "study ways of pricing fish fairly",
        "send its envoy, Kari Dahl, to Lome for talks",
    }


def test_a_count_in_millions_a_side_undertakes_to_buy_or_create_is_a_pledge_in_its_own_unit():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "Under the accord Norway undertakes to buy 3 million tonnes of Ghanaian cassava. Lie said Norwegian firms "
        "would help create two million jobs in the region. Ghana recalled the gift of 5 million doses of vaccine. "
        "Ghana has 33 million people, and its ports handled 40 million tonnes of cargo last year.\n"
    )
    pledges = {(p["value"], p["scale"], p["unit"]) for p in findings_of(text, "2023-06-09")["pledges"]}
    # A population and a port's traffic are no one's pledge.
    assert pledges == {(3, "million", "tonnes"), (2, "million", "jobs"), (5, "million", "doses")}


def test_a_side_s_word_after_an_adverbial_before_that_or_chained_to_what_was_agreed():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "Lie told the press after Thursday's session that Norway would also seek to train pilots. "
        "The two sides agreed that the talks had been useful, and that Norway would send a fisheries mission to "
        "Ghana. Lie said in Kumasi on Friday that the weather would be fine.\n"
    )
    pledged = {p["what"] for p in findings_of(text, "2023-06-09")["pledges"]}
    assert pledged == {"train pilots", "send a fisheries mission to Ghana"}


def test_an_amount_in_the_headline_and_the_story_is_one_pledge_and_a_figure_told_after_a_cue_none():
    text = (
        "Norway pledges $50 million for Ghana's ports\n\n"
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "Norway would invest $50 million in Ghana's ports over the next five years, Lie said. Norway also pledged "
        "$50 million for clinics in Togo. The two sides agreed to increase their trade, which remains small; it "
        "reached about 30 million dollars last year.\n"
    )
    found = findings_of(text, "2023-06-09")["pledges"]
    pledges = [(p["value"], p["deadline"]) for p in found if p["value"] is not None]
    # Two pledges of one amount in the story stay two; the headline's is the story's first.
    assert sorted(pledges, key=str) == [(50, 2028), (50, None)]


def test_an_act_agreed_before_one_with_an_amount_is_a_pledge_of_its_own():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie ended a visit to Ghana on Friday.\n\n"
        "The two leaders agreed to widen the Elubo border crossing and set a goal of raising trade to 2 billion "
        "dollars by 2030.\n"
    )
    found = findings_of(text, "2023-06-09")["pledges"]
    # The target keeps its figure; the act before it is no part of it.
    assert {(p["what"], p["value"]) for p in found} == {("widen the Elubo border crossing", None), ("trade", 2)}


def test_a_named_partnership_a_change_of_standing_and_acts_of_ceremony_are_no_pledges_and_a_list_an_object():
    whats = [
        p["what"]
        for p in pledges_of(
            "The two governments said they would strengthen the Green Strategic Partnership they launched in 2019. "
            "The leaders welcomed the upgrading of their relations to a comprehensive partnership. "
            "Mwangi will also lay a wreath at the national monument on Thursday. "
            "He will pay his respects at the tomb of the unknown soldier. "
            "The two sides agreed to set up a fisheries programme covering research, vessel patrols and port training."
        )
    ]
    assert whats == ["set up a fisheries programme covering research, vessel patrols and port training"]
    # Near miss: strengthening something particular, and laying a cable, are things to do.
    whats = [
        p["what"]
        for p in pledges_of(
            "The two governments said they would strengthen the coast guard of Kenya with two patrol boats. "
            "Norway will lay a power cable to the islands."
        )
    ]
    assert whats == ["strengthen the coast guard of Kenya with two patrol boats", "lay a power cable to the islands"]


def test_each_infinitive_or_would_after_an_and_is_one_more_act():
    whats = sorted(
        p["what"]
        for p in pledges_of(
            "The two sides agreed to set up a joint energy council and to hold regular talks between their "
            "trade ministers. Mwangi promised that Kenya would lower its tariffs on Norwegian salmon and would send "
            "a trade mission to Bergen next year."
        )
    )
    assert "hold regular talks between their trade ministers" in whats
    assert "send a trade mission to Bergen next year" in whats
    assert not any(" and to " in w or " and would " in w for w in whats)
    # Near miss: an "and" inside one act ("to build and run a port") splits nothing.
    whats = [p["what"] for p in pledges_of("The two sides agreed to set up and run a joint fisheries centre.")]
    assert whats == ["set up and run a joint fisheries centre"]


def test_a_pledge_told_by_a_title_alone_is_announced_by_the_person_the_story_names_so():
    found = pledges_of(
        "Prime Minister Ingrid Solberg received him at the airport. "
        "The Norwegian Prime Minister said Norway would open a consulate in Mombasa."
    )
    assert [(p["what"], p["announced_by"]) for p in found] == [("open a consulate in Mombasa", "Ingrid Solberg")]
    # Near miss: two holders of the title, neither of the adjective's country, name nobody in particular.
    found = pledges_of(
        "Prime Minister Ingrid Solberg and Prime Minister Olaf Berg of Denmark met him. "
        "The Swedish Prime Minister said Sweden would open a consulate in Mombasa."
    )
    assert [p["announced_by"] for p in found] == [None]


def test_money_made_available_for_a_use_and_projects_a_side_will_jointly_finance_are_pledged():
    found = pledges_of(
        "Norway said it would make 30 million dollars available over three years for a joint fisheries programme. "
        "The two development banks said they would jointly finance solar projects worth up to 200 million dollars."
    )
    assert sorted((p["what"], p["value"]) for p in found) == [
        ("joint fisheries programme", 30),
        ("solar projects", 200),
    ]
    found = pledges_of("Norway said it would make 50 million dollars in grants available to coastal towns in Kenya.")
    assert [(p["what"], p["value"]) for p in found] == [("grants to coastal towns", 50)]
    # Near miss: money a report says is available names no giver's word.
    assert pledges_of("Officials said 30 million dollars was available in the fund last year.") == []


def test_a_second_sides_word_after_a_clause_of_time_is_a_pledge_of_its_own():
    found = pledges_of(
        "Solberg announced that Norway would offer Kenyan students five-year visas, after Mr Mwangi said Kenya would "
        "add Norway to its visa-free travel scheme, allowing Norwegians to visit for up to 15 days."
    )
    assert sorted(p["what"] for p in found) == [
        "add Norway to its visa-free travel scheme",
        "offer Kenyan students five-year visas",
    ]
    # Near miss: a clause of time with no word of a side ("after the talks ended") stays part of the act.
    found = pledges_of("Solberg announced that Norway would fund a new cancer ward after the talks ended.")
    assert [p["what"] for p in found] == ["fund a new cancer ward after the talks ended"]


def test_cooperation_in_a_sides_own_matter_and_an_act_with_a_quoted_aside_are_pledges():
    found = pledges_of(
        'Solberg told his guest that Norway would cooperate "as far as it can" in Kenya\'s electrification.'
    )
    assert [p["what"] for p in found] == ["cooperate in Kenya's electrification"]
    # Near miss: cooperation in a side's sectors of any communique names nothing particular.
    assert pledges_of("Solberg said that Norway would cooperate in Kenya's trade and investment.") == []


def test_a_thing_to_be_done_opening_a_sentence_after_moreover_or_a_clause_after_semicolon_and_is_a_pledge():
    body = (
        "Ministers put their names to six accords. Furthermore, coast guard training will be expanded on Lake "
        "Victoria; and grants will be awarded to young geologists."
    )
    pledged = {p["what"] for p in pledges_of(body)}
    assert pledged == {
        "coast guard training will be expanded on Lake Victoria",
        "grants will be awarded to young geologists",
    }
    # News of the visit told the same way is no pledge.
    news = (
        "Ministers put their names to six accords. Furthermore, a statement will be issued; and the talks will be held."
    )
    assert pledges_of(news) == []


def test_a_thing_to_be_done_in_an_officials_words_is_a_pledge():
    body = "Briefing reporters, a spokesman said a joint trade centre would be established in Accra to help exporters."
    assert [p["what"] for p in pledges_of(body)] == [
        "a joint trade centre would be established in Accra to help exporters"
    ]
    for news in (
        "Officials said the agreement set out how it would be carried forward.",
        "A spokesman said a statement would be issued later.",
    ):
        assert pledges_of(news) == [], news


def test_an_amount_whose_scale_and_currency_are_capitalized_is_a_pledge_with_its_figure():
    text = (
        "SEOUL (Test Wire) - Kenyan President Uhuru Kenyatta arrived in Seoul on Monday for a visit to South Korea.\n\n"
        "South Korea agreed to lend 2.4 Billion Dollars for three railway lines in Kenya. It also pledged "
        "90 Million Euros for water works in Kenya.\n"
    )
    found = findings_of(text, "2023-05-10")["pledges"]
    assert {(p["value"], p["scale"], p["unit"], p["shape"]) for p in found} == {
        (2.4, "billion", "USD", "commitment"),
        (90, "million", "EUR", "commitment"),
    }
    # Near miss: a capitalized word after a number is no currency ("12 Million Trees Campaign" names nothing paid).
    assert (
        findings_of(text.replace("90 Million Euros", "the 12 Million Trees campaign"), "2023-05-10")["pledges"][0][
            "unit"
        ]
        == "USD"
    )


def test_an_act_the_visits_two_leaders_will_take_together_is_a_pledge_of_both():
    met = "Mwangi held talks with Norwegian Prime Minister Ingrid Solberg on Wednesday. "
    for body, what in (
        ("Mwangi and Solberg will begin drafting a shared customs code for lake ports.", "begin drafting"),
        ("Mwangi and Solberg will open a joint school of fisheries, which should train 200 officers.", "open a joint"),
    ):
        found = pledges_of(met + body)
        assert [(p["what"].startswith(what), p["announced_by"]) for p in found] == [(True, None)], body
    # Near misses: the day's programme in the future tense, and a pair one of whom is of no side of the visit.
    for body in (
        "Solberg and Mwangi will hold a news conference on Friday.",
        "Ruto and Solberg will begin drafting a shared customs code for lake ports.",
    ):
        assert pledges_of(met + body) == [], body


def test_an_act_the_traveller_agreed_with_the_other_leader_named_with_a_title_is_a_pledge():
    met = "Mwangi held talks with Norwegian Prime Minister Ingrid Solberg on Wednesday. "
    for body in (
        "Mwangi agreed with Norwegian Prime Minister Ingrid Solberg to open a joint maritime school.",
        "Mwangi agreed with his Norwegian counterpart, Ingrid Solberg, to open a joint maritime school.",
    ):
        found = pledges_of(met + body)
        assert [(p["what"], p["parties"]) for p in found] == [("open a joint maritime school", ["KE", "NO"])], body
    # Near miss: an agreement with the leader of a third country is no act of the visit's sides.
    assert (
        pledges_of(met + "Mwangi agreed with Ugandan President Yoweri Museveni to open a joint maritime school.") == []
    )


def test_more_of_a_thing_the_sides_agreed_should_be_done_is_a_pledge():
    assert [
        p["what"] for p in pledges_of("The two leaders agreed that more exchanges of students should be held.")
    ] == ["more exchanges of students should be held"]
    assert [p["what"] for p in pledges_of("The two sides agreed that more direct flights would be opened.")] == [
        "more direct flights would be opened"
    ]
    # Near misses: a judgement of what is needed or useful is no act agreed.
    assert pledges_of("The leaders agreed that more work was needed.") == []
    assert pledges_of("The leaders agreed that further talks would be useful.") == []


def test_aid_a_side_signed_over_by_its_amount_is_a_pledge():
    for body, what in (
        (
            "On Tuesday Oslo signed $1.8 billion in grant aid for water projects across Kenya.",
            1.8,
        ),
        ("Norway signed 300 million dollars in concessional loans for Kenyan railways.", 300),
    ):
        found = pledges_of(body)
        assert [(p["value"], p["unit"], p["shape"]) for p in found] == [(what, "USD", "commitment")], body
    # Near miss: investment deals signed by firms are deals struck, no side's pledge.
    assert pledges_of("Norwegian and Kenyan firms signed $700 million in investment deals.") == []


def test_a_participle_lifting_a_matter_to_a_standing_after_an_agreed_act_is_an_act_of_its_own():
    body = (
        "Meeting in Bergen, Solberg and Mwangi agreed to widen their cooperation, raising tourism to the rank "
        "of a \u201cpriority sector\u201d, on top of ports and solar power."
    )
    assert [p["what"] for p in pledges_of(body)] == ["raise tourism to the rank of a priority sector"]
    # Near misses: a participle of what the act caused, and one after no act agreed.
    assert [p["what"] for p in pledges_of("The two sides agreed to reopen consulates, raising hopes for a deal.")] == [
        "reopen consulates"
    ]
    assert pledges_of("Mwangi arrived on Saturday, elevating hopes to a new level.") == []


def test_an_infinitive_after_the_that_clause_of_agreed_is_an_act_agreed():
    body = "They agreed that the talks had been useful, and to open a joint fisheries school in Mombasa."
    assert [p["what"] for p in pledges_of(body)] == ["open a joint fisheries school in Mombasa"]
    # Near miss: a second verb of the sentence's own is no act agreed.
    assert pledges_of("They agreed that the talks had been useful, and went to lunch.") == []


def test_an_act_named_by_its_noun_agreed_with_the_other_leader_is_both_sides_pledge():
    met = "Mwangi held talks with Norwegian Prime Minister Ingrid Solberg on Wednesday. "
    body = (
        "Mwangi agreed with his Norwegian counterpart, Ingrid Solberg, on the expansion of joint research into "
        "ocean currents and forestry."
    )
    assert [(p["what"], p["announced_by"]) for p in pledges_of(met + body)] == [
        ("expansion of joint research into ocean currents and forestry", None)
    ]
    # Near misses: the same with a third country's leader; a judgement agreed on.
    assert (
        pledges_of(met + "Mwangi agreed with Ugandan President Yoweri Museveni on the opening of a border post.") == []
    )
    assert pledges_of(met + "The two sides agreed on the importance of peace.") == []


def test_an_amount_told_elsewhere_only_as_another_converted_is_the_same_pledge():
    text = (
        "Norway offers Rs 20 bn grant to Kenya\n\n"
        "NAIROBI, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie arrived in Nairobi on Friday for a visit to "
        "Kenya, and announced a grant of 2.4 billion euros (about Rs 20 billion) to Kenya for rural clinics.\n"
    )
    found = findings_of(text, "2023-06-09")["pledges"]
    assert [(p["value"], p["unit"]) for p in found] == [(2.4, "EUR")]
    # Near miss: the same figure given on its own, not as a conversion, is a pledge of its own.
    other = text.replace(" (about Rs 20 billion)", "") + "Norway will also lend Rs 20 billion to Kenya.\n"
    found = findings_of(other, "2023-06-09")["pledges"]
    assert sorted((p["value"], p["unit"]) for p in found) == [(2.4, "EUR"), (20, "INR")]


def test_a_run_of_qualifiers_before_an_amount_is_read_at_once():
    # "some some some ... $5 billion": each qualifier listed twice in the pattern doubled the ways to read the run
    # (14 s at 26 words); now one way.
    text = (
        "LIMA, May 3 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Tuesday.\n\nTrade was "
        + "some " * 40
        + "x $5 billion.\n"
    )
    assert findings_of(text, "2023-05-04").get("trip")


def test_the_two_sides_of_the_visit_named_together_are_a_side_whose_word_is_a_pledge():
    body = "Mwangi said Kenya and Norway shared a long history and would work together on a fisheries training school."
    assert [p["what"] for p in pledges_of(body)] == ["work together on a fisheries training school"]
    assert [p["what"] for p in pledges_of("Mwangi said Norway and Kenya would build a seed bank in Eldoret.")] == [
        "build a seed bank in Eldoret"
    ]
    # Near miss: a third country beside one of the sides is no side of the visit.
    assert pledges_of("Mwangi said Kenya and Uganda would build a bridge at Busia.") == []


def test_officials_who_say_and_a_president_who_indicates_give_a_sides_word():
    assert [
        p["what"] for p in pledges_of("Norwegian officials say Norway would fund a fisheries laboratory in Mombasa.")
    ] == ["fund a fisheries laboratory in Mombasa"]
    body = "The Kenyan President indicated that his Government would send a trade mission to Bergen."
    assert [p["what"] for p in pledges_of(body)] == ["send a trade mission to Bergen"]
    # Near miss: what analysts say a side would do is no side's word.
    assert pledges_of("Analysts say Norway would fund a fisheries laboratory in Mombasa.") == []


def test_the_purpose_of_an_amount_offered_is_no_act_of_its_own():
    body = (
        "Officials said Norway is prepared to offer Kenya 20 million dollars in loans, repayable over ten years, "
        "to help the country build rural clinics."
    )
    assert [(p["value"], p["what"]) for p in pledges_of(body)] == [(20, "loans")]
    # Near miss: an act agreed after "and to" is one of its own.
    body = "The two sides agreed to open consulates, and to help exporters find buyers in Asia."
    assert [p["what"] for p in pledges_of(body)] == ["open consulates", "help exporters find buyers in Asia"]


def test_a_count_of_years_in_an_act_is_no_figure_of_the_pledge():
    body = "The two sides agreed to mark 60 years of relations with a week of concerts in Nairobi."
    assert [(p["what"], p["value"]) for p in pledges_of(body)] == [
        ("mark 60 years of relations with a week of concerts in Nairobi", None)
    ]
    # Near miss: a count of what is given is the pledge's figure.
    body = "The two sides agreed to train 300 nurses in Bergen."
    assert [(p["value"], p["unit"]) for p in pledges_of(body)] == [(300, "people")]


def test_a_side_said_to_support_a_thing_of_the_others_is_a_pledge():
    body = "Mwangi told his host that Kenya supported Norway's bid for a seat on the council and would vote for it."
    assert {p["what"] for p in pledges_of(body)} == {"support Norway's bid for a seat on the council", "vote for it"}
    body = "Mwangi said Kenya backs Norway's plan to clear mines in the lake."
    assert [p["what"] for p in pledges_of(body)] == ["back Norway's plan to clear mines in the lake"]
    # Near misses: goodwill at large names nothing; a third country's support is no side's word.
    assert pledges_of("Mwangi said Kenya supported Norway.") == []
    assert pledges_of("Mwangi said Uganda supported Norway's bid for a seat on the council.") == []


def test_an_act_whose_first_words_are_quoted_is_read_with_them():
    body = 'Solberg said Norway would "speed up" the licences for Kenyan flower growers and would fund a cold store.'
    assert {p["what"] for p in pledges_of(body)} == {
        "speed up the licences for Kenyan flower growers",
        "fund a cold store",
    }
    # Near miss: a quoted hedge opens no act.
    assert pledges_of('Solberg said Norway would "probably" be represented at the Nairobi forum.') == []


def test_working_with_a_side_on_a_matter_of_its_own_is_an_act():
    body = "Mwangi said the government would work with Oslo on a plan to dry fish for export."
    assert [p["what"] for p in pledges_of(body)] == ["work with Oslo on a plan to dry fish for export"]
    # Near misses: working with a side at large, or on a sector of any communique, names nothing to do.
    assert pledges_of("Mwangi said the government would work with Oslo.") == []
    assert pledges_of("Mwangi said the government would work with Oslo on trade and energy.") == []


def test_a_joint_body_of_both_sides_bound_to_meet_regularly_is_a_pledge():
    body = "A joint fisheries commission will meet twice a year to review the catch quotas."
    assert [p["what"] for p in pledges_of(body)] == [
        "A joint fisheries commission will meet twice a year to review the catch quotas"
    ]
    body = "The Kenya-Norway Energy Council, set up in 2019, will continue to meet every year."
    assert [p["what"] for p in pledges_of(body)] == ["The Kenya-Norway Energy Council will continue to meet every year"]
    # Near misses: a meeting with no standing; a body of neither side's pair.
    assert pledges_of("A joint fisheries commission will meet in Bergen on Friday.") == []
    assert pledges_of("The council of elders will meet twice a year.") == []


def test_a_document_named_in_several_words_binds_a_side_under_it():
    body = "They signed a fisheries and port cooperation agreement under which Norway will dredge the harbour at Lamu."
    assert [p["what"] for p in pledges_of(body)] == ["dredge the harbour at Lamu"]
    # Near miss: a project is no document that binds a side.
    body = "They toured a fisheries and port cooperation project under which Norway will dredge the harbour."
    assert pledges_of(body) == []


def test_the_teams_of_both_governments_bound_to_act_are_a_pledge():
    body = "Under the plan, health and customs officials from both countries will draw up a joint quarantine list."
    assert [p["what"] for p in pledges_of(body)] == ["draw up a joint quarantine list"]
    # Near miss: the officials of one side only are no pair's word.
    assert pledges_of("Under the plan, customs officials from Uganda will draw up a quarantine list.") == []


def test_a_second_gerund_after_the_same_preposition_is_a_second_act():
    body = "Norway agreed to help in drilling wells in Turkana and in training water engineers."
    assert [p["what"] for p in pledges_of(body)] == ["help in drilling wells in Turkana", "training water engineers"]
    # Near miss: two objects of one preposition, no gerund, are one act.
    body = "Norway agreed to invest in ports and in railways."
    assert [p["what"] for p in pledges_of(body)] == ["invest in ports and in railways"]


def test_a_former_federation_named_by_its_english_name_is_a_side():
    lead = (
        "RANGOON, Jan 10 (Test Wire) - President Marko Vidic of Yugoslavia arrived in Rangoon on Monday for a visit "
        "to Burma.\n\n"
    )
    body = "A trade agreement was signed. Under it Yugoslavia will send engineers to build a dam in Burma.\n"
    found = findings_of(lead + body, "1955-01-10").get("pledges", [])
    assert [(p["what"], p["parties"]) for p in found] == [("send engineers to build a dam in Burma", ["YUCS", "MM"])]
    # Near miss: another former federation is a third country here.
    other = body.replace("Yugoslavia", "Czechoslovakia")
    assert findings_of(lead + other, "1955-01-10").get("pledges", []) == []


def test_ministers_bound_to_visit_each_other_with_a_frequency_is_a_pledge():
    body = "They agreed that ministers of the two countries should visit each other every year."
    assert [p["what"] for p in pledges_of(body)] == ["visit each other every year"]
    # Near miss: a visit with no standing is the programme of a trip.
    assert pledges_of("They agreed that ministers of the two countries should visit each other.") == []


def test_a_quoted_phrase_of_an_agreed_act_keeps_its_words_and_a_quoted_aside_is_dropped():
    body = 'The two sides agreed to give "urgent attention" to the fishing licences of Kenyan boats.'
    assert [p["what"] for p in pledges_of(body)] == ["give urgent attention to the fishing licences of Kenyan boats"]
    body = 'The two sides agreed to build "as soon as funds allow" a cold store in Mombasa.'
    assert [p["what"] for p in pledges_of(body)] == ["build a cold store in Mombasa"]
    # Near miss: what the pronoun stands for is told elsewhere; the act names nothing.
    assert pledges_of('The two sides agreed to "move it up".') == []


def test_an_act_on_a_pronoun_names_nothing():
    assert pledges_of("When the storm came, Norway agreed to move it up.") == []
    # Near miss: the same verb with a thing of its own.
    assert [p["what"] for p in pledges_of("Norway agreed to move the fisheries talks up to May.")] == [
        "move the fisheries talks up to May"
    ]


def test_a_target_told_around_a_relative_clause_is_one_pledge_with_its_figure():
    body = (
        "The two sides agreed to raise bilateral trade, which reached 2 billion dollars last year, to 5 billion "
        "dollars by 2030."
    )
    found = pledges_of(body)
    assert [(p["value"], p["shape"]) for p in found] == [(5, "target")]
    body = "They agreed to raise trade to 5 billion dollars by 2030, roughly double current levels."
    assert [(p["value"], p["unit"]) for p in pledges_of(body)] == [(5, "USD")]
    # Near misses: a raise with no figure is a programme; a doubling set on its own is a relative pledge.
    assert [p["what"] for p in pledges_of("The two sides agreed to raise bilateral trade.")] == [
        "raise bilateral trade"
    ]
    assert [(p["value"], p["unit"]) for p in pledges_of("They agreed to double bilateral trade by 2030.")] == [
        (2, "times")
    ]


def test_one_pledge_told_twice_with_a_word_swapped_for_its_like_is_kept_once():
    body = (
        "The two leaders agreed to start talks on fishing zones. Later the two sides agreed to begin consultations on "
        "a framework for fishing zones and patrols."
    )
    assert [p["what"] for p in pledges_of(body)] == ["begin consultations on a framework for fishing zones and patrols"]
    # Near miss: two different processes begun are two pledges.
    body = "The two sides agreed to start talks on visas. They also agreed to begin negotiations on a tax treaty."
    assert len(pledges_of(body)) == 2


def test_a_page_cut_off_mid_sentence_gives_no_pledge_from_its_unfinished_end():
    body = "The two sides agreed to open consulates.\n\nNorway will also fund a clinic in Turkana and tra"
    assert [p["what"] for p in pledges_of(body)] == ["open consulates"]
    # Near miss: the same last sentence, finished.
    body = "The two sides agreed to open consulates.\n\nNorway will also fund a clinic in Turkana."
    assert [p["what"] for p in pledges_of(body)] == ["open consulates", "fund a clinic in Turkana"]


def test_a_purpose_in_the_passive_is_no_sides_intention():
    assert pledges_of("The loan is intended to free up Kenyan funds for rural roads.") == []
    # Near miss: a side's own intention.
    assert [p["what"] for p in pledges_of("Norway intended to fund rural roads in Kenya, Solberg said.")] != []


def test_goods_at_large_with_an_article_and_signing_documents_are_no_pledge():
    body = "Mwangi assured his hosts that Kenya remained committed to furthering the stability of the whole region."
    assert pledges_of(body) == []
    body = "Before Mwangi flies home, the two countries will sign six memoranda on fisheries and tourism."
    assert pledges_of(body) == []
    # Near miss: a particular act.
    assert [p["what"] for p in pledges_of("The two sides will also build a fish market in Kisumu.")] == [
        "build a fish market in Kisumu"
    ]


def test_an_amount_offered_in_little_or_none_and_an_amount_up_to_are_no_pledge():
    assert pledges_of("Solberg promised no easing of the 900 million dollar arrears that Kenya owes Oslo.") == []
    body = "Kenyan contractors hope to take part in bids for up to 700 million euros of Norwegian wind farms."
    assert pledges_of(body) == []
    # Near miss: an amount a side offers.
    assert [p["value"] for p in pledges_of("Norway offered a loan of 2 billion dollars for ports.")] == [2]


def test_an_abstention_pledged_is_a_pledge_and_each_act_after_nor_is_one():
    body = "Both parties pledge not to join alliances aimed at the other, nor to let their ports host foreign fleets."
    assert [p["what"] for p in pledges_of(body)] == [
        "not join alliances aimed at the other",
        "not let their ports host foreign fleets",
    ]
    # Near miss: what a side said it would never do stays none (a refusal told, no abstention pledged).
    assert pledges_of("Solberg said Norway would never join alliances aimed at Kenya.") == []


def test_a_whole_clause_before_a_page_cut_off_and_a_countrys_support_committed_are_read():
    body = (
        "The delegations dined at the palace.\n\nIn return, Solberg committed her government's support for Kenya's bid "
        "to host the ocean conference in 2027, and ann"
    )
    assert [p["what"] for p in pledges_of(body)] == [
        "her government's support for Kenya's bid to host the ocean conference in 2027"
    ]
    # Near miss: the unfinished clause itself gives nothing.
    assert pledges_of("The two sides met on Friday.\n\nMwangi also said Kenya would fund a clinic in Tur") == []


def test_a_decision_to_make_an_investment_and_a_currency_swap_line_are_pledges_with_their_amount():
    body = (
        "Three Norwegian pension funds took the decision to make investments of nearly 900 million dollars in Kenyan "
        "solar farms."
    )
    assert [(p["value"], p["unit"]) for p in pledges_of(body)] == [(900, "USD")]
    body = "Kenya and Norway also concluded a 3 billion dollar Currency Swap Agreement."
    assert [(p["value"], p["unit"]) for p in pledges_of(body)] == [(3, "USD")]
    # Near misses: an investment made in a year gone by, and a swap asked for.
    assert pledges_of("Norwegian firms made an investment of about 2 billion dollars in Kenya in 2015.") == []
    assert pledges_of("Kenya asked Norway for a 3 billion dollar currency swap.") == []


def test_what_documents_signed_will_permit_is_pledged_thing_by_thing():
    body = (
        "Before the state banquet, ministers exchanged five accords that, among other things, would enable joint "
        "patrols against illegal fishing off Lamu, and the mapping of coral reefs near Malindi."
    )
    assert [p["what"] for p in pledges_of(body)] == [
        "joint patrols against illegal fishing off Lamu",
        "the mapping of coral reefs near Malindi",
    ]
    # Near miss: documents still to be signed bind no one yet.
    body = "The two governments will sign nine agreements which will permit Kenyan students' training in shipyards."
    assert pledges_of(body) == []


def test_holding_a_meeting_among_particular_parties_is_an_act():
    body = "Kenya offered to hold a gathering among South Sudan's rival generals in Nairobi before the rains."
    assert [p["what"] for p in pledges_of(body)] == [
        "hold a gathering among South Sudan's rival generals in Nairobi before the rains"
    ]
    # Near miss: a meeting with no matter or party named.
    assert pledges_of("Norway agreed to hold a meeting in Oslo.") == []


def test_an_aim_both_sides_share_confirmed_in_a_participle_is_a_pledge():
    body = "The leaders met on Friday, confirming their shared ambition to open a direct ferry route to Mombasa."
    assert [p["what"] for p in pledges_of(body)] == ["open a direct ferry route to Mombasa"]
    # Near miss: an ambition only talked about is no intention confirmed.
    assert pledges_of("The leaders talked about their shared ambition to open a ferry route to Mombasa.") == []


def test_a_last_sentence_that_only_lacks_its_full_stop_is_whole():
    # A page cut off mid-word ends on a fragment the article never writes whole; one that only misses its full
    # stop ends on a word it knows (a place, a name already written).
    whole = WIRE + "\n\nMwangi said Kenya would build a new port in Callao"
    assert "build a new port in Callao" in [p["what"] for p in findings_of(whole, "2023-06-09").get("pledges", [])]
    cut = WIRE + "\n\nMwangi said Kenya would build a new port in Cal"
    assert not any("port" in p["what"] for p in findings_of(cut, "2023-06-09").get("pledges", []))


def test_dollars_alone_are_the_leaders_own_when_the_leaders_country_issues_a_dollar():
    # A Canadian leader's "$20 million" is in Canadian dollars, as the government and its press count.
    text = (
        "DAKAR, Oct. 11 (Test Wire) - Canadian Prime Minister Claire Dubois arrived in Dakar on Wednesday. "
        "Dubois announced $20 million in aid for farmers of the Sahel.\n"
    )
    assert [(p["value"], p["unit"]) for p in findings_of(text, "2012-10-11")["pledges"]] == [(20, "CAD")]
    # Near miss: a Japanese leader's "$" stays the US dollar, and "US$" is always the US dollar.
    japanese = text.replace("Canadian Prime Minister Claire Dubois", "Japanese Prime Minister Kenji Sato").replace(
        "Dubois announced", "Sato announced"
    )
    assert [(p["value"], p["unit"]) for p in findings_of(japanese, "2012-10-11")["pledges"]] == [(20, "USD")]
    american = text.replace("$20 million", "US$20 million")
    assert [(p["value"], p["unit"]) for p in findings_of(american, "2012-10-11")["pledges"]] == [(20, "USD")]
