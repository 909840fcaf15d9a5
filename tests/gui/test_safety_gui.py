"""The app's side of safety: autosave, crash recovery, locks, damaged files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from briefing_app.core import locking
from briefing_app.core.autosave import make_backup
from briefing_app.core.opening import sample_project
from briefing_app.core.project_io import load_project, save_project
from briefing_app.core.recovery import (
    find_recoveries,
    load_recovery,
    recovery_path_for,
    write_recovery,
)
from briefing_app.gui.context import AppContext
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.interaction import SaveChoice, ScriptedInteraction
from briefing_app.gui.main_window import MainWindow
from tests.gui.conftest import select_phrase


def _saved_project(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.briefing"
    save_project(sample_project(), path)
    return path


def _annotate(window: MainWindow, phrase: str, node: str) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to_node(node)
    select_phrase(workspace.reader, phrase)
    window.annotate_action.trigger()


def test_autosave_writes_a_recovery_file_beside_the_project(
    window: MainWindow, tmp_path: Path
) -> None:
    path = _saved_project(tmp_path)
    assert window.open_file(path)
    before = path.read_bytes()
    _annotate(window, "Six-Party Talks", "n19")
    assert window.autosaver is not None
    assert window.autosaver.tick(now=10**9)  # long after the edit: due
    recovery = recovery_path_for(path, "")
    assert recovery.exists() and path.read_bytes() == before
    window.save_action.trigger()
    assert not recovery.exists()
    assert len(load_project(path).annotations) == 1


def test_recovery_is_offered_after_a_crash(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    path = _saved_project(tmp_path)
    window.open_file(path)
    _annotate(window, "Six-Party Talks", "n19")
    window.autosaver.tick(now=10**9)  # type: ignore[union-attr]
    window.autosaver.stop()  # type: ignore[union-attr]  # the app "crashes" here
    window.document.undo_stack.setClean()  # type: ignore[union-attr]
    # A new session finds the recovery file: compare first, then recover.
    interaction.answers.extend([1, 0])
    window.offer_recovery()
    kinds = [kind for kind, _, _ in interaction.shown]
    assert kinds == ["choice", "information", "choice"]
    assert interaction.offered[0] == [
        "Recover",
        "Compare with Saved File",
        "Discard",
        "Decide Later",
    ]
    assert "meeting.briefing: 1 annotation, autosaved" in interaction.shown[0][2]
    assert "Saved file: 0 annotations; autosaved copy: 1 annotation." in interaction.shown[1][2]
    assert "Only in the autosaved copy: 1" in interaction.shown[1][2]
    assert len(window.document.project.annotations) == 1  # type: ignore[union-attr]
    assert window.isWindowModified()
    assert recovery_path_for(path, "").exists()  # kept until the user saves


def test_discarding_a_recovery_deletes_only_it(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    path = _saved_project(tmp_path)
    window.open_file(path)
    _annotate(window, "Six-Party Talks", "n19")
    window.autosaver.tick(now=10**9)  # type: ignore[union-attr]
    interaction.answers.append(2)
    window.offer_recovery()
    assert not recovery_path_for(path, "").exists() and path.exists()


def test_project_open_elsewhere_can_open_read_only(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    path = _saved_project(tmp_path)
    lock = locking.lock_path_for(path)
    lock.write_text('{"pid": 1, "host": "another-machine", "user": "colleague", "since": "9:00"}')
    interaction.answers.append(1)  # cancel
    assert not window.open_file(path)
    assert "colleague on another-machine" in interaction.shown[-1][2]
    assert interaction.offered[-1] == ["Open Read-Only", "Cancel"]
    interaction.answers.append(None)  # Escape
    assert not window.open_file(path)
    interaction.answers.append(0)  # read-only
    assert window.open_file(path)
    assert window.document.read_only and "(read-only)" in window.windowTitle()  # type: ignore[union-attr]
    _annotate(window, "Six-Party Talks", "n19")
    target = tmp_path / "my-copy.briefing"
    interaction.answers.append(target)
    window.save_action.trigger()  # read-only: Save becomes Save As
    assert target.exists() and len(load_project(path).annotations) == 0


def test_own_lock_is_taken_and_released(window: MainWindow, tmp_path: Path) -> None:
    path = _saved_project(tmp_path)
    window.open_file(path)
    assert locking.read_lock(path) is not None
    window.open_sample_action.trigger()
    assert locking.read_lock(path) is None


def test_damaged_project_offers_its_backup(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    path = _saved_project(tmp_path)
    make_backup(path, keep=3)
    damaged = path.read_bytes()[:500]
    path.write_bytes(damaged)
    interaction.answers.append(0)
    assert window.open_file(path)
    assert "damaged or truncated" in interaction.shown[-1][2]
    assert interaction.offered[-1] == ["Open Latest Backup", "Cancel"]
    assert ".\n\nThe damaged file is left as it is." in interaction.shown[-1][2]
    assert window.document.project.readout.title  # type: ignore[union-attr]
    assert path.read_bytes() == damaged  # the damaged file is left as it is


def test_closing_discards_the_recovery_only_when_the_user_says(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction, qtbot: QtBot
) -> None:
    path = _saved_project(tmp_path)
    window.open_file(path)
    _annotate(window, "Six-Party Talks", "n19")
    window.autosaver.tick(now=10**9)  # type: ignore[union-attr]
    interaction.answers.append(SaveChoice.CANCEL)
    assert not window.close()
    assert recovery_path_for(path, "").exists()
    interaction.answers.append(SaveChoice.DISCARD)
    assert window.close()
    assert not recovery_path_for(path, "").exists()


def test_backups_to_keep_is_a_setting(window: MainWindow, interaction: ScriptedInteraction) -> None:
    interaction.answers.append("7")
    window.backups_action.trigger()
    assert window.context.settings.backups_kept == 7
    interaction.answers.append("lots")
    window.backups_action.trigger()
    assert interaction.shown[-1][0] == "error" and window.context.settings.backups_kept == 7


def _new_window(qtbot: QtBot, interaction: ScriptedInteraction) -> MainWindow:
    """A second start of the app (same user folders, the sample open)."""
    main = MainWindow(AppContext.create(interaction), ProjectDocument(sample_project()))
    qtbot.addWidget(main)
    return main


def test_discarding_a_recovered_unsaved_project_on_quit_removes_its_recovery_for_good(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction, qtbot: QtBot
) -> None:
    # A crashed session left the autosave of a project that was never saved.
    crashed = sample_project()
    crashed.source_name = "india.txt"
    recovery = recovery_path_for(None, "crashed01")
    write_recovery(crashed, recovery, None)
    interaction.answers.append(0)  # Recover
    window.offer_recovery()
    assert interaction.offered[-1] == ["Recover", "Discard", "Decide Later"]  # nothing to compare
    assert "”: 0 annotations, autosaved" in interaction.shown[-1][2]
    assert window.document.project.source_name == "india.txt"  # type: ignore[union-attr]
    interaction.answers.append(SaveChoice.DISCARD)  # quit, and drop the recovered work
    assert window.close()
    assert not recovery.exists()
    assert find_recoveries([]) == []
    # Start again: nothing is offered (the scripted interaction fails on any question).
    asked = len(interaction.shown)
    _new_window(qtbot, interaction).offer_recovery()
    assert len(interaction.shown) == asked


def test_a_recovered_unsaved_project_keeps_one_recovery_file_until_saved(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    recovery = recovery_path_for(None, "crashed02")
    write_recovery(sample_project(), recovery, None)
    interaction.answers.append(0)  # Recover
    window.offer_recovery()
    _annotate(window, "Six-Party Talks", "n19")
    assert window.autosaver is not None and window.autosaver.tick(now=10**9)
    # The autosave goes on in the same recovery file, not in a second one.
    assert [info.path for info in find_recoveries([])] == [recovery]
    assert len(load_recovery(recovery).annotations) == 1
    target = tmp_path / "india.briefing"
    interaction.answers.append(target)
    window.save_action.trigger()  # never saved: Save asks for a file
    assert target.exists() and find_recoveries([]) == []


def test_deciding_later_or_escape_keeps_the_recovery_file(
    window: MainWindow, interaction: ScriptedInteraction
) -> None:
    recovery = recovery_path_for(None, "crashed03")
    write_recovery(sample_project(), recovery, None)
    interaction.answers.extend([2, None])  # Decide Later, then Escape on the next start
    window.offer_recovery()
    window.offer_recovery()
    assert recovery.exists() and len(interaction.offered) == 2


def test_damaged_project_with_several_backups_lets_you_choose_one(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    path = _saved_project(tmp_path)
    older = make_backup(path, keep=3, now=dt.datetime(2026, 1, 1, 9, 0))
    project = load_project(path)
    project.readout.title = "Changed later"
    save_project(project, path)
    make_backup(path, keep=3, now=dt.datetime(2026, 1, 2, 9, 0))
    path.write_bytes(path.read_bytes()[:500])
    interaction.answers.extend([1, 1])  # Choose a Backup…, then the second (older) one
    assert window.open_file(path)
    assert interaction.offered[-1] == ["Open Latest Backup", "Choose a Backup…", "Cancel"]
    assert "2 are kept" in interaction.shown[-2][2]
    assert interaction.shown[-1][0] == "item"
    assert older is not None
    assert window.document.project.readout.title == load_project(older).readout.title  # type: ignore[union-attr]
    assert window.document.project.readout.title != "Changed later"  # type: ignore[union-attr]
