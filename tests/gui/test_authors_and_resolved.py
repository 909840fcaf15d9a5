"""Colleagues' annotations by author, and resolved ones out of the way until asked for."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from briefing_app.gui.main_window import MainWindow
from briefing_app.gui.reader import author_colour, highlight_colour
from tests.core.test_interchange import _mine_and_theirs


def _with_colleague(window: MainWindow) -> None:
    mine, theirs = _mine_and_theirs()
    from briefing_app.core.merge import merge_annotations

    merged, _ = merge_annotations(mine, theirs.annotations)
    window.set_document(window.new_document(merged))


def _reader_quotes(window: MainWindow) -> set[str]:
    assert window.workspace is not None
    reader = window.workspace.reader
    return {a.quote for a in reader._annotations}


def test_filter_by_author_here_and_in_the_reader(window: MainWindow) -> None:
    _with_colleague(window)
    workspace = window.workspace
    assert workspace is not None
    panel = workspace.annotation_panel
    authors = [panel.author_filter.itemText(i) for i in range(panel.author_filter.count())]
    assert authors == ["Everyone's annotations", "A", "B. Colleague"]
    everyone = panel.all_proxy.rowCount()
    panel.author_filter.setCurrentIndex(panel.author_filter.findData("B. Colleague"))
    assert 0 < panel.all_proxy.rowCount() < everyone
    assert _reader_quotes(window) == {"visa procedures", "Japan-Russia cultural center"}
    panel.author_filter.setCurrentIndex(0)
    assert panel.all_proxy.rowCount() == everyone


def test_colour_by_author_from_the_view_menu(window: MainWindow) -> None:
    _with_colleague(window)
    workspace = window.workspace
    assert workspace is not None
    theirs = next(a for a in workspace.document.project.annotations if a.author == "B. Colleague")
    assert highlight_colour(theirs, by_author=True) == author_colour("B. Colleague")
    window.author_colour_action.trigger()
    assert workspace.reader.colour_by_author
    model = workspace.annotation_panel.all_model
    row = next(r for r in range(model.rowCount()) if model.annotation_at(r).id == theirs.id)
    brush = model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == author_colour("B. Colleague")
    window.author_colour_action.trigger()
    assert not workspace.reader.colour_by_author


def test_resolved_annotations_are_hidden_until_asked_for(window: MainWindow, qtbot: QtBot) -> None:
    _with_colleague(window)
    workspace = window.workspace
    assert workspace is not None
    panel = workspace.annotation_panel
    editor = panel.editor
    first = workspace.document.project.annotations[0]
    panel.show_annotation(first.id)
    before = panel.all_proxy.rowCount()
    box = editor.resolved
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert first.resolved
    assert panel.all_proxy.rowCount() == before - 1
    assert first.quote not in _reader_quotes(window)
    panel.show_resolved.setChecked(True)
    assert panel.all_proxy.rowCount() == before
    assert first.quote in _reader_quotes(window)
    window.undo_action.trigger()
    assert not first.resolved
