"""The no-text-lost invariant: every visible character of the normalised text has one home."""

from __future__ import annotations

from briefing_app.core.model import Readout, Span


def _owned_spans(readout: Readout) -> list[tuple[str, Span, str | None]]:
    """Every span a readout claims, with a label and the text it must equal (None: any)."""
    spans: list[tuple[str, Span, str | None]] = []

    def add(label: str, span: Span | None, text: str | None) -> None:
        if span is not None:
            spans.append((label, span, text))

    add("title", readout.title_span, readout.title)
    add("date", readout.date_span, None)
    add("attribution", readout.attribution_span, readout.attribution)
    for paragraph in readout.preamble:
        add("preamble", paragraph.span, paragraph.text)
    for node in readout.walk():
        add(f"{node.id} marker", node.marker_span, node.marker)
        add(f"{node.id} heading", node.heading_span, node.heading)
        for paragraph in node.paragraphs:
            add(f"{node.id} paragraph", paragraph.span, paragraph.text)
    for line in readout.removed:
        add("removed", line.span, line.text)
    return spans


def coverage_problems(readout: Readout) -> list[str]:
    """Describe every way the readout breaks the invariant; an empty list means it holds.

    Each claimed span must match its text, no two spans may overlap, and every
    non-whitespace character of ``readout.text`` must lie in some span.
    """
    text = readout.text
    problems: list[str] = []
    spans = sorted(_owned_spans(readout), key=lambda item: (item[1].start, item[1].end))
    for label, span, expected in spans:
        if span.end > len(text) or span.start > span.end:
            problems.append(f"{label}: span {span.start}-{span.end} is outside the text")
        elif expected is not None and text[span.start : span.end] != expected:
            problems.append(f"{label}: span text differs from {expected[:40]!r}")
    position = 0
    for label, span, _ in spans:
        if span.start < position:
            problems.append(f"{label}: span {span.start}-{span.end} overlaps the one before")
        gap = text[position : span.start]
        if gap.strip():
            problems.append(f"text lost before {label}: {gap.strip()[:60]!r}")
        position = max(position, span.end)
    if text[position:].strip():
        problems.append(f"text lost at the end: {text[position:].strip()[:60]!r}")
    return problems
