"""Starting the desktop app: application object, context, first document, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from briefing_app.core.logs import setup_logging
from briefing_app.gui.context import APP_NAME, AppContext
from briefing_app.gui.diagnostics import install_exception_hook
from briefing_app.gui.i18n import install_translators, ui_language
from briefing_app.gui.interaction import QtInteraction
from briefing_app.gui.main_window import MainWindow, initial_document
from briefing_app.gui.style import UI_FONTS, ThemeFollower, apply_theme, current_theme

logger = logging.getLogger(__name__)
WORKERS_GRACE_MS = 30_000
"""How long quitting waits for a worker still reading or writing a file."""
SERIAL_PAINTING = "QT_NO_GUI_THREADPOOL"
"""Set (to anything), Qt paints on the GUI thread alone; see :func:`paint_on_one_thread`."""


def paint_on_one_thread() -> None:
    """Have Qt's raster painter fill on the GUI thread instead of handing the work out.

    Qt splits each fill of 96 lines or more (a tall scroll bar's groove, a viewport's
    background) among the threads of a pool and waits for them: the hand-off costs far more
    than such fills. A section switch spent 1.5 ms painting the navigator's scroll bar, 0.1 ms
    without the pool (two cores, shared). Must run before Qt first paints; a value already
    in the environment is left alone."""
    os.environ.setdefault(SERIAL_PAINTING, "1")


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with the app's names, fonts and style."""
    paint_on_one_thread()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Briefing")
    font = QFont()
    font.setFamilies(UI_FONTS)
    font.setPointSizeF(10)
    app.setFont(font)
    apply_theme(app, current_theme())
    return app


def build_main_window(path: str | Path | None, context: AppContext) -> MainWindow:
    """The main window on ``path`` (or the last project, or the sample)."""
    window = MainWindow(context, initial_document(context))
    if path:
        window.open_file(Path(path))
    else:
        last = context.last_project()
        if last is not None and last.exists():
            window.open_file(last)
    return window


def run_app(path: str | Path | None = None, *, debug: bool = False) -> int:
    """Run the app until the window closes; returns the exit code.

    An unexpected error in a slot is logged and shown, with an offer to save (File › Save's
    path), and the app keeps running.
    """
    setup_logging(debug=debug)
    app = make_application()
    interaction = QtInteraction()
    context = AppContext.create(interaction)
    install_translators(ui_language(context.settings.language))  # before any widget exists
    ThemeFollower(app, context.settings.theme)  # kept alive by the application
    window = build_main_window(path, context)
    interaction.parent = window
    hook = install_exception_hook(interaction, window.save)
    window.show()
    QTimer.singleShot(0, window.offer_recovery)
    try:
        return app.exec()
    finally:
        # A worker still reading a file must end before Python does (its objects go with it).
        QThreadPool.globalInstance().waitForDone(WORKERS_GRACE_MS)
        hook.uninstall()
