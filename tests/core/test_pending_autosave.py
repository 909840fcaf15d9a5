"""Autosave snapshots taken on one thread and written on another (issue 10 item 8)."""

from __future__ import annotations

import json
from pathlib import Path

from briefing_app.core.opening import sample_project
from briefing_app.core.project_io import (
    dump_project,
    project_json,
    project_json_pieces,
    save_project,
)
from briefing_app.core.recovery import load_recovery
from briefing_app.core.session import ProjectSession
from briefing_app.core.settings import AppSettings


def _annotated_session(tmp_path: Path) -> ProjectSession:
    project = sample_project()
    path = tmp_path / "meeting.briefing"
    save_project(project, path)
    paragraph = next(p for node in project.readout.walk() for p in node.paragraphs)
    start = paragraph.span.start
    project.annotations.append(project.new_annotation(start, start + 4, author="A", comment="é"))
    session = ProjectSession(project, path, AppSettings())
    session.changed(0)
    return session


def test_the_fast_snapshot_holds_exactly_what_the_project_file_holds(tmp_path: Path) -> None:
    project = _annotated_session(tmp_path).project
    assert json.loads(project_json(project)) == json.loads(dump_project(project))


def test_a_snapshot_written_after_a_save_is_dropped(tmp_path: Path) -> None:
    session = _annotated_session(tmp_path)
    pending = session.prepare_autosave()
    assert pending is not None and not session.policy.dirty
    session.save()  # the user saved while the worker was writing
    pending.write()
    assert pending.target.exists()
    assert not session.autosave_written(pending)
    assert not pending.target.exists()


def test_a_snapshot_written_in_time_is_the_recovery_file(tmp_path: Path) -> None:
    session = _annotated_session(tmp_path)
    pending = session.prepare_autosave()
    assert pending is not None
    pending.write()
    assert session.autosave_written(pending)
    assert session.recovery_path == pending.target
    assert load_recovery(pending.target).annotations[0].comment == "é"


def test_a_failed_write_leaves_the_changes_due_again(tmp_path: Path) -> None:
    session = _annotated_session(tmp_path)
    pending = session.prepare_autosave()
    assert pending is not None and not session.policy.due(100)
    session.autosave_failed(pending)
    assert session.policy.dirty and session.policy.due(100)
    assert session.policy.first_change == 0


def test_the_snapshot_in_pieces_is_the_same_project(tmp_path: Path) -> None:
    project = _annotated_session(tmp_path).project
    paragraph = next(p for node in project.readout.walk() for p in node.paragraphs)
    for offset in (10, 20):
        start = paragraph.span.start + offset
        project.annotations.append(project.new_annotation(start, start + 3, author="B"))
    pieces = list(project_json_pieces(project, piece_chars=200))
    assert len(pieces) > 5
    whole = [*project.annotations, *project.readout.sections]  # never cut: one call each
    assert max(map(len, pieces)) < 200 + max(len(item.model_dump_json()) for item in whole)
    assert any(len(piece) < 250 for piece in pieces[:-1])  # the readout's text was cut
    assert json.loads("".join(pieces)) == json.loads(project_json(project))
    project.annotations.clear()
    assert json.loads("".join(project_json_pieces(project))) == json.loads(project_json(project))
