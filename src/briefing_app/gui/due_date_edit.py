"""A due-date field that takes what people type ("15 Dec", "tomorrow", "+3d") or a calendar."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from briefing_app.core.due_dates import DueDateError, format_due_date, parse_due_date

log = logging.getLogger(__name__)


class DueDateEdit(QWidget):
    """Type a date (empty: none) or pick one; ``date_chosen`` says the new date (or None)."""

    date_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("None — type 15 Dec, tomorrow, +3d or Fri"))
        self.line.setAccessibleName(self.tr("Action due date"))
        self.line.setClearButtonEnabled(True)
        self.calendar_button = QToolButton()
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setToolTip(self.tr("Pick the date on a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Pick the due date on a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_opening)
        self.calendar_button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.line.editingFinished.connect(self._typed)
        self.setFocusProxy(self.line)

    def date(self) -> dt.date | None:
        """The date shown (None: no due date)."""
        return self._date

    def set_date(self, date: dt.date | None) -> None:
        """Show ``date`` without saying ``date_chosen``."""
        self._date = date
        self.line.setText(format_due_date(date) if date else "")
        self.problem.hide()

    def has_pending_typing(self) -> bool:
        """True when the field holds text not yet taken as the date."""
        shown = format_due_date(self._date) if self._date else ""
        return self.line.text().strip() != shown

    def commit_typing(self) -> None:
        """Take what was typed as the date now (before a save or a move elsewhere)."""
        if self.has_pending_typing():
            self._typed()

    def _typed(self) -> None:
        try:
            date = parse_due_date(self.line.text(), dt.date.today())
        except DueDateError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self._choose(date)

    def _choose(self, date: dt.date | None) -> None:
        changed = date != self._date
        self.set_date(date)
        if changed:
            self.date_chosen.emit(date)

    def _calendar_opening(self) -> None:
        shown = self._date or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _picked(self, date: QDate) -> None:
        self._choose(date.toPython())
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.hide()
