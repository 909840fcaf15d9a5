"""Accessibility: every control is named for a screen reader; the reader's text size follows
Ctrl+plus / Ctrl+minus and is kept in the settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.core.settings import load_settings
from briefing_app.gui import help_dialogs, style
from briefing_app.gui.accessibility import (
    accessible_name,
    bind_reader_font_size,
    unnamed_controls,
)
from briefing_app.gui.annotation_list import COLUMNS
from briefing_app.gui.export_dialog import make_export_dialog
from briefing_app.gui.launch import make_application
from briefing_app.gui.main_window import MainWindow
from briefing_app.gui.reader import DEFAULT_FONT_SIZE
from briefing_app.gui.title_dialog import TitleDateDialog
from tests.gui.conftest import annotate_by_keyboard


def _describe(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} in {type(w.parentWidget()).__name__}" for w in widgets]


def test_every_control_of_the_workspace_has_a_name(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.workspace
    assert workspace is not None
    assert _describe(unnamed_controls(workspace)) == []
    # With an annotation open, the editor's controls are enabled and still all named.
    section = workspace.sections[1]
    annotate_by_keyboard(window, qtbot, section.id, "Both sides agreed on the importance")
    assert workspace.annotation_panel.editor.isEnabled()
    assert _describe(unnamed_controls(workspace)) == []
    # The names are the ones a person needs, not generic ones.
    assert accessible_name(workspace.navigator) == "Sections of the readout"
    assert accessible_name(workspace.reader) == "Readout"
    assert accessible_name(workspace.annotation_panel.search) == "Filter annotations by words"
    assert accessible_name(workspace.find_panel.query) == "Find in readout"
    subject = workspace.note_panel.editors["subject"]
    assert accessible_name(subject) == "Subject"


def test_every_control_of_the_dialogs_has_a_name(window: MainWindow) -> None:
    export = make_export_dialog(window)
    title = TitleDateDialog("Title", "Date", window)
    shortcuts = help_dialogs.shortcuts_dialog(window.menuBar(), window)
    guide = help_dialogs.user_guide_dialog(window)
    try:
        for dialog in (export, title, shortcuts, guide):
            assert _describe(unnamed_controls(dialog)) == [], dialog.windowTitle()
        assert accessible_name(export.path) == "Save as"
        assert accessible_name(title.title_edit) == "Title:"  # its form row's label
    finally:
        for dialog in (export, title, shortcuts, guide):
            dialog.deleteLater()


def test_a_control_without_any_name_is_reported(qtbot: QtBot) -> None:
    """Own name, a label buddy, a form row's label and a button's text all name a control;
    a bare field is reported."""
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    bare, own, buddied, in_row = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
    own.setAccessibleName("Owner")
    label = QLabel("&Due:")
    label.setBuddy(buddied)
    layout.addRow(bare)
    layout.addRow(own)
    layout.addRow(label)
    layout.addRow(buddied)
    layout.addRow("Office", in_row)
    layout.addRow(QPushButton("Export"))
    assert unnamed_controls(form) == [bare]
    assert accessible_name(buddied) == "Due:"
    assert accessible_name(in_row) == "Office"


# -- (d) the reader's text size ---------------------------------------------------------------
def test_ctrl_plus_and_minus_change_the_reader_text_and_are_saved(
    window: MainWindow, qtbot: QtBot
) -> None:
    workspace = window.workspace
    assert workspace is not None
    bind_reader_font_size(workspace, window.context)
    reader = workspace.reader
    reader.setFocus()
    assert reader.font_size() == DEFAULT_FONT_SIZE
    first_block = reader.document().firstBlock()
    shown_before = first_block.charFormat().font().pointSizeF() or reader.font_size()

    qtbot.keyClick(reader, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert reader.font_size() == DEFAULT_FONT_SIZE + 3
    # The text itself is laid out again in the new size, not just the widget's font.
    body = reader.document().lastBlock().begin().fragment().charFormat().font().pointSizeF()
    assert body == DEFAULT_FONT_SIZE + 3
    assert load_settings().reader_font_size == DEFAULT_FONT_SIZE + 3

    # From the section note too (anywhere in the workspace), and back down.
    workspace.section_note.setFocus()
    qtbot.keyClick(workspace.section_note, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert reader.font_size() == DEFAULT_FONT_SIZE + 1.5
    assert load_settings().reader_font_size == DEFAULT_FONT_SIZE + 1.5
    assert workspace.section_note.toPlainText() == ""  # the keys typed nothing

    qtbot.keyClick(reader, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.font_size() == DEFAULT_FONT_SIZE
    assert shown_before > 0


def test_the_saved_text_size_is_used_and_bounded(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    window.context.settings.reader_font_size = 18
    bind_reader_font_size(workspace, window.context)
    assert workspace.reader.font_size() == 18
    for _ in range(30):
        workspace.change_reader_font_size(1)
    assert workspace.reader.font_size() == 32
    for _ in range(30):
        workspace.change_reader_font_size(-1)
    assert workspace.reader.font_size() == 8


# -- looks that follow the system ----------------------------------------------------------
@pytest.fixture
def restore_look() -> Iterator[QApplication]:
    app = make_application()
    theme = style.current_theme()
    yield app
    style.apply_theme(app, theme)


def test_the_look_follows_the_desktop_unless_set(
    restore_look: QApplication, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = restore_look
    workspace = window.workspace
    assert workspace is not None
    reader, navigator = workspace.reader, workspace.navigator
    desktop = {"theme": "light"}
    monkeypatch.setattr(style, "system_theme", lambda: desktop["theme"])
    follower = style.ThemeFollower(app, "system")
    try:
        assert reader.styleSheet() == style.PART_SHEETS["light"]["reader"]
        assert app.styleSheet() == ""  # only the styled parts pay for style sheets
        desktop["theme"] = "dark"  # the user switches the desktop to dark
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert follower.theme == "dark"
        assert reader.styleSheet() == style.PART_SHEETS["dark"]["reader"]
        assert navigator.styleSheet() == style.PART_SHEETS["dark"]["navigator"]
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        disabled = app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        enabled = app.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        assert enabled.lightness() - disabled.lightness() > 60  # disabled fields look it
        follower.set_setting("high-contrast")  # the setting overrides the desktop
        assert reader.styleSheet() == style.PART_SHEETS["high-contrast"]["reader"]
        assert "focus" in app.styleSheet()  # focus is drawn plainly on every field
        desktop["theme"] = "light"
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert follower.theme == "high-contrast"
    finally:
        follower.deleteLater()


def test_parts_created_after_a_change_of_look_get_the_new_look(
    restore_look: QApplication,
) -> None:
    style.apply_theme(restore_look, "dark")
    label = QLabel()
    style.style_part(label, "quote")
    assert label.objectName() == "quote"
    assert label.styleSheet() == style.PART_SHEETS["dark"]["quote"]
    style.apply_theme(restore_look, "light")
    assert label.styleSheet() == style.PART_SHEETS["light"]["quote"]


def test_every_look_styles_the_same_parts() -> None:
    parts = {theme: set(sheets) for theme, sheets in style.PART_SHEETS.items()}
    assert set(parts) == set(style.THEMES)
    assert parts["dark"] == parts["light"] == parts["high-contrast"]


def test_system_theme_reads_the_style_hints() -> None:
    make_application()
    assert style.system_theme() in style.THEMES
    assert style.resolve_theme("dark") == "dark"
    assert style.resolve_theme("system") == style.system_theme()


def test_highlighted_quotes_stay_readable_in_the_dark_look(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The quote cell's light highlight colour gets dark text, whatever the palette says."""
    workspace = window.workspace
    assert workspace is not None
    annotate_by_keyboard(window, qtbot, workspace.sections[1].id, "Both sides agreed")
    model = workspace.annotation_panel.all_model
    quote = model.index(0, COLUMNS.index("Quote"))
    background = model.data(quote, Qt.ItemDataRole.BackgroundRole).color()
    text = model.data(quote, Qt.ItemDataRole.ForegroundRole).color()
    assert background.lightness() - text.lightness() > 150
