"""Update the translation sources and compile them.

Runs ``pyside6-lupdate`` over the GUI sources into ``resources/translations/*.ts`` (new
strings are added as unfinished, vanished ones marked obsolete and kept), then
``pyside6-lrelease`` into the ``.qm`` files the app loads (build products, git-ignored).

Usage: python scripts/update_translations.py [--compile-only] [--no-obsolete]
"""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "briefing_app" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ja",)
CATALOGUE = "briefing_app"


def tool(name: str) -> str:
    """The path of a PySide6 tool: beside this Python first (a venv), else on PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        candidate = folder / f"{name}{suffix}"
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def ts_files() -> list[Path]:
    """The translation sources, one per language."""
    return [TRANSLATIONS / f"{CATALOGUE}_{language}.ts" for language in LANGUAGES]


def update(no_obsolete: bool = False) -> None:
    """Collect the tr() strings of the GUI sources into every .ts file."""
    sources = sorted(str(path) for path in SOURCES.glob("*.py"))
    for ts in ts_files():
        # No source locations: line numbers would change the .ts on every edit (and conflict).
        command = [tool("pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(ts)]
        if no_obsolete:
            command.insert(-2, "-no-obsolete")
        subprocess.run(command, check=True, cwd=ROOT)


def compile_all() -> list[Path]:
    """Compile every .ts into the .qm beside it; returns the .qm files."""
    built = []
    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
        )
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile-only", action="store_true", help="only run lrelease")
    parser.add_argument("--no-obsolete", action="store_true", help="drop obsolete messages")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.compile_only:
        update(no_obsolete=args.no_obsolete)
    for qm in compile_all():
        logger.info("built %s", qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
