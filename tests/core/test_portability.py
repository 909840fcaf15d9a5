"""Portable paths and formats: resources from a zipped package, dates without %-d."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.resources
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.core import resources
from briefing_app.core.datefmt import day_month_year


@pytest.fixture
def zipped_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A package importable only from a zip file, as in a zipapp or a frozen app."""
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("zipped_res/__init__.py", "")
        bundle.writestr("zipped_res/sample_readout.txt", "Readout\n1. Relations\n")
        bundle.writestr("zipped_res/previews/note.png", b"\x89PNG fake")
    monkeypatch.syspath_prepend(str(archive))
    importlib.invalidate_caches()
    yield "zipped_res"
    sys.modules.pop("zipped_res", None)


def test_resource_paths_from_a_zipped_package_stay_valid(
    zipped_package: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``as_file`` extracts a zipped resource to a temporary file deleted when its ``with``
    block ends: the path must be usable after resource_path() returns."""
    real_files = importlib.resources.files
    monkeypatch.setattr(resources, "files", lambda _package: real_files(zipped_package))
    resources.package_dir.cache_clear()
    try:
        path = resources.resource_path("sample_readout.txt")
        assert path.read_text() == "Readout\n1. Relations\n"  # not a deleted temporary file
        assert resources.resource_path("previews/note.png").read_bytes() == b"\x89PNG fake"
        assert resources.resource_bytes("sample_readout.txt").startswith(b"Readout")
    finally:
        resources.package_dir.cache_clear()


def test_installed_resources_are_the_package_files() -> None:
    path = resources.resource_path(resources.EXAMPLE_PROJECT)
    assert path.is_file() and path.parent.name == "resources"
    from briefing_app.export.templates import builtin_dir

    assert sorted(p.stem for p in builtin_dir().glob("*.docx")) == [
        "action-memo",
        "annotated-readout",
        "briefing-note",
        "meeting-brief",
        "setsumei-shiryo",
    ]


@pytest.mark.parametrize(
    ("date", "short", "expected"),
    [
        (dt.date(2026, 3, 5), False, "5 March 2026"),
        (dt.date(2026, 3, 5), True, "5 Mar 2026"),
        (dt.date(2012, 1, 30), False, "30 January 2012"),
    ],
)
def test_day_month_year_needs_no_glibc_extension(date: dt.date, short: bool, expected: str) -> None:
    real = dt.date

    class WindowsDate(real):  # Windows' strftime refuses "%-d"
        def strftime(self, fmt: str) -> str:
            if "%-" in fmt:
                raise ValueError("Invalid format string")
            return super().strftime(fmt)

    windows = WindowsDate(date.year, date.month, date.day)
    assert day_month_year(windows, short_month=short) == expected
