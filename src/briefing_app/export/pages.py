"""How many pages a note has, against its template's page limit, and which sections are long.

The real count comes from LibreOffice's layout (the note converted to PDF, its pages counted
with pypdfium2). Without LibreOffice the count is estimated from the text: lines per paragraph
from the page's width, lines per page from its height. The estimate says it is one.
Either way, each section's share is estimated the same way, so a note over its limit can name
the sections to shorten.
"""

from __future__ import annotations

import io
import logging
import math
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from briefing_app.export.libreoffice import PdfError, count_pages, docx_to_pdf, find_soffice
from briefing_app.export.templates import TemplateInfo

logger = logging.getLogger(__name__)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
TWIPS_PER_POINT = 20
BODY_SIZE = 11.0
"""Points: the built-in templates' body text."""
CHAR_WIDTH = 0.5
"""Average width of a Latin character, in ems (wide CJK characters count as two)."""
LINE_HEIGHT = 1.22
"""Line height in ems."""
PARAGRAPH_GAP = 0.45
"""Lines of space after a paragraph (6 pt after 11 pt text)."""
STYLE_LINES = {"Title": 3.0, "Heading1": 2.4, "Heading2": 1.9}
"""Lines a heading takes, its spacing included."""
HEADING_STYLES = ("Heading1", "Heading2", "Heading3")
LONGEST = 3
"""How many of the longest sections a warning names."""


NOT_INSTALLED = "LibreOffice is not installed"


@dataclass(frozen=True)
class SectionSize:
    """A section of the note (None: the part before the first heading) and its length."""

    title: str | None
    pages: float


@dataclass(frozen=True)
class PageReport:
    """A note's page count against its template's limit."""

    pages: int
    limit: int | None
    estimated: bool
    """True when counted from the text, not from LibreOffice's layout."""
    template_name: str = ""
    sections: list[SectionSize] = field(default_factory=list)
    """Every section, in document order, with its estimated length."""
    reason: str = ""
    """Why the count is an estimate (LibreOffice missing, or its conversion failed)."""

    @property
    def libreoffice_missing(self) -> bool:
        """Estimated because LibreOffice is not installed (not because it failed)."""
        return self.estimated and self.reason == NOT_INSTALLED

    @property
    def over_limit(self) -> bool:
        """More pages than the template allows."""
        return self.limit is not None and self.pages > self.limit

    def longest(self, count: int = LONGEST) -> list[SectionSize]:
        """The longest sections, longest first (ties: document order)."""
        ranked = sorted(self.sections, key=lambda s: -s.pages)
        return [s for s in ranked[:count] if s.pages > 0]

    def message(self) -> str:
        """One line: "3 pages — the action memo limit is 2. Longest: …" (English; the app
        composes its own translated line from the fields)."""
        count = f"{self.pages} page" + ("" if self.pages == 1 else "s")
        if self.estimated:
            count = f"About {count} (an estimate: {self.reason})"
        if self.limit is None:
            return f"{count}."
        name = lower_name(self.template_name) if self.template_name else "template's"
        if not self.over_limit:
            return f"{count}, within the {name} limit of {self.limit}."
        parts = [f"{s.title or 'opening'} ({s.pages:.1f} pages)" for s in self.longest()]
        longest = f" Longest sections: {', '.join(parts)}." if parts else ""
        return f"{count} — the {name} limit is {self.limit}.{longest}"


def lower_name(name: str) -> str:
    """ "Action memo" → "action memo"; an acronym ("NSC memo") keeps its capitals."""
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].lower() + name[1:]


def check_pages(
    data: bytes,
    template: TemplateInfo,
    *,
    pdf: bytes | None = None,
    use_libreoffice: bool = True,
) -> PageReport:
    """Count the pages of the .docx ``data`` (from ``pdf`` when already made, else through
    LibreOffice when it is installed, else estimated) against ``template``'s limit."""
    estimate = estimate_layout(data)
    sections = [
        SectionSize(title, round(lines / estimate.lines_per_page, 1))
        for title, lines in estimate.sections
    ]
    reason = ""
    pages: int | None = None
    if pdf is None and use_libreoffice and find_soffice() is not None:
        try:
            pdf = docx_to_pdf(data, archival=False)
        except PdfError as exc:
            reason = f"LibreOffice failed: {exc}"
            logger.warning("Counting pages through LibreOffice failed: %s", exc)
    elif pdf is None:
        reason = (
            "LibreOffice was not used" if not use_libreoffice else "LibreOffice is not installed"
        )
    if pdf is not None:
        try:
            pages = count_pages(pdf)
        except Exception as exc:  # pypdfium2 raises its own error types
            reason = f"the PDF could not be read ({exc})"
            logger.warning("Counting the PDF's pages failed: %s", exc)
    estimated = pages is None
    return PageReport(
        pages=estimate.pages if pages is None else pages,
        limit=template.page_limit,
        estimated=estimated,
        template_name=template.name,
        sections=sections,
        reason=reason if estimated else "",
    )


@dataclass(frozen=True)
class LayoutEstimate:
    """Lines of text per section, and the pages they fill."""

    pages: int
    lines_per_page: float
    sections: list[tuple[str | None, float]]


def estimate_layout(data: bytes) -> LayoutEstimate:
    """Estimate the layout of the .docx ``data`` from its text and page size."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"), _PARSER)
    body = root.find(f"{{{W}}}body")
    if body is None:
        return LayoutEstimate(1, 1.0, [])
    width_pt, height_pt = _text_area(body)
    chars_per_line = max(10.0, width_pt / (BODY_SIZE * CHAR_WIDTH))
    lines_per_page = max(5.0, height_pt / (BODY_SIZE * LINE_HEIGHT))
    sections: list[tuple[str | None, float]] = [(None, 0.0)]
    for child in body:
        tag = etree.QName(child).localname
        if tag == "p":
            style = _style(child)
            text = _text(child)
            if style in HEADING_STYLES and text.strip():
                sections.append((text.strip(), 0.0))
            lines = _paragraph_lines(child, chars_per_line)
        elif tag == "tbl":
            lines = _table_lines(child, width_pt)
        else:
            continue
        title, so_far = sections[-1]
        sections[-1] = (title, so_far + lines)
    if sections[0][1] == 0 and len(sections) > 1:
        sections.pop(0)
    total = sum(lines for _title, lines in sections)
    pages = max(1, math.ceil(total / lines_per_page))
    return LayoutEstimate(pages, lines_per_page, sections)


def _twips(element: etree._Element | None, name: str, default: float) -> float:
    if element is None:
        return default
    value = element.get(f"{{{W}}}{name}")
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default


def _text_area(body: etree._Element) -> tuple[float, float]:
    """Width and height, in points, of the text area of the body's (last) section."""
    section = body.find(f"{{{W}}}sectPr")
    size = section.find(f"{{{W}}}pgSz") if section is not None else None
    margins = section.find(f"{{{W}}}pgMar") if section is not None else None
    width = (
        _twips(size, "w", 11906) - _twips(margins, "left", 1440) - _twips(margins, "right", 1440)
    )
    height = (
        _twips(size, "h", 16838) - _twips(margins, "top", 1440) - _twips(margins, "bottom", 1440)
    )
    return max(width, 1440) / TWIPS_PER_POINT, max(height, 1440) / TWIPS_PER_POINT


def _style(paragraph: etree._Element) -> str:
    style = paragraph.find(f"{{{W}}}pPr/{{{W}}}pStyle")
    return style.get(f"{{{W}}}val", "") if style is not None else ""


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{{{W}}}t"))


def _width_units(text: str) -> int:
    return len(text) + len(_WIDE.findall(text))


def _paragraph_lines(paragraph: etree._Element, chars_per_line: float) -> float:
    style = _style(paragraph)
    units = _width_units(_text(paragraph))
    text_lines = max(1, math.ceil(units / chars_per_line))
    if style in STYLE_LINES:
        return STYLE_LINES[style] + (text_lines - 1)
    return text_lines + PARAGRAPH_GAP


def _table_lines(table: etree._Element, width_pt: float) -> float:
    grid = [_twips(col, "w", 0) / TWIPS_PER_POINT for col in table.iter(f"{{{W}}}gridCol")]
    lines = 0.0
    for row in table.findall(f"{{{W}}}tr"):
        cells = row.findall(f"{{{W}}}tc")
        tallest = 1.0
        for index, cell in enumerate(cells):
            cell_width = grid[index] if index < len(grid) and grid[index] else width_pt / len(cells)
            per_line = max(4.0, (cell_width - 10) / (BODY_SIZE * CHAR_WIDTH))
            cell_lines = sum(
                max(1, math.ceil(_width_units(_text(p)) / per_line))
                for p in cell.findall(f"{{{W}}}p")
            )
            tallest = max(tallest, float(cell_lines))
        lines += tallest + 0.35
    return lines + PARAGRAPH_GAP
