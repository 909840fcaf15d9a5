"""Render every page of each built-in template's output on the example project to PNG.

Writes docs/exports/KEY-p1.png, KEY-p2.png, … (every page, for the README and for reviewing
layout changes) and resources/previews/KEY.png (page 1, shown in the export dialog). The
pages are LibreOffice's layout, made as the app's own PDF export makes them
(``briefing_app.export.libreoffice.docx_to_pdf``). Needs LibreOffice and poppler-utils
(pdftoppm).
Run: .venv/bin/python scripts/make_previews.py
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from briefing_app.core.project_io import load_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_path
from briefing_app.export.libreoffice import count_pages, docx_to_pdf, find_soffice
from briefing_app.export.render import render_note
from briefing_app.export.templates import list_templates

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "exports"
PREVIEWS = ROOT / "resources" / "previews"


def _png(pdf: Path, stem: Path, dpi: int, first: int, last: int) -> None:
    """Pages ``first``..``last`` of ``pdf`` as PNG files ``stem-N.png`` (or ``stem.png``
    for one page)."""
    command = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(first), "-l", str(last)]
    if first == last:
        command.append("-singlefile")
    subprocess.run([*command, str(pdf), str(stem)], check=True)


def main() -> None:
    if find_soffice() is None or shutil.which("pdftoppm") is None:
        raise SystemExit("needs LibreOffice (soffice) and pdftoppm")
    project = load_project(resource_path(EXAMPLE_PROJECT))
    templates = [t for t in list_templates()[0] if t.builtin]
    DOCS.mkdir(parents=True, exist_ok=True)
    PREVIEWS.mkdir(parents=True, exist_ok=True)
    for old in DOCS.glob("*.png"):
        old.unlink()  # pages that no longer exist must not linger
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for template in templates:
            data = render_note(project, template, author="")
            pdf = work / f"{template.key}.pdf"
            pdf.write_bytes(docx_to_pdf(data, archival=False))
            pages = count_pages(pdf.read_bytes())
            for page in range(1, pages + 1):
                _png(pdf, DOCS / f"{template.key}-p{page}", 70, page, page)
                print(f"wrote {DOCS / f'{template.key}-p{page}.png'}")
            _png(pdf, PREVIEWS / template.key, 45, 1, 1)
            print(f"wrote {PREVIEWS / f'{template.key}.png'}")


if __name__ == "__main__":
    main()
