"""The Review tab: what a revision or a merge left for the user to decide.

Reworded passages (old and new wording side by side), orphans (their passage is gone) and
merge conflicts (a colleague edited the same annotation differently). Each decision is one
undo step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.errors import BriefingError
from briefing_app.core.project import Project
from briefing_app.core.review import (
    accept_revision,
    changed_annotations,
    delete_orphan,
    reanchor,
    resolve_conflict,
)
from briefing_app.core.wording import shortened
from briefing_app.gui.commands import ReplaceProjectState
from briefing_app.gui.core_messages import error_text
from briefing_app.gui.document import ProjectDocument

logger = logging.getLogger(__name__)

ITEM_ROLE = Qt.ItemDataRole.UserRole + 7
Selection = Callable[[], tuple[int, int] | None]


class ReviewPanel(QWidget):
    """Lists the review queue and takes the user's decisions as undoable steps."""

    def __init__(
        self,
        document: ProjectDocument,
        selection: Selection,
        report_error: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._selection = selection
        self._report_error = report_error
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Items to review"))
        self.items.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = {
            "accept": QPushButton(self.tr("Accept New Wording")),
            "reanchor": QPushButton(self.tr("Attach to Selection")),
            "delete": QPushButton(self.tr("Delete")),
            "mine": QPushButton(self.tr("Keep Mine")),
            "theirs": QPushButton(self.tr("Take Theirs")),
        }
        self.buttons["reanchor"].setToolTip(
            self.tr("Select the passage in the reader, then attach the annotation to it")
        )
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        self.items.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.buttons["accept"].clicked.connect(lambda: self._decide("accept"))
        self.buttons["reanchor"].clicked.connect(lambda: self._decide("reanchor"))
        self.buttons["delete"].clicked.connect(lambda: self._decide("delete"))
        self.buttons["mine"].clicked.connect(lambda: self._decide("mine"))
        self.buttons["theirs"].clicked.connect(lambda: self._decide("theirs"))
        document.review_changed.connect(self.refresh)
        document.annotations_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """List the queue as the project has it now."""
        project = self._document.project
        self.items.blockSignals(True)  # the list is rebuilt: no stale item is shown meanwhile
        self.items.clear()
        for annotation in changed_annotations(project):
            self._add(
                "changed",
                annotation.id,
                self.tr("Reworded: “{0}”").format(shortened(annotation.quote, 70)),
            )
        for orphan in project.orphans:
            self._add(
                "orphan", orphan.id, self.tr("Not found: “{0}”").format(shortened(orphan.quote, 70))
            )
        for conflict in project.merge_conflicts:
            self._add(
                "conflict",
                conflict.annotation_id,
                self.tr("Edited on both sides: “{0}”").format(shortened(conflict.theirs.quote, 70)),
            )
        self.items.blockSignals(False)
        count = self.items.count()
        self.summary.setText(
            self.tr("Nothing to review.")
            if count == 0
            else self.tr("{0} to review, from a revised readout or a colleague's copy.").format(
                count
            )
        )
        if count:
            self.items.setCurrentRow(0)
        self._show_current()

    def _add(self, kind: str, annotation_id: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ITEM_ROLE, (kind, annotation_id))
        self.items.addItem(item)

    def _current(self) -> tuple[str, str] | None:
        item = self.items.currentItem()
        return item.data(ITEM_ROLE) if item is not None else None  # type: ignore[no-any-return]

    def _show_current(self) -> None:
        current = self._current()
        kind = current[0] if current else ""
        visible = {
            "changed": ("accept", "reanchor"),
            "orphan": ("reanchor", "delete"),
            "conflict": ("mine", "theirs"),
        }.get(kind, ())
        for name, button in self.buttons.items():
            button.setVisible(name in visible)
        self.detail.setText(self._detail(current) if current else "")

    def _detail(self, current: tuple[str, str]) -> str:
        kind, annotation_id = current
        project = self._document.project
        if kind == "changed":
            if annotation_id not in {a.id for a in changed_annotations(project)}:
                return ""
            annotation = project.annotation(annotation_id)
            return self.tr("Was: {0}\nNow: {1}\nComment: {2}").format(
                annotation.revised_from, annotation.quote, annotation.comment
            )
        if kind == "orphan":
            orphan = next((a for a in project.orphans if a.id == annotation_id), None)
            if orphan is None:
                return ""
            return self.tr("Was: {0}\nComment: {1}\nThe revised readout no longer has it.").format(
                orphan.quote, orphan.comment
            )
        conflict = next(
            (c for c in project.merge_conflicts if c.annotation_id == annotation_id), None
        )
        if conflict is None:
            return ""
        mine = project.annotation(annotation_id)
        return self.tr("Yours: {0}\nTheirs ({1}): {2}").format(
            mine.comment, conflict.theirs.author, conflict.theirs.comment
        )

    def _decide(self, decision: str) -> None:
        current = self._current()
        if current is None:
            return
        _kind, annotation_id = current
        changed: Project = self._document.project.model_copy(deep=True)
        try:
            if decision == "accept":
                accept_revision(changed, annotation_id)
            elif decision == "reanchor":
                selected = self._selection()
                if selected is None:
                    self._report_error(self.tr("Select the passage in the reader first."))
                    return
                reanchor(changed, annotation_id, *selected)
            elif decision == "delete":
                delete_orphan(changed, annotation_id)
            else:
                resolve_conflict(changed, annotation_id, take_theirs=decision == "theirs")
        except BriefingError as exc:
            self._report_error(error_text(exc))
            return
        what = self.buttons[decision].text().replace("&", "")
        self._document.undo_stack.push(
            ReplaceProjectState(self._document, self.tr("Review: {0}").format(what), changed)
        )
