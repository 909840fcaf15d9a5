"""Listing annotations: the current section's, and all of them in a sortable, filterable table."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from briefing_app.core.annotations import Annotation
from briefing_app.core.wording import shortened
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.i18n import locale_date, priority_label, tag_label
from briefing_app.gui.qtcompat import filter_change
from briefing_app.gui.reader import highlight_colour

ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
# Looked up once: the table asks for data hundreds of times a paint.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
COLUMNS = ("Section", "Quote", "Comment", "Tags", "Priority", "Owner", "Due", "Brief", "Author")
_PRIORITY_ORDER = {"high": 0, "normal": 1, "low": 2}

AnyIndex = QModelIndex | QPersistentModelIndex


class AnnotationTableModel(QAbstractTableModel):
    """Annotations as rows; ``node_filter`` restricts them to one section (None: all)."""

    def __init__(self, document: ProjectDocument, *, one_section: bool = False) -> None:
        super().__init__()
        self._document = document
        self.colour_by_author = False
        """The Quote cell's colour follows the author (as the reader's highlights do)."""
        self._one_section = one_section
        self._node_id: str | None = None
        self._rows: list[Annotation] = []
        self.refresh()
        document.annotations_changed.connect(self.refresh)
        document.structure_changed.connect(self.refresh)
        document.annotation_changed.connect(self._row_changed)

    def set_node(self, node_id: str | None) -> None:
        """Show the annotations of ``node_id`` and its items (one-section mode only)."""
        self._node_id = node_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        if self._one_section:
            grouped = self._document.annotations_by_node()
            rows = [a for node_id in self._section_ids() for a in grouped.get(node_id, [])]
            self._rows = sorted(rows, key=lambda a: (a.start, a.end))
        else:
            self._rows = list(self._document.project.annotations)
        self.endResetModel()

    def _section_ids(self) -> set[str]:
        if self._node_id is None:
            return set()
        if self._node_id == "":
            return {""}
        return self._document.index().subtree.get(self._node_id, set())

    def _row_changed(self, annotation_id: str) -> None:
        for row, annotation in enumerate(self._rows):
            if annotation.id == annotation_id:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def annotation_at(self, row: int) -> Annotation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, annotation_id: str) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == annotation_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section]
        return None

    def column_titles(self) -> tuple[str, ...]:
        """The column headings as shown (``COLUMNS`` are the names code refers to)."""
        return (
            self.tr("Section"),
            self.tr("Quote"),
            self.tr("Comment"),
            self.tr("Tags"),
            self.tr("Priority"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Brief"),
            self.tr("Author"),
        )

    def data(self, index: AnyIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        annotation = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ANNOTATION_ID_ROLE:
            return annotation.id
        if role == _DISPLAY:
            return self._display(annotation, column)
        if role == SORT_ROLE:
            return self._sort_key(annotation, column, index.row())
        if role == _TOOLTIP and column in ("Quote", "Comment"):
            return annotation.quote if column == "Quote" else annotation.comment
        if role == _BACKGROUND and column == "Quote":
            return QBrush(highlight_colour(annotation, by_author=self.colour_by_author))
        if role == _FOREGROUND and column == "Quote":
            return QBrush(Qt.GlobalColor.black)  # readable on the light highlight in every look
        return None

    def _display(self, annotation: Annotation, column: str) -> str:
        if column == "Section":
            node_id = annotation.anchor.node_id
            # Never cut: the number at the end is what leads the reader to the passage.
            return (
                self._document.section_refs().get(node_id) or self.tr("Opening")
                if node_id
                else self.tr("Overview")
            )
        if column == "Quote":
            return shortened(annotation.quote, 60)
        if column == "Comment":
            return shortened(annotation.comment, 80)
        if column == "Tags":
            return self.tr(", ").join(tag_label(tag) for tag in annotation.tags)
        if column == "Priority":
            return priority_label(annotation.priority.value)
        if column == "Owner":
            return annotation.owner
        if column == "Due":
            return locale_date(annotation.due) if annotation.due else ""
        if column == "Author":
            return annotation.author
        return "✓" if annotation.include_in_brief else ""

    def _sort_key(self, annotation: Annotation, column: str, row: int) -> object:
        if column == "Section":
            return annotation.start
        if column == "Priority":
            return _PRIORITY_ORDER[annotation.priority.value]
        if column == "Due":
            return annotation.due.isoformat() if annotation.due else "9999"
        return self._display(annotation, column).casefold()


class AnnotationFilter(QSortFilterProxyModel):
    """Sort by any column; filter by words (quote, comment, owner) and by tag."""

    def __init__(self) -> None:
        super().__init__()
        self._words = ""
        self._tag: str | None = None
        self._author: str | None = None
        self._show_resolved = False
        self.setSortRole(SORT_ROLE)

    def set_author(self, author: str | None) -> None:
        """Show only ``author``'s annotations (None: everyone's)."""
        with filter_change(self):
            self._author = author

    def set_show_resolved(self, show: bool) -> None:
        """Show resolved annotations too (they are hidden by default)."""
        with filter_change(self):
            self._show_resolved = show

    def shows(self, annotation: Annotation) -> bool:
        """Whether the author and resolved filters let ``annotation`` through."""
        if annotation.resolved and not self._show_resolved:
            return False
        return self._author is None or annotation.author == self._author

    def set_words(self, words: str) -> None:
        with filter_change(self):
            self._words = words.casefold().strip()

    def set_tag(self, tag: str | None) -> None:
        with filter_change(self):
            self._tag = tag or None

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AnnotationTableModel)
        annotation = model.annotation_at(source_row)
        if annotation is None or not self.shows(annotation):
            return False
        if self._tag is not None and self._tag not in annotation.tags:
            return False
        if self._words:
            haystack = " ".join((annotation.quote, annotation.comment, annotation.owner)).casefold()
            return all(word in haystack for word in self._words.split())
        return True
