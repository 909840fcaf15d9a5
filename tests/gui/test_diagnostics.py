"""The exception hook: an error in a slot is logged and shown, work can be saved, the app lives."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from briefing_app.core.logs import close_logging, log_file, setup_logging
from briefing_app.gui.diagnostics import install_exception_hook
from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.launch import make_application


def _broken_slot() -> None:
    raise ZeroDivisionError("a bug in a slot")


def test_an_error_in_a_slot_is_logged_shown_and_offers_to_save(qtbot: QtBot) -> None:
    make_application()
    setup_logging()
    interaction = ScriptedInteraction(0)  # "Save my work"
    saved: list[bool] = []
    hook = install_exception_hook(interaction, lambda: saved.append(True) or True)
    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.clicked.connect(_broken_slot)
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    try:
        button.show()
        qtbot.waitExposed(button)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.wait(50)
        assert saved == [True]
        kind, title, text = interaction.shown[0]
        assert (kind, title) == ("item", "Unexpected error")
        assert "ZeroDivisionError: a bug in a slot" in text and "Traceback" not in text
        # The app keeps running: the next click is handled (and the error shown once more).
        interaction.answers.append(1)  # "Continue"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.wait(50)
        assert len(clicks) == 2 and saved == [True] and len(interaction.shown) == 2
    finally:
        hook.uninstall()
        close_logging()
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError: a bug in a slot" in logged
    assert sys.excepthook is not hook


def test_a_failing_save_is_reported_not_raised(qtbot: QtBot) -> None:
    make_application()
    interaction = ScriptedInteraction(0)

    def failing_save() -> bool:
        raise OSError("disk gone")

    hook = install_exception_hook(interaction, failing_save)
    try:
        QTimer.singleShot(0, _broken_slot)
        qtbot.wait(50)
    finally:
        hook.uninstall()
        close_logging()
    assert [kind for kind, _, _ in interaction.shown] == ["item", "error"]
    assert "disk gone" in interaction.shown[1][2]


def test_log_file_is_in_the_state_folder(isolated_user_dirs: Path) -> None:
    path = setup_logging()
    close_logging()
    assert path is not None and path.is_relative_to(isolated_user_dirs / ".local" / "state")
