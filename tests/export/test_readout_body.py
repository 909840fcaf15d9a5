"""The readout writer's building blocks: finding the marker paragraph, writing runs."""

from __future__ import annotations

import docx

from briefing_app.export.readout_body import find_marker

MARKER = "⟦READOUT⟧"


def test_marker_is_the_paragraph_holding_only_the_marker() -> None:
    document = docx.Document()
    document.add_paragraph("Before the readout")
    document.add_paragraph(f"Not alone: {MARKER} here")  # holds it, but not as its whole text
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).paragraphs[0].add_run(MARKER)  # in a table: not a body paragraph
    wanted = document.add_paragraph("  ")
    wanted.add_run("⟦READ")  # split over runs, as Word often stores what it was typed as
    wanted.add_run("OUT⟧ ")
    document.add_paragraph("After")
    found = find_marker(document, MARKER)
    assert found is not None
    assert found._p is wanted._p


def test_no_marker_paragraph_is_none() -> None:
    document = docx.Document()
    document.add_paragraph(f"{MARKER} and more")
    document.add_paragraph("⟦READOUT")
    assert find_marker(document, MARKER) is None
