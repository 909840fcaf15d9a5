"""Recognising section and item markers: "1.", "(1)", "- (1)", "I.", "(a)", "１．", "（１）", "•".

A marker is only a *candidate* here; whether it really opens a section is decided by the
structure builder, which checks the numbering sequence. Parsing works on a width-preserving
fold of full-width forms to ASCII, so offsets stay valid in the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from briefing_app.importers.blocks import Block

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space fold one-to-one to ASCII.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_FOLD.update({ord("〔"): ord("("), ord("〕"): ord(")")})

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_KANJI_DIGITS = "〇一二三四五六七八九十"
# Japanese documents count sub-items in katakana order: (ア), (イ), (ウ) ...
_KATAKANA_ORDER = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
)
_TOKEN = (
    rf"[0-9]{{1,4}}|[A-Za-z]|[ivxlcdmIVXLCDM]{{2,7}}|[{_KANJI_DIGITS}]{{1,3}}|[{_KATAKANA_ORDER}]"
)

_NUMBERED = re.compile(
    rf"""(?P<dash>[-–—]\s?)?
    (?:
        \((?P<paren>{_TOKEN})\)
      | (?P<num>{_TOKEN})(?P<deco>[.)、]|\s[-–—](?=\s))
      | (?P<circled>[\u2460-\u2473])
    )
    (?=\s|$|[{_CJK}])""",
    re.VERBOSE,
)
_BARE_NUMBER = re.compile(r"(?P<num>[0-9]{1,2})(?=\s+[A-Z" + _CJK + r"])")
_BULLET = re.compile(r"(?P<glyph>[•・●○◦▪■□◆◇►▶➢➤✓*\-–—oㅇ])(?:\s+|(?=[" + _CJK + r"]))(?=\S)")
# The glyphs that only count as bullets when a space follows (they start ordinary text too).
_SPACE_ONLY_BULLETS = frozenset("o*-–—ㅇ")

BARE_FAMILY = ("arabic", " ")
"""The family of a bare number ("1 Heading"), read as a marker only where allowed."""
_MARKER_WINDOW = 24  # no marker is longer; parsing looks no further
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


class Candidate(NamedTuple):
    """One reading of a marker: which numbering family it belongs to and its value."""

    family: tuple[str, str]
    value: int


class Marker(NamedTuple):
    """A marker found at the start of a text, with every way of reading it."""

    length: int
    """Characters the marker takes, trailing whitespace included."""
    marker: str
    """The marker as printed, without surrounding whitespace."""
    number: str | None
    """The number as printed without a trailing period; None for bullets."""
    candidates: tuple[Candidate, ...]

    @property
    def is_bullet(self) -> bool:
        return self.number is None


def fold(text: str) -> str:
    """Fold full-width ASCII and ideographic spaces to ASCII, keeping every offset."""
    return text.translate(_FOLD)


def parse_marker(text: str, *, allow_bare: bool = True) -> Marker | None:
    """Parse a marker at the very start of ``text`` (already stripped), or return None."""
    return _parse_head(text[:_MARKER_WINDOW], allow_bare)


@lru_cache(maxsize=8192)
def _parse_head(text: str, allow_bare: bool) -> Marker | None:
    folded = text if text.isascii() else fold(text)  # fold() changes no ASCII character
    match = _NUMBERED.match(folded)
    if match:
        return _numbered_marker(text, match)
    if allow_bare:
        bare = _BARE_NUMBER.match(folded)
        if bare:
            value = int(bare["num"])
            end = _skip_space(folded, bare.end())
            if value >= 1:
                return Marker(
                    length=end,
                    marker=text[: bare.end()],
                    number=text[: bare.end()],
                    candidates=(Candidate(BARE_FAMILY, value),),
                )
    bullet = _BULLET.match(folded)
    if bullet:
        glyph = bullet["glyph"]
        if glyph in _SPACE_ONLY_BULLETS and not folded[1:2].isspace():
            return None
        family_glyph = "-" if glyph in "-–—" else glyph
        return Marker(
            length=bullet.end(),
            marker=text[0],
            number=None,
            candidates=(Candidate(("bullet", family_glyph), 0),),
        )
    return None


def block_markers(block: Block) -> tuple[Marker | None, Marker | None]:
    """The marker starting ``block`` (bare numbers allowed) and any marker right after it.

    Parsed once per block and kept on it: finding the content, dropping chrome and
    recognising the structure all ask, and on a big readout the parse cache cannot hold
    every line between those passes.
    """
    parsed = block.parsed
    if parsed is None or parsed[0] is not block.text:
        first = parse_marker(block.text)
        second = None
        if first is not None and not first.is_bullet:
            second = parse_marker(block.text[first.length :], allow_bare=False)
        parsed = block.parsed = (block.text, first, second)
    return parsed[1], parsed[2]  # type: ignore[return-value]


def leading_marker(block: Block) -> Marker | None:
    """``parse_marker(block.text, allow_bare=False)``, from :func:`block_markers`."""
    parsed = block.parsed  # block_markers() inlined: every block is asked, several times
    first = parsed[1] if parsed is not None and parsed[0] is block.text else block_markers(block)[0]
    if first is not None and first.candidates[0].family == BARE_FAMILY:
        return parse_marker(block.text, allow_bare=False)  # a bare number is no marker here
    return first


def _numbered_marker(text: str, match: re.Match[str]) -> Marker | None:
    if match["paren"] is not None:
        token, deco = match["paren"], "()"
        token_start, token_end = match.start("paren") - 1, match.end("paren") + 1
    elif match["num"] is not None:
        token, deco = match["num"], match["deco"].strip() or match["deco"]
        if deco in "-–—":
            deco = "-"
        token_start, token_end = match.start("num"), match.end("num")
    else:
        token = match["circled"]
        return Marker(
            length=_skip_space(text, match.end()),
            marker=text[match.start("circled") : match.end()].strip(),
            number=token,
            candidates=(Candidate(("circled", ""), ord(token) - 0x245F),),
        )
    candidates = tuple(Candidate((kind, deco), value) for kind, value in _readings(token))
    if not candidates:
        return None
    printed = text[token_start:token_end]
    marker_text = text[: match.end()].strip()
    return Marker(
        length=_skip_space(text, match.end()),
        marker=marker_text,
        number=printed,
        candidates=candidates,
    )


def _readings(token: str) -> list[tuple[str, int]]:
    """Every numbering kind ``token`` can belong to, with its value in that kind."""
    if token.isdigit():
        value = int(token)
        return [("arabic", value)] if value >= 0 else []
    if token in _KATAKANA_ORDER:
        return [("katakana", _KATAKANA_ORDER.index(token) + 1)]
    if token[0] in _KANJI_DIGITS:
        value = _kanji_value(token)
        return [("kanji", value)] if value else []
    readings: list[tuple[str, int]] = []
    roman = _roman_value(token)
    if roman:
        readings.append(("roman" if token.islower() else "ROMAN", roman))
    if len(token) == 1 and token.isalpha():
        kind = "alpha" if token.islower() else "ALPHA"
        readings.append((kind, ord(token.lower()) - ord("a") + 1))
    return readings


def _roman_value(token: str) -> int:
    lowered = token.lower()
    if not lowered or any(ch not in _ROMAN_VALUES for ch in lowered):
        return 0
    if token != token.lower() and token != token.upper():
        return 0
    total = 0
    for index, ch in enumerate(lowered):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[lowered[index + 1]] if index + 1 < len(lowered) else 0
        total += -value if value < following else value
    return total if 0 < total < 40 else 0


def _kanji_value(token: str) -> int:
    digits = {ch: i for i, ch in enumerate(_KANJI_DIGITS[:10])}
    if token == "十":
        return 10
    if "十" in token:
        tens, _, ones = token.partition("十")
        return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(ones, 0) if ones else 0)
    if len(token) == 1:
        return digits.get(token, 0)
    return 0


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


_MID_LINE = re.compile(
    r"[.!?。．)）”\"’']\s+"
    r"(?=(?:[-–—]\s?)?[(（]?(?:[0-9０-９]{1,4}|[a-zA-Z]|[ivxlcdmIVXLCDM]{2,7}|[一二三四五六七八九十]{1,3})"
    r"[.)．）、])"
)


def mid_line_positions(text: str) -> list[int]:
    """Offsets in ``text`` where a marker could start after a sentence end ("... Korea. - (2)")."""
    # The pattern starts with the sentence end itself (not a look-behind): the regex engine
    # then skips ahead to candidate characters, which is twice as fast on long paragraphs.
    return [m.end() for m in _MID_LINE.finditer(text)]


ROMAN_MAX = 3999
"""Beyond this Roman numerals need overlines; larger numbers (a hostile ``start``) are Arabic."""


def roman_numeral(number: int) -> str:
    """Write ``number`` in upper-case Roman numerals (1 to 3999; others in Arabic digits)."""
    if not 0 < number <= ROMAN_MAX:
        return str(number)
    pairs = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    out = ""
    for value, letters in pairs:
        while number >= value:
            out += letters
            number -= value
    return out
