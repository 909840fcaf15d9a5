"""Bundled files, found through importlib.resources (works installed, editable or zipped).

Paths handed out stay valid for the whole run: from a normal install they are the package's
own files; from a zipped package the files are copied once into a temporary folder that is
removed when the process exits. (Returning the path from inside ``as_file(...)`` after the
``with`` block had closed pointed at a deleted temporary file in the zipped case.)
"""

from __future__ import annotations

import atexit
import functools
import logging
import shutil
import tempfile
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

logger = logging.getLogger(__name__)

SAMPLE_READOUT = "sample_readout.txt"
SAMPLE_READOUT_IMPORTED = "sample_readout.json"
EXAMPLE_PROJECT = "example.briefing"
RESOURCES_PACKAGE = "briefing_app.resources"


def resource_bytes(name: str) -> bytes:
    """The bytes of a bundled resource file."""
    return files(RESOURCES_PACKAGE).joinpath(name).read_bytes()


def resource_path(name: str) -> Path:
    """A filesystem path to a bundled resource, valid until the process exits."""
    return package_dir(RESOURCES_PACKAGE) / name


@functools.cache
def package_dir(package: str) -> Path:
    """A real folder with the files of ``package`` (the package folder itself if it is one)."""
    root = files(package)
    if isinstance(root, Path):
        return root
    folder = Path(tempfile.mkdtemp(prefix="briefing-app-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    _copy_tree(root, folder)
    logger.debug("Copied the files of %s to %s", package, folder)
    return folder


def _copy_tree(source: Traversable, target: Path) -> None:
    """Copy a Traversable folder (e.g. inside a zip) to ``target``, without recursion."""
    pending = [(source, target)]
    while pending:
        folder, destination = pending.pop()
        destination.mkdir(exist_ok=True)
        for entry in folder.iterdir():
            if entry.name == "__pycache__":
                continue
            if entry.is_dir():
                pending.append((entry, destination / entry.name))
            else:
                (destination / entry.name).write_bytes(entry.read_bytes())
