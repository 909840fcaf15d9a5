"""Correcting the title and date, and removing junk lines: the dialog and the menu's slots.

The importer sometimes takes a site's category label for the title, or the second line of a
title for the date. The user fixes that by picking a line in the reader (Use Line as Title,
Use Line as Date), by typing (Edit Title and Date…), or by removing a junk line. Each fix is
one undo step on the document (``StructureEdit``); the rules live in ``core.structure_edit``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from briefing_app.core.errors import BriefingError
from briefing_app.core.model import Readout
from briefing_app.core.structure_edit import (
    HeaderField,
    StructureEditError,
    line_at,
    removable_line_at,
    remove_line,
    set_header_from_text,
    set_header_text,
)
from briefing_app.core.wording import shortened
from briefing_app.gui.commands import StructureEdit
from briefing_app.gui.core_messages import error_text
from briefing_app.gui.reader import ReaderView

if TYPE_CHECKING:
    from briefing_app.gui.document import ProjectDocument
    from briefing_app.gui.main_window import MainWindow
    from briefing_app.gui.workspace import Workspace

logger = logging.getLogger(__name__)


class TitleDateDialog(QDialog):
    """Two fields, Title and Date, prefilled with what the importer found; OK or Cancel."""

    def __init__(self, title: str, date: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("titleDateDialog")
        self.setWindowTitle(self.tr("Edit Title and Date"))
        self.title_edit = QLineEdit(_one_line(title))
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("The readout's title"))
        self.date_edit = QLineEdit(_one_line(date))
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setPlaceholderText(self.tr("The meeting date as printed, e.g. February 15"))
        self.initial = (self.title_edit.text(), self.date_edit.text())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Title:"), self.title_edit)
        layout.addRow(self.tr("&Date:"), self.date_edit)
        layout.addRow(buttons)
        self.resize(520, self.sizeHint().height())
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def values(self) -> tuple[str, str]:
        """The title and date as typed."""
        return self.title_edit.text(), self.date_edit.text()


def _one_line(text: str) -> str:
    return " ".join(text.split())


class TitleLineFixes(QObject):
    """The Structure menu's fixes for the title, the date and junk lines, on one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: TitleDateDialog | None = None

    # -- picking a line in the reader ----------------------------------------------------
    def use_line_as_title(self) -> None:
        """Make the selection, or the line under the cursor, the readout's title."""
        self._use_line("title", self.tr("Use line as title"))

    def use_line_as_date(self) -> None:
        """Make the selection, or the line under the cursor, the readout's date."""
        self._use_line("date", self.tr("Use line as date"))

    def _use_line(self, field: HeaderField, what: str) -> None:
        def edit() -> None:
            start, end = self._chosen_range()
            StructureEdit.run(
                self._document(), what, lambda r: set_header_from_text(r, field, start, end)
            )
            self._workspace().show_overview()  # where the title and date are shown

        self._attempt(edit)

    def remove_line(self) -> None:
        """Move the line under the cursor to the removed lines (Restore Removed Line undoes it)."""

        def edit() -> None:
            offset = self._cursor_offset()
            readout = self._document().readout
            span = removable_line_at(readout, offset)
            what = self.tr("Remove line “{0}”").format(
                shortened(readout.text[span.start : span.end], 30)
            )
            StructureEdit.run(self._document(), what, lambda r: remove_line(r, offset))

        self._attempt(edit)

    def _chosen_range(self) -> tuple[int, int]:
        """The reader's selection, else the whole line under the cursor, as text offsets."""
        selected = self._reader().selected_text_range()
        if selected is not None:
            return selected
        span = line_at(self._document().readout, self._cursor_offset())
        return span.start, span.end

    def _cursor_offset(self) -> int:
        """The readout offset at the reader's cursor, only when it stands in readout text."""
        reader = self._reader()
        cursor = reader.textCursor()
        position = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        offset = reader.doc_to_text(position)
        shown_at = reader.text_to_doc(offset) if offset is not None else None
        document = reader.document()
        if (
            offset is None
            or shown_at is None
            or (
                document.findBlock(shown_at).blockNumber()
                != document.findBlock(position).blockNumber()
            )
        ):
            raise StructureEditError(self.tr("Put the cursor in a line of the readout text first."))
        return offset

    # -- typing them ---------------------------------------------------------------------
    def edit_title_and_date(self) -> TitleDateDialog:
        """Open the title and date dialog (not blocking); OK applies both as one undo step."""
        if self.dialog is not None:
            self.dialog.close()
        readout = self._document().readout
        dialog = TitleDateDialog(readout.title or "", readout.date or "", self._window)
        dialog.accepted.connect(lambda: self._apply_typed(dialog))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: TitleDateDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _apply_typed(self, dialog: TitleDateDialog) -> None:
        (title, date), (old_title, old_date) = dialog.values(), dialog.initial
        changes: list[tuple[HeaderField, str]] = []
        if title.strip() != old_title.strip():
            changes.append(("title", title))
        if date.strip() != old_date.strip():
            changes.append(("date", date))
        if not changes:
            return

        def edit(readout: Readout) -> None:
            for field, value in changes:
                set_header_text(readout, field, value)

        self._attempt(
            lambda: StructureEdit.run(self._document(), self.tr("Edit title and date"), edit)
        )
        self._workspace().show_overview()

    # -- plumbing ------------------------------------------------------------------------
    def _attempt(self, edit: Callable[[], object]) -> None:
        try:
            edit()
        except BriefingError as exc:
            logger.info("title/line fix refused: %s", exc)
            self._window.context.interaction.error(
                self.tr("Cannot change the structure"), error_text(exc)
            )

    def _workspace(self) -> Workspace:
        workspace = self._window.workspace
        assert workspace is not None
        return workspace

    def _document(self) -> ProjectDocument:
        return self._workspace().document

    def _reader(self) -> ReaderView:
        return self._workspace().reader
