"""``annotations``, ``import-annotations`` and ``merge`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.cli.main import main
from briefing_app.core.project_io import load_project, save_project
from tests.core.test_interchange import _mine_and_theirs


def test_merge_prints_the_counts_and_writes_a_new_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine, theirs = _mine_and_theirs()
    save_project(mine, tmp_path / "mine.briefing")
    save_project(theirs, tmp_path / "theirs.briefing")
    out = tmp_path / "merged.briefing"
    assert (
        main(
            [
                "merge",
                str(tmp_path / "mine.briefing"),
                str(tmp_path / "theirs.briefing"),
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == f"added 2, duplicate 2, conflicting 1; wrote {out}"
    merged = load_project(out)
    assert len(merged.annotations) == len(mine.annotations) + 2
    assert len(merged.merge_conflicts) == 1


def test_w3c_out_and_back_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine, theirs = _mine_and_theirs()
    save_project(mine, tmp_path / "mine.briefing")
    save_project(theirs, tmp_path / "theirs.briefing")
    notes = tmp_path / "notes.jsonld"
    assert main(["annotations", str(tmp_path / "theirs.briefing"), "-o", str(notes)]) == 0
    assert json.loads(notes.read_text())["total"] == len(theirs.annotations)
    capsys.readouterr()
    out = tmp_path / "with-theirs.briefing"
    command = ["import-annotations", str(tmp_path / "mine.briefing"), str(notes), "-o", str(out)]
    assert main(command) == 0
    assert capsys.readouterr().out.startswith("added 2, duplicate 2, conflicting 1")
    assert main(["annotations", str(out), "--format", "csv"]) == 0
    rows = capsys.readouterr().out.strip().splitlines()
    assert rows[0] == "section,quote,comment,tags,priority,owner,due,author"
    assert len(rows) == 1 + len(mine.annotations) + 2


def test_a_bad_annotation_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine, _ = _mine_and_theirs()
    save_project(mine, tmp_path / "mine.briefing")
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "Annotation", "target": {"selector": []}}')
    assert (
        main(
            [
                "import-annotations",
                str(tmp_path / "mine.briefing"),
                str(bad),
                "-o",
                str(tmp_path / "x.briefing"),
            ]
        )
        == 1
    )
    error = capsys.readouterr().err.strip()
    assert error.startswith("briefing-app: error: bad.json: annotation 1 cannot be read")
    assert "\n" not in error and not (tmp_path / "x.briefing").exists()
