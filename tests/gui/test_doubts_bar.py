"""The import's doubts: shown once above the reader, with one-click fixes, and dismissable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.core.model import Doubt, Span
from briefing_app.core.opening import sample_project
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def _doubtful(window: MainWindow) -> ProjectDocument:
    project = sample_project()
    text = project.readout.text
    start = text.index("Territorial Issues")
    project.readout.doubts = [
        Doubt(kind="title", message="Title guessed from line 1"),
        Doubt(kind="chrome", message="3 lines removed as site chrome"),
        Doubt(
            kind="numbering",
            message="Section numbering jumps from 2 to 4",
            span=Span(start=start, end=start + len("Territorial Issues")),
        ),
    ]
    document = window.new_document(project)
    window.set_document(document)
    return document


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen only
def test_doubts_are_shown_with_their_fixes(window: MainWindow, qtbot: QtBot) -> None:
    _doubtful(window)
    workspace = window.workspace
    assert workspace is not None
    bar = workspace.doubts_bar
    qtbot.waitUntil(bar.isVisible, timeout=2000)  # the new workspace is shown by the event loop
    assert "Title guessed from line 1" in bar.text.text()
    assert "Section numbering jumps from 2 to 4" in bar.text.text()
    qtbot.mouseClick(bar.buttons["look"], LEFT)  # the place the doubt is about
    assert workspace.position_text() == "Section 4 of 7"
    assert workspace.reader.textCursor().selectedText() == "Territorial Issues"
    qtbot.mouseClick(bar.buttons["title"], LEFT)
    dialog = window.title_fixes.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_removed_lines_fix_opens_the_restore_list(
    window: MainWindow, qtbot: QtBot, interaction: ScriptedInteraction
) -> None:
    _doubtful(window)
    workspace = window.workspace
    assert workspace is not None
    interaction.answers.append(None)  # the user looks at the list and cancels
    qtbot.mouseClick(workspace.doubts_bar.buttons["chrome"], LEFT)
    assert interaction.shown[-1][1] == "Restore removed line"


def test_dismissed_doubts_stay_dismissed_in_the_saved_project(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    document = _doubtful(window)
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(workspace.doubts_bar.isVisible, timeout=2000)
    qtbot.mouseClick(workspace.doubts_bar.dismiss_button, LEFT)
    assert not workspace.doubts_bar.isVisible()
    assert not document.is_modified  # a view preference, not an edit
    interaction.answers.append(tmp_path / "meeting.briefing")
    window.save_action.trigger()
    assert window.open_file(tmp_path / "meeting.briefing")
    reopened = window.workspace
    assert reopened is not None and reopened is not workspace
    qtbot.waitUntil(reopened.isVisible, timeout=2000)
    assert reopened.doubts_bar.isHidden()


def test_no_doubts_no_bar(window: MainWindow, qtbot: QtBot) -> None:
    project = sample_project()
    project.readout.doubts = []
    window.set_document(window.new_document(project))
    assert window.workspace is not None
    qtbot.waitUntil(window.workspace.isVisible, timeout=2000)
    assert window.workspace.doubts_bar.isHidden()


def test_the_importers_own_doubts_are_shown(window: MainWindow, qtbot: QtBot) -> None:
    assert window.workspace is not None  # the built-in sample: its "Back to Index" line
    qtbot.waitUntil(window.workspace.doubts_bar.isVisible, timeout=2000)
    assert "removed as site chrome" in window.workspace.doubts_bar.text.text()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen only
def test_typing_the_title_settles_the_doubt_about_it_until_undone(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Seen in a real window: the bar still said "Title guessed from line 3" after the user
    had typed the right title."""
    _doubtful(window)
    workspace = window.workspace
    assert workspace is not None
    bar = workspace.doubts_bar
    qtbot.waitUntil(bar.isVisible, timeout=2000)
    qtbot.mouseClick(bar.buttons["title"], LEFT)
    dialog = window.title_fixes.dialog
    assert dialog is not None
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Japan-Russia Foreign Ministers' Meeting")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert window.document is not None
    assert window.document.readout.title == "Japan-Russia Foreign Ministers' Meeting"
    assert "Title guessed" not in bar.text.text()
    assert "3 lines removed" in bar.text.text() and not bar.buttons["title"].isVisible()
    window.undo_action.trigger()
    assert "Title guessed from line 1" in bar.text.text() and bar.buttons["title"].isVisible()
