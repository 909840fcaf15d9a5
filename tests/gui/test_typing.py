"""Typing as a person does: at human speed, moving between fields while idle timers fire.

Each scenario here lost text before the fix (issue 8, item 1): a commit of one field reloaded
every other field, overwriting what was being typed and moving the cursor.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from briefing_app.core.project_io import load_project
from briefing_app.core.recovery import load_recovery
from briefing_app.gui.interaction import SaveChoice, ScriptedInteraction
from briefing_app.gui.main_window import MainWindow
from briefing_app.gui.workspace import Workspace
from tests.gui.conftest import annotate_by_keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
KEY_DELAY_MS = 45  # a brisk typist: a 20-letter phrase outlasts the 600 ms idle timer


def _workspace(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def _field(window: MainWindow, name: str) -> QLineEdit | QPlainTextEdit:
    editor = _workspace(window).note_panel.editors[name]
    assert isinstance(editor, QLineEdit | QPlainTextEdit)
    return editor


def _type_into(qtbot: QtBot, editor: QLineEdit | QPlainTextEdit, text: str, delay: int) -> None:
    """Click into ``editor`` and type ``text`` with ``delay`` ms between keys."""
    target = editor.viewport() if isinstance(editor, QPlainTextEdit) else editor
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    qtbot.keyClicks(editor, text, delay=delay)


def _shown(editor: QLineEdit | QPlainTextEdit) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


FILL_IN = {
    "purpose": "To inform the Minister before Thursday's call",
    "through": "Deputy Secretary (Asia)",
    "summary": "Industrial and technology cooperation is the new anchor.",
    "recommendations": "Agree the next round of talks in Tokyo.",
    "subject": "Japan-Russia ministers' meeting",
}


def test_filling_in_the_note_form_at_human_speed_keeps_every_field(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    workspace = _workspace(window)
    workspace.side_tabs.setCurrentWidget(workspace.note_panel)
    for name, text in FILL_IN.items():
        # Each field's idle commit fires while the next field is being typed into.
        _type_into(qtbot, _field(window, name), text, KEY_DELAY_MS)
    for name, text in FILL_IN.items():
        assert _shown(_field(window, name)) == text, name
    target = tmp_path / "meeting.briefing"
    interaction.answers.append(target)
    qtbot.keyClick(_field(window, "subject"), Qt.Key.Key_S, CTRL)  # save while typing is pending
    saved = load_project(target).note
    for name, text in FILL_IN.items():
        assert getattr(saved, name) == text, name


def test_a_commit_never_moves_the_cursor_of_the_field_being_typed_in(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = _workspace(window)
    workspace.side_tabs.setCurrentWidget(workspace.note_panel)
    _type_into(qtbot, _field(window, "purpose"), "Background", 0)
    through = _field(window, "through")
    _type_into(qtbot, through, "Deputy", 0)
    qtbot.wait(800)  # purpose commits now, through too
    qtbot.keyClicks(through, " Secretary")
    assert isinstance(through, QLineEdit)
    assert through.text() == "Deputy Secretary"
    assert through.cursorPosition() == len("Deputy Secretary")
    document = window.document
    assert document is not None
    qtbot.waitUntil(lambda: document.project.note.through == "Deputy Secretary", timeout=3000)
    assert document.project.note.purpose == "Background"


def test_undo_in_a_field_takes_back_that_typing_and_touches_no_other_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = _workspace(window)
    workspace.side_tabs.setCurrentWidget(workspace.note_panel)
    subject, through = _field(window, "subject"), _field(window, "through")
    _type_into(qtbot, subject, "Outcome", 0)
    _type_into(qtbot, through, "Director", 0)
    assert isinstance(subject, QLineEdit)
    subject_cursor = subject.cursorPosition()
    qtbot.keyClick(through, Qt.Key.Key_Z, CTRL)  # app-level undo, from inside the field
    document = window.document
    assert document is not None
    assert through.text() == "" and document.project.note.through == ""
    assert subject.text() == "Outcome" and document.project.note.subject == "Outcome"
    assert subject.cursorPosition() == subject_cursor
    qtbot.keyClick(through, Qt.Key.Key_Z, CTRL_SHIFT)
    assert through.text() == "Director" and document.project.note.through == "Director"


def test_annotation_comment_then_owner_at_human_speed(window: MainWindow, qtbot: QtBot) -> None:
    workspace = _workspace(window)
    annotate_by_keyboard(window, qtbot, "n19", "Six-Party Talks")
    editor = workspace.annotation_panel.editor
    assert editor.comment.hasFocus()
    qtbot.keyClicks(editor.comment, "Russia backs the talks", delay=20)
    _type_into(qtbot, editor.owner, "NE Asia division", KEY_DELAY_MS)  # comment commits meanwhile
    assert editor.owner.text() == "NE Asia division"
    assert editor.owner.cursorPosition() == len("NE Asia division")
    editor.comment.setFocus()  # focus moves away from the owner: it commits
    annotation = window.document.project.annotation(editor.annotation_id)  # type: ignore[union-attr,arg-type]
    assert annotation.comment == "Russia backs the talks"
    assert annotation.owner == "NE Asia division"


def test_ctrl_z_in_the_comment_box_reaches_app_level_undo(window: MainWindow, qtbot: QtBot) -> None:
    workspace = _workspace(window)
    annotate_by_keyboard(window, qtbot, "n19", "Six-Party Talks")
    editor = workspace.annotation_panel.editor
    qtbot.keyClicks(editor.comment, "Watch this")
    risk = editor.tag_boxes["Risk"]
    qtbot.mouseClick(risk, Qt.MouseButton.LeftButton, pos=QPoint(8, risk.height() // 2))
    assert risk.isChecked()
    editor.comment.setFocus()
    qtbot.keyClick(editor.comment, Qt.Key.Key_Z, CTRL)
    annotation = window.document.project.annotation(editor.annotation_id)  # type: ignore[union-attr,arg-type]
    assert annotation.tags == []  # the tag was undone, not a letter of the comment
    assert not editor.tag_boxes["Risk"].isChecked()
    assert editor.comment.toPlainText() == "Watch this" == annotation.comment
    qtbot.keyClick(editor.comment, Qt.Key.Key_Z, CTRL)
    assert editor.comment.toPlainText() == "" == annotation.comment
    qtbot.keyClick(editor.comment, Qt.Key.Key_Z, CTRL)  # and the annotation itself
    assert window.document.project.annotations == []  # type: ignore[union-attr]


def test_section_note_keeps_typing_across_its_idle_commit(window: MainWindow, qtbot: QtBot) -> None:
    workspace = _workspace(window)
    workspace.go_to_node("n9")
    note = workspace.section_note
    _type_into(qtbot, note, "Hold the line", 0)
    project = window.document.project  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: project.section_notes.get("n9") == "Hold the line", timeout=3000)
    qtbot.keyClicks(note, " on fisheries")
    assert note.toPlainText() == "Hold the line on fisheries"
    assert note.textCursor().position() == len("Hold the line on fisheries")
    qtbot.keyClick(note, Qt.Key.Key_PageDown, CTRL)  # next section: the note is committed
    assert project.section_notes["n9"] == "Hold the line on fisheries"


def test_typing_is_in_the_autosave_even_without_a_pause(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    interaction.answers.append(tmp_path / "meeting.briefing")
    window.save_action.trigger()
    workspace = _workspace(window)
    workspace.side_tabs.setCurrentWidget(workspace.note_panel)
    summary = _field(window, "summary")
    _type_into(qtbot, summary, "Still typing the summary", 0)
    autosaver = window.autosaver
    assert autosaver is not None and workspace.has_pending_typing()
    start = time.monotonic()
    assert not autosaver.tick(start)  # typing under way: the 30 s clock starts
    assert autosaver.tick(start + 31)  # overdue: typing is committed and autosaved
    recovered = load_recovery(window.document.session.recovery_path)  # type: ignore[union-attr]
    assert recovered.note.summary == "Still typing the summary"


def test_closing_right_after_typing_saves_the_typing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    target = tmp_path / "meeting.briefing"
    interaction.answers.append(target)
    window.save_action.trigger()
    workspace = _workspace(window)
    workspace.side_tabs.setCurrentWidget(workspace.note_panel)
    _type_into(qtbot, _field(window, "recommendations"), "Agree to meet in March", 0)
    interaction.answers.append(SaveChoice.SAVE)
    window.close()
    assert not window.isVisible()
    assert load_project(target).note.recommendations == "Agree to meet in March"


def test_export_dialog_sees_what_was_just_typed(window: MainWindow, qtbot: QtBot) -> None:
    workspace = _workspace(window)
    workspace.side_tabs.setCurrentWidget(workspace.note_panel)
    _type_into(qtbot, _field(window, "subject"), "Meeting outcome", 0)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    assert "subject" not in dialog.missing_fields()


def test_clearances_are_typed_into_their_table(window: MainWindow, qtbot: QtBot) -> None:
    workspace = _workspace(window)
    workspace.side_tabs.setCurrentWidget(workspace.note_panel)
    clearances = workspace.note_panel.editors["cleared"]
    qtbot.mouseClick(clearances.add_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    table = clearances.table  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState, timeout=2000)
    editor = table.focusWidget()
    qtbot.keyClicks(editor, "A. Sato")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table commits the cell (queued)
    document = window.document
    assert document is not None
    qtbot.waitUntil(lambda: [c.name for c in document.project.note.cleared] == ["A. Sato"])
    window.undo_action.trigger()
    assert document.project.note.cleared == []
    assert clearances.clearances() == []  # type: ignore[union-attr]


def test_clearances_from_the_keyboard_alone(window: MainWindow, qtbot: QtBot) -> None:
    workspace = _workspace(window)
    workspace.side_tabs.setCurrentWidget(workspace.note_panel)
    drafter = _field(window, "drafter")
    _type_into(qtbot, drafter, "K. Tanaka", 0)
    qtbot.keyClick(drafter, Qt.Key.Key_Tab)
    clearances = workspace.note_panel.editors["cleared"]
    add = clearances.add_button  # type: ignore[union-attr]
    assert add.hasFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    table = clearances.table  # type: ignore[union-attr]
    for text in ("H. Sato", "Security Policy Division", "30 Nov"):
        qtbot.waitUntil(lambda: table.state() == table.State.EditingState, timeout=2000)
        editor = table.focusWidget()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the next cell
    document = window.document
    assert document is not None
    qtbot.waitUntil(lambda: len(document.project.note.cleared) == 1, timeout=2000)
    cleared = document.project.note.cleared[0]
    assert (cleared.name, cleared.office, cleared.date) == (
        "H. Sato",
        "Security Policy Division",
        "30 Nov",
    )
    assert document.project.note.drafter == "K. Tanaka"
    # Tab after the last cell leaves the table: the keyboard user is not trapped in it
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=2000)
    focused = QApplication.focusWidget()
    assert focused is not None and not table.isAncestorOf(focused) and focused is not table


def test_tab_walks_the_annotation_form_in_the_order_it_is_laid_out(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = _workspace(window)
    annotate_by_keyboard(window, qtbot, "n19", "Six-Party Talks")
    editor = workspace.annotation_panel.editor
    qtbot.keyClicks(editor.comment, "Resume the talks")
    qtbot.keyClick(editor.comment, Qt.Key.Key_Tab)
    first_tag = next(iter(editor.tag_boxes.values()))
    assert first_tag.hasFocus()
    qtbot.keyClick(first_tag, Qt.Key.Key_Space)
    annotation = window.document.project.annotation(editor.annotation_id)  # type: ignore[union-attr,arg-type]
    assert annotation.tags == [first_tag.text()]
    assert annotation.comment == "Resume the talks"


def test_a_due_date_typed_just_before_saving_is_saved(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    annotation_id = annotate_by_keyboard(window, qtbot, "n19", "Six-Party Talks")
    editor = _workspace(window).annotation_panel.editor
    _type_into(qtbot, editor.due.line, "2026-12-24", 0)
    target = tmp_path / "meeting.briefing"
    interaction.answers.append(target)
    qtbot.keyClick(editor.due.line, Qt.Key.Key_S, CTRL)  # no Return, no Tab: straight to save
    saved = load_project(target).annotation(annotation_id)
    assert saved.due is not None and saved.due.isoformat() == "2026-12-24"
