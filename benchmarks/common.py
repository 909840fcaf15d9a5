"""Shared benchmark helpers."""

from __future__ import annotations

import time
from collections.abc import Callable


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
