"""The full readout written into a Word document, every annotation a native comment on its
exact passage (runs are split at the annotation boundaries) with a matching highlight.

A *clean copy* (for distribution, where comments and highlights get lost or leak drafting
talk) writes each annotation as text instead: its number and first tag in brackets after the
passage ("[3: Risk]"), and an Annotations table after the readout with the passage, its
place and the comment, so a reader of a printed copy has everything."""

from __future__ import annotations

import contextlib
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from docx.document import Document as DocxDocument
from docx.oxml.ns import nsmap, qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph
from lxml import etree

from briefing_app.core.annotations import Annotation
from briefing_app.core.model import Node, Readout, Span
from briefing_app.export.comments import CommentWriter, range_end_xml, range_start_xml
from briefing_app.export.content import day_month_year
from briefing_app.export.docx_tools import (
    added_run_xml,
    element,
    parse_fragment,
    set_column_widths,
    text_run_xml,
    xml_attribute,
    xml_safe,
)

SHADES = {
    "Key point": "FFF0A6",
    "Action": "C8F0C0",
    "Risk": "FFC9C4",
    "Question": "C9E2FF",
    "Follow-up": "E4D4FF",
    "Talking point": "FFDCAE",
}
DEFAULT_SHADE = "FFF0A6"
PARAGRAPHS_PER_PARSE = 400
"""How many paragraphs of written markup are parsed at a time."""


def shade_for(annotation: Annotation) -> str:
    """The background colour of an annotated passage: its first tag's, as in the app."""
    return next((SHADES[t] for t in annotation.tags if t in SHADES), DEFAULT_SHADE)


def comment_text(
    annotation: Annotation, ref: str, *, portion: str = "", comment: str | None = None
) -> str:
    """What the comment says: tags, priority, owner and due date, then the comment itself.

    ``portion`` is the comment's portion mark ("(C) ") when the note's portions are marked,
    and ``comment`` the comment without a typed mark (see export.portions)."""
    facts = [", ".join(annotation.tags) or "Note", f"{annotation.priority.value} priority", ref]
    if annotation.owner:
        facts.append(f"owner: {annotation.owner}")
    if annotation.due:
        facts.append(f"due {day_month_year(annotation.due, short=True)}")
    if annotation.classification and not portion:
        facts.append(f"({annotation.classification})")
    head = portion + " · ".join(facts)
    text = annotation.comment if comment is None else comment
    return f"{head}\n{portion}{text}" if text else head


@dataclass
class _Anchor:
    annotation: Annotation
    first: int | None = None
    """Where its first run is in the writer's list of markup pieces."""
    last: int | None = None


class ReadoutWriter:
    """Writes nodes as headings and paragraphs before a marker paragraph, then removes it.

    The paragraphs are written as WordprocessingML text, one piece per run, and parsed in
    one go: comment ranges and clean-copy tags go between the pieces once every run of an
    annotation is known.
    """

    def __init__(
        self,
        document: DocxDocument,
        marker: Paragraph,
        readout: Readout,
        annotations: Iterable[Annotation],
        refs: dict[str, str],
        notes: dict[str, str],
        *,
        fallback_author: str = "",
        portions: dict[str, tuple[str, str]] | None = None,
        clean: bool = False,
    ) -> None:
        """``portions``: annotation id → (portion mark, comment without a typed mark).
        ``clean``: no comments or highlights; numbered tags in the text and an
        Annotations table after the readout instead."""
        self._document = document
        self._marker = marker
        self._readout = readout
        self._refs = refs
        self._notes = notes
        self._fallback_author = fallback_author
        self._portions = portions or {}
        ordered = sorted(annotations, key=lambda a: (a.start, a.end))
        self._anchors = [_Anchor(a) for a in ordered]
        self._starts = [a.start for a in ordered]
        self._longest = max((a.end - a.start for a in ordered), default=0)
        self._clean = clean
        self._comments = None if clean else CommentWriter(document)
        self._style_ids: dict[str, str] = {}
        self._pieces: list[str] = []
        self._paragraph_starts: list[int] = []
        """Where each paragraph's markup starts in the pieces."""

    def write(self) -> None:
        """Write the title block, preamble and every section, then attach the comments."""
        readout = self._readout
        for paragraph in readout.preamble:
            self._text_paragraph([(paragraph.span, paragraph.text)], None)
        for node in readout.sections:
            self._node(node, 0)
        before: dict[int, list[str]] = {}
        after: dict[int, list[str]] = {}
        placed = [a for a in self._anchors if a.first is not None and a.last is not None]
        if self._comments is None:
            for last, tags in _clean_tags(placed).items():
                after[last] = [text_run_xml(" " + " ".join(tags))]
        else:
            for anchor in placed:
                annotation = anchor.annotation
                ref = self._refs.get(annotation.anchor.node_id, "Overview")
                mark, comment = self._portions.get(annotation.id, ("", None))
                comment_id = self._comments.add(
                    comment_text(annotation, ref, portion=mark, comment=comment),
                    author=annotation.author or self._fallback_author,
                    when=annotation.modified,
                    resolved=annotation.resolved,
                )
                before.setdefault(anchor.first, []).append(range_start_xml(comment_id))  # type: ignore[arg-type]
                # Each end goes right after the last run, so later comments end first.
                after.setdefault(anchor.last, []).insert(0, range_end_xml(comment_id))  # type: ignore[arg-type]
        # Parsed a few hundred paragraphs at a time: one parse holds the interpreter lock, and
        # the window must not wait on a long readout exported on a worker.
        bounds = [*self._paragraph_starts[::PARAGRAPHS_PER_PARSE], len(self._pieces)]
        for low, high in pairwise(bounds):
            markup = []
            for index in range(low, high):
                markup.extend(before.get(index, ()))
                markup.append(self._pieces[index])
                markup.extend(after.get(index, ()))
            for written in parse_fragment("".join(markup)):
                self._marker._p.addprevious(written)
        self._pieces = []
        self._paragraph_starts = []
        if self._comments is None:
            if placed:
                self._annotations_table(placed)
        else:
            self._comments.finish()
        self._marker._p.getparent().remove(self._marker._p)

    def _node(self, node: Node, depth: int) -> None:
        label: list[tuple[Span | None, str]] = []
        if node.marker:
            label.append((node.marker_span, node.marker))
        if node.heading:
            if label:
                label.append((None, " "))
            label.append((node.heading_span, node.heading))
        style = "Heading 1" if depth == 0 else "Heading 2"
        paragraphs = list(node.paragraphs)
        if node.marker and not node.heading and paragraphs:
            # A numbered paragraph: its number leads the paragraph, as printed.
            first = paragraphs.pop(0)
            self._text_paragraph(
                [(node.marker_span, node.marker), (None, " "), (first.span, first.text)],
                None,
                indent=depth,
                bold_first=True,
            )
        elif label:
            self._text_paragraph(label, style)
        for paragraph in paragraphs:
            self._text_paragraph([(paragraph.span, paragraph.text)], None, indent=depth)
        note = self._notes.get(node.id)
        if note:
            self._open_paragraph("Quote")
            self._pieces.append(added_run_xml("Desk note: ", bold=True))
            self._pieces.append(added_run_xml(xml_safe(note)))
            self._pieces.append("</w:p>")
        for item in node.items:
            self._node(item, depth + 1)

    def _style_id(self, style: str) -> str:
        """python-docx resolves a style *name* by scanning all styles; with a few thousand
        paragraphs that was most of the export, so ids are looked up once."""
        if style not in self._style_ids:
            self._style_ids[style] = self._document.styles[style].style_id
        return self._style_ids[style]

    def _open_paragraph(self, style: str | None, indent: int = 0) -> None:
        """Start a paragraph, its style set by id."""
        properties = ""
        if style is not None or indent:
            style_xml = (
                f'<w:pStyle w:val="{xml_attribute(self._style_id(style))}"/>' if style else ""
            )
            indent_xml = f'<w:ind w:left="{360 * indent}"/>' if indent else ""  # ¼ inch a level
            properties = f"<w:pPr>{style_xml}{indent_xml}</w:pPr>"
        self._paragraph_starts.append(len(self._pieces))
        self._pieces.append(f"<w:p>{properties}")

    def _text_paragraph(
        self,
        pieces: list[tuple[Span | None, str]],
        style: str | None,
        indent: int = 0,
        *,
        bold_first: bool = False,
    ) -> None:
        self._open_paragraph(style, indent if style is None else 0)
        for index, (span, text) in enumerate(pieces):
            bold = bold_first and index == 0
            if span is None or len(span) != len(text):
                self._pieces.append(added_run_xml(xml_safe(text), bold=bold))
            else:
                self._runs(span.start, text, bold)
        self._pieces.append("</w:p>")

    def _runs(self, start: int, text: str, bold: bool) -> None:
        end = start + len(text)
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        touching = [a for a in self._anchors[first:last] if a.annotation.end > start]
        cuts = {start, end}
        for anchor in touching:
            cuts.add(min(max(anchor.annotation.start, start), end))
            cuts.add(min(max(anchor.annotation.end, start), end))
        points = sorted(cuts)
        for low, high in pairwise(points):
            if low == high:
                continue
            covering = [
                a for a in touching if a.annotation.start <= low and a.annotation.end >= high
            ]
            shade = shade_for(covering[0].annotation) if covering and not self._clean else None
            index = len(self._pieces)
            self._pieces.append(
                text_run_xml(text[low - start : high - start], shade=shade, bold=bold)
            )
            for anchor in covering:
                if anchor.first is None:
                    anchor.first = index
                anchor.last = index

    # -- the clean copy --------------------------------------------------------------------
    def _paragraph(self, style: str) -> Paragraph:
        """A new paragraph before the marker (after what is written already)."""
        p = element("w:p")
        ppr = element("w:pPr")
        style_element = element("w:pStyle")
        style_element.set(qn("w:val"), self._style_id(style))
        ppr.append(style_element)
        p.append(ppr)
        self._marker._p.addprevious(p)
        return Paragraph(p, self._marker._parent)

    def _annotations_table(self, placed: list[_Anchor]) -> None:
        heading = self._paragraph("Heading 1")
        heading.add_run("Annotations")
        headers = ("No.", "Where", "Tags", "Passage", "Comment")
        table = self._document.add_table(rows=1 + len(placed), cols=len(headers))
        with contextlib.suppress(KeyError):  # a user template without it: a plain table
            table.style = self._document.styles["Table Grid"]
        self._marker._p.addprevious(table._tbl)
        for cell, text in zip(table.rows[0].cells, headers, strict=True):
            cell.paragraphs[0].add_run(text).bold = True
            cell.paragraphs[0].paragraph_format.keep_with_next = True
        header_properties = table.rows[0]._tr.get_or_add_trPr()
        header_properties.append(element("w:tblHeader"))  # repeated; read as a header row
        for row, (number, anchor) in zip(table.rows[1:], enumerate(placed, start=1), strict=True):
            row._tr.get_or_add_trPr().append(element("w:cantSplit"))
            annotation = anchor.annotation
            values = (
                str(number),
                self._refs.get(annotation.anchor.node_id, "Overview"),
                ", ".join(annotation.tags) or "Note",
                f"“{annotation.quote}”",
                _clean_comment(annotation, *self._portions.get(annotation.id, ("", None))),
            )
            for cell, value in zip(row.cells, values, strict=True):
                cell.paragraphs[0].add_run(xml_safe(value))
        set_column_widths(table, [Cm(1.2), Cm(2.4), Cm(2.4), Cm(5.2), Cm(5.2)])


def _clean_tags(placed: list[_Anchor]) -> dict[int, list[str]]:
    """Where the clean copy's numbered tags go: after each annotation's last run, numbered
    in reading order, one after another where several end on the same run."""
    tags_after: dict[int, list[str]] = {}
    for number, anchor in enumerate(placed, start=1):
        tag = next(iter(anchor.annotation.tags), "Note")
        tags_after.setdefault(anchor.last, []).append(f"[{number}: {tag}]")  # type: ignore[arg-type]
    return tags_after


def _clean_comment(annotation: Annotation, portion: str = "", comment: str | None = None) -> str:
    """The comment with what a reader needs beside it: owner, due date, portion marking
    (``portion`` and ``comment`` as in :func:`comment_text`)."""
    said = (annotation.comment if comment is None else comment).strip()
    parts = [said] if said else []
    if annotation.owner:
        parts.append(f"Owner: {annotation.owner}")
    if annotation.due:
        parts.append(f"due {day_month_year(annotation.due, short=True)}")
    text = " · ".join(parts)
    if portion:
        return f"{portion}{text}".strip()
    if annotation.classification:
        text = f"({annotation.classification}) {text}".strip()
    return text


_MARKER_CANDIDATES = etree.XPath(
    "./w:p[contains(string(.), $marker)]", namespaces={"w": nsmap["w"]}
)


def find_marker(document: DocxDocument, marker: str) -> Paragraph | None:
    """The body paragraph whose whole text is ``marker``.

    One XPath query (in C) finds the few paragraphs holding the marker at all; only those
    have their text assembled by python-docx (doing that for every paragraph of a long
    note took 30 ms).
    """
    body = document.element.body
    for child in _MARKER_CANDIDATES(body, marker=marker):
        paragraph = Paragraph(child, document)
        if paragraph.text.strip() == marker:
            return paragraph
    return None
