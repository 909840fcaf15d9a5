"""The navigator's tree model: wraps the readout's sections and items, never owns them.

Column 0 is the section label, 1 its annotation count, 2 its "reviewed" check. Ticking the
check pushes an undo command; nothing here writes to the core model directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from briefing_app.core.model import Node
from briefing_app.core.wording import counted
from briefing_app.gui.commands import SetReviewed
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.qtcompat import filter_change

OVERVIEW_ID = ""
"""The navigator's first row: the title, date and preamble (the cover)."""
NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Section", "Notes", "✓")

AnyIndex = QModelIndex | QPersistentModelIndex

# Looked up once: the view asks for data and flags hundreds of times a paint, and each enum
# member lookup or "|" on Qt's flags costs more than the rest of the answer.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECK_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


@dataclass(eq=False)
class _Entry:
    node_id: str
    label: str
    tooltip: str
    parent: int  # index into the entry table, -1 for top level
    row: int
    children: list[int] = field(default_factory=list)


TAKE_ALL_UP_TO = 2500
"""A readout with up to this many sections is taken in whole when shown: laying the tree out
again after each batch costs as much as laying it all out (the Python model answers for
every row), which made moving through 2,000 sections stall at each batch; beyond, showing
it all at once blocked the window for seconds (10,000 sections: 1.4 s)."""
FETCH_BATCH = 100
"""Top-level sections the navigator takes in at a time (more as the user scrolls, see
:meth:`NavigatorModel.fetchMore`), so a readout of 10,000 sections shows at once; a window
shows about 40 rows."""


class NavigatorModel(QAbstractItemModel):
    """Sections and items of the open readout as a tree.

    The sections of a long readout (see :data:`TAKE_ALL_UP_TO`) are taken in
    :data:`FETCH_BATCH` at a time, as the view scrolls to the end of those it has (Qt's
    ``canFetchMore``/``fetchMore``); looking up a node not yet taken in
    (:meth:`index_for_node`) takes in the sections up to it.
    """

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__()
        self._document = document
        self._entries: list[_Entry] = []
        self._top: list[int] = []
        self._by_id: dict[str, int] = {}
        self._counts: dict[str, int] = {}
        self.fetching_paused = False
        """While True the model takes in no more sections (a view being built, not yet
        laid out, asks for more as if it showed every row)."""
        self._rebuild()
        document.structure_changed.connect(self.reset)
        document.annotations_changed.connect(self._recount)
        document.annotation_changed.connect(lambda _id: self._recount())
        document.reviewed_changed.connect(self._reviewed_changed)

    # -- building ------------------------------------------------------------------------
    def _rebuild(self, sections: int | None = None) -> None:
        self._entries = []
        self._by_id = {}
        readout = self._document.readout
        overview = self.tr("Overview")
        overview_label = overview + (f" — {readout.title}" if readout.title else "")
        tooltip = readout.title or self.tr("Title, date and preamble")
        self._add(OVERVIEW_ID, overview_label, tooltip, -1)
        self._top = [0]
        if sections is None:
            whole = len(readout.sections) <= TAKE_ALL_UP_TO
            sections = len(readout.sections) if whole else FETCH_BATCH
        self._take_sections(sections)
        self._count_annotations()

    def _take_sections(self, count: int) -> None:
        """Add the next ``count`` top-level sections (and their items) to the tables."""
        sections = self._document.readout.sections
        start = len(self._top) - 1
        for section in sections[start : start + count]:
            self._top.append(self._add_node(section, -1))

    @property
    def sections_taken(self) -> int:
        """How many top-level sections the model has taken in so far."""
        return len(self._top) - 1

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if parent.isValid() or self.fetching_paused:
            return False
        return self.sections_taken < len(self._document.readout.sections)

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent):
            self._fetch_sections(FETCH_BATCH)

    def _fetch_sections(self, count: int) -> None:
        first = len(self._top)
        count = min(count, len(self._document.readout.sections) - self.sections_taken)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), first, first + count - 1)
        self._take_sections(count)
        self.endInsertRows()

    def _add(self, node_id: str, label: str, tooltip: str, parent: int) -> int:
        siblings = self._top if parent == -1 else self._entries[parent].children
        entry = _Entry(node_id, label, tooltip, parent, len(siblings))
        self._entries.append(entry)
        index = len(self._entries) - 1
        self._by_id[node_id] = index
        return index

    def _add_node(self, node: Node, parent: int) -> int:
        tooltip = " ".join(p for p in (node.marker, node.heading) if p) or node.label
        index = self._add(node.id, node.label, tooltip, parent)
        for item in node.items:
            child = self._add_node(item, index)
            self._entries[index].children.append(child)
        return index

    def _count_annotations(self) -> None:
        counts: dict[str, int] = {}
        for annotation in self._document.project.annotations:
            counts[annotation.anchor.node_id] = counts.get(annotation.anchor.node_id, 0) + 1
        self._counts = counts

    def reset(self) -> None:
        """Rebuild from the readout (after a structure fix), keeping as many sections taken in."""
        self.beginResetModel()
        if len(self._document.readout.sections) <= TAKE_ALL_UP_TO:
            self._rebuild()
        else:
            self._rebuild(max(FETCH_BATCH, self.sections_taken))
        self.endResetModel()

    def _recount(self) -> None:
        self._count_annotations()
        groups = [self._top] + [entry.children for entry in self._entries if entry.children]
        for children in groups:
            first = self.createIndex(0, 1, children[0])
            last = self.createIndex(len(children) - 1, 1, children[-1])
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])

    def _reviewed_changed(self, node_id: str) -> None:
        if node_id in self._by_id:
            self._emit_entry(self._by_id[node_id], 2)

    def _emit_entry(self, entry_index: int, column: int) -> None:
        index = self.index_for_entry(entry_index, column)
        self.dataChanged.emit(index, index)

    # -- lookups -------------------------------------------------------------------------
    def index_for_node(self, node_id: str, column: int = 0) -> QModelIndex:
        """The model index of a node id (invalid if unknown)."""
        entry_index = self._by_id.get(node_id)
        if entry_index is None:
            section = self._document.index().section_of.get(node_id)
            if section is not None and section >= self.sections_taken:
                self._fetch_sections(section + 1 - self.sections_taken)
                entry_index = self._by_id.get(node_id)
        return QModelIndex() if entry_index is None else self.index_for_entry(entry_index, column)

    def index_for_entry(self, entry_index: int, column: int = 0) -> QModelIndex:
        return self.createIndex(self._entries[entry_index].row, column, entry_index)

    def node_id(self, index: AnyIndex) -> str | None:
        """The node id behind an index (OVERVIEW_ID for the cover row)."""
        if not index.isValid():
            return None
        return self._entries[index.internalId()].node_id

    def annotation_count(self, node_id: str) -> int:
        return self._counts.get(node_id, 0)

    # -- QAbstractItemModel --------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = (
            self._top if not parent.isValid() else self._entries[parent.internalId()].children
        )
        if not (0 <= row < len(siblings) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._entries[index.internalId()].parent
        return QModelIndex() if parent == -1 else self.index_for_entry(parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._entries[parent.internalId()].children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Section"), self.tr("Notes"), "✓")[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Section or item"), self.tr("Annotations"), self.tr("Reviewed"))[
                section
            ]
        return None

    def data(self, index: AnyIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.internalId()]
        column = index.column()
        if role == NODE_ID_ROLE:
            return entry.node_id
        if column == 0:
            if role == _DISPLAY:
                return entry.label
            if role == _TOOLTIP:
                return entry.tooltip
        elif column == 1:
            count = self._counts.get(entry.node_id, 0)
            if role == _DISPLAY:
                return str(count) if count else ""
            if role == _ALIGNMENT:
                return _CENTRED
            if role in (_TOOLTIP, _ACCESSIBLE):
                return counted(count, self.tr("annotation"), self.tr("annotations"))
        elif column == 2 and entry.node_id != OVERVIEW_ID:
            if role == _CHECK:
                reviewed = self._document.project.is_reviewed(entry.node_id)
                return _CHECKED if reviewed else _UNCHECKED
            if role == _TOOLTIP:
                return self.tr("Reviewed")
            if role == _ACCESSIBLE:  # a screen reader's name for the cell
                reviewed = self._document.project.is_reviewed(entry.node_id)
                return self.tr("Reviewed") if reviewed else self.tr("Not reviewed")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        if index.column() == 2 and self._entries[index.internalId()].node_id != OVERVIEW_ID:
            return _CHECK_FLAGS
        return _ROW_FLAGS

    def setData(self, index: AnyIndex, value: object, role: int = 0) -> bool:
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        entry = self._entries[index.internalId()]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked == self._document.project.is_reviewed(entry.node_id):
            return False
        self._document.undo_stack.push(
            SetReviewed(self._document, entry.node_id, checked, entry.label)
        )
        return True


class NavigatorFilter(QSortFilterProxyModel):
    """Show only sections with an annotation carrying a tag, and/or only unreviewed ones.

    Parents of a matching item stay visible (recursive filtering), so the tree keeps its shape.
    """

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__()
        self._document = document
        self._tag: str | None = None
        self._unreviewed_only = False
        self.setRecursiveFilteringEnabled(True)

    def set_tag(self, tag: str | None) -> None:
        with filter_change(self):
            self._tag = tag or None

    def set_unreviewed_only(self, on: bool) -> None:
        with filter_change(self):
            self._unreviewed_only = on

    @property
    def active(self) -> bool:
        return self._tag is not None or self._unreviewed_only

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, NavigatorModel)
        node_id = model.node_id(model.index(source_row, 0, source_parent))
        if node_id is None:
            return False
        if node_id == OVERVIEW_ID:
            return not self.active
        project = self._document.project
        if self._unreviewed_only and project.is_reviewed(node_id):
            return False
        if self._tag is not None:
            return any(self._tag in a.tags for a in project.annotations_for(node_id))
        return True
