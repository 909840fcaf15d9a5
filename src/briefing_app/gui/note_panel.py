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

from briefing_app.core.markings import AUTHORITY_FIELDS
from briefing_app.core.project import NoteFields
from briefing_app.gui.clearance_editor import ClearanceEditor
from briefing_app.gui.commands import SetMarkingScheme, SetNoteField
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.field_binding import TextBinding
from briefing_app.gui.i18n import note_field_label
from briefing_app.gui.marking_choices import fill_levels, fill_schemes, scheme_of

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
        self._form = form
        self.scheme = QComboBox()
        self.scheme.setAccessibleName(self.tr("Marking rules"))
        self.scheme.setToolTip(
            self.tr("Whose classification rules the note follows: its levels, caveats and marks")
        )
        fill_schemes(self.scheme, document.project.marking_scheme)
        self.scheme.currentIndexChanged.connect(self._scheme_chosen)
        form.addRow(self.tr("Marking rules"), self.scheme)
        for name, label in self.field_labels().items():
            editor = self._make_editor(name)
            editor.setAccessibleName(label)
            self.editors[name] = editor
            form.addRow(label, editor)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self._show_authority_rows()
        document.note_field_changed.connect(self._field_changed)

    def _scheme_chosen(self) -> None:
        scheme_id = self.scheme.currentData()
        if scheme_id and scheme_id != self._document.project.marking_scheme:
            self._document.undo_stack.push(SetMarkingScheme(self._document, scheme_id))

    def _show_authority_rows(self) -> None:
        """The classification authority block rows only where the scheme has one."""
        scheme = scheme_of(self._document.project.marking_scheme)
        for name in AUTHORITY_FIELDS:
            self._form.setRowVisible(self.editors[name], scheme.authority_block)

    def _show_scheme(self) -> None:
        project = self._document.project
        if self.scheme.currentData() != project.marking_scheme:  # undo, redo, or a file
            fill_schemes(self.scheme, project.marking_scheme)  # (refilling while a person
            # types would reset the box's keyboard search)
        combo = self.editors["classification"]
        assert isinstance(combo, QComboBox)
        fill_levels(combo, scheme_of(project.marking_scheme), project.note.classification)
        self._show_authority_rows()

    def field_labels(self) -> dict[str, str]:
        """Field name → its label, in form order (translated)."""
        return {name: note_field_label(name, label) for name, label in NoteFields.labels().items()}

    def _make_editor(self, name: str) -> NoteEditor:
        note = self._document.project.note
        if name == "classification":
            combo = QComboBox()
            fill_levels(
                combo, scheme_of(self._document.project.marking_scheme), note.classification
            )
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
                editor.setPlaceholderText(self.tr("e.g. NOFORN, REL TO USA, GBR"))
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
            self._push(name, str(combo.currentData()))

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
        if name == "marking_scheme":
            self._show_scheme()
            return
        if name in self.bindings:
            self.bindings[name].show_model()
            return
        editor = self.editors.get(name)
        value = getattr(self._document.project.note, name, None)
        if isinstance(editor, QComboBox) and isinstance(value, str):
            fill_levels(editor, scheme_of(self._document.project.marking_scheme), value)
        elif isinstance(editor, ClearanceEditor):
            editor.show_clearances(self._document.project.note.cleared)
