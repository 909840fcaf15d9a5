"""The Review tab after a revised readout: decide each item with a click, undo each step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.core.revision import revise
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.review_panel import ReviewPanel
from briefing_app.importers import import_bytes
from tests.core.test_revision import _project_with_markup, _revised_text

LEFT = Qt.MouseButton.LeftButton


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen only
def test_each_item_is_decided_with_a_click_and_undone_with_one_step(qtbot: QtBot) -> None:
    project, _marks = _project_with_markup()
    revised = import_bytes(_revised_text().encode(), "v2.txt")
    result, _report = revise(project, revised, source="v2.txt")
    document = ProjectDocument(result)
    errors: list[str] = []
    selection: list[tuple[int, int] | None] = [None]
    panel = ReviewPanel(document, lambda: selection[0], errors.append)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.items.count() == 2
    assert panel.items.item(0).text().startswith("Reworded:")
    assert "Was: a record figure" in panel.detail.text()
    assert panel.buttons["accept"].isVisible() and not panel.buttons["delete"].isVisible()
    qtbot.mouseClick(panel.buttons["accept"], LEFT)
    assert panel.items.count() == 1 and panel.items.item(0).text().startswith("Not found:")
    qtbot.mouseClick(panel.buttons["reanchor"], LEFT)  # nothing selected yet
    assert errors == ["Select the passage in the reader first."]
    start = document.readout.text.index("visits to graves")
    selection[0] = (start, start + len("visits to graves"))
    qtbot.mouseClick(panel.buttons["reanchor"], LEFT)
    assert panel.items.count() == 0 and panel.summary.text() == "Nothing to review."
    assert document.project.orphans == []
    assert document.undo_stack.undoText() == "Review: Attach to Selection"
    document.undo_stack.undo()
    assert panel.items.count() == 1 and len(document.project.orphans) == 1
    document.undo_stack.undo()
    assert panel.items.count() == 2
