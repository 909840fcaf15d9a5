"""Page limits: templates declare them, notes are counted (LibreOffice's layout, or an
estimate without it) and a note over its limit names its longest sections."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from briefing_app.core.errors import TemplateError
from briefing_app.core.project_io import parse_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.export.libreoffice import count_pages, docx_to_pdf, find_soffice
from briefing_app.export.pages import check_pages, estimate_layout
from briefing_app.export.render import render_note
from briefing_app.export.templates import find_template, list_templates, read_template_info
from tests.export.helpers import long_project, make_template

needs_libreoffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is missing")


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_SOFFICE", "none")


def test_templates_declare_their_page_limit(tmp_path: Path) -> None:
    limits = {t.key: t.page_limit for t in list_templates()[0] if t.builtin}
    assert limits == {
        "action-memo": 2,
        "annotated-readout": None,
        "briefing-note": None,
        "meeting-brief": 2,
        "setsumei-shiryo": None,
    }
    assert find_template("action-memo").required == ("subject", "to", "from", "summary")
    mine = make_template(tmp_path / "mine.docx", ["x"], required="subject, to; pages: 3")
    info = read_template_info(mine)
    assert info.required == ("subject", "to") and info.page_limit == 3
    bad = make_template(tmp_path / "bad.docx", ["x"], required="subject; pages: two")
    with pytest.raises(TemplateError, match="page limit must be a whole number"):
        read_template_info(bad)


def test_without_libreoffice_a_long_memo_is_estimated_over_its_limit(
    no_libreoffice: None,
) -> None:
    template = find_template("action-memo")
    report = check_pages(render_note(long_project(), template, author="A"), template)
    assert report.estimated and report.libreoffice_missing
    assert report.pages >= 4 and report.over_limit
    longest = [s.title for s in report.longest()]
    assert longest[:2] == ["Risks", "Background"]  # twelve long risks, ten key points
    assert report.message().startswith(f"About {report.pages} pages (an estimate: LibreOffice")
    assert "— the action memo limit is 2. Longest sections: Risks (" in report.message()


def test_without_libreoffice_the_example_memo_is_within_its_limit(no_libreoffice: None) -> None:
    example = parse_project(resource_bytes(EXAMPLE_PROJECT), EXAMPLE_PROJECT)
    for key in ("action-memo", "meeting-brief"):
        template = find_template(key)
        report = check_pages(render_note(example, template, author="A"), template)
        assert report.estimated and not report.over_limit, report.message()
        assert report.message() == (
            f"About {report.pages} pages (an estimate: LibreOffice is not installed), "
            f"within the {template.name.lower()} limit of 2."
        )


def test_japanese_text_counts_double_width() -> None:
    template = find_template("setsumei-shiryo")
    project = long_project()
    english = estimate_layout(render_note(project, template, author="A"))
    for annotation in project.annotations:
        annotation.comment = "相手側との調整が必要。" * 20  # 220 wide characters, as 440 Latin
    japanese = estimate_layout(render_note(project, template, author="A"))
    assert japanese.pages > english.pages


@needs_libreoffice
def test_libreoffice_counts_the_real_pages_and_the_estimate_is_close() -> None:
    template = find_template("action-memo")
    data = render_note(long_project(), template, author="A")
    report = check_pages(data, template)
    assert not report.estimated and report.over_limit
    assert report.pages == count_pages(docx_to_pdf(data, archival=False))
    assert report.message().startswith(f"{report.pages} pages — the action memo limit is 2.")
    assert abs(estimate_layout(data).pages - report.pages) <= 1


def _docx(document_xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BODY = f"""<w:document xmlns:w="{_W}"><w:body>
  <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>
    <w:r><w:t>First </w:t></w:r>
    <w:r><w:t>section</w:t></w:r>
  </w:p>
  <w:p><w:r><w:t>{"word " * 60}</w:t></w:r></w:p>
  <w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>
    <w:r><w:t>Second</w:t></w:r>
  </w:p>
  <w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="6000"/></w:tblGrid>
    <w:tr><w:tc><w:p><w:r><w:t>{"cell " * 30}</w:t></w:r></w:p></w:tc>
      <w:tc><w:p><w:r><w:t>short</w:t></w:r></w:p><w:p><w:r><w:t>two</w:t></w:r></w:p></w:tc></w:tr>
  </w:tbl>
  <w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body></w:document>"""


def test_the_estimate_reads_styles_and_text_as_word_does() -> None:
    """Headings split over runs, a style in a later paragraph-properties element, table cells
    by their grid widths; the whitespace between elements is not text."""
    estimate = estimate_layout(_docx(_BODY))
    assert [title for title, _lines in estimate.sections] == ["First section", "Second"]
    first, second = (lines for _title, lines in estimate.sections)
    # Heading 1 (2.4 lines) and 300 characters at 11 pt across 451 pt (82 a line): 4 + gap.
    assert first == pytest.approx(2.4 + 4 + 0.45)
    # Heading 2 (1.9 lines), then the table: its first cell, 150 characters in 100 pt less
    # padding (16 a line: 10 lines), is the tallest; then the row's and the table's spacing.
    assert second == pytest.approx(1.9 + 10 + 0.35 + 0.45)
    compact = estimate_layout(_docx(_BODY.replace("\n", "").replace("  ", "")))
    assert compact.sections == estimate.sections
