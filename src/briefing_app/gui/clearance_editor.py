"""The note's clearances: a small table of who cleared it, from which office, and when."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.project import Clearance

log = logging.getLogger(__name__)

COLUMNS = ("name", "office", "date")


class _ClearanceTable(QTableWidget):
    """A table whose Tab moves cell to cell while typing, and out of the table after the last
    cell (Shift+Tab: before the first), so a keyboard user is never trapped in it."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        row, column = self.currentRow(), self.currentColumn()
        last = row == self.rowCount() - 1 and column == self.columnCount() - 1
        first = row == 0 and column == 0
        ends = QAbstractItemDelegate.EndEditHint
        if (hint == ends.EditNextItem and last) or (hint == ends.EditPreviousItem and first):
            super().closeEditor(editor, ends.NoHint)
            self.parentWidget().focusNextPrevChild(hint == ends.EditNextItem)
            return
        super().closeEditor(editor, hint)


class ClearanceEditor(QWidget):
    """Edits a list of clearances; says ``edited`` with the non-empty rows after each change."""

    edited = Signal(list)

    def __init__(self, clearances: list[Clearance], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self.table = _ClearanceTable(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Office"), self.tr("Date")])
        self.table.setAccessibleName(self.tr("Clearances"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.setTabKeyNavigation(True)  # Tab goes name → office → date while typing
        self.table.setMinimumHeight(80)
        self.table.setMaximumHeight(140)
        self.add_button = QPushButton(self.tr("Add Clearance"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected clearance"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        # From the keyboard: Add Clearance first (it starts typing a new row), then the table.
        QWidget.setTabOrder(self.add_button, self.table)
        QWidget.setTabOrder(self.table, self.remove_button)
        self.setFocusProxy(self.add_button)
        self.table.itemChanged.connect(self._changed)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.show_clearances(clearances)

    def clearances(self) -> list[Clearance]:
        """The rows that hold something, as clearances."""
        rows = []
        for row in range(self.table.rowCount()):
            values = {}
            for column, name in enumerate(COLUMNS):
                item = self.table.item(row, column)
                values[name] = item.text().strip() if item is not None else ""
            clearance = Clearance(**values)
            if not clearance.is_empty():
                rows.append(clearance)
        return rows

    def show_clearances(self, clearances: list[Clearance]) -> None:
        """Show ``clearances`` (rows being typed are kept when the list already matches)."""
        if self.clearances() == clearances:
            return
        self._showing = True
        try:
            self.table.setRowCount(0)
            for clearance in clearances:
                self._append(clearance)
        finally:
            self._showing = False

    def _append(self, clearance: Clearance) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, name in enumerate(COLUMNS):
            self.table.setItem(row, column, QTableWidgetItem(getattr(clearance, name)))
        return row

    def add_row(self) -> None:
        """Add an empty clearance and start typing its name."""
        self._showing = True
        try:
            row = self._append(Clearance())
        finally:
            self._showing = False
        self.table.setFocus()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        """Remove the clearance whose row is selected."""
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self.edited.emit(self.clearances())

    def flush(self) -> None:
        """Commit a cell still being typed in."""
        focus = QApplication.focusWidget()
        if focus is not None and self.table.isAncestorOf(focus) and focus is not self.table:
            self.table.commitData(focus)

    def _changed(self, _item: QTableWidgetItem) -> None:
        if not self._showing:
            self.edited.emit(self.clearances())
