"""Reviewers' Word comments coming back: read an annotated readout that went round in Word.

The exported annotated readout carries each annotation as a native comment on its passage.
Colleagues add comments, reply, and edit or delete existing ones in Word or LibreOffice. This
module reads the returned file and says, against the project:

- **new** comments (and replies): annotations on the same passage of the readout, found again
  by the commented text and its context (not by Word's paragraph positions), by their authors;
- **edited** comments: the project's annotation whose comment was changed in Word;
- **deleted** ones: the project's exported annotations no longer in the file (reported only,
  never deleted from the project);
- what could not be placed (the commented text is not in this readout).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import zipfile
from dataclasses import dataclass, field

from lxml import etree
from pydantic import BaseModel, Field

from briefing_app.core.anchoring import OffsetIndex, exact_occurrences, make_anchor
from briefing_app.core.annotations import Annotation, AnnotationFields
from briefing_app.core.errors import BriefingError
from briefing_app.core.project import Project
from briefing_app.core.references import section_refs
from briefing_app.export.readout_body import comment_text
from briefing_app.importers.docx_reader import check_docx_archive

logger = logging.getLogger(__name__)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
NS = {"w": W, "w14": W14, "w15": W15}
CONTEXT = 40
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


class WordCommentsError(BriefingError):
    """A returned Word file that cannot be read as an annotated readout."""


@dataclass
class WordComment:
    """One comment as the file has it: who, when, what, and the text it is on (with context)."""

    comment_id: str
    author: str
    date: dt.datetime | None
    text: str
    quote: str = ""
    before: str = ""
    after: str = ""
    parent_id: str | None = None
    done: bool = False
    para_ids: list[str] = field(default_factory=list)


class CommentsReport(BaseModel):
    """What the returned file holds against the project."""

    added: list[str] = Field(default_factory=list)
    replies: list[str] = Field(default_factory=list)
    edited: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    deleted_in_word: list[str] = Field(default_factory=list)
    unplaced: list[str] = Field(default_factory=list)

    def summary(self) -> str:
        """One line with every count."""
        return (
            f"new {len(self.added)}, replies {len(self.replies)}, edited {len(self.edited)}, "
            f"unchanged {len(self.unchanged)}, deleted in Word {len(self.deleted_in_word)}, "
            f"not placed {len(self.unplaced)}"
        )


def read_word_comments(data: bytes, name: str) -> list[WordComment]:
    """The comments of a .docx with the text each is on (replies linked to their parent)."""
    try:
        check_docx_archive(data, name)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/comments.xml" not in names:
                return []
            comments_xml = etree.fromstring(archive.read("word/comments.xml"), _PARSER)
            document_xml = etree.fromstring(archive.read("word/document.xml"), _PARSER)
            extended = (
                etree.fromstring(archive.read("word/commentsExtended.xml"), _PARSER)
                if "word/commentsExtended.xml" in names
                else None
            )
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError) as exc:
        raise WordCommentsError(f"{name}: the Word document could not be read ({exc})") from None
    comments = {c.comment_id: c for c in _comments(comments_xml)}
    _commented_text(document_xml, comments)
    if extended is not None:
        _threads(extended, comments)
    return list(comments.values())


def _comments(root: etree._Element) -> list[WordComment]:
    found = []
    for element in root.iterfind("w:comment", NS):
        paragraphs = element.findall(".//w:p", NS)
        text = "\n".join("".join(p.itertext()) for p in paragraphs).strip()
        date = element.get(f"{{{W}}}date")
        found.append(
            WordComment(
                comment_id=element.get(f"{{{W}}}id", ""),
                author=element.get(f"{{{W}}}author", ""),
                date=_date(date),
                text=text,
                para_ids=[p.get(f"{{{W14}}}paraId", "") for p in paragraphs],
            )
        )
    return found


def _date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _commented_text(document: etree._Element, comments: dict[str, WordComment]) -> None:
    """Fill each comment's quote and context from the ranges marked in the body (a range may
    run over several paragraphs)."""
    body = document.find("w:body", NS)
    if body is None:
        return
    parts: list[str] = []
    length = 0
    opened: dict[str, int] = {}
    ranges: dict[str, tuple[int, int]] = {}
    for node in body.iter():
        tag = etree.QName(node).localname if isinstance(node.tag, str) else ""
        piece = ""
        if tag == "p" and length:
            piece = "\n"
        elif tag == "t":
            piece = node.text or ""
        elif tag == "tab":
            piece = "\t"
        elif tag == "commentRangeStart":
            opened[node.get(f"{{{W}}}id", "")] = length
        elif tag == "commentRangeEnd":
            comment_id = node.get(f"{{{W}}}id", "")
            if comment_id in opened:
                ranges[comment_id] = (opened.pop(comment_id), length)
        if piece:
            parts.append(piece)
            length += len(piece)
    full = "".join(parts)
    for comment_id, (start, end) in ranges.items():
        comment = comments.get(comment_id)
        if comment is not None:
            comment.quote = full[start:end]
            comment.before = full[max(0, start - CONTEXT) : start]
            comment.after = full[end : end + CONTEXT]


def _threads(extended: etree._Element, comments: dict[str, WordComment]) -> None:
    """Replies and resolved state from commentsExtended.xml (Word 2013 and later)."""
    by_para = {pid: c for c in comments.values() for pid in c.para_ids if pid}
    for entry in extended.iterfind("w15:commentEx", NS):
        comment = by_para.get(entry.get(f"{{{W15}}}paraId", ""))
        if comment is None:
            continue
        comment.done = entry.get(f"{{{W15}}}done") == "1"
        parent = by_para.get(entry.get(f"{{{W15}}}paraIdParent", ""))
        if parent is not None and parent is not comment:
            comment.parent_id = parent.comment_id


def apply_word_comments(
    project: Project, comments: list[WordComment], *, included_only: bool = True
) -> tuple[Project, CommentsReport]:
    """A copy of ``project`` with the returned file's new and edited comments taken in."""
    result = project.model_copy(deep=True)
    report = CommentsReport()
    refs = section_refs(result.readout.sections)
    text = result.readout.text
    index = OffsetIndex(result.readout)
    exported = [a for a in result.annotations if a.include_in_brief or not included_only]
    by_passage = {(a.quote, a.author): a for a in exported}
    matched: set[str] = set()
    made: dict[str, Annotation] = {}  # Word comment id → the annotation it became
    for comment in sorted(comments, key=lambda c: c.parent_id is not None):
        mine = by_passage.get((comment.quote.strip(), comment.author))
        if mine is not None and mine.id not in matched and comment.parent_id is None:
            matched.add(mine.id)
            made[comment.comment_id] = mine
            written = comment_text(mine, refs.get(mine.anchor.node_id, "Overview"))
            if _same_text(comment.text, written):
                report.unchanged.append(mine.id)
                continue
            edited = _comment_body(comment.text, written)
            result.set_annotation_fields(
                mine.id, AnnotationFields.of(mine).model_copy(update={"comment": edited})
            )
            report.edited.append(mine.id)
            continue
        placed = _place(comment, text)
        if placed is None:
            report.unplaced.append(comment.comment_id)
            continue
        anchor = make_anchor(text, placed[0], placed[1], "")
        anchor = anchor.model_copy(update={"node_id": index.node_at(anchor.position.start) or ""})
        parent = made.get(comment.parent_id or "")
        annotation = Annotation(
            anchor=anchor,
            author=comment.author,
            comment=comment.text,
            reply_to=parent.id if parent is not None else None,
            resolved=comment.done,
            **({"created": comment.date, "modified": comment.date} if comment.date else {}),
        )
        result.add_annotation(annotation)
        made[comment.comment_id] = annotation
        (report.replies if parent is not None else report.added).append(annotation.id)
    report.deleted_in_word = [a.id for a in exported if a.id not in matched]
    logger.info("Word comments: %s", report.summary())
    return result, report


def _same_text(one: str, other: str) -> bool:
    return " ".join(one.split()) == " ".join(other.split())


def _comment_body(returned: str, written: str) -> str:
    """The comment as edited in Word, without the fact line the export put first."""
    head = written.split("\n", 1)[0].strip()
    lines = returned.split("\n")
    if lines and _same_text(lines[0], head):
        lines = lines[1:]
    return "\n".join(lines).strip()


def _place(comment: WordComment, text: str) -> tuple[int, int] | None:
    """Where the commented text stands in the readout (context breaking ties)."""
    quote = comment.quote.strip()
    if not quote:
        return None
    found = exact_occurrences(text, quote)
    if not found:
        return None
    before, after = comment.before.strip(), comment.after.strip()

    def penalty(start: int) -> int:
        ahead = " ".join(text[max(0, start - CONTEXT - 10) : start].split())
        behind = " ".join(text[start + len(quote) : start + len(quote) + CONTEXT + 10].split())
        return int(not ahead.endswith(" ".join(before.split())[-20:])) + int(
            not behind.startswith(" ".join(after.split())[:20])
        )

    best = min(found, key=penalty)
    return best, best + len(quote)
