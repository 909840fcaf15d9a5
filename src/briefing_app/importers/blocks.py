"""The format-neutral form every importer produces: a list of text blocks with layout hints.

Each extractor (plain text, Markdown, HTML, DOCX) turns its input into :class:`Block` objects;
:func:`lay_out` normalises their whitespace and joins them into the normalised text, recording
each block's offset. Structure recognition then works on blocks alone, whatever the format.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["text", "heading", "item"]

_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_WIDE = re.compile(
    r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)


@dataclass(slots=True)
class Block:
    """One block of text as the source laid it out, before structure is recognised."""

    text: str
    kind: BlockKind = "text"
    level: int = 0
    """Heading level (1 = top) for headings; nesting depth for format-level list items."""
    strong: bool = False
    """The whole block is bold or emphasised: a heading hint."""
    indent: int = 0
    """Leading indentation (spaces) in plain text, or list depth in structured formats."""
    separated: bool = True
    """A paragraph boundary (blank line, new element) precedes the block."""
    normalised: bool = False
    """The text is already in normalised form (skips normalising it again)."""
    offset: int = field(default=0, compare=False)
    """Where the block starts in the normalised text; set by :func:`lay_out`."""
    outside: str | None = field(default=None, compare=False)
    """Why the extractor judged this block outside the page's main content (None: inside)."""
    parsed: tuple[str, object, object] | None = field(default=None, repr=False, compare=False)
    """Memo of ``markers.block_markers``: the text parsed, its leading marker and the one
    after it."""


_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def normalise_inline(text: str) -> str:
    """Collapse every run of whitespace (no-break spaces included) to one space and strip."""
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return collapse_spaces(text)


def collapse_spaces(text: str) -> str:
    """:func:`normalise_inline` for text that :func:`needs_only_spacing` said is clean."""
    # Every character str.split() splits on is a separator or a control character, so in
    # printable text the only white space is " " (most lines: nothing to do, no copy made).
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    # str.split() splits on every Unicode space, no-break and ideographic spaces included.
    return " ".join(text.split())


def needs_only_spacing(text: str) -> bool:
    """Whether each line of ``text`` is normalised by :func:`collapse_spaces` alone: no
    invisible characters, already NFC. One check of a whole file instead of one per line
    (a newline never composes with its neighbours, so the lines of NFC text are NFC)."""
    return not any(ch in text for ch in _INVISIBLE_CHARS) and unicodedata.is_normalized(
        "NFC", text
    )


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines with a space, or with nothing between two CJK characters."""
    out = ""
    for line in lines:
        line = normalise_inline(line)
        if not line:
            continue
        if out and not (_WIDE.match(out[-1]) and _WIDE.match(line[0])):
            out += " "
        out += line
    return out


def lay_out(blocks: list[Block]) -> tuple[str, list[Block]]:
    """Normalise each block's text, drop empty blocks, and build the normalised text.

    Returns ``(text, blocks)`` where each returned block's ``offset`` locates its text:
    ``text[b.offset : b.offset + len(b.text)] == b.text``. Blocks are separated by newlines.
    """
    kept: list[Block] = []
    parts: list[str] = []
    position = 0
    pending_separation = False
    for block in blocks:
        cleaned = block.text if block.normalised else normalise_inline(block.text)
        if not cleaned:
            pending_separation = True
            continue
        block.text = cleaned
        block.separated = block.separated or pending_separation
        pending_separation = False
        block.offset = position
        kept.append(block)
        parts.append(cleaned)
        position += len(cleaned) + 1
    return "\n".join(parts), kept
