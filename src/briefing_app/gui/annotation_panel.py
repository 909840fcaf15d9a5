"""The annotation panel: this section's annotations, all annotations, and the editor."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.annotations import Annotation
from briefing_app.gui.annotation_editor import AnnotationEditor
from briefing_app.gui.annotation_list import (
    ANNOTATION_ID_ROLE,
    COLUMNS,
    AnnotationFilter,
    AnnotationTableModel,
)
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.i18n import tag_label
from briefing_app.gui.tag_combo import fill_tag_combo

_SECTION_COLUMNS = ("Quote", "Comment", "Tags")


def _table(model: AnnotationFilter, visible: tuple[str, ...] | None) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, name in enumerate(COLUMNS):
        if visible is not None and name not in visible:
            view.hideColumn(column)
    return view


class AnnotationPanel(QWidget):
    """Lists annotations and edits the selected one; says which one the user picked."""

    annotation_selected = Signal(str)
    visibility_changed = Signal()
    """The author or resolved filter changed: the reader shows the same annotations."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.section_model = AnnotationTableModel(document, one_section=True)
        self.section_proxy = AnnotationFilter()
        self.section_proxy.setSourceModel(self.section_model)
        self.section_proxy.sort(0, Qt.SortOrder.AscendingOrder)
        self.all_model = AnnotationTableModel(document)
        self.all_proxy = AnnotationFilter()
        self.all_proxy.setSourceModel(self.all_model)

        self.section_view = _table(self.section_proxy, _SECTION_COLUMNS)
        self.section_view.setColumnWidth(COLUMNS.index("Quote"), 150)
        self.section_view.setColumnWidth(COLUMNS.index("Comment"), 170)
        self.all_view = _table(self.all_proxy, None)
        self.all_view.setSortingEnabled(True)
        self.all_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((190, 160, 160, 110, 60, 90, 80, 40, 110)):
            self.all_view.setColumnWidth(column, width)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by words…"))
        self.search.setAccessibleName(self.tr("Filter annotations by words"))
        self.search.setClearButtonEnabled(True)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Filter annotations by tag"))
        self.tag_filter.setToolTip(self.tr("Show only annotations with this tag"))
        self._fill_tag_filter()
        all_tab = QWidget()
        all_layout = QVBoxLayout(all_tab)
        all_layout.setContentsMargins(0, 4, 0, 0)
        self.author_filter = QComboBox()
        self.author_filter.setAccessibleName(self.tr("Show the annotations of"))
        self.author_filter.setToolTip(
            self.tr("Show one colleague's annotations, here and in the reader")
        )
        self.show_resolved = QCheckBox(self.tr("Show resolved"))
        self.show_resolved.setToolTip(
            self.tr("Resolved annotations are hidden unless this is ticked")
        )
        self._fill_author_filter()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.tag_filter)
        all_layout.addLayout(bar)
        who = QHBoxLayout()
        who.addWidget(self.author_filter, 1)
        who.addWidget(self.show_resolved)
        all_layout.addLayout(who)
        all_layout.addWidget(self.all_view)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.section_view, self.tr("This section"))
        self.tabs.addTab(all_tab, self.tr("All annotations"))
        self.tabs.setAccessibleName(self.tr("Annotation lists"))
        self.section_view.setAccessibleName(self.tr("Annotations in this section"))
        self.all_view.setAccessibleName(self.tr("All annotations"))
        self.editor = AnnotationEditor(document)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for view in (self.section_view, self.all_view):
            view.selectionModel().currentRowChanged.connect(
                lambda current, _previous, view=view: self._row_chosen(view, current)
            )
            view.clicked.connect(lambda index, view=view: self._row_chosen(view, index))
        self.search.textChanged.connect(self.all_proxy.set_words)
        self.tag_filter.currentIndexChanged.connect(
            lambda _i: self.all_proxy.set_tag(self.tag_filter.currentData())
        )
        self.author_filter.currentIndexChanged.connect(lambda _i: self._visibility_changed())
        self.show_resolved.toggled.connect(lambda _on: self._visibility_changed())
        document.taxonomy_changed.connect(self._fill_tag_filter)
        document.annotations_changed.connect(self._reselect)
        document.annotations_changed.connect(self._fill_author_filter)

    def _fill_author_filter(self) -> None:
        """Everyone, then each author with annotations in the project."""
        current = self.author_filter.currentData()
        authors = sorted({a.author for a in self._document.project.annotations if a.author})
        self.author_filter.blockSignals(True)
        self.author_filter.clear()
        self.author_filter.addItem(self.tr("Everyone's annotations"), None)
        for author in authors:
            self.author_filter.addItem(author, author)
        index = self.author_filter.findData(current) if current else 0
        self.author_filter.setCurrentIndex(max(index, 0))
        self.author_filter.blockSignals(False)

    def _visibility_changed(self) -> None:
        author = self.author_filter.currentData()
        for proxy in (self.section_proxy, self.all_proxy):
            proxy.set_author(author if isinstance(author, str) else None)
            proxy.set_show_resolved(self.show_resolved.isChecked())
        self.visibility_changed.emit()

    def set_colour_by_author(self, on: bool) -> None:
        """Colour the quotes of both lists by author."""
        for model in (self.section_model, self.all_model):
            model.colour_by_author = on
            model.refresh()

    def shows(self, annotation: Annotation) -> bool:
        """Whether the author and resolved filters show ``annotation`` (in the reader too)."""
        return self.all_proxy.shows(annotation)

    def _fill_tag_filter(self) -> None:
        fill_tag_combo(
            self.tag_filter, self._document.project.taxonomy, self.tr("All tags"), tag_label
        )

    def set_section(self, node_id: str | None) -> None:
        """Show the annotations of the section the reader shows."""
        self.section_model.set_node(node_id)
        self._reselect()

    def _row_chosen(self, view: QTableView, index: QModelIndex) -> None:
        if not index.isValid():
            return
        annotation_id = view.model().data(index, ANNOTATION_ID_ROLE)
        if not isinstance(annotation_id, str):
            return
        if annotation_id != self.editor.annotation_id:
            self.editor.set_annotation(annotation_id)
            other = self.section_view if view is self.all_view else self.all_view
            self._select_in(other, annotation_id)
        self.annotation_selected.emit(annotation_id)

    def show_annotation(self, annotation_id: str | None) -> None:
        """Select ``annotation_id`` in the lists and open it in the editor."""
        self.editor.set_annotation(annotation_id)
        if annotation_id is not None:
            self._select_in(self.section_view, annotation_id)
            self._select_in(self.all_view, annotation_id)

    def _reselect(self) -> None:
        if self.editor.annotation_id is not None:
            self._select_in(self.section_view, self.editor.annotation_id)
            self._select_in(self.all_view, self.editor.annotation_id)

    @staticmethod
    def _select_in(view: QTableView, annotation_id: str) -> None:
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 1)
            if model.data(index, ANNOTATION_ID_ROLE) == annotation_id:
                view.selectionModel().blockSignals(True)
                view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                view.selectionModel().blockSignals(False)
                view.scrollTo(index)
                return
