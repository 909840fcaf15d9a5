"""The navigator pane: the tree of sections and items, with its tag and review filters.

The tree shows its model itself while no filter is on, and the filter over it only while one
is: the filter's index mapping cost a millisecond or more of each section switch at 2,000
sections. Selection, expansion and column widths carry over when a filter comes or goes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.i18n import tag_label
from briefing_app.gui.navigator_model import OVERVIEW_ID, NavigatorFilter, NavigatorModel
from briefing_app.gui.style import style_part
from briefing_app.gui.tag_combo import fill_tag_combo

logger = logging.getLogger(__name__)


class NavigatorTree(QTreeView):
    """The navigator's tree view: scrolls by moving the rows already painted.

    A style sheet with a background turns the viewport's own background fill off (the sheet
    paints it), and Qt can move the pixels of a scrolled widget only when it fills its
    background: so every scroll, however small, repainted all 30-40 rows (4 ms at each
    section switch). Filled with its palette's Base, which the sheet sets to its own
    background colour, the viewport looks the same and a scroll repaints only the rows that
    came into view."""

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        viewport = self.viewport()
        if not viewport.autoFillBackground():  # turned off by each (new) style sheet
            viewport.setAutoFillBackground(True)
        super().scrollContentsBy(dx, dy)


class NavigatorPane(QWidget):
    """The filters above the tree of the readout's sections; says ``node_chosen(node_id)``
    when the user moves to another row."""

    node_chosen = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._shown_node = OVERVIEW_ID
        self._selecting = False
        self.model = NavigatorModel(document)
        self.model.fetching_paused = True  # until the workspace is laid out
        self.filter = NavigatorFilter(document)
        self.filter.setSourceModel(self.model)
        self.tree = NavigatorTree()
        style_part(self.tree, "navigator")
        self.tree.setAccessibleName(self.tr("Sections of the readout"))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self._show_model(self.model)
        self.tag_filter = QComboBox()
        self.tag_filter.setToolTip(
            self.tr("Show only sections with an annotation carrying this tag")
        )
        self.tag_filter.setAccessibleName(self.tr("Filter sections by tag"))
        self.unreviewed_only = QCheckBox(self.tr("Unreviewed only"))
        self._fill_tag_filter()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.unreviewed_only)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)

        self.tag_filter.currentIndexChanged.connect(
            lambda _i: self._filter_changed(tag=self.tag_filter.currentData())
        )
        self.unreviewed_only.toggled.connect(lambda on: self._filter_changed(unreviewed=on))
        document.taxonomy_changed.connect(self._fill_tag_filter)
        self.model.modelReset.connect(self.tree.expandAll)
        self.model.rowsInserted.connect(self._expand_new_rows)
        self.filter.rowsInserted.connect(self._expand_new_rows)

    # -- nodes and rows --------------------------------------------------------------------
    def index_of(self, node_id: str) -> QModelIndex:
        """The tree's index of a node (invalid when it is filtered out)."""
        source = self.model.index_for_node(node_id)
        return self.filter.mapFromSource(source) if self._filtering() else source

    def node_id_at(self, index: QModelIndex) -> str | None:
        """The node behind an index of the tree (None: no node)."""
        return self.model.node_id(self.filter.mapToSource(index) if self._filtering() else index)

    def select(self, node_id: str) -> None:
        """Make ``node_id`` the current row and scroll to it (without saying node_chosen)."""
        self._shown_node = node_id
        index = self.index_of(node_id)
        if not index.isValid():
            return
        self._selecting = True
        try:
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)
        finally:
            self._selecting = False

    def _row_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        node_id = self.node_id_at(current)
        if node_id is not None:
            self.node_chosen.emit(node_id)

    # -- the tree's model ------------------------------------------------------------------
    def _filtering(self) -> bool:
        return self.tree.model() is self.filter

    def _show_model(self, model: QAbstractItemModel) -> None:
        """Put ``model`` under the tree: the tree model itself, or the filter over it."""
        if self.tree.model() is model:
            return
        self.tree.setModel(model)
        self.tree.selectionModel().currentChanged.connect(self._row_moved)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 44)
        header.resizeSection(2, 30)
        self.tree.expandAll()

    def _expand_new_rows(self, parent: QModelIndex, first: int, last: int) -> None:
        """Sections the tree took in later (scrolling down) open like the first ones."""
        model = self.tree.model()
        if parent.isValid() or self.sender() is not model:
            return
        for row in range(first, last + 1):
            self.tree.expandRecursively(model.index(row, 0))

    # -- filters ---------------------------------------------------------------------------
    def _fill_tag_filter(self) -> None:
        fill_tag_combo(
            self.tag_filter,
            self.document.project.taxonomy,
            self.tr("All sections"),
            lambda tag: self.tr("Tagged “{0}”").format(tag_label(tag)),
        )

    def _filter_changed(self, *, tag: object = ..., unreviewed: bool | None = None) -> None:
        if tag is not ...:
            self.filter.set_tag(tag if isinstance(tag, str) else None)
        if unreviewed is not None:
            self.filter.set_unreviewed_only(unreviewed)
        self._show_model(self.filter if self.filter.active else self.model)
        self.tree.expandAll()
        self.select(self._shown_node)  # the place is kept
