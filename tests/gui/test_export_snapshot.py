"""The export works on a copy taken when the user clicks Export (through the project's JSON,
not a slow deep copy): what is edited while it runs stays out of that note."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.core.project import Project
from briefing_app.core.project_io import parse_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.main_window import MainWindow


def test_edits_made_while_the_export_runs_stay_out_of_the_note(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_document(ProjectDocument(parse_project(resource_bytes(EXAMPLE_PROJECT), "x")))
    document = window.document
    assert document is not None
    subject = document.project.note.subject
    assert subject
    deep_copies: list[bool] = []
    real_copy = Project.model_copy

    def recording_copy(self: Project, **options: object) -> Project:
        deep_copies.append(bool(options.get("deep")))
        return real_copy(self, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Project, "model_copy", recording_copy)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    target = tmp_path / "note.docx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        document.apply_note_field("subject", "Changed after the click")
    assert deep_copies == []  # the project was not deep-copied on the UI thread
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    tables = "\n".join(
        cell.text
        for table in docx.Document(str(target)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert subject in text + tables
    assert "Changed after the click" not in text + tables


def test_the_collector_waits_while_an_export_runs_and_comes_back_after(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """A full collector pass triggered by the export's allocations blocked the window; it is
    off from the click until the export ends (done or failed), then on again as it was."""
    import gc

    window.set_document(ProjectDocument(parse_project(resource_bytes(EXAMPLE_PROJECT), "x")))
    assert gc.isenabled()
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    during: list[bool] = []
    dialog.exported.connect(lambda _path: during.append(gc.isenabled()))
    dialog.path.setText(str(tmp_path / "note.docx"))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert not gc.isenabled()
    assert during == [False]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert gc.isenabled()
    # a failed export gives the collector back too
    dialog.path.setText(str(tmp_path / "missing-folder" / "x" / "note.txt"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert gc.isenabled()
