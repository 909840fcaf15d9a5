"""Drives a document's autosave policy from Qt: edits mark it, a timer writes recovery files."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from briefing_app.core.errors import BriefingError
from briefing_app.gui.document import ProjectDocument

TICK_MS = 500


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
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        document.undo_stack.indexChanged.connect(self._edited)
        document.undo_stack.cleanChanged.connect(self._clean_changed)

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

    def tick(self, now: float | None = None) -> bool:
        """Autosave if due; returns whether a recovery file was written."""
        if self._stopped:
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
        try:
            written = session.autosave_if_due(moment)
        except BriefingError as exc:
            if not self._failed_once:  # say it once, keep trying quietly
                self._failed_once = True
                self.failed.emit(str(exc))
            return False
        if written:
            self._failed_once = False
            self.autosaved.emit(str(session.recovery_path))
        return written

    def stop(self) -> None:
        """Stop autosaving this document (it is being closed or replaced)."""
        self._stopped = True
        self._timer.stop()
