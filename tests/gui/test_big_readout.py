"""A long readout opens without the window freezing: the navigator takes its sections in as the
user scrolls, and lookups nobody needs yet are not worked out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QTextFormat
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from briefing_app.core import references
from briefing_app.core.anchoring import OffsetIndex
from briefing_app.core.project_io import project_from_readout
from briefing_app.gui import document as document_module
from briefing_app.gui import navigator_model, style
from briefing_app.gui.launch import make_application
from briefing_app.gui.main_window import MainWindow
from briefing_app.gui.navigator_model import FETCH_BATCH
from briefing_app.importers import import_text

CTRL = Qt.KeyboardModifier.ControlModifier
SECTIONS = FETCH_BATCH * 2 + 50


def _long_readout_text(sections: int = SECTIONS) -> str:
    lines = ["Long Readout", "The ministers met."]
    for number in range(1, sections + 1):
        lines.append(f"{number}. Topic number {number}")
        lines.append(f"- (1) The ministers discussed topic {number}.")
        lines.append(f"- (2) They noted progress on topic {number}.")
    return "\n".join(lines) + "\n"


@pytest.fixture
def taken_in_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Readouts of more than 100 sections count as long (in use: 2,500)."""
    monkeypatch.setattr(navigator_model, "TAKE_ALL_UP_TO", FETCH_BATCH)


def _open_long(window: MainWindow, qtbot: QtBot) -> None:
    readout = import_text(_long_readout_text())
    project = project_from_readout(readout, source_name="long.txt", original_text=None)
    window.set_document(window.new_document(project))
    qtbot.wait(50)


def _shown_node(window: MainWindow) -> str | None:
    workspace = window.workspace
    assert workspace is not None
    return workspace.navigator_node_id(workspace.navigator.currentIndex())


def test_the_navigator_takes_in_more_sections_as_the_user_scrolls_down(
    window: MainWindow,
    qtbot: QtBot,
    taken_in_batches: None,
) -> None:
    _open_long(window, qtbot)
    workspace = window.workspace
    assert workspace is not None
    model, navigator = workspace.navigator_model, workspace.navigator
    proxy = navigator.model()  # the tree model itself while no filter is on
    assert model.rowCount() == 1 + FETCH_BATCH  # the overview and the first batch, not all
    assert navigator.isExpanded(proxy.index(1, 0))  # sections open, their items listed
    navigator.setFocus()
    for _ in range(6):  # End, again and again: each time the list ends, more come in
        qtbot.keyClick(navigator, Qt.Key.Key_End)
        qtbot.wait(20)
    assert model.rowCount() == 1 + SECTIONS
    last = proxy.index(SECTIONS, 0)
    assert last.data() == f"{SECTIONS} Topic number {SECTIONS}"
    assert navigator.isExpanded(proxy.index(FETCH_BATCH + 5, 0))  # later sections open too
    assert proxy.rowCount(proxy.index(FETCH_BATCH + 5, 0)) == 2


def test_moving_past_the_sections_taken_in_selects_the_section(
    window: MainWindow,
    qtbot: QtBot,
    taken_in_batches: None,
) -> None:
    _open_long(window, qtbot)
    workspace = window.workspace
    assert workspace is not None
    workspace.show_section(FETCH_BATCH - 2)
    workspace.reader.setFocus()
    for _ in range(3):
        qtbot.keyClick(workspace.reader, Qt.Key.Key_PageDown, CTRL)
    assert workspace.position_text() == f"Section {FETCH_BATCH + 2} of {SECTIONS}"
    section = workspace.sections[FETCH_BATCH + 1]
    assert _shown_node(window) == section.id
    target = workspace.sections[-1].items[1].id  # e.g. a find hit near the end
    workspace.go_to_node(target)
    assert _shown_node(window) == target
    assert workspace.position_text() == f"Section {SECTIONS} of {SECTIONS}"


def test_a_readout_of_a_few_hundred_sections_is_in_the_navigator_at_once(
    window: MainWindow,
    qtbot: QtBot,
) -> None:
    _open_long(window, qtbot)
    workspace = window.workspace
    assert workspace is not None
    assert workspace.navigator_model.rowCount() == 1 + SECTIONS
    assert not workspace.navigator_model.canFetchMore(
        workspace.navigator_model.index(0, 0).parent()
    )
    last = workspace.navigator.model().index(SECTIONS, 0)
    assert workspace.navigator.isExpanded(last)


def test_section_references_are_worked_out_once_when_first_shown(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def counting(sections: list[object]) -> dict[str, str]:
        calls.append(len(sections))
        return references.section_refs(sections)  # type: ignore[arg-type]

    monkeypatch.setattr(document_module, "section_refs", counting)
    readout = import_text(_long_readout_text(20))
    project = project_from_readout(readout, source_name="long.txt", original_text=None)
    paragraph = readout.sections[2].items[1].paragraphs[0]
    annotation = project.new_annotation(paragraph.span.start, paragraph.span.start + 8, author="T")
    project.annotations.append(annotation)
    window.set_document(window.new_document(project))
    workspace = window.workspace
    assert workspace is not None
    workspace.reader.setFocus()
    for _ in range(3):
        qtbot.keyClick(workspace.reader, Qt.Key.Key_PageDown, CTRL)
    qtbot.wait(50)
    panel = workspace.annotation_panel
    assert panel.section_model.index(0, 0).data() == "§3(2)"  # this section's list
    assert panel.all_model.index(0, 0).data() == "§3(2)"  # and the list of all of them
    assert calls == [20]  # worked out once, for both lists


def test_the_status_bar_counts_the_new_readout_once_it_is_shown(
    window: MainWindow,
    qtbot: QtBot,
) -> None:
    _open_long(window, qtbot)
    nodes = SECTIONS * 3
    qtbot.waitUntil(
        lambda: (
            f"0 annotations · 0 of {nodes} reviewed"
            in [label.text() for label in window.statusBar().findChildren(QLabel)]
        )
    )
    workspace = window.workspace
    assert workspace is not None
    workspace.reader.setFocus()
    qtbot.keyClick(workspace.reader, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(workspace.reader, Qt.Key.Key_R, CTRL)  # the section and its items reviewed
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert f"0 annotations · 3 of {nodes} reviewed" in texts


def _highlighted(window: MainWindow) -> set[str]:
    workspace = window.workspace
    assert workspace is not None
    return {
        selection.format.property(QTextFormat.Property.UserProperty)  # type: ignore[attr-defined]
        for selection in workspace.reader.extraSelections()
    }


def test_whole_readout_with_many_annotations_highlights_what_is_in_view(
    window: MainWindow,
    qtbot: QtBot,
    taken_in_batches: None,
) -> None:
    readout = import_text(_long_readout_text(700))  # about 85,000 characters
    project = project_from_readout(readout, source_name="long.txt", original_text=None)
    for section in readout.sections[:40] + readout.sections[-40:]:
        for item in section.items:
            start = item.paragraphs[0].span.start
            for offset in (4, 12, 20):  # three per item: 480 in all
                annotation = project.new_annotation(start + offset, start + offset + 5, author="T")
                project.annotations.append(annotation)
    window.set_document(window.new_document(project))
    workspace = window.workspace
    assert workspace is not None
    workspace.reader.setFocus()
    qtbot.keyClick(workspace.reader, Qt.Key.Key_2, CTRL)  # the whole readout
    qtbot.wait(50)
    assert workspace.position_text() == "Whole readout · 700 sections"
    first = {a.id for a in project.annotations_for(readout.sections[0].items[0].id)}
    last = {a.id for a in project.annotations_for(readout.sections[-1].items[-1].id)}
    shown = _highlighted(window)
    assert first <= shown and not last & shown  # near the top only, not all 480 at once
    assert len(shown) < len(project.annotations)
    qtbot.keyClick(workspace.reader, Qt.Key.Key_End, CTRL)  # to the end of the readout
    qtbot.wait(50)
    shown = _highlighted(window)
    assert last <= shown and not first & shown
    assert workspace.current_node_id == workspace.reader.node_at_top()  # the navigator followed
    assert workspace.document.index().section_of[workspace.current_node_id] > 690
    qtbot.keyClick(workspace.reader, Qt.Key.Key_1, CTRL)  # back to one section at a time
    qtbot.wait(50)  # (Qt would warn of highlights placed past the end of the new text)
    index = workspace.section_index
    assert workspace.position_text() == f"Section {index + 1} of 700" and index > 690
    assert _highlighted(window) == {
        a.id for n in workspace.sections[index].walk() for a in project.annotations_for(n.id)
    }


def test_paging_through_the_whole_readout_keeps_every_passage_in_view_highlighted(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Only annotations near the view are highlighted; paging down must never show one
    unhighlighted (the highlighted stretch moves on before the view reaches its edge)."""
    readout = import_text(_long_readout_text(400))
    project = project_from_readout(readout, source_name="long.txt", original_text=None)
    offsets = OffsetIndex(readout)
    for section in readout.sections:
        for item in section.items:
            start = item.paragraphs[0].span.start
            for offset in (4, 16):  # 1,600 in all: more than are highlighted at once
                project.annotations.append(
                    project.new_annotation(start + offset, start + offset + 5, offsets=offsets)
                )
    window.set_document(window.new_document(project))
    workspace = window.workspace
    assert workspace is not None
    reader = workspace.reader
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_2, CTRL)  # the whole readout
    qtbot.wait(50)  # paging starts at once, while the text is still being laid out
    bar = reader.verticalScrollBar()
    pages = 0
    moved = True
    while moved and pages < 400:
        before = bar.value()
        qtbot.keyClick(reader, Qt.Key.Key_PageDown)
        moved = bar.value() != before
        pages += 1
        qtbot.wait(5)  # the page is painted (and so laid out) before it is read
        top = reader.doc_to_text(reader.cursorForPosition(QPoint(30, 5)).position())
        bottom_point = QPoint(30, reader.viewport().height() - 5)
        bottom = reader.doc_to_text(reader.cursorForPosition(bottom_point).position())
        assert top is not None and bottom is not None
        in_view = {a.id for a in project.annotations if a.start < bottom and a.end > top}
        assert in_view, "every page of this readout has annotated passages"
        assert in_view <= _highlighted(window), f"page {pages}: a passage in view is plain"
    assert pages > 20 and bar.value() > bar.maximum() * 0.8  # through most of the readout
    assert len(_highlighted(window)) < len(project.annotations)


class _PaintedRects(QObject):
    """Records the rectangles a widget is asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())  # type: ignore[attr-defined]
        return False


def _next_section_repaints(window: MainWindow, qtbot: QtBot) -> list[QRect]:
    """Go to the next section from the keyboard; the navigator rows repainted for it."""
    workspace = window.workspace
    assert workspace is not None
    viewport = workspace.navigator.viewport()
    painted = _PaintedRects()
    viewport.installEventFilter(painted)
    try:
        qtbot.keyClick(workspace.reader, Qt.Key.Key_PageDown, CTRL)
        qtbot.wait(30)
    finally:
        viewport.removeEventFilter(painted)
    return painted.rects


def test_the_navigator_follows_the_next_section_repainting_only_rows_that_came_into_view(
    window: MainWindow, qtbot: QtBot
) -> None:
    app = make_application()
    theme = style.current_theme()
    _open_long(window, qtbot)
    workspace = window.workspace
    assert workspace is not None
    navigator, viewport = workspace.navigator, workspace.navigator.viewport()
    workspace.reader.setFocus()
    try:
        for look in ("light", "dark"):
            style.apply_theme(app, look)  # a new style sheet on the tree each time
            for _ in range(20):  # far enough down that each next section scrolls the tree
                qtbot.keyClick(workspace.reader, Qt.Key.Key_PageDown, CTRL)
            qtbot.wait(30)
            before = navigator.verticalScrollBar().value()
            rects = _next_section_repaints(window, qtbot)
            assert navigator.verticalScrollBar().value() > before  # the tree scrolled
            shown = workspace.sections[workspace.section_index].id
            assert _shown_node(window) == shown  # the navigator follows the section shown
            assert viewport.rect().contains(navigator.visualRect(navigator.currentIndex()))
            assert rects, "the navigator was not repainted"
            painted = sum(rect.height() for rect in rects)
            # the rows that came into view, not all 30-odd rows of the viewport
            assert painted < viewport.height() / 3, (look, rects)
    finally:
        style.apply_theme(app, theme)
