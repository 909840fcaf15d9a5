"""References and quotes in the exported note lead a reader to the right place in the readout."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefing_app.core.opening import open_path, sample_project
from briefing_app.core.project import Project
from briefing_app.core.references import section_refs
from briefing_app.export.content import build_content
from briefing_app.export.render import export_note
from briefing_app.export.templates import find_template
from tests.conftest import INDIA, IRELAND


def _fill(project: Project) -> Project:
    for name, value in (
        ("subject", "Readout"),
        ("to", "Minister"),
        ("from_", "Division"),
        ("summary", "Summary."),
    ):
        project.set_note_field(name, value)
    return project


def _node(project: Project, number: str):  # type: ignore[no-untyped-def]
    return next(n for n in project.readout.walk() if n.number == number)


def _document_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_unnumbered_headings_are_named_and_paragraphs_keep_their_printed_numbers() -> None:
    readout = open_path(INDIA).readout
    refs = section_refs(readout.sections)
    heading = next(n for n in readout.walk() if n.heading == "Deepening Strategic Convergence")
    assert refs[heading.id] == "'Deepening Strategic Convergence'"
    paragraph = next(n for n in readout.walk() if n.number == "25")
    assert refs[paragraph.id] == "'Deepening Strategic Convergence', ¶25"
    first = next(n for n in readout.walk() if n.number == "1")
    assert refs[first.id] == "¶1"  # before the first heading: a paragraph number, no name
    # No reference anywhere is a position the readout does not print.
    printed = {n.number for n in readout.walk() if n.number}
    for ref in refs.values():
        if "§" in ref or "¶" in ref:
            assert ref.rsplit("¶", 1)[-1].lstrip("§") in printed, ref


def test_bullets_under_a_heading_take_the_heading_name_not_a_counted_number() -> None:
    readout = open_path(IRELAND).readout
    refs = section_refs(readout.sections)
    bullet = readout.sections[0].items[1]
    assert refs[bullet.id] == "'Combating COVID-19'"
    assert not any("§" in ref for ref in refs.values())


def test_numbered_sections_and_items_keep_their_numbers() -> None:
    refs = section_refs(sample_project().readout.sections)
    assert refs["n13"] == "§5(3)" and refs["n9"] == "§4" and refs["n19"] == "§7(1)"


def test_india_export_cites_the_real_paragraph_and_quotes_without_its_number(
    tmp_path: Path,
) -> None:
    project = _fill(open_path(INDIA))
    node = _node(project, "25")
    assert node.marker_span is not None
    start = node.marker_span.start  # the selection takes in the printed "25."
    end = node.paragraphs[0].span.start + len("President Biden and Prime Minister Modi")
    project.add_annotation(
        project.new_annotation(start, end, author="A", tags=["Key point"], comment="Convergence.")
    )
    passage = build_content(project).key_points[0]
    assert passage.ref == "'Deepening Strategic Convergence', ¶25"
    assert passage.quote == "President Biden and Prime Minister Modi"
    text = _document_text(
        export_note(project, find_template("briefing-note"), tmp_path / "india.docx")
    )
    assert "“President Biden and Prime Minister Modi” ('Deepening Strategic Convergence', ¶25)" in (
        text
    )
    assert "§5" not in text and "25. President" not in text
    first = _node(project, "1")  # numbered paragraph in the section with no heading
    project.add_annotation(
        project.new_annotation(
            first.paragraphs[0].span.start,
            first.paragraphs[0].span.start + 9,
            author="A",
            tags=["Action"],
            comment="Brief the Minister.",
        )
    )
    text = _document_text(
        export_note(project, find_template("meeting-brief"), tmp_path / "brief.docx")
    )
    assert "Brief the Minister. (¶1)" in text
    assert "(no heading)" not in text and "Opening" in text  # its Background line


@pytest.mark.parametrize("key", ["briefing-note", "meeting-brief", "action-memo"])
def test_sample_quotes_never_start_with_a_list_marker(tmp_path: Path, key: str) -> None:
    project = _fill(sample_project())
    node = next(n for n in project.readout.walk() if n.marker == "- (1)" and n.id == "n11")
    assert node.marker_span is not None
    start = node.marker_span.start  # "- (1) The Foreign Ministers confirmed …"
    end = node.paragraphs[0].span.start + len("The Foreign Ministers confirmed")
    project.add_annotation(
        project.new_annotation(start, end, author="A", tags=["Key point"], comment="Trade.")
    )
    assert project.annotations[0].quote.startswith("- (1)")
    passage = build_content(project).key_points[0]
    assert (passage.quote, passage.ref) == ("The Foreign Ministers confirmed", "§5(1)")
    text = _document_text(export_note(project, find_template(key), tmp_path / f"{key}.docx"))
    assert "- (1)" not in text and "“The Foreign Ministers confirmed”" in text


def test_a_marker_in_the_middle_of_a_quote_is_cut_out() -> None:
    project = sample_project()
    text = project.readout.text
    start = text.index("is raising the issue in the dialogue")
    end = text.index("Others") + len("Others")
    project.add_annotation(project.new_annotation(start, end, author="A", tags=["Key point"]))
    quote = build_content(project).key_points[0].quote
    assert quote == "is raising the issue in the dialogue with North Korea. Others"


def test_bullet_markers_are_cut_even_when_the_selection_starts_inside_them() -> None:
    project = open_path(IRELAND)
    bullet = next(
        n
        for n in project.readout.walk()
        if n.marker == "-" and n.paragraphs and n.paragraphs[0].text.startswith("They committed")
    )
    assert bullet.marker_span is not None
    end = bullet.paragraphs[0].span.start + len("They committed")
    sample = sample_project()
    numbered = next(n for n in sample.readout.walk() if n.id == "n11")
    assert numbered.marker_span is not None
    inside = numbered.marker_span.start + 2  # "(1) The Foreign…": half the marker selected
    for target, start, stop in (
        (project, bullet.marker_span.start, end),
        (sample, inside, numbered.paragraphs[0].span.start + len("The Foreign Ministers")),
    ):
        target.add_annotation(target.new_annotation(start, stop, author="A", tags=["Risk"]))
        assert build_content(target).risks[0].quote in {"They committed", "The Foreign Ministers"}
