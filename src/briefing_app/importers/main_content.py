"""A web page's main content as trafilatura sees it, to tell our blocks from page furniture.

trafilatura (Apache-2.0; its metadata uses htmldate) is a well-kept main-content extractor:
on real ministry pages it keeps far less navigation than element names and roles alone.
It only *judges* here: the page's blocks still come from :mod:`html_reader` (which keeps
list numbers, headings and tables as the page has them), and every block trafilatura leaves
out goes to ``removed`` with a reason, so no text is lost.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field

from briefing_app.importers.blocks import Block

logger = logging.getLogger(__name__)

MAX_PAGE_CHARS = 3_000_000
"""Larger pages skip the extractor (a readout page is a few hundred kilobytes at most)."""
MAX_DEPTH = 400
"""Pages nested deeper than this skip it too (hostile or broken markup)."""
MIN_PART_CHARS = 40
"""A block shorter than this counts as inside only when it is a whole line of the content
(a site name or a menu label also occurs inside some longer footer line)."""
MAX_SEARCHES = 300
"""Blocks looked for inside longer lines, at most (each is a scan of the page's text)."""
_MARKER = re.compile(r"^\s*(?:[-–—•·*▪◦]|\(?[0-9０-９]{1,3}[.)．]|\(?[a-zA-Z][.)])\s*")


@dataclass
class MainContent:
    """What the extractor kept of a page: its lines, title and date."""

    lines: set[str] = field(default_factory=set)
    joined: str = ""
    title: str | None = None
    date: str | None = None

    searches: int = 0

    def __contains__(self, text: str) -> bool:
        key = content_key(text)
        if not key or key in self.lines:
            return True
        if len(key) < MIN_PART_CHARS or self.searches >= MAX_SEARCHES:
            return False
        self.searches += 1  # part of a longer line: a scan of the text, so rationed
        return key in self.joined


def content_key(text: str) -> str:
    """Text as compared with the extractor's: NFKC, case-folded, no leading marker, one space."""
    text = unicodedata.normalize("NFKC", text)
    text = _MARKER.sub("", text, count=1)
    return " ".join(text.casefold().split())


def extract_main_content(html: str, *, depth: int) -> MainContent | None:
    """The page's main content, or None when the extractor is unavailable or not used here."""
    if len(html) > MAX_PAGE_CHARS or depth > MAX_DEPTH:
        return None
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a dependency; kept optional at run time
        logger.warning("trafilatura is not installed: HTML pages use element roles only")
        return None
    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_tables=True,
            include_comments=False,
            include_images=False,
            deduplicate=False,
        )
    except Exception:  # the extractor failing must never fail an import
        logger.exception("trafilatura failed; falling back to element roles")
        return None
    if document is None:
        return None
    text = getattr(document, "text", None) or ""
    if not text.strip():
        return None
    lines = {content_key(line) for line in text.split("\n")}
    lines.discard("")
    return MainContent(
        lines=lines,
        joined="\n".join(sorted(lines)),
        title=getattr(document, "title", None) or None,
        date=getattr(document, "date", None) or None,
    )


def mark_outside(blocks: list[Block], main: MainContent) -> int:
    """Mark the blocks the extractor left out of the page's main content.

    Above the first kept block only list entries are marked; the rest there is left to the
    content finder (the title and the date sit there, and extractors often drop them).
    Headings over kept content stay. Returns how many blocks were marked.
    """
    inside = [block.text in main for block in blocks]
    if not any(inside):
        return 0
    first = inside.index(True)
    marked = 0
    for block in blocks[:first]:
        # Above the content only list entries are judged: menus are lists, while the title
        # and the date (which extractors often drop) are not.
        if block.kind == "item" or block.text.startswith("• "):
            block.outside = "outside the main content"
            marked += 1
    for index in range(first + 1, len(blocks)):
        block = blocks[index]
        following = next(
            (i for i in range(index + 1, len(blocks)) if blocks[i].kind != "heading"), None
        )
        if inside[index] or (
            block.kind == "heading" and following is not None and inside[following]
        ):
            continue  # a heading over content stays, even when the extractor dropped it
        block.outside = "outside the main content"
        marked += 1
    return marked
