"""The side panel keeps its place: switching tabs or showing a long quote moves nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.gui.main_window import MainWindow
from tests.gui.conftest import select_phrase

CTRL = Qt.KeyboardModifier.ControlModifier
LONG_QUOTE = (
    "With the events such as the Asia-Pacific Economic Cooperation meeting in Vladivostok and "
    "the start of a new administration in Russia in mind, both sides exchanged opinions on a "
    "wide range of agendas"
)


def test_switching_side_tabs_keeps_the_panel_width(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.workspace
    assert workspace is not None
    for width in (1360, 1000, 900):
        window.resize(width, 800)
        qtbot.wait(20)
        sizes = workspace.splitter.sizes()
        for index in (1, 2, 0, 1, 0):
            workspace.side_tabs.setCurrentIndex(index)
            qtbot.wait(20)
            assert workspace.splitter.sizes() == sizes, (width, index)


def test_a_long_quote_does_not_push_the_tags_down(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.workspace
    assert workspace is not None
    editor = workspace.annotation_panel.editor
    workspace.show_section(0)
    select_phrase(workspace.reader, "both sides")
    qtbot.keyClick(workspace.reader, Qt.Key.Key_E, CTRL)
    qtbot.wait(20)
    short_y = editor.tag_boxes["Risk"].mapTo(editor, editor.tag_boxes["Risk"].rect().topLeft())
    sizes = workspace.splitter.sizes()
    select_phrase(workspace.reader, LONG_QUOTE)
    qtbot.keyClick(workspace.reader, Qt.Key.Key_E, CTRL)
    qtbot.wait(20)
    long_y = editor.tag_boxes["Risk"].mapTo(editor, editor.tag_boxes["Risk"].rect().topLeft())
    assert long_y == short_y
    assert workspace.splitter.sizes() == sizes
    assert editor.quote.text().endswith("…")  # elided on screen…
    assert LONG_QUOTE in editor.quote.toolTip()  # …and whole in the tooltip
