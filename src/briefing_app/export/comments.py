"""Native Word comments, added in linear time.

python-docx's ``add_comment`` finds the next free id by scanning every existing comment, so
adding n comments costs O(n²); with a few thousand annotations that dominated the export. This
writer allocates ids from a counter and writes the same XML python-docx would, as text parsed
in one go when the comments are finished (making each element through python-docx cost more
than all the rest). The body marks each comment's range with :func:`range_start_xml` and
:func:`range_end_xml`.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document as DocxDocument

from briefing_app.export.docx_tools import parse_fragment, xml_attribute, xml_safe, xml_text


def initials_of(author: str) -> str:
    """ "A. Tanaka (Russia Division)" → "AT"."""
    words = [w for w in author.split("(")[0].replace(".", " ").split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words[:3])


COMMENTS_PER_PARSE = 500
"""How many comments of written markup are parsed at a time."""
_PARAGRAPH_PROPERTIES = '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
_REFERENCE_PROPERTIES = '<w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'


class CommentWriter:
    """Adds comments to a document's comments part; the caller marks their ranges."""

    def __init__(self, document: DocxDocument) -> None:
        self._document = document
        self._comments = document.part._comments_part.element  # creates the part if missing
        used = [int(x) for x in self._comments.xpath("./w:comment/@w:id")]
        self._next_id = max(used, default=-1) + 1
        self._pending: list[str] = []
        self._resolved: list[str] = []

    def add(self, text: str, *, author: str, when: dt.datetime, resolved: bool = False) -> int:
        """Comment ``text``; returns the comment id to mark its range in the body with.

        A ``resolved`` comment is written as Word marks one done (commentsExtended).
        """
        comment_id = self._next_id
        self._next_id += 1
        author = xml_safe(author)
        lines = xml_safe(text).split("\n")
        last_paragraph = ""
        if resolved:
            para_id = f"{0x10000000 + comment_id:08X}"  # Word's paragraph ids stay < 0x80000000
            last_paragraph = f' w14:paraId="{para_id}"'
            self._resolved.append(para_id)
        pieces = [
            f'<w:comment w:id="{comment_id}" w:author="{xml_attribute(author)}" '
            f'w:initials="{xml_attribute(initials_of(author))}" '
            f'w:date="{when.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}">'
        ]
        for index, line in enumerate(lines):
            attributes = last_paragraph if index == len(lines) - 1 else ""
            pieces.append(f"<w:p{attributes}>{_PARAGRAPH_PROPERTIES}")
            if index == 0:
                pieces.append(f"<w:r>{_REFERENCE_PROPERTIES}<w:annotationRef/></w:r>")
            lead = " " if index == 0 else ""
            pieces.append(f'<w:r><w:t xml:space="preserve">{lead}{xml_text(line)}</w:t></w:r>')
            pieces.append("</w:p>")
        pieces.append("</w:comment>")
        self._pending.append("".join(pieces))
        return comment_id

    def finish(self) -> None:
        """Append the comments built so far to the comments part, in one go."""
        pending = self._pending
        for start in range(0, len(pending), COMMENTS_PER_PARSE):  # short holds of the GIL
            self._comments.extend(
                parse_fragment("".join(pending[start : start + COMMENTS_PER_PARSE]))
            )
        self._pending = []
        if self._resolved:
            _declare_ignorable(self._comments, "w14")
            _add_comments_extended(self._document, self._resolved)


def range_start_xml(comment_id: int) -> str:
    """What goes before the first run a comment is on."""
    return f'<w:commentRangeStart w:id="{comment_id}"/>'


def range_end_xml(comment_id: int) -> str:
    """What goes after the last run a comment is on: the range's end and the reference run."""
    return (
        f'<w:commentRangeEnd w:id="{comment_id}"/>'
        f'<w:r>{_REFERENCE_PROPERTIES}<w:commentReference w:id="{comment_id}"/></w:r>'
    )


COMMENTS_EXTENDED_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
)
COMMENTS_EXTENDED_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _declare_ignorable(root: object, prefix: str) -> None:
    """Say on ``root`` that consumers may ignore ``prefix`` (as Word writes its w14 parts)."""
    current = root.get(f"{{{MC}}}Ignorable", "")  # type: ignore[attr-defined]
    if prefix not in current.split():
        root.set(f"{{{MC}}}Ignorable", f"{current} {prefix}".strip())  # type: ignore[attr-defined]


def _add_comments_extended(document: DocxDocument, done: list[str]) -> None:
    """Mark the comments with paragraph ids ``done`` as resolved, as Word 2013+ does."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    entries = "".join(f'<w15:commentEx w15:paraId="{pid}" w15:done="1"/>' for pid in done)
    blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w15:commentsEx xmlns:w15="{W15}" xmlns:mc="{MC}" mc:Ignorable="w15">'
        f"{entries}</w15:commentsEx>"
    ).encode()
    part = Part(
        PackURI("/word/commentsExtended.xml"), COMMENTS_EXTENDED_TYPE, blob, document.part.package
    )
    document.part.relate_to(part, COMMENTS_EXTENDED_REL)
