"""Readouts that arrive attached to an e-mail: offered right after the e-mail is opened.

The e-mail's own text is shown first (often it *is* the readout); when readouts are attached
(a Word file, a PDF, a saved page), the user is offered to open one of them instead, as a new
unsaved project named after the attachment.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from briefing_app.core.errors import BriefingError
from briefing_app.core.project_io import project_from_readout
from briefing_app.gui.core_messages import error_text

if TYPE_CHECKING:
    from briefing_app.gui.main_window import MainWindow

logger = logging.getLogger(__name__)
EMAIL_SUFFIXES = (".eml",)


def offer_attachments(window: MainWindow, path: Path) -> bool:
    """After ``path`` (an e-mail) was opened: offer its attached readouts; True when one was
    opened instead."""
    if path.suffix.lower() not in EMAIL_SUFFIXES:
        return False
    from briefing_app.importers import import_any, import_bytes  # loaded when first needed

    try:
        _readout, attachments = import_any(path.read_bytes(), path.name)
    except (OSError, BriefingError) as exc:
        logger.info("No attachments read from %s: %s", path.name, exc)
        return False
    if not attachments:
        return False
    names = [attachment.filename for attachment in attachments]
    keep = QCoreApplication.translate("EmailAttachments", "Keep the E-mail Text")
    choice = window.context.interaction.ask_choice(
        QCoreApplication.translate("EmailAttachments", "Readouts attached"),
        QCoreApplication.translate(
            "EmailAttachments",
            "This e-mail has readouts attached: {0}.\n\nOpen one of them instead of the "
            "e-mail's text?",
        ).format(", ".join(names)),
        [*names, keep],
        len(names),
    )
    if choice is None or choice >= len(attachments):
        return False
    chosen = attachments[choice]
    try:
        readout = import_bytes(chosen.data, chosen.filename)
    except BriefingError as exc:
        window.context.interaction.error(
            QCoreApplication.translate("EmailAttachments", "Cannot open"), error_text(exc)
        )
        return False
    readout.source = readout.source or chosen.filename
    project = project_from_readout(readout, source_name=chosen.filename, original_text=None)
    document = window.new_document(project)
    document.session.source_path = path  # exports go beside the e-mail
    window.set_document(document)
    window.statusBar().showMessage(
        QCoreApplication.translate("EmailAttachments", "Opened {0} from {1}").format(
            chosen.filename, path.name
        ),
        4000,
    )
    return True
