"""Help › User Guide and Help › Keyboard Shortcuts: read-only windows over bundled text."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.resources import resource_bytes
from briefing_app.gui.i18n import current_language

log = logging.getLogger(__name__)

USER_GUIDE = "user_guide.md"
USER_GUIDES = {"ja": "user_guide.ja.md"}
"""The guide in another language than English, by UI language."""


def user_guide_name(language: str | None = None) -> str:
    """The bundled guide for the UI language (``language``, else the installed one)."""
    return USER_GUIDES.get(language or current_language(), USER_GUIDE)


def _dialog(parent: QWidget | None, title: str, body: QWidget, size: tuple[int, int]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body)
    layout.addWidget(buttons)
    dialog.resize(*size)
    return dialog


def user_guide_dialog(parent: QWidget | None = None) -> QDialog:
    """The short user guide (``resources/user_guide.md``, or the UI language's) in a window."""
    browser = QTextBrowser()
    browser.setOpenExternalLinks(True)
    browser.setAccessibleName(QCoreApplication.translate("HelpDialogs", "User guide"))
    browser.setMarkdown(resource_bytes(user_guide_name()).decode("utf-8"))
    return _dialog(
        parent,
        QCoreApplication.translate("HelpDialogs", "Briefing — User Guide"),
        browser,
        (680, 640),
    )


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu command that has a shortcut, in menu order."""
    rows = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        menu_name = menu_action.text().replace("&", "")
        for action in menu.actions():
            keys = _keys(action)
            if keys:
                rows.append((menu_name, action.text().replace("&", ""), keys))
    return rows


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in action.shortcuts() if not s.isEmpty())


def shortcuts_dialog(menu_bar: QMenuBar, parent: QWidget | None = None) -> QDialog:
    """Every keyboard shortcut of the menus, read from the actions themselves."""
    rows = shortcut_rows(menu_bar)
    table = QTableWidget(len(rows), 3)
    table.setAccessibleName(QCoreApplication.translate("HelpDialogs", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("HelpDialogs", "Menu"),
            QCoreApplication.translate("HelpDialogs", "Command"),
            QCoreApplication.translate("HelpDialogs", "Keys"),
        ]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return _dialog(
        parent, QCoreApplication.translate("HelpDialogs", "Keyboard Shortcuts"), table, (560, 620)
    )
