"""``--set field=value`` on the command line: filling in briefing-note fields."""

from __future__ import annotations

import logging

from pydantic import ValidationError

from briefing_app.core.errors import BriefingError
from briefing_app.core.project import NoteFields, Project

logger = logging.getLogger(__name__)

ALIASES = {"from": "from_", "file": "file_number", "file_no": "file_number", "bluf": "summary"}


def apply_overrides(project: Project, assignments: list[str]) -> None:
    """Set note fields from ``FIELD=VALUE`` strings; a bad one is a one-line error."""
    fields = set(NoteFields.model_fields)
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        key = name.strip().lower().replace("-", "_").replace(" ", "_")
        key = ALIASES.get(key, key)
        if not sep or key not in fields:
            known = ", ".join(sorted(ALIASES.get(f, f) for f in fields if f != "from_")) + ", from"
            raise BriefingError(
                f"--set {assignment!r}: expected FIELD=VALUE with FIELD one of: {known}"
            )
        if key == "classification":
            value = value.strip().upper()
        try:
            project.set_note_field(key, value.replace("\\n", "\n"))
        except ValidationError:
            raise BriefingError(f"--set {assignment!r}: not a valid value for {name}") from None
