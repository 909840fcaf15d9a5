"""Questions the app asks the user, behind one small interface.

The main window asks through an :class:`Interaction`; the real one shows Qt dialogs, and
tests install a :class:`ScriptedInteraction` that answers from a script, so no test ever
blocks on a modal dialog.
"""

from __future__ import annotations

from collections import deque
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class SaveChoice(Enum):
    """The answer to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Interaction(Protocol):
    """What the app may ask the user."""

    def error(self, title: str, message: str) -> None: ...
    def information(self, title: str, message: str) -> None: ...
    def ask_save_changes(self, name: str) -> SaveChoice: ...
    def choose_open_path(self, title: str, folder: str, filters: str) -> Path | None: ...
    def choose_save_path(self, title: str, suggested: str, filters: str) -> Path | None: ...
    def ask_text(self, title: str, label: str, value: str) -> str | None: ...
    def ask_multiline(self, title: str, label: str, value: str) -> str | None: ...
    def ask_item(self, title: str, label: str, items: list[str]) -> int | None: ...


class QtInteraction:
    """Real dialogs, parented to the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent, title, message)

    def information(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)

    def ask_save_changes(self, name: str) -> SaveChoice:
        answer = QMessageBox.warning(
            self.parent,
            "Unsaved changes",
            f"Save the changes to “{name}” before closing?\n\n"
            "If you don't save, your annotations since the last save are lost.",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return SaveChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    def choose_open_path(self, title: str, folder: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, filters)
        return Path(path) if path else None

    def choose_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return Path(path) if path else None

    def ask_text(self, title: str, label: str, value: str) -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, value)
        return text if ok else None

    def ask_multiline(self, title: str, label: str, value: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self.parent, title, label, value)
        return text if ok else None

    def ask_item(self, title: str, label: str, items: list[str]) -> int | None:
        if not items:
            return None
        item, ok = QInputDialog.getItem(self.parent, title, label, items, 0, False)
        return items.index(item) if ok and item in items else None


class ScriptedInteraction:
    """Answers from a queue, and records what was shown: for tests and headless runs."""

    def __init__(self, *answers: object) -> None:
        self.answers: deque[object] = deque(answers)
        self.shown: list[tuple[str, str, str]] = []

    def _next(self, kind: str, title: str, text: str) -> object:
        self.shown.append((kind, title, text))
        if not self.answers:
            raise AssertionError(f"unexpected {kind} dialog: {title}: {text}")
        return self.answers.popleft()

    def error(self, title: str, message: str) -> None:
        self.shown.append(("error", title, message))

    def information(self, title: str, message: str) -> None:
        self.shown.append(("information", title, message))

    def ask_save_changes(self, name: str) -> SaveChoice:
        answer = self._next("save?", "Unsaved changes", name)
        assert isinstance(answer, SaveChoice)
        return answer

    def choose_open_path(self, title: str, folder: str, filters: str) -> Path | None:
        return self._next("open", title, filters)  # type: ignore[return-value]

    def choose_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        return self._next("save as", title, suggested)  # type: ignore[return-value]

    def ask_text(self, title: str, label: str, value: str) -> str | None:
        return self._next("text", title, value)  # type: ignore[return-value]

    def ask_multiline(self, title: str, label: str, value: str) -> str | None:
        return self._next("multiline", title, value)  # type: ignore[return-value]

    def ask_item(self, title: str, label: str, items: list[str]) -> int | None:
        return self._next("item", title, "\n".join([label, *items]))  # type: ignore[return-value]
