"""File-menu flows for a readout that comes back, driven as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from briefing_app.core.project_io import load_project, save_project
from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.main_window import MainWindow
from tests.core.test_interchange import _mine_and_theirs
from tests.core.test_revision import _project_with_markup, _revised_text


def _with(window: MainWindow, project: object) -> None:
    window.set_document(window.new_document(project))  # type: ignore[arg-type]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen only
def test_replacing_the_readout_lands_what_to_decide_on_the_review_tab(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    project, _marks = _project_with_markup()
    _with(window, project)
    revised = tmp_path / "readout-v2.txt"
    revised.write_text(_revised_text(), encoding="utf-8")
    interaction.answers.append(revised)
    window.revision_actions.replace_action.trigger()
    kind, title, message = interaction.shown[-1]
    assert (kind, title) == ("information", "Revised readout")
    assert "unchanged 2, moved 1, changed 1, orphaned 1" in message
    workspace = window.workspace
    assert workspace is not None
    panel = window.revision_actions.review_panel
    assert workspace.side_tabs.currentWidget() is panel
    assert workspace.side_tabs.tabText(workspace.side_tabs.indexOf(panel)) == "Review (2)"
    assert window.document is not None and "fisheries" in window.document.readout.text
    assert window.undo_action.text() == "&Undo Replace readout with revised version"
    window.revision_actions.compare_action.trigger()
    comparison = window.revision_actions.comparison.findChild(QTextBrowser)
    assert "all-time high" in comparison.toPlainText()
    window.revision_actions.comparison.close()
    window.undo_action.trigger()
    document = window.document
    assert document is not None
    assert "record figure" in document.readout.text and document.project.orphans == []
    assert workspace.side_tabs.tabText(workspace.side_tabs.indexOf(panel)) == "Review"


def test_merge_import_and_export_from_the_file_menu(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    mine, theirs = _mine_and_theirs()
    mine_count = len(mine.annotations)
    _with(window, mine)
    save_project(theirs, tmp_path / "theirs.briefing")
    interaction.answers.append(tmp_path / "theirs.briefing")
    window.revision_actions.merge_action.trigger()
    assert interaction.shown[-1][2] == "Added 2, duplicate 2, conflicting 1."
    document = window.document
    assert document is not None and len(document.project.merge_conflicts) == 1
    interaction.answers.append(tmp_path / "notes.csv")
    window.revision_actions.export_action.trigger()
    rows = (tmp_path / "notes.csv").read_text().strip().splitlines()
    assert len(rows) == 1 + len(document.project.annotations)
    interaction.answers.append(tmp_path / "notes")
    window.revision_actions.export_action.trigger()
    assert (tmp_path / "notes.jsonld").exists()
    _with(window, _mine_and_theirs()[0])
    interaction.answers.append(tmp_path / "notes.jsonld")
    window.revision_actions.import_action.trigger()
    assert interaction.shown[-1][1] == "Annotations imported"
    interaction.answers.append(tmp_path / "saved.briefing")
    window.save_as_action.trigger()
    assert len(load_project(tmp_path / "saved.briefing").annotations) > mine_count
