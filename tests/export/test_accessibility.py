"""The accessibility checker: every built-in output passes; each check catches its fault."""

from __future__ import annotations

import base64
import io

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import RGBColor

from briefing_app.core.opening import open_path
from briefing_app.core.project import Project
from briefing_app.core.project_io import parse_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.export.accessibility import (
    check_accessibility,
    contrast_ratio,
    failures,
)
from briefing_app.export.render import render_note
from briefing_app.export.templates import find_template, list_templates
from tests.conftest import INDIA
from tests.core.test_revision import _annotate

BUILT_IN = [t.key for t in list_templates()[0] if t.builtin]
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


@pytest.fixture
def example() -> Project:
    return parse_project(resource_bytes(EXAMPLE_PROJECT), EXAMPLE_PROJECT)


def _india() -> Project:
    project = open_path(INDIA)
    _annotate(project, "Deepening Strategic Convergence", comment="Framing", tags=["Key point"])
    _annotate(project, "space cooperation", comment="Act", tags=["Action"])
    for field, value in (("subject", "S"), ("to", "T"), ("from_", "F"), ("summary", "Sum")):
        project.set_note_field(field, value)
    return project


@pytest.mark.parametrize("key", BUILT_IN)
def test_every_built_in_output_passes_every_check(example: Project, key: str) -> None:
    for project in (example, _india()):
        findings = check_accessibility(render_note(project, find_template(key), author="A"))
        assert [f.check for f in findings] == [
            "document title",
            "language",
            "heading order",
            "lists",
            "table header rows",
            "colour alone",
            "contrast",
            "alt text",
        ]
        assert failures(findings) == []


def _faults() -> bytes:
    document = docx.Document()
    document.add_heading("Outcome", level=1)
    document.add_heading("Detail", level=3)  # skips level 2
    document.add_paragraph("• typed bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(1, 0).text = "Name", "Sato"
    paragraph = document.add_paragraph()
    paragraph.add_run("marked only by colour").font.highlight_color = WD_COLOR_INDEX.YELLOW
    document.add_paragraph().add_run("pale").font.color.rgb = RGBColor(0xBB, 0xBB, 0xBB)
    document.add_picture(io.BytesIO(PIXEL))
    document.core_properties.title = ""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_each_check_catches_its_fault() -> None:
    failed = {f.check: f.detail for f in failures(check_accessibility(_faults()))}
    assert set(failed) == {
        "document title",
        "heading order",
        "lists",
        "table header rows",
        "colour alone",
        "contrast",
        "alt text",
    }
    assert "level 3 heading after level 1" in failed["heading order"]
    assert failed["contrast"].endswith("(needs 4.5:1)")  # Word's default heading blue, too


def test_a_pale_run_is_caught() -> None:
    document = docx.Document()
    document.core_properties.title = "Note"
    document.add_paragraph().add_run("pale").font.color.rgb = RGBColor(0xBB, 0xBB, 0xBB)
    out = io.BytesIO()
    document.save(out)
    failed = {f.check: f.detail for f in failures(check_accessibility(out.getvalue()))}
    assert failed == {"contrast": "text colour #BBBBBB on white is 1.9:1 (needs 4.5:1)"}


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio("000000", "FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("777777", "FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_east_asian_text_needs_an_east_asian_language() -> None:
    document = docx.Document()
    document.core_properties.title = "会談記録"
    document.add_paragraph("日露外相会談の概要")
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    lang.attrib.pop(qn("w:eastAsia"), None)
    out = io.BytesIO()
    document.save(out)
    failed = {f.check: f.detail for f in failures(check_accessibility(out.getvalue()))}
    assert failed == {"language": "East Asian text, but no East Asian language is set"}
