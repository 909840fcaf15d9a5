"""The settings the first window needs (language, look, text size), read without the models.

The start window is painted before pydantic and the settings model load (they take longer
than the window itself). It needs only the UI language, the look and the reader's text size;
this reads them from the settings file tolerantly. The full, validated settings follow a
moment later (``settings.load_settings``) and win wherever the two disagree (a file the
model rejects).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import NamedTuple

from briefing_app.core.paths import SETTINGS_FILE, config_dir

logger = logging.getLogger(__name__)

LANGUAGE_SETTINGS = ("", "en", "ja")
"""The UI language settings: "" follows the system locale."""
THEME_SETTINGS = ("system", "light", "dark", "high-contrast")
"""The look settings: "system" follows the desktop."""
DEFAULT_READER_SIZE = 12.5
READER_SIZES = (6.0, 40.0)
"""The reader's text size in points: the default, and the range the settings allow."""


class EarlySettings(NamedTuple):
    """The UI language, look and reader text size settings, as the settings file gives them."""

    language: str = ""
    theme: str = "system"
    reader_font_size: float = DEFAULT_READER_SIZE


def read_early_settings(path: Path | None = None) -> EarlySettings:
    """The language and look in the settings file; the defaults for anything missing or odd."""
    path = path or config_dir() / SETTINGS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return EarlySettings()
    except (OSError, ValueError) as exc:
        logger.debug("Settings in %s unreadable for the first window: %s", path, exc)
        return EarlySettings()
    if not isinstance(data, dict):
        return EarlySettings()
    language, theme = data.get("language", ""), data.get("theme", "system")
    size = data.get("reader_font_size", DEFAULT_READER_SIZE)
    in_range = isinstance(size, int | float) and not isinstance(size, bool)
    return EarlySettings(
        language=language if language in LANGUAGE_SETTINGS else "",
        theme=theme if theme in THEME_SETTINGS else "system",
        reader_font_size=float(size)
        if in_range and READER_SIZES[0] <= size <= READER_SIZES[1]
        else DEFAULT_READER_SIZE,
    )
