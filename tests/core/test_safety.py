"""Autosave policy, backups, recovery files and project locks (no Qt)."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.core import locking
from briefing_app.core.autosave import AutosavePolicy, list_backups, make_backup
from briefing_app.core.errors import ProjectError
from briefing_app.core.opening import sample_project
from briefing_app.core.project_io import load_project, save_project
from briefing_app.core.recovery import (
    compare_recovery,
    find_recoveries,
    load_recovery,
    read_recovery_info,
    recovery_for,
    recovery_path_for,
)
from briefing_app.core.session import ProjectSession
from briefing_app.core.settings import AppSettings


def _annotate(session: ProjectSession, quote: str) -> None:
    text = session.project.readout.text
    start = text.index(quote)
    session.project.add_annotation(session.project.new_annotation(start, start + len(quote)))


def test_policy_waits_for_idle_and_caps_the_wait() -> None:
    policy = AutosavePolicy(idle_seconds=2, max_seconds=30)
    assert not policy.due(100)
    policy.changed(100)
    assert not policy.due(101)
    assert policy.due(102)
    policy.saved()
    for second in range(200, 231):  # the user never stops typing
        policy.changed(second)
    assert policy.due(230)


def test_autosave_writes_the_recovery_file_never_the_project(tmp_path: Path) -> None:
    path = tmp_path / "meeting.briefing"
    save_project(sample_project(), path)
    original = path.read_bytes()
    session = ProjectSession(load_project(path), path, AppSettings())
    _annotate(session, "Six-Party Talks")
    session.changed(0)
    assert session.autosave_if_due(5)
    assert path.read_bytes() == original
    recovery = recovery_path_for(path, "")
    assert recovery.name == ".meeting.briefing.recovery"
    info = read_recovery_info(recovery)
    assert info is not None and info.target == path and info.annotations == 1
    assert len(load_recovery(recovery).annotations) == 1
    assert "Only in the autosaved copy: 1" in compare_recovery(info)
    assert find_recoveries([path]) == [info]
    session.save()
    assert not recovery.exists()
    assert len(load_project(path).annotations) == 1


def test_unsaved_projects_recover_from_the_data_folder() -> None:
    session = ProjectSession(sample_project(), None, AppSettings())
    _annotate(session, "Six-Party Talks")
    session.autosave()
    found = find_recoveries([])
    assert len(found) == 1 and found[0].target is None
    assert "unsaved project" in found[0].describe()


def test_backups_rotate_and_skip_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "p.briefing"
    project = sample_project()
    save_project(project, path)
    base = dt.datetime(2026, 1, 1, 9, 0, 0)
    assert make_backup(path, keep=3, now=base) is not None
    assert make_backup(path, keep=3, now=base + dt.timedelta(seconds=1)) is None  # unchanged
    for index in range(5):
        project.set_section_note("n1", f"note {index}")
        save_project(project, path)
        make_backup(path, keep=3, now=base + dt.timedelta(minutes=index + 1))
    backups = list_backups(path)
    assert len(backups) == 3
    assert "note 4" in backups[0].read_text()
    assert make_backup(path, keep=0) is None


def test_session_save_keeps_a_backup_of_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "p.briefing"
    save_project(sample_project(), path)
    first = path.read_bytes()
    session = ProjectSession(load_project(path), path, AppSettings(backups_kept=2))
    _annotate(session, "Six-Party Talks")
    session.save()
    assert list_backups(path)[0].read_bytes() == first


def test_lock_is_exclusive_and_stale_locks_are_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "p.briefing"
    path.write_text("{}")
    assert locking.acquire(path) is None
    assert locking.acquire(path) is None  # this process holds it already
    holder = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from briefing_app.core import locking;"
            f"print(locking.acquire(Path({str(path)!r})))",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert "LockOwner" in holder.stdout and str(os.getpid()) in holder.stdout
    locking.release(path)
    assert not locking.lock_path_for(path).exists()
    lock = locking.lock_path_for(path)
    _write_lock(path, _dead_pid())
    assert locking.acquire(path) is None  # the stale lock was taken over
    assert json.loads(lock.read_text())["pid"] == os.getpid()


def test_damaged_recovery_files_are_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / ".x.briefing.recovery"
    bad.write_text("{ truncated")
    assert read_recovery_info(bad) is None


def test_backups_of_a_similar_name_are_neither_pruned_nor_offered(tmp_path: Path) -> None:
    """meeting.v2.briefing's backups match ``meeting.*.briefing``: they must not count."""
    mine = tmp_path / "meeting.briefing"
    other = tmp_path / "meeting.v2.briefing"
    project = sample_project()
    base = dt.datetime(2026, 1, 1, 9, 0, 0)
    save_project(project, mine)
    mine_backup = make_backup(mine, keep=2, now=base)
    for index in range(3):  # later backups of the other project (they would sort first)
        project.set_section_note("n1", f"v2 note {index}")
        save_project(project, other)
        make_backup(other, keep=5, now=base + dt.timedelta(hours=index + 1))
    assert mine_backup is not None and mine_backup.exists()
    assert list_backups(mine) == [mine_backup]
    assert all(p.name.startswith("meeting.v2.") for p in list_backups(other))
    assert len(list_backups(other)) == 3
    project.set_section_note("n1", "mine changed")
    save_project(project, mine)
    make_backup(mine, keep=2, now=base + dt.timedelta(days=1))
    assert len(list_backups(other)) == 3  # pruning mine never touches the other's
    assert len(list_backups(mine)) == 2 and mine_backup.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_recovery_files_and_backups_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "meeting.briefing"
    save_project(sample_project(), path)
    path.chmod(0o644)
    recovery = recovery_path_for(path, "")
    recovery.write_text("old, world-readable")
    recovery.chmod(0o644)
    session = ProjectSession(load_project(path), path, AppSettings())
    _annotate(session, "Six-Party Talks")
    session.autosave()
    written = session.recovery_path
    assert written.stat().st_mode & 0o777 == 0o600
    backup = make_backup(path, keep=3)
    assert backup is not None and backup.stat().st_mode & 0o777 == 0o600
    assert backup.parent.stat().st_mode & 0o777 == 0o700
    unsaved = ProjectSession(sample_project(), None, AppSettings())
    unsaved.autosave()
    assert unsaved.recovery_path.stat().st_mode & 0o777 == 0o600
    assert unsaved.recovery_path.parent.stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o644  # the project itself keeps its mode


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def _write_lock(path: Path, pid: int, host: str | None = None) -> None:
    locking.lock_path_for(path).write_text(
        json.dumps({"pid": pid, "host": host or socket.gethostname(), "user": "x", "since": "then"})
    )


def test_two_apps_taking_over_a_stale_lock_do_not_both_win(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another app takes the stale lock over between our check and our takeover: it wins,
    we are told it holds the project (the old code unlinked its fresh lock and won too)."""
    path = tmp_path / "p.briefing"
    path.write_text("{}")
    _write_lock(path, _dead_pid())
    other: list[subprocess.Popen[str]] = []
    real_is_stale = locking.is_stale

    def is_stale_while_another_app_starts(owner: locking.LockOwner) -> bool:
        if not other:
            rival = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import sys; from pathlib import Path; from briefing_app.core import locking;"
                    f"print(locking.acquire(Path({str(path)!r})), flush=True); sys.stdin.read()",
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            other.append(rival)
            assert rival.stdout is not None
            assert rival.stdout.readline().strip() == "None"  # the rival took the lock over
        return real_is_stale(owner)

    monkeypatch.setattr(locking, "is_stale", is_stale_while_another_app_starts)
    try:
        result = locking.acquire(path)
        holder = locking.read_lock(path)
        assert result is not None and result.pid == other[0].pid  # we lost, and were told
        assert holder is not None and holder.pid == other[0].pid  # its lock is intact
    finally:
        for rival in other:
            rival.communicate("", timeout=30)


def test_an_unreadable_lock_being_written_is_not_taken_over_at_once(tmp_path: Path) -> None:
    path = tmp_path / "p.briefing"
    lock = locking.lock_path_for(path)
    lock.write_text("")  # just created by another app that has not written its name yet
    old = 1_000_000_000
    os.utime(lock, (old, old))  # ...or left empty long ago: taken over without waiting
    assert locking.acquire(path) is None
    assert json.loads(lock.read_text())["pid"] == os.getpid()


def test_move_lock_for_save_as(tmp_path: Path) -> None:
    old, new = tmp_path / "a.briefing", tmp_path / "b.briefing"
    assert locking.acquire(old) is None
    assert locking.move_lock(old, new) is None
    assert locking.read_lock(old) is None  # the old file is free again
    owner = locking.read_lock(new)
    assert owner is not None and owner.is_me()
    taken = tmp_path / "c.briefing"
    _write_lock(taken, 1, host="another-machine")
    refused = locking.move_lock(new, taken)
    assert refused is not None and refused.host == "another-machine"
    assert locking.read_lock(new) is not None and locking.read_lock(new).is_me()  # type: ignore[union-attr]


def test_process_alive_is_true_for_us_and_false_for_the_dead() -> None:
    assert locking.process_alive(os.getpid())
    assert not locking.process_alive(_dead_pid())
    assert not locking.process_alive(0)


def _crashed_session_with_work(path: Path) -> tuple[Path, bytes]:
    """The first app autosaved one annotation beside ``path`` and then crashed."""
    first = ProjectSession(load_project(path), path, AppSettings(), read_only=False)
    _annotate(first, "Six-Party Talks")
    first.autosave()
    recovery = recovery_path_for(path, "")
    assert first.recovery_path == recovery
    return recovery, recovery.read_bytes()


def test_a_read_only_instance_never_writes_or_deletes_recovery_files(tmp_path: Path) -> None:
    path = tmp_path / "meeting.briefing"
    save_project(sample_project(), path)
    recovery, work = _crashed_session_with_work(path)
    _write_lock(path, 4242, host="another-machine")  # the first app still has it open
    second = ProjectSession(load_project(path), path, AppSettings())
    assert second.read_only  # another live app holds the lock
    _annotate(second, "Six-Party Talks")
    second.changed(0)
    assert not second.autosave_if_due(100)
    second.discard_recovery()  # closing without saving
    assert recovery.read_bytes() == work
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".recovery")] == [recovery.name]
    with pytest.raises(ProjectError, match="read-only"):
        second.save()


def test_reopening_after_decide_later_keeps_the_unsaved_work(tmp_path: Path) -> None:
    """ "Decide later", then the project is opened again: its first autosave must not
    overwrite the old recovery file, and closing without edits must not delete it."""
    path = tmp_path / "meeting.briefing"
    save_project(sample_project(), path)
    recovery, work = _crashed_session_with_work(path)
    assert [info.path for info in recovery_for(path)] == [recovery]  # offered on opening
    reopened = ProjectSession(load_project(path), path, AppSettings())
    assert not reopened.read_only
    reopened.discard_recovery()  # closed at once, nothing edited
    assert recovery.read_bytes() == work
    _annotate(reopened, "Korea")
    reopened.autosave()
    assert recovery.read_bytes() == work
    own = reopened.recovery_path
    assert own != recovery and own.name == f".meeting.briefing.{reopened.session}.recovery"
    assert own.stat().st_mode & 0o777 == 0o600 or os.name != "posix"
    found = recovery_for(path)
    assert {info.path for info in found} == {recovery, own}
    assert {info.session for info in found} == {
        reopened.session,
        read_recovery_info(recovery).session,
    }  # type: ignore[union-attr]
    reopened.autosave()  # again: the same own file, replaced
    assert reopened.recovery_path == own
    reopened.save()  # a real save supersedes only this session's own file
    assert not own.exists() and recovery.read_bytes() == work
    assert find_recoveries([path])[0].path == recovery


def test_saving_a_recovered_project_removes_the_recovered_file(tmp_path: Path) -> None:
    path = tmp_path / "meeting.briefing"
    save_project(sample_project(), path)
    recovery, _ = _crashed_session_with_work(path)
    recovered = ProjectSession(load_recovery(recovery), path, AppSettings())
    recovered.adopt_recovery(recovery)
    recovered.autosave()  # autosaves go to its own file, the recovered one stays as it was
    assert recovery.exists() and recovered.recovery_path != recovery
    recovered.save()
    assert recovery_for(path) == []
    assert len(load_project(path).annotations) == 1


def test_recovery_for_ignores_other_projects_with_similar_names(tmp_path: Path) -> None:
    path = tmp_path / "meeting.briefing"
    lookalike = tmp_path / "meeting.briefing.0123456789.briefing"
    for project_path in (path, lookalike):
        save_project(sample_project(), project_path)
        ProjectSession(load_project(project_path), project_path, AppSettings()).autosave()
    assert [info.target for info in recovery_for(path)] == [path]


def test_save_as_moves_the_lock_and_refuses_a_file_open_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "meeting.briefing"
    save_project(sample_project(), path)
    assert locking.acquire(path) is None
    session = ProjectSession(load_project(path), path, AppSettings())
    copy = tmp_path / "copy.briefing"
    session.save(copy)
    assert locking.read_lock(path) is None
    assert locking.read_lock(copy) is not None and locking.read_lock(copy).is_me()  # type: ignore[union-attr]
    busy = tmp_path / "busy.briefing"
    save_project(sample_project(), busy)
    before = busy.read_bytes()
    _write_lock(busy, 4242, host="another-machine")
    with pytest.raises(ProjectError, match="open in another app"):
        session.save(busy)
    assert busy.read_bytes() == before and session.path == copy
    session.close()
    assert locking.read_lock(copy) is None


def test_a_failed_save_as_leaves_the_lock_on_the_open_file(tmp_path: Path) -> None:
    path = tmp_path / "meeting.briefing"
    save_project(sample_project(), path)
    assert locking.acquire(path) is None
    session = ProjectSession(load_project(path), path, AppSettings())
    nowhere = tmp_path / "missing-folder" / "copy.briefing"
    with pytest.raises(ProjectError, match="does not exist"):
        session.save(nowhere)
    assert session.path == path
    assert locking.read_lock(path) is not None and locking.read_lock(path).is_me()  # type: ignore[union-attr]
    assert not locking.lock_path_for(nowhere).exists()


def test_another_running_apps_recovery_file_is_not_offered_as_left_over(tmp_path: Path) -> None:
    path = tmp_path / "meeting.briefing"
    save_project(sample_project(), path)
    script = (
        "import sys; from pathlib import Path;"
        "from briefing_app.core.project_io import load_project;"
        "from briefing_app.core.session import ProjectSession;"
        "from briefing_app.core.settings import AppSettings;"
        f"p = Path({str(path)!r}); s = ProjectSession(load_project(p), p, AppSettings());"
        "s.autosave(); print(s.recovery_path, flush=True); sys.stdin.read()"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None
        written = Path(other.stdout.readline().strip())
        assert written.exists()
        assert recovery_for(path) == []  # the other app is still working on it
    finally:
        other.communicate("", timeout=30)
    assert [info.path for info in recovery_for(path)] == [written]  # it has gone: left over
