"""Driving the real widgets: open, navigate by keyboard, annotate, undo, fix structure, save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.core.project_io import load_project
from briefing_app.gui.commands import SetReviewed
from briefing_app.gui.interaction import SaveChoice, ScriptedInteraction
from briefing_app.gui.main_window import MainWindow
from briefing_app.gui.navigator_model import OVERVIEW_ID
from briefing_app.gui.workspace import ViewMode
from tests.conftest import SAMPLE
from tests.gui.conftest import put_cursor_before, select_phrase

CTRL = Qt.KeyboardModifier.ControlModifier


def test_opens_on_the_sample_cover(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    assert "sample_readout" in window.windowTitle()
    assert workspace.position_text() == "Overview · 7 sections follow"
    text = workspace.reader.toPlainText()
    assert text.startswith("Japan-Russia Foreign Ministers' Meeting between")
    assert "Saturday, January 28" in text
    assert workspace.navigator_model.rowCount() == 8  # the overview and 7 sections


def test_keyboard_navigation_between_sections(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.reader.setFocus()
    qtbot.keyClick(workspace.reader, Qt.Key.Key_PageDown, CTRL)
    assert workspace.position_text() == "Section 1 of 7"
    for _ in range(3):
        qtbot.keyClick(workspace.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert workspace.position_text() == "Section 4 of 7"
    assert workspace.reader.toPlainText().startswith("4. Territorial Issues")
    qtbot.keyClick(workspace.reader, Qt.Key.Key_PageUp, CTRL)
    assert workspace.position_text() == "Section 3 of 7"
    assert workspace.current_node_id == "n8"
    for _ in range(10):
        qtbot.keyClick(workspace.reader, Qt.Key.Key_PageDown, CTRL)
    assert workspace.position_text() == "Section 7 of 7"


def test_navigator_click_shows_item_in_its_section(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.navigator.setCurrentIndex(workspace.navigator_index("n19"))
    assert workspace.position_text() == "Section 7 of 7"
    assert workspace.current_node_id == "n19"
    assert "North Korea" in workspace.note_label.text()


def test_select_text_and_annotate_then_edit_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to_node("n13")
    select_phrase(workspace.reader, "Sakhalin III project")
    qtbot.keyClick(workspace.reader, Qt.Key.Key_E, CTRL)
    project = window.document.project  # type: ignore[union-attr]
    assert len(project.annotations) == 1
    annotation = project.annotations[0]
    assert annotation.quote == "Sakhalin III project"
    assert annotation.anchor.node_id == "n13"
    assert project.readout.text[annotation.start : annotation.end] == "Sakhalin III project"
    assert len(workspace.reader.extraSelections()) == 1
    assert window.isWindowModified()

    editor = workspace.annotation_panel.editor
    qtbot.keyClicks(editor.comment, "Terms not agreed")
    qtbot.waitUntil(lambda: project.annotations[0].comment == "Terms not agreed", timeout=3000)
    editor.tag_boxes["Risk"].click()
    assert project.annotations[0].tags == ["Risk"]
    editor.priority.setCurrentIndex(editor.priority.findData("high"))
    assert project.annotations[0].priority.value == "high"
    assert window.undo_action.text() == "&Undo Set priority"

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert project.annotations[0].tags == []
    window.undo_action.trigger()
    assert project.annotations[0].comment == ""
    window.undo_action.trigger()
    assert project.annotations == []
    assert workspace.reader.extraSelections() == []
    for _ in range(4):
        window.redo_action.trigger()
    assert project.annotations[0].tags == ["Risk"]
    assert project.annotations[0].priority.value == "high"


def test_annotate_without_selection_says_what_to_do(window: MainWindow) -> None:
    window.annotate_action.trigger()
    assert "Select a passage" in window.statusBar().currentMessage()
    assert window.document.project.annotations == []  # type: ignore[union-attr]


def test_clicking_an_annotation_in_the_list_flashes_its_passage(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to_node("n9")
    select_phrase(workspace.reader, "the four islands belong to Japan")
    window.annotate_action.trigger()
    workspace.show_section(0)
    annotation_id = window.document.project.annotations[0].id  # type: ignore[union-attr]
    workspace.annotation_panel.tabs.setCurrentIndex(1)
    view = workspace.annotation_panel.all_view
    rect = view.visualRect(view.model().index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.position_text() == "Section 4 of 7"
    assert workspace.reader._flash_id == annotation_id


def test_split_and_merge_from_the_menu(
    window: MainWindow, interaction: ScriptedInteraction
) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to_node("n9")
    select_phrase(workspace.reader, "Northern Territories")
    window.annotate_action.trigger()
    put_cursor_before(workspace.reader, "Foreign Minister Gemba requested")
    window.split_action.trigger()
    readout = window.document.readout  # type: ignore[union-attr]
    assert len(readout.sections) == 8
    new_id = readout.sections[4].id
    assert window.document.project.annotations[0].anchor.node_id == new_id  # type: ignore[union-attr]
    assert workspace.current_node_id == new_id
    window.merge_action.trigger()
    assert len(readout.sections) == 7
    assert window.document.project.annotations[0].anchor.node_id == "n9"  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert len(readout.sections) == 8
    assert interaction.shown == []


def test_structure_refusal_is_a_dialog_not_a_crash(
    window: MainWindow, interaction: ScriptedInteraction
) -> None:
    window.workspace.show_overview()  # type: ignore[union-attr]
    window.merge_action.trigger()
    assert interaction.shown and interaction.shown[0][0] == "error"
    assert interaction.shown[0][2] == "Choose a section or item in the navigator first."


def test_promote_demote_relabel_restore(
    window: MainWindow, interaction: ScriptedInteraction
) -> None:
    workspace = window.workspace
    assert workspace is not None
    readout = window.document.readout  # type: ignore[union-attr]
    workspace.go_to_node("n20")
    window.promote_action.trigger()
    assert [s.id for s in readout.sections][-1] == "n20"
    window.demote_action.trigger()
    assert [i.id for i in readout.sections[-1].items] == ["n19", "n20"]
    interaction.answers.extend(["(2)", "Other regional issues"])
    window.relabel_action.trigger()
    assert readout.find_node("n20").heading == "Other regional issues"  # type: ignore[union-attr]
    interaction.answers.append(0)
    window.restore_action.trigger()
    assert readout.removed == []
    assert readout.find_node("n20").paragraphs[-1].text == "Back to Index"  # type: ignore[union-attr]


def test_reviewed_check_in_the_navigator_is_undoable(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    model = workspace.navigator_model
    index = model.index_for_node("n4", 2)
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    project = window.document.project  # type: ignore[union-attr]
    assert project.is_reviewed("n4")
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    window.undo_action.trigger()
    assert not project.is_reviewed("n4")
    workspace.go_to_node("n8")
    window.reviewed_action.trigger()
    assert project.is_reviewed("n8")


def test_filters_by_tag_and_unreviewed(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to_node("n9")
    select_phrase(workspace.reader, "the four islands belong to Japan")
    window.annotate_action.trigger()
    workspace.annotation_panel.editor.tag_boxes["Key point"].click()
    workspace.tag_filter.setCurrentIndex(workspace.tag_filter.findData("Key point"))
    proxy = workspace.navigator_filter
    assert proxy.rowCount() == 1
    assert workspace.navigator_model.node_id(proxy.mapToSource(proxy.index(0, 0))) == "n9"
    workspace.tag_filter.setCurrentIndex(0)
    window.document.project.set_reviewed("n1", True)  # type: ignore[union-attr]
    workspace.unreviewed_only.setChecked(True)
    visible = [
        workspace.navigator_model.node_id(proxy.mapToSource(proxy.index(r, 0)))
        for r in range(proxy.rowCount())
    ]
    assert OVERVIEW_ID not in visible and "n4" in visible
    assert "n1" in visible  # its unreviewed items keep the section visible


def test_find_lists_hits_and_shows_them(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.workspace
    assert workspace is not None
    window.find_action.trigger()
    assert workspace.side_tabs.currentWidget() is workspace.find_panel
    qtbot.keyClicks(workspace.find_panel.query, "north korea")
    qtbot.keyClick(workspace.find_panel.query, Qt.Key.Key_Return)
    assert workspace.find_panel.results.count() == 3
    assert workspace.find_panel.summary.text() == "3 matches for “north korea”"
    assert workspace.position_text() == "Section 7 of 7"
    assert workspace.reader.textCursor().selectedText() == "North Korea"


def test_whole_readout_mode_keeps_navigator_in_sync(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    window.whole_mode_action.trigger()
    assert workspace.mode is ViewMode.WHOLE
    text = workspace.reader.toPlainText()
    assert "1. Japan-Russia relations (General)" in text and "(2) Others" in text
    workspace.reader.scroll_to_node("n9")
    assert workspace.current_node_id == "n9"
    assert workspace.navigator_node_id(workspace.navigator.currentIndex()) == "n9"
    window.section_mode_action.trigger()
    assert workspace.position_text() == "Section 4 of 7"


def test_section_note_and_note_fields(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.workspace
    assert workspace is not None
    project = window.document.project  # type: ignore[union-attr]
    workspace.go_to_node("n9")
    qtbot.keyClicks(workspace.section_note, "Hold the line")
    qtbot.waitUntil(lambda: project.section_notes.get("n9") == "Hold the line", timeout=3000)
    workspace.side_tabs.setCurrentWidget(workspace.note_panel)
    combo = workspace.note_panel.editors["classification"]
    combo.setCurrentIndex(combo.findData("SECRET"))  # type: ignore[union-attr]
    assert project.note.classification == "SECRET"
    subject = workspace.note_panel.editors["subject"]
    qtbot.mouseClick(subject, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(subject, "Outcome of the meeting")
    qtbot.keyClick(subject, Qt.Key.Key_Tab)  # focus moves on: the field commits
    assert project.note.subject == "Outcome of the meeting"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert project.note.classification == "UNCLASSIFIED"
    assert combo.currentData() == "UNCLASSIFIED"  # type: ignore[union-attr]


def test_save_reopen_and_compare(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction, qtbot: QtBot
) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to_node("n19")
    select_phrase(workspace.reader, "Six-Party Talks")
    window.annotate_action.trigger()
    workspace.annotation_panel.editor.tag_boxes["Action"].click()
    qtbot.keyClicks(workspace.annotation_panel.editor.owner, "NE Asia desk")
    qtbot.keyClick(workspace.annotation_panel.editor.owner, Qt.Key.Key_Return)
    window.reviewed_action.trigger()
    target = tmp_path / "meeting"
    interaction.answers.append(target)
    assert window.save_action.trigger() is None
    saved = tmp_path / "meeting.briefing"
    assert saved.exists() and not window.isWindowModified()
    assert "meeting.briefing" in window.windowTitle()
    before = window.document.project  # type: ignore[union-attr]
    assert load_project(saved) == before
    assert window.open_file(saved)
    after = window.document.project  # type: ignore[union-attr]
    assert after == before
    assert after.annotations[0].owner == "NE Asia desk"


def test_close_with_unsaved_changes_asks(
    window: MainWindow, interaction: ScriptedInteraction
) -> None:
    window.document.undo_stack.push(SetReviewed(window.document, "n1", True, "1"))  # type: ignore[arg-type,union-attr]
    interaction.answers.append(SaveChoice.CANCEL)
    assert not window.close()
    assert window.isVisible()
    interaction.answers.append(SaveChoice.DISCARD)
    assert window.close()


def test_opening_a_bad_file_keeps_the_current_work(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    before = window.document
    assert not window.open_file(bad)
    assert window.document is before
    assert interaction.shown[-1][0] == "error" and "broken.docx" in interaction.shown[-1][2]


def test_open_readout_and_example(window: MainWindow) -> None:
    assert window.open_file(SAMPLE)
    assert window.document.path is None  # type: ignore[union-attr]
    window.open_example_action.trigger()
    project = window.document.project  # type: ignore[union-attr]
    assert len(project.annotations) >= 12
    assert {t for a in project.annotations for t in a.tags} >= set(project.taxonomy)
    assert window.document.path is None  # type: ignore[union-attr]


def test_edit_tags(window: MainWindow, interaction: ScriptedInteraction) -> None:
    interaction.answers.append("Key point\nRisk\nLegal")
    window.tags_action.trigger()
    workspace = window.workspace
    assert workspace is not None
    assert list(workspace.annotation_panel.editor.tag_boxes) == ["Key point", "Risk", "Legal"]
    window.undo_action.trigger()
    assert "Talking point" in workspace.annotation_panel.editor.tag_boxes


def test_section_note_typed_just_before_moving_on_is_kept(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to_node("n9")
    qtbot.keyClicks(workspace.section_note, "Quick thought")
    window.next_action.trigger()  # before the idle timer fires
    project = window.document.project  # type: ignore[union-attr]
    assert project.section_notes.get("n9") == "Quick thought"
    assert workspace.section_note.toPlainText() == ""


def test_selecting_words_with_ctrl_shift_arrows_never_moves_a_section(
    window: MainWindow, qtbot: QtBot, interaction: ScriptedInteraction
) -> None:
    """Ctrl+Shift+Right/Left select word by word in the reader, as in every text view;
    promote and demote are Alt+Shift+Left/Right (Word's outline keys)."""
    workspace = window.workspace
    assert workspace is not None
    readout = window.document.readout  # type: ignore[union-attr]
    workspace.go_to_node("n20")
    before = [s.id for s in readout.sections]
    put_cursor_before(workspace.reader, "The Foreign Ministers exchanged views")
    for _ in range(2):
        qtbot.keyClick(
            workspace.reader,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert workspace.reader.textCursor().selectedText() == "The Foreign "
    assert [s.id for s in readout.sections] == before and interaction.shown == []
    qtbot.keyClick(
        workspace.reader,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [s.id for s in readout.sections][-1] == "n20"  # promoted


def test_the_navigator_filters_only_while_a_filter_is_on(window: MainWindow, qtbot: QtBot) -> None:
    """Without a filter the navigator shows its tree model itself (the filter's mapping
    cost every section switch); with one, the filter; the place is kept either way."""
    workspace = window.workspace
    assert workspace is not None
    navigator = workspace.navigator
    assert navigator.model() is workspace.navigator_model
    workspace.go_to_node("n19")
    workspace.unreviewed_only.setChecked(True)  # as a click would
    assert navigator.model() is workspace.navigator_filter
    assert workspace.navigator_node_id(navigator.currentIndex()) == "n19"
    assert navigator.isExpanded(navigator.model().index(1, 0))
    workspace.unreviewed_only.setChecked(False)
    assert navigator.model() is workspace.navigator_model
    assert workspace.navigator_node_id(navigator.currentIndex()) == "n19"
    assert navigator.header().sectionSize(2) == 30  # the columns keep their widths
    navigator.setFocus()
    qtbot.keyClick(navigator, Qt.Key.Key_Up)  # moving in the tree moves the reader
    assert workspace.current_node_id != "n19"
    assert workspace.navigator_node_id(navigator.currentIndex()) == workspace.current_node_id
