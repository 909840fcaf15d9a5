"""``--set field=value`` on the command line: filling in briefing-note fields."""

from __future__ import annotations

import logging

from pydantic import ValidationError

from briefing_app.core.errors import BriefingError
from briefing_app.core.marking_scheme import get_scheme
from briefing_app.core.project import NoteFields, Project

logger = logging.getLogger(__name__)

ALIASES = {
    "from": "from_",
    "file": "file_number",
    "file_no": "file_number",
    "bluf": "summary",
    "caveat": "handling_caveat",
    "caveats": "handling_caveat",
    "scheme": "marking_scheme",
}
SCHEME_KEY = "marking_scheme"


def apply_overrides(project: Project, assignments: list[str]) -> None:
    """Set note fields from ``FIELD=VALUE`` strings; a bad one is a one-line error."""
    fields = set(NoteFields.model_fields) | {SCHEME_KEY}
    # the scheme first, so the levels given with it are read by its rules
    assignments = sorted(assignments, key=lambda a: _key(a) != SCHEME_KEY)
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        key = _key(name)
        if not sep or key not in fields:
            known = ", ".join(sorted(ALIASES.get(f, f) for f in fields if f != "from_")) + ", from"
            raise BriefingError(
                f"--set {assignment!r}: expected FIELD=VALUE with FIELD one of: {known}"
            )
        if key == SCHEME_KEY:
            project.marking_scheme = get_scheme(value.strip().lower()).id
            continue
        if key == "classification":
            value = value.strip().upper()
            scheme = get_scheme(project.marking_scheme)
            if not scheme.has_level(value):
                levels = ", ".join(level.id for level in scheme.levels)
                raise BriefingError(
                    f"--set {assignment!r}: not a valid value for {name} under the "
                    f"{scheme.name} marking rules (levels: {levels})"
                )
        try:
            project.set_note_field(key, value.replace("\\n", "\n"))
        except ValidationError:
            raise BriefingError(f"--set {assignment!r}: not a valid value for {name}") from None


def _key(assignment: str) -> str:
    """The note field an assignment names ("File-No=…" → "file_number")."""
    name = assignment.partition("=")[0]
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    return ALIASES.get(key, key)
