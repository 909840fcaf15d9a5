"""Correcting what the importer decided, as a person does it: promote and demote one item;
the title and date (picked from a line, or typed); removing a junk line. All undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.gui.main_window import MainWindow
from tests.core.test_structure_edit import SAMPLE_OUTLINE, outline


def test_promote_moves_only_the_item_and_undo_restores_the_outline(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = window.workspace
    assert workspace is not None
    readout = window.document.readout  # type: ignore[union-attr]
    assert outline(readout) == SAMPLE_OUTLINE
    workspace.go_to_node("n5")  # 2.(1)
    qtbot.keyClick(
        workspace.navigator,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    promoted = [*SAMPLE_OUTLINE[:4], "  n6 (2)", "  n7 (3)", "n5 (1)", *SAMPLE_OUTLINE[7:]]
    assert outline(readout) == promoted
    assert window.undo_action.text() == "&Undo Promote"
    qtbot.keyClick(workspace.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert outline(readout) == SAMPLE_OUTLINE
    qtbot.keyClick(
        workspace.navigator,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert outline(readout) == promoted
    workspace.go_to_node("n5")
    window.demote_action.trigger()
    assert outline(readout) == SAMPLE_OUTLINE
