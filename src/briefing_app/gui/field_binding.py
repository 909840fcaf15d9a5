"""One text editor bound to one value of the model, so typing is never lost or disturbed.

Every form in the app (the briefing-note fields, the annotation editor, the section note)
binds its text editors through :class:`TextBinding`:

- typing is committed after a short idle pause, when the editor loses focus, on Return in a
  one-line field, and whenever :meth:`TextBinding.flush` is called (save, autosave, export,
  undo, close);
- a change in the model is shown in *this* editor only, and only when it differs from what
  the editor holds, with the cursor kept next to the change; no commit ever rewrites another
  field's editor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

log = logging.getLogger(__name__)

TYPING_IDLE_MS = 600
TextEditor = QLineEdit | QPlainTextEdit


def editor_text(editor: TextEditor) -> str:
    """The text an editor holds."""
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    return editor.text()


def cursor_after_change(old: str, new: str, cursor: int) -> int:
    """Where a cursor at ``cursor`` in ``old`` belongs once the text becomes ``new``.

    Before the changed region it stays put; after it, it keeps its distance from the end;
    inside it, or right at its start, it goes to the end of the new wording (so a redo leaves
    the cursor after the text it puts back, as a word processor does).
    """
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    if cursor < prefix:
        return cursor
    if cursor >= len(old) - suffix:
        return len(new) - (len(old) - cursor)
    return len(new) - suffix


def show_text(editor: TextEditor, text: str) -> None:
    """Put ``text`` in ``editor`` (if it differs), keeping the cursor next to the change."""
    old = editor_text(editor)
    if old == text:
        return
    if isinstance(editor, QPlainTextEdit):
        cursor = editor.textCursor()
        position = cursor_after_change(old, text, cursor.position())
        scroll = editor.verticalScrollBar().value()
        editor.setPlainText(text)
        cursor = editor.textCursor()
        cursor.setPosition(min(position, len(text)))
        editor.setTextCursor(cursor)
        editor.verticalScrollBar().setValue(scroll)
    else:
        position = cursor_after_change(old, text, editor.cursorPosition())
        editor.setText(text)
        editor.setCursorPosition(min(position, len(text)))


class TextBinding(QObject):
    """Binds ``editor`` to a model value read by ``read`` and written by ``write``.

    ``write`` is called with the editor's text only when it differs from ``read()``; it is
    expected to push an undo command that changes the model.
    """

    def __init__(
        self,
        editor: TextEditor,
        read: Callable[[], str],
        write: Callable[[str], None],
        *,
        idle_ms: int = TYPING_IDLE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or editor)
        self.editor = editor
        self._read = read
        self._write = write
        self._showing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.flush)
        if isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self._typed)
        else:
            editor.textEdited.connect(self._typed)
            editor.returnPressed.connect(self.flush)
        editor.installEventFilter(self)

    @property
    def pending(self) -> bool:
        """True while typing waits for its idle commit."""
        return self._timer.isActive()

    def _typed(self, *_args: object) -> None:
        if not self._showing:
            self._timer.start()

    def flush(self) -> None:
        """Commit what the editor holds, if it differs from the model."""
        self._timer.stop()
        text = editor_text(self.editor)
        if text != self._read():
            self._write(text)

    def show_model(self) -> None:
        """Show the model's value in the editor (after undo, redo or a change elsewhere)."""
        self._timer.stop()
        self._showing = True
        try:
            show_text(self.editor, self._read())
        finally:
            self._showing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
