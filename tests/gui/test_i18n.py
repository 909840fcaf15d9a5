"""The app in Japanese: a complete catalogue, loaded at start-up, and no English left showing.

The walk builds the same screens twice, in English and in Japanese, and compares every visible
string widget by widget: a string that stays the same was never passed through ``tr()`` (or
was left untranslated), unless it is on the allow-list (numbers, symbols, proper nouns, text
that comes from the readout itself).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing_app.core.opening import sample_project
from briefing_app.gui import help_dialogs
from briefing_app.gui.context import AppContext
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.export_dialog import make_export_dialog
from briefing_app.gui.i18n import (
    current_language,
    install_translators,
    locale_date,
    qm_bytes,
    remove_translators,
    ui_language,
)
from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.launch import make_application
from briefing_app.gui.main_window import MainWindow
from briefing_app.gui.title_dialog import TitleDateDialog

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "briefing_app_ja.ts"
GUI_SOURCES = ROOT / "src" / "briefing_app" / "gui"

ALLOWED = {
    "✓",  # the reviewed column's heading
    "Briefing",  # the app's name
    "OK",  # Japanese buttons say OK too (Qt's own translation)
}
"""Strings that are the same in every language."""


def _allowed(text: str) -> bool:
    return text in ALLOWED or not re.search(r"[A-Za-z]{2,}", text)


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


# -- (a) the catalogue -----------------------------------------------------------------------
def test_japanese_catalogue_is_complete() -> None:
    messages = _messages()
    assert len(messages) > 200
    problems = []
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        text = translation.text or ""
        if kind in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
        elif sorted(re.findall(r"\{\w*\}", source)) != sorted(re.findall(r"\{\w*\}", text)):
            problems.append(f"{context}: {source!r} → {text!r} changes the placeholders")
        elif ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            problems.append(f"{context}: {source!r} → {text!r} loses or adds the accelerator")
    assert problems == []


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="pyside6-lupdate not installed",
)
def test_catalogue_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate over today's sources finds no string the .ts lacks (nothing new to translate)."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    sources = sorted(str(path) for path in GUI_SOURCES.glob("*.py"))
    command = [lupdate, "-locations", "none", *sources, "-ts", str(copy)]
    subprocess.run(command, check=True, capture_output=True)
    root = ET.parse(copy).getroot()
    unfinished = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == [], "run scripts/update_translations.py and translate these"


@pytest.fixture
def japanese(qtbot: QtBot) -> Iterator[None]:
    make_application()
    translators = install_translators("ja")
    assert len(translators) >= 1, "the compiled .qm was not found: run scripts/setup.sh"
    yield
    remove_translators()


def test_compiled_catalogue_loads_and_translates(japanese: None) -> None:
    assert qm_bytes("ja") is not None
    assert current_language() == "ja"
    assert QCoreApplication.translate("Workspace", "Find") == "検索"
    assert QCoreApplication.translate("NoteFields", "Subject") == "件名"
    assert QLocale().language() == QLocale.Language.Japanese
    # Dates follow the locale: year first in Japanese.
    import datetime as dt

    assert locale_date(dt.date(2026, 12, 15)).startswith("2026")


def test_english_installs_nothing_and_the_setting_wins_over_the_system() -> None:
    make_application()
    assert install_translators("en") == []
    assert QCoreApplication.translate("Workspace", "Find") == "Find"
    assert ui_language("ja") == "ja"
    assert ui_language("en") == "en"
    assert ui_language("") in ("en", "ja")


def test_dates_read_as_english_when_the_system_locale_is_the_bare_c_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An unset LANG gives the "C" locale, whose short date was "1 12 2026"."""
    make_application()
    monkeypatch.setattr(QLocale, "system", staticmethod(QLocale.c))
    try:
        install_translators("en")
        assert QLocale().language() == QLocale.Language.English
        shown = locale_date(dt.date(2026, 12, 1))
        assert shown != "1 12 2026" and "12" in shown and "26" in shown
    finally:
        monkeypatch.undo()
        install_translators("en")


def test_user_guide_follows_the_ui_language(japanese: None) -> None:
    dialog = help_dialogs.user_guide_dialog()
    try:
        browser = dialog.findChild(QTextBrowser)
        assert browser is not None
        assert dialog.windowTitle() == "Briefing — 利用の手引き"
        assert browser.accessibleName() == "利用の手引き"
        assert "会談記録を開く" in browser.toPlainText()
    finally:
        dialog.deleteLater()
    assert help_dialogs.user_guide_name("en") == help_dialogs.USER_GUIDE
    assert help_dialogs.user_guide_name() == "user_guide.ja.md"


# -- (b) nothing English left showing --------------------------------------------------------
def visible_strings(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every string a person sees or hears under ``root``, in widget order."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str) -> None:
        if text:
            found.append((where, text))

    widgets = [root, *root.findChildren(QWidget)]
    for index, widget in enumerate(widgets):
        if widget.objectName().startswith("qt_"):
            continue
        where = f"{index}:{type(widget).__name__}"
        add(f"{where}.toolTip", widget.toolTip())
        add(f"{where}.accessibleName", widget.accessibleName())
        if isinstance(widget, QDialog):
            add(f"{where}.windowTitle", widget.windowTitle())
        if isinstance(widget, QLabel) and widget.objectName() not in ("quote", "meta"):
            add(f"{where}.text", widget.text())
        if isinstance(widget, QAbstractButton):
            add(f"{where}.text", widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            add(f"{where}.placeholder", widget.placeholderText())
        if isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                add(f"{where}.tab{tab}", widget.tabText(tab))
        if isinstance(widget, QComboBox):
            for item in range(widget.count()):
                add(f"{where}.item{item}", widget.itemText(item))
        header = (
            widget.horizontalHeader()
            if isinstance(widget, QTableView)
            else widget.header()
            if isinstance(widget, QTreeView)
            else None
        )
        if header is not None and widget.model() is not None:
            model = widget.model()
            for column in range(header.count()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        add(f"{where}.header{column}.{role}", value)
        for number, action in enumerate(widget.actions()):
            add(f"{where}.action{number}", action.text())
    return found


def _screens(qtbot: QtBot) -> list[QWidget]:
    """The workspace on the sample, the export dialog and the title dialog (not shown)."""
    context = AppContext.create(ScriptedInteraction())
    window = MainWindow(context, ProjectDocument(sample_project()))
    qtbot.addWidget(window)
    workspace = window.workspace
    assert workspace is not None
    workspace.show_section(0)  # the position line, the section note's label
    workspace.annotation_panel.show_annotation(None)
    export = make_export_dialog(window)
    title = TitleDateDialog("Japan-Russia Foreign Ministers' Meeting", "February 11", window)
    shortcuts = help_dialogs.shortcuts_dialog(window.menuBar(), window)
    return [workspace, export, title, shortcuts]


def _untranslated(english: list[tuple[str, str]], japanese: list[tuple[str, str]]) -> list[str]:
    assert [where for where, _ in english] == [where for where, _ in japanese]
    return [
        f"{where}: {text!r}"
        for (where, text), (_, shown) in zip(english, japanese, strict=True)
        if text == shown and not _allowed(text)
    ]


# The export dialog's template name and description come from the template file itself.
_FROM_ELSEWHERE = re.compile(r"^\d+:QLabel\.text: '<b>")


def test_japanese_ui_shows_no_english(qtbot: QtBot) -> None:
    make_application()
    english = [visible_strings(screen) for screen in _screens(qtbot)]
    install_translators("ja")
    try:
        japanese = [visible_strings(screen) for screen in _screens(qtbot)]
    finally:
        remove_translators()
    # the readout's own words (a section's label, shown whole on hover) are not the UI's
    readout_words = {f"{node.label!r}" for node in sample_project().readout.walk()}
    left = []
    for before, after in zip(english, japanese, strict=True):
        left += [
            item
            for item in _untranslated(before, after)
            if not _FROM_ELSEWHERE.search(item) and item.split(": ", 1)[-1] not in readout_words
        ]
    assert left == []
    assert sum(len(strings) for strings in japanese) > 100  # the walk really saw the screens


def test_the_walk_catches_an_untranslated_string(qtbot: QtBot) -> None:
    """A label set without tr() stays English in the Japanese UI and is reported."""
    make_application()
    plain = QLabel("Unreviewed only")
    qtbot.addWidget(plain)
    english = visible_strings(plain)
    install_translators("ja")
    try:
        japanese = visible_strings(plain)
    finally:
        remove_translators()
    assert _untranslated(english, japanese) == ["0:QLabel.text: 'Unreviewed only'"]
