"""Correcting the title and date, and removing junk lines: no text lost, annotations kept."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core.anchoring import OffsetIndex
from briefing_app.core.coverage import coverage_problems
from briefing_app.core.model import Readout
from briefing_app.core.opening import sample_project
from briefing_app.core.project import Project
from briefing_app.core.project_io import project_from_readout
from briefing_app.core.structure_edit import (
    HEADER_FIELDS,
    REMOVED_BY_YOU,
    StructureEditError,
    line_at,
    remove_line,
    restore_removed,
    set_header_from_text,
    set_header_text,
    split_node,
)
from briefing_app.importers import import_bytes

# The importer takes the site's category label for the title, and the real title, cut at
# its line break, for two preamble paragraphs. (With no line of running prose to find the
# content by — every sentence is short or thick with names — it falls back to the first line.)
CATEGORY_TITLE = (
    "Diplomatic Bluebook Topics\n\n"
    "Japan-Australia Foreign Ministers' Meeting and\n"
    "Working Lunch\n\n"
    "Feb. 15\n\n"
    "On February 15, Foreign Minister Kamikawa met Foreign Minister Wong.\n\n"
    "1. Overview\n"
    "They reviewed the Reciprocal Access Agreement.\n\n"
    "2. Regional situation\n"
    "They discussed the Indo-Pacific.\n\n"
    "Back to Index\n"
)
# "News" is dropped as chrome; the title's second line is taken as the date.
CUT_TITLE = (
    "News\n\n"
    "Japan-Australia Foreign Ministers' Meeting, Tokyo,\n"
    "Feb. 15\n\n"
    "On February 15, Foreign Minister Kamikawa met Foreign Minister Wong.\n\n"
    "1. Overview\n"
    "The ministers reviewed bilateral ties.\n"
)


def _project(text: str) -> Project:
    readout = import_bytes(text.encode(), "readout.txt")
    return project_from_readout(readout, source_name="readout.txt", original_text=text)


def _range(readout: Readout, phrase: str) -> tuple[int, int]:
    start = readout.text.index(phrase)
    return start, start + len(phrase)


def _annotate(project: Project, phrase: str) -> str:
    annotation = project.new_annotation(*_range(project.readout, phrase), author="desk")
    project.add_annotation(annotation)
    return annotation.id


def _annotations_hold(project: Project) -> None:
    """Every annotation still quotes its passage and is filed under the node owning it."""
    index = OffsetIndex(project.readout)
    for annotation in project.annotations:
        assert project.readout.text[annotation.start : annotation.end] == annotation.quote
        assert annotation.anchor.node_id == (index.node_at(annotation.start) or "")


def test_the_fixtures_show_the_importer_getting_it_wrong() -> None:
    readout = _project(CATEGORY_TITLE).readout
    assert readout.title == "Diplomatic Bluebook Topics"
    assert [p.text for p in readout.preamble][:2] == [
        "Japan-Australia Foreign Ministers' Meeting and",
        "Working Lunch",
    ]
    cut = _project(CUT_TITLE).readout
    assert (cut.title, cut.date) == (
        "Japan-Australia Foreign Ministers' Meeting, Tokyo,",
        "Feb. 15",
    )
    assert [line.text for line in cut.removed] == ["News"]


def test_title_from_two_preamble_lines_puts_the_old_title_back_in_the_preamble() -> None:
    project = _project(CATEGORY_TITLE)
    readout = project.readout
    start, _ = _range(readout, "Japan-Australia")
    _, end = _range(readout, "Working Lunch")
    value = set_header_from_text(readout, "title", start, end)
    assert value == readout.title == "Japan-Australia Foreign Ministers' Meeting and\nWorking Lunch"
    assert readout.title_span is not None and readout.title_span.start == start
    assert [p.text for p in readout.preamble] == [
        "Diplomatic Bluebook Topics",
        "On February 15, Foreign Minister Kamikawa met Foreign Minister Wong.",
    ]
    assert readout.date == "Feb. 15"
    assert coverage_problems(readout) == []


def test_title_from_a_section_paragraph_moves_its_annotation_to_the_overview() -> None:
    project = _project(CATEGORY_TITLE)
    readout = project.readout
    annotation_id = _annotate(project, "Reciprocal Access Agreement")
    assert project.annotation(annotation_id).anchor.node_id == "n1"
    paragraph = readout.sections[0].paragraphs[0]
    set_header_from_text(readout, "title", paragraph.span.start, paragraph.span.end)
    project.reassign_annotation_nodes()
    assert readout.title == paragraph.text
    assert readout.sections[0].paragraphs == []  # not shown twice
    assert readout.sections[0].heading == "Overview"  # the section itself stays
    assert project.annotation(annotation_id).anchor.node_id == ""
    assert readout.preamble[0].text == "Diplomatic Bluebook Topics"
    assert coverage_problems(readout) == []
    _annotations_hold(project)


def test_a_removed_line_used_as_title_is_no_longer_removed() -> None:
    readout = _project(CUT_TITLE).readout
    news = readout.removed[0].span
    assert news is not None
    set_header_from_text(readout, "title", news.start, news.end)
    assert readout.title == "News" and readout.removed == []
    assert readout.preamble[0].text == "Japan-Australia Foreign Ministers' Meeting, Tokyo,"
    assert coverage_problems(readout) == []


def test_title_over_title_and_date_lines_clears_the_wrong_date_then_a_typed_date() -> None:
    readout = _project(CUT_TITLE).readout
    start, end = _range(readout, "Japan-Australia Foreign Ministers' Meeting, Tokyo,\nFeb. 15")
    set_header_from_text(readout, "title", start, end)
    assert readout.title == "Japan-Australia Foreign Ministers' Meeting, Tokyo,\nFeb. 15"
    assert (readout.date, readout.date_span) == (None, None)
    assert [p.text for p in readout.preamble] == [
        "On February 15, Foreign Minister Kamikawa met Foreign Minister Wong."
    ]
    assert coverage_problems(readout) == []
    assert set_header_text(readout, "date", "15 February 2024")
    assert (readout.date, readout.date_span) == ("15 February 2024", None)
    assert not set_header_text(readout, "date", " 15 February 2024 ")  # unchanged: no step
    assert coverage_problems(readout) == []


def test_date_from_part_of_the_title_shrinks_the_title() -> None:
    readout = _project(CUT_TITLE).readout
    set_header_text(readout, "date", None)  # the date line goes back to the preamble
    assert readout.preamble[0].text == "Feb. 15"
    start, end = _range(readout, "Tokyo,")
    set_header_from_text(readout, "date", start, end)
    assert readout.date == "Tokyo,"
    assert readout.title == "Japan-Australia Foreign Ministers' Meeting,"
    assert coverage_problems(readout) == []


def test_typed_title_keeps_no_span_and_the_old_title_becomes_a_paragraph() -> None:
    readout = _project(CATEGORY_TITLE).readout
    assert set_header_text(readout, "title", "  Japan-Australia Foreign Ministers' Meeting  ")
    assert readout.title == "Japan-Australia Foreign Ministers' Meeting"
    assert readout.title_span is None
    assert readout.preamble[0].text == "Diplomatic Bluebook Topics"
    assert coverage_problems(readout) == []
    assert set_header_text(readout, "title", "")
    assert readout.title is None


def test_remove_a_preamble_line_and_a_section_paragraph_then_restore_them() -> None:
    project = _project(CATEGORY_TITLE)
    readout = project.readout
    original = readout.model_copy(deep=True)
    span = remove_line(readout, _range(readout, "Working Lunch")[0] + 3)
    assert readout.text[span.start : span.end] == "Working Lunch"
    assert "Working Lunch" not in [p.text for p in readout.preamble]
    assert [(line.text, line.reason) for line in readout.removed] == [
        ("Working Lunch", REMOVED_BY_YOU),
        ("Back to Index", "navigation"),
    ]
    remove_line(readout, _range(readout, "Indo-Pacific")[0])
    assert readout.sections[1].paragraphs == []
    assert coverage_problems(readout) == []
    assert [line.text for line in readout.removed][1] == "They discussed the Indo-Pacific."
    restore_removed(readout, 1)
    restore_removed(readout, 0)
    assert readout.model_dump() == original.model_dump()


def test_removing_the_date_line_clears_the_date() -> None:
    readout = _project(CATEGORY_TITLE).readout
    remove_line(readout, _range(readout, "Feb. 15")[0])
    assert (readout.date, readout.date_span) == (None, None)
    assert readout.removed[0].text == "Feb. 15"
    assert coverage_problems(readout) == []


def test_an_unnumbered_node_left_empty_is_dropped() -> None:
    readout = _project(CATEGORY_TITLE).readout
    node = readout.sections[0]
    new_id = split_node(readout, node.id, node.paragraphs[0].span.start)  # an unnumbered node
    assert readout.find_node(new_id) is not None
    remove_line(readout, _range(readout, "Reciprocal")[0])
    assert readout.find_node(new_id) is None
    assert [s.id for s in readout.sections] == ["n1", "n2"]
    assert coverage_problems(readout) == []


def test_headings_and_markers_are_refused() -> None:
    readout = _project(CATEGORY_TITLE).readout
    before = readout.model_dump()
    heading = _range(readout, "Overview")
    with pytest.raises(StructureEditError, match="heading"):
        line_at(readout, heading[0])
    with pytest.raises(StructureEditError, match="heading"):
        remove_line(readout, heading[0])
    with pytest.raises(StructureEditError, match="heading"):
        set_header_from_text(readout, "title", heading[0] - 10, heading[1])
    with pytest.raises(StructureEditError, match="already"):
        set_header_from_text(readout, "title", 0, len("Diplomatic Bluebook Topics"))
    assert readout.model_dump() == before


# -- property: any sequence of these fixes keeps every character and every annotation ------

SAMPLE = sample_project()
operation = st.tuples(
    st.sampled_from(["span", "line", "typed", "remove", "restore"]),
    st.sampled_from(HEADER_FIELDS),
    st.integers(0, len(SAMPLE.readout.text) - 1),
    st.integers(0, 300),
)


def apply_random_fix(project: Project, op: tuple[str, str, int, int]) -> None:
    """One fix chosen by hypothesis; fixes the rules refuse change nothing."""
    kind, field, offset, length = op
    readout = project.readout
    before = readout.model_dump()
    try:
        if kind == "span":
            set_header_from_text(readout, field, offset, offset + length)  # type: ignore[arg-type]
        elif kind == "line":
            span = line_at(readout, offset)
            set_header_from_text(readout, field, span.start, span.end)  # type: ignore[arg-type]
        elif kind == "typed":
            set_header_text(readout, field, f"Typed {field} {length}")  # type: ignore[arg-type]
        elif kind == "remove":
            remove_line(readout, offset)
        elif readout.removed:
            restore_removed(readout, length % len(readout.removed))
    except StructureEditError:
        assert readout.model_dump() == before
    project.reassign_annotation_nodes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, min_size=1, max_size=8))
def test_no_text_is_lost_and_annotations_keep_their_passage(
    ops: list[tuple[str, str, int, int]],
) -> None:
    project = SAMPLE.model_copy(deep=True)
    for phrase in ("Sakhalin III project", "Japan-Russia Foreign Ministers' Meeting", "Lavrov"):
        _annotate(project, phrase)
    quotes = [(a.start, a.end, a.quote) for a in project.annotations]
    for op in ops:
        apply_random_fix(project, op)
        assert coverage_problems(project.readout) == []
        assert [(a.start, a.end, a.quote) for a in project.annotations] == quotes
        _annotations_hold(project)


# A photo caption under the date is taken for an unnumbered heading over the numbered items.
CAPTION_HEADING = (
    "Japan-Canada Foreign Ministers' Meeting\n\n"
    "March 3, 2026\n"
    "The two ministers shaking hands\n"
    "Ministers' Meeting photo\n\n"
    "On March 3, the Foreign Minister held a meeting with the Canadian Foreign Minister. "
    "The overview is as follows.\n\n"
    "  1. The two ministers welcomed progress on the security agreement.\n"
    "  2. They agreed to cooperate on critical minerals and energy.\n"
)


def test_removing_a_junk_heading_lifts_its_items_into_its_place() -> None:
    project = _project(CAPTION_HEADING)
    readout = project.readout
    junk = next((n for n in readout.sections if n.heading), None)
    if junk is None or not junk.items:
        pytest.skip("the importer no longer takes the caption for a heading")
    annotation_id = _annotate(project, "critical minerals")
    heading = junk.heading
    assert heading is not None
    start = readout.text.index(heading)
    remove_line(readout, start + 2)
    project.reassign_annotation_nodes()
    assert [s.number for s in readout.sections] == ["1", "2"]
    assert heading in [line.text for line in readout.removed]
    assert coverage_problems(readout) == []
    _annotations_hold(project)
    assert project.annotation(annotation_id).anchor.node_id == readout.sections[1].id
