"""The Qt store of the window's state: geometry, column widths, look, recent files.

Read by the start window before anything else loads, so it needs only Qt and the paths.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from briefing_app.core.paths import WINDOW_STATE_FILE, config_dir

GEOMETRY_KEY = "geometry"
"""The window's size and place."""
SPLITTER_KEY = "splitter"
"""The widths of the navigator, the reader and the side panel."""
LOOK_KEY = "look"
"""The look the app ended in (the first window is painted in it when the setting is "system")."""


def window_state_store() -> QSettings:
    """The store (an INI file in the settings folder)."""
    return QSettings(str(config_dir() / WINDOW_STATE_FILE), QSettings.Format.IniFormat)
