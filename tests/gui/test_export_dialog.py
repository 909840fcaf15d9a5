"""The export dialog: templates, missing fields, background export with progress, errors."""

from __future__ import annotations

from pathlib import Path

import docx
from pytestqt.qtbot import QtBot

from briefing_app.core.project_io import parse_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.export.templates import user_templates_dir
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.main_window import MainWindow
from tests.export.helpers import make_template


def _example(window: MainWindow) -> None:
    window.set_document(ProjectDocument(parse_project(resource_bytes(EXAMPLE_PROJECT), "x")))


def test_export_runs_in_the_background_and_writes_the_note(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _example(window)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.current_template().key == "briefing-note"  # type: ignore[union-attr]
    assert dialog.missing_fields() == []
    assert "CONFIDENTIAL//JAPAN EYES ONLY" in dialog.summary.text()
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    target = tmp_path / "note.docx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        dialog.start_export()
        assert dialog.busy
    assert blocker.args == [str(target)]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.progress.value() == 100
    assert (
        docx.Document(str(target)).sections[0].header.paragraphs[0].text.startswith("CONFIDENTIAL")
    )


def test_missing_fields_block_export_and_lead_to_the_form(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.missing_fields() == ["subject", "to", "from", "summary"]
    assert not dialog.export_button.isEnabled()
    assert "Subject" in dialog.missing.text()
    dialog.fill_button.click()
    workspace = window.workspace
    assert workspace is not None
    assert workspace.side_tabs.currentWidget() is workspace.note_panel
    dialog.select_template("annotated-readout")
    assert dialog.export_button.isEnabled()


def test_failed_export_is_a_dialog_and_nothing_is_written(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    dialog.select_template("annotated-readout")
    dialog.path.setText(str(tmp_path / "no-such-folder" / "note.docx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert interaction.shown[-1][0] == "error"
    assert "does not exist" in interaction.shown[-1][2]
    assert not (tmp_path / "no-such-folder").exists()


def test_import_template_checks_and_copies_it(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    good = make_template(tmp_path / "mine.docx", ["{{ note.subject }}"], title="My note")
    interaction.answers.append(good)
    window.import_template_action.trigger()
    assert (user_templates_dir() / "mine.docx").exists()
    assert interaction.shown[-1][0] == "information"
    bad = tmp_path / "bad.docx"
    bad.write_text("nope")
    interaction.answers.append(bad)
    window.import_template_action.trigger()
    assert interaction.shown[-1][0] == "error" and "bad.docx" in interaction.shown[-1][2]
    dialog = window.make_export_dialog()
    labels = [dialog.templates.item(i).text() for i in range(dialog.templates.count())]
    assert "My note (yours)" in labels
    dialog.deleteLater()
