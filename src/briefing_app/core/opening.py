"""Opening whatever the user points at: a readout file becomes a new project; a project loads."""

from __future__ import annotations

import logging
from pathlib import Path

from briefing_app.core.errors import BriefingError
from briefing_app.core.model import Readout
from briefing_app.core.project import Project
from briefing_app.core.project_io import is_project_file, load_project, project_from_readout
from briefing_app.core.resources import SAMPLE_READOUT, SAMPLE_READOUT_IMPORTED, resource_bytes

logger = logging.getLogger(__name__)


def open_path(path: str | Path) -> Project:
    """A project from ``path``: loaded if it is a ``.briefing`` file, else imported."""
    path = Path(path)
    if is_project_file(path):
        return load_project(path)
    from briefing_app.importers import import_bytes, read_readout_file  # when first needed

    data = read_readout_file(path)  # read once: for the import and for the original text
    readout = import_bytes(data, path.name)
    readout.source = readout.source or path.name
    return project_from_readout(
        readout, source_name=path.name, original_text=_original_text(data, path.name, readout)
    )


def sample_project() -> Project:
    """A new project on the built-in sample readout.

    The sample ships imported (``scripts/make_sample_readout.py``; a test keeps it equal to
    a fresh import), so the app can start on it without loading the importers.
    """
    readout = Readout.model_validate_json(resource_bytes(SAMPLE_READOUT_IMPORTED))
    readout.source = readout.source or SAMPLE_READOUT
    text = resource_bytes(SAMPLE_READOUT).decode("utf-8")
    return project_from_readout(readout, source_name=SAMPLE_READOUT, original_text=text)


def import_sample_readout() -> Readout:
    """The built-in sample readout as the importers read it now."""
    from briefing_app.importers import import_bytes

    return import_bytes(resource_bytes(SAMPLE_READOUT), SAMPLE_READOUT)


def _original_text(data: bytes, name: str, readout: Readout) -> str | None:
    """The file as text, kept in the project; a Word file keeps only its normalised text."""
    if readout.source_format == "docx":
        return None
    from briefing_app.importers.decoding import decode_text

    try:
        return decode_text(data, name)[0]
    except BriefingError:
        return None
