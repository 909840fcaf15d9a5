"""One open project's life on disk: saving with backups, autosaving to a recovery file.

Qt-free, so the GUI, the CLI and the crash tests share exactly the same save path.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.autosave import AutosavePolicy, make_backup
from briefing_app.core.project import Project
from briefing_app.core.project_io import save_project
from briefing_app.core.recovery import (
    discard_recovery,
    new_session_id,
    recovery_path_for,
    write_recovery,
)
from briefing_app.core.settings import AppSettings


class ProjectSession:
    """Saves, backs up and autosaves one project; the user's file is only written by save()."""

    def __init__(
        self, project: Project, path: Path | None, settings: AppSettings, session: str | None = None
    ) -> None:
        self.project = project
        self.path = path
        self.settings = settings
        self.session = session or new_session_id()
        self.policy = AutosavePolicy(settings.autosave_idle_seconds, settings.autosave_max_seconds)
        self._adopted: Path | None = None
        self.source_path: Path | None = None  # the readout imported in this session, if any

    @property
    def recovery_path(self) -> Path:
        """Where this project is autosaved: beside its file, or (never saved) in the user data
        folder, under the recovery file it was recovered from if any."""
        if self.path is None and self._adopted is not None:
            return self._adopted
        return recovery_path_for(self.path, self.session)

    def adopt_recovery(self, recovery: Path) -> None:
        """This project was recovered from ``recovery``: keep autosaving there, and remove it
        when the work is saved or discarded (otherwise it would be offered again forever)."""
        self._adopted = recovery

    def changed(self, now: float) -> None:
        """Note an edit (``now`` from a monotonic clock)."""
        self.policy.changed(now)

    def autosave_if_due(self, now: float) -> bool:
        """Write the recovery file if an autosave is due; returns whether it wrote."""
        if not self.policy.due(now):
            return False
        self.autosave()
        return True

    def autosave(self) -> None:
        """Write the recovery file now (never the project file itself)."""
        write_recovery(self.project, self.recovery_path, self.path)
        self.policy.saved()

    def save(self, path: Path | None = None) -> Path:
        """Save to ``path`` (or the current path): back up the old file, write atomically, and
        drop the recovery file, which the saved project now supersedes."""
        target = path or self.path
        if target is None:
            raise ValueError("no path to save to")
        old_recovery = self.recovery_path
        if target.exists():
            make_backup(target, self.settings.backups_kept)
        save_project(self.project, target)
        self.path = target
        discard_recovery(old_recovery)
        self._forget_adopted()
        discard_recovery(self.recovery_path)
        self.policy.saved()
        return target

    def discard_recovery(self) -> None:
        """Forget the recovery file (the user saved, or chose to discard their changes)."""
        discard_recovery(self.recovery_path)
        self._forget_adopted()

    def _forget_adopted(self) -> None:
        if self._adopted is not None:
            discard_recovery(self._adopted)
            self._adopted = None
