"""Word opens every output cleanly: each built-in template's note, the annotated readout with
resolved comments, Japanese text and portion marks, checked the way Word judges a file
(``../shared/ooxml/ooxml_check.py``: ISO 29500 schemas with Office's deviations)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.core.opening import sample_project
from briefing_app.core.project import Project
from briefing_app.core.project_io import parse_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.export.render import export_note
from briefing_app.export.templates import find_template, list_templates
from tests.core.test_revision import _annotate

CHECKER = Path(__file__).resolve().parents[3] / "shared" / "ooxml" / "ooxml_check.py"
BUILT_IN = [t.key for t in list_templates()[0] if t.builtin]

pytestmark = pytest.mark.skipif(
    not CHECKER.is_file(), reason=f"the OOXML checker is not at {CHECKER}"
)


def _word_problems(path: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(CHECKER), str(path)], capture_output=True, text=True, timeout=120
    )
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr


def _japanese_with_marks() -> Project:
    project = sample_project()
    text = "日露外相会談（概要）\n\n1. 日露関係\n両外相は、あらゆる分野で協力を進めることで一致した。\n"
    from briefing_app.importers import import_bytes

    project.readout = import_bytes(text.encode(), "ja.txt")
    annotation = _annotate(project, "あらゆる分野", comment="要注意", tags=["Risk"])
    annotation.classification = "CONFIDENTIAL"
    annotation.resolved = True
    for field, value in (
        ("subject", "日露"),
        ("to", "大臣"),
        ("from_", "欧州局"),
        ("summary", "概要"),
    ):
        project.set_note_field(field, value)
    return project


@pytest.mark.parametrize("key", BUILT_IN)
def test_every_built_in_output_opens_cleanly_in_word(key: str, tmp_path: Path) -> None:
    example = parse_project(resource_bytes(EXAMPLE_PROJECT), EXAMPLE_PROJECT)
    for name, project in (("example", example), ("japanese", _japanese_with_marks())):
        out = export_note(project, find_template(key), tmp_path / f"{name}-{key}.docx", author="A")
        assert _word_problems(out) == f"0 problems in {out}", name
