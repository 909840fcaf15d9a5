"""``briefing-app revise``: one line with the four counts, a new project file, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.cli.main import main
from briefing_app.core.opening import sample_project
from briefing_app.core.project_io import load_project, save_project
from tests.core.test_revision import _annotate, _revised_text


def test_revise_writes_the_project_and_prints_the_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = sample_project()
    _annotate(project, "Six-Party Talks")
    _annotate(project, "a record figure of over 30 billion US dollars")
    _annotate(project, "This is to be discussed in the future.")
    source = tmp_path / "meeting.briefing"
    save_project(project, source)
    revised = tmp_path / "readout-v2.txt"
    revised.write_text(_revised_text(), encoding="utf-8")
    out = tmp_path / "meeting-v2.briefing"
    assert main(["revise", str(source), str(revised), "-o", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert line == f"unchanged 1, moved 0, changed 1, orphaned 1; wrote {out}"
    result = load_project(out)
    assert len(result.annotations) == 2 and len(result.orphans) == 1
    assert len(result.readout_versions) == 2
    assert load_project(source) == project  # the original project is not touched


def test_revise_refuses_to_write_over_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "meeting.briefing"
    save_project(sample_project(), source)
    before = source.read_bytes()
    revised = tmp_path / "v2.txt"
    revised.write_text(_revised_text(), encoding="utf-8")
    assert main(["revise", str(source), str(revised), "-o", str(source)]) == 1
    error = capsys.readouterr().err.strip()
    assert error == "briefing-app: error: meeting.briefing: write the revised project to a new file"
    assert source.read_bytes() == before
    assert (
        main(
            [
                "revise",
                str(source),
                str(tmp_path / "missing.txt"),
                "-o",
                str(tmp_path / "x.briefing"),
            ]
        )
        == 1
    )
    assert "missing.txt" in capsys.readouterr().err
