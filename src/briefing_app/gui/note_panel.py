"""The briefing-note form: subject, addressees, classification, summary, clearances…

Each field is bound to its own value in the model (``field_binding``): committing one field
never rewrites another field's editor, and undo or redo updates only the field it changes.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from briefing_app.core.project import Classification, NoteFields
from briefing_app.gui.clearance_editor import ClearanceEditor
from briefing_app.gui.commands import SetNoteField
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.field_binding import TextBinding
from briefing_app.gui.i18n import classification_label, note_field_label

log = logging.getLogger(__name__)

MULTILINE_FIELDS = ("purpose", "summary", "recommendations", "press_line")
NoteEditor = QLineEdit | QPlainTextEdit | QComboBox | ClearanceEditor


class NotePanel(QScrollArea):
    """A form over the project's NoteFields; each edit is an undoable command."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._showing = False
        self.editors: dict[str, NoteEditor] = {}
        self.bindings: dict[str, TextBinding] = {}
        body = QWidget()
        body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, label in self.field_labels().items():
            editor = self._make_editor(name)
            editor.setAccessibleName(label)
            self.editors[name] = editor
            form.addRow(label, editor)
        self.setWidget(body)
        self.setWidgetResizable(True)
        document.note_field_changed.connect(self._field_changed)

    def field_labels(self) -> dict[str, str]:
        """Field name → its label, in form order (translated)."""
        return {name: note_field_label(name, label) for name, label in NoteFields.labels().items()}

    def _make_editor(self, name: str) -> NoteEditor:
        note = self._document.project.note
        if name == "classification":
            combo = QComboBox()
            for level in Classification:
                combo.addItem(classification_label(level.value), level.value)
            combo.setCurrentIndex(combo.findData(note.classification.value))
            combo.currentIndexChanged.connect(lambda _i: self._commit_choice(name))
            return combo
        if name == "cleared":
            clearances = ClearanceEditor(note.cleared)
            clearances.edited.connect(lambda value: self._push(name, value))
            return clearances
        if name in MULTILINE_FIELDS:
            editor: QLineEdit | QPlainTextEdit = QPlainTextEdit(getattr(note, name))
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(64)
            editor.setMaximumHeight(120)
        else:
            editor = QLineEdit(getattr(note, name))
            editor.setCursorPosition(0)
            if name == "handling_caveat":
                editor.setPlaceholderText(self.tr("e.g. CANADIAN EYES ONLY, NOFORN"))
        self.bindings[name] = TextBinding(
            editor,
            read=lambda: getattr(self._document.project.note, name),
            write=lambda text: self._push(name, text),
            parent=self,
        )
        return editor

    def _commit_choice(self, name: str) -> None:
        combo = self.editors[name]
        assert isinstance(combo, QComboBox)
        if not self._showing:
            self._push(name, Classification(combo.currentData()))

    def _push(self, name: str, value: object) -> None:
        if value == getattr(self._document.project.note, name):
            return
        label = note_field_label(name, NoteFields.labels()[name])
        self._document.undo_stack.push(SetNoteField(self._document, name, value, label))

    def flush(self) -> None:
        """Commit typing still waiting for its idle timer (before save, export or undo)."""
        for binding in self.bindings.values():
            binding.flush()
        clearances = self.editors.get("cleared")
        if isinstance(clearances, ClearanceEditor):
            clearances.flush()

    def has_pending_typing(self) -> bool:
        """True while a field holds typing not yet committed."""
        return any(binding.pending for binding in self.bindings.values())

    def _field_changed(self, name: str) -> None:
        """Show the new value of ``name`` in its own editor, and touch nothing else."""
        if name in self.bindings:
            self.bindings[name].show_model()
            return
        editor = self.editors.get(name)
        value = getattr(self._document.project.note, name, None)
        if isinstance(editor, QComboBox) and isinstance(value, Classification):
            self._showing = True
            try:
                editor.setCurrentIndex(editor.findData(value.value))
            finally:
                self._showing = False
        elif isinstance(editor, ClearanceEditor):
            editor.show_clearances(self._document.project.note.cleared)
