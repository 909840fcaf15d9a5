"""When to autosave, and keeping the last versions of a project as backups.

The policy is plain logic over timestamps, so the GUI drives it with a timer and tests drive
it with numbers: autosave a couple of seconds after the user stops editing, and at least every
``max_seconds`` while they keep editing; never when nothing changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from briefing_app.core.atomic import atomic_write_bytes, make_private_folder
from briefing_app.core.errors import ProjectError

logger = logging.getLogger(__name__)

BACKUP_FOLDER = ".briefing-backups"
_STAMP = r"\d{8}-\d{6}-\d{6}"


@dataclass
class AutosavePolicy:
    """Tracks unsaved changes and says when an autosave is due."""

    idle_seconds: float = 2.0
    max_seconds: float = 30.0
    first_change: float | None = None
    last_change: float | None = None

    @property
    def dirty(self) -> bool:
        return self.first_change is not None

    def changed(self, now: float) -> None:
        """Record an edit at time ``now`` (seconds, any monotonic clock)."""
        if self.first_change is None:
            self.first_change = now
        self.last_change = now

    def typing(self, now: float) -> None:
        """Record that typing not yet committed is under way at ``now``: it starts the
        ``max_seconds`` clock (so long typing is still autosaved) but not the idle one."""
        if self.first_change is None:
            self.first_change = now

    def due(self, now: float) -> bool:
        """Whether an autosave should happen now."""
        if self.first_change is None:
            return False
        idle = self.last_change is not None and now - self.last_change >= self.idle_seconds
        overdue = now - self.first_change >= self.max_seconds
        return idle or overdue

    def saved(self) -> None:
        """Everything up to now is safely on disk."""
        self.first_change = None
        self.last_change = None


def backup_folder(project_path: Path) -> Path:
    return project_path.parent / BACKUP_FOLDER


def make_backup(project_path: Path, keep: int, *, now: dt.datetime | None = None) -> Path | None:
    """Copy the project file as it is now into its backup folder, keeping the newest ``keep``.

    Nothing is copied when the file is missing, when ``keep`` is 0, or when the newest backup
    already has the same content (nothing changed since).
    """
    if keep <= 0 or not project_path.is_file():
        return None
    folder = backup_folder(project_path)
    existing = list_backups(project_path)
    content = project_path.read_bytes()
    if existing and existing[0].read_bytes() == content:
        return None
    make_private_folder(folder)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{project_path.stem}.{stamp}{project_path.suffix}"
    # Backups hold the same (possibly classified) text as the project: owner-only.
    atomic_write_bytes(target, content, error=ProjectError, private=True)
    with contextlib.suppress(OSError):
        stat = project_path.stat()
        os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    for old in list_backups(project_path)[keep:]:
        logger.info("Removing old backup %s", old)
        old.unlink(missing_ok=True)
    return target


def list_backups(project_path: Path) -> list[Path]:
    """Backups of this project (and no other project in the folder), newest first.

    A backup is named ``{stem}.{timestamp}{suffix}``; matching the timestamp exactly keeps
    ``meeting.v2.briefing``'s backups out of ``meeting.briefing``'s list.
    """
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    name = re.compile(f"{re.escape(project_path.stem)}\\.{_STAMP}{re.escape(project_path.suffix)}")
    found = [p for p in folder.iterdir() if name.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)
