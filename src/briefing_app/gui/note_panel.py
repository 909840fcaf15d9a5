"""The briefing-note fields: subject, addressees, classification, summary, recommendations…"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from briefing_app.core.project import Classification, NoteFields
from briefing_app.gui.commands import SetNoteField
from briefing_app.gui.document import ProjectDocument

MULTILINE_FIELDS = ("purpose", "summary", "recommendations")
TYPING_IDLE_MS = 600


class NotePanel(QScrollArea):
    """A form over the project's NoteFields; each edit is an undoable command."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._loading = False
        self.editors: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self._timers: dict[str, QTimer] = {}
        body = QWidget()
        form = QFormLayout(body)
        labels = NoteFields.labels()
        for name, label in labels.items():
            if name == "cleared":
                continue  # the clearance list gets its own table editor
            editor = self._make_editor(name)
            self.editors[name] = editor
            form.addRow(label, editor)
        self.setWidget(body)
        self.setWidgetResizable(True)
        document.note_field_changed.connect(self._field_changed)
        self.load()

    def _make_editor(self, name: str) -> QLineEdit | QPlainTextEdit | QComboBox:
        if name == "classification":
            combo = QComboBox()
            for level in Classification:
                combo.addItem(level.value, level.value)
            combo.currentIndexChanged.connect(lambda _i: self._commit(name))
            return combo
        if name in MULTILINE_FIELDS:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMinimumHeight(64)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(TYPING_IDLE_MS)
            timer.timeout.connect(lambda: self._commit(name))
            self._timers[name] = timer
            text.textChanged.connect(lambda: None if self._loading else timer.start())
            return text
        line = QLineEdit()
        line.editingFinished.connect(lambda: self._commit(name))
        if name == "handling_caveat":
            line.setPlaceholderText("e.g. CANADIAN EYES ONLY, NOFORN")
        return line

    def load(self) -> None:
        """Show the project's current field values."""
        self._loading = True
        try:
            note = self._document.project.note
            for name, editor in self.editors.items():
                value = getattr(note, name)
                if isinstance(editor, QComboBox):
                    editor.setCurrentIndex(editor.findData(str(value.value)))
                elif isinstance(editor, QPlainTextEdit):
                    if editor.toPlainText() != value:
                        editor.setPlainText(value)
                elif editor.text() != value:
                    editor.setText(value)
                    editor.setCursorPosition(0)
        finally:
            self._loading = False

    def _value(self, name: str) -> object:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return Classification(editor.currentData())
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()

    def _commit(self, name: str) -> None:
        if self._loading:
            return
        value = self._value(name)
        if value == getattr(self._document.project.note, name):
            return
        label = NoteFields.labels()[name]
        self._document.undo_stack.push(SetNoteField(self._document, name, value, label))

    def flush(self) -> None:
        """Commit any typing still waiting for its idle timer (before save or export)."""
        for name, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self._commit(name)

    def _field_changed(self, _name: str) -> None:
        self.load()
