"""What the importer is unsure of, said to the user once: title, date, chrome, numbering."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from itertools import chain
from typing import Literal

from briefing_app.core.model import Doubt, Node, Paragraph, Readout, Span
from briefing_app.importers.markers import parse_marker

logger = logging.getLogger(__name__)

_SURE_REASONS = ("", "heading above the text", "line agreeing with the page title")
_MAX_STRAY = 3
# What a numbered marker can start with (see markers._NUMBERED, which reads full-width forms
# folded to ASCII): a dash, "(", an Arabic digit or a circled number. A paragraph starting
# with anything else has no stray number.
_ASCII_STARTS = "-(0123456789"
_WIDE_STARTS = _ASCII_STARTS.translate({ord(c): ord(c) + 0xFEE0 for c in _ASCII_STARTS})
_NUMBER_STARTS = frozenset(_ASCII_STARTS + _WIDE_STARTS + "–—〔") | frozenset(
    map(chr, range(0x2460, 0x2474))
)


def line_number(readout: Readout, span: Span) -> int:
    """The 1-based line of the normalised text where ``span`` starts."""
    return readout.text.count("\n", 0, span.start) + 1


def find_doubts(readout: Readout, *, title_reason: str = "") -> list[Doubt]:
    """The doubts about an assembled readout, most useful first."""
    doubts: list[Doubt] = []
    if readout.title is None:
        doubts.append(Doubt.coded("title", "doubt.no_title"))
    elif readout.title_span is not None:
        line = line_number(readout, readout.title_span)
        if line > 1 and title_reason not in _SURE_REASONS:
            doubts.append(
                Doubt.coded(
                    "title",
                    "doubt.title_guessed",
                    span=readout.title_span,
                    line=line,
                    reason=title_reason,
                )
            )
    if readout.date is None:
        doubts.append(Doubt.coded("date", "doubt.no_date"))
    chrome = [r for r in readout.removed if r.reason != "repeated title"]
    if chrome:
        most = Counter(r.reason for r in chrome).most_common(3)
        doubts.append(
            Doubt.coded(
                "chrome",
                "doubt.chrome_removed_one" if len(chrome) == 1 else "doubt.chrome_removed",
                count=len(chrome),
                top=", ".join(f"{count} {reason}" for reason, count in most),
                reasons=[reason for reason, _ in most],
                reason_counts=[count for _, count in most],
            )
        )
    doubts += _numbering_doubts(readout.sections, "section")
    doubts += _stray_numbers(readout)
    if not readout.sections and len(readout.preamble) > 8:
        doubts.append(Doubt.coded("headings", "doubt.no_sections", count=len(readout.preamble)))
    return doubts


def _stray_numbers(readout: Readout) -> list[Doubt]:
    """Paragraphs that start with a number the outline did not take as a section or item."""
    doubts: list[Doubt] = []
    counted, line = 0, 1  # lines counted up to ``counted``: each count goes on from the last
    for paragraph in chain(readout.preamble, _node_paragraphs(readout.sections)):
        if paragraph.text[:1] not in _NUMBER_STARTS:
            continue  # no numbered marker starts otherwise (most paragraphs: one check)
        marker = parse_marker(paragraph.text, allow_bare=False)
        if marker is None or marker.is_bullet or not marker.number:
            continue
        if not re.fullmatch(r"\(?\d{1,3}\)?", unicodedata.normalize("NFKC", marker.number)):
            continue
        if len(doubts) == _MAX_STRAY:
            break  # a few examples say it; counting lines for every one would be quadratic
        start = paragraph.span.start
        if start < counted:  # not in document order (paragraphs always are): count afresh
            counted, line = 0, 1
        line += readout.text.count("\n", counted, start)  # = line_number(readout, span)
        counted = start
        doubts.append(
            Doubt.coded(
                "numbering",
                "doubt.stray_number",
                span=paragraph.span,
                line=line,
                marker=marker.marker.strip(),
            )
        )
    return doubts


def _node_paragraphs(sections: list[Node]) -> Iterator[Paragraph]:
    """Every node's paragraphs in document order (a loop, not nested generators: quicker
    on tens of thousands of nodes)."""
    stack = sections[::-1]
    while stack:
        node = stack.pop()
        yield from node.paragraphs
        if node.items:
            stack.extend(reversed(node.items))


def _value(number: str | None) -> int | None:
    if number is None:
        return None
    if number.isascii():  # the usual case, without NFKC and a regex
        plain = number.strip("().")
        return int(plain) if len(plain) <= 4 and plain.isdigit() else None
    plain = unicodedata.normalize("NFKC", number).strip("().")
    return int(plain) if re.fullmatch(r"\d{1,4}", plain) else None


def _numbering_doubts(nodes: list[Node], what: Literal["section", "item"]) -> list[Doubt]:
    """Jumps and gaps in a run of sibling numbers ("jumps from 2 to 5", "starts at 2")."""
    doubts: list[Doubt] = []
    previous: int | None = None
    first = True
    for node in nodes:
        value = _value(node.number)
        if value is None:
            continue
        span = node.marker_span
        if first and value > 1:
            doubts.append(
                Doubt.coded("numbering", f"doubt.{what}_numbering_starts", span=span, value=value)
            )
        elif previous is not None and value > previous + 1:
            doubts.append(
                Doubt.coded(
                    "numbering",
                    f"doubt.{what}_numbering_jumps",
                    span=span,
                    previous=previous,
                    value=value,
                )
            )
        previous, first = value, False
    for node in nodes:
        if node.items:
            doubts += _numbering_doubts(node.items, "item")
    return doubts
