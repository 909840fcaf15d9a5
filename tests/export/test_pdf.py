"""Export to PDF through LibreOffice: PDF/A, tagged, the same markings as the Word file, made
in a private profile with a time limit, written atomically; refused clearly without it."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from briefing_app.core.project import Project
from briefing_app.core.project_io import parse_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.export.libreoffice import (
    PdfError,
    _convert,
    _heading_texts,
    docx_to_pdf,
    find_soffice,
    headings_alone,
    page_texts,
)
from briefing_app.export.render import export_note, render_note
from briefing_app.export.templates import find_template, list_templates

BUILT_IN = [t.key for t in list_templates()[0] if t.builtin]
MARKING = "CONFIDENTIAL//JAPAN EYES ONLY"
needs_libreoffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is missing")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX stand-in program")


def _example() -> Project:
    return parse_project(resource_bytes(EXAMPLE_PROJECT), EXAMPLE_PROJECT)


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    """A stand-in for soffice: records its arguments, then runs ``body`` (Python)."""
    script = tmp_path / "fake-soffice"
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys, time, pathlib\n"
        f"pathlib.Path({str(tmp_path / 'args.txt')!r}).write_text('\\n'.join(sys.argv[1:]))\n"
        "args = sys.argv[1:]\n"
        "outdir = pathlib.Path(args[args.index('--outdir') + 1])\n"
        "outdir.mkdir(parents=True, exist_ok=True)\n" + body
    )
    script.chmod(0o755)
    return script


@needs_libreoffice
def test_the_pdf_is_archival_tagged_and_marked_like_the_word_file(tmp_path: Path) -> None:
    target = tmp_path / "memo.docx"
    export_note(_example(), find_template("action-memo"), target, pdf_path=tmp_path / "memo.pdf")
    pdf = (tmp_path / "memo.pdf").read_bytes()
    assert target.is_file() and pdf.startswith(b"%PDF-")
    assert b"<pdfaid:part>2</pdfaid:part>" in pdf  # PDF/A-2
    assert b"/StructTreeRoot" in pdf  # tagged: structure for screen readers
    pages = page_texts(pdf)
    assert len(pages) == 2
    for number, lines in enumerate(pages, start=1):
        # The marking at the top and at the foot of every page, as in the Word file.
        assert lines[0] == MARKING and lines[-1] == MARKING
        assert lines.count(MARKING) == 2
        assert f"Page {number} of 2" in lines
    assert sorted(p.name for p in tmp_path.glob("memo*")) == ["memo.docx", "memo.pdf"]


@needs_libreoffice
@pytest.mark.parametrize("key", BUILT_IN)
def test_no_heading_is_left_alone_at_a_page_foot(key: str) -> None:
    """LibreOffice leaves the action memo's "Risks" heading alone at the foot of page 1 (the
    memo table above defeats its keep-with-next); the PDF is laid out again without that."""
    data = render_note(_example(), find_template(key), author="A")
    headings = _heading_texts(data)
    assert headings_alone(docx_to_pdf(data, archival=False), headings) == []
    if key == "action-memo":  # LibreOffice 7.4's own layout, before the second pass
        raw = _convert(data, archival=False, timeout=120)
        assert headings_alone(raw, headings) in ([], [("Risks", 0)])


def test_without_libreoffice_a_pdf_is_refused_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_SOFFICE", "none")
    assert find_soffice() is None
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PdfError, match="needs LibreOffice, which is not installed"):
        export_note(
            _example(), find_template("action-memo"), out / "m.docx", pdf_path=out / "m.pdf"
        )
    assert list(out.iterdir()) == []


@posix_only
def test_conversion_runs_in_a_private_profile_with_the_archival_filter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _fake_soffice(tmp_path, "(outdir / 'note.pdf').write_bytes(b'%PDF-1.6 fake')\n")
    monkeypatch.setenv("BRIEFING_SOFFICE", str(fake))
    monkeypatch.setattr("briefing_app.export.libreoffice.headings_alone", lambda *_a: [])
    monkeypatch.setattr("briefing_app.export.libreoffice._heading_texts", lambda _d: [])
    assert docx_to_pdf(b"docx bytes") == b"%PDF-1.6 fake"
    args = (tmp_path / "args.txt").read_text().splitlines()
    profile = next(a for a in args if a.startswith("-env:UserInstallation=file:///"))
    assert "briefing-pdf-" in profile  # a fresh temporary profile, never the user's own
    assert not Path(profile.removeprefix("-env:UserInstallation=file://")).exists()
    assert "--headless" in args
    chosen = args[args.index("--convert-to") + 1]
    assert '"SelectPdfVersion":{"type":"long","value":"2"}' in chosen
    assert '"UseTaggedPDF":{"type":"boolean","value":"true"}' in chosen


@posix_only
def test_a_conversion_that_hangs_is_stopped_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _fake_soffice(tmp_path, "time.sleep(60)\n")
    monkeypatch.setenv("BRIEFING_SOFFICE", str(fake))
    started = time.monotonic()
    with pytest.raises(PdfError, match="took longer than 1 seconds"):
        docx_to_pdf(b"docx", timeout=1)
    assert time.monotonic() - started < 10


@posix_only
def test_a_failed_conversion_is_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = _fake_soffice(tmp_path, "print('Error: source file could not be loaded'); sys.exit(1)\n")
    monkeypatch.setenv("BRIEFING_SOFFICE", str(fake))
    out = tmp_path / "out"
    out.mkdir()
    old = out / "m.pdf"
    old.write_bytes(b"the previous PDF")
    with pytest.raises(PdfError, match=r"could not convert .* source file could not be loaded"):
        export_note(_example(), find_template("meeting-brief"), out / "m.docx", pdf_path=old)
    assert [p.name for p in out.iterdir()] == ["m.pdf"] and old.read_bytes() == b"the previous PDF"
