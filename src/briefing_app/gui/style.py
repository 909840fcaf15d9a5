"""The app's look: fonts with CJK coverage and restrained style sheets (light, dark and high
contrast). With the "system" setting the look follows the desktop: its dark colour scheme
(``QStyleHints.colorScheme()``, Qt 6.5+) and its high-contrast preference (Qt 6.10+)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

logger = logging.getLogger(__name__)

UI_FONTS = ["Noto Sans", "DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK KR", "sans-serif"]

THEMES = ("light", "dark", "high-contrast")
READING_FONTS = ["Noto Serif", "DejaVu Serif", "Noto Serif CJK JP", "Noto Sans CJK JP", "serif"]
"""The reader's typefaces, first found first."""
"""The looks a setting can choose; "system" picks one of them from the desktop."""

# Each styled part of the window carries its own small style sheet, set on that widget alone
# (by ``style_part``), so that only those widgets are styled through Qt's style-sheet engine:
# an application-wide sheet makes every widget in every window pay for it when shown (a
# window on the sample was built and shown in 69 ms with one, 30 ms without). The rest of
# the look comes from the palette (``palette_for``). The parts are named by object name.
PART_SHEETS: dict[str, dict[str, str]] = {
    "light": {
        "mainToolbar": """
QToolBar { background: #1d3557; border: none; padding: 3px; spacing: 4px; }
QToolButton { color: #ffffff; padding: 4px 10px; border-radius: 3px; }
QToolButton:hover { background: #2c4a75; }
QToolButton:checked { background: #457b9d; }
QToolButton:disabled { color: #8da0b8; }
QToolBar::separator { background: #3d5a80; width: 1px; margin: 4px 6px; }
""",
        "reader": """
QTextEdit {
    background: #ffffff; border: 1px solid #d5d9e0;
    selection-background-color: #a8c5e6; selection-color: #000000;
}
""",
        "position": "QLabel { font-weight: bold; color: #1d3557; padding: 2px 2px 4px 2px; }",
        "quote": """
QLabel {
    font-style: italic; color: #333a45; padding: 4px;
    background: #fbf7e6; border-left: 3px solid #e9c46a;
}
""",
        "meta": "QLabel { color: #6b7280; }",
        "navigator": """
QTreeView { background: #ffffff; border: 1px solid #d5d9e0; }
QTreeView::item { padding: 3px 0; }
QTreeView::item:selected { background: #dbe7f5; color: #000000; }
""",
        "sectionNote": "QPlainTextEdit { background: #fffdf5; border: 1px solid #e6dcc0; }",
        "statusBar": "QLabel { padding: 0 8px; color: #374151; }",
        "doubtsBar": (
            "QFrame#doubtsBar { background: #fff4d6; border: 1px solid #e9c46a; "
            "border-radius: 3px; }"
        ),
    },
    # The reader stays a white page with dark text in every look: annotation highlights are
    # light colours, readable only under dark text.
    "dark": {
        "mainToolbar": """
QToolBar { background: #10243d; border: none; padding: 3px; spacing: 4px; }
QToolButton { color: #e8edf3; padding: 4px 10px; border-radius: 3px; }
QToolButton:hover { background: #23446b; }
QToolButton:checked { background: #35668c; }
QToolButton:disabled { color: #6c7d92; }
QToolBar::separator { background: #35506f; width: 1px; margin: 4px 6px; }
""",
        "reader": """
QTextEdit {
    background: #f7f5ef; color: #16181b; border: 1px solid #3a404a;
    selection-background-color: #a8c5e6; selection-color: #000000;
}
""",
        "position": "QLabel { font-weight: bold; color: #9cc3ef; padding: 2px 2px 4px 2px; }",
        "quote": """
QLabel {
    font-style: italic; color: #e6e1cf; padding: 4px;
    background: #39341f; border-left: 3px solid #e9c46a;
}
""",
        "meta": "QLabel { color: #a4acb8; }",
        "navigator": """
QTreeView { background: #262a30; border: 1px solid #3a404a; }
QTreeView::item { padding: 3px 0; }
QTreeView::item:selected { background: #2f4d70; color: #ffffff; }
""",
        "sectionNote": (
            "QPlainTextEdit { background: #2b2a24; color: #f0ede2; border: 1px solid #5a5440; }"
        ),
        "statusBar": "QLabel { padding: 0 8px; color: #c9d1db; }",
        "doubtsBar": (
            "QFrame#doubtsBar { background: #3d3418; border: 1px solid #c9a43f; "
            "border-radius: 3px; }"
        ),
    },
    "high-contrast": {
        "mainToolbar": """
QToolBar { background: #000000; border: none; padding: 3px; spacing: 4px; }
QToolButton {
    color: #ffffff; padding: 4px 10px; border: 2px solid #ffffff; border-radius: 0;
}
QToolButton:hover, QToolButton:focus { background: #ffff00; color: #000000; }
QToolButton:checked { background: #ffffff; color: #000000; }
QToolButton:disabled { color: #9a9a9a; border-color: #9a9a9a; }
""",
        "reader": """
QTextEdit {
    background: #ffffff; color: #000000; border: 2px solid #000000;
    selection-background-color: #000000; selection-color: #ffffff;
}
QTextEdit:focus { border: 3px solid #0000ff; }
""",
        "position": "QLabel { font-weight: bold; color: #000000; padding: 2px 2px 4px 2px; }",
        "quote": """
QLabel {
    font-style: italic; color: #000000; padding: 4px;
    background: #ffffff; border-left: 4px solid #000000;
}
""",
        "meta": "QLabel { color: #000000; }",
        "navigator": """
QTreeView { background: #ffffff; border: 2px solid #000000; }
QTreeView:focus { border: 3px solid #0000ff; }
QTreeView::item { padding: 3px 0; }
QTreeView::item:selected { background: #000000; color: #ffffff; }
""",
        "sectionNote": """
QPlainTextEdit { background: #ffffff; color: #000000; border: 2px solid #000000; }
QPlainTextEdit:focus { border: 3px solid #0000ff; }
""",
        "statusBar": "QLabel { padding: 0 8px; color: #000000; }",
        "doubtsBar": "QFrame#doubtsBar { background: #ffffff; border: 3px solid #000000; }",
    },
}

APP_SHEETS = {
    "light": "",
    "dark": "",
    # Where focus is must be plain to see on every field of every window: this look alone
    # keeps an application-wide sheet, and pays its cost.
    "high-contrast": """
QPlainTextEdit:focus, QLineEdit:focus, QTableView:focus, QListWidget:focus, QTextEdit:focus,
QTreeView:focus { border: 3px solid #0000ff; }
""",
}

THEME_PROPERTY = "briefingTheme"
"""The application property holding the look in use."""


def current_theme() -> str:
    """The look in use ("light" until one is applied)."""
    app = QCoreApplication.instance()
    theme = app.property(THEME_PROPERTY) if app is not None else None
    return theme if theme in THEMES else "light"


def style_part(widget: QWidget, part: str | None = None) -> None:
    """Give ``widget`` the look of ``part`` (default: its object name) in the current look;
    ``apply_theme`` restyles it when the look changes."""
    if part is None:
        part = widget.objectName()
    else:
        widget.setObjectName(part)
    widget.setStyleSheet(PART_SHEETS[current_theme()][part])


def apply_theme(app: QApplication, theme: str) -> None:
    """Put the look ``theme`` on the application and on every styled part that exists."""
    app.setProperty(THEME_PROPERTY, theme)
    app.setPalette(palette_for(theme))
    app.setStyleSheet(APP_SHEETS[theme])
    sheets = PART_SHEETS[theme]
    for widget in app.allWidgets():
        sheet = sheets.get(widget.objectName())
        if sheet is not None and widget.styleSheet():
            widget.setStyleSheet(sheet)


def system_theme() -> str:
    """The look the desktop asks for: "high-contrast", "dark" or "light"."""
    # Imported here: PySide builds the whole Qt namespace on first use (some 20 ms), which
    # the start window does without (see ``first_look``).
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    contrast = getattr(Qt, "ContrastPreference", None)
    if (
        accessibility is not None
        and contrast is not None
        and accessibility().contrastPreference() == contrast.HighContrast
    ):
        return "high-contrast"
    scheme = getattr(hints, "colorScheme", None)  # Qt 6.5+
    if scheme is not None and scheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def resolve_theme(setting: str) -> str:
    """The look for a setting: itself when it names one, else the desktop's."""
    return setting if setting in THEMES else system_theme()


def first_look(setting: str, last_used: object) -> str:
    """The look to paint the first window in, before the desktop is asked.

    A setting naming a look is that look; "system" is the look the app ended in last time
    (``last_used``; the desktop's scheme rarely changes between runs), or light. The editor
    then asks the desktop (``ThemeFollower``) and corrects it if it changed.
    """
    if setting in THEMES:
        return setting
    return last_used if isinstance(last_used, str) and last_used in THEMES else "light"


DISABLED_TEXT = {"dark": "#7a8493", "high-contrast": "#6e6e6e"}
"""The text colour of disabled controls where the palette is the app's own."""


def palette_for(theme: str) -> QPalette:
    """The palette under the style sheet (the sheet styles only the app's own parts)."""
    palette = QPalette()
    if theme == "dark":
        colours = {
            QPalette.ColorRole.Window: "#1e2227",
            QPalette.ColorRole.WindowText: "#e8edf3",
            QPalette.ColorRole.Base: "#262a30",
            QPalette.ColorRole.AlternateBase: "#2c3138",
            QPalette.ColorRole.Text: "#e8edf3",
            QPalette.ColorRole.Button: "#2c3138",
            QPalette.ColorRole.ButtonText: "#e8edf3",
            QPalette.ColorRole.Highlight: "#35668c",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.ToolTipBase: "#2c3138",
            QPalette.ColorRole.ToolTipText: "#e8edf3",
            QPalette.ColorRole.PlaceholderText: "#8d96a3",
            QPalette.ColorRole.Link: "#9cc3ef",
        }
    elif theme == "high-contrast":
        colours = {
            QPalette.ColorRole.Window: "#ffffff",
            QPalette.ColorRole.WindowText: "#000000",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#f0f0f0",
            QPalette.ColorRole.Text: "#000000",
            QPalette.ColorRole.Button: "#ffffff",
            QPalette.ColorRole.ButtonText: "#000000",
            QPalette.ColorRole.Highlight: "#000000",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.PlaceholderText: "#333333",
            QPalette.ColorRole.Link: "#0000cc",
        }
    else:
        colours = {QPalette.ColorRole.Window: "#f4f5f7"}
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    dimmed = DISABLED_TEXT.get(theme)
    if dimmed is not None:  # a disabled field must not look like one that takes typing
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(dimmed))
    return palette


class ThemeFollower(QObject):
    """Applies the look for a setting and, for "system", follows the desktop as it changes."""

    def __init__(self, app: QApplication, setting: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self.setting = setting
        self.theme = app.property(THEME_PROPERTY) or ""
        """The look in use (applied again only when the setting or the desktop changes it)."""
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _scheme: self.refresh())
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(lambda _c: self.refresh())
        self.refresh()

    def set_setting(self, setting: str) -> None:
        """Switch to another setting ("system", "light", "dark", "high-contrast")."""
        self.setting = setting
        self.refresh()

    def refresh(self) -> None:
        """Apply the look the setting (or the desktop) asks for, if it changed."""
        theme = resolve_theme(self.setting)
        if theme == self.theme:
            return
        self.theme = theme
        apply_theme(self._app, theme)
        logger.info("Look: %s (setting %s)", theme, self.setting)
