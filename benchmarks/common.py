"""Shared benchmark helpers."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.core.project import Project


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings of ``action`` in seconds (the least disturbed run)."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def big_readout_text(sections: int) -> str:
    """A readout with ``sections`` numbered sections, each with a heading and two items."""
    parts = ["Big Readout for Benchmarking", "The ministers met and agreed on many things."]
    for number in range(1, sections + 1):
        parts.append(f"{number}. Topic number {number}")
        parts.append(
            f"- (1) The ministers discussed topic {number} at length and agreed to continue."
        )
        parts.append(f"- (2) They also noted progress on topic {number} since the last meeting.")
    return "\n".join(parts) + "\n"


def annotate_evenly(project: Project, count: int, *, author: str = "bench") -> None:
    """Add ``count`` three-character annotations spread over every paragraph of the readout
    (the ``n``-th pass over the paragraphs four characters further in)."""
    from briefing_app.core.anchoring import OffsetIndex

    readout = project.readout
    offsets = OffsetIndex(readout)  # one index for all: the readout does not change here
    paragraphs = [p for node in readout.walk() for p in node.paragraphs]
    for index in range(count):
        paragraph = paragraphs[index % len(paragraphs)]
        start = paragraph.span.start + (index // len(paragraphs)) * 4
        project.annotations.append(
            project.new_annotation(
                start, start + 3, author=author, comment=f"note {index}", offsets=offsets
            )
        )
