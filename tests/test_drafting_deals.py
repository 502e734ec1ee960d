"""Drafting agreement counts, agreements, partnerships, relations and figures (drafting.deals, drafting.money)."""

from drafting_lead import OSLO_LEAD, figures_of, findings_of, partnerships_of, relations_of, titles_of


def test_deepening_a_partnership_is_no_upgrade_and_expected_agreements_are_not_signed():
    text = (
        "ROME, March 3 (Test Wire) - Chilean President Marta Rojas began a state visit to Italy on Friday.\n\n"
        "Rojas and Italian Prime Minister Luca Bianchi agreed to deepen their strategic partnership. "
        "Officials said about 20 agreements were expected to be signed before Rojas flies home.\n"
    )
    found = findings_of(text, "2023-03-03")
    assert [p["change"] for p in found["partnerships"]] == ["reaffirmed"]
    assert [(c["value"], c["qualifier"], c["status"]) for c in found["agreement_counts"]] == [(20, "about", "expected")]


def test_partnerships_and_relations_in_other_wordings():
    text = (
        "HANOI (Test Wire) - U.S. President Joe Biden arrived in Hanoi on Sunday for a visit to Vietnam.\n\n"
        "Biden and General Secretary Nguyen Phu Trong elevated ties to a Comprehensive Strategic Partnership. "
        "The two countries normalized relations in 1995. Vietnam and India established diplomatic relations in 1972. "
        "Thailand and Vietnam mark the fiftieth anniversary of bilateral relations next year. "
        "Ties with Laos were severed in 1978.\n"
    )
    found = findings_of(text, "2023-09-11")
    assert [(p["label"], p["change"]) for p in found["partnerships"]] == [
        ("comprehensive strategic partnership", "upgraded")
    ]
    assert sorted((tuple(r["countries"]), r["established"]) for r in found["relations"]) == [
        (("IN", "VN"), 1972),
        (("TH", "VN"), 1974),
        (("US", "VN"), 1995),
    ]


def test_named_agreements_signed_before_after_or_at_the_head_of_a_long_list():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Also signed on Friday were a plan to link the two countries' power grids through a new subsea cable and "
        "a memorandum of understanding on fisheries research. A memorandum of understanding on tourism was signed "
        "later. The two sides issued a joint text: the Oslo Communique. Mwangi praised the Lake Turkana wind deal "
        "signed in Nairobi last year, and recalled that the two leaders signed the forestry deal in 2019. "
        "Talks would resume after a peace treaty was signed. The two sides signed the Friendship Declaration, "
        "and the Friendship Declaration was read out.\n"
    )
    titles = sorted(f["title"] for f in findings_of(text, "2023-06-09")["agreements"])
    assert titles == [
        "Friendship Declaration",
        "Lake Turkana wind deal",
        "Oslo Communique",
        "forestry deal",
        "memorandum of understanding on fisheries research",
        "memorandum of understanding on tourism",
        "plan to link the two countries' power grids through a new subsea cable",
    ]


def test_figures_of_trade_balances_and_investment_have_the_side_whose_they_are():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The Kenyan trade deficit with Norway was about 400 million U.S. dollars last year. Norwegian direct "
        "investment in Kenya stood at 1.2 billion dollars at the end of 2022. The two sides want to raise "
        "investment to 3 billion dollars. Kenya is Norway's fifth-largest partner in Africa, with bilateral trade "
        "reaching 900 million US dollars in 2022.\n"
    )
    figures = {
        (f["metric"], tuple(sorted(f["parties"])), f["period"], f["value"])
        for f in findings_of(text, "2023-06-09")["figures"]
    }
    assert figures == {
        ("trade deficit", ("KE", "NO"), 2022, 400),
        ("direct investment", ("KE", "NO"), 2022, 1.2),
        ("trade", ("KE", "NO"), 2022, 900),
    }


def test_partnerships_quoted_kept_up_and_alliances_reaffirmed():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        'The two sides decided to elevate the relationship to a "Strategic Partnership", covering trade and defence. '
        "Mwangi said the two countries would keep pursuing their green partnership. "
        "They reaffirmed that the Kenya-Norway alliance is the basis of their security. The alliance was discussed.\n"
    )
    found = {(p["label"], p["change"]) for p in findings_of(text, "2023-06-09")["partnerships"]}
    assert found == {
        ("strategic partnership", "upgraded"),
        ("green partnership", "reaffirmed"),
        ("alliance", "reaffirmed"),
    }


def test_relations_restored_dated_by_month_counted_in_years_or_marked_between_capitals():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Ghana and Togo established diplomatic relations in March 1961. Diplomatic relations between Chile and "
        "Cuba were restored in 1990. Officials noted that relations between Nairobi and Oslo would mark their 60th "
        "anniversary this year.\n"
    )
    found = sorted((tuple(r["countries"]), r["established"]) for r in findings_of(text, "2023-06-09")["relations"])
    assert found == [(("CL", "CU"), 1990), (("GH", "TG"), 1961), (("KE", "NO"), 1963)]
    years = (
        text.split("\n\n")[0]
        + "\n\nIt is the first such visit in the 40 years since the two countries opened diplomatic relations.\n"
    )
    assert [(r["established"], r["derived_from"]) for r in findings_of(years, "2023-06-09")["relations"]] == [
        (1983, "40 years")
    ]


def test_counts_of_agreements_opening_a_sentence_or_in_a_communique_s_capitals():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie arrived in Ghana on Friday.\n\n"
        "At least nine agreements are expected to be signed while Lie is in Accra. The two sides welcomed the signing "
        "of four Memoranda of Understanding on fisheries and health.\n"
    )
    counts = findings_of(text, "2023-06-09")["agreement_counts"]
    assert {(c["value"], c["qualifier"], c["status"]) for c in counts} == {
        (9, "at-least", "expected"),
        (4, "exact", "signed"),
    }


def test_a_partnership_expected_to_be_raised_is_not_drafted():
    text = (
        "ACCRA, June 9 (Test Wire) - Norwegian Prime Minister Jonas Lie arrived in Ghana on Friday.\n\n"
        "Officials said the two countries were expected to raise their ties to a strategic partnership.\n"
    )
    assert findings_of(text, "2023-06-09").get("partnerships", []) == []


def test_an_agreement_named_as_one_of_several_or_signed_also_after_its_title():
    text = (
        "OSLO, June 9 (Test Wire) - President Amani Mwangi of Kenya arrived in Oslo on Wednesday for talks with "
        "Prime Minister Ingrid Solberg.\n\n"
        "The two governments signed five agreements, including one on cooperation in ocean research. A memorandum "
        "on fisheries data was also signed.\n"
    )
    titles = {a["title"] for a in findings_of(text, "2023-06-09")["agreements"]}
    assert titles == {"agreement on cooperation in ocean research", "memorandum on fisheries data"}


def test_a_partnership_raised_from_one_label_to_a_deepened_one_is_an_upgrade():
    text = (
        "LIMA, May 4 (Test Wire) - President Amani Mwangi of Kenya arrived in Lima on Thursday for talks with "
        "President Ana Quispe.\n\n"
        "The two leaders signed a declaration which raises the relations of the two countries from the strategic "
        "partnership established in 2001 to a deepened strategic partnership.\n"
    )
    found = findings_of(text, "2023-05-05")
    assert [(p["parties"], p["change"], p["from"]) for p in found["partnerships"]] == [
        (["KE", "PE"], "upgraded", "strategic partnership")
    ]


def test_a_document_named_without_a_verb_that_signs_it():
    # By its proper name, by its year, or with "the" by what made it or holds it: each a document.
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Mwangi said the Treaty of Bergen still framed the relationship. Fishing fleets work under the 1988 Skagen "
        "Convention. He praised the 2011 river deal. Article 4 of the bilateral transit treaty applies to the "
        "ports. The pipeline builds on the energy agreement that Oslo and Nairobi signed in March last year. "
        "Boats are licensed under the fisheries agreement between the two countries.\n"
    )
    titles = sorted(f["title"] for f in findings_of(text, "2023-06-09")["agreements"])
    assert titles == [
        "1988 Skagen Convention",
        "2011 river deal",
        "Treaty of Bergen",
        "bilateral transit treaty",
        "energy agreement",
        "fisheries agreement between the two countries",
    ]


def test_a_document_to_come_or_a_free_trade_agreement_in_passing_is_none_named():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two sides aim to conclude a Comprehensive Investment Agreement this year. Kenya has a free trade "
        "agreement that took effect in 2009 with another partner. Officials expect the ministers to sign an "
        "agreement on seabed mapping next month. The talks were held at the Holmen Convention Centre. The free "
        "trade agreement that Nairobi has sought did not materialise. Kenya follows its National Maritime Strategy.\n"
    )
    assert findings_of(text, "2023-06-09").get("agreements", []) == []


def test_a_joint_statement_issued_is_a_document_and_one_quoted_from_is_not():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "In a joint statement, the two leaders said they valued their ties. The two sides issued a joint statement "
        "on ocean governance. Envoys signed a Joint Communique and a Strategy of Maritime Cooperation for 2024-2026.\n"
    )
    titles = sorted(f["title"] for f in findings_of(text, "2023-06-09")["agreements"])
    assert titles == [
        "Joint Communique",
        "Strategy of Maritime Cooperation for 2024-2026",
        "joint statement on ocean governance",
    ]


def test_a_partnership_s_sides_come_from_its_own_clause():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Mwangi welcomed efforts to strengthen the strategic partnership between Sweden and Finland. "
        "Norway and Iceland agreed to deepen their comprehensive partnership. Denmark lifted its ties to a "
        "strategic partnership with Estonia.\n"
    )
    found = [(p["parties"], p["change"]) for p in findings_of(text, "2023-06-09")["partnerships"]]
    assert found == [(["FI", "SE"], "reaffirmed"), (["IS", "NO"], "reaffirmed"), (["DK", "EE"], "upgraded")]


def test_a_partnership_set_up_now_in_a_past_year_or_inside_a_name():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two sides signed a joint statement on the establishment of a strategic partnership. They agreed to "
        "keep developing the green partnership that the two countries set up in 2019. They also set up a "
        "Strategic Partnership Council. His predecessor visited Oslo in 2012, when the two countries set up their "
        "global partnership.\n"
    )
    found = [(p["label"], p["change"]) for p in findings_of(text, "2023-06-09")["partnerships"]]
    assert found == [("strategic partnership", "established"), ("green partnership", "reaffirmed")]


def test_names_of_documents_in_their_own_words_and_a_list_of_agreements_on_several_matters():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Ports stay open under the 2001 Agreed Protocol with Sweden. The ties rest on the Charter on Friendship "
        "and Maritime Cooperation of 1999 and the Treaty on Fisheries signed in 2004. Critics deplored the end of "
        "the mutual aid treaty with Denmark. The wind farm, whose grid connection agreement was signed in May, "
        "opens next year. Norway also signed on behalf of its fleet the Svalbard Accords. The ministers signed "
        "agreements on ocean research and on tourism. Among the documents were terms of reference on coast guard "
        "drills and a programme of cultural exchanges.\n\n"
        # Near miss: a programme launched is a pledge, not a document signed.
        "The two sides signed a memorandum on health and launched a programme to train nurses.\n"
    )
    titles = sorted(f["title"] for f in findings_of(text, "2023-06-09")["agreements"])
    assert titles == [
        "2001 Agreed Protocol with Sweden",
        "Svalbard Accords",
        "Treaty on Fisheries",
        "agreement on ocean research",
        "agreement on tourism",
        "grid connection agreement",
        "memorandum on health",
        "mutual aid treaty with Denmark",
        "programme of cultural exchanges",
        "terms of reference on coast guard drills",
    ]


def test_a_partnership_lifted_to_a_new_level_a_label_of_other_adjectives_and_one_of_many_sides():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Kenya and Sweden entered into a comprehensive partnership. "
        "Kenya and Norway issued a statement on the Enhanced Green Partnership, lifting the Green Partnership of "
        "2015 to a new level. Mwangi and Solberg agreed to deepen the strategic maritime partnership between "
        "Kenya and Norway.\n\n"
        # Near misses: a partnership of many sides; a label with no word of standing.
        "The five countries agreed to establish a strategic regional partnership. Kenya and Norway also agreed "
        "to deepen their maritime partnership.\n"
    )
    found = [(p["label"], p["change"], p["from"]) for p in findings_of(text, "2023-06-09")["partnerships"]]
    assert found == [
        ("comprehensive partnership", "established", None),
        ("enhanced green partnership", "upgraded", "green partnership"),
        ("strategic maritime partnership", "reaffirmed", None),
    ]


def test_counts_of_agreements_after_another_number_in_capitals_of_letters_of_intent_and_not_of_another_visit():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "After talks, the two witnessed the signing of six agreements. Eleven memoranda were signed later. "
        "Companies signed 20 letters of intent, and trade reached 2 billion dollars last year, and officials "
        "signed three protocols. The talks produced 14 agreements.\n\n"
        # Near misses: the documents of another visit, in another month or last year.
        "Mwangi made a state visit to Sweden in March, where some ten agreements were signed. Solberg visited "
        "Nairobi last year, when eight agreements were signed.\n"
    )
    counts = sorted(c["value"] for c in findings_of(text, "2023-06-09")["agreement_counts"])
    assert counts == [3, 6, 11, 14, 20]


def test_relations_dated_by_a_day_a_month_since_or_going_back_and_paired_by_between():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Kenya was the first African country to establish diplomatic relations with Norway, in 1963. Sweden and "
        "Finland have maintained diplomatic relations since March 1919. Relations between Denmark and Iceland go "
        "back to 1944. Estonia established diplomatic relations with Latvia on 1 November 1921. Celebrations of "
        "the 31st anniversary of diplomatic relations between Slovenia and Croatia are planned. Kenya and Norway "
        "established diplomatic relations 60 years ago. Ghana and Togo have enjoyed diplomatic relations since "
        "1960.\n"
    )
    found = sorted((r["countries"], r["established"]) for r in findings_of(text, "2023-06-09")["relations"])
    assert found == [
        (["DK", "IS"], 1944),
        (["EE", "LV"], 1921),
        (["FI", "SE"], 1919),
        (["GH", "TG"], 1960),
        (["HR", "SI"], 1992),
        (["KE", "NO"], 1963),
    ]


def test_trade_figures_of_a_balance_a_trading_partner_and_the_year_of_their_own_clause():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Sweden ran a deficit of more than 4 billion dollars in goods with Finland last year. The EU is Iceland's "
        "largest trading partner, with two-way trade in goods of 6.5 billion euros in 2022. Kenya and Norway "
        "established relations in 1963, and trade between them came to about 900 million kronor last year. "
        "Trade with Denmark was worth only about 80 million dollars last year.\n"
    )
    figures = sorted(
        (f["metric"], f["parties"], f["period"], f["value"], f["unit"])
        for f in findings_of(text, "2023-06-09")["figures"]
    )
    assert figures == [
        ("trade", ["EU", "IS"], 2022, 6.5, "EUR"),
        ("trade", ["KE", "DK"], 2022, 80, "USD"),
        ("trade", ["KE", "NO"], 2022, 900, "SEK"),
        ("trade deficit", ["SE", "FI"], 2022, 4, "USD"),
    ]


def test_agreements_another_on_a_matter_listed_after_their_verb_initialled_or_of_two_joined_words():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "A memorandum on tourism and another on health were signed. Envoys signed a protocol on ports, another on "
        "rail and a third on aviation. Agreements were also signed on visa waivers, "
        "on energy and on culture. An agreement establishing a joint fisheries commission was initialled. The "
        "leaders concluded a treaty of friendship and cooperation.\n\n"
        # Near miss: "and" opening a new predicate ends a title.
        "They signed an accord on shipping and agreed to meet again.\n"
    )
    titles = sorted(f["title"] for f in findings_of(text, "2023-06-09")["agreements"])
    assert titles == [
        "accord on shipping",
        "agreement establishing a joint fisheries commission",
        "agreement on culture",
        "agreement on energy",
        "agreement on visa waivers",
        "memorandum on health",
        "memorandum on tourism",
        "protocol on aviation",
        "protocol on ports",
        "protocol on rail",
        "treaty of friendship and cooperation",
    ]


def test_a_document_s_proper_name_ends_before_the_day_it_was_signed():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Kenya and Norway signed the Oslo Accord on Fisheries on Friday.\n"
    )
    assert [a["title"] for a in findings_of(text, "2023-06-09")["agreements"]] == ["Oslo Accord on Fisheries"]


def test_an_mou_on_a_matter_and_a_deal_reached_in_the_passive():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The two sides signed an MoU on digital payments. Officials said a deal on the sale of patrol boats was "
        "reached.\n\n"
        # Near miss: a deal hoped for once talks end is none reached.
        "Talks will go on until a deal on gas prices is reached.\n"
    )
    titles = sorted(a["title"] for a in findings_of(text, "2023-06-09")["agreements"])
    assert titles == ["MoU on digital payments", "deal on the sale of patrol boats"]


def test_a_pact_or_an_agreement_ratified_and_a_pact_hoped_for():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "A pact on seabed mining was ratified by both parliaments. Kenya ratified a fisheries agreement with "
        "Norway.\n\n"
        # Near miss: a pact hoped for is none signed.
        "Officials hope to sign a defence pact next year.\n"
    )
    titles = sorted(a["title"] for a in findings_of(text, "2023-06-09")["agreements"])
    assert titles == ["fisheries agreement with Norway", "pact on seabed mining"]


def test_another_pair_s_agreement_has_the_parties_its_own_words_name():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "Mwangi welcomed the trade agreement concluded between the European Union and Chile in March.\n"
    )
    found = [(a["title"], a["parties"]) for a in findings_of(text, "2023-06-09")["agreements"]]
    assert found == [("trade agreement", ["CL", "EU"])]


def test_agreements_one_and_another_among_the_documents_between_a_pair_and_not_yet_concluded():
    text = (
        "OSLO, June 9 (Test Wire) - Kenyan President Amani Mwangi arrived in Oslo on Friday for a visit to Norway.\n\n"
        "The agreements included one on maritime security and another on renewable energy. A visa waiver agreement "
        "was among the documents signed. Officials signed an agreement establishing direct flights between Nairobi "
        "and Oslo.\n\n"
        # Near misses: a document whose negotiation goes on; one that trade waits for.
        "Mwangi praised the accord between Kenya and Uganda, which has yet to be signed. Trade could grow once the "
        "shipping agreement is concluded.\n"
    )
    titles = sorted(a["title"] for a in findings_of(text, "2023-06-09")["agreements"])
    assert titles == [
        "agreement establishing direct flights between Nairobi and Oslo",
        "agreement on maritime security",
        "agreement on renewable energy",
        "visa waiver agreement",
    ]


def test_agreements_listed_under_a_head_that_signs_them_and_none_negated_joined_or_named_again():
    lead = (
        "SANTIAGO, May 3 (Test Wire) - Ghanaian President Kofi Mensah arrived in Santiago on Monday for a visit "
        "to Chile.\n\n"
    )
    text = lead + (
        "Three documents were concluded:\n"
        "- an agreement on forestry research;\n"
        "1. a memorandum of understanding on seismic monitoring;\n"
        "\n"
        "Topics raised at the talks:\n"
        "- a treaty on maritime borders that both sides want one day.\n\n"
        "An accord on scientific and technical cooperation was also signed. No free trade accord was signed. "
        "Under the scientific accord, Chile will host Ghanaian geologists. They will widen ties in culture, including "
        "the Andes Fellows programme. Mensah backed Chile's membership in the Pacific Agreement on Fisheries. The two "
        "ministers signed the 2019 Long-Term Framework Agreement on ports again, and recalled the Long-Term "
        "Framework Agreement.\n"
    )
    titles = sorted(f["title"] for f in findings_of(text, "2023-05-03")["agreements"])
    assert titles == [
        "2019 Long-Term Framework Agreement",
        "accord on scientific and technical cooperation",
        "agreement on forestry research",
        "memorandum of understanding on seismic monitoring",
    ]
    # Documents named just before: "among them" lists what was signed.
    text = lead + "Five agreements were signed on Monday. Among them were a memorandum on port logistics.\n"
    assert [f["title"] for f in findings_of(text, "2023-05-03")["agreements"]] == ["memorandum on port logistics"]


def test_figures_in_older_currencies_of_this_year_or_after_a_fall_and_of_the_soviet_union_before_1992():
    def figures(body: str, published: str = "2023-06-09") -> list[tuple]:
        found = findings_of(OSLO_LEAD + body + "\n", published).get("figures", [])
        return [(f["period"], f["value"], f["unit"], sorted(f["parties"])) for f in found]

    assert figures("Trade between the two countries reached about 900 million francs last year.", "1979-06-09") == [
        (1978, 900, "FRF", ["KE", "NO"])
    ]
    assert figures("Trade between the two countries reached 3 billion Deutschmarks in 1988.", "1989-06-09") == [
        (1988, 3, "DEM", ["KE", "NO"])
    ]
    assert figures("Trade between the two countries reached RM12 billion in 2022.") == [(2022, 12, "MYR", ["KE", "NO"])]
    assert figures("Trade between the two countries reached 8 billion ringgit in 2021.") == [
        (2021, 8, "MYR", ["KE", "NO"])
    ]
    assert figures("Trade between the two countries reached about 40 million dollars this year.") == [
        (2023, 40, "USD", ["KE", "NO"])
    ]
    assert figures(
        "Trade between the two countries fell from 5 billion dollars in 2019 to 2 billion dollars last year."
    ) == [
        (2019, 5, "USD", ["KE", "NO"]),
        (2022, 2, "USD", ["KE", "NO"]),
    ]
    text = "Trade between Kenya and Russia reached 60 million roubles last year."
    assert figures(text, "1975-06-09") == [(1974, 60, "SUR", ["KE", "SUHH"])]
    assert figures(text) == [(2022, 60, "RUB", ["KE", "RU"])]


def test_relations_from_a_normalization_anniversary_its_own_year_a_full_date_an_undated_day_and_an_adjective():
    def relations(body: str, published: str = "2023-06-09") -> list[tuple]:
        found = findings_of(OSLO_LEAD + body + "\n", published).get("relations", [])
        return [(tuple(r["countries"]), r["established"], r.get("derived_from")) for r in found]

    assert relations("This year marks the 40th anniversary of the normalization of diplomatic relations.") == [
        (("KE", "NO"), 1983, "40th anniversary")
    ]
    assert relations("The sides will prepare for the 60th anniversary of diplomatic relations in 2025.") == [
        (("KE", "NO"), 1965, "60th anniversary")
    ]
    assert relations("Kenya and Norway have maintained diplomatic relations since 12 December 1963.") == [
        (("KE", "NO"), 1963, None)
    ]
    assert relations("Norway was among the first to open relations with Kenya, in 1963.") == [
        (("KE", "NO"), 1963, None)
    ]
    assert relations("The two countries established diplomatic relations on March 2.") == [(("KE", "NO"), 2023, None)]
    assert relations("The two countries established diplomatic relations on October 2.") == [(("KE", "NO"), 2022, None)]
    assert relations("The two countries established an embassy on March 2.") == []
    text = "Peruvian ministers have come to Chile every year since the two countries established relations in 1990."
    assert relations(text) == [(("CL", "PE"), 1990, None)]


def test_partnerships_kept_in_the_present_quoted_before_their_pair_or_established_in_the_present():
    def partnerships(body: str) -> list[tuple]:
        found = findings_of(OSLO_LEAD + body + "\n", "2023-06-09").get("partnerships", [])
        return [(tuple(p["parties"]), p["label"], p["change"]) for p in found]

    assert partnerships("The communique reaffirms the strategic partnership of Kenya and Norway.") == [
        (("KE", "NO"), "strategic partnership", "reaffirmed")
    ]
    assert partnerships('A statement strengthens the "strategic partnership" between Chile and Peru.') == [
        (("CL", "PE"), "strategic partnership", "reaffirmed")
    ]
    assert partnerships("The charter establishes a comprehensive partnership between Kenya and Norway.") == [
        (("KE", "NO"), "comprehensive partnership", "established")
    ]
    assert partnerships("The communique mentions the strategic partnership of Kenya and Norway.") == []


def test_agreements_of_one_title_with_each_country_exchanged_or_signed_on_a_subject_told_after():
    text = (
        "LIMA, June 9 (Test Wire) - Kenyan President Amani Mwangi ended a tour of Chile and Peru on Friday.\n\n"
        "Mwangi arrived in Santiago on Monday. An agreement on economic cooperation was signed there.\n\n"
        "He arrived in Lima on Wednesday. An agreement on economic cooperation was signed there too, and "
        "the agreement on economic cooperation was praised.\n"
    )
    found = findings_of(text, "2023-06-09")["agreements"]
    assert sorted((f["title"], tuple(sorted(f["parties"]))) for f in found) == [
        ("agreement on economic cooperation", ("CL", "KE")),
        ("agreement on economic cooperation", ("KE", "PE")),
    ]
    body = (
        "They witnessed the exchange of a plan for scientific and medical cooperation and several other documents. "
        "An accord was signed on the sharing of river water. A treaty was signed on Monday."
    )
    titles = sorted(f["title"] for f in findings_of(OSLO_LEAD + body + "\n", "2023-06-09")["agreements"])
    assert titles == ["accord on the sharing of river water", "plan for scientific and medical cooperation"]


def test_relations_established_the_day_after_a_dated_act_or_decided_now():
    def relations(body: str, published: str = "2023-06-09") -> list[tuple]:
        found = findings_of(OSLO_LEAD + body + "\n", published).get("relations", [])
        return [(tuple(r["countries"]), r["established"]) for r in found]

    text = "Norway recognised Kenya on 12 December 1963 and established diplomatic relations the following day."
    assert relations(text) == [(("KE", "NO"), 1963)]
    assert relations("Norway recognised Kenya on March 3 and relations were established the next day.") == [
        (("KE", "NO"), 2023)
    ]
    assert relations("Mwangi said Kenya and Norway had decided to open diplomatic relations.") == [(("KE", "NO"), 2023)]
    assert relations("Mwangi said Kenya and Norway hoped to open diplomatic relations.") == []
    assert relations("Embassies were opened the following day.") == []


def test_relations_begun_by_a_switch_of_recognition():
    text = OSLO_LEAD + "Mwangi praised Kenya's switch of diplomatic recognition from Oslo to Stockholm in May 2021.\n"
    assert [(tuple(r["countries"]), r["established"]) for r in findings_of(text, "2023-06-09")["relations"]] == [
        (("KE", "SE"), 2021)
    ]
    text = OSLO_LEAD + "Mwangi praised Kenya's switch to solar power in May 2021.\n"
    assert findings_of(text, "2023-06-09").get("relations", []) == []


def test_a_document_s_title_ends_before_the_day_it_was_signed():
    body = "The two sides signed a memorandum on port access on 3 May. They signed an accord on rail links on May 4."
    titles = sorted(f["title"] for f in findings_of(OSLO_LEAD + body + "\n", "2023-06-09")["agreements"])
    assert titles == ["accord on rail links", "memorandum on port access"]


def test_relations_dated_in_an_apposition():
    def relations(body: str) -> list[tuple]:
        found = findings_of(OSLO_LEAD + body + "\n", "2023-06-09").get("relations", [])
        return [(tuple(r["countries"]), r["established"]) for r in found]

    assert relations("Diplomatic relations, which were established in 1964, are warm.") == [(("KE", "NO"), 1964)]
    assert relations("Their diplomatic ties, first set up in 1965, have held.") == [(("KE", "NO"), 1965)]
    assert relations("Diplomatic relations, which were warm in 1964, cooled.") == []


def test_agreements_on_each_matter_of_a_list_signed_together():
    body = "Agreements on fisheries, air transport and cultural exchanges were signed on Wednesday."
    titles = sorted(f["title"] for f in findings_of(OSLO_LEAD + body + "\n", "2023-06-09")["agreements"])
    assert titles == ["agreement on air transport", "agreement on cultural exchanges", "agreement on fisheries"]
    body = "Agreements on fisheries, air transport and cultural exchanges were discussed on Wednesday."
    assert findings_of(OSLO_LEAD + body + "\n", "2023-06-09").get("agreements", []) == []


def test_relations_dated_by_the_noun_of_their_establishment_or_a_span_in_words_or_passive():
    assert relations_of(
        "Since the normalisation of diplomatic ties in 1991, Kenya and Norway have signed 30 deals."
    ) == [(("KE", "NO"), 1991)]
    assert relations_of("Kenya and Norway celebrate six decades of diplomatic relations this week.") == [
        (("KE", "NO"), 1963)
    ]
    assert relations_of("It is the first Kenyan visit since relations were established forty years ago.") == [
        (("KE", "NO"), 1983)
    ]
    assert relations_of("Mwangi hailed half a century of diplomatic relations with Norway.") == [(("KE", "NO"), 1973)]
    # Decades of something else, and an establishment with no year, date no relations.
    assert relations_of("Kenya and Norway recalled six decades of fishing in Lake Turkana.") == []
    assert relations_of("Since the establishment of diplomatic relations, trade has grown.") == []


def test_an_anniversary_of_relations_falls_in_the_year_its_clause_names():
    assert relations_of("The year 2021 marked the 60th anniversary of Kenya-Norway diplomatic relations.") == [
        (("KE", "NO"), 1961)
    ]
    assert relations_of("In 2019, Kenya and Norway celebrated the 55th anniversary of diplomatic ties.") == [
        (("KE", "NO"), 1964)
    ]
    # A year of another clause is not the anniversary's.
    body = "Trade reached a peak in 2019, and next year Kenya and Norway mark the 60th anniversary of diplomatic ties."
    assert relations_of(body) == [(("KE", "NO"), 1964)]


def test_a_partnership_raised_to_a_level_launched_or_of_partners_become():
    assert partnerships_of("Ties were raised to the level of strategic partnership on Friday.") == [
        (("KE", "NO"), "strategic partnership", "upgraded")
    ]
    assert partnerships_of("Mwangi hailed the launch of a new green partnership between Kenya and Norway.") == [
        (("KE", "NO"), "green partnership", "established")
    ]
    assert partnerships_of("With the visit, Kenya and Norway have become comprehensive strategic partners.") == [
        (("KE", "NO"), "comprehensive strategic partnership", "established")
    ]
    assert partnerships_of("The leaders took the relationship to a higher level, a special partnership.") == [
        (("KE", "NO"), "special partnership", "upgraded")
    ]
    # Partners that are, not become, set up nothing.
    assert partnerships_of("Kenya and Norway are strategic partners in the region.") == []


def test_documents_listed_each_after_its_own_on_or_among_the_documents():
    assert titles_of("Three agreements were signed: on fisheries, on rail transport and on youth exchanges.") == [
        "agreement on fisheries",
        "agreement on rail transport",
        "agreement on youth exchanges",
    ]
    assert titles_of("Among the agreements was a treaty on the transfer of prisoners.") == [
        "treaty on the transfer of prisoners"
    ]
    # Fields the documents cover are no documents of their own; a treaty among topics is none signed.
    assert titles_of("The ministers signed nine agreements covering fisheries, rail and youth exchanges.") == []
    assert titles_of("Among the topics was a treaty on fishing rights.") == []


def test_trade_figures_told_in_other_wordings_and_of_the_pair_their_clause_names():
    assert figures_of("In 2021, two-way trade rose 18 percent to 3.2 billion dollars.") == [(("KE", "NO"), 2021, 3.2)]
    assert figures_of("Last year bilateral commerce reached 900 million dollars.") == [(("KE", "NO"), 2022, 900)]
    body = "China has been Norway's largest trading partner since 2015, and trade between them reached 40 billion "
    body += "dollars last year."
    assert figures_of(body) == [(("CN", "NO"), 2022, 40)]
    body = "Trade between Kenya and the European Union was worth 9 billion euros in 2022."
    assert figures_of(body) == [(("EU", "KE"), 2022, 9)]
    body = "China is Norway's largest trading partner, while Kenya's trade with Norway was 400 million dollars in 2022."
    assert figures_of(body) == [(("KE", "NO"), 2022, 400)]


def test_a_trade_figure_to_come_or_of_one_side_s_total_is_none():
    assert figures_of("Officials hope trade will hit 5 billion dollars next year.") == []
    assert figures_of("Norway's total trade was 300 billion dollars in 2022.") == []
    # The earlier figure of the same sentence is one told.
    body = "Officials hope trade will hit 5 billion dollars next year, up from 1.4 billion dollars last year."
    assert figures_of(body) == [(("KE", "NO"), 2022, 1.4)]


def test_a_trade_figure_dated_by_the_figure_before_or_paired_by_the_sentence_before():
    body = "Trade between Kenya and Norway was 1.1 billion dollars in 2021. Trade between Kenya and the People's "
    body += "Republic of China exceeded 9 billion dollars in the same year."
    assert figures_of(body) == [(("KE", "NO"), 2021, 1.1), (("CN", "KE"), 2021, 9)]
    assert figures_of("Two-way trade reached 700 million dollars in the last fiscal year.") == [
        (("KE", "NO"), 2022, 700)
    ]
    body = "Germany has been Norway's biggest trading partner for a decade. Trade between the two countries "
    body += "reached 20 billion euros last year."
    assert figures_of(body) == [(("DE", "NO"), 2022, 20)]
    # A pair the clause names itself is its own.
    body = "Germany has been Norway's biggest trading partner for a decade. Trade between Kenya and Norway "
    body += "reached 2 billion euros last year."
    assert figures_of(body) == [(("KE", "NO"), 2022, 2)]


def test_a_trade_figure_grown_doubled_or_topped_in_a_fiscal_year_of_its_own_clause():
    assert figures_of("Two-way trade has grown to 2.1 billion dollars during 2022.") == [(("KE", "NO"), 2022, 2.1)]
    assert figures_of("Bilateral trade more than doubled to 800 million dollars in fiscal 2021.") == [
        (("KE", "NO"), 2021, 800)
    ]
    assert figures_of("Trade topped 3 billion dollars in the year 2020.") == [(("KE", "NO"), 2020, 3)]
    # A year of the next clause is not the figure's.
    body = "Trade amounts to about 1 billion dollars a year, and reached 1.3 billion dollars in 2022."
    assert figures_of(body) == [(("KE", "NO"), 2022, 1.3)]


def test_a_document_signed_when_told_in_the_past_acted_on_or_a_charter_signed():
    assert titles_of("Mwangi last came in 2016, when the agreement on fisheries was signed.") == [
        "agreement on fisheries"
    ]
    assert titles_of("Norway said it would renew its agreement with Kenya on wildlife protection.") == [
        "agreement with Kenya on wildlife protection"
    ]
    assert titles_of("The two leaders signed a Charter of Friendship and Partnership.") == [
        "Charter of Friendship and Partnership"
    ]
    # A document signed once a condition is met, and a charter only cited, are none.
    assert titles_of("Once the agreement on fisheries is signed, fleets may work in both waters.") == []
    assert titles_of("Mwangi cited the UN Charter in his speech.") == []


def test_a_deal_worth_a_sum_is_named_without_it_and_counts_nothing():
    found = findings_of(OSLO_LEAD + "Norway and Kenya signed a $3 billion deal to build a wind farm.\n", "2023-06-09")
    assert [f["title"] for f in found["agreements"]] == ["deal to build a wind farm"]
    assert found.get("agreement_counts", []) == []
    found = findings_of(
        OSLO_LEAD + "The firms signed a 1.5 billion dollar contract and four agreements.\n", "2023-06-09"
    )
    assert [c["value"] for c in found["agreement_counts"]] == [4]


def test_relations_of_a_hyphenated_pair_of_any_kind_with_a_grouping_as_one_side():
    assert relations_of("2022 marked the 50th anniversary of EU-Kenya relations.") == [(("EU", "KE"), 1972)]
    assert relations_of("Mwangi attended a dinner marking 30 years of Sweden-Norway ties.") == [(("NO", "SE"), 1993)]
    # Years of a pair's cooperation date no relations.
    assert relations_of("Mwangi praised 40 years of Kenya-Norway cooperation.") == []


def test_relations_dated_by_a_year_told_before_a_pair_named_years_held_or_a_jubilee():
    body = "Norway recognised Kenya early, in 1963, when the two established diplomatic relations."
    assert relations_of(body) == [(("KE", "NO"), 1963)]
    assert relations_of("It is 60 years since Kenya and Norway established diplomatic relations.") == [
        (("KE", "NO"), 1963)
    ]
    assert relations_of("Diplomatic ties, dating from 1964, were never broken.") == [(("KE", "NO"), 1964)]
    assert relations_of("Kenya and Norway, which have had diplomatic relations for 50 years, met.") == [
        (("KE", "NO"), 1973)
    ]
    assert relations_of("Kenya and Norway mark the golden jubilee of their diplomatic relations.") == [
        (("KE", "NO"), 1973)
    ]
    # A friendship dating back to a year, and a jubilee of something else, are no relations.
    assert relations_of("The friendship, dating back to 1963, was praised.") == []
    assert relations_of("Mwangi attended the golden jubilee of the Oslo football club.") == []


def test_a_trade_figure_of_a_hyphened_pair_a_headed_line_or_a_parallel_clause():
    assert figures_of("Sino-Swedish trade reached 20 billion dollars in 2022.") == [(("CN", "SE"), 2022, 20)]
    assert figures_of("Denmark-Sweden trade was worth 30 billion euros in 2022.") == [(("DK", "SE"), 2022, 30)]
    assert figures_of("- Bilateral trade (2021): 1.1 billion dollars.") == [(("KE", "NO"), 2021, 1.1)]
    assert figures_of("The two countries traded goods worth 900 million dollars in 2022.") == [
        (("KE", "NO"), 2022, 900)
    ]
    body = "Norway's trade with China hit 20 billion dollars in 2022, while Kenya's trade with China was "
    body += "9 billion dollars."
    assert figures_of(body) == [(("CN", "NO"), 2022, 20), (("CN", "KE"), 2022, 9)]
    assert figures_of("Norway's trade with its neighbour Sweden reached 30 billion dollars in 2022.") == [
        (("NO", "SE"), 2022, 30)
    ]
    # A side that is a continent is no pair of countries.
    assert figures_of("Trade between India and Africa stood at 70 billion dollars in 2022.") == []


def test_a_stock_of_investment_told_of_a_past_year_is_a_figure_of_its_two_sides():
    found = findings_of(
        OSLO_LEAD + "Norway's direct investment in Kenya reached 1.1 billion dollars in 2022.\n", "2023-06-09"
    )
    assert [(f["parties"], f["period"], f["value"]) for f in found["figures"]] == [(["NO", "KE"], 2022, 1.1)]
    body = "Norway's foreign direct investment stock in Kenya was 6 billion dollars in 2021."
    assert [(f["parties"], f["value"]) for f in findings_of(OSLO_LEAD + body + "\n", "2023-06-09")["figures"]] == [
        (["NO", "KE"], 6)
    ]
    # Investment to come is a pledge's business, not a figure.
    body = "Norway's investment in Kenya will reach 2 billion dollars by 2030."
    assert findings_of(OSLO_LEAD + body + "\n", "2023-06-09").get("figures", []) == []


def test_with_no_traveller_the_two_sides_are_the_two_countries_the_article_names_most():
    text = (
        "Kenya and Norway sign fisheries accord\n\n"
        "Kenya and Norway signed an agreement on fisheries in Nairobi on Thursday, their trade ministers said. "
        "Bilateral trade reached 1.2 billion dollars last year. The two countries agreed to deepen their strategic "
        "partnership, and mark the 60th anniversary of diplomatic relations this year. Norway also trades with "
        "Sweden.\n"
    )
    found = findings_of(text, "2023-06-09")
    assert [sorted(f["parties"]) for f in found["figures"]] == [["KE", "NO"]]
    assert [(p["parties"], p["change"]) for p in found["partnerships"]] == [(["KE", "NO"], "reaffirmed")]
    assert [(r["countries"], r["established"]) for r in found["relations"]] == [(["KE", "NO"], 1963)]
    assert [sorted(a["parties"]) for a in found["agreements"]] == [["KE", "NO"]]


def test_bilateral_trade_of_the_two_countries_its_clause_joins_with_and():
    body = "For Denmark and Sweden, bilateral trade stood at 30 billion dollars in 2022."
    assert figures_of(body) == [(("DK", "SE"), 2022, 30)]
    # A pair of another clause is not the figure's.
    body = "Norway sent aid to Sudan and Chad, and bilateral trade reached 1.2 billion dollars in 2022."
    assert figures_of(body) == [(("KE", "NO"), 2022, 1.2)]


def test_a_tour_paragraph_opened_in_a_capital_places_its_bilateral_words_there():
    text = (
        "SANTIAGO, March 12 (Test Wire) - Kenyan President Amani Mwangi arrived in Chile on Sunday on the last leg "
        "of a tour that earlier took him to Peru and Brazil.\n\n"
        "In Brasilia on Friday, Mwangi and Brazilian President Joao Lima signed a memorandum on biofuels. Bilateral "
        "trade reached 3 billion dollars last year.\n\n"
        "In Washington, officials welcomed the tour. Bilateral trade with Chile reached 2 billion dollars last year.\n"
    )
    found = findings_of(text, "2023-03-12")["figures"]
    assert sorted((tuple(sorted(f["parties"])), f["value"]) for f in found) == [(("BR", "KE"), 3), (("CL", "KE"), 2)]


def test_a_count_of_agreements_exchanged_is_the_visit_s_and_one_summed_over_years_is_none():
    def counts(body: str) -> list[int]:
        return [c["value"] for c in findings_of(OSLO_LEAD + body + "\n", "2023-06-09").get("agreement_counts", [])]

    assert counts("The leaders oversaw the exchange of nine cooperation documents.") == [9]
    assert counts("Kenya and Norway have signed 45 agreements since 1990.") == []
    assert counts("The two countries have signed more than 100 accords over six decades.") == []
    assert counts("Kenya has signed 14 agreements with Sweden in the past decade.") == []


def test_documents_abbreviated_quoted_after_a_dash_of_the_pair_that_signed_them():
    assert titles_of("The two sides signed a memorandum of understanding (MoU) on fisheries research.") == [
        "memorandum of understanding on fisheries research"
    ]
    assert titles_of("Two agreements were signed - one on visas and another on customs.") == [
        "agreement on customs",
        "agreement on visas",
    ]
    # What a document holds is no document of its own.
    assert titles_of('They signed the "Oslo Declaration", which sets out a plan for joint research.') == [
        "Oslo Declaration"
    ]
    found = findings_of(OSLO_LEAD + "Sweden and Finland signed a free trade agreement in 2006.\n", "2023-06-09")
    assert [a["parties"] for a in found["agreements"]] == [["FI", "SE"]]


def test_a_partnership_built_consolidated_or_intended():
    assert partnerships_of("Mwangi and Solberg agreed to build an all-round strategic partnership.") == [
        (("KE", "NO"), "all-round strategic partnership", "established")
    ]
    assert partnerships_of("The visit consolidated the comprehensive strategic partnership.") == [
        (("KE", "NO"), "comprehensive strategic partnership", "reaffirmed")
    ]
    # A partnership built on is one kept; one intended is none made.
    assert partnerships_of("The deal built on the green partnership signed in 2020, which they agreed to deepen.") == [
        (("KE", "NO"), "green partnership", "reaffirmed")
    ]
    assert partnerships_of("The leaders declared their intention to build a strategic partnership.") == []


def test_documents_listed_as_items_under_a_head_that_signs_them():
    body = (
        "The following instruments were signed:\n- Agreement on Visa Exemption for Diplomats;\n"
        "- Memorandum of Understanding on Fisheries;\n- Cultural Exchange Programme for 2023-2026.\n\n"
        "Mwangi praised the World Food Programme."
    )
    assert titles_of(body) == [
        "Agreement on Visa Exemption for Diplomats",
        "Cultural Exchange Programme",
        "Memorandum of Understanding on Fisheries",
    ]
    # Items under a head that signs nothing name no documents.
    body = "Topics discussed:\n- Agreement on Visa Exemption for Diplomats;\n- Fisheries."
    assert titles_of(body) == []


def test_relations_set_up_only_in_a_year_or_as_of_the_day_the_story_tells():
    assert relations_of("Kenya and Norway had no diplomatic relations until 1964.") == [(("KE", "NO"), 1964)]
    assert relations_of("Kenya did not establish diplomatic ties with Norway until 1965.") == [(("KE", "NO"), 1965)]
    assert relations_of(
        "Under the communique, the two governments established diplomatic relations as of that day."
    ) == [(("KE", "NO"), 2023)]
    # Relations that lasted until a year began no relations then.
    assert relations_of("Kenya and Norway had close relations until 1990.") == []


def test_the_figure_a_trade_target_starts_from_is_a_figure_and_the_target_is_none():
    body = (
        "The two countries aim to raise bilateral trade to 5 billion dollars by 2030 from 1.2 billion dollars in 2022."
    )
    assert figures_of(body) == [(("KE", "NO"), 2022, 1.2)]
    assert figures_of("The two countries aim to raise bilateral trade to 5 billion dollars by 2030.") == []


def test_an_upgrade_names_its_earlier_label_as_the_object_raised():
    found = findings_of(
        OSLO_LEAD + "The two leaders upgraded their green partnership to a strategic partnership.\n", "2023-06-09"
    )["partnerships"]
    assert [(p["label"], p["change"], p["from"]) for p in found] == [
        ("strategic partnership", "upgraded", "green partnership")
    ]
    # An upgrade whose object is the relationship names no earlier label.
    found = findings_of(OSLO_LEAD + "The two leaders upgraded their ties to a strategic partnership.\n", "2023-06-09")
    assert [p["from"] for p in found["partnerships"]] == [None]


def test_a_partnership_label_keeps_the_words_of_its_name_after_the_noun():
    found = findings_of(
        OSLO_LEAD + "Ties were raised to a strategic partnership for peace and prosperity.\n", "2023-06-09"
    )
    assert [p["label"] for p in found["partnerships"]] == ["strategic partnership for peace and prosperity"]
    # A span of time or what follows in the clause is no part of the name.
    found = findings_of(OSLO_LEAD + "They renewed the green partnership for the next five years.\n", "2023-06-09")
    assert [p["label"] for p in found.get("partnerships", [])] in ([], ["green partnership"])
    found = findings_of(OSLO_LEAD + "They agreed to deepen the strategic partnership in all areas.\n", "2023-06-09")
    assert [p["label"] for p in found["partnerships"]] == ["strategic partnership"]


def test_a_side_is_the_state_of_the_day_that_its_country_continues():
    body = "Trade between Norway and Serbia reached 300 million dollars last year."
    figures = findings_of(OSLO_LEAD + body + "\n", "1980-06-09")["figures"]
    assert [sorted(f["parties"]) for f in figures] == [["NO", "YUCS"]]
    figures = findings_of(OSLO_LEAD + body + "\n", "2010-06-09")["figures"]
    assert [sorted(f["parties"]) for f in figures] == [["NO", "RS"]]
    body = "Trade between Norway and Germany reached 300 million dollars last year."
    figures = findings_of(OSLO_LEAD + body + "\n", "1980-06-09")["figures"]
    assert [sorted(f["parties"]) for f in figures] == [["DE", "NO"]]


def test_a_figure_told_in_a_relative_clause_after_an_aim_in_other_currencies_and_scales():
    # The relative clause tells the figure the aim starts from, in any tense.
    assert figures_of("Both sides want to expand trade, which was barely 200 million dollars in 2022.") == [
        (("KE", "NO"), 2022, 200.0)
    ]
    assert figures_of("They will seek to increase trade, which came to less than 3 million dollars last year.") == [
        (("KE", "NO"), 2022, 3.0)
    ]
    # A figure hoped for in the relative clause is none told.
    assert figures_of("They aim to increase trade, which they hope will reach 3 billion dollars in 2025.") == []
    # Dollars of other issuers, Indian scales in the plural, and a year that ends in a month.
    assert figures_of("Two-way trade was worth NZ$2.4 billion in the year to March 2022.") == [
        (("KE", "NO"), 2022, 2.4)
    ]
    assert figures_of("Trade between them stood at Rs. 420 crores in 2022.") == [(("KE", "NO"), 2022, 4.2)]
    assert figures_of("Kenya ran a surplus of roughly US$1.8 billion with Norway in 2022.") == [
        (("KE", "NO"), 2022, 1.8)
    ]


def test_exports_and_imports_from_one_side_to_the_other():
    found = findings_of(
        OSLO_LEAD
        + "Norwegian exports to Kenya, by contrast, were less than 1 billion dollars in 2022. "
        + "Kenya's imports from Sweden reached 2 billion dollars in 2021. "
        + "Officials said Kenyan tea exports to the Kingdom were worth about 350 million dollars last year. "
        + "Coffee exports to Norway were 90 million dollars in 2022.\n",
        "2023-06-09",
    )["figures"]
    assert [(f["metric"], f["parties"], f["period"], f["value"]) for f in found] == [
        ("exports", ["NO", "KE"], 2022, 1.0),
        ("imports", ["KE", "SE"], 2021, 2.0),
        ("exports", ["KE", "NO"], 2022, 350.0),
        ("exports", ["KE", "NO"], 2022, 90.0),
    ]
    # One side's exports to no one, or to a region, are no figure of a pair.
    assert figures_of("Kenyan exports rose to 5 billion dollars in 2022.") == []
    assert figures_of("Kenyan exports to Asia were 3 billion dollars in 2022.") == []


def test_trade_of_a_country_in_a_relative_clause_or_with_a_group_of_countries():
    body = (
        "Trade between Kenya and Norway was 20 billion dollars in 2022, making Norway its second partner after "
        "Denmark, whose trade with Kenya was worth roughly 52 billion dollars in the same year."
    )
    assert figures_of(body) == [(("KE", "NO"), 2022, 20.0), (("DK", "KE"), 2022, 52.0)]
    # Trade with a group the clause does not name is no pair of the visit.
    assert figures_of("Norway's trade with the five Nordic states came to 70 billion dollars in 2022.") == []
    assert figures_of("Norway's trade with its neighbours came to 70 billion dollars in 2022.") == []


def test_documents_in_a_numbered_list_and_a_later_mention_of_one_of_them():
    body = (
        "The documents signed were:\n1. Agreement on Visa Exemption for Diplomats;\n"
        "2. Memorandum of Understanding on the Fisheries Training Centre;\n"
        "10. Programme of Cooperation in Culture; and\n\n"
        "Under the Memorandum on Fisheries Training Centre, Norway will train 50 officers."
    )
    assert titles_of(body) == [
        "Agreement on Visa Exemption for Diplomats",
        "Memorandum of Understanding on the Fisheries Training Centre",
        "Programme of Cooperation in Culture",
    ]
    # A numbered list under a head that signs nothing names no documents.
    assert titles_of("Topics discussed:\n1. Agreement on Visa Exemption for Diplomats;\n2. Fisheries.") == []


def test_documents_of_a_list_divided_by_semicolons_indented_items_and_letters_of_intent():
    body = (
        "Two agreements were signed by the ministers: a protocol on fisheries; a cultural agreement; and an accord "
        "allowing students to work part-time."
    )
    assert titles_of(body) == [
        "accord allowing students to work part-time",
        "cultural agreement",
        "protocol on fisheries",
    ]
    # A list whose head signs nothing names no documents.
    assert titles_of("The two leaders discussed three issues: a protocol on fisheries; a cultural agreement.") == []
    body = (
        "The following documents were signed on Friday:\n   (a) Consular Convention between Kenya and Norway;\n"
        "   (b) Agreement on Scientific Cooperation between the two academies."
    )
    assert titles_of(body) == [
        "Agreement on Scientific Cooperation",
        "Consular Convention between Kenya and Norway",
    ]
    assert titles_of("They signed a letter of intent on the joint purchase of vaccines.") == [
        "letter of intent on the joint purchase of vaccines"
    ]


def test_relations_established_last_month_named_or_at_the_time_of_a_year_told_before():
    # Told on 2023-06-09: the latest such month before the story.
    assert relations_of("Kenya and Norway established diplomatic relations last December, weeks after a vote.") == [
        (("KE", "NO"), 2022)
    ]
    assert relations_of("Kenya and Norway established diplomatic relations last May.") == [(("KE", "NO"), 2023)]
    assert relations_of(
        "Norway recognized Kenya in December 1963, and the two countries established diplomatic relations at that time."
    ) == [(("KE", "NO"), 1963)]
    # "At that time" with no year told before dates nothing.
    assert relations_of("The two countries established diplomatic relations at that time.") == []


def test_a_relationship_named_by_two_words_of_standing_and_sides_named_by_their_adjective():
    assert partnerships_of("The two sides reaffirmed the strategic cooperative relationship launched in 2010.") == [
        (("KE", "NO"), "strategic cooperative relationship", "reaffirmed")
    ]
    assert partnerships_of("They upgraded ties to a comprehensive strategic relationship.") == [
        (("KE", "NO"), "comprehensive strategic relationship", "upgraded")
    ]
    # A relationship of one word of standing, or of friendship alone, is no partnership.
    assert partnerships_of("They reaffirmed their close and friendly relationship.") == []
    assert partnerships_of("They reaffirmed their strategic relationship.") == []
    body = "The Swedish side is willing to work with the Danish side to deepen the comprehensive strategic partnership."
    assert partnerships_of(body) == [(("DK", "SE"), "comprehensive strategic partnership", "reaffirmed")]


def test_documents_exchanged_under_a_head_and_named_by_their_subject_past_the_bodies_that_signed_them():
    body = (
        "The following documents were exchanged:\n1. An agreement on the supply of fertiliser;\n"
        "2. A Memorandum of Understanding between the Kenya Ports Authority and the Norwegian Coastal "
        "Administration on maritime safety."
    )
    assert titles_of(body) == [
        "Memorandum of Understanding on maritime safety",
        "agreement on the supply of fertiliser",
    ]
    assert titles_of("They signed a memorandum between the health ministries (MoH) on the training of nurses.") == [
        "memorandum on the training of nurses"
    ]
    # "On the sidelines" is where, not what: no subject of the document.
    assert titles_of("They signed a memorandum between the ports (KPA) on the sidelines of the summit.") == [
        "memorandum between the ports"
    ]


def test_documents_signed_by_a_list_of_names_a_joint_understanding_a_named_compact_and_one_in_principle():
    body = (
        "She pointed to the memorandum on a battery value chain that the United States, Zambia and Kenya signed in "
        "December."
    )
    assert titles_of(body) == ["memorandum on a battery value chain"]
    # One the list of names only hopes to sign is none.
    body = "She pointed to the memorandum on a battery value chain that Norway, Zambia and Kenya hope to sign."
    assert titles_of(body) == []
    assert titles_of("They said they had signed a joint understanding on deeper cuts to their arsenals.") == [
        "joint understanding on deeper cuts to their arsenals"
    ]
    assert titles_of("He cited a Lakeside Growth compact signed in 2006, under which Norway paid for roads.") == [
        "Lakeside Growth compact"
    ]
    assert titles_of("The signed text is compact, and they reached an understanding.") == []
    assert titles_of("They signed an agreement in principle on air services.") == [
        "agreement in principle on air services"
    ]


def test_investment_told_by_its_verb_in_the_past_and_the_metric_a_relative_clause_tells_of():
    body = (
        "Trade reached 2 billion dollars in 2022, and Norwegian companies, led by a shipping firm, had invested about "
        "1 billion dollars in the country by the end of 2021."
    )
    assert figures_of(body) == [(("KE", "NO"), 2022, 2.0), (("KE", "NO"), 2021, 1.0)]
    assert figures_of("Swedish firms invested 300 million dollars in Kenya in 2020.") == [(("KE", "SE"), 2020, 300.0)]
    # Investment to come, or told with no year, is no figure.
    assert figures_of("Norwegian companies will invest 1 billion dollars in Kenya by 2030.") == []
    assert figures_of("Norwegian companies have invested 1 billion dollars in the country.") == []
    body = (
        "A joint group on trade and technology will also be created, and both sides said they would work to expand "
        "trade, which was barely 200 million dollars last year."
    )
    assert figures_of(body) == [(("KE", "NO"), 2022, 200.0)]


def test_a_plan_programme_or_vision_is_a_document_only_when_signed():
    assert titles_of("Houses will be rebuilt under the urban renewal programme this year.") == []
    assert titles_of("They discussed trade, the Lakeside Corridor and Kenya Vision 2030.") == []
    assert titles_of("The two leaders signed the Lakeside Vision for Shared Prosperity.") == [
        "Lakeside Vision for Shared Prosperity"
    ]


def test_a_count_told_twice_is_one_count():
    body = (
        "Trade and energy talks; three memorandums signed.\n\nOn Thursday ministers signed three memorandums on energy."
    )
    found = findings_of(OSLO_LEAD + body + "\n", "2023-06-09")["agreement_counts"]
    assert [(c["value"], c["status"]) for c in found] == [(3, "signed")]
    # Two counts of other values are two.
    body = "Ministers signed three memorandums on Monday and the leaders signed four agreements on Tuesday."
    found = findings_of(OSLO_LEAD + body + "\n", "2023-06-09")["agreement_counts"]
    assert sorted(c["value"] for c in found) == [3, 4]


def test_a_document_dated_by_since_it_was_signed_and_one_named_by_what_it_does():
    body = "Relations have changed since the Lakeside treaty of friendship was signed in Oslo in January."
    assert titles_of(body) == ["Lakeside treaty of friendship"]
    # "Since the treaty" alone signs nothing.
    assert titles_of("It is the first visit since the treaty.") == []
    body = "Ministers signed 12 agreements, among them a protocol that opens the Norwegian market to Kenyan tea."
    assert titles_of(body) == ["protocol that opens the Norwegian market to Kenyan tea"]
    # A document that only should or could do something is named by nothing more.
    body = "Ministers signed 12 agreements, among them a protocol that could open the market to tea."
    assert titles_of(body) == []


def test_a_figure_in_the_same_period_as_the_figure_told_last():
    body = (
        "Trade between the two countries reached 157.5 billion dollars in 2022. Norway has been Kenya's largest "
        "trading partner since 2009. Kenya's trade with Sweden came to about 75 billion dollars in the same period."
    )
    assert figures_of(body) == [(("KE", "NO"), 2022, 157.5), (("KE", "SE"), 2022, 75.0)]
    # With no figure or year told before, the same period is no year.
    assert figures_of("Kenya's trade with Sweden came to about 75 billion dollars in the same period.") == []


def test_a_partnership_of_standing_in_a_field_keeps_the_field_in_its_label():
    assert partnerships_of("The two leaders agreed to deepen their strategic energy partnership.") == [
        (("KE", "NO"), "strategic energy partnership", "reaffirmed")
    ]
    assert partnerships_of("They agreed to deepen the future-oriented new-type cooperative partnership.") == [
        (("KE", "NO"), "future-oriented new-type cooperative partnership", "reaffirmed")
    ]
    # A field alone is no standing.
    assert partnerships_of("They agreed to deepen their energy partnership.") == []


def test_relations_established_on_new_year_s_day():
    # Told on 2023-06-09: the latest New Year's Day, that of 2023.
    body = "The visit came months after the two countries established diplomatic relations on New Year's Day."
    assert relations_of(body) == [(("KE", "NO"), 2023)]
    assert relations_of("The two countries exchanged greetings on New Year's Day.") == []


def test_a_partnership_left_for_another_is_its_from_in_any_case_and_a_renamed_one_is_the_new_name():
    lifted = (
        "CANBERRA (Test Wire) - Chilean President Marta Rojas arrived in Canberra on Monday for a visit to "
        "Australia.\n\n"
        "The two leaders announced the elevation of their ties from a Strategic Partnership, agreed in 2015, to a "
        "Comprehensive Strategic Partnership.\n"
    )
    assert [(p["label"], p["change"], p["from"]) for p in findings_of(lifted, "2024-03-05")["partnerships"]] == [
        ("comprehensive strategic partnership", "upgraded", "strategic partnership")
    ]
    renamed = (
        "HANOI (Test Wire) - Chilean President Marta Rojas arrived in Hanoi on Monday for a visit to Vietnam.\n\n"
        "The two presidents relabelled their comprehensive partnership, in place since 2011, as a "
        '"comprehensive partnership for green growth".\n'
    )
    assert [(p["label"], p["change"], p["from"]) for p in findings_of(renamed, "2024-03-05")["partnerships"]] == [
        ("comprehensive partnership for green growth", "relabelled", "comprehensive partnership")
    ]
    # Near miss: a renamed partnership with no new name told stays the one renamed, with no "from".
    kept = renamed.replace(', in place since 2011, as a "comprehensive partnership for green growth"', "")
    assert [(p["label"], p["from"]) for p in findings_of(kept, "2024-03-05")["partnerships"]] == [
        ("comprehensive partnership", None)
    ]


def test_relations_in_a_clause_of_their_own_each_statement_of_a_sentence_and_years_of_ties_with_a_side():
    # An anniversary whose year a relative clause tells.
    assert relations_of(
        "They began planning for the 65th anniversary of diplomatic relations, which falls in 2028."
    ) == [(("KE", "NO"), 1963)]
    # Two statements in one sentence, the second a span of ties with a side named by its capital.
    both = (
        "Chile established diplomatic relations with the Republic of Korea on 3 May, "
        "ending six decades of ties with Pyongyang."
    )
    assert sorted(relations_of(both)) == [(("CL", "KP"), 1963), (("CL", "KR"), 2023)]
    # Years of friendship between the two, toasted.
    assert relations_of("Mwangi raised a glass to forty years of friendship between two peoples.") == [
        (("KE", "NO"), 1983)
    ]
    # A year of its own for a side that switched recognition, told as a list entry.
    assert relations_of("Numbers: 1990: the year Managua switched recognition to Taipei.") == [(("NI", "TW"), 1990)]
    # Near misses: friendship with a person, and a switch of something other than recognition.
    assert relations_of("Mwangi spoke of forty years of friendship with his teacher.") == []
    assert relations_of("Numbers: 2016: the year Oslo switched its candidate to Bergen.") == []


def test_a_currency_word_several_states_share_is_the_one_issuers_among_the_figures_countries():
    lead = "ACCRA (Test Wire) - Ugandan President Okello Otim arrived in Accra on Monday for a visit to Ghana.\n\n"
    found = findings_of(lead + "Trade between Uganda and Ghana stood at Shs 90 billion last year.\n", "2024-03-05")
    assert [(f["parties"], f["value"], f["unit"]) for f in found["figures"]] == [(["UG", "GH"], 90.0, "UGX")]
    pesos = "Trade between Colombia and Ghana reached 400 billion pesos in 2023.\n"
    assert [f["unit"] for f in findings_of(lead + pesos, "2024-03-05")["figures"]] == ["COP"]
    # Near misses: a currency its state names keeps its code; two issuers named leave shillings nobody's.
    named = "Trade between Uganda and Ghana stood at 90 billion Kenyan shillings last year.\n"
    assert [f["unit"] for f in findings_of(lead + named, "2024-03-05")["figures"]] == ["KES"]
    two = "Trade between Uganda and Tanzania stood at Sh90 billion last year.\n"
    assert findings_of(lead + two, "2024-03-05").get("figures", []) == []


def test_documents_a_list_after_a_plural_signed_names_whatever_their_noun_and_a_pair_a_title_opens_with():
    signed = titles_of(
        "Officials signed nine agreements, among them a concessional loan for a water plant and a grant for "
        "school buses. Three memoranda were signed on Friday: on cooperation in fisheries, and a memorandum "
        "extending the Norwegian lectureship at the University of Nairobi until 2029. "
        "The two governments also signed a framework for a new research fund."
    )
    assert signed == sorted(
        [
            "concessional loan for a water plant",
            "grant for school buses",
            "memorandum on cooperation in fisheries",
            "memorandum extending the Norwegian lectureship at the University of Nairobi",
            "framework for a new research fund",
        ]
    )
    # A proper name with a small word in it, and the pair its name opens with, whoever the traveller.
    found = findings_of(
        OSLO_LEAD + "A review of the India-Brazil Trade in Services Agreement is due this year.\n", "2023-06-09"
    )
    assert [(a["title"], a["parties"]) for a in found["agreements"]] == [
        ("India-Brazil Trade in Services Agreement", ["IN", "BR"])
    ]
    # Near misses: a list of documents only discussed, and a framework only agreed, name none signed.
    assert titles_of("They discussed nine agreements, among them a concessional loan for a water plant.") == []
    assert titles_of("The two governments agreed on a framework for a new research fund.") == []


def test_figures_of_the_pair_named_before_of_sales_to_a_side_and_in_apposition_to_a_verdict():
    body = (
        "Ties between Kenya and the European Union run deeper: trade between the two reached 9 billion euros in 2022. "
        "Norwegian sales to Kenya came to about 70 million dollars in 2021. "
        "Trade with Denmark is modest, under 40 million dollars in 2020."
    )
    found = sorted(
        (f["metric"], tuple(f["parties"]), f["period"], f["value"])
        for f in findings_of(OSLO_LEAD + body + "\n", "2023-06-09")["figures"]
    )
    assert found == [
        ("exports", ("NO", "KE"), 2021, 70),
        ("trade", ("KE", "DK"), 2020, 40),
        ("trade", ("KE", "EU"), 2022, 9),
    ]
    # Near misses: sales at home name no pair; a verdict with no amount after it is no figure.
    body = "Norwegian car sales came to about 70 million dollars in 2021. Trade with Denmark is modest, officials said."
    assert findings_of(OSLO_LEAD + body + "\n", "2023-06-09").get("figures", []) == []


def test_a_name_someone_gives_is_no_document_and_official_short_forms_name_their_country():
    assert (
        titles_of("Norway pledged 5 million dollars, part of what Solberg has called the 'Fjord Plan' for Africa.")
        == []
    )
    # Near miss: a document issued under the name its authors give it is one.
    assert titles_of("The two leaders issued what they called the Oslo-Nairobi Vision, a plan to ease debts.") == [
        "Oslo-Nairobi Vision"
    ]
    assert figures_of("Trade between Lao PDR and Kenya was about 20 million dollars in 2022.") == [
        (("KE", "LA"), 2022, 20)
    ]


def test_a_document_named_by_what_it_does_as_a_participle_without_the_term_it_runs():
    assert titles_of("The two sides signed a protocol amending the double taxation treaty.") == [
        "protocol amending the double taxation treaty"
    ]
    assert titles_of("They signed an agreement renewing the fisheries quota until 2027.") == [
        "agreement renewing the fisheries quota"
    ]
    # Near miss: a participle of the sentence's own, after a comma, is no part of the title.
    assert titles_of("They signed a fisheries agreement, extending their talks to Friday.") == ["fisheries agreement"]


def test_trade_figures_with_other_qualifiers_of_their_amount():
    body = (
        "Trade between Kenya and Norway amounted to little more than 90 million dollars in 2022. "
        "Trade with Denmark came to well over 40 million dollars in 2022."
    )
    assert sorted(figures_of(body)) == [(("DK", "KE"), 2022, 40), (("KE", "NO"), 2022, 90)]
    # Near miss: a qualified amount of another sentence than the trade's is none of it.
    assert (
        figures_of("Trade between Kenya and Norway was small. Aid came to well over 90 million dollars in 2022.") == []
    )


def test_a_partnership_named_with_a_hyphenated_pair_is_that_pairs_whoever_travels():
    assert partnerships_of("Mwangi said the ASEAN-Japan Comprehensive Strategic Partnership continues to deepen.") == [
        (("ASEAN", "JP"), "comprehensive strategic partnership", "reaffirmed")
    ]
    # Near miss: a hyphenated word that names no pair leaves the visit's pair.
    assert partnerships_of("Mwangi said the long-standing strategic partnership continues to deepen.") == [
        (("KE", "NO"), "strategic partnership", "reaffirmed")
    ]


def test_a_partnership_by_a_name_of_its_own_that_was_signed_is_a_document():
    assert titles_of(
        "The two discussed the Fisheries and Coastal Research Partnership signed by their ministers in April."
    ) == ["Fisheries and Coastal Research Partnership"]
    # Near misses: a standing signed is the partnership's record; a declaration on one is named by its own noun.
    assert titles_of("The two leaders signed the Comprehensive Strategic Partnership on Friday.") == []
    assert titles_of("They signed the Oslo Declaration on Strategic Partnership.") == [
        "Oslo Declaration on Strategic Partnership"
    ]


def test_a_document_told_again_by_the_day_it_was_signed_is_no_title_of_its_own():
    body = (
        "The two leaders witnessed the signing of a Memorandum of Understanding on Fisheries Cooperation. "
        "Today's MoU will help fishing crews of both countries."
    )
    for day in ("Today's", "Monday's", "Yesterday\u2019s"):
        titles = titles_of(body.replace("Today's", day))
        assert titles == ["Memorandum of Understanding on Fisheries Cooperation"], day


def test_documents_signed_on_a_list_of_matters_with_no_count_are_one_on_each_matter():
    assert titles_of("In Oslo the ministers inked accords on tourism, mining and water with Kenya.") == [
        "accord on mining",
        "accord on tourism",
        "accord on water",
    ]
    assert titles_of("Officials initialled protocols on customs, fisheries, and the protection of forests.") == [
        "protocol on customs",
        "protocol on fisheries",
        "protocol on the protection of forests",
    ]
    # Near misses: a count makes the list the fields of the documents counted; two matters may be one document's.
    assert titles_of("The two sides signed 12 agreements on health, fisheries and education.") == []
    assert titles_of("Officials signed agreements on health and fisheries.") == []


def test_relations_established_a_span_ago_in_a_clause_of_their_own_date_from_the_story():
    assert relations_of(
        "Ties between Nairobi and Oslo, which were opened 50 years ago, now reach into shipping and research."
    ) == [(("KE", "NO"), 1973)]
    assert relations_of("Their ties, which were first set up six decades ago, have grown.") == [(("KE", "NO"), 1963)]
    assert relations_of("Relations were established 30 years ago.") == [(("KE", "NO"), 1993)]
    # Near miss: something else established a span ago.
    assert relations_of("The port, which was established 50 years ago, is busy.") == []


def test_a_count_of_papers_inked_and_of_agreements_to_ink_is_a_count_of_documents():
    def counts(body: str) -> list[tuple]:
        found = findings_of(OSLO_LEAD + body + "\n", "2023-06-09").get("agreement_counts", [])
        return [(c["value"], c["qualifier"], c["status"]) for c in found]

    assert counts("During the visit, 12 bilateral papers were inked.") == [(12, "exact", "signed")]
    assert counts(
        "Ministers from Nairobi and Oslo are expected to ink about 20 deals covering rail and solar power."
    ) == [(20, "about", "expected")]
    assert counts("The ministers will seal nine cooperation deals on Friday.") == [(9, "exact", "expected")]
    # Near miss: papers that are no documents of the sides.
    assert counts("Scientists of both countries published 40 papers last year.") == []


def test_a_document_the_sides_mean_to_discuss_or_form_is_none_signed():
    for body in (
        'Officials said Norway and Kenya would discuss a "Framework Agreement on Polar Research" next spring.',
        "Both confirmed their ambition to form a new Fisheries and Oceans Agreement next year.",
        "The ministers will draft a Coastal Shipping Agreement.",
    ):
        assert titles_of(body) == [], body
    # Near miss: the same document signed, whatever the act it serves.
    assert titles_of(
        'Norway and Kenya signed a "Framework Agreement on Polar Research" to form a joint institute.'
    ) == ["Framework Agreement on Polar Research"]


def test_one_of_a_few_documents_counted_told_by_its_place_in_the_count_is_named_by_its_matter():
    body = (
        "Solberg and Mwangi looked on as ministers signed two memoranda of understanding in Bergen. "
        "The first deals with a weather station shared on Lake Turkana. The second covers seed banks and dried fish."
    )
    assert titles_of(body) == [
        "memorandum of understanding on a weather station shared on Lake Turkana",
        "memorandum of understanding on seed banks and dried fish",
    ]
    assert titles_of("The two sides signed three agreements. The first establishes a joint research fund.") == [
        "agreement establishing a joint research fund"
    ]
    # Near misses: the first of things that are no documents, or of documents nobody signed.
    assert titles_of("Mwangi made two speeches. The first concerns the future of the ocean.") == []
    assert titles_of("Mwangi received two memoranda from lawyers. The first concerns the port.") == []


def test_another_document_signed_is_named_without_its_determiner():
    assert titles_of("The two sides signed a fisheries pact. Another agreement on culture was signed on Friday.") == [
        "agreement on culture",
        "fisheries pact",
    ]
    # Near miss: another document still to come is none signed.
    assert titles_of("Another agreement is expected next year.") == []


def test_the_day_a_document_was_signed_told_before_its_matter_is_no_word_of_its_title():
    for body, title in (
        (
            "Solberg and Mwangi signed a protocol on Thursday on the 60th anniversary of their ties.",
            "protocol on the 60th anniversary of their ties",
        ),
        (
            "The ministers signed a treaty yesterday on the return of cultural objects.",
            "treaty on the return of cultural objects",
        ),
        ("Norway and Kenya signed a protocol on 8 June for joint patrols at sea.", "protocol for joint patrols at sea"),
    ):
        assert titles_of(body) == [title], body
    # Near miss: a document signed on an anniversary, with no day told before it, is named by no anniversary.
    assert titles_of("The two sides signed a charter on the 60th anniversary of their ties.") == []


def test_a_document_whose_matter_follows_its_verb_and_the_bodies_that_signed_it():
    for body, title in (
        (
            "Officials said an accord had been made for founding a fund in which banks invest.",
            "accord for founding a fund",
        ),
        (
            "Lastly, a memorandum was signed between the two coast guards to share radar data on fishing fleets.",
            "memorandum to share radar data on fishing fleets",
        ),
        (
            "Later, a letter of intent was exchanged on a railway line to the coast.",
            "letter of intent on a railway line to the coast",
        ),
    ):
        assert titles_of(body) == [title], body
    # Near miss: a sitting, not a matter, after the verb.
    assert titles_of("An agreement was made on the sidelines of the forum.") == []


def test_a_long_title_before_its_passive_verb_is_a_document_signed():
    body = (
        "Another agreement on closer work in flood relief and storm warnings between the Norwegian Red Cross and "
        "the Kenya Meteorological Department was signed by both envoys."
    )
    assert titles_of(body) == ["agreement on closer work in flood relief"]
    # Near miss: the same document still to be signed.
    assert titles_of(body.replace("was signed", "will be signed next year")) == []


def test_one_and_another_of_the_documents_counted_are_named_by_what_they_are_on_or_meant_to_do():
    body = (
        "Norway and Kenya signed three memoranda of understanding on Friday. One concerns the training of nurses. "
        "Another, signed by the two fisheries agencies, aims to curb illegal trawling, fuel smuggling and piracy."
    )
    assert titles_of(body) == [
        "memorandum of understanding on the training of nurses",
        "memorandum of understanding to curb illegal trawling, fuel smuggling and piracy",
    ]
    # Near miss: one of things that are no documents.
    assert titles_of("Mwangi gave three interviews. One concerns the training of nurses.") == []


def test_the_matters_a_plural_of_documents_includes_or_covers_each_name_one():
    for body, titles in (
        (
            "The accords signed include Coastal Shipping; Science, Research and Innovation; and Culture.",
            ["accord on Coastal Shipping", "accord on Culture", "accord on Science, Research and Innovation"],
        ),
        (
            "Mwangi signed several accords with Norway, including for the training of pilots, and for the "
            "return of stolen art to its owners.",
            ["accord for the return of stolen art to its owners", "accord for the training of pilots"],
        ),
        (
            "Norway and Kenya signed accords on Friday. The accords included commitments to train nurses, "
            "build two clinics and fund a cancer registry.",
            ["accord to build two clinics", "accord to fund a cancer registry", "accord to train nurses"],
        ),
    ):
        assert titles_of(body) == titles, body
    # Near misses: a count before the plural makes the matters its fields; a list no document signed includes.
    assert titles_of("The two sides signed 12 agreements covering fisheries, health and culture.") == []
    assert titles_of("Their talks covered fisheries, health and culture.") == []


def test_a_joint_statement_to_the_press_is_no_document():
    assert titles_of("The signing ceremony was followed by a joint statement to the press.") == []
    # Near miss: a joint statement the two sides issued is one.
    assert titles_of("The signing ceremony was followed by a joint statement on maritime security.") == [
        "joint statement on maritime security"
    ]


def test_a_document_that_makes_a_decision_formal_told_by_what_it_lays_down():
    assert titles_of(
        'The pact on patrols was formalized through a memorandum that "sets out the rules for joint patrols at sea."'
    ) == ["memorandum that sets out the rules for joint patrols at sea"]
    assert titles_of("The plan was formalised in an accord that defines the route of the new cable.") == [
        "accord that defines the route of the new cable"
    ]
    # Near miss: a document that lays down rules, with nothing that signs it or makes it formal.
    assert titles_of("Mwangi praised any memorandum that sets out the rules for joint patrols at sea.") == []


def test_a_list_after_include_that_names_no_matter_names_no_document():
    for body in (
        "The two sides signed accords. The agreements include provisions on data, customs and visas.",
        "The accords signed include clauses that protect workers and investors.",
        "The memoranda signed include one with Norway and another with Chile.",
        "They signed agreements. The agreements covered a wide range of areas, including trade, energy and health.",
    ):
        assert titles_of(body) == [], body
    # Near miss: matters named each by their own words are documents.
    assert titles_of("Agreements signed during the visit cover energy, mining and tourism.") == [
        "agreement on energy",
        "agreement on mining",
        "agreement on tourism",
    ]


def test_where_or_when_a_document_was_signed_after_its_day_is_no_matter_of_it():
    for body in (
        "They signed a joint statement yesterday on the eve of the summit.",
        "They signed a joint statement yesterday on the occasion of the anniversary.",
    ):
        assert titles_of(body) == ["joint statement"], body
    # Near miss: the matter after the day is the document's.
    assert titles_of("They signed a joint statement yesterday on the future of the port.") == [
        "joint statement on the future of the port"
    ]


def test_an_instrument_cited_as_a_norm_is_no_agreement_of_the_visit():
    # "in line with international law and the UN Convention on ...": a standard the sides invoke, not a deal.
    assert (
        titles_of(
            "The two leaders said disputes must be settled in line with international law and the UN Convention on "
            "the Law of the Sea."
        )
        == []
    )
    # Near miss: a document signed in the same clause is one.
    assert titles_of("In line with their plan, they signed an agreement on visa-free travel for diplomats.") == [
        "agreement on visa-free travel for diplomats"
    ]
