"""The form that edits one annotation: comment, tags, priority, brief, owner and due date.

Each change becomes an undo command at once, changing only the field it is about (comment
typing is grouped into one step). Typing in the comment or owner is bound to the model
through ``field_binding``, so a commit never rewrites what is being typed in another field.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.annotations import Annotation, AnnotationFields, Priority
from briefing_app.gui.commands import DeleteAnnotation, EditAnnotation
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.due_date_edit import DueDateEdit
from briefing_app.gui.field_binding import TextBinding
from briefing_app.gui.i18n import locale_datetime, priority_label, tag_label
from briefing_app.gui.marking_choices import fill_levels, scheme_of
from briefing_app.gui.style import style_part

log = logging.getLogger(__name__)

QUOTE_LINES = 3


class NameNotice(QFrame):
    """Says, without interrupting, which name the user's annotations are signed with until
    they give theirs (a question at their first annotation took the comment typed after
    Ctrl+E as their name)."""

    name_requested = Signal()
    name_kept = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Your Name…"))
        self.keep_button = QPushButton(self.tr("Keep"))
        self.choose_button.clicked.connect(self.name_requested)
        self.keep_button.clicked.connect(self.name_kept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)  # the side panel is narrow: the buttons go under the text
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setAccessibleName(self.tr("Name on your annotations"))
        self.hide()

    def show_name(self, author: str) -> None:
        """Show the notice for annotations signed ``author``."""
        self.text.setText(
            self.tr(
                "Your annotations are signed “{0}”. Give your name for them and for Word."
            ).format(author)
        )
        self.keep_button.setText(self.tr("Keep “{0}”").format(author))
        self.show()


class AnnotationEditor(QWidget):
    """Edits the annotation chosen in the panel; disabled when none is."""

    deleted = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._annotation_id: str | None = None
        self._loading = False
        self._quote_text = ""

        self.quote = QLabel()
        self.quote.setWordWrap(True)
        style_part(self.quote, "quote")
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        line = QFontMetrics(self.quote.font()).lineSpacing()
        self.quote.setFixedHeight(line * QUOTE_LINES + 4)
        self.quote.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Why this matters, what to do about it…"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(70)
        self.comment.setMaximumHeight(160)
        self._tags_box = QWidget()
        self._tags_layout = QGridLayout(self._tags_box)
        self._tags_layout.setContentsMargins(0, 0, 0, 0)
        self.tag_boxes: dict[str, QCheckBox] = {}
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for priority in Priority:
            self.priority.addItem(priority_label(priority.value), priority.value)
        self.include = QCheckBox(self.tr("Include in brief"))
        self.resolved = QCheckBox(self.tr("Resolved"))
        self.resolved.setToolTip(
            self.tr("Done with: hidden from the lists and the reader unless “Show resolved”")
        )
        self.marking = QComboBox()
        self.marking.setAccessibleName(self.tr("Portion marking"))
        self.marking.setToolTip(self.tr("Portion marking: the note is marked at least this high"))
        self.marking.addItem(self.tr("No marking"), None)
        fill_levels(self.marking, scheme_of(document.project.marking_scheme), None)
        document.note_field_changed.connect(self._scheme_changed)
        self.owner = QLineEdit()
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.setPlaceholderText(self.tr("Who acts (desk, person)"))
        self.due = DueDateEdit()
        self.meta = QLabel()
        style_part(self.meta, "meta")
        self.meta.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Delete Annotation"))
        self.name_notice = NameNotice()

        form = QFormLayout()
        form.addRow(self.tr("Comment"), self.comment)
        form.addRow(self.tr("Tags"), self._tags_box)
        row = QHBoxLayout()
        row.addWidget(self.priority)
        row.addWidget(self.include)
        row.addWidget(self.resolved)
        row.addStretch(1)
        priority_caption = QLabel(self.tr("Priority"))
        priority_caption.setBuddy(self.priority)  # AT-SPI names a combo box by its buddy only
        form.addRow(priority_caption, row)
        form.addRow(self.tr("Marking"), self.marking)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Action due"), self.due)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quote)
        layout.addLayout(form)
        footer = QHBoxLayout()
        footer.addWidget(self.meta, 1)
        footer.addWidget(self.delete_button)
        layout.addLayout(footer)
        layout.addWidget(self.name_notice)
        layout.addStretch(1)

        self.bindings = {
            "comment": TextBinding(
                self.comment,
                read=lambda: self._current_value("comment"),
                write=lambda text: self._commit_field("comment", text, self.tr("Edit comment")),
                parent=self,
            ),
            "owner": TextBinding(
                self.owner,
                read=lambda: self._current_value("owner"),
                write=lambda text: self._commit_field("owner", text, self.tr("Set owner")),
                parent=self,
            ),
        }
        self.priority.currentIndexChanged.connect(
            lambda _i: self._commit_field(
                "priority", Priority(self.priority.currentData()), self.tr("Set priority")
            )
        )
        self.resolved.toggled.connect(
            lambda on: self._commit_field("resolved", on, "Mark resolved")
        )
        self.include.toggled.connect(
            lambda on: self._commit_field("include_in_brief", on, self.tr("Include in brief"))
        )
        self.marking.currentIndexChanged.connect(
            lambda _i: self._commit_field(
                "classification", self.marking.currentData(), self.tr("Set marking")
            )
        )
        self.due.date_chosen.connect(
            lambda date: self._commit_field("due", date, self.tr("Set due date"))
        )
        self.delete_button.clicked.connect(self.delete_current)
        document.taxonomy_changed.connect(self._rebuild_tags)
        document.annotation_changed.connect(self._changed_elsewhere)
        document.annotations_changed.connect(self._maybe_gone)
        self._rebuild_tags()
        self.set_annotation(None)

    # -- showing -------------------------------------------------------------------------
    @property
    def annotation_id(self) -> str | None:
        return self._annotation_id

    def set_annotation(self, annotation_id: str | None) -> None:
        """Show ``annotation_id`` for editing (None clears and disables the form)."""
        self.flush()
        self._annotation_id = annotation_id
        annotation = self._current()
        self.setEnabled(annotation is not None)
        self._load(annotation)

    def flush(self) -> None:
        """Commit typing still waiting on its idle timer to the annotation being edited."""
        for binding in self.bindings.values():
            binding.flush()
        self.due.commit_typing()

    def has_pending_typing(self) -> bool:
        return any(binding.pending for binding in self.bindings.values()) or (
            self.isEnabled() and self.due.has_pending_typing()
        )

    def _current(self) -> Annotation | None:
        if self._annotation_id is None:
            return None
        try:
            return self._document.project.annotation(self._annotation_id)
        except KeyError:
            return None

    def _current_value(self, name: str) -> object:
        annotation = self._current()
        return getattr(annotation, name) if annotation is not None else ""

    def _load(self, annotation: Annotation | None) -> None:
        """Show ``annotation`` in every field (a different annotation was chosen)."""
        self._loading = True
        try:
            for binding in self.bindings.values():
                binding.show_model()
            self._show_others(annotation)
        finally:
            self._loading = False

    def _show_others(self, annotation: Annotation | None) -> None:
        """Show the fields that are not typed into: quote, tags, choices, due date, meta."""
        if annotation is None:
            self._set_quote(self.tr("Select text in the reader and press Ctrl+E to annotate it."))
            for box in self.tag_boxes.values():
                box.setChecked(False)
            self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL.value))
            self.include.setChecked(True)
            self.resolved.setChecked(False)
            self.marking.setCurrentIndex(0)
            self.due.set_date(None)
            self.meta.clear()
            return
        self._set_quote(f"“{annotation.quote}”")
        for tag, box in self.tag_boxes.items():
            box.setChecked(tag in annotation.tags)
        self.priority.setCurrentIndex(self.priority.findData(annotation.priority.value))
        self.include.setChecked(annotation.include_in_brief)
        self.resolved.setChecked(annotation.resolved)
        scheme = scheme_of(self._document.project.marking_scheme)
        fill_levels(self.marking, scheme, annotation.classification)
        if self.due.date() != annotation.due:
            self.due.set_date(annotation.due)
        when = locale_datetime(annotation.modified.astimezone())
        author = annotation.author or self.tr("unknown author")
        self.meta.setText(f"{author} · {when}")

    def _scheme_changed(self, name: str) -> None:
        """Offer the new scheme's levels when the project changes its marking rules."""
        if name != "marking_scheme":
            return
        current = self._current()
        level = current.classification if current is not None else None
        fill_levels(self.marking, scheme_of(self._document.project.marking_scheme), level)

    def _set_quote(self, text: str) -> None:
        """Show the quote in at most three lines (the rest elided, all of it in the tooltip)."""
        self._quote_text = text
        self.quote.setToolTip(text if len(text) > 80 else "")
        self._elide_quote()

    def _elide_quote(self) -> None:
        metrics = QFontMetrics(self.quote.font())
        width = max(self.quote.width() - 8, 80)
        shown = metrics.elidedText(
            self._quote_text, Qt.TextElideMode.ElideRight, width * QUOTE_LINES
        )
        self.quote.setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_quote()

    def _rebuild_tags(self) -> None:
        for box in self.tag_boxes.values():
            box.deleteLater()
        self.tag_boxes = {}
        annotation = self._current()
        tags = list(self._document.project.taxonomy)
        if annotation is not None:
            tags += [t for t in annotation.tags if t not in tags]
        for index, tag in enumerate(tags):
            box = QCheckBox(tag_label(tag))
            box.toggled.connect(lambda _on, tag=tag: self._commit_tags(tag))
            self._tags_layout.addWidget(box, index // 2, index % 2)
            self.tag_boxes[tag] = box
        self._loading = True
        try:
            self._show_others(annotation)
        finally:
            self._loading = False
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes down the form as it is laid out: comment, tags, priority … delete."""
        chain = [
            self.comment,
            *self.tag_boxes.values(),
            self.priority,
            self.include,
            self.resolved,
            self.marking,
            self.owner,
            self.due.line,
            self.due.calendar_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _changed_elsewhere(self, annotation_id: str) -> None:
        """The annotation changed (a commit, undo or redo): show what differs, and leave
        alone a field that holds typing not yet committed."""
        if annotation_id != self._annotation_id or self._loading:
            return
        self._loading = True
        try:
            for binding in self.bindings.values():
                if not binding.pending:
                    binding.show_model()
            self._show_others(self._current())
        finally:
            self._loading = False

    def _maybe_gone(self) -> None:
        if self._annotation_id is not None and self._current() is None:
            self.set_annotation(None)

    # -- editing -------------------------------------------------------------------------
    def _commit_field(self, name: str, value: object, what: str) -> None:
        """Change one field of the annotation being edited, as one undo step."""
        annotation = self._current()
        if self._loading or annotation is None or getattr(annotation, name) == value:
            return
        fields = AnnotationFields.of(annotation).model_copy(update={name: value})
        self._document.undo_stack.push(EditAnnotation(self._document, annotation.id, fields, what))

    def _commit_tags(self, tag: str) -> None:
        tags = [t for t, box in self.tag_boxes.items() if box.isChecked()]
        self._commit_field("tags", tags, self.tr("Tag “{0}”").format(tag_label(tag)))

    def delete_current(self) -> None:
        """Delete the annotation being edited (undoable)."""
        annotation = self._current()
        if annotation is None:
            return
        self.flush()
        self._document.undo_stack.push(DeleteAnnotation(self._document, annotation.id))
        self.deleted.emit(annotation.id)
