"""One open project's life on disk: saving with backups, autosaving to a recovery file.

Qt-free, so the GUI, the CLI and the crash tests share exactly the same save path.

Recovery files are only ever replaced or deleted by the session that wrote them (or after the
user chose, for one they recovered): a second app on the same project, a project reopened
after "Decide later", or a read-only session never touch another session's unsaved work. A
read-only session writes and deletes no recovery file at all.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from briefing_app.core import locking
from briefing_app.core.autosave import AutosavePolicy, make_backup
from briefing_app.core.errors import ProjectError
from briefing_app.core.project import Project
from briefing_app.core.project_io import project_json, save_project
from briefing_app.core.recovery import (
    discard_recovery,
    new_session_id,
    recovery_chunks,
    recovery_header,
    recovery_path_for,
    recovery_session,
    session_recovery_path,
    write_recovery_bytes,
)
from briefing_app.core.settings import AppSettings

logger = logging.getLogger(__name__)


def _open_elsewhere(path: Path | None) -> locking.LockOwner | None:
    """The live holder of ``path``'s lock when it is another process."""
    if path is None:
        return None
    owner = locking.read_lock(path)
    if owner is None or owner.is_me() or locking.is_stale(owner):
        return None
    return owner


@dataclass(frozen=True)
class PendingAutosave:
    """A snapshot of the project taken for an autosave, to be written by :meth:`write`.

    Taking it is cheap (one pydantic call), so the GUI takes it on the UI thread; writing
    touches no session state, so it can run on a worker thread. The session books the result
    with :meth:`ProjectSession.autosave_written` or :meth:`ProjectSession.autosave_failed`.
    """

    target: Path
    header: dict[str, object]
    body: str | list[str]
    """The project's JSON text, whole or in pieces (written one after another)."""
    generation: int
    first_change: float | None
    last_change: float | None

    def write(self) -> None:
        """Write the recovery file (raises :class:`ProjectError` with a one-line reason)."""
        write_recovery_bytes(self.target, recovery_chunks(self.header, self.body))


class ProjectSession:
    """Saves, backs up and autosaves one project; the user's file is only written by save().

    ``read_only`` (default: whether another live app holds the project's lock) stops this
    session from writing the project file or any recovery file; Save As to a new file makes
    it writable.
    """

    def __init__(
        self,
        project: Project,
        path: Path | None,
        settings: AppSettings,
        session: str | None = None,
        *,
        read_only: bool | None = None,
    ) -> None:
        self.project = project
        self.path = path
        self.settings = settings
        self.session = session or new_session_id()
        self.policy = AutosavePolicy(settings.autosave_idle_seconds, settings.autosave_max_seconds)
        self.read_only = _open_elsewhere(path) is not None if read_only is None else read_only
        self._written: Path | None = None
        self._generation = 0
        """Bumped by every save and discard: an autosave snapshot taken before is stale."""
        """The recovery file this session wrote (and so may replace or delete)."""
        self._adopted: set[Path] = set()
        """Recovery files the user recovered into this session: deleted once it is saved, or
        when the user discards the changes (otherwise they would be offered again forever)."""
        self.source_path: Path | None = None
        """The readout imported in this session, if any (exports go beside it)."""

    @property
    def recovery_path(self) -> Path:
        """Where this session's autosave goes (never over another session's recovery file)."""
        usual = recovery_path_for(self.path, self.session)
        if self.path is None:
            # A recovered, never-saved project keeps autosaving into the file it came from,
            # so there is only ever one recovery file for it.
            return min(self._adopted) if self._adopted else usual
        own = session_recovery_path(self.path, self.session)
        if self._written in (usual, own):
            return self._written
        if not usual.exists() or recovery_session(usual) == self.session:
            return usual
        return own

    def changed(self, now: float) -> None:
        """Note an edit (``now`` from a monotonic clock)."""
        self.policy.changed(now)

    def autosave_if_due(self, now: float) -> bool:
        """Write the recovery file if an autosave is due; returns whether it wrote."""
        if not self.policy.due(now):
            return False
        return self.autosave()

    def autosave(self) -> bool:
        """Write the recovery file now (never the project file itself); returns whether it
        wrote (a read-only session writes nothing)."""
        pending = self.prepare_autosave()
        if pending is None:
            return False
        try:
            pending.write()
        except BaseException:
            self.autosave_failed(pending)
            raise
        return self.autosave_written(pending)

    def prepare_autosave(self, body: str | list[str] | None = None) -> PendingAutosave | None:
        """Snapshot the project for an autosave (None when read-only: nothing is written).

        ``body`` is the project's JSON text (or its pieces, see :func:`project_json_pieces`)
        when the caller made it already, from the project as it is now. The changes count as
        autosaved from here; :meth:`autosave_failed` says otherwise.
        """
        policy = self.policy
        first, last = policy.first_change, policy.last_change
        policy.saved()
        if self.read_only:
            logger.debug("Not autosaving %s: open read-only", self.path)
            return None
        header = recovery_header(self.project, self.path, session=self.session)
        if body is None:
            body = project_json(self.project)
        return PendingAutosave(self.recovery_path, header, body, self._generation, first, last)

    def autosave_written(self, pending: PendingAutosave) -> bool:
        """Book a written autosave; False when the project was saved or its changes discarded
        after the snapshot was taken (the file just written is then deleted: it is stale)."""
        if pending.generation != self._generation:
            logger.info("Dropping %s: saved or discarded while it was written", pending.target)
            self._drop_own(pending.target)
            return False
        if self._written is not None and self._written != pending.target:
            self._drop_own(self._written)
        self._written = pending.target
        return True

    def autosave_failed(self, pending: PendingAutosave) -> None:
        """The snapshot could not be written: its changes are still only in memory."""
        if pending.generation != self._generation or pending.first_change is None:
            return
        policy = self.policy
        first = policy.first_change
        policy.first_change = (
            pending.first_change if first is None else min(first, pending.first_change)
        )
        if policy.last_change is None:
            policy.last_change = pending.last_change

    def adopt_recovery(self, recovery: Path) -> None:
        """The user recovered ``recovery`` into this session: saving or discarding deletes it."""
        self._adopted.add(recovery)

    def save(self, path: Path | None = None) -> Path:
        """Save to ``path`` (or the current path): back up the old file, write atomically, and
        drop this session's recovery file, which the saved project now supersedes.

        Saving under a new name (Save As) moves this process's lock to the new file, and is
        refused when another app has that file open.
        """
        target = path or self.path
        if target is None:
            raise ValueError("no path to save to")
        if self.read_only and target == self.path:
            raise ProjectError.coded("project.read_only", name=target.name)
        moved = target != self.path
        if moved:
            owner = locking.move_lock(self.path, target)
            if owner is not None:
                raise ProjectError(
                    f"{target.name} is open in another app ({owner.describe()}); "
                    "save under another name"
                )
        try:
            if target.exists():
                make_backup(target, self.settings.backups_kept)
            save_project(self.project, target)
        except BaseException:
            if moved:  # not saved there after all: the lock goes back where the project is
                if self.path is not None:
                    locking.move_lock(target, self.path)
                else:
                    locking.release(target)
            raise
        self.path = target
        self.read_only = False
        self.discard_recovery()  # this session's file, and those the user recovered into it
        self.policy.saved()
        return target

    def discard_recovery(self) -> None:
        """Forget this session's recovery file and those the user recovered into it (saved, or
        the user discarded the changes).

        Recovery files other sessions wrote, and the user has not recovered, are left for the
        user to decide on.
        """
        self._generation += 1
        if self._written is not None:
            self._drop_own(self._written)
            self._written = None
        if not self.read_only:
            for adopted in sorted(self._adopted):
                discard_recovery(adopted)
        self._adopted.clear()

    def close(self) -> None:
        """Release this process's lock on the project (when it holds it)."""
        if self.path is not None:
            locking.release(self.path)

    def _drop_own(self, recovery: Path) -> None:
        if self.read_only:
            return
        if recovery.exists() and recovery_session(recovery) not in (self.session, None):
            logger.warning("Not deleting %s: another session has written it", recovery)
            return
        discard_recovery(recovery)
