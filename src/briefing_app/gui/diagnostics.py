"""Seeing what went wrong in the app: the log folder, and a hook for unexpected errors.

An exception escaping a Qt slot would otherwise vanish into stderr (or, in some bindings,
end the process). :func:`install_exception_hook` logs its traceback, tells the user in a
short dialog, and offers to save their work first; the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from briefing_app.core.logs import log_dir, log_file
from briefing_app.gui.interaction import Interaction

logger = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def show_log_folder() -> bool:
    """Open the folder of the log files in the system's file manager (Help › Show Log Folder).

    Returns whether the file manager could be asked to open it.
    """
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ExceptionHook:
    """``sys.excepthook`` for the app: log, tell the user, offer to save; never re-raise.

    ``save_work`` saves the open project the way File › Save does and returns whether it
    saved; it is only called when the user asks.
    """

    def __init__(self, interaction: Interaction, save_work: Callable[[], bool]) -> None:
        self.interaction = interaction
        self.save_work = save_work
        self.previous: ExceptHook = sys.excepthook
        self._handling = False

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self.previous(kind, error, trace)
            return
        logger.error("Unexpected error", exc_info=(kind, error, trace))
        if self._handling or threading.current_thread() is not threading.main_thread():
            return  # an error while telling the user, or off the GUI thread: logged only
        self._handling = True
        try:
            self._tell_user(kind, error)
        except Exception:  # the hook itself must never take the app down
            logger.exception("The error dialog failed")
        finally:
            self._handling = False

    def _tell_user(self, kind: type[BaseException], error: BaseException) -> None:
        detail = " ".join(str(error).split())[:200]
        message = QCoreApplication.translate(
            "Diagnostics",
            "Something went wrong: {kind}: {detail}\n\nYour work is still open. The details "
            "are in the log ({log}).\n\nSave your work now?",
        ).format(kind=kind.__name__, detail=detail, log=log_file())
        choice = self.interaction.ask_item(
            QCoreApplication.translate("Diagnostics", "Unexpected error"),
            message,
            [
                QCoreApplication.translate("Diagnostics", "Save my work"),
                QCoreApplication.translate("Diagnostics", "Continue"),
            ],
        )
        if choice != 0:
            return
        try:
            saved = self.save_work()
        except Exception as exc:
            logger.exception("Saving after an unexpected error failed")
            self.interaction.error(
                QCoreApplication.translate("Diagnostics", "Cannot save"),
                f"{type(exc).__name__}: {exc}",
            )
            return
        logger.info("Work saved after an unexpected error: %s", saved)

    def uninstall(self) -> None:
        """Put the previous hook back."""
        if sys.excepthook is self:
            sys.excepthook = self.previous


def install_exception_hook(
    interaction: Interaction, save_work: Callable[[], bool]
) -> ExceptionHook:
    """Install the app's exception hook (see :class:`ExceptionHook`); returns it."""
    hook = ExceptionHook(interaction, save_work)
    sys.excepthook = hook
    return hook
