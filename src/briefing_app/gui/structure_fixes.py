"""The Structure menu's fixes of what the importer decided: split, merge, promote, demote,
edit a number and heading, restore a removed line. Each is one undo step; a fix that cannot
be made here is a dialog, never a crash."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from briefing_app.core.errors import BriefingError
from briefing_app.gui.core_messages import error_text, reason_label

if TYPE_CHECKING:
    from briefing_app.gui.main_window import MainWindow
    from briefing_app.gui.workspace import Workspace

logger = logging.getLogger(__name__)


class StructureFixes:
    """The slots behind the Structure menu of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def _ws(self) -> Workspace:
        workspace = self._window.workspace
        assert workspace is not None
        return workspace

    def _attempt(self, action: Callable[[], object]) -> None:
        try:
            action()
        except BriefingError as exc:
            logger.info("Structure fix refused: %s", exc)
            self._window.context.interaction.error(
                QCoreApplication.translate("MainWindow", "Cannot change the structure"),
                error_text(exc),
            )

    def split(self) -> None:
        """Split the section at the reader's cursor."""
        self._attempt(self._ws().split_at_cursor)

    def merge(self) -> None:
        """Merge the current section or item with the one before it."""
        self._attempt(self._ws().merge_current)

    def promote(self) -> None:
        """Move the current item up one level."""
        self._attempt(self._ws().promote_current)

    def demote(self) -> None:
        """Move the current section or item down one level."""
        self._attempt(self._ws().demote_current)

    def relabel(self) -> None:
        """Edit the current node's printed number and heading (on the overview: the title)."""
        window = self._window
        node = self._ws().current_node()
        if node is None:  # the overview: its heading is the title (and the date)
            window.title_fixes.edit_title_and_date()
            return
        ask = window.context.interaction.ask_text
        number = ask(
            QCoreApplication.translate("MainWindow", "Edit number"),
            QCoreApplication.translate("MainWindow", "Number as printed:"),
            node.number or "",
        )
        if number is None:
            return
        heading = ask(
            QCoreApplication.translate("MainWindow", "Edit heading"),
            QCoreApplication.translate("MainWindow", "Heading:"),
            node.heading or "",
        )
        if heading is None:
            return
        self._attempt(lambda: self._ws().relabel_current(number, heading))

    def restore_removed(self) -> None:
        """Put a line the importer (or the user) removed back where it stood."""
        interaction = self._window.context.interaction
        removed = self._ws().document.readout.removed
        title = QCoreApplication.translate("MainWindow", "Restore removed line")
        if not removed:
            interaction.information(
                title, QCoreApplication.translate("MainWindow", "No lines were removed.")
            )
            return
        labels = [f"{line.text[:70]}  ({reason_label(line.reason)})" for line in removed]
        choice = interaction.ask_item(
            title, QCoreApplication.translate("MainWindow", "Line to put back:"), labels
        )
        if choice is not None:
            self._attempt(lambda: self._ws().restore_line(choice))
