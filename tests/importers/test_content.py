"""Finding the readout among page furniture by what blocks look like (synthetic pages)."""

from __future__ import annotations

from briefing_app.importers.blocks import Block
from briefing_app.importers.content import detect_stopwords, is_label_row, is_prose, locate_content
from tests.importers.helpers import load

PROSE_1 = (
    "The two ministers met in the capital on Tuesday and reviewed the state of relations "
    "between their countries, which they described as close and growing."
)
PROSE_2 = (
    "They agreed to hold the next round of talks in the spring and to ask their officials "
    "to prepare a plan for cooperation on energy and trade."
)


def removed_reasons(text: str) -> dict[str, str]:
    readout = load(text)
    return {r.text: r.reason for r in readout.removed}


def test_menu_lines_above_the_title_are_furniture_and_the_title_sits_by_the_date() -> None:
    readout = load(
        "Skip to content\nHome\nNewsroom\nOur ministers\nAbout the ministry\nMinisters Meet on Trade and Energy\n"
        f"March 3, 2024\n{PROSE_1}\n{PROSE_2}\n"
    )
    assert readout.title == "Ministers Meet on Trade and Energy"
    assert readout.date == "March 3, 2024"
    reasons = {r.text: r.reason for r in readout.removed}
    assert reasons["Our ministers"] == "page furniture above the title"
    assert reasons["About the ministry"] == "page furniture above the title"
    assert [p.text for p in readout.preamble] == [PROSE_1, PROSE_2]


def test_a_byline_under_the_title_is_not_the_title() -> None:
    readout = load(
        "New York\n17 September 2023\nReadout of the Secretary-General's meeting with the "
        f"Foreign Minister of Ruritania\nJane Doe, Spokesperson\n{PROSE_1}\n{PROSE_2}\n"
    )
    assert (
        readout.title
        == "Readout of the Secretary-General's meeting with the Foreign Minister of Ruritania"
    )
    assert "New York" in {r.text for r in readout.removed}


def test_a_sentence_is_never_taken_for_the_title() -> None:
    first = "Today, Prime Minister Jane Roe met with President John Doe of Ruritania in Ottawa."
    readout = load(f"Main Container\n{first}\n{PROSE_1}\n{PROSE_2}\n")
    assert readout.title != first
    assert first in [p.text for p in readout.preamble]


def test_short_lines_trailing_after_the_text_are_furniture_but_a_last_sentence_is_not() -> None:
    reasons = removed_reasons(
        f"Ministers Meet\nMarch 3, 2024\n{PROSE_1}\n{PROSE_2}\nSuggest to a friend:\nPhotos\nPhotos\n"
    )
    assert reasons == {
        "Suggest to a friend:": "page furniture after the readout",
        "Photos": "page furniture after the readout",
    }
    readout = load(
        f"Ministers Meet\nMarch 3, 2024\n{PROSE_1}\n{PROSE_2}\nThey will meet again.\nTrade | 30 billion\n"
    )
    assert readout.removed == []


def test_label_rows_and_repeats_between_title_and_text_are_furniture() -> None:
    readout = load(
        f"Readout of the Minister's call with the Foreign Minister of Ruritania\nReadouts | Minister's Office\n"
        f"Readouts | Minister's Office\n{PROSE_1}\n{PROSE_2}\n"
    )
    assert readout.title == "Readout of the Minister's call with the Foreign Minister of Ruritania"
    assert [r.reason for r in readout.removed] == ["site section label", "site section label"]


def test_a_second_labelled_date_is_the_pages_not_the_meetings() -> None:
    readout = load(
        f"Ministers Meet on Trade\nPosted 8 Feb 2024\nRevised 9 Feb 2024\n{PROSE_1}\n{PROSE_2}\n"
    )
    assert readout.date == "8 Feb 2024"
    assert {r.text: r.reason for r in readout.removed} == {"Revised 9 Feb 2024": "page date"}


def test_prose_is_told_from_labels_by_length_punctuation_and_stop_words() -> None:
    english = detect_stopwords([PROSE_1, PROSE_2])
    assert is_prose(PROSE_1, english)
    assert not is_prose("Ministers Meet on Trade and Energy", english)
    assert not is_prose(
        "An Giang Binh Duong Binh Phuoc Binh Thuan Binh Dinh Bac Lieu Bac Giang.", english
    )
    german = detect_stopwords(
        [
            "Der Minister hat am Freitag seinen Amtskollegen aus den Vereinigten Staaten in Berlin empfangen."
        ]
    )
    assert is_prose(
        "Der Minister hat am Freitag seinen Amtskollegen aus den Vereinigten Staaten in Berlin empfangen.",
        german,
    )
    assert is_prose("両外相は、中東情勢及びその影響についても意見交換しました。", english)
    assert is_label_row("Home > News > Press Releases")
    assert not is_label_row("Trade | 30 billion US dollars were traded in 2023. It grew.")


def test_without_prose_nothing_is_located() -> None:
    located = locate_content([Block("Home"), Block("News"), Block("Contact")])
    assert located.start is None and located.furniture == {}


def test_the_line_ending_the_breadcrumb_is_the_title_and_the_archive_banner_is_chrome() -> None:
    readout = load(
        "This site has been archived on 28 of April 2017\n28/04/2017\n"
        "Home > Resources > News > Council Meeting: Main results\nCouncil Meeting: Main results\n"
        "EU News 336/2015\nCouncil of the Union\nBrussels\n17-11-2015\n"
        f"{PROSE_1}\n{PROSE_2}\n"
    )
    assert readout.title == "Council Meeting: Main results"
    reasons = {r.text: r.reason for r in readout.removed}
    assert reasons["This site has been archived on 28 of April 2017"] == "archive banner"
    assert "Home > Resources > News > Council Meeting: Main results" in reasons


def test_a_title_repeated_at_the_top_is_the_title_even_when_it_ends_with_a_period() -> None:
    title = "Summary of the Weekly Press Briefing by the Spokesperson, Thursday 8 February 2024 at 10.30 hrs."
    readout = load(f"{title}\n{title}\nPosted 8 Feb 2024\n| 2,343 view\n{PROSE_1}\n{PROSE_2}\n")
    assert readout.title == title
    assert {r.text: r.reason for r in readout.removed}[title] == "repeated title"


def test_doubts_say_how_sure_the_import_is() -> None:
    sure = load(f"Ministers Meet on Trade\nMarch 3, 2024\n1. {PROSE_1}\n2. {PROSE_2}\n")
    assert sure.doubts == []
    unsure = load(
        f"Home\nNewsroom\nAbout the ministry\nMinisters Meet on Trade\nThey met today.\n2. {PROSE_1}\n3. {PROSE_2}\n"
    )
    assert [s.number for s in unsure.sections] == ["2", "3"]
    messages = [(d.kind, d.message) for d in unsure.doubts]
    assert (
        "title",
        "Title guessed from line 4 (nearest title-like line above the text)",
    ) in messages
    assert ("date", "No meeting date found") in messages
    assert (
        "chrome",
        "3 lines removed as site chrome (3 page furniture above the title)",
    ) in messages
    assert ("numbering", "Section numbering starts at 2") in messages
    title_doubt = next(d for d in unsure.doubts if d.kind == "title")
    assert title_doubt.span == unsure.title_span


def test_doubts_and_content_finding_stay_linear_on_many_stray_numbers() -> None:
    """Counting the line of every stray "N." paragraph made a 10 MB import take 74 s."""
    import time

    from briefing_app.importers import import_text

    def best(n: int) -> float:
        text = "Ministers Meet\n" + "".join(f"{5 + (i % 3) * 7}. {PROSE_1}\n" for i in range(n))
        times = []
        for _ in range(2):
            started = time.perf_counter()
            readout = import_text(text)
            times.append(time.perf_counter() - started)
        assert sum(d.kind == "numbering" for d in readout.doubts) <= 4
        return min(times)

    small, large = best(3000), best(12000)
    assert large / small < 8, f"{small:.2f} s -> {large:.2f} s for 4x the text"


def test_a_title_broken_across_two_lines_is_taken_whole_under_a_section_label() -> None:
    readout = load(
        "Diplomatic Bluebook Topics\n\nJapan-Australia Foreign Ministers' Meeting and\nWorking Lunch\n\n"
        f"Feb. 15\n\n{PROSE_1}\n\n{PROSE_2}\n"
    )
    assert readout.title == "Japan-Australia Foreign Ministers' Meeting and\nWorking Lunch"
    assert readout.title_span is not None
    assert readout.text[readout.title_span.start : readout.title_span.end] == readout.title
    assert readout.date == "Feb. 15"
    assert {r.text: r.reason for r in readout.removed} == {
        "Diplomatic Bluebook Topics": "page furniture above the title"
    }


def test_a_roman_section_left_of_indented_items_stands_beside_them_and_restarts_their_numbers() -> (
    None
):
    readout = load(
        f"Joint Declaration\n\nThe leaders met.\n\n  1. {PROSE_1}\n  2. {PROSE_2}\n\n"
        f"I. Relations and the International Order\n\n  1. {PROSE_1}\n  2. {PROSE_2}\n"
    )
    assert [(s.number, s.heading, len(s.items)) for s in readout.sections] == [
        ("1", None, 0),
        ("2", None, 0),
        ("I", "Relations and the International Order", 2),
    ]
    assert [i.number for i in readout.sections[2].items] == ["1", "2"]


def test_japanese_paragraphs_numbered_with_a_bare_number_are_sections() -> None:
    readout = load(
        "日中首脳電話会談\n令和2年9月25日\n9月25日、両首脳は電話会談を行ったところ、概要以下のとおり。\n"
        "1 習主席からは、祝意の言葉をいただいた上で、日中関係を発展させていくことへの意欲が示された。\n"
        "2 また両首脳は、引き続き、両国が様々なルートで連携していくことを確認した。\n"
    )
    assert [s.number for s in readout.sections] == ["1", "2"]
    plain = load(
        "Trade figures\n\n30 billion dollars of goods were traded between the two countries.\n"
    )
    assert plain.sections == []


def test_an_ordinal_line_between_numbered_paragraphs_is_a_heading() -> None:
    readout = load(
        f"Forum Outcomes\n\n1. {PROSE_1}\n\n47th Forum and related meetings\n\n2. {PROSE_2}\n\n"
        f"The role of the meeting\n\n3. {PROSE_1}\n"
    )
    assert [s.heading for s in readout.sections if s.heading] == [
        "47th Forum and related meetings",
        "The role of the meeting",
    ]


def test_share_and_print_links_in_other_languages_are_chrome() -> None:
    for word in ("Partager", "Teilen", "Compartir", "共有", "Поделиться"):
        readout = load(f"Déclaration des ministres\n{word}\n{PROSE_1}\n{PROSE_2}\n")
        assert {r.text: r.reason for r in readout.removed} == {word: "navigation"}, word


def test_a_guessed_encoding_is_a_doubt_a_declared_or_utf8_one_is_not() -> None:
    from briefing_app.importers import import_bytes

    text = f"Réunion des ministres à Genève\n\n{PROSE_1} Les ministres se sont réunis à Genève.\n"
    guessed = import_bytes(text.encode("cp1252"), "r.txt")
    assert [d.kind for d in guessed.doubts if d.kind == "encoding"] == ["encoding"]
    assert not [
        d for d in import_bytes(text.encode("utf-8"), "r.txt").doubts if d.kind == "encoding"
    ]
    page = f'<html><head><meta charset="windows-1252"></head><body><h1>Réunion</h1><p>{PROSE_1}</p></body></html>'
    assert not [
        d for d in import_bytes(page.encode("cp1252"), "p.html").doubts if d.kind == "encoding"
    ]
    bare = f"<html><body><h1>Réunion à Genève</h1><p>{PROSE_1} Réunis à Genève.</p></body></html>"
    assert [
        d.kind for d in import_bytes(bare.encode("cp1252"), "p.html").doubts if d.kind == "encoding"
    ] == ["encoding"]


def test_chrome_classes_named_in_issue_9_are_removed_by_the_prior() -> None:
    lines = {
        "オーストラリア連邦へ戻る": "navigation",
        "본문 바로가기": "navigation",
        "검색창 열기": "navigation",
        "Version française": "language switcher",
        "英語版 (English)": "language switcher",
        "Flag of United States of America": "national symbol",
        "Last updated: 07 Oct. 2009 15:22": "footer",
    }
    for line, reason in lines.items():
        readout = load(f"Ministers Meet on Trade\nMarch 3, 2024\n{PROSE_1}\n{line}\n{PROSE_2}\n")
        assert {r.text: r.reason for r in readout.removed} == {line: reason}, line
    readout = load(
        f"Ministers Meet on Trade\nMarch 3, 2024\n{PROSE_1}\nReturn to Growth\n{PROSE_2}\n"
    )
    assert readout.removed == []  # a heading, not a link back


def test_a_title_is_joined_only_with_the_line_right_under_it() -> None:
    """Found by the no-text-lost property: a repeated first line (removed as a label) stood
    between the title and "Home", and joining them made the title cover the removed line."""
    from briefing_app.core.coverage import coverage_problems
    from briefing_app.importers import import_bytes

    lines = [
        "Japan-Australia Foreign Ministers' Meeting and",
        "Japan-Australia Foreign Ministers' Meeting and",
        "Home",
        "1. The two ministers met in the capital and reviewed the state of relations.",
    ]
    readout = import_bytes("\n".join(lines).encode(), "x.txt")
    assert coverage_problems(readout) == []
    assert readout.title == "Japan-Australia Foreign Ministers' Meeting and"
