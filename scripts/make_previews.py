"""Render page 1 of each built-in template's output on the example project to PNG.

Writes resources/previews/KEY.png (shown in the export dialog) and docs/exports/KEY.png (shown
in the README). Needs LibreOffice and poppler-utils (pdftoppm).
Run: .venv/bin/python scripts/make_previews.py
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from briefing_app.core.project_io import load_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_path
from briefing_app.export.render import export_note
from briefing_app.export.templates import list_templates

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        raise SystemExit("needs LibreOffice (soffice) and pdftoppm")
    project = load_project(resource_path(EXAMPLE_PROJECT))
    templates = [t for t in list_templates()[0] if t.builtin]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        outputs = [export_note(project, t, work / f"{t.key}.docx") for t in templates]
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{work / 'profile'}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                *map(str, outputs),
            ],
            check=True,
            capture_output=True,
        )
        for template in templates:
            pdf = work / f"{template.key}.pdf"
            for target, dpi in (
                (ROOT / "docs" / "exports", 70),
                (ROOT / "resources" / "previews", 45),
            ):
                target.mkdir(parents=True, exist_ok=True)
                stem = target / template.key
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        str(dpi),
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        str(pdf),
                        str(stem),
                    ],
                    check=True,
                )
                print(f"wrote {stem}.png")


if __name__ == "__main__":
    main()
