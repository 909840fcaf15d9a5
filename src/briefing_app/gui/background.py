"""Work off the UI thread: a function run by a worker, its outcome delivered as a signal.

Reading and importing a big readout, or writing an autosave to a slow network drive, must not
freeze the window. :class:`BackgroundJob` runs a plain (Qt-free) function on a thread pool and
emits ``finished(result)`` or ``failed(exception)`` back on the UI thread. Python code cannot
be interrupted safely, so :meth:`BackgroundJob.cancel` stops the waiting instead: the worker
runs to its end and its outcome is discarded.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

logger = logging.getLogger(__name__)

T = TypeVar("T")

BIG_BUILD_BYTES = 2_000_000
"""From this input size on, :func:`build_long_lived` freezes what it built."""


class _Carrier(QObject):
    """Created on the UI thread, emitted from the worker: the connection is queued."""

    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, function: Callable[[], Any], carrier: _Carrier) -> None:
        super().__init__()
        self._function = function
        self._carrier = carrier

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as exc:  # delivered to the UI thread, which decides what to show
            logger.debug("Background job failed: %s", exc)
            self._carrier.failed.emit(exc)
        else:
            self._carrier.finished.emit(result)


class BackgroundJob(QObject):
    """One function run on a worker thread; ``finished``/``failed`` arrive on the UI thread.

    After :meth:`cancel` neither signal is emitted, whatever the worker ends with.
    ``ended`` is emitted once, when the job stops being waited for: its outcome was delivered,
    or it was cancelled (the worker may still be running then; ``done`` says when it is not).
    """

    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(
        self,
        function: Callable[[], Any],
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._function = function
        self._pool = pool or QThreadPool.globalInstance()
        self._carrier = _Carrier()
        self._carrier.finished.connect(self._on_finished)
        self._carrier.failed.connect(self._on_failed)
        self.cancelled = False
        self._ended = False
        self.done = False
        """The worker has ended (its outcome delivered, or discarded when cancelled)."""

    def start(self) -> BackgroundJob:
        """Hand the function to the pool; returns the job."""
        self._pool.start(_Runnable(self._function, self._carrier))
        return self

    def cancel(self) -> None:
        """Stop waiting: the outcome, when it comes, is discarded."""
        if not self._ended:
            self.cancelled = True
            self._end()

    def wait(self) -> None:
        """Process events until the outcome is delivered or the job is cancelled (the window
        stays responsive meanwhile)."""
        if self._ended:
            return
        loop = QEventLoop()
        self.ended.connect(loop.quit)
        loop.exec()
        self.ended.disconnect(loop.quit)

    def _end(self) -> None:
        self._ended = True
        self.ended.emit()

    def _on_finished(self, result: object) -> None:
        self.done = True
        if not self.cancelled:
            self.finished.emit(result)
            self._end()

    def _on_failed(self, error: object) -> None:
        self.done = True
        if not self.cancelled:
            self.failed.emit(error)
            self._end()


def build_long_lived(function: Callable[[], T], size: int) -> T:
    """Run ``function``, which builds a large, long-lived object graph from ``size`` bytes
    (an imported readout), with the cyclic garbage collector paused; then freeze the result.

    The collector is process-wide and holds the interpreter lock: its first pass over the
    millions of objects of a 50 MB readout took most of a second, on whichever thread happened
    to trigger it, often the UI thread. Frozen objects are never scanned again (they are
    still freed when no longer referenced). Small inputs are left alone.
    """
    if size < BIG_BUILD_BYTES:
        return function()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return function()
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


class CollectorPause:
    """Keep the cyclic garbage collector off while a big, short-lived job runs (an export's
    copy of the project and its render), and on again when the last such job ends.

    The collector is process-wide and holds the interpreter lock: a full pass triggered by
    the export's allocations blocked the UI thread for 150-190 ms on a 50 MB readout. What
    the job allocates is freed by reference counting when it ends, so nothing piles up.
    """

    _paused = 0
    _was_enabled = True

    @classmethod
    def pause(cls) -> None:
        """Turn the collector off (nested pauses count)."""
        if cls._paused == 0:
            cls._was_enabled = gc.isenabled()
            gc.disable()
        cls._paused += 1

    @classmethod
    def resume(cls) -> None:
        """Undo one pause; the last one turns the collector back on as it was."""
        if cls._paused == 0:
            return
        cls._paused -= 1
        if cls._paused == 0 and cls._was_enabled:
            gc.enable()


def run_in_background(
    function: Callable[[], Any],
    parent: QObject | None = None,
    *,
    pool: QThreadPool | None = None,
) -> BackgroundJob:
    """Start ``function`` on a worker thread; connect to the returned job's signals."""
    return BackgroundJob(function, parent, pool=pool).start()


class ProgressStrip(QWidget):
    """A status-bar strip for work under way: what it is, a busy bar and a Cancel button."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: an import cannot say how far it has got
        self.bar.setMaximumWidth(160)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop waiting; what is open stays as it is"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, text: str) -> None:
        """Show the strip with ``text``."""
        self.label.setText(text)
        self.show()

    def end(self) -> None:
        """Hide the strip."""
        self.hide()
