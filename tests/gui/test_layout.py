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


def test_a_section_labelled_by_a_long_sentence_keeps_the_panel_width(
    window: MainWindow, qtbot: QtBot
) -> None:
    """An unheaded numbered paragraph is labelled by its first sentence; the section-note
    caption shows it shortened (all of it on hover) and never widens the reader."""
    from briefing_app.core.project_io import project_from_readout
    from briefing_app.gui.document import ProjectDocument
    from briefing_app.importers import import_bytes

    sentence = "冒頭、茂木外相から、歓迎の言葉に続き、「特別な戦略的パートナー」である" * 4
    text = f"日豪外相会談\n\n1 {sentence}。\n\n2 両外相は、協力について議論を行いました。\n"
    readout = import_bytes(text.encode("utf-8"), "jpau.txt")
    window.set_document(
        ProjectDocument(project_from_readout(readout, source_name="jpau.txt", original_text=text))
    )
    workspace = window.workspace
    assert workspace is not None
    window.resize(1360, 800)
    qtbot.wait(20)
    sizes = workspace.splitter.sizes()
    workspace.go_to_node(readout.sections[0].id)
    qtbot.wait(20)
    assert workspace.splitter.sizes() == sizes
    assert len(workspace.note_label.text()) < 90 and workspace.note_label.text().endswith("…")
    assert sentence in workspace.note_label.toolTip()
