"""The clean copy of the annotated readout, for distribution: no Word comments or highlights;
each annotation a numbered tag after its passage and a row of the Annotations table."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from briefing_app.core.errors import TemplateError
from briefing_app.core.project import Project
from briefing_app.core.project_io import parse_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.export.accessibility import check_accessibility, failures
from briefing_app.export.render import export_note, render_note
from briefing_app.export.templates import find_template, read_template_info
from tests.export.helpers import make_template

CHECKER = Path(__file__).resolve().parents[3] / "shared" / "ooxml" / "ooxml_check.py"


def _example() -> Project:
    return parse_project(resource_bytes(EXAMPLE_PROJECT), EXAMPLE_PROJECT)


def _xml(data: bytes) -> tuple[list[str], str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist(), archive.read("word/document.xml").decode()


def test_a_clean_copy_has_no_comments_or_highlights() -> None:
    template = find_template("annotated-readout")
    data = render_note(_example(), template, author="A", clean=True)
    names, body = _xml(data)
    assert "word/comments.xml" not in names
    for trace in ("commentRangeStart", "commentReference", "<w:shd", "<w:highlight"):
        assert trace not in body, trace
    # The same export, not clean, has them: the option is what removed them.
    names, body = _xml(render_note(_example(), template, author="A"))
    assert "word/comments.xml" in names and "<w:shd" in body


def test_each_annotation_is_tagged_after_its_passage_and_listed_in_a_table() -> None:
    project = _example()
    included = sorted(
        (a for a in project.annotations if a.include_in_brief), key=lambda a: (a.start, a.end)
    )
    flagged = included[0]
    flagged.classification = "CONFIDENTIAL"
    data = render_note(project, find_template("annotated-readout"), author="A", clean=True)
    document = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Each annotation is numbered in brackets after its passage" in text
    assert "Each annotation is a comment" not in text
    for number, annotation in enumerate(included, start=1):
        tag = f"[{number}: {annotation.tags[0]}]"
        assert text.count(tag) == 1, tag
        before = text[: text.index(tag)]
        before = re.sub(r"(?:\s\[\d+: [^\]]+\])*\s$", "", before)  # tags ending there too
        assert before.endswith(annotation.quote), tag
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Readout" and headings[-2:] == ["Annotations", "Action items"]
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "No.")
    assert [c.text for c in table.rows[0].cells] == ["No.", "Where", "Tags", "Passage", "Comment"]
    assert len(table.rows) == len(included) + 1
    first = [c.text for c in table.rows[1].cells]
    assert first[0] == "1" and first[3] == f"“{flagged.quote}”"
    assert first[2] == ", ".join(flagged.tags)
    assert first[4].startswith("(C) ")  # its portion mark under the generic rules
    owned = next(i for i, a in enumerate(included, start=1) if a.owner)
    assert f"Owner: {included[owned - 1].owner}" in table.rows[owned].cells[4].text


def test_the_clean_copy_passes_the_accessibility_checks() -> None:
    data = render_note(_example(), find_template("annotated-readout"), author="A", clean=True)
    assert failures(check_accessibility(data)) == []


@pytest.mark.skipif(not CHECKER.is_file(), reason="the OOXML checker is missing")
def test_the_clean_copy_opens_cleanly_in_word(tmp_path: Path) -> None:
    out = export_note(
        _example(), find_template("annotated-readout"), tmp_path / "clean.docx", clean=True
    )
    result = subprocess.run(
        [sys.executable, str(CHECKER), str(out)], capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip().splitlines()[-1] == f"0 problems in {out}"


def test_a_clean_copy_needs_a_template_with_the_readout(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="a clean copy needs a template with the readout"):
        export_note(_example(), find_template("action-memo"), tmp_path / "m.docx", clean=True)
    assert not (tmp_path / "m.docx").exists()
    mine = make_template(tmp_path / "mine.docx", ["{{ note.subject }}", "{{ readout_body }}"])
    assert read_template_info(mine).has_readout
    assert not read_template_info(make_template(tmp_path / "n.docx", ["{{ x }}"])).has_readout
