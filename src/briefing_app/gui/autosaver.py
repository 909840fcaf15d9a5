"""Drives a document's autosave policy from Qt: edits mark it, a timer writes recovery files.

The timer's autosaves take the project's JSON text on the UI thread, in pieces of a
millisecond or two with events let through every few milliseconds (in one piece it took
40-120 ms for 10,000 annotations; a deep copy 640 ms), and write it on a worker, so a slow
or unreachable drive never freezes the window. An edit while the pieces are taken abandons
them (they would mix two states); the policy is still due, so the next tick starts again.
One autosave at a time: while one is under way the next is simply not started.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal

from briefing_app.core.errors import BriefingError
from briefing_app.core.project_io import project_json_pieces
from briefing_app.core.session import PendingAutosave
from briefing_app.gui.background import BackgroundJob, run_in_background
from briefing_app.gui.document import ProjectDocument

logger = logging.getLogger(__name__)

TICK_MS = 500
PIECES_BUDGET_S = 0.003
"""Pieces of a snapshot are taken for about this long, then events go through (a key press,
a section switch waits at most this plus one piece)."""


class Autosaver(QObject):
    """Writes the document's recovery file when its policy says so (never the project file)."""

    autosaved = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        document: ProjectDocument,
        parent: QObject | None = None,
        *,
        pending_typing: Callable[[], bool] = lambda: False,
        flush_typing: Callable[[], None] = lambda: None,
    ) -> None:
        """``pending_typing`` says whether an editor holds typing not yet committed, and
        ``flush_typing`` commits it: an autosave always includes what was typed."""
        super().__init__(parent)
        self._document = document
        self._pending_typing = pending_typing
        self._flush_typing = flush_typing
        self._failed_once = False
        self._stopped = False
        self._writing: BackgroundJob | None = None
        self._pieces: Iterator[str] | None = None
        self._parts: list[str] = []
        self._changes = 0
        self._changes_at_start = 0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(lambda: self.tick(background=True))
        self._timer.start()
        document.undo_stack.indexChanged.connect(self._edited)
        document.undo_stack.cleanChanged.connect(self._clean_changed)
        for signal in (
            document.annotations_changed,
            document.annotation_changed,
            document.structure_changed,
            document.reviewed_changed,
            document.section_note_changed,
            document.note_field_changed,
            document.taxonomy_changed,
        ):
            signal.connect(self._project_changed)

    def _project_changed(self, *_args: object) -> None:
        self._changes += 1

    def _edited(self, _index: int) -> None:
        if self._stopped:
            return
        if not self._document.undo_stack.isClean():
            self._document.session.changed(time.monotonic())

    def _clean_changed(self, clean: bool) -> None:
        if clean and not self._stopped:
            # Saved, or undone back to the saved state: a recovery file would only mislead.
            self._document.session.policy.saved()
            self._document.session.discard_recovery()

    @property
    def busy(self) -> bool:
        """Whether an autosave is under way (its snapshot being taken, or being written)."""
        return self._pieces is not None or self._writing is not None

    def tick(self, now: float | None = None, *, background: bool = False) -> bool:
        """Autosave if due; returns whether a recovery file was written (``background``:
        whether it was started: ``autosaved`` or ``failed`` follows)."""
        if self._stopped or self.busy:
            return False
        session = self._document.session
        moment = time.monotonic() if now is None else now
        if self._pending_typing():
            session.policy.typing(moment)
            if session.policy.due(moment):
                self._flush_typing()
                if self._document.undo_stack.isClean():  # typed, then typed back
                    session.policy.saved()
                    return False
        if not session.policy.due(moment):
            return False
        if background:
            self._pieces = project_json_pieces(session.project)
            self._parts = []
            self._changes_at_start = self._changes
            QTimer.singleShot(0, self._next_piece)
            return True
        pending = session.prepare_autosave()
        if pending is None:
            return False
        try:
            pending.write()
        except BriefingError as exc:
            self._failed(pending, exc)
            return False
        return self._written(pending)

    def _next_piece(self) -> None:
        """Take the next piece of the snapshot; when all are taken, write it on a worker."""
        pieces = self._pieces
        if pieces is None or self._stopped:
            return
        deadline = time.perf_counter() + PIECES_BUDGET_S
        try:
            while True:
                if self._changes != self._changes_at_start:
                    logger.debug("Autosave snapshot abandoned: the project changed meanwhile")
                    self._pieces = None
                    return
                self._parts.append(next(pieces))
                if time.perf_counter() >= deadline:
                    break
        except StopIteration:
            self._pieces = None
            parts, self._parts = self._parts, []
            self._write_in_background(parts)  # joined by the worker, a piece at a time
            return
        QTimer.singleShot(0, self._next_piece)

    def _write_in_background(self, body: list[str]) -> None:
        pending = self._document.session.prepare_autosave(body)
        if pending is None:
            return
        job = run_in_background(pending.write, self)
        job.finished.connect(lambda _result: self._written(pending))
        job.failed.connect(lambda error: self._failed(pending, error))
        self._writing = job

    def wait(self) -> None:
        """Wait (processing events) for an autosave being written to finish."""
        if self._writing is not None:
            self._writing.wait()

    def _written(self, pending: PendingAutosave) -> bool:
        self._writing = None
        written = self._document.session.autosave_written(pending)
        if written:
            self._failed_once = False
            self.autosaved.emit(str(pending.target))
        return written

    def _failed(self, pending: PendingAutosave, error: object) -> None:
        self._writing = None
        self._document.session.autosave_failed(pending)
        if not isinstance(error, BriefingError):
            logger.error("Autosave failed unexpectedly", exc_info=error)  # type: ignore[arg-type]
        if not self._failed_once:  # say it once, keep trying quietly
            self._failed_once = True
            self.failed.emit(str(error))

    def stop(self) -> None:
        """Stop autosaving this document (it is being closed or replaced)."""
        self._timer.stop()
        self._pieces = None  # a snapshot being taken is dropped (the policy stays due)
        self.wait()  # a write under way is booked (and dropped if it is stale by now)
        self._stopped = True
