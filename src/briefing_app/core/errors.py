"""User-facing errors: each carries one line a person can act on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

from briefing_app.core.messages import ParamValue, english


class BriefingError(Exception):
    """Base for errors shown to the user as a single line (CLI: stderr + exit 1; GUI: dialog).

    ``code`` and ``params`` (see :mod:`briefing_app.core.messages`) let the GUI say it in the
    user's language; an error without a code is shown as its English text.
    """

    def __init__(
        self, message: str = "", *, code: str = "", params: Mapping[str, ParamValue] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.params: dict[str, ParamValue] = dict(params or {})

    @classmethod
    def coded(cls, code: str, **params: ParamValue) -> Self:
        """The error for message ``code`` of the catalogue, its English filled from ``params``."""
        return cls(english(code, params), code=code, params=params)


class ReadoutImportError(BriefingError):
    """A readout could not be imported (empty, binary, too large, undecodable, malformed)."""


class ProjectError(BriefingError):
    """A project file could not be read or written."""


class TemplateError(BriefingError):
    """A template is invalid or failed to render."""


class ExportError(BriefingError):
    """A briefing note could not be written."""
