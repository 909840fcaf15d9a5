"""A real word processor opens every built-in template's output: LibreOffice converts it to PDF.

Skipped where LibreOffice is missing, unless BRIEFING_REQUIRE_LIBREOFFICE is set (CI sets it,
and installs LibreOffice, so there the check always runs).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing_app.core.project_io import load_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_path
from briefing_app.export.render import export_note
from briefing_app.export.templates import find_template

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PAGE_LIMITS = {"action-memo": 2, "meeting-brief": 2, "briefing-note": 4, "annotated-readout": 8}

if SOFFICE is None and os.environ.get("BRIEFING_REQUIRE_LIBREOFFICE"):
    raise RuntimeError(
        "LibreOffice is required here (BRIEFING_REQUIRE_LIBREOFFICE) but not installed"
    )


def _pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_every_builtin_output(tmp_path: Path) -> None:
    project = load_project(resource_path(EXAMPLE_PROJECT))
    outputs = [
        export_note(project, find_template(key), tmp_path / f"{key}.docx") for key in PAGE_LIMITS
    ]
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *map(str, outputs),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for key, limit in PAGE_LIMITS.items():
        pdf = tmp_path / f"{key}.pdf"
        assert pdf.exists(), f"LibreOffice could not convert {key}: {result.stdout} {result.stderr}"
        assert 1 <= _pages(pdf) <= limit, key
