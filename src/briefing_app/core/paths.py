"""Where the app keeps its settings and user data (light: no models loaded)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "briefing-app"
SETTINGS_FILE = "settings.json"
WINDOW_STATE_FILE = "window.ini"
"""The Qt settings store: window geometry, recent files, the last project."""


def config_dir() -> Path:
    """The folder settings live in (follows XDG_CONFIG_HOME on Linux)."""
    return user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The folder user data (templates, recovery files) lives in."""
    return user_data_path(APP_NAME, appauthor=False)
