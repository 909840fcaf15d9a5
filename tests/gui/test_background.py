"""Nothing blocks the window: opening and autosaving run on workers (issue 10 item 8)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from briefing_app.core.errors import ProjectError
from briefing_app.core.opening import open_path, sample_project
from briefing_app.core.project import Project
from briefing_app.core.project_io import load_project, project_json_pieces, save_project
from briefing_app.core.recovery import load_recovery, recovery_path_for, write_recovery
from briefing_app.gui import main_window as main_window_module
from briefing_app.gui.interaction import SaveChoice, ScriptedInteraction
from briefing_app.gui.main_window import MainWindow
from tests.gui.conftest import select_phrase

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_readout.txt"


class GapRecorder(QObject):
    """A 10 ms timer on the UI thread: the longest gap between its ticks is the longest time
    the UI thread was blocked."""

    def __init__(self) -> None:
        super().__init__()
        self.last = time.perf_counter()
        self.longest = 0.0
        self.ticks = 0
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1


class Gate:
    """Wraps a function so it runs only when released, recording the thread it ran on."""

    def __init__(self, function: Callable[..., object]) -> None:
        self.function = function
        self.entered = threading.Event()
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, *args: object) -> object:
        self.threads.append(threading.current_thread())
        self.entered.set()
        assert self.release.wait(10), "the test never released the worker"
        return self.function(*args)


@pytest.fixture
def gate() -> Iterator[Gate]:
    gated = Gate(open_path)
    yield gated
    gated.release.set()  # never leave a worker waiting after the test


def _annotate(window: MainWindow, phrase: str, node: str) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to_node(node)
    select_phrase(workspace.reader, phrase)
    window.annotate_action.trigger()


def test_opening_runs_on_a_worker_while_the_window_keeps_going(
    window: MainWindow,
    qtbot: QtBot,
    interaction: ScriptedInteraction,
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(main_window_module, "open_path", gate)
    before = window.document
    interaction.answers.append(SAMPLE)  # the file chosen in File › Open
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert gate.entered.wait(5)
    gaps = GapRecorder()
    qtbot.wait(300)  # the import is "slow": the window keeps handling events meanwhile
    assert window.load_progress.isVisible()
    assert "sample_readout.txt" in window.load_progress.label.text()
    assert window.document is before
    # the event loop kept running while the worker was held at the gate (how long each turn
    # took is the app benchmark's business: benchmarks/bench_app.py --blocking-only)
    assert gaps.ticks >= 3
    gate.release.set()
    qtbot.waitUntil(lambda: window.document is not before, timeout=5000)
    assert gate.threads[0] is not threading.main_thread()
    assert not window.load_progress.isVisible()
    assert window.document is not None and window.document.session.source_path == SAMPLE


def test_cancel_stops_waiting_and_keeps_the_open_project(
    window: MainWindow,
    qtbot: QtBot,
    interaction: ScriptedInteraction,
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(main_window_module, "open_path", gate)
    _annotate(window, "Six-Party Talks", "n19")
    before = window.document
    assert before is not None and len(before.project.annotations) == 1
    outcome: list[bool] = []
    job = window.start_open(SAMPLE, outcome.append)
    assert job is not None and gate.entered.wait(5)
    assert window.start_open(SAMPLE) is None  # one file at a time
    qtbot.mouseClick(window.load_progress.cancel_button, Qt.MouseButton.LeftButton)
    assert outcome == [False]  # no more waiting, though the worker is still reading
    assert not window.load_progress.isVisible() and not job.done
    gate.release.set()
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    qtbot.wait(50)
    assert window.document is before  # the result was discarded
    assert len(before.project.annotations) == 1 and before.is_modified
    assert outcome == [False]
    interaction.answers.append(SaveChoice.DISCARD)
    assert window.open_file(SAMPLE)  # and opening works again afterwards
    assert window.document is not before


def test_edits_made_while_a_file_opens_are_asked_about(
    window: MainWindow,
    qtbot: QtBot,
    interaction: ScriptedInteraction,
    gate: Gate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(main_window_module, "open_path", gate)
    before = window.document
    interaction.answers.append(SAMPLE)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert gate.entered.wait(5)
    _annotate(window, "Six-Party Talks", "n19")  # the window is usable meanwhile
    interaction.answers.append(SaveChoice.CANCEL)  # asked when the file is ready: keep working
    gate.release.set()
    qtbot.waitUntil(lambda: not window.load_progress.isVisible(), timeout=5000)
    assert [kind for kind, _, _ in interaction.shown] == ["open", "save?"]
    assert window.document is before and before is not None
    assert len(before.project.annotations) == 1 and before.is_modified


def test_an_import_error_is_still_one_line_and_changes_nothing(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    before = window.document
    assert not window.open_file(bad)
    assert [kind for kind, _, _ in interaction.shown] == ["error"]
    assert "\n" not in interaction.shown[0][2]
    assert window.document is before and not window.load_progress.isVisible()


def _saved_project(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.briefing"
    save_project(sample_project(), path)
    return path


@pytest.fixture
def write_gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    from briefing_app.core import session as session_module

    gated = Gate(session_module.write_recovery_bytes)
    monkeypatch.setattr(session_module, "write_recovery_bytes", gated)
    yield gated
    gated.release.set()


def _start_timer_autosave(window: MainWindow, qtbot: QtBot, path: Path, write_gate: Gate) -> None:
    """Open ``path``, annotate, and let the autosave timer start a write (held by the gate)."""
    assert window.open_file(path)
    assert window.document is not None and window.autosaver is not None
    window.document.session.policy.idle_seconds = 0.0  # due at the timer's next tick
    _annotate(window, "Six-Party Talks", "n19")
    qtbot.waitUntil(lambda: write_gate.entered.is_set(), timeout=3000)
    assert window.autosaver.busy


def test_the_timer_autosaves_on_a_worker_one_write_at_a_time(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, write_gate: Gate
) -> None:
    path = _saved_project(tmp_path)
    _start_timer_autosave(window, qtbot, path, write_gate)
    autosaver = window.autosaver
    assert autosaver is not None
    gaps = GapRecorder()
    _annotate(window, "abduction issue", "n19")  # a second edit while writing
    qtbot.wait(1200)  # two timer ticks: no second write starts while the first is under way
    assert len(write_gate.threads) == 1 and write_gate.threads[0] is not threading.main_thread()
    assert gaps.ticks >= 3  # the UI kept turning while the write was held
    recovery = recovery_path_for(path, "")
    with qtbot.waitSignal(autosaver.autosaved, timeout=3000):
        write_gate.release.set()
    assert recovery.exists()
    qtbot.waitUntil(lambda: len(write_gate.threads) == 2, timeout=3000)  # the second edit
    qtbot.waitUntil(lambda: not autosaver.busy, timeout=3000)
    window.save_action.trigger()
    assert not recovery.exists()
    assert len(load_project(path).annotations) == 2


def test_an_autosave_finishing_after_a_save_leaves_no_recovery_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, write_gate: Gate
) -> None:
    path = _saved_project(tmp_path)
    _start_timer_autosave(window, qtbot, path, write_gate)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saved meanwhile
    assert window.document is not None and not window.document.is_modified
    write_gate.release.set()
    autosaver = window.autosaver
    assert autosaver is not None
    qtbot.waitUntil(lambda: not autosaver.busy, timeout=3000)
    assert not recovery_path_for(path, "").exists()  # the stale autosave was dropped


def test_a_failing_background_autosave_is_reported_once(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing_app.core import session as session_module

    calls: list[Path] = []

    def broken(target: Path, data: bytes) -> None:
        calls.append(target)
        raise ProjectError(f"cannot write {target}: the drive is not reachable")

    monkeypatch.setattr(session_module, "write_recovery_bytes", broken)
    path = _saved_project(tmp_path)
    assert window.open_file(path)
    assert window.document is not None and window.autosaver is not None
    failures: list[str] = []
    window.autosaver.failed.connect(failures.append)
    window.document.session.policy.idle_seconds = 0.0
    _annotate(window, "Six-Party Talks", "n19")
    qtbot.waitUntil(lambda: len(calls) >= 3, timeout=5000)  # still trying, quietly
    assert len(failures) == 1 and "not reachable" in failures[0]
    assert "Autosave failed" in window.statusBar().currentMessage()
    assert window.document.session.policy.dirty  # the changes are still only in memory


def _project_with_annotation() -> Project:
    project = sample_project()
    node = project.readout.sections[0]
    paragraph = next(p for n in node.walk() for p in n.paragraphs)
    start = paragraph.span.start
    project.annotations.append(project.new_annotation(start, start + 5, author="A", comment="x"))
    return project


def test_opening_a_project_offers_its_recovery_file(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    path = _saved_project(tmp_path)
    recovery = recovery_path_for(path, "")
    write_recovery(_project_with_annotation(), recovery, path, session="0123456789")
    interaction.answers.append(0)  # Recover
    assert window.open_file(path)
    assert [title for kind, title, _ in interaction.shown] == ["Recover unsaved work?"]
    assert "meeting.briefing: 1 annotation" in interaction.shown[0][2]
    document = window.document
    assert document is not None and document.path == path
    assert len(document.project.annotations) == 1 and document.is_modified
    window.save_action.trigger()
    assert not recovery.exists()  # adopted: the save supersedes it
    assert len(load_project(path).annotations) == 1


def test_a_recovery_file_left_for_later_stays(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    path = _saved_project(tmp_path)
    recovery = recovery_path_for(path, "")
    write_recovery(_project_with_annotation(), recovery, path, session="0123456789")
    interaction.answers.append(3)  # Recover, Compare, Discard, Decide Later
    assert window.open_file(path)
    assert interaction.offered == [
        ["Recover", "Compare with Saved File", "Discard", "Decide Later"]
    ]
    assert window.document is not None and not window.document.project.annotations
    assert recovery.exists()
    window.offer_recovery()  # the start-up scan, just after the app opened the last project
    assert len(interaction.offered) == 1  # not asked twice about the same file


def test_help_menu_shows_the_log_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Help"
    )
    assert window.log_folder_action in help_menu.actions()
    window.log_folder_action.trigger()
    from briefing_app.core.logs import log_dir

    assert opened == [str(log_dir())] and log_dir().is_dir()


def test_a_big_import_is_frozen_out_of_garbage_collection(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from briefing_app.gui import background

    monkeypatch.setattr(background, "BIG_BUILD_BYTES", 1)  # the sample counts as big here
    before = gc.get_freeze_count()
    try:
        assert window.open_file(SAMPLE)
        assert gc.get_freeze_count() > before and gc.isenabled()
    finally:
        gc.unfreeze()


def test_an_edit_while_the_snapshot_is_taken_starts_it_again(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing_app.gui import autosaver as autosaver_module

    snapshots: list[int] = []

    def pieces(project: Project) -> Iterator[str]:
        snapshots.append(len(project.annotations))
        for index, piece in enumerate(project_json_pieces(project, piece_chars=100)):
            if index == 1 and len(snapshots) == 1:
                _annotate(window, "abduction issue", "n19")  # the user edits meanwhile
            yield piece

    monkeypatch.setattr(autosaver_module, "project_json_pieces", pieces)
    path = _saved_project(tmp_path)
    assert window.open_file(path)
    assert window.document is not None and window.autosaver is not None
    window.document.session.policy.idle_seconds = 0.0
    written: list[str] = []
    window.autosaver.autosaved.connect(written.append)
    _annotate(window, "Six-Party Talks", "n19")
    qtbot.waitUntil(lambda: bool(written), timeout=5000)
    assert snapshots[:2] == [1, 2]  # the first was abandoned, never written
    recovery = recovery_path_for(path, "")
    assert written == [str(recovery)]
    assert len(load_recovery(recovery).annotations) == 2
