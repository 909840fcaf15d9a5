"""The note's markings applied to its content: every portion read, the banner computed, and
the text rewritten with normalised portion marks.

Portions are the lines of the note's prose fields (purpose, summary, recommendations, press
line), the officer's section notes and every annotation carried into the note. A portion
mark typed at the start of a line ("(s//nf) …") is read by the project's scheme and written
back normalised ("(S//NF) …"); an annotation's level counts as its mark.
"""

from __future__ import annotations

import logging
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
    field_lines: dict[str, list[tuple[Marking | None, str] | None]] = {}
    for name in MARKED_FIELDS:
        lines = []
        for number, line in enumerate(getattr(note, name).split("\n"), start=1):
            if not line.strip():
                lines.append(None)
                continue
            marking, rest = split_portion(scheme, line)
            place = Place("field_line", field=name, label=labels[name], line=number)
            portions.append(Portion(place, marking))
            lines.append((marking, rest))
        field_lines[name] = lines
    note_lines: dict[str, list[tuple[Marking | None, str] | None]] = {}
    for node_id, text in project.section_notes.items():
        if node_id not in refs or not text.strip():
            continue
        lines = []
        for line in text.split("\n"):
            if not line.strip():
                lines.append(None)
                continue
            marking, rest = split_portion(scheme, line)
            portions.append(Portion(Place("section_note", ref=refs[node_id]), marking))
            lines.append((marking, rest))
        note_lines[node_id] = lines
    carried: dict[str, tuple[Marking | None, str]] = {}
    for annotation in annotations:
        ref = refs.get(annotation.anchor.node_id, "the overview")
        marking, comment = _annotation_marking(scheme, annotation, ref)
        place = Place(
            "annotation",
            ref=ref,
            quote=shortened(annotation.quote, 40),
        )
        portions.append(Portion(place, marking))
        carried[annotation.id] = (marking, comment)
    authority = {name: getattr(note, name) for name in AUTHORITY_FIELDS}
    plan = plan_markings(scheme, declared, portions, authority)
    check_banner_covers(plan, portions)
    for notice in plan.notices:
        logger.info("Markings: %s", notice)

    def write(lines: list[tuple[Marking | None, str] | None]) -> str:
        out = []
        for line in lines:
            if line is None:
                out.append("")
                continue
            marking, rest = line
            mark = plan.portion_text(marking, language)
            out.append(f"{mark} {rest}" if mark else rest)
        return "\n".join(out)

    marks = {}
    for annotation_id, (marking, _comment) in carried.items():
        mark = plan.portion_text(marking, language)
        marks[annotation_id] = f"{mark} " if mark else ""
    block = authority_lines(authority) if scheme.authority_block and _classified(plan) else []
    return NoteMarks(
        plan=plan,
        language=language,
        fields={name: write(lines) for name, lines in field_lines.items()},
        section_notes={node_id: write(lines) for node_id, lines in note_lines.items()},
        annotation_marks=marks,
        annotation_comments={key: comment for key, (_m, comment) in carried.items()},
        authority=block,
    )


def _classified(plan: MarkingPlan) -> bool:
    return plan.scheme.level(plan.banner.level).classified


def _declared(scheme: MarkingScheme, note: NoteFields) -> Marking:
    check_marking(scheme, Marking(note.classification), NOTE_PLACE)
    try:
        return parse_caveats(scheme, note.handling_caveat, level=note.classification)
    except MarkingSyntaxError as exc:
        raise MarkingRefusedError.coded(exc.code, **exc.params) from None


def _annotation_marking(
    scheme: MarkingScheme, annotation: Annotation, ref: str
) -> tuple[Marking | None, str]:
    """The annotation's mark (typed at the start of its comment, or its level) and its
    comment without the typed mark. The higher of the two levels wins."""
    typed, comment = split_portion(scheme, annotation.comment)
    level = annotation.classification
    if level is not None and not scheme.has_level(level):
        place = Place("annotation", ref=ref, quote=shortened(annotation.quote, 40))
        check_marking(scheme, Marking(level), place)
    if typed is None:
        return (Marking(level) if level else None), comment
    if level and scheme.rank(level) > scheme.rank(typed.level):
        typed = Marking(level, typed.caveats, typed.countries, typed.free)
    return typed, comment
