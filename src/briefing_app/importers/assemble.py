"""From an extractor's blocks to a :class:`Readout`: chrome, title, date, attribution, outline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import TypeAdapter

from briefing_app.core.model import Doubt, Node, Paragraph, Readout, RemovedLine, SourceFormat, Span
from briefing_app.importers.blocks import Block, lay_out, normalise_inline
from briefing_app.importers.chrome import (
    chrome_reason,
    navigation_runs,
    repeated_lines,
    source_url,
)
from briefing_app.importers.content import continues_title, locate_content
from briefing_app.importers.dates import find_date, split_glued_date
from briefing_app.importers.doubts import find_doubts
from briefing_app.importers.markers import leading_marker
from briefing_app.importers.structure import (
    NodeDict,
    ParagraphDict,
    build_structure,
    is_heading_like,
)

_ATTRIBUTION = re.compile(
    r"((the )?(following|below) (statement |readout )?is attributable to|attributable to|from: |"
    r"statement (by|from) (the )?(spokesperson|press secretary)|"
    r"office of the (spokesperson|press secretary)|for immediate release)\b.*",
    re.IGNORECASE,
)
_ID_PREFIX = "n"
_NODE = TypeAdapter(Node)
_PARAGRAPHS = TypeAdapter(list[Paragraph])


@dataclass
class Extracted:
    """What a format extractor hands over: blocks plus metadata found outside them."""

    blocks: list[Block]
    source_format: SourceFormat
    title: str | None = None
    date: str | None = None
    source: str | None = None
    encoding: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    fallback_date: str | None = None
    """A date from the file's metadata, used when the text shows none."""
    encoding_guessed: bool | None = None
    """Whether the encoding was guessed (None: judged from its name, for decoded text)."""


def assemble(extracted: Extracted) -> Readout:
    """Lay out the blocks, take off chrome and the title block, and recognise the outline.

    ``extracted.blocks`` is emptied: a big readout's blocks are released bit by bit.
    """
    text, blocks = lay_out(extracted.blocks)
    readout = Readout(
        text=text,
        source_format=extracted.source_format,
        encoding=extracted.encoding,
        source=extracted.source,
        date=normalise_inline(extracted.date) if extracted.date else None,
        removed=list(extracted.removed),
    )
    known_title = normalise_inline(extracted.title or "") or None
    blocks = _drop_chrome(blocks, readout)
    blocks, title_block, title_reason = _find_content(blocks, readout, known_title)
    blocks = _take_title(blocks, readout, known_title, title_block)
    blocks = _take_front_matter_lines(blocks, readout)
    outline = build_structure(blocks)
    _assign_ids(outline.sections)
    readout.preamble = _validated_paragraphs(outline.preamble)
    readout.sections = _validated_sections(outline.sections)
    del outline, blocks  # what is left of them is small: see _validated_sections
    _release(extracted.blocks)  # the caller drops them next, all at once: do it in steps
    if readout.date is None:
        readout.date = _date_from_opening(readout)
    if readout.date is None and extracted.fallback_date:
        readout.date = normalise_inline(extracted.fallback_date)
    readout.doubts = find_doubts(readout, title_reason=title_reason)
    if _encoding_guessed(extracted):
        readout.doubts.append(
            Doubt.coded("encoding", "doubt.encoding_guessed", encoding=str(extracted.encoding))
        )
    return readout


_SURE_ENCODINGS = {"utf-8", "utf_8", "ascii", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"}


def _encoding_guessed(extracted: Extracted) -> bool:
    if extracted.encoding_guessed is not None:
        return extracted.encoding_guessed
    encoding = (extracted.encoding or "").lower()
    return (
        extracted.source_format in ("text", "markdown")
        and bool(encoding)
        and (encoding not in _SURE_ENCODINGS)
    )


def _find_content(
    blocks: list[Block], readout: Readout, known_title: str | None
) -> tuple[list[Block], Block | None, str]:
    """Drop the page furniture around the readout's prose; return the title block found."""
    located = locate_content(
        blocks,
        known_title=known_title,
        is_date_line=_is_date_line,
        keep=lambda text: _ATTRIBUTION.fullmatch(text) is not None,
    )
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        reason = located.furniture.get(index)
        if reason is None:
            kept.append(block)
        else:
            readout.removed.append(RemovedLine(text=block.text, span=_span(block), reason=reason))
    title = blocks[located.title] if located.title is not None else None
    return kept, title, located.title_reason


def _span(block: Block) -> Span:
    return Span(start=block.offset, end=block.offset + len(block.text))


def _drop_chrome(blocks: list[Block], readout: Readout) -> list[Block]:
    texts = [b.text for b in blocks]
    repeated = repeated_lines(texts)
    menus = navigation_runs(texts)
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        near_top = index < 3 and block.kind != "heading" and len(blocks) > 2
        reason = block.outside or chrome_reason(block.text, near_top=near_top)
        if reason is None and block.text in repeated:
            reason = "repeated page header"
        if reason is None and index in menus:
            reason = "navigation menu"
        url = source_url(block.text)
        if url is not None:
            readout.source = readout.source or url
            reason = "source link"
        if reason is None:
            kept.append(block)
        else:
            readout.removed.append(RemovedLine(text=block.text, span=_span(block), reason=reason))
    return kept


def _same_text(a: str, b: str) -> bool:
    return normalise_inline(a).casefold().rstrip(".") == normalise_inline(b).casefold().rstrip(".")


def _take_title(
    blocks: list[Block],
    readout: Readout,
    known_title: str | None,
    title_block: Block | None = None,
) -> list[Block]:
    """Set the title (the block found above the content, metadata or the first block) and
    drop repeats of it."""
    rest = list(blocks)
    # A date or an attribution line standing above the title is not the title.
    while len(rest) > 2:
        first = rest[0]
        if readout.date_span is None and _is_date_line(first.text):
            found = find_date(first.text)
            readout.date = readout.date or (found.group() if found else first.text)
            readout.date_span = _span(first)
        elif readout.attribution is None and _ATTRIBUTION.fullmatch(first.text):
            readout.attribution, readout.attribution_span = first.text, _span(first)
        else:
            break
        rest.pop(0)
    if title_block is not None and rest and rest[0] is title_block:
        first = rest.pop(0)
        readout.title, readout.title_span = first.text, _span(first)
        if (
            rest
            and continues_title(first, rest[0])
            and not _is_date_line(rest[0].text)
            # only the very next line: nothing (a removed line, say) may stand between them
            and not readout.text[first.offset + len(first.text) : rest[0].offset].strip()
        ):
            # A title broken across two lines ("… Meeting and" / "Working Lunch").
            second = rest.pop(0)
            end = second.offset + len(second.text)
            readout.title_span = Span(start=first.offset, end=end)
            readout.title = readout.text[first.offset : end]
    elif known_title is not None:
        readout.title = known_title
        if rest and _same_text(rest[0].text, known_title):
            first = rest.pop(0)
            readout.title, readout.title_span = first.text, _span(first)
    elif rest and _is_title_block(rest[0], len(rest)):
        first = rest.pop(0)
        glued = split_glued_date(first.text)
        if glued is not None and readout.date is None:
            title, readout.date = glued
            readout.title = title
            split = first.offset + len(title)
            readout.title_span = Span(start=first.offset, end=split)
            readout.date_span = Span(start=split, end=first.offset + len(first.text))
        else:
            readout.title, readout.title_span = first.text, _span(first)
    if readout.title is None:
        return rest
    kept: list[Block] = []
    for index, block in enumerate(rest):
        if index < 3 and _same_text(block.text, readout.title):
            readout.removed.append(
                RemovedLine(text=block.text, span=_span(block), reason="repeated title")
            )
        else:
            kept.append(block)
    return kept


def _is_title_block(block: Block, remaining: int) -> bool:
    if remaining < 2 or len(block.text) > 250:
        return False
    if block.kind == "heading" or block.strong:
        return True
    if leading_marker(block) is not None:
        return False
    if _ATTRIBUTION.fullmatch(block.text):
        return False
    # A first line that ends a sentence is the readout's first paragraph, not its title.
    return not block.text.rstrip("”\"’')").endswith((".", "。", "!", "?"))


def _take_front_matter_lines(blocks: list[Block], readout: Readout) -> list[Block]:
    """Take an attribution line and a date standing alone from the first few blocks."""
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if index < 4 and readout.attribution is None and _ATTRIBUTION.fullmatch(block.text):
            readout.attribution, readout.attribution_span = block.text, _span(block)
            continue
        if index < 4 and _is_date_line(block.text):
            if readout.date_span is None:
                if readout.date is None:
                    found = find_date(block.text)
                    readout.date = found.group() if found else block.text
                readout.date_span = _span(block)
                continue
            if _DATE_LABEL_ONLY.fullmatch(block.text) or _is_labelled_date(block.text):
                # "Last updated: …" under the date: the page's, not the meeting's.
                readout.removed.append(
                    RemovedLine(text=block.text, span=_span(block), reason="page date")
                )
                continue
        kept.append(block)
    return kept


_DATE_LABEL = re.compile(
    r"(published|updated|last updated|date|dated|issued|released|posted)( on)?\s*:?",
    re.IGNORECASE,
)


_DATE_LABEL_ONLY = re.compile(r"(last )?(updated|modified)\b.*", re.IGNORECASE)


def _is_date_line(text: str) -> bool:
    """A line that is only a date, a labelled date, or a dateline ("Tokyo, January 28")."""
    match = find_date(text)
    if match is None:
        return False
    leftover = (text[: match.start()] + text[match.end() :]).strip(" ,.-–()（）|")
    if not leftover or _DATE_LABEL.fullmatch(leftover) or _is_labelled_date(text):
        return True
    return len(leftover) <= 20 and is_heading_like(leftover) and "," in text


_TIME = re.compile(r"\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*(GMT|UTC)[+-]?\d{0,2})?", re.IGNORECASE)


def _is_labelled_date(text: str) -> bool:
    """A date with a short label or a time beside it ("วันที่ปรับปรุงข้อมูล 8 Feb 2024",
    "June 08, 2021 10:30 PM GMT+7"): no sentence, at most three other words."""
    match = find_date(text)
    if match is None:
        return False
    leftover = _TIME.sub("", text[: match.start()] + " " + text[match.end() :])
    leftover = leftover.strip(" ,.-–()（）|:：")
    return len(leftover) <= 30 and len(leftover.split()) <= 3 and is_heading_like(leftover or "x")


def _date_from_opening(readout: Readout) -> str | None:
    """The first date in the title, attribution or preamble, as printed."""
    texts = [readout.title or "", readout.attribution or ""]
    texts += [p.text for p in readout.preamble[:3]]
    if readout.sections and readout.sections[0].paragraphs:
        texts.append(readout.sections[0].paragraphs[0].text)
    for text in texts:
        match = find_date(text)
        if match is not None:
            return match.group()
    return None


_VALIDATE_CHUNK = 2000
"""At most about this many paragraphs and items are validated, or freed, in one call."""


def _validated_sections(sections: list[NodeDict]) -> list[Node]:
    """The sections as models, validated a bit at a time; ``sections`` is emptied on the way.

    A single validation call holds the interpreter lock for its whole length, and so does
    freeing a big tree of dicts in one go: either would freeze the window while a worker
    imports a big readout (one item of a 50 MB readout held 200,000 paragraphs).
    """
    result: list[Node] = []
    for index, section in enumerate(sections):
        result.append(_validated_node(section))
        sections[index] = {}  # free this section's dicts now, not all at once at the end
    sections.clear()
    return result


def _validated_node(node: NodeDict) -> Node:
    """``node`` as a model; a big one's paragraphs and items are validated (and released)
    piece by piece, then handed over as models (pydantic does not validate those again)."""
    if _weight(node, _VALIDATE_CHUNK) <= _VALIDATE_CHUNK:
        return _NODE.validate_python(node, strict=True)
    paragraphs = _validated_paragraphs(node["paragraphs"])
    items = node["items"]
    done: list[Node] = []
    for index, item in enumerate(items):
        done.append(_validated_node(item))
        items[index] = {}
    return _NODE.validate_python({**node, "paragraphs": paragraphs, "items": done}, strict=True)


def _validated_paragraphs(paragraphs: list[ParagraphDict]) -> list[Paragraph]:
    """Paragraph dicts as models, ``_VALIDATE_CHUNK`` at a time; the dicts are released as
    they are done."""
    result: list[Paragraph] = []
    for start in range(0, len(paragraphs), _VALIDATE_CHUNK):
        end = start + _VALIDATE_CHUNK
        result.extend(_PARAGRAPHS.validate_python(paragraphs[start:end], strict=True))
        paragraphs[start:end] = [None] * len(paragraphs[start:end])  # type: ignore[list-item]
    return result


def _release(items: list[object]) -> None:
    """Empty ``items`` from the end, ``_VALIDATE_CHUNK`` at a time: freeing a million
    objects in one go holds the interpreter lock for a tenth of a second."""
    while items:
        del items[-_VALIDATE_CHUNK:]


def _weight(node: NodeDict, limit: int) -> int:
    """How many paragraphs and items ``node`` holds (counting stops once past ``limit``)."""
    total = len(node["paragraphs"]) + len(node["items"])
    for item in node["items"]:
        if total > limit:
            break
        total += _weight(item, limit - total)
    return total


def _assign_ids(sections: list[NodeDict]) -> None:
    """Give every node an id in document order: stable for the same input."""
    counter = 0
    stack = list(reversed(sections))
    while stack:
        node = stack.pop()
        counter += 1
        node["id"] = f"{_ID_PREFIX}{counter}"
        stack.extend(reversed(node["items"]))
