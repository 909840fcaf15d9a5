"""A Word document to blocks: paragraphs, heading styles, list numbering and tables.

The zip is checked before python-docx opens it (size, entry count, compression ratio), and
python-docx's XML parser resolves no entities, so zip bombs, billion-laughs and external
entities are refused or inert. Macros (vbaProject.bin) are never read.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass, field

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from briefing_app.core.errors import ReadoutImportError
from briefing_app.importers.assemble import Extracted
from briefing_app.importers.blocks import Block, normalise_inline
from briefing_app.importers.markers import roman_numeral

logger = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 2000
MAX_RATIO = 200
MAX_STYLE_DEPTH = 64
"""Styles inherit through ``basedOn``; a chain longer than this (or a loop) is cut short."""
MAX_GRID_SPAN = 64
MAX_LIST_NUMBER = 1_000_000
"""List numbers beyond this (a hostile ``w:start``) are shown as this, not computed."""
_HEADING_STYLE = re.compile(r"^(heading|見出し|제목)\s*(\d)$", re.IGNORECASE)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def check_docx_archive(data: bytes, name: str) -> None:
    """Refuse what is not a Word document, and archives that would unpack to too much."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadoutImportError(
            f"{name}: not a Word document (the file is not a .docx zip archive)"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise ReadoutImportError(
                    f"{name}: the Word document has too many parts ({len(infos)})"
                )
            total = sum(info.file_size for info in infos)
            if total > MAX_UNPACKED_BYTES:
                raise ReadoutImportError(f"{name}: the Word document would unpack to over 200 MB")
            for info in infos:
                ratio = info.file_size / info.compress_size if info.compress_size else 0
                if ratio > MAX_RATIO and info.file_size > 1024 * 1024:
                    raise ReadoutImportError(f"{name}: the Word document looks like a zip bomb")
            if "word/document.xml" not in archive.namelist():
                raise ReadoutImportError(
                    f"{name}: not a Word document (no word/document.xml inside)"
                )
            for part in ("word/document.xml", "word/numbering.xml", "word/styles.xml"):
                if part in archive.namelist() and _ENTITY_DECL.search(archive.read(part)[:4096]):
                    raise ReadoutImportError(
                        f"{name}: the Word document declares XML entities; refused"
                    )
    except zipfile.BadZipFile as exc:
        raise ReadoutImportError(f"{name}: the Word document is damaged ({exc})") from None


def docx_to_extracted(data: bytes, name: str) -> Extracted:
    """Read a .docx into blocks, rendering automatic list numbers into the text."""
    check_docx_archive(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, etree.XMLSyntaxError, zipfile.BadZipFile) as exc:
        raise ReadoutImportError(f"{name}: the Word document could not be read ({exc})") from None
    numbering = _Numbering.from_document(document)
    blocks: list[Block] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            block = _paragraph_block(DocxParagraph(element, document), numbering)
            if block is not None:
                blocks.append(block)
        elif element.tag == qn("w:tbl"):
            blocks.extend(_table_blocks(element, document))
    if not any(b.text.strip() for b in blocks):
        raise ReadoutImportError.coded("import.word_empty", name=name)
    title = normalise_inline(document.core_properties.title or "") or None
    return Extracted(blocks=blocks, source_format="docx", title=title)


def _paragraph_block(paragraph: DocxParagraph, numbering: _Numbering) -> Block | None:
    text = paragraph.text
    if not text.strip():
        return None
    style_name = paragraph.style.name if paragraph.style is not None else ""
    kind, level = "text", 0
    heading = _HEADING_STYLE.match(style_name or "")
    if style_name == "Title":
        kind, level = "heading", 1
    elif heading:
        kind, level = "heading", int(heading.group(2)) + 1
    marker, depth = numbering.marker_for(paragraph)
    if marker and kind == "text":
        text, kind = f"{marker} {text}", "item"
    elif marker and marker != "•":
        text = f"{marker} {text}"  # a numbered heading ("1. Relations") keeps its number
    runs = [run for run in paragraph.runs if run.text.strip()]
    strong = bool(runs) and all(run.bold for run in runs)
    return Block(text=text, kind=kind, level=level, strong=strong and kind == "text", indent=depth)


def _table_blocks(table: etree._Element, document: DocxDocument) -> list[Block]:
    """One block per row, its cells joined with " | " (a merged cell's text once per row).

    Walks the XML itself rather than python-docx's ``row.cells``, which recurses up through
    every vertically merged row (a RecursionError on a long merged column) and repeats a cell
    ``gridSpan`` times (a hostile span of a billion). Nested tables' text stays in their cell.
    """
    blocks = []
    above: dict[int, str] = {}
    for row in table.iterchildren(qn("w:tr")):
        cells: list[str] = []
        current: dict[int, str] = {}
        column = 0
        for cell in row.iterchildren(qn("w:tc")):
            properties = cell.find(qn("w:tcPr"))
            span = 1
            merged = None
            if properties is not None:
                span = _int(_val(properties, "w:gridSpan"), 1, upper=MAX_GRID_SPAN) or 1
                merged = properties.find(qn("w:vMerge"))
            if merged is not None and merged.get(qn("w:val"), "continue") == "continue":
                value = above.get(column, "")
            else:
                texts = [DocxParagraph(p, document).text for p in cell.iter(qn("w:p"))]
                value = normalise_inline("\n".join(texts))
            for offset in range(span):
                current[column + offset] = value
            column += span
            if value and (not cells or cells[-1] != value):  # merged cells repeat
                cells.append(value)
        above = current
        if cells:
            blocks.append(Block(text=" | ".join(cells)))
    return blocks


@dataclass
class _Level:
    fmt: str
    text: str
    start: int


@dataclass
class _Numbering:
    """Renders Word's automatic list numbers ("%1.", "(%2)") the way Word would show them."""

    abstract_of: dict[str, str] = field(default_factory=dict)
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document: DocxDocument) -> _Numbering:
        numbering = cls()
        part = next(
            (rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.NUMBERING),
            None,
        )
        if part is None:  # a document without lists has no numbering part
            return numbering
        root = part.element
        abstracts: dict[str, dict[int, _Level]] = {}
        for abstract in root.findall(qn("w:abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in abstract.findall(qn("w:lvl")):
                ilvl = _int(lvl.get(qn("w:ilvl")), 0, upper=8)
                levels[ilvl] = _Level(
                    fmt=_val(lvl, "w:numFmt") or "decimal",
                    text=_val(lvl, "w:lvlText") or "",
                    start=_int(_val(lvl, "w:start"), 1, upper=MAX_LIST_NUMBER),
                )
            abstracts[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in root.findall(qn("w:num")):
            abstract_id = _val(num, "w:abstractNumId") or ""
            numbering.levels[num.get(qn("w:numId"), "")] = abstracts.get(abstract_id, {})
            numbering.abstract_of[num.get(qn("w:numId"), "")] = abstract_id
        return numbering

    def marker_for(self, paragraph: DocxParagraph) -> tuple[str | None, int]:
        num_id, ilvl = _num_properties(paragraph)
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return None, 0
        levels = self.levels[num_id]
        level = levels.get(ilvl)
        if level is None:
            return None, ilvl
        key = self.abstract_of.get(num_id, num_id)
        counters = self.counters.setdefault(key, {})
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "•", ilvl
        if level.fmt == "none":
            return None, ilvl

        def render(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            fmt = levels[index].fmt if index in levels else "decimal"
            default = levels[index].start if index in levels else 1
            return _format_number(counters.get(index, default), fmt)

        return re.sub(r"%(\d)", render, level.text).strip() or None, ilvl


def _style_chain(paragraph: DocxParagraph) -> list[etree._Element | None]:
    """The paragraph's own properties, then its style's and each base style's, in order.

    Styles based on each other (A on B, B on A) are untrusted structure: each style is
    visited once, and at most :data:`MAX_STYLE_DEPTH` of them.
    """
    candidates = [paragraph._p.pPr]
    style = paragraph.style
    seen: set[int] = set()
    while style is not None and len(seen) < MAX_STYLE_DEPTH:
        element = style.element
        if id(element) in seen:
            break
        seen.add(id(element))
        candidates.append(element.pPr)
        style = style.base_style
    return candidates


def _num_properties(paragraph: DocxParagraph) -> tuple[str | None, int]:
    for ppr in _style_chain(paragraph):
        if ppr is None:
            continue
        num_pr = ppr.find(qn("w:numPr"))
        if num_pr is not None:
            num_id = _val(num_pr, "w:numId")
            return num_id, _int(_val(num_pr, "w:ilvl"), 0, upper=8)
    return None, 0


def _int(value: str | None, default: int, *, upper: int) -> int:
    """A number from the document's XML, or ``default`` when it is missing or not a number;
    clamped to 0..``upper`` (hostile values such as ``w:start="99999999999"``)."""
    if value is None or len(value) > 12:
        return default
    try:
        number = int(value)
    except ValueError:
        return default
    return min(max(number, 0), upper)


def _val(element: etree._Element, child: str) -> str | None:
    found = element.find(qn(child))
    return None if found is None else found.get(qn("w:val"))


def _format_number(number: int, fmt: str) -> str:
    number = min(number, MAX_LIST_NUMBER)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = roman_numeral(number)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(ch) + 0xFEE0) for ch in str(number))
    return str(number)
