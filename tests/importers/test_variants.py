"""Structure recognition on small readouts written for each variant real readouts show."""

from __future__ import annotations

from tests.importers.helpers import load, numbers, shape


def test_top_level_marker_styles() -> None:
    for first, second in (("1.", "2."), ("1", "2"), ("1 -", "2 -"), ("1)", "2)"), ("I.", "II.")):
        readout = load(
            f"Title of the meeting\n{first} Bilateral relations\nThe sides met.\n"
            f"{second} Regional issues\nThey talked.\n"
        )
        assert [s.heading for s in readout.sections] == ["Bilateral relations", "Regional issues"]
        assert readout.sections[1].paragraphs[0].text == "They talked."


def test_full_width_japanese_markers() -> None:
    readout = load(
        "日露外相会談（概要）\n１．日露関係（総論）\n（１）両外相は協力を確認した。\n（２）次回会合について合意した。\n"
        "２．経済関係\n両外相は経済協力を議論した。\n"
    )
    assert readout.title == "日露外相会談（概要）"
    assert shape(readout.sections) == [("１", "日露関係（総論）", 2), ("２", "経済関係", 0)]
    assert numbers(readout.sections[0].items) == ["（１）", "（２）"]
    assert readout.sections[0].items[0].paragraphs[0].text == "両外相は協力を確認した。"


def test_korean_readout() -> None:
    readout = load(
        "한일 외교장관 회담 결과\n1. 양국 관계\n양 장관은 협력을 강화하기로 하였다.\n2. 북한 문제\n긴밀히 공조하기로 하였다.\n"
    )
    assert readout.title == "한일 외교장관 회담 결과"
    assert [s.heading for s in readout.sections] == ["양국 관계", "북한 문제"]


def test_numbered_paragraphs_without_headings() -> None:
    readout = load(
        "Joint Statement\n1. The leaders met in Tokyo and agreed to deepen cooperation.\n"
        "2. They welcomed the new agreement on trade.\n3. They will meet again next year.\n"
    )
    assert numbers(readout.sections) == ["1", "2", "3"]
    assert all(s.heading is None for s in readout.sections)


def test_item_styles_nest_under_sections() -> None:
    for items in (("(a)", "(b)"), ("•", "•"), ("o", "o"), ("-", "-"), ("*", "*"), ("(i)", "(ii)")):
        readout = load(
            f"Readout\n1. Trade\n{items[0]} Tariffs were discussed at length today.\n"
            f"{items[1]} Quotas were discussed at length today.\n2. Energy\nGas supplies.\n"
        )
        assert shape(readout.sections)[0] == ("1", "Trade", 2), items
        assert readout.sections[0].items[1].paragraphs[0].text.startswith("Quotas")


def test_bullets_with_hanging_indent_continuations() -> None:
    readout = load(
        "Readout of the call\n\nThe leaders spoke today about many topics of shared interest\n"
        "between the two countries and the wider region of the world.\n\n"
        "Climate Cooperation\n"
        "-   The leaders agreed to cut emissions and to work together on\n"
        "    clean energy research across the two countries.\n"
        "-   They will meet again at the summit later this year in\n"
        "    Brussels to review progress on the commitments.\n"
    )
    section = readout.sections[0]
    assert section.heading == "Climate Cooperation"
    assert len(section.items) == 2
    assert section.items[0].paragraphs[0].text == (
        "The leaders agreed to cut emissions and to work together on clean energy research "
        "across the two countries."
    )


def test_mid_line_item_marker() -> None:
    readout = load(
        "Meeting\n1. International issues\n- (1) North Korea\nThe ministers discussed the situation."
        " - (2) Others\nThe ministers exchanged views on Iran.\n"
    )
    items = readout.sections[0].items
    assert [(i.number, i.heading) for i in items] == [("(1)", "North Korea"), ("(2)", "Others")]
    assert items[0].paragraphs[0].text == "The ministers discussed the situation."


def test_list_rendering_artefacts_from_copied_pages() -> None:
    readout = load(
        "Meeting\n  1. (1) The ministers agreed on trade.\n  2. (2) They agreed on energy.\n"
        "  3. (3) They agreed on culture.\n"
    )
    assert numbers(readout.sections) == ["(1)", "(2)", "(3)"]
    assert readout.sections[0].paragraphs[0].text == "The ministers agreed on trade."


def test_duplicated_markers_start_at_one() -> None:
    readout = load("Meeting\n1. 1. The ministers agreed.\n2. 2. They parted as friends.\n")
    assert numbers(readout.sections) == ["1", "2"]
    assert readout.sections[1].marker == "2. 2."


def test_no_blank_lines_no_break_spaces_double_spaces() -> None:
    readout = load(
        "Meeting\u00a0readout\n1.\u00a0\u00a0Trade\nThe  ministers\u00a0 agreed.\n2.  Energy\nGas.\n"
    )
    assert readout.title == "Meeting readout"
    assert shape(readout.sections) == [("1", "Trade", 0), ("2", "Energy", 0)]
    assert readout.sections[0].paragraphs[0].text == "The ministers agreed."


def test_markdown_bold_headings_and_intro_sentences() -> None:
    readout = load(
        "# Readout\n\nThe leaders met.\n\n**Trade**  \nThey discussed trade.\n\n- Tariffs fall.\n"
        "- Quotas rise.\n\n***Energy and\nClimate***\n\nThey discussed energy.\n",
        name="readout.md",
    )
    assert readout.title == "Readout"
    assert [(s.heading, len(s.items)) for s in readout.sections] == [
        ("Trade", 2),
        ("Energy and Climate", 0),
    ]
    assert readout.sections[0].paragraphs[0].text == "They discussed trade."


def test_subheadings_between_numbered_paragraphs_in_plain_text() -> None:
    readout = load(
        "Joint Statement\n1. The leaders affirmed their partnership today.\n"
        "Technology Partnership\n2. The leaders welcomed new research funding.\n"
        "3. They agreed to cooperate on space.\nDefense Cooperation\n"
        "4. They welcomed the jet engine agreement.\n"
    )
    assert [(s.heading, numbers(s.items)) for s in readout.sections] == [
        (None, ["1"]),
        ("Technology Partnership", ["2", "3"]),
        ("Defense Cooperation", ["4"]),
    ]


def test_false_markers_are_text() -> None:
    readout = load(
        "Joint Statement\n1. The leaders will meet at the end of\n"
        "2023.The leaders hailed the plan for the\n"
        "2028-29 term and the 5G/6G networks and\n"
        "16447/13 was adopted; the aircraft Mk 2. Is built.\n"
        "2. Second paragraph ends here and is done.\n"
    )
    assert numbers(readout.sections) == ["1", "2"]
    first = readout.sections[0].paragraphs
    assert "2023.The leaders" in " ".join(p.text for p in first)
    assert "16447/13" in " ".join(p.text for p in first)


def test_year_at_line_start_is_not_a_section() -> None:
    readout = load(
        "Readout\n1. History\nRelations began long ago.\n2012. Relations were normalised.\n"
        "30 billion dollars of trade.\n2. Future\nMore to come.\n"
    )
    assert numbers(readout.sections) == ["1", "2"]


def test_site_chrome_is_removed_and_listed() -> None:
    readout = load(
        "Skip to main content\nHome > Foreign Policy > Europe\nEnglish | 日本語\n"
        "Meeting of Foreign Ministers\n1. Relations\nThey met.\nBack to Index\nBack to Top\n"
        "Page views: 1,234\nPrivacy Policy | Terms of Use | Contact Us\n"
        "© 2012 Ministry of Foreign Affairs\n###\n"
    )
    assert readout.title == "Meeting of Foreign Ministers"
    assert len(readout.removed) == 9
    assert {r.reason for r in readout.removed} >= {"navigation", "breadcrumb", "footer"}
    assert readout.sections[0].paragraphs[0].text == "They met."


def test_readout_with_no_sections() -> None:
    readout = load(
        "The Secretary spoke with the Foreign Minister today. They discussed the war and the "
        "humanitarian situation at length.\nThe Secretary thanked the Minister for the support.\n"
    )
    assert readout.sections == []
    assert readout.title is None
    assert len(readout.preamble) == 2


def test_repeated_title_is_removed() -> None:
    readout = load("Japan-Korea Summit\nJapan-Korea Summit\nThe leaders met in Seoul.\n")
    assert readout.title == "Japan-Korea Summit"
    assert [r.reason for r in readout.removed] == ["repeated title"]


def test_date_glued_to_title() -> None:
    readout = load("Japan-Russia Summit MeetingJanuary 28, 2012\nThe leaders met.\n")
    assert readout.title == "Japan-Russia Summit Meeting"
    assert readout.date == "January 28, 2012"
    spaced = load("Foreign Ministers' Meeting - 28 January 2012\nThe ministers met.\n")
    assert spaced.title == "Foreign Ministers' Meeting"
    assert spaced.date == "28 January 2012"


def test_attribution_line() -> None:
    readout = load(
        "Secretary Blinken's Call with Japanese Foreign Minister Hayashi\n"
        "The following is attributable to Spokesperson Ned Price:\n"
        "Secretary Blinken spoke with Foreign Minister Hayashi today.\n"
    )
    assert readout.attribution == "The following is attributable to Spokesperson Ned Price:"
    assert readout.preamble[0].text.startswith("Secretary Blinken spoke")


def test_japanese_date_is_found() -> None:
    readout = load("日韓外相会談\n2023年6月22日、両外相は会談を行った。\n")
    assert readout.date == "2023年6月22日"


def test_state_department_style_readout() -> None:
    readout = load(
        "Secretary Blinken’s Meeting with Japanese Foreign Minister Hayashi\nREADOUT\n"
        "OFFICE OF THE SPOKESPERSON\nJANUARY 6, 2023\n"
        "The below is attributable to Spokesperson Ned Price:\n"
        "Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Hayashi "
        "Yoshimasa in Washington. They discussed the alliance.\n"
    )
    assert readout.title == "Secretary Blinken’s Meeting with Japanese Foreign Minister Hayashi"
    assert readout.date == "JANUARY 6, 2023"
    assert readout.attribution == "OFFICE OF THE SPOKESPERSON"
    assert [p.text[:18] for p in readout.preamble] == [
        "The below is attri",
        "Secretary of State",
    ]
    assert "READOUT" in [r.text for r in readout.removed]


def test_white_house_page_chrome_and_published_date() -> None:
    readout = load(
        "BRIEFING ROOM\nSTATEMENTS AND RELEASES\n"
        "Readout of President Biden’s Meeting with Prime Minister Kishida of Japan\n"
        "Published May 18, 2023\n"
        "President Biden met today with Prime Minister Kishida of Japan in Hiroshima.\n"
    )
    assert (
        readout.title == "Readout of President Biden’s Meeting with Prime Minister Kishida of Japan"
    )
    assert readout.date == "May 18, 2023"
    assert readout.preamble[0].text.startswith("President Biden met today")


def test_numbered_navigation_menu_at_the_top_is_chrome() -> None:
    readout = load(
        "1. Home\n2. Foreign Policy\n3. Press Releases\n4. About Us\n"
        "Japan-Russia Foreign Ministers' Meeting\n1. Relations\nThe ministers met.\n"
        "2. Economy\nTrade grew.\n"
    )
    assert readout.title == "Japan-Russia Foreign Ministers' Meeting"
    assert [(s.number, s.heading) for s in readout.sections] == [
        ("1", "Relations"),
        ("2", "Economy"),
    ]
    assert sum(r.reason == "navigation menu" for r in readout.removed) == 4


def test_japanese_mofa_page_pasted_as_text() -> None:
    readout = load(
        "日露外相会談（概要）\n平成24年1月28日\n"
        "1月28日（土曜日）、玄葉外務大臣はラブロフ外務大臣と会談を行ったところ、概要は以下のとおり。\n"
        "１　日露関係（総論）\n（１）両外相は、今後の日露関係について幅広く意見交換を行った。\n"
        "（２）両外相は、あらゆる分野で協力を進めることを確認した。\n"
        "２　領土問題\n玄葉大臣から、北方四島の帰属に関する我が国の立場を説明した。\n"
    )
    assert readout.title == "日露外相会談（概要）"
    assert readout.date == "平成24年1月28日"
    assert [(s.number, s.heading, len(s.items)) for s in readout.sections] == [
        ("１", "日露関係（総論）", 2),
        ("２", "領土問題", 0),
    ]


def test_roman_alpha_arabic_nesting() -> None:
    readout = load(
        "Japan-Korea Summit Meeting\nOn March 16, the leaders met.\nI. Bilateral Relations\n"
        "A. Security\n1. The leaders agreed to resume shuttle diplomacy.\n"
        "2. They agreed to restart the security dialogue.\nB. Economy\n"
        "1. The leaders welcomed the resolution of export control issues.\n"
        "II. Regional Affairs\nA. North Korea\n1. The leaders condemned the missile launches.\n"
    )
    assert [(s.number, s.heading) for s in readout.sections] == [
        ("I", "Bilateral Relations"),
        ("II", "Regional Affairs"),
    ]
    security, economy = readout.sections[0].items
    assert (security.number, security.heading, len(security.items)) == ("A", "Security", 2)
    assert (economy.number, len(economy.items)) == ("B", 1)


def test_markdown_atx_headings_and_a_heading_after_bullets() -> None:
    readout = load(
        '---\ntitle: "Readout of the Meeting"\n---\n\n## 1. Opening\n\nThe ministers met.\n\n'
        "## 2. Trade\n\n- Tariffs were discussed.\n- Quotas were discussed.\n\n### (a) Rice\n\n"
        "Rice was discussed.\n",
        name="readout.md",
    )
    trade = readout.sections[1]
    assert [(i.number, i.heading) for i in trade.items] == [
        (None, None),
        (None, None),
        ("(a)", "Rice"),
    ]


def test_gov_uk_page_label_attribution_and_published_date() -> None:
    readout = load(
        "Press release\nForeign Secretary meets Japanese Foreign Minister\n"
        "The Foreign Secretary met Japan's Foreign Minister in London today.\n"
        "From: Foreign, Commonwealth & Development Office\nPublished 7 March 2023\n"
        "They discussed Ukraine and the Indo-Pacific.\n"
    )
    assert readout.title == "Foreign Secretary meets Japanese Foreign Minister"
    assert readout.date == "7 March 2023"
    assert readout.attribution == "From: Foreign, Commonwealth & Development Office"
    assert [r.reason for r in readout.removed] == ["document label"]


def test_korean_ministry_bullets_and_date() -> None:
    readout = load(
        "한-일 외교장관회담 결과\n□ 박진 외교부 장관은 3.16.(목) 하야시 외무대신과 회담을 개최하였다.\n"
        "ㅇ 양 장관은 셔틀외교 복원을 환영하였다.\nㅇ 양 장관은 안보 대화를 재개하기로 하였다.\n"
        "□ 양 장관은 북한 문제에 대해 긴밀히 공조하기로 하였다.\n"
    )
    assert [len(s.items) for s in readout.sections] == [2, 0]
    assert readout.date == "3.16.(목)"


def test_chinese_numbered_sections() -> None:
    readout = load(
        "中日外长会谈\n一、双边关系\n双方同意加强合作。\n二、地区问题\n双方就朝鲜半岛局势交换了意见。\n"
    )
    assert [(s.number, s.heading) for s in readout.sections] == [
        ("一", "双边关系"),
        ("二", "地区问题"),
    ]


def test_date_and_office_above_the_title() -> None:
    readout = load(
        "January 28, 2012\nOFFICE OF THE SPOKESPERSON\nSecretary Clinton's Meeting With Foreign "
        "Minister Gemba\nSecretary Clinton met today with Foreign Minister Gemba.\n"
    )
    assert readout.title == "Secretary Clinton's Meeting With Foreign Minister Gemba"
    assert readout.date == "January 28, 2012"
    assert readout.attribution == "OFFICE OF THE SPOKESPERSON"


def test_pdf_copy_page_numbers_and_numeric_dates() -> None:
    readout = load(
        "Joint Press Statement\n2012/01/28\n1. Relations\nThe ministers met.\n- 2 -\n"
        "2. Energy\nThey discussed gas.\n- 3 -\n"
    )
    assert readout.date == "2012/01/28"
    assert [r.reason for r in readout.removed] == ["page header", "page header"]
    assert [s.number for s in readout.sections] == ["1", "2"]
    european = load("Meeting of Ministers\nBerlin, 28.01.2012\nThe ministers met.\n")
    assert european.date == "28.01.2012"


def test_short_first_sentence_is_not_a_title() -> None:
    readout = load(
        "Secretary Blinken spoke today with Foreign Minister Hayashi.\n"
        "They discussed the war in Ukraine and regional security.\n"
    )
    assert readout.title is None
    assert len(readout.preamble) == 2


def test_site_name_above_the_title_is_chrome() -> None:
    readout = load(
        "Ministry of Foreign Affairs of Japan\nJapan-Russia Foreign Ministers' Meeting\n"
        "The ministers met in Tokyo.\nMinistry of Foreign Affairs\n"
    )
    assert readout.title == "Japan-Russia Foreign Ministers' Meeting"
    assert [r.reason for r in readout.removed] == ["site name"]
    assert [p.text for p in readout.preamble] == [
        "The ministers met in Tokyo.",
        "Ministry of Foreign Affairs",
    ]


def test_japanese_katakana_sub_items() -> None:
    readout = load(
        "日米外相会談\n１．日米関係\n（１）同盟の強化\n（ア）両外相は抑止力の強化を確認した。\n"
        "（イ）両外相は協議の継続で一致した。\n（２）経済\n両外相は経済協力を議論した。\n"
    )
    first = readout.sections[0].items[0]
    assert (first.number, first.heading) == ("（１）", "同盟の強化")
    assert [i.number for i in first.items] == ["（ア）", "（イ）"]
