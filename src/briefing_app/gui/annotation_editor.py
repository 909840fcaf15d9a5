"""The form that edits one annotation: comment, tags, priority, brief, owner and due date.

Each change becomes an undo command at once (comment typing is grouped into one step).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
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
from briefing_app.core.classification import Classification
from briefing_app.gui.commands import DeleteAnnotation, EditAnnotation
from briefing_app.gui.document import ProjectDocument

COMMENT_IDLE_MS = 600
PRIORITY_LABELS = {Priority.HIGH: "High", Priority.NORMAL: "Normal", Priority.LOW: "Low"}


class AnnotationEditor(QWidget):
    """Edits the annotation chosen in the panel; disabled when none is."""

    deleted = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._annotation_id: str | None = None
        self._loading = False

        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setObjectName("quote")
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText("Why this matters, what to do about it…")
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(70)
        self.comment.setMaximumHeight(160)
        self._tags_box = QWidget()
        self._tags_layout = QGridLayout(self._tags_box)
        self._tags_layout.setContentsMargins(0, 0, 0, 0)
        self.tag_boxes: dict[str, QCheckBox] = {}
        self.priority = QComboBox()
        for priority, label in PRIORITY_LABELS.items():
            self.priority.addItem(label, priority.value)
        self.include = QCheckBox("Include in brief")
        self.marking = QComboBox()
        self.marking.setToolTip("Portion marking: the note is marked at least this high")
        self.marking.addItem("No marking", None)
        for level in Classification:
            self.marking.addItem(level.value, level.value)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText("Who acts (desk, person)")
        self.has_due = QCheckBox("Due")
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")
        self.meta = QLabel()
        self.meta.setObjectName("meta")
        self.meta.setWordWrap(True)
        self.delete_button = QPushButton("Delete annotation")

        form = QFormLayout()
        form.addRow("Comment", self.comment)
        form.addRow("Tags", self._tags_box)
        row = QHBoxLayout()
        row.addWidget(self.priority)
        row.addWidget(self.include)
        row.addStretch(1)
        form.addRow("Priority", row)
        form.addRow("Marking", self.marking)
        form.addRow("Owner", self.owner)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        form.addRow("Action due", due_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quote)
        layout.addLayout(form)
        footer = QHBoxLayout()
        footer.addWidget(self.meta, 1)
        footer.addWidget(self.delete_button)
        layout.addLayout(footer)
        layout.addStretch(1)

        self._comment_timer = QTimer(self)
        self._comment_timer.setSingleShot(True)
        self._comment_timer.setInterval(COMMENT_IDLE_MS)
        self._comment_timer.timeout.connect(self._commit_comment)
        self.comment.textChanged.connect(self._comment_edited)
        self.priority.currentIndexChanged.connect(lambda _i: self._commit("Set priority"))
        self.include.toggled.connect(lambda _on: self._commit("Include in brief"))
        self.marking.currentIndexChanged.connect(lambda _i: self._commit("Set marking"))
        self.owner.editingFinished.connect(lambda: self._commit("Set owner"))
        self.has_due.toggled.connect(self._due_toggled)
        self.due.dateChanged.connect(lambda _d: self._commit("Set due date"))
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
        self._commit_comment()
        self._annotation_id = annotation_id
        annotation = self._current()
        self.setEnabled(annotation is not None)
        self._load(annotation)

    def _current(self) -> Annotation | None:
        if self._annotation_id is None:
            return None
        try:
            return self._document.project.annotation(self._annotation_id)
        except KeyError:
            return None

    def _load(self, annotation: Annotation | None) -> None:
        self._loading = True
        try:
            if annotation is None:
                self.quote.setText("Select text in the reader and press Ctrl+E to annotate it.")
                self.comment.setPlainText("")
                for box in self.tag_boxes.values():
                    box.setChecked(False)
                self.owner.clear()
                self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL.value))
                self.include.setChecked(True)
                self.marking.setCurrentIndex(0)
                self.has_due.setChecked(False)
                today = dt.date.today()
                self.due.setDate(QDate(today.year, today.month, today.day))
                self.meta.clear()
                return
            self.quote.setText(f"“{annotation.quote}”")
            if self.comment.toPlainText() != annotation.comment:
                self.comment.setPlainText(annotation.comment)
            for tag, box in self.tag_boxes.items():
                box.setChecked(tag in annotation.tags)
            self.priority.setCurrentIndex(self.priority.findData(annotation.priority.value))
            self.include.setChecked(annotation.include_in_brief)
            level = annotation.classification.value if annotation.classification else None
            self.marking.setCurrentIndex(max(self.marking.findData(level), 0))
            self.owner.setText(annotation.owner)
            self.has_due.setChecked(annotation.due is not None)
            self.due.setEnabled(annotation.due is not None)
            due = annotation.due or dt.date.today()
            self.due.setDate(QDate(due.year, due.month, due.day))
            when = annotation.modified.astimezone().strftime("%d %b %Y %H:%M")
            self.meta.setText(f"{annotation.author or 'unknown'} · {when}")
        finally:
            self._loading = False

    def _rebuild_tags(self) -> None:
        for box in self.tag_boxes.values():
            box.deleteLater()
        self.tag_boxes = {}
        annotation = self._current()
        tags = list(self._document.project.taxonomy)
        if annotation is not None:
            tags += [t for t in annotation.tags if t not in tags]
        for index, tag in enumerate(tags):
            box = QCheckBox(tag)
            box.toggled.connect(lambda _on, tag=tag: self._commit(f"Tag “{tag}”"))
            self._tags_layout.addWidget(box, index // 2, index % 2)
            self.tag_boxes[tag] = box
        self._load(annotation)

    def _changed_elsewhere(self, annotation_id: str) -> None:
        if annotation_id == self._annotation_id and not self._loading:
            self._load(self._current())

    def _maybe_gone(self) -> None:
        if self._annotation_id is not None and self._current() is None:
            self.set_annotation(None)

    # -- editing -------------------------------------------------------------------------
    def _fields(self) -> AnnotationFields:
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return AnnotationFields(
            comment=self.comment.toPlainText(),
            tags=[tag for tag, box in self.tag_boxes.items() if box.isChecked()],
            priority=Priority(self.priority.currentData()),
            include_in_brief=self.include.isChecked(),
            owner=self.owner.text().strip(),
            due=due,  # type: ignore[arg-type]
            classification=self.marking.currentData(),
        )

    def _commit(self, what: str) -> None:
        annotation = self._current()
        if self._loading or annotation is None:
            return
        fields = self._fields()
        if fields == AnnotationFields.of(annotation):
            return
        self._document.undo_stack.push(EditAnnotation(self._document, annotation.id, fields, what))

    def _comment_edited(self) -> None:
        if not self._loading:
            self._comment_timer.start()

    def _commit_comment(self) -> None:
        if self._comment_timer.isActive():
            self._comment_timer.stop()
        self._commit("Edit comment")

    def _due_toggled(self, on: bool) -> None:
        self.due.setEnabled(on)
        self._commit("Set due date")

    def delete_current(self) -> None:
        """Delete the annotation being edited (undoable)."""
        annotation = self._current()
        if annotation is None:
            return
        self._comment_timer.stop()
        self._document.undo_stack.push(DeleteAnnotation(self._document, annotation.id))
        self.deleted.emit(annotation.id)
