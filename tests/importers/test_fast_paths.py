"""The importer's shortcuts for big readouts give what the general code gives.

Each shortcut skips work when a cheap check shows it cannot matter (a paragraph that cannot
start with a number, an ASCII section number); these properties hold it to the long way.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from briefing_app.importers import chrome, content, doubts, import_text, structure
from briefing_app.importers.blocks import (
    Block,
    collapse_spaces,
    needs_only_spacing,
    normalise_inline,
)
from briefing_app.importers.chrome import source_url
from briefing_app.importers.markers import block_markers, fold, leading_marker, parse_marker
from briefing_app.importers.plaintext import _line_blocks

MARKERS = [
    "1.", "12.", "1)", "(1)", "(12)", "- (1)", "– (2)", "—(3)", "１．", "（１）", "〔1〕", "①",
    "⑳", "I.", "(a)", "a)", "一、", "(ア)", "•", "-", "o", "1", "10000.", "(1234)", "٣.",
    "١)", "(٣)", "－(1)", "０.",
]  # fmt: skip
TAILS = st.text(alphabet=st.sampled_from(list("ab 1(.)-–\u3000Aア一")), max_size=12)


def _value_the_long_way(number: str | None) -> int | None:
    if number is None:
        return None
    plain = unicodedata.normalize("NFKC", number).strip("().")
    return int(plain) if re.fullmatch(r"\d{1,4}", plain) else None


@given(st.one_of(st.none(), st.sampled_from(MARKERS), st.text(max_size=8)))
def test_section_values_read_as_the_long_way(number: str | None) -> None:
    assert doubts._value(number) == _value_the_long_way(number)


def _stray_the_long_way(text: str) -> bool:
    marker = parse_marker(text, allow_bare=False)
    if marker is None or marker.is_bullet or not marker.number:
        return False
    return re.fullmatch(r"\(?\d{1,3}\)?", unicodedata.normalize("NFKC", marker.number)) is not None


@given(st.sampled_from([*MARKERS, ""]), TAILS, st.text(max_size=6))
def test_no_paragraph_with_a_stray_number_is_skipped(marker: str, tail: str, noise: str) -> None:
    for text in (f"{marker} {tail}", f"{marker}{tail}", f"{noise}{marker} {tail}"):
        if _stray_the_long_way(text):
            assert text[:1] in doubts._NUMBER_STARTS, text


def test_stray_numbers_are_found_deep_in_the_outline() -> None:
    lines = ["Meeting Readout", "The ministers met on 28 January 2012."]
    for number in range(1, 6):
        lines += [f"{number}. Topic {number}", f"(1) First point of topic {number}."]
        lines += ["Its detail.", f"(2) Second point of topic {number}."]
    lines += ["（５） A point numbered out of turn.", "④ Another one."]
    readout = import_text("\n".join(lines) + "\n")
    strays = [d for d in readout.doubts if d.code == "doubt.stray_number"]
    assert [d.params["marker"] for d in strays] == ["（５）", "④"]
    assert [d.params["line"] for d in strays] == [23, 24]


SPACY = st.text(
    alphabet=st.sampled_from(
        list("ab. \t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u2028\u3000\u200b\u00adé\u0301ア")
    ),
    max_size=40,
)


@given(st.one_of(SPACY, st.text(max_size=40)))
@example("a ")
@example(" a")
@example("a  b")
@example("a\xa0b")
@example("a\u2028")
def test_collapsing_spaces_is_splitting_and_joining(text: str) -> None:
    assert collapse_spaces(text) == " ".join(text.split())


@given(st.one_of(SPACY, st.text(max_size=60)))
def test_a_clean_text_gives_the_blocks_of_line_by_line_normalising(text: str) -> None:
    lines = text.split("\n")
    clean = needs_only_spacing(text)
    if clean:
        assert all(collapse_spaces(line) == normalise_inline(line) for line in lines)
    assert _line_blocks(lines, clean=clean) == _line_blocks(lines, clean=False)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("They\u200b agreed\u00ad on trade.", "They agreed on trade."),
        ("They met in Montre\u0301al.", "They met in Montréal."),
        ("They\u3000met\xa0 in  Tokyo. ", "They met in Tokyo."),
    ],
)
def test_invisible_characters_accents_and_spaces_are_still_normalised(
    line: str, expected: str
) -> None:
    readout = import_text(f"Meeting Readout\nThe ministers met.\n{line}\n")
    assert [p.text for p in readout.preamble] == ["The ministers met.", expected]


@given(st.sampled_from([*MARKERS, "", "12 ", "3 Trade", "4 習主席"]), TAILS)
def test_a_blocks_markers_are_parsed_as_its_text_is(marker: str, tail: str) -> None:
    text = f"{marker} {tail}".strip() or "x"
    block = Block(text)
    first = parse_marker(text)
    second = None
    if first is not None and not first.is_bullet:
        second = parse_marker(text[first.length :], allow_bare=False)
    assert block_markers(block) == (first, second)
    assert leading_marker(block) == parse_marker(text, allow_bare=False)
    assert block_markers(block) == (first, second)  # from the memo, the same


def test_a_block_whose_text_changed_is_parsed_again() -> None:
    block = Block("1. Trade")
    assert leading_marker(block) is not None
    block.text = "Trade and energy"
    assert block_markers(block) == (None, None)
    assert leading_marker(block) is None


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=30))
def test_folding_leaves_ascii_as_it_is(text: str) -> None:
    # _parse_head skips fold() for ASCII text.
    assert fold(text) == text


_URL_THE_LONG_WAY = re.compile(r"(source|url|link|original)?\s*[:：]?\s*(https?://\S+)", re.I)


@given(
    st.one_of(
        st.text(max_size=30),
        st.builds(
            "{}{}{}".format,
            st.sampled_from(["", "Source: ", "URL：", " link ", "original"]),
            st.sampled_from(["https://", "http://", "ftp://", "https:/", "https//"]),
            st.text(max_size=12),
        ),
    )
)
@example("Source: https://example.org/readout")
def test_a_source_line_is_found_as_the_regex_finds_it(text: str) -> None:
    match = _URL_THE_LONG_WAY.fullmatch(text.strip())
    assert source_url(text) == (match.group(2) if match else None)


def test_copied_list_numbering_is_looked_for_only_when_a_block_has_two_markers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    long_way = structure._artefact_families

    def counted(blocks: list[Block]) -> set[tuple[str, str]]:
        calls.append(len(blocks))
        return long_way(blocks)

    monkeypatch.setattr(structure, "_artefact_families", counted)
    plain = "Meeting\nThe ministers met.\n1. Trade\n(1) They agreed on trade.\n2. Energy\n"
    readout = import_text(plain)
    assert [s.number for s in readout.sections] == ["1", "2"]
    assert calls == []
    # A copied page's "1. (1) text": the families are still those of every block.
    copied = (
        "Meeting\nThe ministers met.\nThey talked.\n1. (1) They agreed on trade.\n"
        "2. (2) They agreed on energy.\n3. (3) They agreed on culture.\n"
    )
    readout = import_text(copied)
    assert [s.number for s in readout.sections] == ["(1)", "(2)", "(3)"]
    assert calls in ([5], [5, 5])  # once per pass of the builder, over every block


def test_stray_number_lines_are_counted_in_the_preamble_and_sections_alike() -> None:
    lines = ["Meeting Readout", "The ministers met on 28 January 2012.", "(7) An opening point."]
    for number in range(1, 4):
        lines += [f"{number}. Topic {number}", "Some text.", "", "More text."]
        lines += [f"(9{number}) Out of turn."]
    readout = import_text("\n".join(lines) + "\n")
    strays = [d for d in readout.doubts if d.code == "doubt.stray_number"]
    assert len(strays) == 3
    for doubt in strays:
        assert doubt.span is not None
        assert doubt.params["line"] == doubts.line_number(readout, doubt.span)
        assert readout.text.split("\n")[doubt.params["line"] - 1].startswith(doubt.params["marker"])


def _prose_the_long_way(text: str, stopwords: frozenset[str]) -> bool:
    if content.wide_share(text) >= 0.3:
        return len(text) >= content.PROSE_MIN_WIDE_CHARS and bool(re.search(r"[。、，！？]", text))
    words = content._WORD.findall(text)
    if len(words) < content.PROSE_MIN_WORDS:
        return False
    if not (content._SENTENCE_END.search(text) or len(words) >= content.PROSE_UNENDED_WORDS):
        return False
    return content.stopword_share(text, stopwords) >= content.STOPWORD_SHARE


_ASCII_PROSE = st.lists(
    st.sampled_from(
        ["the", "The", "OF", "and", "ministers", "met", "U.S.", "don't", "'s", "2012", "a_b",
         "Korea.", "agreed;", "x-ray", "(1)", " ", "  ", "\t", "!", "?", ":", '"', ")",
         "they’re", "’s", "“Yes”", "—", "–", "…", "‘quote’", "\xa0", "don’t’", "é", "ア",
         "'", "''", "a''b", "'the", "of'", "'and'", "it's'", "x'y'z", "THE'S", "9'a", "_'s"]
    ),
    max_size=45,
).map(" ".join)  # fmt: skip


_TYPOGRAPHIC_TEXT = st.text(
    alphabet=st.one_of(st.characters(max_codepoint=127), st.sampled_from(list("’‘“”–—…\xa0"))),
    max_size=80,
)


@given(st.one_of(_ASCII_PROSE, _TYPOGRAPHIC_TEXT))
@example("The ministers’ talks — of the “day” — were good and they’d meet again…")
@example("The ministers met and agreed that the talks of the day were good.")
@example("The Ministers Met And Agreed That The Talks Of The Day Were Good")
def test_ascii_and_typographic_prose_is_told_as_the_long_way(text: str) -> None:
    for language in ("en", "fr"):
        stopwords = content._STOPWORDS[language]
        assert content._is_prose_after(text, stopwords) == _prose_the_long_way(text, stopwords)


@given(st.one_of(_ASCII_PROSE, st.text(alphabet=st.characters(max_codepoint=127))))
@example("'The don't a''b x_y ab12cd 'tis dogs' ' it'S")
def test_ascii_words_are_the_word_patterns_lower_cased(text: str) -> None:
    plain = content._without_typographic(text)
    if plain.isascii():
        expected = [word.encode() for word in content._WORD.findall(plain.casefold())]
        assert content._ascii_words(plain) == expected


_ENDINGS = st.lists(
    st.sampled_from([*".!?。！？…;:”\"’)）」』 \t\n\u3000\xa0ax1", "", "“", "(", "。」 "]),
    max_size=8,
).map("".join)


@given(st.text(max_size=20), _ENDINGS)
@example("They met. ”", "")
@example("They met.”  ", "")
@example("", "")
def test_a_sentence_end_is_found_as_the_pattern_finds_it(head: str, ending: str) -> None:
    text = head + ending
    assert content._ends_sentence(text) == bool(content._SENTENCE_END.search(text))


_MIXED = st.text(
    alphabet=st.sampled_from(list("ab .’“—\xa0éЖ\u0e01アー中한\U0001f600\ud800")), max_size=40
)


@given(st.one_of(_MIXED, st.text(max_size=30)))
@example("中文" + "a" * 4)
@example("中文" + "a" * 5)
def test_mostly_wide_is_a_wide_share_of_three_tenths(text: str) -> None:
    assert content._mostly_wide(text) == (content.wide_share(text) >= 0.3)


def test_a_paragraph_with_typographic_quotes_is_not_scanned_for_wide_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "The ministers’ talks — of the “day” — were good."
    monkeypatch.setattr(content, "_WIDE", _NoPattern())
    assert not content._mostly_wide(text)
    assert content._densest_run_start([Block(text)] * 2, [True, True]) == 0


class _NoPattern:
    def findall(self, text: str) -> list[str]:
        raise AssertionError(f"a word pattern was run over {text!r}")


def test_ascii_paragraphs_are_told_prose_without_a_word_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Finding the words of a big readout's every paragraph by a pattern took 0.2-0.3 s of
    # 10 MB; with a byte table and a split it takes a third of that.
    text = "The ministers’ talks — of the “day” — were good, and they'd meet again."
    stopwords = content._STOPWORDS["en"]
    assert content._is_prose_after(text, stopwords)
    monkeypatch.setattr(content, "_WORD", _NoPattern())
    monkeypatch.setattr(content, "_ASCII_WORD", _NoPattern(), raising=False)
    assert content._is_prose_after(text, stopwords)
    assert not content._is_prose_after("Ministers, Talks, Day, Good, Meet, Again, Soon, Now.", stopwords)


@given(st.one_of(st.text(max_size=30), st.text(alphabet=st.characters(max_codepoint=127))))
def test_wide_share_is_the_share_of_wide_characters(text: str) -> None:
    expected = len(content._WIDE.findall(text)) / len(text) if text else 0.0
    assert content.wide_share(text) == expected


class _Refused:
    def findall(self, text: str) -> list[str]:
        raise AssertionError(f"the Unicode word pattern was used on {text!r}")


def test_english_paragraphs_are_told_prose_without_the_unicode_word_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Meeting Readout\nThe ministers met on 28 January 2012.\n" + "".join(
        f"{n}. Topic {n}\nThe ministers discussed the “state” of topic {n} — they’d talk long.\n"
        for n in range(1, 40)
    )
    expected = import_text(text).model_dump()
    monkeypatch.setattr(content, "_WORD", _Refused())
    monkeypatch.setattr(content, "detect_stopwords", lambda texts: content._STOPWORDS["en"])
    assert import_text(text).model_dump() == expected


_CHROME_WORDS = st.sampled_from(
    ["Back to Index", "Copyright 2012", "2 / 5 pages", "views: 12", "12 views", "Page 3",
     "Print", "Share", "English | 日本語", "Home > Press", "目次へ戻る", "トップへ戻る",
     "본문 바로가기", "READOUT", "- 3 -", "***", "END", "(c) 2020", "Department of State",
     "Top", "Last updated 2 May", "", " "]
)  # fmt: skip


@given(
    st.sampled_from(["1. ", "12. ", "(3) ", "(12)\u3000", "٣. ", "1.\t", "[1. ", "| (2) "]),
    st.one_of(_CHROME_WORDS, st.text(max_size=20)),
)
def test_a_numbered_line_is_no_chrome_as_the_long_match_says(marker: str, rest: str) -> None:
    text = marker + rest
    stripped = text.strip().strip("[]<>«»|").strip()
    # chrome_reason() answers None at once for these: the long match would find nothing.
    if chrome._NUMBERED_START.match(stripped):
        assert chrome._CHROME.fullmatch(stripped) is None, text
