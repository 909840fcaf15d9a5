"""The readout writer's building blocks: finding the marker paragraph, writing runs."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from lxml import etree

from briefing_app.core.project import Project
from briefing_app.core.project_io import project_from_readout
from briefing_app.export import comments as comments_module
from briefing_app.export import readout_body
from briefing_app.export.readout_body import find_marker
from briefing_app.export.render import render_note
from briefing_app.export.templates import find_template
from briefing_app.importers import import_text
from tests.export.helpers import W

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


# -- the readout written as markup -----------------------------------------------------------

READOUT = """Meeting Readout

1. Energy
(1) Both sides discussed gas supply and the pipeline.
Further talks were agreed for spring.
2. Security
The ministers spoke about the region.
"""


def _project(annotations: list[tuple[str, str, str, str]]) -> Project:
    """A small project annotated on (passage start text, passage end text, author, comment)."""
    readout = import_text(READOUT)
    project = project_from_readout(readout, source_name="t.txt", original_text=None)
    for first, last, author, comment in annotations:
        start = readout.text.index(first)
        end = readout.text.index(last) + len(last)
        annotation = project.new_annotation(start, end, author=author, comment=comment)
        project.annotations.append(annotation)
    return project


def _document(project: Project, *, clean: bool = False) -> tuple[etree._Element, dict[str, object]]:
    data = render_note(
        project, find_template("annotated-readout"), author="Desk", clean=clean, isolate=False
    )
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        comments: dict[str, object] = {}
        if "word/comments.xml" in archive.namelist():
            for comment in etree.fromstring(archive.read("word/comments.xml")):
                paragraphs = comment.findall(f"{W}p")
                comments[comment.get(f"{W}id")] = (
                    comment.get(f"{W}author"),
                    ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in paragraphs],
                )
    return body, comments


def _sequence(body: etree._Element) -> list[str]:
    """The body's range marks and texts in document order ("<0", ">0", "ref0", "text")."""
    found = []
    for element in body.iter():
        tag = etree.QName(element).localname
        if tag == "commentRangeStart":
            found.append(f"<{element.get(f'{W}id')}")
        elif tag == "commentRangeEnd":
            found.append(f">{element.get(f'{W}id')}")
        elif tag == "commentReference":
            found.append(f"ref{element.get(f'{W}id')}")
        elif tag == "t" and element.text:
            found.append(element.text)
    return found


def test_a_comment_spanning_paragraphs_starts_and_ends_around_its_runs() -> None:
    body, _ = _document(_project([("pipeline", "Further talks", "A", "spans")]))
    sequence = _sequence(body)
    start, end = sequence.index("<0"), sequence.index(">0")
    assert sequence[start + 1] == "pipeline."  # to the end of its paragraph
    assert sequence[end - 1] == "Further talks"
    assert sequence[end + 1] == "ref0"
    assert "".join(sequence[start + 1 : end]) == "pipeline.Further talks"


def test_comments_on_the_same_runs_nest_as_word_writes_them() -> None:
    """Two comments on exactly the same passage: started in id order, ended innermost first,
    each end followed by its reference."""
    body, _ = _document(_project([("gas", "supply", "A", "one"), ("gas", "supply", "B", "two")]))
    sequence = _sequence(body)
    at = sequence.index("<0")
    assert sequence[at : at + 7] == ["<0", "<1", "gas supply", ">1", "ref1", ">0", "ref0"]


def test_special_characters_survive_in_comments_notes_and_authors() -> None:
    project = _project([("region", "region", 'Tanaka & "Sato" <desk>', "a < b & c\n\ttab")])
    section = project.readout.sections[0]
    project.set_section_note(section.id, "Note & <b>\twith tab\nsecond line")
    body, comments = _document(project)
    author, paragraphs = comments["0"]  # type: ignore[misc]
    assert author == 'Tanaka & "Sato" <desk>'
    assert paragraphs[-2:] == ["a < b & c", "\ttab"]  # a line of the comment a paragraph
    note = next(p for p in body.iter(f"{W}p") if "Desk note" in "".join(p.itertext()))
    children = [
        etree.QName(e).localname
        for e in note.iter()
        if etree.QName(e).localname in ("t", "tab", "br")
    ]
    assert children == ["t", "t", "tab", "t", "br", "t"]
    assert "".join(note.itertext()) == "Desk note: Note & <b>with tabsecond line"


def test_clean_copy_tags_follow_the_last_run_of_each_passage_in_reading_order() -> None:
    project = _project([("gas", "supply", "A", "one"), ("gas", "supply", "B", "two")])
    project.annotations[0].tags = ["Risk"]
    project.annotations[1].tags = ["Action"]
    body, comments = _document(project, clean=True)
    assert comments == {}
    sequence = _sequence(body)
    at = sequence.index("gas supply")
    assert sequence[at + 1] == " [1: Risk] [2: Action]"


def test_markup_parsed_in_pieces_is_the_same_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long readout is parsed a few paragraphs (and comments) at a time: with pieces of
    one paragraph and one comment, a comment across paragraphs still spans them."""
    annotations = [("pipeline", "Further talks", "A", "spans"), ("gas", "supply", "B", "short")]
    whole = _document(_project(annotations))
    monkeypatch.setattr(readout_body, "PARAGRAPHS_PER_PARSE", 1)
    monkeypatch.setattr(comments_module, "COMMENTS_PER_PARSE", 1)
    pieces = _document(_project(annotations))
    assert etree.tostring(pieces[0]) == etree.tostring(whole[0])
    assert pieces[1] == whole[1] and len(pieces[1]) == 2
