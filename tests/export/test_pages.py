"""Page limits: templates declare them, notes are counted (LibreOffice's layout, or an
estimate without it) and a note over its limit names its longest sections."""

from __future__ import annotations

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
