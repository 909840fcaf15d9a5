"""Helpers for importer tests: import text and look at the outline compactly."""

from __future__ import annotations

from briefing_app.core.coverage import coverage_problems
from briefing_app.core.model import Node, Readout
from briefing_app.importers import import_bytes, import_text


def load(text: str, *, name: str = "readout.txt") -> Readout:
    """Import ``text`` as a file called ``name`` and check that no text was lost."""
    if name.endswith(".txt"):
        readout = import_text(text)
    else:
        readout = import_bytes(text.encode("utf-8"), name)
    assert coverage_problems(readout) == []
    return readout


def shape(nodes: list[Node]) -> list[tuple[str | None, str | None, int]]:
    """(number, heading, number of items) for each node."""
    return [(n.number, n.heading, len(n.items)) for n in nodes]


def numbers(nodes: list[Node]) -> list[str | None]:
    return [n.number for n in nodes]
