"""Paste as New Readout, and text or HTML dropped on the window: a readout from mime data.

The HTML of a page copied in a browser is preferred (it keeps headings and lists); plain text
is used when there is no HTML, or when the HTML has no text of its own.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QApplication

from briefing_app.core.errors import BriefingError
from briefing_app.core.model import Readout
from briefing_app.core.project_io import project_from_readout
from briefing_app.gui.core_messages import error_text

if TYPE_CHECKING:
    from briefing_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)

PASTED_NAME = "Pasted readout"


def has_readout_text(mime: QMimeData) -> bool:
    """True when ``mime`` carries HTML, or text that is more than a bare link."""
    if mime.hasHtml() and mime.html().strip():
        return True
    if not mime.hasText():
        return False
    text = mime.text().strip()
    return bool(text) and (any(c.isspace() for c in text) or not text.startswith(("http", "file:")))


def readout_from_mime(mime: QMimeData) -> tuple[Readout, str]:
    """Import the HTML (preferred) or the text of ``mime``; also return the original text.

    Raises :class:`BriefingError` with a one-line reason when neither gives a readout.
    """
    from briefing_app.importers import import_bytes, import_text  # loaded when first needed

    text = mime.text() if mime.hasText() else ""
    if mime.hasHtml() and mime.html().strip():
        html = mime.html()
        # Already decoded: a byte-order mark tells the HTML reader to ignore the charset a
        # copied page may still declare.
        try:
            return import_bytes(b"\xef\xbb\xbf" + html.encode("utf-8"), "pasted.html"), html
        except BriefingError:
            if not text.strip():
                raise
            log.info("pasted HTML gave no readout; using the plain text instead")
    if not text.strip():
        raise BriefingError("the clipboard has no text")
    return import_text(text), text


class PasteReadout(QObject):
    """Opens a readout from the clipboard or from dropped text, as a new unsaved project."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def paste(self) -> bool:
        """Edit › Paste as New Readout: the clipboard's HTML, else its text."""
        mime = QApplication.clipboard().mimeData()
        if mime is None or not has_readout_text(mime):
            self.window.context.interaction.error(
                self.tr("Nothing to paste"),
                self.tr("The clipboard holds no text: copy the readout's text or web page first"),
            )
            return False
        return self.open_mime(mime, self.tr("Pasted"))

    def open_mime(self, mime: QMimeData, verb: str) -> bool:
        """Open ``mime``'s HTML or text as a new readout (after asking to save the current)."""
        window = self.window
        if not window.maybe_save():
            return False
        try:
            readout, original = readout_from_mime(mime)
        except BriefingError as exc:
            window.context.interaction.error(self.tr("Cannot make a readout"), error_text(exc))
            return False
        readout.source = readout.source or PASTED_NAME
        project = project_from_readout(readout, source_name=PASTED_NAME, original_text=original)
        document = window.new_document(project)
        window.set_document(document)
        title = readout.title or PASTED_NAME
        window.statusBar().showMessage(self.tr("%1 a new readout: %2").replace(
            "%1", verb).replace("%2", title), 4000)  # fmt: skip
        log.info("new readout from mime data (%s, %d characters)", readout.source_format,
                 len(readout.text))  # fmt: skip
        return True
