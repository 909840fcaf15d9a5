"""The application context: built once at start-up and handed to the windows explicitly."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from briefing_app.core.settings import (
    APP_NAME,
    AppSettings,
    load_settings,
    save_settings,
)
from briefing_app.gui.interaction import Interaction
from briefing_app.gui.window_state import window_state_store

MAX_RECENT = 10


@dataclass
class AppContext:
    """Typed settings, the Qt settings store (geometry, recent files) and the user interaction."""

    settings: AppSettings
    interaction: Interaction
    qsettings: QSettings = field(default_factory=window_state_store)

    @classmethod
    def create(cls, interaction: Interaction, qsettings: QSettings | None = None) -> AppContext:
        """Load the user's settings; open the window-state store unless given one."""
        if qsettings is None:
            return cls(settings=load_settings(), interaction=interaction)
        return cls(settings=load_settings(), interaction=interaction, qsettings=qsettings)

    def save_settings(self) -> None:
        save_settings(self.settings)

    # -- recent files --------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self.qsettings.value("recent_files", [])
        items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        return [Path(item) for item in items if item]

    def add_recent(self, path: Path) -> None:
        items = [str(path.resolve())] + [
            str(p) for p in self.recent_files() if p.resolve() != path.resolve()
        ]
        self.qsettings.setValue("recent_files", items[:MAX_RECENT])

    def last_project(self) -> Path | None:
        value = self.qsettings.value("last_project", "")
        return Path(value) if isinstance(value, str) and value else None

    def set_last_project(self, path: Path | None) -> None:
        self.qsettings.setValue("last_project", str(path) if path else "")


__all__ = ["APP_NAME", "AppContext"]
