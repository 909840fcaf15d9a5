"""User-facing errors: each carries one line a person can act on."""

from __future__ import annotations


class BriefingError(Exception):
    """Base for errors shown to the user as a single line (CLI: stderr + exit 1; GUI: dialog)."""


class ReadoutImportError(BriefingError):
    """A readout could not be imported (empty, binary, too large, undecodable, malformed)."""


class ProjectError(BriefingError):
    """A project file could not be read or written."""


class TemplateError(BriefingError):
    """A template is invalid or failed to render."""


class ExportError(BriefingError):
    """A briefing note could not be written."""
