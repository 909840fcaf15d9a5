"""The Qt bindings keep None alive: PySide6 6.12.0 dropped a reference to None on every call
of a method returning nothing, and before Python 3.12 the interpreter aborts when None's count
reaches zero ("deallocating None"): whole-readout mode with 10,000 annotations did, after a
few hundred section switches. pyproject.toml keeps such versions out; this says why."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit
from pytestqt.qtbot import QtBot

from briefing_app.gui.main_window import MainWindow


def test_methods_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label, edit = QLabel(), QTextEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(edit)
    cursor = QTextCursor(edit.document())
    before = sys.getrefcount(None)
    for index in range(500):
        label.setText(str(index))
        cursor.insertText("x")
        edit.setExtraSelections([])
    assert sys.getrefcount(None) - before > -100  # 6.12.0 on Python 3.11: -1,500


def test_highlight_refreshes_keep_none_alive(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    before = sys.getrefcount(None)
    for _ in range(500):
        workspace.reader.select_annotation(None)  # each sets the reader's highlights again
    assert sys.getrefcount(None) - before > -100
