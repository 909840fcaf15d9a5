"""Text PDFs (a printed readout, a joint statement) into blocks: lines, then paragraphs.

PDFium (through pypdfium2) gives each page's text as positioned line segments in reading
order. From them this module drops running headers, footers and page numbers (kept in
``removed``), repairs words hyphenated at line ends and rebuilds paragraphs from the vertical
gaps between lines, font-size changes and list markers. pypdfium2 was chosen by measuring
it against pdfminer.six and pypdf on the shared readouts printed by LibreOffice: the same
text, ten to fifteen times faster (see ``scripts/measure_pdf_readers.py``).
"""

from __future__ import annotations

import itertools
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from briefing_app.core.errors import ReadoutImportError
from briefing_app.core.model import RemovedLine
from briefing_app.importers.assemble import Extracted
from briefing_app.importers.blocks import Block, join_lines, normalise_inline

log = logging.getLogger(__name__)

MAX_PAGES = 3000
"""Longer PDFs are refused: no readout is that long, and reading one would take minutes."""

# PDFium marks a hyphen it judged to be a line-end hyphenation with U+FFFE; other
# producers leave a soft hyphen (U+00AD) or a plain hyphen.
_HYPHENATION = ("\ufffe", "\u00ad")
_HARD_HYPHENS = ("-", "‐")
_SENTENCE_END = (".", "!", "?", ":", ";", "。", "！", "？", "」", "”", '"', ")")
_MARKER = re.compile(
    r"^(\d{1,3}[.)]|\(\s*(\d{1,3}|[a-z]|[ivx]{1,4})\s*\)|[a-z][.)]|[•·▪■●◦\-–—*]|"
    r"[IVX]{1,5}\.|[①-⑳]|第.{1,3}[章節条項])(\s|$)"
)
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*((page|p\.|seite|página|pagina|стр\.?|страница|페이지)\s*)?"
    r"(\d{1,4}|[ivxlc]{1,6})(\s*(/|of|von|de|из|sur)\s*\d{1,4})?[-–—\s]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
# PDFium ends a line with CR LF, or with U+FFFE alone where it judged the line hyphenated.
_SPLIT_LINES = re.compile(r"(?<=\ufffe)|\r\n")


@dataclass(slots=True)
class _Line:
    """One printed line: its text and where it sits on the page (PDF points, y upwards)."""

    text: str
    left: float
    right: float
    bottom: float
    top: float
    size: float
    """Font size in points (0 when the PDF does not say)."""

    @property
    def height(self) -> float:
        return self.size or (self.top - self.bottom)


def pdf_to_extracted(data: bytes, name: str) -> Extracted:
    """Extract a text PDF's paragraphs; raise :class:`ReadoutImportError` for scans and damage."""
    pages, meta_title = _read_lines(data, name)
    if not any(line.text.strip() for page in pages for line in page):
        raise ReadoutImportError.coded("import.pdf_no_text", name=name)
    removed: list[RemovedLine] = []
    pages = _drop_running_lines(pages, removed)
    blocks = _paragraphs(pages)
    title = None
    if meta_title:
        wanted = normalise_inline(meta_title).casefold()
        if any(normalise_inline(b.text).casefold() == wanted for b in blocks[:8]):
            title = meta_title
    log.debug(
        "%s: %d pages, %d paragraphs, %d lines removed", name, len(pages), len(blocks), len(removed)
    )
    return Extracted(blocks=blocks, source_format="pdf", title=title, removed=removed)


def _read_lines(data: bytes, name: str) -> tuple[list[list[_Line]], str | None]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ReadoutImportError.coded("import.pdf_password", name=name) from None
        raise ReadoutImportError.coded("import.pdf_damaged", name=name) from None
    try:
        if len(document) > MAX_PAGES:
            raise ReadoutImportError.coded(
                "import.pdf_too_many_pages", name=name, pages=len(document), limit=MAX_PAGES
            )
        meta_title = (document.get_metadata_dict().get("Title") or "").strip() or None
        pages = []
        for index in range(len(document)):
            page = document[index]
            try:
                pages.append(_page_lines(page))
            finally:
                page.close()
        return pages, meta_title
    finally:
        document.close()


def _page_lines(page: object) -> list[_Line]:
    """The page's lines in PDFium's reading order, each with its box and font size."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        text = textpage.get_text_range()
        count = textpage.count_chars()
        lines: list[_Line] = []
        start = 0
        for raw in _SPLIT_LINES.split(text):
            end = start + len(raw)
            first = start + (len(raw) - len(raw.lstrip()))
            last = start + len(raw.rstrip()) - 1
            if raw.strip() and last < count:
                left, bottom, _, top = textpage.get_charbox(first, loose=True)
                right = textpage.get_charbox(last, loose=True)[2]
                size = pdfium_c.FPDFText_GetFontSize(textpage.raw, first)
                lines.append(_Line(raw.strip(), left, right, bottom, top, size))
            start = end + (0 if raw.endswith("\ufffe") else 2)
        return lines
    finally:
        textpage.close()


def _running_key(text: str) -> str:
    return _DIGITS.sub("#", normalise_inline(text).casefold())


def _drop_running_lines(pages: list[list[_Line]], removed: list[RemovedLine]) -> list[list[_Line]]:
    """Take off page numbers and the headers and footers repeated at the top or bottom of pages."""
    edge = 2  # lines looked at at each end of a page
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_running_key(line.text) for line in lines[:edge] + lines[-edge:]})
    needed = max(2, (len(pages) + 1) // 2)
    body = _median([line.height for lines in pages for line in lines])
    pitches = _pitches(pages)
    kept_pages = []
    for lines in pages:
        drop: dict[int, str] = {}
        for ends in (range(len(lines)), range(len(lines) - 1, -1, -1)):
            for position, index in enumerate(ends):
                if position >= edge:
                    break
                text = normalise_inline(lines[index].text)
                if _PAGE_NUMBER.fullmatch(text):
                    drop[index] = "page number"
                elif (
                    len(pages) > 1 and counts[_running_key(text)] >= needed and len(text) < 200
                ) or (position == 0 and _set_apart(lines, index, body, pitches)):
                    drop[index] = "running header or footer"
                else:
                    break
        for index in sorted(drop):
            removed.append(
                RemovedLine(text=normalise_inline(lines[index].text), reason=drop[index])
            )
        kept_pages.append([line for i, line in enumerate(lines) if i not in drop])
    return kept_pages


def _set_apart(lines: list[_Line], index: int, body: float, pitches: dict[float, float]) -> bool:
    """A page's first or last line in small print, well apart from the text: a running line."""
    if len(lines) < 3 or not body or lines[index].height > 0.85 * body:
        return False
    neighbour = lines[1] if index == 0 else lines[index - 1]
    pitch = pitches.get(round(neighbour.height, 1), neighbour.height * 1.2)
    return abs(lines[index].bottom - neighbour.bottom) > 1.5 * pitch


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _paragraphs(pages: list[list[_Line]]) -> list[Block]:
    """Rebuild paragraphs: a new one after a wide gap, a font change, or a short last line."""
    blocks: list[Block] = []
    current: list[str] = []
    body_height = _median([line.height for page in pages for line in page]) or 10.0
    previous: _Line | None = None

    def flush() -> None:
        if current:
            blocks.append(Block(text=_join(current)))
            current.clear()

    pitches = _pitches(pages)
    for lines in pages:
        width = max((line.right for line in lines), default=0) - min(
            (line.left for line in lines), default=0
        )
        right_edge = max((line.right for line in lines), default=0)
        same_page = False
        for line in lines:
            if previous is not None and current:
                new = _starts_paragraph(
                    previous,
                    line,
                    same_page=same_page,
                    pitch=pitches.get(round(line.height, 1), line.height * 1.2),
                    width=width,
                    right_edge=right_edge,
                    body_height=body_height,
                )
                if new:
                    flush()
            current.append(line.text)
            previous, same_page = line, True
    flush()
    return blocks


def _pitches(pages: list[list[_Line]]) -> dict[float, float]:
    """For each print size, the usual distance from one line to the next (its line spacing)."""
    found: dict[float, list[float]] = {}
    for lines in pages:
        for above, below in itertools.pairwise(lines):
            distance = above.bottom - below.bottom
            if above.height == below.height and 0.9 * below.height < distance < 3 * below.height:
                found.setdefault(round(below.height, 1), []).append(distance)
    # The smallest: a short document may have more paragraph breaks than wrapped lines. (Lines
    # closer than their print size are superscripts or overprinting, and left out above.)
    return {size: min(distances) for size, distances in found.items()}


def _starts_paragraph(
    previous: _Line,
    line: _Line,
    *,
    same_page: bool,
    pitch: float,
    width: float,
    right_edge: float,
    body_height: float,
) -> bool:
    prev_text = previous.text.rstrip()
    if prev_text.endswith(_HYPHENATION):
        return False
    if abs(line.height - previous.height) > 0.2 * max(line.height, previous.height):
        return True  # a title or heading in another size
    short = previous.right < right_edge - 0.15 * width
    ended = _ends_sentence(prev_text)
    if same_page and previous.bottom - line.bottom > 1.3 * pitch:
        return True
    # A marker ("1.", "(a)", "•") after an ended sentence, or after a short line that is not
    # a centred one ("… (Paris," / "- Anagni, 26 May)" is a title going on).
    centred = previous.left > right_edge - width + 0.05 * width
    if _MARKER.match(line.text) and (ended or (short and not centred)):
        return True
    if not same_page:
        return ended and not line.text[:1].islower()
    return short and ended


def _join(lines: list[str]) -> str:
    """Join a paragraph's lines, mending words hyphenated at line ends."""
    parts: list[str] = []
    glue = hyphenated = False
    for raw in lines:
        line = raw.strip()
        if glue and parts:
            if hyphenated and not line[:1].islower():
                parts[-1] += "-"  # "García-" / "Margallo": a hyphen of the name, not a break
            parts[-1] += line
        else:
            parts.append(line)
        glue = hyphenated = False
        if parts[-1].endswith(_HYPHENATION):
            parts[-1] = parts[-1][:-1]
            glue = True
            hyphenated = True
        elif parts[-1].endswith(_HARD_HYPHENS) and len(parts[-1]) > 1 and parts[-1][-2] != " ":
            glue = True  # "U.S.-" / "India": the hyphen stays, no space is added
    return join_lines([p.replace("\ufffe", "") for p in parts])


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0
