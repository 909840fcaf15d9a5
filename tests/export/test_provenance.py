"""Every note records where it came from, and the same input gives the same document."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from briefing_app import __version__
from briefing_app.core.opening import sample_project
from briefing_app.core.project import text_hash
from briefing_app.export.provenance import FIXED_ZIP_TIME, custom_properties, with_fixed_zip_times
from briefing_app.export.render import export_note, render_note
from briefing_app.export.templates import find_template
from tests.core.test_revision import _annotate


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_note_names_the_readout_version_template_project_and_app(tmp_path: Path) -> None:
    project = sample_project()
    _annotate(project, "Six-Party Talks", comment="Resume them")
    out = export_note(
        project,
        find_template("annotated-readout"),
        tmp_path / "note.docx",
        author="A",
        project_name="meeting.briefing",
    )
    properties = custom_properties(out.read_bytes())
    assert properties["BriefingReadoutHash"] == text_hash(project.readout.text)
    assert properties["BriefingReadoutVersion"] == "1"
    assert properties["BriefingTemplate"] == "annotated-readout"
    assert len(properties["BriefingTemplateVersion"]) == 16
    assert properties["BriefingProject"] == "meeting.briefing"
    assert properties["BriefingAppVersion"] == __version__
    docx.Document(str(out))  # still opens


def test_the_same_project_and_template_give_the_same_document_but_for_its_dates() -> None:
    project = sample_project()
    _annotate(project, "Six-Party Talks", comment="Resume them")
    template = find_template("briefing-note")
    project.note.subject, project.note.to, project.note.summary = "S", "T", "Sum"
    project.note.from_ = "F"
    first = _parts(render_note(project, template, author="A"))
    second = _parts(render_note(project, template, author="A"))
    assert first.keys() == second.keys()
    differing = [name for name in first if first[name] != second[name]]
    assert differing in ([], ["docProps/core.xml"])  # only the created/modified times


def _rewritten_with_fixed_times(data: bytes) -> bytes:
    """Every entry written again, dated 1980-01-01 (what the dates are fixed to mean)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def test_fixing_zip_dates_in_place_gives_the_rewritten_archive() -> None:
    document = docx.Document()
    document.add_paragraph("Text " * 2000)
    document.add_comment(document.paragraphs[0].runs, text="A comment", author="A")
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert any(info.date_time != FIXED_ZIP_TIME for info in archive.infolist())
    fixed = with_fixed_zip_times(data)
    assert fixed == _rewritten_with_fixed_times(data)
    with zipfile.ZipFile(io.BytesIO(fixed)) as archive:
        assert archive.testzip() is None
        assert {info.date_time for info in archive.infolist()} == {FIXED_ZIP_TIME}
        assert _parts(fixed) == _parts(data)


def test_fixing_zip_dates_refuses_what_is_not_a_plain_zip() -> None:
    data = bytearray(_rewritten_with_fixed_times(_docx_bytes()))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        offset = archive.infolist()[1].header_offset
    data[offset : offset + 4] = b"XXXX"
    with pytest.raises(zipfile.BadZipFile):
        with_fixed_zip_times(bytes(data))


def _docx_bytes() -> bytes:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()
