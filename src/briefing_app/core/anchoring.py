"""Making anchors from a selection and finding them again in (possibly revised) text."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from briefing_app.core.annotations import (
    CONTEXT_CHARS,
    Anchor,
    TextPositionSelector,
    TextQuoteSelector,
)
from briefing_app.core.model import Readout

FUZZY_THRESHOLD = 80.0
"""The lowest rapidfuzz similarity (0-100) at which a revised quote still counts as found."""


class OffsetIndex:
    """Maps a character offset of the normalised text to the node that owns it.

    A node's own text (marker, heading, paragraphs) comes before its items' text, so the
    owner of an offset is the node with the last own span starting at or before it.
    Build once per structure change; each lookup is a binary search.
    """

    def __init__(self, readout: Readout) -> None:
        entries: list[tuple[int, str | None]] = []
        for paragraph in readout.preamble:
            entries.append((paragraph.span.start, None))
        # The title, date and attribution belong to the overview wherever their text stands.
        for span in (readout.title_span, readout.date_span, readout.attribution_span):
            if span is not None:
                entries.append((span.start, None))
        for node in readout.walk():
            spans = [node.marker_span, node.heading_span, *(p.span for p in node.paragraphs)]
            entries.extend((span.start, node.id) for span in spans if span is not None)
        entries.sort(key=lambda entry: entry[0])
        self._starts = [start for start, _ in entries]
        self._owners = [owner for _, owner in entries]

    def node_at(self, offset: int) -> str | None:
        """The id of the node owning ``offset``; None for the title, date and preamble."""
        index = bisect_right(self._starts, offset) - 1
        return self._owners[index] if index >= 0 else None


def make_anchor(text: str, start: int, end: int, node_id: str) -> Anchor:
    """An anchor for ``text[start:end]`` (trimmed of surrounding whitespace) in ``node_id``."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"selection {start}-{end} is outside the text")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise ValueError("the selection is only white space")
    return Anchor(
        node_id=node_id,
        quote=TextQuoteSelector(
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT_CHARS) : start],
            suffix=text[end : end + CONTEXT_CHARS],
        ),
        position=TextPositionSelector(start=start, end=end),
    )


@dataclass(frozen=True)
class Relocation:
    """Where a quote was found again, and how sure that is."""

    start: int
    end: int
    exact: bool
    score: float


def relocate(anchor: Anchor, text: str) -> Relocation | None:
    """Find ``anchor``'s passage in ``text``: at its position, else the exact quote nearest it
    (context breaking ties), else the most similar passage of about the same length.
    """
    quote = anchor.quote.exact
    start, end = anchor.position.start, anchor.position.end
    if text[start:end] == quote:
        return Relocation(start, end, exact=True, score=100.0)
    found = exact_occurrences(text, quote)
    if found:
        best = min(found, key=lambda at: (_context_penalty(anchor, text, at), abs(at - start)))
        return Relocation(best, best + len(quote), exact=True, score=100.0)
    return _fuzzy(anchor, text)


def exact_occurrences(text: str, quote: str) -> list[int]:
    """Every offset where ``quote`` stands in ``text`` (overlapping ones too)."""
    found = []
    at = text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _context_penalty(anchor: Anchor, text: str, at: int) -> int:
    prefix, suffix = anchor.quote.prefix, anchor.quote.suffix
    before = text[max(0, at - len(prefix)) : at]
    after = text[at + len(anchor.quote.exact) : at + len(anchor.quote.exact) + len(suffix)]
    return int(before != prefix) + int(after != suffix)


def _fuzzy(anchor: Anchor, text: str) -> Relocation | None:
    quote = anchor.quote.exact
    if not text:
        return None
    from rapidfuzz import fuzz  # only when the exact quote is gone

    alignment = fuzz.partial_ratio_alignment(quote, text, score_cutoff=FUZZY_THRESHOLD)
    if alignment is None:
        return None
    return Relocation(
        alignment.dest_start, alignment.dest_end, exact=False, score=float(alignment.score)
    )
