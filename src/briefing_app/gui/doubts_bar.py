"""The bar above the reader that says, once after importing, what the importer was unsure of.

Each doubt comes with the fix a person would reach for: another line as the title or date,
the removed lines to restore, or the place in the text to look at. Dismissing the bar is
remembered in the project, so a saved project does not ask again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from briefing_app.core.model import Doubt
from briefing_app.gui.core_messages import doubt_text
from briefing_app.gui.style import style_part

log = logging.getLogger(__name__)

SHOWN_AT_MOST = 4


class DoubtsBar(QFrame):
    """Lists the import's doubts with one-click fixes; says ``fix_requested(kind)``."""

    fix_requested = Signal(str)
    """"title", "date", "chrome", or "look" (show the first doubt's place in the text)."""
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_part(self, "doubtsBar")
        self.setAccessibleName(self.tr("What the import was unsure of"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {
            "title": QPushButton(self.tr("Fix Title or Date…")),
            "chrome": QPushButton(self.tr("Restore Removed Lines…")),
            "look": QPushButton(self.tr("Show Me")),
        }
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Hide this; it is not shown again for this project"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for kind, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, kind=kind: self.fix_requested.emit(kind))
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.hide()

    def show_doubts(self, doubts: list[Doubt]) -> None:
        """Show ``doubts`` (none: hide the bar)."""
        if not doubts:
            self.hide()
            return
        lines = [f"• {doubt_text(doubt)}" for doubt in doubts[:SHOWN_AT_MOST]]
        if len(doubts) > SHOWN_AT_MOST:
            lines.append(self.tr("• and {0} more").format(len(doubts) - SHOWN_AT_MOST))
        heading = self.tr("Please check the import:")
        self.text.setText("\n".join([heading, *lines]))
        kinds = {doubt.kind for doubt in doubts}
        self.buttons["title"].setVisible(bool(kinds & {"title", "date"}))
        self.buttons["chrome"].setVisible("chrome" in kinds)
        self.buttons["look"].setVisible(any(doubt.span is not None for doubt in doubts))
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
