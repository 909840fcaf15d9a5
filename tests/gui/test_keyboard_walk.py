"""The main flow without the mouse: open a readout, find a passage, annotate it, fill in the
note, export — every step a key a person presses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.gui.export_dialog import ExportDialog
from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
READOUT = (
    "Readout of the Minister's call with the Foreign Minister of Chile\n\n"
    "December 1, 2026\n\n"
    "1. Critical minerals\n"
    "The ministers agreed to deepen cooperation on lithium supply chains.\n\n"
    "2. Next steps\n"
    "They agreed to meet in Santiago in the spring.\n"
)


def _focus() -> object:
    return QApplication.focusWidget() or QApplication.activeWindow()


def _press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = _focus()
    assert target is not None, "some widget has the keyboard focus"
    qtbot.keyClick(target, key, modifiers)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen only
def test_open_find_annotate_fill_in_and_export_by_keyboard(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    readout = tmp_path / "chile-call.txt"
    readout.write_text(READOUT, encoding="utf-8")
    window.activateWindow()
    interaction.answers.append(readout)
    _press(qtbot, Qt.Key.Key_O, CTRL)  # File › Open
    qtbot.waitUntil(
        lambda: (
            window.document is not None
            and window.document.project.source_name == "chile-call.txt"
            and window.workspace is not None
            and window.workspace.isVisible()  # on screen: what the person types at
        ),
        timeout=10000,
    )
    workspace = window.workspace
    assert workspace is not None
    _press(qtbot, Qt.Key.Key_F, CTRL)  # Find
    qtbot.keyClicks(_focus(), "lithium supply chains")
    _press(qtbot, Qt.Key.Key_Return)
    _press(qtbot, Qt.Key.Key_E, CTRL)  # annotate the hit
    editor = workspace.annotation_panel.editor
    assert editor.comment.hasFocus()
    qtbot.keyClicks(editor.comment, "Offer a joint working group.")
    _press(qtbot, Qt.Key.Key_Tab)  # to the first tag
    _press(qtbot, Qt.Key.Key_Tab)  # Action
    _press(qtbot, Qt.Key.Key_Space)
    annotation = window.document.project.annotations[0]  # type: ignore[union-attr]
    assert annotation.quote == "lithium supply chains" and annotation.tags == ["Action"]
    assert annotation.comment == "Offer a joint working group."
    _press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)  # File › Export Briefing Note…
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()
    )
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    for _ in range(10):  # Tab to the template list, then choose with the arrow keys
        if dialog.templates.hasFocus():
            break
        _press(qtbot, Qt.Key.Key_Tab)
    assert dialog.templates.hasFocus()
    for _ in range(5):
        if dialog.current_template().key == "annotated-readout":  # type: ignore[union-attr]
            break
        _press(qtbot, Qt.Key.Key_Up)
    assert dialog.current_template().key == "annotated-readout"  # type: ignore[union-attr]
    assert dialog.export_button.isEnabled()
    for _ in range(15):  # Tab on to the Export button and press it
        if dialog.export_button.hasFocus():
            break
        _press(qtbot, Qt.Key.Key_Tab)
    assert dialog.export_button.hasFocus()
    _press(qtbot, Qt.Key.Key_Space)
    target = tmp_path / "chile-call-annotated-readout.docx"
    qtbot.waitUntil(target.exists, timeout=20000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    dialog.close()
