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
from docx.text.run import Run
from lxml import etree

from briefing_app.core.annotations import Annotation
from briefing_app.core.model import Node, Readout, Span
from briefing_app.export.comments import CommentWriter
from briefing_app.export.content import day_month_year
from briefing_app.export.docx_tools import element, fast_run, set_column_widths, xml_safe

SHADES = {
    "Key point": "FFF0A6",
    "Action": "C8F0C0",
    "Risk": "FFC9C4",
    "Question": "C9E2FF",
    "Follow-up": "E4D4FF",
    "Talking point": "FFDCAE",
}
DEFAULT_SHADE = "FFF0A6"


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
    first: Run | None = None
    last: Run | None = None


class ReadoutWriter:
    """Writes nodes as headings and paragraphs before a marker paragraph, then removes it."""

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

    def write(self) -> None:
        """Write the title block, preamble and every section, then attach the comments."""
        readout = self._readout
        for paragraph in readout.preamble:
            self._text_paragraph([(paragraph.span, paragraph.text)], None)
        for node in readout.sections:
            self._node(node, 0)
        if self._comments is None:
            self._write_clean()
            self._marker._p.getparent().remove(self._marker._p)
            return
        for anchor in self._anchors:
            if anchor.first is not None and anchor.last is not None:
                annotation = anchor.annotation
                ref = self._refs.get(annotation.anchor.node_id, "Overview")
                mark, comment = self._portions.get(annotation.id, ("", None))
                self._comments.add(
                    anchor.first,
                    anchor.last,
                    comment_text(annotation, ref, portion=mark, comment=comment),
                    author=annotation.author or self._fallback_author,
                    when=annotation.modified,
                    resolved=annotation.resolved,
                )
        self._comments.finish()
        parent = self._marker._p.getparent()
        parent.remove(self._marker._p)

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
            para = self._paragraph("Quote")
            para.add_run("Desk note: ").bold = True
            para.add_run(xml_safe(note))
        for item in node.items:
            self._node(item, depth + 1)

    def _paragraph(self, style: str | None, indent: int = 0) -> Paragraph:
        """A new paragraph before the marker, its style set by id.

        python-docx resolves a style *name* on every paragraph by scanning all styles; with a
        few thousand paragraphs that was most of the export, so ids are looked up once.
        """
        p = element("w:p")
        if style is not None or indent:
            ppr = element("w:pPr")
            if style is not None:
                if style not in self._style_ids:
                    self._style_ids[style] = self._document.styles[style].style_id
                style_element = element("w:pStyle")
                style_element.set(qn("w:val"), self._style_ids[style])
                ppr.append(style_element)
            if indent:
                ind = element("w:ind")
                ind.set(qn("w:left"), str(360 * indent))  # a quarter inch a level
                ppr.append(ind)
            p.append(ppr)
        self._marker._p.addprevious(p)
        return Paragraph(p, self._marker._parent)

    def _text_paragraph(
        self,
        pieces: list[tuple[Span | None, str]],
        style: str | None,
        indent: int = 0,
        *,
        bold_first: bool = False,
    ) -> None:
        paragraph = self._paragraph(style, indent if style is None else 0)
        for index, (span, text) in enumerate(pieces):
            runs_before = len(paragraph._p.r_lst)
            if span is None or len(span) != len(text):
                paragraph.add_run(xml_safe(text))
            else:
                self._runs(paragraph, span.start, text)
            if bold_first and index == 0:
                for run in paragraph.runs[runs_before:]:
                    run.bold = True

    def _runs(self, paragraph: Paragraph, start: int, text: str) -> None:
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
            run = fast_run(paragraph, text[low - start : high - start], shade)
            for anchor in covering:
                if anchor.first is None:
                    anchor.first = run
                anchor.last = run

    # -- the clean copy --------------------------------------------------------------------
    def _write_clean(self) -> None:
        """Number the annotations in reading order, tag each passage in the text, and list
        them in a table after the readout."""
        placed = [a for a in self._anchors if a.last is not None]
        tags_after: dict[int, list[str]] = {}
        for number, anchor in enumerate(placed, start=1):
            tag = next(iter(anchor.annotation.tags), "Note")
            tags_after.setdefault(id(anchor.last), []).append(f"[{number}: {tag}]")
        for anchor in placed:
            labels = tags_after.pop(id(anchor.last), None)
            if labels and anchor.last is not None:
                tag_run = element("w:r")
                text = element("w:t")
                text.set(qn("xml:space"), "preserve")
                text.text = " " + " ".join(labels)
                tag_run.append(text)
                anchor.last._r.addnext(tag_run)
        if placed:
            self._annotations_table(placed)

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
