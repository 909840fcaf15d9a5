"""User templates failing in their own process: one line naming the template, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.cli.main import main
from briefing_app.core.errors import TemplateError
from briefing_app.core.opening import sample_project
from briefing_app.export.isolation import _died
from briefing_app.export.render import render_note
from briefing_app.export.templates import read_template_info
from tests.conftest import SAMPLE
from tests.export.helpers import make_template

# Errors the sandbox does not turn into a TemplateError itself: before, each killed the child
# and was reported as "ran out of memory".
UNEXPECTED = [
    ("{{ 'a' + 1 }}", "TypeError"),
    ("{{ '%d' % 'x' }}", "TypeError"),
    ("{{ [1, 'a'] | sort | list }}", "TypeError"),
    ("{{ 'some words' | wordwrap(0) }}", "ValueError"),
]


@pytest.mark.parametrize(("text", "kind"), UNEXPECTED)
def test_unexpected_template_errors_are_reported_as_they_are(
    tmp_path: Path, text: str, kind: str
) -> None:
    template = read_template_info(make_template(tmp_path / "user.docx", [text], title="Mine"))
    with pytest.raises(TemplateError) as info:
        render_note(sample_project(), template)
    message = str(info.value)
    assert message.startswith("Mine: ") and "\n" not in message
    assert "memory" not in message
    assert f"the template failed ({kind}: " in message


def test_cli_prints_one_line_and_no_process_noise(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = make_template(tmp_path / "bad.docx", ["{{ 'a' + 1 }}"], title="Bad one")
    out = tmp_path / "note.docx"
    assert main(["export", str(SAMPLE), "-t", str(path), "-o", str(out)]) == 1
    captured = capfd.readouterr()  # file descriptors: the child process's output too
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("briefing-app: error: Bad one: the template failed (TypeError")
    assert "SpawnProcess" not in captured.err + captured.out
    assert not out.exists()


def test_a_child_that_dies_is_not_called_out_of_memory_unless_killed() -> None:
    assert "ended unexpectedly (exit code 1)" in _died("T", 1)
    assert "stopped by the system (signal 9)" in _died("T", -9)
