"""Refreshing the reader's highlights thousands of times must not wear None away: PySide6
6.12 drops a reference to None on every setExtraSelections call, and on Python 3.11 the
interpreter aborts when None's count reaches zero (whole-readout mode with 10,000
annotations did, after a few hundred section switches)."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from briefing_app.gui.main_window import MainWindow


def test_highlight_refreshes_keep_none_alive(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.workspace
    assert workspace is not None
    reader = workspace.reader
    reader.select_annotation(None)  # the first refresh measures PySide's behaviour
    before = sys.getrefcount(None)
    for _ in range(500):
        reader.select_annotation(None)  # each one sets the highlights again
    assert sys.getrefcount(None) - before > -50  # was -500: one reference lost per refresh
