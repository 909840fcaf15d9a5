"""Bundled files, found through importlib.resources (works installed, editable or zipped)."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

SAMPLE_READOUT = "sample_readout.txt"
EXAMPLE_PROJECT = "example.briefing"


def resource_bytes(name: str) -> bytes:
    """The bytes of a bundled resource file."""
    return files("briefing_app.resources").joinpath(name).read_bytes()


def resource_path(name: str) -> Path:
    """A filesystem path to a bundled resource (it lives in the package directory)."""
    with as_file(files("briefing_app.resources").joinpath(name)) as path:
        return Path(path)
