"""Questions the app asks the user, behind one small interface.

The main window asks through an :class:`Interaction`; the real one shows Qt dialogs, and
tests install a :class:`ScriptedInteraction` that answers from a script, so no test ever
blocks on a modal dialog.
"""

from __future__ import annotations

import logging
from collections import deque
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from briefing_app.core.wording import as_sentence

logger = logging.getLogger(__name__)


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
    def choose_save_path(
        self, title: str, suggested: str, filters: str, *, confirm_overwrite: bool = True
    ) -> Path | None: ...
    def ask_text(self, title: str, label: str, value: str) -> str | None: ...
    def ask_multiline(self, title: str, label: str, value: str) -> str | None: ...
    def ask_item(self, title: str, label: str, items: list[str]) -> int | None: ...
    def ask_choice(
        self, title: str, text: str, choices: list[str], default: int = 0
    ) -> int | None: ...


class ChoiceBox(QMessageBox):
    """A question with one push button per choice, in the given order.

    Escape (or closing the window) cancels: no button is clicked, and the caller gets None.
    """

    def __init__(
        self, title: str, text: str, choices: list[str], default: int, parent: QWidget | None
    ) -> None:
        super().__init__(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        self.choice_buttons: list[QAbstractButton] = [
            self.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in choices
        ]
        if self.choice_buttons:
            self.setDefaultButton(self.choice_buttons[min(max(default, 0), len(choices) - 1)])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.reject()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.reject()

    def chosen(self) -> int | None:
        """The index of the clicked choice, or None when the box was cancelled."""
        clicked = self.clickedButton()
        for index, button in enumerate(self.choice_buttons):
            if button is clicked:
                return index
        return None


class QtInteraction:
    """Real dialogs, parented to the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def error(self, title: str, message: str) -> None:
        QMessageBox.critical(self.parent, title, as_sentence(message))

    def information(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, as_sentence(message))

    def ask_save_changes(self, name: str) -> SaveChoice:
        answer = QMessageBox.warning(
            self.parent,
            QCoreApplication.translate("Interaction", "Unsaved changes"),
            QCoreApplication.translate(
                "Interaction",
                "Save the changes to “{0}” before closing?\n\n"
                "If you don't save, your annotations since the last save are lost.",
            ).format(name),
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

    def choose_save_path(
        self, title: str, suggested: str, filters: str, *, confirm_overwrite: bool = True
    ) -> Path | None:
        options = QFileDialog.Option(0)
        if not confirm_overwrite:  # the caller asks itself, when it is about to write
            options |= QFileDialog.Option.DontConfirmOverwrite
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters, "", options)
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

    def ask_choice(self, title: str, text: str, choices: list[str], default: int = 0) -> int | None:
        """One push button per choice; returns the index clicked, or None for Escape."""
        if not choices:
            return None
        box = ChoiceBox(title, text, choices, default, self.parent)
        try:
            box.exec()
            answer = box.chosen()
        finally:
            box.deleteLater()
        logger.debug("%s: %s", title, "cancelled" if answer is None else choices[answer])
        return answer


class ScriptedInteraction:
    """Answers from a queue, and records what was shown: for tests and headless runs."""

    def __init__(self, *answers: object) -> None:
        self.answers: deque[object] = deque(answers)
        self.shown: list[tuple[str, str, str]] = []
        self.offered: list[list[str]] = []

    def _next(self, kind: str, title: str, text: str) -> object:
        self.shown.append((kind, title, text))
        if not self.answers:
            raise AssertionError(f"unexpected {kind} dialog: {title}: {text}")
        return self.answers.popleft()

    def error(self, title: str, message: str) -> None:
        self.shown.append(("error", title, as_sentence(message)))

    def information(self, title: str, message: str) -> None:
        self.shown.append(("information", title, as_sentence(message)))

    def ask_save_changes(self, name: str) -> SaveChoice:
        answer = self._next("save?", "Unsaved changes", name)
        assert isinstance(answer, SaveChoice)
        return answer

    def choose_open_path(self, title: str, folder: str, filters: str) -> Path | None:
        return self._next("open", title, folder)  # type: ignore[return-value]

    def choose_save_path(
        self, title: str, suggested: str, filters: str, *, confirm_overwrite: bool = True
    ) -> Path | None:
        return self._next("save as", title, suggested)  # type: ignore[return-value]

    def ask_text(self, title: str, label: str, value: str) -> str | None:
        return self._next("text", title, value)  # type: ignore[return-value]

    def ask_multiline(self, title: str, label: str, value: str) -> str | None:
        return self._next("multiline", title, value)  # type: ignore[return-value]

    def ask_item(self, title: str, label: str, items: list[str]) -> int | None:
        return self._next("item", title, "\n".join([label, *items]))  # type: ignore[return-value]

    def ask_choice(self, title: str, text: str, choices: list[str], default: int = 0) -> int | None:
        """Answers with the next scripted index (or None for Escape); the buttons are kept in
        ``offered``."""
        self.offered.append(list(choices))
        answer = self._next("choice", title, text)
        if answer is not None and not (isinstance(answer, int) and 0 <= answer < len(choices)):
            raise AssertionError(f"scripted answer {answer!r} is not one of {choices}")
        return answer
