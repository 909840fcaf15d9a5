"""The note's markings applied to its content: every portion read, the banner computed, and
the text rewritten with normalised portion marks.

Portions are the lines of the note's prose fields (purpose, summary, recommendations, press
line), the officer's section notes and every annotation carried into the note. A portion
mark typed at the start of a line ("(s//nf) …") is read by the project's scheme and written
back normalised ("(S//NF) …"); an annotation's level counts as its mark.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing_app.core.annotations import Annotation
from briefing_app.core.marking_scheme import MarkingScheme, get_scheme
from briefing_app.core.markings import (
    AUTHORITY_FIELDS,
    NOTE_PLACE,
    Marking,
    MarkingPlan,
    MarkingRefusedError,
    MarkingSyntaxError,
    Place,
    Portion,
    authority_lines,
    check_banner_covers,
    check_marking,
    parse_caveats,
    plan_markings,
    split_portion,
)
from briefing_app.core.project import NoteFields, Project
from briefing_app.core.wording import shortened

logger = logging.getLogger(__name__)

MARKED_FIELDS = ("purpose", "summary", "recommendations", "press_line")
"""The note's prose fields: each line is a portion."""


@dataclass
class NoteMarks:
    """The marking plan of a project's note and how each portion is written."""

    plan: MarkingPlan
    language: str
    fields: dict[str, str]
    """Each prose field with its lines portion-marked."""
    section_notes: dict[str, str]
    annotation_marks: dict[str, str]
    """Annotation id → its portion mark with a trailing space ("(C) "), or ""."""
    annotation_comments: dict[str, str]
    """Annotation id → its comment without a typed portion mark."""
    authority: list[str] = field(default_factory=list)

    @property
    def banner(self) -> str:
        """The page marking, in the note's language."""
        return self.plan.banner_text(self.language)


def mark_note(
    project: Project,
    annotations: list[Annotation],
    refs: dict[str, str],
    *,
    language: str = "en",
) -> NoteMarks:
    """Read every portion of the note (its fields, the section notes, ``annotations`` carried
    into it), plan the banner, and write each portion with its mark.

    Raises MarkingRefusedError (an ExportError) with the exact reason when the markings break the
    scheme's rules, and MarkingSchemeError when the project's scheme is unknown.
    """
    scheme = get_scheme(project.marking_scheme)
    note = project.note
    declared = _declared(scheme, note)
    labels = NoteFields.labels()
    portions: list[Portion] = []
    field_lines = {
        name: _read_lines(
            scheme,
            getattr(note, name),
            lambda number, name=name: Place(
                "field_line", field=name, label=labels[name], line=number
            ),
            portions,
        )
        for name in MARKED_FIELDS
    }
    note_lines = {
        node_id: _read_lines(
            scheme,
            text,
            lambda _number, ref=refs[node_id]: Place("section_note", ref=ref),
            portions,
        )
        for node_id, text in project.section_notes.items()
        if node_id in refs and text.strip()
    }
    carried: dict[str, tuple[Marking | None, str]] = {}
    for annotation in annotations:
        place = Place(
            "annotation",
            ref=refs.get(annotation.anchor.node_id, "the overview"),
            quote=shortened(annotation.quote, 40),
        )
        marking, comment = _annotation_marking(scheme, annotation, place)
        portions.append(Portion(place, marking))
        carried[annotation.id] = (marking, comment)
    authority = {name: getattr(note, name) for name in AUTHORITY_FIELDS}
    plan = plan_markings(scheme, declared, portions, authority)
    check_banner_covers(plan, portions)
    for notice in plan.notices:
        logger.info("Markings: %s", notice)
    block = authority_lines(authority) if scheme.authority_block and _classified(plan) else []
    return NoteMarks(
        plan=plan,
        language=language,
        fields={name: _write_lines(plan, lines, language) for name, lines in field_lines.items()},
        section_notes={
            node_id: _write_lines(plan, lines, language) for node_id, lines in note_lines.items()
        },
        annotation_marks={
            key: mark_and_space(plan.portion_text(marking, language))
            for key, (marking, _comment) in carried.items()
        },
        annotation_comments={key: comment for key, (_m, comment) in carried.items()},
        authority=block,
    )


Line = tuple[Marking | None, str] | None
"""A line of officer's text: its typed mark and the text after it (None: a blank line)."""


def _read_lines(
    scheme: MarkingScheme,
    text: str,
    place_of: Callable[[int], Place],
    portions: list[Portion],
) -> list[Line]:
    """Each line of ``text`` with its typed portion mark; each non-blank line is added to
    ``portions`` at the place ``place_of(line number)`` names."""
    lines: list[Line] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            lines.append(None)
            continue
        marking, rest = split_portion(scheme, line)
        portions.append(Portion(place_of(number), marking))
        lines.append((marking, rest))
    return lines


def _write_lines(plan: MarkingPlan, lines: list[Line], language: str) -> str:
    """The lines again, each with the mark the plan gives it (normalised, or the default)."""
    return "\n".join(
        "" if line is None else mark_and_space(plan.portion_text(line[0], language)) + line[1]
        for line in lines
    )


def mark_and_space(mark: str) -> str:
    """A portion mark ready to go before its text: "(C) ", or "" for none."""
    return f"{mark} " if mark else ""


def _classified(plan: MarkingPlan) -> bool:
    return plan.scheme.level(plan.banner.level).classified


def _declared(scheme: MarkingScheme, note: NoteFields) -> Marking:
    check_marking(scheme, Marking(note.classification), NOTE_PLACE)
    try:
        return parse_caveats(scheme, note.handling_caveat, level=note.classification)
    except MarkingSyntaxError as exc:
        raise MarkingRefusedError.coded(exc.code, **exc.params) from None


def _annotation_marking(
    scheme: MarkingScheme, annotation: Annotation, place: Place
) -> tuple[Marking | None, str]:
    """The annotation's mark (typed at the start of its comment, or its level) and its
    comment without the typed mark. The higher of the two levels wins."""
    typed, comment = split_portion(scheme, annotation.comment)
    level = annotation.classification
    if level is not None:
        check_marking(scheme, Marking(level), place)
    if typed is None:
        return (Marking(level) if level else None), comment
    if level and scheme.rank(level) > scheme.rank(typed.level):
        typed = Marking(level, typed.caveats, typed.countries, typed.free)
    return typed, comment
