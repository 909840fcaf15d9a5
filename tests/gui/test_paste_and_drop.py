"""Edit › Paste as New Readout (Ctrl+Shift+V), and text or HTML dropped on the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.main_window import OPEN_FILTER, MainWindow

PAGE = """<html><head><meta charset="windows-1252"></head><body>
<h1>Readout of the Secretary's Meeting with the Foreign Minister of Norway</h1>
<p>The Secretary met Foreign Minister Eide in Oslo — “a close ally”.</p>
<h2>Energy</h2>
<ol><li>They discussed gas supplies to Europe.</li><li>They agreed to talk again.</li></ol>
</body></html>"""
TEXT = (
    "Readout of the Minister's call with the Foreign Minister of Chile\n\n"
    "1. The ministers discussed lithium.\n\n2. They agreed to meet in Santiago.\n"
)


@pytest.fixture(autouse=True)
def clipboard_emptied() -> Iterator[None]:
    """The clipboard owns the mime data a test gives it; empty it before the app goes, or
    Qt deletes it again at exit (a crash after every test has passed)."""
    yield
    clipboard = QApplication.clipboard()
    if clipboard is not None:
        clipboard.clear()


def _press_paste(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.wait(50)


def _set_clipboard(*, html: str | None = None, text: str | None = None) -> None:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    QApplication.clipboard().setMimeData(mime)


def test_shortcut_pastes_the_clipboards_html_over_its_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    _set_clipboard(html=PAGE, text="the plain text a browser also puts there")
    _press_paste(qtbot, window)
    readout = window.document.project.readout
    assert readout.title == "Readout of the Secretary's Meeting with the Foreign Minister of Norway"
    assert "“a close ally”" in readout.text  # decoded as pasted, whatever the page declared
    assert "plain text a browser" not in readout.text
    assert readout.source_format == "html"
    assert window.document.path is None and window.document.project.source_name == "Pasted readout"
    assert "Norway" in window.statusBar().currentMessage()


def test_shortcut_pastes_text_when_there_is_no_html(qtbot: QtBot, window: MainWindow) -> None:
    _set_clipboard(text=TEXT)
    _press_paste(qtbot, window)
    readout = window.document.project.readout
    assert readout.title == "Readout of the Minister's call with the Foreign Minister of Chile"
    assert [node.number for node in readout.sections] == ["1", "2"]
    assert window.document.project.original_text == TEXT


def test_menu_has_the_action_and_an_empty_clipboard_says_so(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction
) -> None:
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.paste_readout_action in edit.actions()
    before = window.document
    _set_clipboard(text="   ")
    _press_paste(qtbot, window)
    assert window.document is before
    assert interaction.shown and interaction.shown[-1][1] == "Nothing to paste"


def test_pasting_asks_to_save_unsaved_changes_first(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction
) -> None:
    from briefing_app.gui.interaction import SaveChoice

    window.document.undo_stack.resetClean()  # as after an edit
    assert window.document.is_modified
    before = window.document
    interaction.answers.append(SaveChoice.CANCEL)
    _set_clipboard(text=TEXT)
    _press_paste(qtbot, window)
    assert window.document is before  # cancelled: nothing replaced


def _drop(window: MainWindow, mime: QMimeData) -> tuple[bool, bool]:
    """Drag ``mime`` over the window and let go, as Qt delivers a drop."""
    point = QPointF(40, 40)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:  # Qt 6.12 takes the point as QPointF, earlier versions as QPoint
        enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    except TypeError:
        enter = QDragEnterEvent(
            point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, modifiers
        )
    enter.setAccepted(False)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    drop.setAccepted(False)
    if enter.isAccepted():
        QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropped_html_and_text_open_as_new_readouts(qtbot: QtBot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setHtml(PAGE)
    assert _drop(window, mime) == (True, True)
    assert window.document.project.readout.title.startswith("Readout of the Secretary's")
    mime = QMimeData()
    mime.setText(TEXT)
    assert _drop(window, mime) == (True, True)
    assert window.document.project.readout.title.endswith("Foreign Minister of Chile")
    qtbot.wait(10)


def test_a_bare_link_or_an_unknown_file_is_not_taken(window: MainWindow) -> None:
    before = window.document
    link = QMimeData()
    link.setText("https://example.org/readout")
    link.setUrls([QUrl("https://example.org/readout")])
    assert _drop(window, link)[0] is False
    assert window.document is before


def test_dropped_pdf_file_is_taken_and_a_broken_one_explained(
    tmp_path: Path, window: MainWindow, interaction: ScriptedInteraction, qtbot: QtBot
) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.7 broken")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert _drop(window, mime) == (True, True)
    qtbot.waitUntil(lambda: bool(interaction.shown), timeout=10000)  # opened on a worker
    assert interaction.shown[-1][:2] == ("error", "Cannot open")
    assert "the PDF cannot be read" in interaction.shown[-1][2]


def test_open_filter_lists_the_new_formats() -> None:
    for glob in ("*.pdf", "*.eml", "*.odt", "*.rtf", "*.docx", "*.briefing"):
        assert glob in OPEN_FILTER.split(";;")[0]
