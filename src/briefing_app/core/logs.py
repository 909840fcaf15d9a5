"""Where the app writes what went wrong: a rotating log file in the user's state folder.

Every module logs through ``logging.getLogger(__name__)``; :func:`setup_logging` sends the
``briefing_app`` loggers to ``briefing-app.log`` (about 1 MB, three older files kept) and,
with ``--debug``, to stderr too. The CLI's one-line errors and the GUI's short dialogs stay
short because the traceback is here.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from platformdirs import user_log_path

from briefing_app.core.atomic import make_private_folder

APP_LOGGER = "briefing_app"
LOG_FILE = "briefing-app.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(process)d]: %(message)s"

_installed: list[logging.Handler] = []


class LogFileHandler(logging.Handler):
    """The rotating log file, made when the first record comes.

    ``logging.handlers`` takes some 10 ms to import (sockets, pickling, queues), more than
    the start window spends on its own; the app's first records come after that window
    is shown, so the import waits for them.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(
                self.path,
                maxBytes=MAX_LOG_BYTES,
                backupCount=LOG_BACKUPS,
                encoding="utf-8",
                delay=True,
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)  # under this handler's lock (``handle``)

    def close(self) -> None:
        self.acquire()
        try:
            if self._file is not None:
                self._file.close()
                self._file = None
        finally:
            self.release()
        super().close()


def log_dir() -> Path:
    """The folder of the log files (e.g. ``~/.local/state/briefing-app/log`` on Linux)."""
    return user_log_path("briefing-app", appauthor=False)


def log_file() -> Path:
    """The current log file."""
    return log_dir() / LOG_FILE


def setup_logging(*, debug: bool = False) -> Path | None:
    """Send the app's log records to the rotating log file (and stderr when ``debug``).

    Safe to call again (the previous handlers are closed and replaced). Returns the log file,
    or None when it cannot be written (logging then only goes to stderr in debug mode).
    """
    logger = logging.getLogger(APP_LOGGER)
    for handler in _installed:
        logger.removeHandler(handler)
        handler.close()
    _installed.clear()
    logger.setLevel(logging.DEBUG if debug else logging.INFO)
    path: Path | None = log_file()
    try:
        make_private_folder(log_dir())
        file_handler: logging.Handler = LogFileHandler(path)
    except OSError:
        path = None
    else:
        file_handler.setFormatter(logging.Formatter(_FORMAT))
        _installed.append(file_handler)
    if debug:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        _installed.append(stream)
    for handler in _installed:
        logger.addHandler(handler)
    return path


def close_logging() -> None:
    """Close the log file (tests, and before the process exits)."""
    logger = logging.getLogger(APP_LOGGER)
    for handler in _installed:
        logger.removeHandler(handler)
        with contextlib.suppress(OSError):
            handler.close()
    _installed.clear()
