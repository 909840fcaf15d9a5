"""The real dialogs behind the interaction interface: choices are push buttons, Escape cancels."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.gui.interaction import ChoiceBox, QtInteraction, ScriptedInteraction

# QMessageBox fixes its size, which the offscreen platform plugin (the tests' display) reports
# as unsupported; a real desktop does not.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _when_shown(qtbot: QtBot, act: Callable[[ChoiceBox], None]) -> list[ChoiceBox]:
    """Once the choice box is up (the caller is blocked in exec), let ``act`` answer it.

    If ``act`` leaves the box open, the first button is clicked a little later, so a broken
    dialog fails the test instead of blocking it."""
    seen: list[ChoiceBox] = []

    def unblock(box: ChoiceBox) -> None:
        if box.isVisible():
            box.choice_buttons[0].click()

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, ChoiceBox) and box.isVisible():
            seen.append(box)
            act(box)
            QTimer.singleShot(2000, box, lambda: unblock(box))  # dropped with the box
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _button(box: QMessageBox, label: str) -> QPushButton:
    found = [b for b in box.findChildren(QPushButton) if b.text() == label]
    assert len(found) == 1, [b.text() for b in box.findChildren(QPushButton)]
    return found[0]


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_each_choice_is_a_push_button_and_the_click_is_returned(
    qtbot: QtBot, parent: QWidget
) -> None:
    choices = ["Recover", "Discard", "Decide Later"]
    seen = _when_shown(
        qtbot, lambda box: qtbot.mouseClick(_button(box, "Discard"), Qt.MouseButton.LeftButton)
    )
    answer = QtInteraction(parent).ask_choice("Recover unsaved work?", "Found one.", choices, 2)
    assert answer == 1
    box = seen[0]
    assert box.text() == "Found one." and box.windowTitle() == "Recover unsaved work?"
    labels = [b.text() for b in box.choice_buttons]
    assert labels == choices  # no drop-down, no extra OK/Cancel
    assert len(box.findChildren(QPushButton)) == len(choices)
    assert box.defaultButton() is box.choice_buttons[2]


def test_escape_cancels_the_choice(qtbot: QtBot, parent: QWidget) -> None:
    seen = _when_shown(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    answer = QtInteraction(parent).ask_choice(
        "Project open elsewhere", "It is open.", ["Open Read-Only", "Cancel"], 0
    )
    assert seen and answer is None


def test_return_takes_the_default_choice(qtbot: QtBot, parent: QWidget) -> None:
    def press_return(box: ChoiceBox) -> None:
        box.defaultButton().setFocus()
        qtbot.keyClick(box.defaultButton(), Qt.Key.Key_Return)

    _when_shown(qtbot, press_return)
    answer = QtInteraction(parent).ask_choice("Replace?", "It exists.", ["Replace", "Cancel"], 1)
    assert answer == 1


def test_scripted_choice_records_the_buttons_and_checks_the_answer() -> None:
    scripted = ScriptedInteraction(0, None, 5)
    assert scripted.ask_choice("T", "Text.", ["A", "B"]) == 0
    assert scripted.ask_choice("T", "Text.", ["A", "B"]) is None
    with pytest.raises(AssertionError, match="not one of"):
        scripted.ask_choice("T", "Text.", ["A", "B"])
    assert scripted.offered == [["A", "B"]] * 3
    assert scripted.shown[0] == ("choice", "T", "Text.")
