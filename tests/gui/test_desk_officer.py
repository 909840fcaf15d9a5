"""What a desk officer ran into (issue 8): shortcuts, find-then-annotate, review marks, folders."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QTableWidget, QTextBrowser
from pytestqt.qtbot import QtBot

from briefing_app.core import locking
from briefing_app.core.project_io import save_project
from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.main_window import MainWindow
from briefing_app.gui.workspace import ViewMode, Workspace
from tests.conftest import INDIA, SAMPLE
from tests.gui.conftest import annotate_by_keyboard, select_phrase

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _workspace(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    owners: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            owners[sequence.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    assert owners, "the window has shortcuts"
    assert [key for key, count in owners.items() if count > 1] == []


def test_save_as_and_split_each_fire_from_their_keys(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    workspace = _workspace(window)
    workspace.go_to_node("n9")
    reader = workspace.reader
    found = reader.document().find("Foreign Minister Gemba requested")
    cursor = reader.textCursor()
    cursor.setPosition(found.selectionStart())
    reader.setTextCursor(cursor)
    reader.setFocus()
    sections = len(workspace.sections)
    qtbot.keyClick(reader, Qt.Key.Key_Return, CTRL_SHIFT)
    assert len(workspace.sections) + sum(len(s.items) for s in workspace.sections) > sections
    interaction.answers.append(tmp_path / "copy.briefing")
    qtbot.keyClick(reader, Qt.Key.Key_S, CTRL_SHIFT)
    assert (tmp_path / "copy.briefing").exists()


def test_ctrl_e_after_find_annotates_the_hit(window: MainWindow, qtbot: QtBot) -> None:
    workspace = _workspace(window)
    qtbot.keyClick(workspace.reader, Qt.Key.Key_F, CTRL)
    query = workspace.find_panel.query
    assert query.hasFocus()
    qtbot.keyClicks(query, "Six-Party Talks")
    qtbot.keyClick(query, Qt.Key.Key_Return)
    assert query.hasFocus()  # the find box keeps focus…
    qtbot.keyClick(query, Qt.Key.Key_E, CTRL)  # …and Ctrl+E still annotates the hit
    annotations = window.document.project.annotations  # type: ignore[union-attr]
    assert [a.quote for a in annotations] == ["Six-Party Talks"]
    assert workspace.annotation_panel.editor.comment.hasFocus()


def test_editor_lets_go_of_an_annotation_when_its_section_is_left(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = _workspace(window)
    annotate_by_keyboard(window, qtbot, "n9", "the four islands belong to Japan")
    editor = workspace.annotation_panel.editor
    assert editor.isEnabled() and editor.annotation_id is not None
    qtbot.keyClick(workspace.reader, Qt.Key.Key_PageDown, CTRL)
    assert workspace.position_text() == "Section 5 of 7"
    assert editor.annotation_id is None and not editor.isEnabled()
    assert editor.comment.toPlainText() == ""
    qtbot.keyClick(workspace.reader, Qt.Key.Key_PageUp, CTRL)
    row = workspace.annotation_panel.section_view.model().index(0, 1)
    workspace.annotation_panel.section_view.setCurrentIndex(row)
    assert editor.annotation_id is not None  # picked again from this section's list


def test_reviewed_marks_the_section_with_its_items_in_one_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = _workspace(window)
    project = window.document.project  # type: ignore[union-attr]
    workspace.go_to_node("n19")  # item (1) of section 7
    section = workspace.sections[6]
    everything = [node.id for node in section.walk()]
    assert len(everything) == 3
    qtbot.keyClick(workspace.reader, Qt.Key.Key_R, CTRL)
    assert all(project.is_reviewed(n) for n in everything)
    assert "and its items" in window.undo_action.text()
    qtbot.keyClick(workspace.reader, Qt.Key.Key_Z, CTRL)
    assert not any(project.is_reviewed(n) for n in everything)
    qtbot.keyClick(workspace.reader, Qt.Key.Key_R, CTRL_SHIFT)  # only the selected item
    assert [n for n in everything if project.is_reviewed(n)] == ["n19"]
    qtbot.keyClick(workspace.reader, Qt.Key.Key_R, CTRL)  # partly reviewed: all of it
    assert all(project.is_reviewed(n) for n in everything)
    qtbot.keyClick(workspace.reader, Qt.Key.Key_R, CTRL)  # all reviewed: none of it
    assert not any(project.is_reviewed(n) for n in everything)


def test_the_first_annotation_asks_nothing_and_keeps_the_comment_typed_at_once(
    window: MainWindow, qtbot: QtBot, interaction: ScriptedInteraction
) -> None:
    """A name question at the first Ctrl+E took the comment typed straight after it as the
    user's name (seen in a real window): the name is now offered beside the annotation."""
    window.context.settings.author, window.context.settings.author_confirmed = "jdoe", False
    workspace = _workspace(window)
    workspace.go_to_node("n19")
    select_phrase(workspace.reader, "Six-Party Talks")
    qtbot.keyClick(workspace.reader, Qt.Key.Key_E, CTRL)
    editor = workspace.annotation_panel.editor
    qtbot.keyClicks(QApplication.focusWidget(), "Raise at the summit.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # on to the tags
    project = window.document.project  # type: ignore[union-attr]
    assert interaction.shown == []  # no dialog
    assert [(a.comment, a.author) for a in project.annotations] == [
        ("Raise at the summit.", "jdoe")
    ]
    notice = editor.name_notice
    assert notice.isVisible() and "jdoe" in notice.text.text()

    interaction.answers.append("Aiko Sato")
    qtbot.mouseClick(notice.choose_button, Qt.MouseButton.LeftButton)
    assert interaction.shown[-1][:2] == ("text", "Your name")
    assert project.annotations[0].author == "Aiko Sato"  # signed with the name given
    assert project.annotations[0].comment == "Raise at the summit."
    assert not notice.isVisible() and window.context.settings.author_confirmed
    assert "Aiko Sato" in editor.meta.text()

    select_phrase(workspace.reader, "North Korea")
    qtbot.keyClick(workspace.reader, Qt.Key.Key_E, CTRL)
    assert not notice.isVisible() and len(interaction.shown) == 1  # not offered again
    assert {a.author for a in project.annotations} == {"Aiko Sato"}
    window.undo_action.trigger()  # the second annotation
    window.undo_action.trigger()  # the signing
    assert [a.author for a in project.annotations] == ["jdoe"]


def test_keeping_the_offered_name_stops_offering_it(
    window: MainWindow, qtbot: QtBot, interaction: ScriptedInteraction
) -> None:
    window.context.settings.author, window.context.settings.author_confirmed = "jdoe", False
    workspace = _workspace(window)
    workspace.go_to_node("n19")
    select_phrase(workspace.reader, "Six-Party Talks")
    qtbot.keyClick(workspace.reader, Qt.Key.Key_E, CTRL)
    notice = workspace.annotation_panel.editor.name_notice
    steps = window.document.undo_stack.count()  # type: ignore[union-attr]
    qtbot.mouseClick(notice.keep_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible() and window.context.settings.author_confirmed
    assert window.document.undo_stack.count() == steps  # type: ignore[union-attr]
    assert window.document.project.annotations[0].author == "jdoe"  # type: ignore[union-attr]
    assert interaction.shown == []


def test_a_read_only_project_refuses_annotations_and_says_why(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    from briefing_app.core.opening import open_path

    target = tmp_path / "shared.briefing"
    save_project(open_path(SAMPLE), target)
    locking.lock_path_for(target).write_text(  # a colleague's instance on another machine
        '{"pid": 4242, "host": "colleague-pc", "user": "colleague", "since": "1 Dec 2026 09:00"}'
    )
    interaction.answers.append(0)  # "Open Read-Only"
    assert window.open_file(target)
    assert window.document is not None and window.document.read_only
    workspace = _workspace(window)
    workspace.go_to_node("n19")
    select_phrase(workspace.reader, "Six-Party Talks")
    qtbot.keyClick(workspace.reader, Qt.Key.Key_E, CTRL)
    assert window.document.project.annotations == []
    assert interaction.shown[-1][0] == "error" and "read-only" in interaction.shown[-1][2]


def test_open_and_save_as_start_in_the_readouts_folder(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    readout = folder / "meeting.txt"
    readout.write_bytes(SAMPLE.read_bytes())
    assert window.open_file(readout)
    assert window.working_folder() == folder
    interaction.answers.append(None)
    window.save_as_action.trigger()
    assert interaction.shown[-1][2] == str(folder / f"meeting{'.briefing'}")
    interaction.answers.append(None)
    window.open_action.trigger()
    assert interaction.shown[-1][0] == "open" and interaction.shown[-1][2] == str(folder)


def test_position_and_find_messages_count_in_words(window: MainWindow, qtbot: QtBot) -> None:
    workspace = _workspace(window)
    assert workspace.position_text() == "Overview · 7 sections follow"
    workspace.find_panel.query.setText("Vladivostok")
    workspace.find_panel.search()
    assert workspace.find_panel.summary.text() == "3 matches for “Vladivostok”"
    workspace.find_panel.query.setText("Lavrov welcomed")
    workspace.find_panel.search()
    assert workspace.find_panel.summary.text() == "1 match for “Lavrov welcomed”"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen only
def test_help_has_a_guide_and_the_shortcuts_from_the_keyboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = _workspace(window)
    qtbot.keyClick(workspace.reader, Qt.Key.Key_F1)
    guide = window.help_window
    assert guide is not None and guide.isVisible()
    browser = guide.findChild(QTextBrowser)
    assert "Annotate" in browser.toPlainText() and "Ctrl+E" in browser.toPlainText()
    guide.close()
    qtbot.keyClick(workspace.reader, Qt.Key.Key_Slash, CTRL)
    shortcuts = window.help_window
    assert shortcuts is not None and shortcuts is not guide and shortcuts.isVisible()
    table = shortcuts.findChild(QTableWidget)
    rows = {table.item(row, 1).text(): table.item(row, 2).text() for row in range(table.rowCount())}
    assert rows["Annotate Selection"] == "Ctrl+E"
    assert rows["Split Section at Cursor"] == "Ctrl+Shift+Return"
    shortcuts.close()


def test_all_annotations_section_column_cites_the_readouts_own_numbering(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.open_file(INDIA)
    workspace = _workspace(window)
    workspace.set_mode(ViewMode.WHOLE)
    select_phrase(workspace.reader, "mourned its terrible and tragic")
    qtbot.keyClick(workspace.reader, Qt.Key.Key_E, CTRL)
    model = workspace.annotation_panel.all_proxy
    section = model.data(model.index(0, 0))
    assert section == "'Deepening Strategic Convergence', ¶25"
