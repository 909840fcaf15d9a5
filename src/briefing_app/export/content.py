"""The briefing note's content as plain data: what every template renders from.

Built once from a project (novelWriter-style: tokenise once, let each writer consume it).
Everything here is plain dicts, lists and strings once dumped, so the sandboxed template
engine never sees a Python object with methods worth reaching for.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from bisect import bisect_left

from pydantic import BaseModel, Field

from briefing_app.core.annotations import Annotation
from briefing_app.core.model import Node, Readout
from briefing_app.core.project import NoteFields, Project
from briefing_app.core.references import section_refs
from briefing_app.export.docx_tools import xml_safe
from briefing_app.export.portions import mark_and_space, mark_note

_UNSAFE_IN_JSON = re.compile(r"\\u00(?:0[0-8bcef]|1[0-9a-f])|\\uff(?:fe|ff)|[\ud800-\udfff]")
TAG_KEYS = {
    "Key point": "key_points",
    "Action": "actions",
    "Risk": "risks",
    "Question": "questions",
    "Follow-up": "follow_ups",
    "Talking point": "talking_points",
}
PLACEMENT_ORDER = ("Action", "Risk", "Question", "Follow-up", "Talking point", "Key point")
"""Which tag decides where a multi-tag annotation goes in a built-in note (first wins).

What needs doing (Action) or stays internal (Risk, Question, Follow-up) comes before what we
say (Talking point), which comes before what they said (Key point): so an internal comment
can never land in a line meant for the public. An annotation with none of these tags is
placed as a key point.
"""


_CLOSERS = "\"'”’»」』)]）"
_ENDS = ".!?。！？…"


_TYPED_NUMBER = re.compile(r"^(\([^)]*\)\s+)?[(（]?[0-9０-９]{1,2}(?:[.)]\s+|[．）]\s*)")
"""A number typed at the start of a list line ("1. ", "2) ", "(3) ", "４．"), after its
portion mark if it has one; letters are left alone ("(c)" may be a portion mark)."""


def without_typed_number(line: str) -> str:
    """``line`` without the number the user typed before it: the note numbers its lists
    itself ("1. 1. Push for…" otherwise)."""
    match = _TYPED_NUMBER.match(line)
    if match is None or not line[match.end() :].strip():
        return line
    return (match.group(1) or "") + line[match.end() :]


def as_sentence(text: str) -> str:
    """``text`` ending in one full stop: none added after ".", "?", "!" or "…", even when a
    closing quote or bracket follows it (no "confidence.." or "confidence.”.")."""
    text = text.rstrip()
    if not text:
        return text
    core = text.rstrip(_CLOSERS)
    if core.endswith(tuple(_ENDS)):
        return text
    return text + "."


def written_date(day: dt.date, language: str = "en") -> str:
    """A date as a note in ``language`` writes it: "1 December 2026", "2026年12月1日"."""
    if language == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    return day_month_year(day)


def day_month_year(day: dt.date, *, short: bool = False) -> str:
    """ "30 January 2012" (or "30 Jan 2012"), on every platform (no ``%-d``)."""
    return f"{day.day} {day:%b %Y}" if short else f"{day.day} {day:%B %Y}"


def place_of(tags: list[str]) -> str:
    """The tag that decides where an annotation with ``tags`` goes (see PLACEMENT_ORDER)."""
    return next((tag for tag in PLACEMENT_ORDER if tag in tags), "Key point")


class Passage(BaseModel):
    """An annotation as it flows into a note: the exact quote, its reference and the mark-up."""

    id: str
    quote: str
    ref: str
    section: str
    comment: str
    tags: list[str]
    priority: str
    owner: str
    due: str
    author: str
    include: bool
    place: str
    """The one tag that decides its place in a built-in note (see :func:`place_of`)."""
    portion: str = ""
    """Its portion mark and a space ("(C) "), when the note's portions are marked."""
    start: int
    end: int


class SectionContent(BaseModel):
    """One section or item of the readout, with its annotations and the officer's note."""

    id: str
    ref: str
    number: str
    heading: str
    label: str
    paragraphs: list[str]
    note: str
    reviewed: bool
    annotations: list[Passage]
    items: list[SectionContent] = Field(default_factory=list)
    depth: int = 0


class BriefContent(BaseModel):
    """Everything a template can use (see the README's template variables table).

    Template variables:

    - ``note``: the note's fields as text (``note['from']``; empty string when not filled),
      with ``note.cleared`` a list of ``{name, office, date}`` (empty clearances left out);
    - ``marking``, ``classification``, ``generated`` (today);
    - ``readout``: ``title``, ``date``, ``source``, ``attribution``, ``preamble``;
    - ``sections`` / ``brief_sections``: the readout's nodes (``ref``, ``number``,
      ``heading``, ``label``, ``paragraphs``, ``note``, ``reviewed``, ``annotations``,
      ``items``); ``brief_sections`` only those with an included annotation or a note;
    - ``annotations``: every included annotation, as a passage (``quote`` without list
      markers, ``ref``, ``section``, ``comment``, ``tags``, ``place``, ``priority``,
      ``owner``, ``due``, ``author``);
    - ``key_points``, ``actions``, ``risks``, ``questions``, ``follow_ups``,
      ``talking_points`` and ``by_tag[tag]``: included annotations *by tag*, so an annotation
      with two tags is in two lists;
    - ``placed``: the same keys, but each included annotation in exactly one list, chosen by
      the first of its tags in this order: Action, Risk, Question, Follow-up, Talking point,
      Key point (no such tag: Key point). The built-in templates use ``placed``, so every
      included annotation lands exactly once, and internal comments (Risk, Question,
      Follow-up) never reach a line meant for the public;
    - ``recommendations``: one per line of the field (a number typed before it dropped);
    - ``annotators``: the authors of the included annotations, in order ("" if none);
    - ``{{ readout_body }}`` alone in a paragraph: the full annotated readout.

    A reference (``ref``) uses what the readout prints: "§5(3)" for numbered sections and
    items, "'Heading', ¶25" for a numbered paragraph under an unnumbered heading,
    "'Heading'" for the heading itself; positions are never counted.
    """

    note: dict[str, object]
    classification: str
    marking: str
    generated: str
    readout: dict[str, object]
    sections: list[SectionContent]
    brief_sections: list[SectionContent]
    annotations: list[Passage]
    key_points: list[Passage]
    actions: list[Passage]
    risks: list[Passage]
    questions: list[Passage]
    follow_ups: list[Passage]
    talking_points: list[Passage]
    by_tag: dict[str, list[Passage]]
    placed: dict[str, list[Passage]]
    recommendations: list[str]
    annotators: str = ""
    included_only: bool
    authority: list[str] = Field(default_factory=list)
    """The classification authority block lines ("Classified By: …"), when required."""
    marking_notices: list[str] = Field(default_factory=list)
    """What the officer should know about the markings (banner raised, portions marked)."""
    marking_messages: list[dict[str, object]] = Field(default_factory=list)
    """The same as message codes and parameters (``{"code", "params"}``), for the GUI to say
    in the user's language."""
    marking_position: str = "center"
    readout_portion: str = ""
    """The portion mark of the readout's own text quoted in the note ("(S) "), when the
    note's portions are marked: the note's own marking, as for any unmarked portion."""

    def section_notes(self) -> dict[str, str]:
        """Node id → the officer's note on it, portion-marked as the note prints it."""
        found: dict[str, str] = {}
        stack = list(self.sections)
        while stack:
            section = stack.pop()
            if section.note:
                found[section.id] = section.note
            stack.extend(section.items)
        return found

    def context(self) -> dict[str, object]:
        """The template context: plain data only, every string safe to put in XML.

        The same as ``model_dump()``, built so that each passage and section is dumped and
        probed once: a passage is in up to seven lists (its section, ``annotations``, its tag
        lists, ``by_tag``, ``placed``), and dumping and probing every copy was a third of a
        big note's export. The lists share one dict per passage (the sandbox is immutable).
        """
        shared = _SharedDump()
        data = self.model_dump(exclude=_PASSAGE_FIELDS | _PASSAGE_MAPS | _SECTION_FIELDS)
        pieces = _pieces(data)
        for name in _PASSAGE_FIELDS:
            data[name] = [shared.passage(p) for p in getattr(self, name)]
        for name in _PASSAGE_MAPS:
            mapping: dict[str, list[Passage]] = getattr(self, name)
            data[name] = {key: [shared.passage(p) for p in ps] for key, ps in mapping.items()}
        for name in _SECTION_FIELDS:
            data[name] = [shared.section(s) for s in getattr(self, name)]
        data = {name: data[name] for name in type(self).model_fields}
        # C-speed probes, one per chunk of pieces (a single probe of a big readout held the
        # interpreter lock for 40 ms, freezing the window while an export ran on a worker);
        # the (slow) recursive clean-up only runs when a control character or lone surrogate
        # is there. Passages and sections are probed before they are nested in each other.
        pieces += shared.pieces
        chunks = (pieces[i : i + _CHUNK] for i in range(0, len(pieces), _CHUNK))
        if not any(_unsafe(chunk) for chunk in chunks):
            return data
        return _clean(data)  # type: ignore[no-any-return]


_PASSAGE_FIELDS = frozenset(
    {"annotations", "key_points", "actions", "risks", "questions", "follow_ups", "talking_points"}
)
_PASSAGE_MAPS = frozenset({"by_tag", "placed"})
_SECTION_FIELDS = frozenset({"sections", "brief_sections"})
_CHUNK = 64
"""Pieces per probe: a few hundred microseconds of C each."""


_SECTION_KEYS = tuple(SectionContent.model_fields)


class _SharedDump:
    """Dumps each passage and section object once, keeping their plain (unnested) parts."""

    def __init__(self) -> None:
        self._passages: dict[int, dict[str, object]] = {}
        self._sections: dict[int, dict[str, object]] = {}
        self.pieces: list[object] = []

    def passage(self, passage: Passage) -> dict[str, object]:
        found = self._passages.get(id(passage))
        if found is None:
            found = self._passages[id(passage)] = passage.model_dump()
            self.pieces.append(found)
        return found

    def section(self, section: SectionContent) -> dict[str, object]:
        found = self._sections.get(id(section))
        if found is not None:
            return found
        plain = section.model_dump(exclude={"annotations", "items"})
        self.pieces.append(plain)  # probed without the passages and items nested in it
        nested = {
            "annotations": [self.passage(p) for p in section.annotations],
            "items": [self.section(item) for item in section.items],
        }
        found = self._sections[id(section)] = {
            name: nested[name] if name in nested else plain[name] for name in _SECTION_KEYS
        }
        return found


def _pieces(data: dict[str, object]) -> list[object]:
    """The context's values, lists taken item by item."""
    pieces: list[object] = []
    for value in data.values():
        if isinstance(value, list):
            pieces.extend(value)
        else:
            pieces.append(value)
    return pieces


def _unsafe(piece: object) -> bool:
    text = json.dumps(piece, ensure_ascii=False, default=str)
    try:
        text.encode("utf-8")  # fails only on a lone surrogate
    except UnicodeEncodeError:
        return True
    # The pattern is slow to scan; its escapes all start with a backslash and a "u".
    return "\\u" in text and _UNSAFE_IN_JSON.search(text) is not None


_LEADING_MARKER = re.compile(r"^\s*(?:[-–—•●▪◦*・□ㅇ]\s+|\(\w{1,4}\)\s+)+")


def marker_spans(readout: Readout) -> list[tuple[int, int]]:
    """Where the readout's list markers stand, in text order."""
    return sorted(
        (node.marker_span.start, node.marker_span.end)
        for node in readout.walk()
        if node.marker_span is not None
    )


def clean_quote(
    readout: Readout, start: int, end: int, markers: list[tuple[int, int]] | None = None
) -> str:
    """The quoted passage ``readout.text[start:end]`` without list markers or bullets.

    Markers the importer recognised are cut out wherever they fall in the passage; a bullet
    or dash the passage happens to start with is dropped too. Whitespace around a cut is
    folded into one space. ``markers`` (from :func:`marker_spans`) saves finding them again.
    """
    text = readout.text
    if markers is None:
        markers = marker_spans(readout)
    first = bisect_left(markers, (start, start)) - 1  # one before may reach into the passage
    cuts = []
    # Walked by index: slicing off the rest of the list for each passage made this O(n²).
    for index in range(max(first, 0), len(markers)):
        low, high = markers[index]
        if low >= end:
            break
        if high > start:
            cuts.append((max(low, start), min(high, end)))
    pieces: list[str] = []
    position = start
    for low, high in cuts:
        pieces.append(text[position:low])
        position = max(position, high)
    pieces.append(text[position:end])
    quote = " ".join(piece.strip() for piece in pieces if piece.strip())
    return _LEADING_MARKER.sub("", quote).strip()


def build_content(
    project: Project,
    *,
    included_only: bool = True,
    today: dt.date | None = None,
    language: str = "en",
) -> BriefContent:
    """The note's content from ``project``, its portions marked under the project's scheme.

    ``included_only`` keeps only the annotations marked "include in brief"; ``language`` is
    the note's ("ja" prints 秘 rather than SECRET). Raises MarkingRefusedError when the markings
    break the scheme's rules.
    """
    readout = project.readout
    refs = section_refs(readout.sections)
    labels = {node.id: node.label for node in readout.walk()}
    markers = marker_spans(readout)
    passages = [
        _passage(a, readout, refs, labels, markers)
        for a in sorted(project.annotations, key=lambda a: a.start)
    ]
    chosen = [p for p in passages if p.include or not included_only]
    by_id = {annotation.id: annotation for annotation in project.annotations}
    marks = mark_note(project, [by_id[p.id] for p in chosen], refs, language=language)
    for passage in chosen:
        passage.portion = marks.annotation_marks[passage.id]
        passage.comment = marks.annotation_comments[passage.id]
    by_node: dict[str, list[Passage]] = {}
    for passage in passages:
        node_id = by_id[passage.id].anchor.node_id
        by_node.setdefault(node_id, []).append(passage)
    notes = {**project.section_notes, **marks.section_notes}
    sections = [
        _section(node, notes, project, refs, labels, by_node, 0) for node in readout.sections
    ]
    brief_sections = [s for s in sections if _has_chosen(s, included_only)]
    by_tag: dict[str, list[Passage]] = {tag: [] for tag in project.taxonomy}
    for passage in chosen:
        for tag in passage.tags:
            by_tag.setdefault(tag, []).append(passage)
    note = _note_dict(project.note)
    note.update(marks.fields)
    note["classification"] = marks.plan.banner.level
    lists = {key: by_tag.get(tag, []) for tag, key in TAG_KEYS.items()}
    placed: dict[str, list[Passage]] = {key: [] for key in TAG_KEYS.values()}
    for passage in chosen:
        placed[TAG_KEYS[passage.place]].append(passage)
    return BriefContent(
        note=note,
        classification=marks.plan.banner.level,
        marking=marks.banner,
        authority=marks.authority,
        marking_notices=marks.plan.notices,
        marking_messages=[{"code": code, "params": params} for code, params in marks.plan.messages],
        marking_position=marks.plan.scheme.position,
        readout_portion=mark_and_space(marks.plan.portion_text(None, language)),
        generated=written_date(today or dt.date.today(), language),
        readout={
            "title": readout.title or "",
            "date": readout.date or "",
            "source": readout.source or "",
            "attribution": readout.attribution or "",
            "preamble": [p.text for p in readout.preamble],
        },
        sections=sections,
        brief_sections=brief_sections,
        annotations=chosen,
        by_tag=by_tag,
        placed=placed,
        recommendations=[
            without_typed_number(line.strip(" -•\t"))
            for line in marks.fields["recommendations"].splitlines()
            if line.strip()
        ],
        annotators=", ".join(dict.fromkeys(a.author for a in chosen if a.author.strip())),
        included_only=included_only,
        **lists,
    )


def _note_dict(note: NoteFields) -> dict[str, object]:
    """The note's fields as plain text (clearances as a list), blank ones as ""."""
    result: dict[str, object] = {}
    for name in NoteFields.model_fields:
        value = getattr(note, name)
        if name == "cleared":
            result[name] = [
                {key: " ".join(text.split()) for key, text in c.model_dump().items()}
                for c in value
                if not c.is_empty()
            ]
        else:
            text = str(getattr(value, "value", value))
            result[name] = text if text.strip() else ""
    result["from"] = result.pop("from_")
    return result


def _passage(
    annotation: Annotation,
    readout: Readout,
    refs: dict[str, str],
    labels: dict[str, str],
    markers: list[tuple[int, int]],
) -> Passage:
    node_id = annotation.anchor.node_id
    return Passage(
        id=annotation.id,
        quote=clean_quote(readout, annotation.start, annotation.end, markers) or annotation.quote,
        ref=refs.get(node_id, "Overview"),
        section=labels.get(node_id, "Overview"),
        comment=annotation.comment,
        tags=list(annotation.tags),
        priority=annotation.priority.value,
        owner=annotation.owner,
        due=day_month_year(annotation.due, short=True) if annotation.due else "",
        author=annotation.author,
        include=annotation.include_in_brief,
        place=place_of(annotation.tags),
        start=annotation.start,
        end=annotation.end,
    )


def _section(
    node: Node,
    notes: dict[str, str],
    project: Project,
    refs: dict[str, str],
    labels: dict[str, str],
    by_node: dict[str, list[Passage]],
    depth: int,
) -> SectionContent:
    return SectionContent(
        id=node.id,
        ref=refs[node.id],
        number=node.number or "",
        heading=node.heading or "",
        label=labels[node.id],  # worked out once per node (it splits the first paragraph)
        paragraphs=[p.text for p in node.paragraphs],
        note=notes.get(node.id, ""),
        reviewed=project.is_reviewed(node.id),
        annotations=by_node.get(node.id, []),
        items=[
            _section(item, notes, project, refs, labels, by_node, depth + 1) for item in node.items
        ],
        depth=depth,
    )


def _has_chosen(section: SectionContent, included_only: bool) -> bool:
    if any(p.include or not included_only for p in section.annotations) or section.note:
        return True
    return any(_has_chosen(item, included_only) for item in section.items)


def _clean(value: object) -> object:
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    return value
