"""GUI fixtures: a main window on the sample with scripted dialogs (nothing ever blocks)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from briefing_app.core.opening import sample_project
from briefing_app.gui.context import AppContext
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.launch import make_application
from briefing_app.gui.main_window import MainWindow
from briefing_app.gui.reader import ReaderView


@pytest.fixture
def interaction() -> ScriptedInteraction:
    return ScriptedInteraction()


@pytest.fixture(autouse=True)
def workers_finish() -> Iterator[None]:
    """No worker thread outlives the test that started it (its window is gone after)."""
    yield
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(30_000), "a worker did not finish"


@contextmanager
def shown_window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    """A main window on the sample, shown and active; closed afterwards without asking
    (the test's edits are discarded first)."""
    main = MainWindow(context, ProjectDocument(sample_project()))
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    # Closed here rather than by qtbot (which closes before fixtures are torn down), after
    # discarding the test's edits, so closing never asks about unsaved changes.
    if main.isVisible() and main.workspace is not None and main.document is not None:
        main.workspace.flush_edits()
        main.document.undo_stack.setClean()
        main.close()
    main.deleteLater()


@pytest.fixture
def window(qtbot: QtBot, interaction: ScriptedInteraction) -> Iterator[MainWindow]:
    make_application()
    context = AppContext.create(interaction)
    context.settings.author = "Test Officer"
    context.settings.author_confirmed = True  # the first-annotation question has its own test
    with shown_window(qtbot, context) as main:
        yield main


def select_phrase(reader: ReaderView, phrase: str) -> None:
    """Select ``phrase`` in the reader the way a user's drag would."""
    found = reader.document().find(phrase)
    assert not found.isNull(), f"{phrase!r} is not shown"
    cursor = reader.textCursor()
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)


def put_cursor_before(reader: ReaderView, phrase: str) -> None:
    found = reader.document().find(phrase)
    assert not found.isNull()
    cursor = reader.textCursor()
    cursor.setPosition(found.selectionStart())
    reader.setTextCursor(cursor)


def annotate_by_keyboard(window: MainWindow, qtbot: QtBot, node_id: str, phrase: str) -> str:
    """Go to ``node_id``, select ``phrase`` and press Ctrl+E; returns the new annotation's id."""
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to_node(node_id)
    select_phrase(workspace.reader, phrase)
    qtbot.keyClick(workspace.reader, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    annotation_id = workspace.annotation_panel.editor.annotation_id
    assert annotation_id is not None, f"{phrase!r} was not annotated"
    return annotation_id
