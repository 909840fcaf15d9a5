"""Typed user settings: one pydantic model, stored as JSON in the user's config folder.

Window geometry, splitter sizes and recent files are Qt's business (QSettings); everything
the core needs lives here.
"""

from __future__ import annotations

import getpass
import json
import logging
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from briefing_app.core.atomic import atomic_write_text
from briefing_app.core.paths import APP_NAME, SETTINGS_FILE, config_dir, data_dir

logger = logging.getLogger(__name__)

__all__ = [
    "APP_NAME",
    "SETTINGS_FILE",
    "AppSettings",
    "config_dir",
    "data_dir",
    "load_settings",
    "save_settings",
]


def _default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class AppSettings(BaseModel):
    """What the user can set: who they are and how their work is protected."""

    author: str = Field(default_factory=_default_author)
    author_confirmed: bool = False
    """Whether the user has been asked their name (once, before their first annotation)."""
    autosave_idle_seconds: float = Field(default=2.0, ge=0.5, le=60)
    autosave_max_seconds: float = Field(default=30.0, ge=5, le=600)
    backups_kept: int = Field(default=5, ge=0, le=100)
    language: Literal["", "en", "ja"] = ""
    """The UI language: "" follows the system locale."""
    reader_font_size: float = Field(default=12.5, ge=6, le=40)
    """The reader's text size in points (Ctrl+plus / Ctrl+minus)."""
    theme: Literal["system", "light", "dark", "high-contrast"] = "system"
    """The look: "system" follows the desktop's light or dark scheme."""
    marking_scheme: str = "generic"
    """The marking rules new projects follow: the ones last chosen in the note form."""


def load_settings(path: Path | None = None) -> AppSettings:
    """The saved settings, or defaults when there are none or the file is unreadable."""
    path = path or config_dir() / SETTINGS_FILE
    try:
        return AppSettings.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return AppSettings()
    except (OSError, ValueError, ValidationError) as exc:
        logger.warning("Settings in %s unreadable, using defaults: %s", path, exc)
        return AppSettings()


def save_settings(settings: AppSettings, path: Path | None = None) -> None:
    """Write the settings atomically."""
    path = path or config_dir() / SETTINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, settings.model_dump_json(indent=2))
