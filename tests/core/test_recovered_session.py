"""A session recovered from a never-saved project's recovery file owns that file."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.opening import sample_project
from briefing_app.core.recovery import find_recoveries, recovery_path_for, write_recovery
from briefing_app.core.session import ProjectSession
from briefing_app.core.settings import AppSettings
from briefing_app.core.wording import as_sentence, counted


def _recovered() -> tuple[ProjectSession, Path]:
    recovery = recovery_path_for(None, "old-session")
    write_recovery(sample_project(), recovery, None)
    session = ProjectSession(sample_project(), None, AppSettings(), session="new-session")
    session.adopt_recovery(recovery)
    return session, recovery


def test_discarding_removes_the_recovery_file_it_came_from() -> None:
    session, recovery = _recovered()
    assert session.recovery_path == recovery
    session.autosave()
    assert [info.path for info in find_recoveries([])] == [recovery]
    session.discard_recovery()
    assert find_recoveries([]) == []


def test_saving_removes_the_recovery_file_it_came_from(tmp_path: Path) -> None:
    session, recovery = _recovered()
    session.save(tmp_path / "meeting.briefing")
    assert not recovery.exists() and find_recoveries([tmp_path / "meeting.briefing"]) == []
    assert session.recovery_path == recovery_path_for(tmp_path / "meeting.briefing", "")


def test_counted_says_one_or_many() -> None:
    assert counted(1, "annotation") == "1 annotation"
    assert counted(0, "annotation") == "0 annotations"
    assert counted(2, "key point") == "2 key points"
    assert counted(3, "entry", "entries") == "3 entries"


def test_as_sentence_capitalises_and_ends_messages_but_not_file_names() -> None:
    assert as_sentence("the folder does not exist") == "The folder does not exist."
    assert as_sentence("note.docx: the folder does not exist") == (
        "note.docx: the folder does not exist."
    )
    assert as_sentence("Already fine!") == "Already fine!"
    assert as_sentence("") == ""
