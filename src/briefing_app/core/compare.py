"""What changed between two versions of a readout, section by section.

Sections are paired by their printed number and heading, else by the likeness of their text;
each comes out *unchanged*, *reworded* (with its words marked added and removed), *added* or
*removed*. The title and preamble count as the overview.
"""

from __future__ import annotations

import difflib
import logging
import re
from dataclasses import dataclass, field
from enum import StrEnum

from briefing_app.core.model import Node, Readout

logger = logging.getLogger(__name__)

SIMILAR = 0.6
"""Two sections with different labels are the same section reworded from this likeness on."""


class Change(StrEnum):
    """What happened to a section between the versions."""

    UNCHANGED = "unchanged"
    REWORDED = "reworded"
    ADDED = "added"
    REMOVED = "removed"


@dataclass
class SectionChange:
    """One section of the comparison: its label, what happened, and the words that changed."""

    label: str
    change: Change
    words: list[tuple[str, str]] = field(default_factory=list)
    """The text as ("=", words) kept, ("+", words) added and ("-", words) removed runs."""


def compare_readouts(old: Readout, new: Readout) -> list[SectionChange]:
    """The sections of ``new`` in order (with removed ones where they stood), compared."""
    changes = [_compare("Overview", _overview(old), _overview(new))]
    old_sections = list(old.sections)
    old_texts = [_text(old, node) for node in old_sections]
    used: set[int] = set()
    for node in new.sections:
        text = _text(new, node)
        match = _pair(node, text, old_sections, old_texts, used)
        if match is None:
            changes.append(SectionChange(node.label, Change.ADDED, [("+", text)]))
            continue
        used.add(match)
        for index in range(match):  # sections removed before this one stand where they were
            if index not in used:
                used.add(index)
                removed = SectionChange(
                    old_sections[index].label, Change.REMOVED, [("-", old_texts[index])]
                )
                changes.append(removed)
        changes.append(_compare(node.label, old_texts[match], text))
    for index, node in enumerate(old_sections):
        if index not in used:
            changes.append(SectionChange(node.label, Change.REMOVED, [("-", old_texts[index])]))
    return changes


def _pair(
    node: Node, text: str, old: list[Node], old_texts: list[str], used: set[int]
) -> int | None:
    label = (node.number, node.heading)
    for index, candidate in enumerate(old):
        if index not in used and any(label) and (candidate.number, candidate.heading) == label:
            return index
    best, best_ratio = None, SIMILAR
    for index, candidate_text in enumerate(old_texts):
        if index in used:
            continue
        ratio = difflib.SequenceMatcher(None, text, candidate_text, autojunk=False).quick_ratio()
        if ratio >= best_ratio:
            ratio = difflib.SequenceMatcher(None, text, candidate_text, autojunk=False).ratio()
            if ratio >= best_ratio:
                best, best_ratio = index, ratio
    return best


def _compare(label: str, old: str, new: str) -> SectionChange:
    if old == new:
        return SectionChange(label, Change.UNCHANGED, [("=", new)])
    before, after = _WORDS.findall(old), _WORDS.findall(new)  # words, and line breaks
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            runs.append(("=", _joined(after[j1:j2])))
            continue
        if i2 > i1:
            runs.append(("-", _joined(before[i1:i2])))
        if j2 > j1:
            runs.append(("+", _joined(after[j1:j2])))
    return SectionChange(label, Change.REWORDED, runs)


_WORDS = re.compile(r"\n|[^\s]+")


def _joined(tokens: list[str]) -> str:
    return " ".join(tokens).replace(" \n ", "\n").replace("\n ", "\n").replace(" \n", "\n")


def _overview(readout: Readout) -> str:
    parts = [readout.title or "", readout.date or "", *(p.text for p in readout.preamble)]
    return "\n".join(part for part in parts if part)


def _text(readout: Readout, node: Node) -> str:
    pieces: list[str] = []
    for each in node.walk():
        label = " ".join(part for part in (each.marker, each.heading) if part)
        if label:
            pieces.append(label)
        pieces.extend(paragraph.text for paragraph in each.paragraphs)
    return "\n".join(pieces)
