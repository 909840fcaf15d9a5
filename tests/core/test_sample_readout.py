"""The sample readout ships imported, and stays what the importers make of it."""

from __future__ import annotations

import subprocess
import sys

from briefing_app.core.model import Readout
from briefing_app.core.opening import import_sample_readout, sample_project
from briefing_app.core.resources import SAMPLE_READOUT, SAMPLE_READOUT_IMPORTED, resource_bytes


def test_the_shipped_sample_is_a_fresh_import_of_the_sample() -> None:
    shipped = Readout.model_validate_json(resource_bytes(SAMPLE_READOUT_IMPORTED))
    assert shipped == import_sample_readout(), (
        "resources/sample_readout.json differs from a fresh import of the sample: "
        "run .venv/bin/python scripts/make_sample_readout.py"
    )


def test_a_sample_project_holds_the_sample_and_its_text() -> None:
    project = sample_project()
    assert project.source_name == SAMPLE_READOUT
    assert project.original_text == resource_bytes(SAMPLE_READOUT).decode("utf-8")
    readout = project.readout
    assert readout.title is not None and readout.title.startswith("Japan-Russia Foreign")
    assert [node.label for node in readout.sections][:2] == [
        "1 Japan-Russia relations (General)",
        "2 Cooperation in the field of security",
    ]
    assert readout.source == SAMPLE_READOUT and not project.annotations


def test_starting_on_the_sample_loads_no_importer() -> None:
    code = (
        "import sys\n"
        "from briefing_app.core.opening import sample_project\n"
        "sample_project()\n"
        "print(sorted(m for m in sys.modules if m.startswith('briefing_app.importers')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
