"""Native Word comments, added in linear time.

python-docx's ``add_comment`` finds the next free id by scanning every existing comment, so
adding n comments costs O(n²); with a few thousand annotations that dominated the export. This
writer allocates ids from a counter and builds the same XML python-docx would.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.run import Run

from briefing_app.export.docx_tools import element, xml_safe


def initials_of(author: str) -> str:
    """ "A. Tanaka (Russia Division)" → "AT"."""
    words = [w for w in author.split("(")[0].replace(".", " ").split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words[:3])


class CommentWriter:
    """Adds comments to a document's comments part, anchored on runs of its body."""

    def __init__(self, document: DocxDocument) -> None:
        self._comments = document.part._comments_part.element  # creates the part if missing
        used = [int(x) for x in self._comments.xpath("./w:comment/@w:id")]
        self._next_id = max(used, default=-1) + 1
        self._pending: list[object] = []

    def add(self, first: Run, last: Run, text: str, *, author: str, when: dt.datetime) -> int:
        """Comment ``text`` on the runs from ``first`` to ``last``; returns the comment id."""
        comment_id = self._next_id
        self._next_id += 1
        comment = parse_xml(
            f'<w:comment {nsdecls("w")} w:id="{comment_id}" w:author="" w:initials="" w:date="">'
            f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
            f"</w:p></w:comment>"
        )
        author = xml_safe(author)
        text = xml_safe(text)
        comment.set(qn("w:author"), author)
        comment.set(qn("w:initials"), initials_of(author))
        comment.set(qn("w:date"), when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        lines = text.split("\n")
        first_paragraph = comment[0]
        for index, line in enumerate(lines):
            paragraph = first_paragraph
            if index:
                paragraph = element("w:p")
                ppr = element("w:pPr")
                style = element("w:pStyle")
                style.set(qn("w:val"), "CommentText")
                ppr.append(style)
                paragraph.append(ppr)
                comment.append(paragraph)
            run = element("w:r")
            text_element = element("w:t")
            text_element.set(qn("xml:space"), "preserve")
            text_element.text = (" " if index == 0 else "") + line
            run.append(text_element)
            paragraph.append(run)
        self._pending.append(comment)
        _mark_range(first, last, comment_id)
        return comment_id

    def finish(self) -> None:
        """Append the comments built so far to the comments part, in one go."""
        self._comments.extend(self._pending)
        self._pending = []


def _mark_range(first: Run, last: Run, comment_id: int) -> None:
    """Put the comment's range around the runs and its reference run after the last one."""
    start = element("w:commentRangeStart")
    start.set(qn("w:id"), str(comment_id))
    first._r.addprevious(start)
    end = element("w:commentRangeEnd")
    end.set(qn("w:id"), str(comment_id))
    last._r.addnext(end)
    reference_run = element("w:r")
    rpr = element("w:rPr")
    style = element("w:rStyle")
    style.set(qn("w:val"), "CommentReference")
    rpr.append(style)
    reference_run.append(rpr)
    reference = element("w:commentReference")
    reference.set(qn("w:id"), str(comment_id))
    reference_run.append(reference)
    end.addnext(reference_run)
