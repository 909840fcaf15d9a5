"""Notes exported under each marking scheme: the banner on every page in the scheme's
position and the note's language, portion marks in the text, the US authority block on the
first page, and refusals that leave no file behind."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from briefing_app.core.markings import MarkingRefusedError
from briefing_app.core.project import Project
from briefing_app.core.project_io import parse_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.export.accessibility import check_accessibility, failures
from briefing_app.export.render import export_note
from briefing_app.export.templates import find_template
from tests.export.helpers import comments
from tests.export.test_word_validity import CHECKER, _japanese_with_marks, _word_problems

AUTHORITY = {
    "classified_by": "J. Smith, Director, Office of Japanese Affairs",
    "classification_reason": "1.4(b), 1.4(d)",
    "declassify_on": "20511201",
}


def _example() -> Project:
    return parse_project(resource_bytes(EXAMPLE_PROJECT), EXAMPLE_PROJECT)


def _us_note() -> Project:
    project = _example()
    project.marking_scheme = "us"
    for annotation in project.annotations:
        annotation.classification = None
    project.set_note_field("classification", "SECRET")
    project.set_note_field("handling_caveat", "REL TO USA, GBR")
    project.set_note_field(
        "summary",
        "(s//rel to usa, gbr) The talks stalled on the islands.\nBoth sides will meet again.",
    )
    for name, value in AUTHORITY.items():
        project.set_note_field(name, value)
    return project


def _page_parts(document: docx.document.Document) -> list[tuple[str, object]]:
    parts = []
    for section in document.sections:
        for kind in ("header", "first_page_header", "even_page_header"):
            parts.append((kind, getattr(section, kind)))
        for kind in ("footer", "first_page_footer", "even_page_footer"):
            parts.append((kind, getattr(section, kind)))
    return parts


def test_us_note_is_marked_by_the_us_rules(tmp_path: Path) -> None:
    out = export_note(_us_note(), find_template("briefing-note"), tmp_path / "us.docx", author="A")
    document = docx.Document(str(out))
    for kind, part in _page_parts(document):
        texts = [p.text for p in part.paragraphs]  # type: ignore[attr-defined]
        assert "SECRET//REL TO USA, GBR" in texts, kind
    body = [p.text for p in document.paragraphs]
    # the typed mark is normalised, and the unmarked line takes the note's own mark
    assert "(S//REL TO USA, GBR) The talks stalled on the islands." in body
    assert "(S//REL TO USA, GBR) Both sides will meet again." in body
    # every annotation carried into the note is a portion too: unmarked, it takes the note's mark
    key_points = [t for t in body if t.startswith("(S//REL TO USA, GBR) “")]
    assert len(key_points) == 2  # the two key points, quoted
    # the readout's own text quoted in the note is a portion too
    assert any(t.startswith("(S//REL TO USA, GBR) On Saturday, January 28") for t in body)
    first_footer = document.sections[0].first_page_footer.paragraphs[0]
    assert first_footer.text.splitlines() == [
        "Classified By: J. Smith, Director, Office of Japanese Affairs",
        "Reason: 1.4(b), 1.4(d)",
        "Declassify On: 20511201",
    ]
    assert "Classified By" not in "".join(p.text for p in document.sections[0].footer.paragraphs)
    assert failures(check_accessibility(out.read_bytes())) == []
    if CHECKER.is_file():
        assert _word_problems(out) == f"0 problems in {out}"


def test_us_refusal_names_the_portion_and_writes_nothing(tmp_path: Path) -> None:
    project = _us_note()
    project.annotations[0].classification = "CONFIDENTIAL"  # releasable? not said
    target = tmp_path / "us.docx"
    with pytest.raises(
        MarkingRefusedError, match=r"the annotation on .* is marked \(C\) with no REL TO"
    ):
        export_note(project, find_template("briefing-note"), target, author="A")
    assert not target.exists()
    project.annotations[0].classification = None
    project.set_note_field("declassify_on", "")
    with pytest.raises(MarkingRefusedError, match="fill in Declassify On"):
        export_note(project, find_template("briefing-note"), target, author="A")
    assert not target.exists()


def test_japanese_note_prints_its_marking_in_japanese_at_the_top_right(tmp_path: Path) -> None:
    project = _japanese_with_marks()
    project.marking_scheme = "japan"
    project.annotations[0].classification = None
    project.set_note_field("classification", "SECRET")
    out = export_note(project, find_template("setsumei-shiryo"), tmp_path / "ja.docx", author="A")
    document = docx.Document(str(out))
    header = document.sections[0].header.paragraphs[0]
    assert header.text == "秘" and header.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    footer = document.sections[0].footer
    assert "ページ" in footer.paragraphs[0].text and "Page" not in footer.paragraphs[0].text
    # a Japanese note writes its date and quotes the Japanese way
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", c) for c in cells), cells
    body = "\n".join(p.text for p in document.paragraphs)
    assert "「あらゆる分野」" in body and "“" not in body
    if CHECKER.is_file():
        assert _word_problems(out) == f"0 problems in {out}"
    # the same project through an English template prints the English rendering
    out = export_note(project, find_template("briefing-note"), tmp_path / "en.docx", author="A")
    header = docx.Document(str(out)).sections[0].header.paragraphs[0]
    assert header.text == "SECRET" and header.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_canada_marks_the_top_right_of_every_page(tmp_path: Path) -> None:
    project = _example()
    project.marking_scheme = "canada"
    for annotation in project.annotations:
        annotation.classification = None
    project.annotations[0].classification = "PROTECTED B"
    project.set_note_field("classification", "PROTECTED A")
    project.set_note_field("handling_caveat", "")
    out = export_note(project, find_template("meeting-brief"), tmp_path / "ca.docx", author="A")
    for _kind, part in _page_parts(docx.Document(str(out))):
        marked = [p for p in part.paragraphs if p.text == "PROTECTED B"]  # type: ignore[attr-defined]
        assert marked and marked[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_an_annotation_level_raises_the_annotated_readouts_banner(tmp_path: Path) -> None:
    project = _example()
    project.marking_scheme = "uk"
    for annotation in project.annotations:
        annotation.classification = None
    project.set_note_field("classification", "OFFICIAL")
    project.set_note_field("handling_caveat", "SENSITIVE")
    out = export_note(
        project, find_template("annotated-readout"), tmp_path / "uk1.docx", author="A"
    )
    assert docx.Document(str(out)).sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    project.annotations[0].classification = "SECRET"
    out = export_note(
        project, find_template("annotated-readout"), tmp_path / "uk2.docx", author="A"
    )
    assert docx.Document(str(out)).sections[0].header.paragraphs[0].text == "SECRET"


def test_us_annotated_readout_portion_marks_its_comments_and_desk_notes(tmp_path: Path) -> None:
    project = _us_note()
    project.set_note_field("handling_caveat", "NOFORN")
    project.annotations[0].classification = "CONFIDENTIAL"
    project.annotations[1].comment = "(S//NF) Hold the line on this"
    node_id = project.annotations[2].anchor.node_id
    project.section_notes[node_id] = "Raise it at lunch."
    out = export_note(project, find_template("annotated-readout"), tmp_path / "ar.docx", author="A")
    texts = [text for _author, _date, text in comments(out).values()]
    assert any(t.startswith("(C) ") for t in texts)
    held = [t for t in texts if "Hold the line on this" in t]
    assert held and held[0].startswith("(S//NF) ") and "(S//NF) Hold the line on this" in held[0]
    # annotations without a level take the note's own mark
    assert all(t.startswith(("(C) ", "(S//NF) ")) for t in texts)
    body = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Desk note: (S//NF) Raise it at lunch." in body
    assert docx.Document(str(out)).sections[0].header.paragraphs[0].text == "SECRET//NOFORN"
