"""The core stays Qt-free: usable as a library and from the CLI without a display."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "briefing_app"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)", re.MULTILINE)


def test_no_qt_imports_outside_the_gui_package() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts and QT_IMPORT.search(path.read_text())
    ]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys, briefing_app.importers, briefing_app.core.model, briefing_app.cli.main, "
        "briefing_app.core.public_json\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_starting_the_app_loads_no_export_or_format_libraries() -> None:
    """Start-up stays fast: Word, HTML and template libraries, and the importers (the sample
    ships imported), load only when first needed."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import briefing_app.gui.launch, briefing_app.cli.main, briefing_app.core.opening\n"
        "import briefing_app.gui.main_window  # the editor, built once the window is shown\n"
        "heavy = ('docx', 'docxtpl', 'jinja2', 'bs4', 'markdown_it', 'lxml', 'rapidfuzz',\n"
        "         'briefing_app.importers')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
