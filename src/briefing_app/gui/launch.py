"""Starting the desktop app: the window at once, then the editor in it.

Two stages, so the user sees the readout without waiting for the models to load:

1. ``start_app``: the application object, the language and look (read straight from the
   settings file), and the start window showing the built-in sample's outline and cover.
   Nothing here loads pydantic or the editor's modules.
2. Once that window has been painted, ``finish_start`` loads the settings and the sample
   project, builds the editor (``MainWindow``) inside the same window, opens the file asked
   for (or the last project) and offers any recovery.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing_app.core.early_settings import read_early_settings
from briefing_app.core.logs import setup_logging
from briefing_app.core.paths import APP_NAME
from briefing_app.core.readout_preview import read_preview
from briefing_app.core.resources import SAMPLE_READOUT_IMPORTED, resource_bytes
from briefing_app.gui.i18n import install_translators, ui_language
from briefing_app.gui.start_window import StartWindow
from briefing_app.gui.style import (
    UI_FONTS,
    ThemeFollower,
    apply_theme,
    current_theme,
    first_look,
)
from briefing_app.gui.window_state import LOOK_KEY, window_state_store

if TYPE_CHECKING:
    from briefing_app.gui.diagnostics import ExceptionHook
    from briefing_app.gui.interaction import Interaction

logger = logging.getLogger(__name__)
WORKERS_GRACE_MS = 30_000
"""How long quitting waits for a worker still reading or writing a file."""
PAINT_WAIT_MS = 1_000
"""How long the editor waits for the window's first paint (a window started minimised has none)."""
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


def make_application(argv: list[str] | None = None, theme: str | None = None) -> QApplication:
    """The QApplication (created once), with the app's names, fonts and look (``theme``, or
    the one in use)."""
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
    apply_theme(app, theme or current_theme())
    return app


class Startup:
    """The start of one app run: the start window, then the editor built into it."""

    def __init__(self, path: str | Path | None, interaction: Interaction | None = None) -> None:
        self.path = Path(path) if path else None
        self.interaction = interaction
        early = read_early_settings()
        qsettings = window_state_store()
        make_application(theme=first_look(early.theme, qsettings.value(LOOK_KEY)))
        self.language = ui_language(early.language)
        install_translators(self.language)  # before any widget exists
        self.window = StartWindow(qsettings)
        preview = read_preview(resource_bytes(SAMPLE_READOUT_IMPORTED))
        if preview is not None:
            self.window.show_preview(preview, early.reader_font_size)
        self._started = False
        self.failed = False
        """Whether the editor could not be built (the window then closed)."""
        self.hook: ExceptionHook | None = None
        self.theme_follower: ThemeFollower | None = None
        self.window.first_painted.connect(lambda: QTimer.singleShot(0, self.finish_start))
        QTimer.singleShot(PAINT_WAIT_MS, self.finish_start)

    def finish_start(self) -> None:
        """Build the editor in the window (once; the first paint or the wait starts it).

        If that fails, the error is logged with its traceback, the user is told in a dialog,
        and the window closes (``run_app`` then returns 1).
        """
        if self._started:
            return
        self._started = True
        try:
            self._build_editor()
        except Exception as exc:  # the app cannot run without its editor
            logger.exception("The editor could not be built")
            self.failed = True
            title = QCoreApplication.translate("Startup", "Briefing could not start")
            message = QCoreApplication.translate(
                "Startup", "The editor could not be built ({0}). The details are in the log file."
            ).format(type(exc).__name__)
            if self.interaction is not None:
                self.interaction.error(title, message)
            else:
                QMessageBox.critical(self.window, title, message)
            self.window.close()

    def _build_editor(self) -> None:
        from briefing_app.gui.context import AppContext
        from briefing_app.gui.diagnostics import install_exception_hook
        from briefing_app.gui.interaction import QtInteraction
        from briefing_app.gui.main_window import MainWindow, initial_document

        interaction = self.interaction or QtInteraction()
        context = AppContext.create(interaction, self.window.qsettings)
        language = ui_language(context.settings.language)
        if language != self.language:  # the settings file held something the model refused
            self.language = language
            install_translators(language)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.theme_follower = ThemeFollower(app, context.settings.theme)  # asks the desktop
        editor = MainWindow(context, initial_document(context), host=self.window)
        self.window.adopt(editor)
        if isinstance(interaction, QtInteraction):
            interaction.parent = editor
        self.hook = install_exception_hook(interaction, editor.save)
        if self.path is not None:
            editor.open_file(self.path)
        else:
            last = context.last_project()
            if last is not None and last.exists():
                editor.open_file(last)
        QTimer.singleShot(0, editor.offer_recovery)


def start_app(path: str | Path | None = None, interaction: Interaction | None = None) -> Startup:
    """Show the start window; the editor follows once it has been painted.

    ``interaction``: how the editor asks the user (dialogs by default).
    """
    startup = Startup(path, interaction)
    startup.window.show()
    return startup


def run_app(path: str | Path | None = None, *, debug: bool = False) -> int:
    """Run the app until the window closes; returns the exit code.

    An unexpected error in a slot is logged and shown, with an offer to save (File › Save's
    path), and the app keeps running.
    """
    setup_logging(debug=debug)
    startup = start_app(path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        code = app.exec()
        return 1 if startup.failed else code
    finally:
        # A worker still reading a file must end before Python does (its objects go with it).
        QThreadPool.globalInstance().waitForDone(WORKERS_GRACE_MS)
        if startup.hook is not None:
            startup.hook.uninstall()
