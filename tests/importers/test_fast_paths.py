"""The importer's shortcuts for big readouts give what the general code gives.

Each shortcut skips work when a cheap check shows it cannot matter (a paragraph that cannot
start with a number, an ASCII section number); these properties hold it to the long way.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.importers import doubts, import_text
from briefing_app.importers.markers import parse_marker

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
