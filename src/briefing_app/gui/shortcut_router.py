"""Lets a few of the window's shortcuts win over the text field that has focus.

Qt gives a focused QLineEdit or QPlainTextEdit first claim on keys it knows: Ctrl+Z undoes
only the field's own typing, and Ctrl+E (end of line on X11) never reaches "Annotate". For
the shortcuts listed here the window's action is what the user means, so the router turns
down the field's claim (the ShortcutOverride event) and the action fires. App-level undo
first commits the field's typing, so nothing typed is lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

log = logging.getLogger(__name__)


class ShortcutRouter(QObject):
    """Routes ``sequences`` to the actions of ``window`` even from its text fields.

    It watches only the text fields it is given (:meth:`watch`), never the whole application:
    an application-wide Python event filter would sit in the path of every event.
    """

    def __init__(self, window: QWidget, sequences: list[QKeySequence]) -> None:
        super().__init__(window)
        self._window = window
        self._sequences = [QKeySequence(each) for each in sequences if not each.isEmpty()]

    def watch(self, root: QWidget) -> None:
        """Route the shortcuts from every text field under ``root`` (e.g. a new workspace)."""
        for field in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
            field.installEventFilter(self)

    def set_sequences(self, sequences: list[QKeySequence]) -> None:
        """Replace the routed shortcuts."""
        self._sequences = [QKeySequence(each) for each in sequences if not each.isEmpty()]

    def routes(self, event: QKeyEvent) -> bool:
        """True when ``event``'s key combination is one of the routed shortcuts."""
        pressed = QKeySequence(event.keyCombination())
        return any(pressed == each for each in self._sequences)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        if not isinstance(watched, QLineEdit | QPlainTextEdit):
            return False
        # The window the field is in: the main window's own, or the one hosting it.
        if watched.window() is not self._window.window() or not isinstance(event, QKeyEvent):
            return False
        if self.routes(event):
            event.ignore()  # the field does not claim it: the window's shortcut fires
            return True
        return False
