"""Every note records where it came from, and the same input gives the same document."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

from briefing_app import __version__
from briefing_app.core.opening import sample_project
from briefing_app.core.project import text_hash
from briefing_app.export.provenance import custom_properties
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
