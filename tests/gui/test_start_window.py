"""Starting the app: the sample's outline at once, then the editor in the same window."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from briefing_app.core.logs import close_logging, log_file, setup_logging
from briefing_app.gui.interaction import SaveChoice, ScriptedInteraction
from briefing_app.gui.launch import Startup, start_app
from briefing_app.gui.main_window import MainWindow
from briefing_app.gui.navigator_model import NavigatorModel
from briefing_app.gui.style import current_theme, first_look, resolve_theme


def _started(qtbot: QtBot, startup: Startup) -> MainWindow:
    qtbot.waitUntil(lambda: startup.window.editor is not None, timeout=15_000)
    editor = startup.window.editor
    assert isinstance(editor, MainWindow)
    return editor


@pytest.fixture
def starts(qtbot: QtBot) -> Iterator[list[Startup]]:
    """The app runs started in a test; each window is closed (edits dropped) afterwards."""
    runs: list[Startup] = []
    yield runs
    for startup in runs:
        editor = startup.window.editor
        if isinstance(editor, MainWindow) and editor.document is not None:
            if editor.workspace is not None:
                editor.workspace.flush_edits()
            editor.document.undo_stack.setClean()
        startup.window.close()
        if startup.hook is not None:
            startup.hook.uninstall()
        if startup.theme_follower is not None:
            startup.theme_follower.deleteLater()
        startup.window.deleteLater()
    QApplication.processEvents()


def _navigator_labels(model: NavigatorModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    labels: list[str] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        labels.append(str(model.data(index, Qt.ItemDataRole.DisplayRole)))
        labels.extend(_navigator_labels(model, index))
    return labels


def test_the_window_shows_the_sample_at_once_and_the_editor_takes_its_place(
    qtbot: QtBot, starts: list[Startup]
) -> None:
    startup = start_app(None, ScriptedInteraction())
    starts.append(startup)
    seen: dict[str, object] = {}

    def first_paint() -> None:
        preview = startup.window.preview
        assert preview is not None
        seen["outline"] = preview.outline_labels()
        seen["cover"] = preview.cover.toPlainText()
        seen["editor"] = startup.window.editor

    startup.window.first_painted.connect(first_paint)
    editor = _started(qtbot, startup)

    assert seen["editor"] is None, "the preview was painted before the editor was built"
    workspace = editor.workspace
    assert workspace is not None
    # The preview showed what the editor shows: the same rows, the same cover page.
    assert seen["outline"] == _navigator_labels(workspace.navigator_model)
    assert str(seen["outline"][0]).startswith("Overview — Japan-Russia Foreign Ministers'")
    assert "Saturday, January 28" in str(seen["cover"])
    # One window all along: the editor lives in it and the preview is gone.
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [startup.window]
    assert editor.window() is startup.window and startup.window.preview is None
    assert startup.window.windowTitle() == editor.windowTitle()
    assert "Briefing" in startup.window.windowTitle()


def test_keys_reach_the_editor_in_the_window_and_closing_asks_about_unsaved_work(
    qtbot: QtBot, starts: list[Startup]
) -> None:
    interaction = ScriptedInteraction()
    startup = start_app(None, interaction)
    starts.append(startup)
    editor = _started(qtbot, startup)
    window = startup.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    workspace = editor.workspace
    assert workspace is not None
    # Focus is where the editor shown on its own puts it: the first field in its tab order.
    assert window.focusWidget() is workspace.tag_filter

    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    query = workspace.find_panel.query
    assert isinstance(query, QLineEdit)
    qtbot.waitUntil(query.hasFocus)
    qtbot.keyClicks(query, "visa procedures")
    qtbot.waitUntil(lambda: workspace.find_panel.results.count() > 0)
    qtbot.keyClick(query, Qt.Key.Key_Return)  # the first hit, selected in the reader
    # Ctrl+E from the find box (end of line there, on X11) annotates the hit: the window's
    # shortcuts win over its text fields in the window that hosts the editor too.
    qtbot.keyClick(query, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    document = editor.document
    assert document is not None
    qtbot.waitUntil(lambda: len(document.project.annotations) == 1)
    (annotation,) = document.project.annotations
    assert annotation.anchor.quote.exact == "visa procedures"
    comment = QApplication.focusWidget()
    assert isinstance(comment, QPlainTextEdit)
    qtbot.keyClicks(comment, "Check the date of entry into force.")
    qtbot.keyClick(comment, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: document.project.annotations[0].comment != "")
    assert document.project.annotations[0].comment == "Check the date of entry into force."

    note = workspace.section_note
    assert isinstance(note, QPlainTextEdit)
    qtbot.mouseClick(note.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(note, "Raise the visa agreement first.")
    qtbot.keyClick(note, Qt.Key.Key_Tab)  # focus moves on: the note is committed
    qtbot.waitUntil(window.isWindowModified)  # the window's title shows the unsaved change
    qtbot.waitUntil(lambda: document.project.section_notes.get("", "") != "")
    # Ctrl+Z in the note is the window's undo (the field's own would push a new edit).
    qtbot.mouseClick(note.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.undo_stack.canRedo()
    qtbot.waitUntil(lambda: note.toPlainText() == "")

    # The title bar's close button (Alt+F4) closes the window: it asks first.
    interaction.answers.append(SaveChoice.CANCEL)
    window.close()
    assert interaction.shown[-1][0] == "save?"
    assert window.isVisible() and editor.isVisible(), "cancelling the question keeps it open"

    # File › Quit (Ctrl+Q where the desktop binds it) closes the window, not only the editor.
    interaction.answers.append(SaveChoice.DISCARD)
    editor.quit_action.trigger()
    assert [kind for kind, *_ in interaction.shown].count("save?") == 2
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_window_opens_where_and_in_the_look_it_was_closed(
    qtbot: QtBot, starts: list[Startup]
) -> None:
    first = start_app(None, ScriptedInteraction())
    starts.append(first)
    _started(qtbot, first)
    first.window.resize(900, 640)  # (the offscreen screen is small: only the height can differ)
    qtbot.waitUntil(lambda: first.window.size() == QSize(900, 640))
    first.window.close()
    assert not first.window.isVisible()
    look = first.window.qsettings.value("look")
    assert look == current_theme()

    # The look is the desktop's ("system"); say it ended dark: the next start paints dark
    # at once, and the editor then asks the desktop (light here) and follows it.
    first.window.qsettings.setValue("look", "dark")
    second = start_app(None, ScriptedInteraction())
    starts.append(second)
    assert second.window.size() == QSize(900, 640)  # before the editor exists
    assert current_theme() == "dark"
    _started(qtbot, second)
    assert second.window.size() == QSize(900, 640)
    assert current_theme() == resolve_theme("system")


def test_a_file_named_at_start_opens_in_the_editor(
    qtbot: QtBot, starts: list[Startup], tmp_path: Path
) -> None:
    readout = tmp_path / "talks.txt"
    readout.write_text(
        "Foreign Ministers' Talks\n\n1. Trade\nBoth sides agreed to meet again.\n",
        encoding="utf-8",
    )
    startup = start_app(readout, ScriptedInteraction())
    starts.append(startup)
    editor = _started(qtbot, startup)
    qtbot.waitUntil(
        lambda: editor.document is not None and editor.document.project.source_name == "talks.txt",
        timeout=15_000,
    )
    assert "talks" in startup.window.windowTitle()


def test_an_editor_that_cannot_be_built_is_a_dialog_and_a_logged_traceback(
    qtbot: QtBot, starts: list[Startup], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("no editor today")

    monkeypatch.setattr(MainWindow, "__init__", broken)
    interaction = ScriptedInteraction()
    setup_logging()
    try:
        startup = start_app(None, interaction)
        starts.append(startup)
        qtbot.waitUntil(lambda: startup.failed, timeout=15_000)
    finally:
        close_logging()
    assert [kind for kind, *_ in interaction.shown] == ["error"]
    assert "could not be built (RuntimeError)" in interaction.shown[0][2]
    qtbot.waitUntil(lambda: not startup.window.isVisible())
    log = log_file().read_text(encoding="utf-8")
    assert "The editor could not be built" in log and "no editor today" in log
    assert "Traceback" in log


def test_the_first_look_is_the_setting_or_the_one_the_app_ended_in() -> None:
    assert first_look("dark", "light") == "dark"
    assert first_look("high-contrast", None) == "high-contrast"
    assert first_look("system", "dark") == "dark"
    assert first_look("system", None) == "light"
    assert first_look("system", "purple") == "light"
    assert first_look("system", 3) == "light"


def test_the_window_is_painted_before_the_models_or_the_editor_load(tmp_path: Path) -> None:
    """The first paint needs Qt and the sample's JSON only: pydantic, the model and the
    editor's modules load after it (their cost is what the start window hides)."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from briefing_app.gui.launch import start_app\n"
        "startup = start_app(None)\n"
        "startup._started = True  # the editor is not built in this check\n"
        "def painted():\n"
        "    late = ('pydantic', 'briefing_app.core.model', 'briefing_app.gui.main_window',\n"
        "            'briefing_app.gui.workspace', 'briefing_app.core.settings')\n"
        "    print('LOADED', [m for m in late if m in sys.modules])\n"
        "    import PySide6.QtCore  # its Qt namespace is built on first use, some 20 ms\n"
        "    print('QT_NAMESPACE', 'Qt' in vars(PySide6.QtCore))\n"
        "    print('OUTLINE', len(startup.window.preview.outline_labels()))\n"
        "    QApplication.quit()\n"
        "startup.window.first_painted.connect(painted)\n"
        "QApplication.instance().exec()\n"
    )
    env = {
        **__import__("os").environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["LOADED"] == "[]"
    assert lines["QT_NAMESPACE"] == "False"
    assert int(lines["OUTLINE"]) == 21  # the overview and the sample's 20 sections and items
