"""A Word document to blocks: paragraphs, heading styles, list numbering and tables.

The zip is checked before python-docx opens it (size, entry count, compression ratio), and
python-docx's XML parser resolves no entities, so zip bombs, billion-laughs and external
entities are refused or inert. Macros (vbaProject.bin) are never read.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from briefing_app.core.errors import ReadoutImportError
from briefing_app.importers.assemble import Extracted
from briefing_app.importers.blocks import Block, normalise_inline
from briefing_app.importers.markers import roman_numeral

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 2000
MAX_RATIO = 200
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
            blocks.extend(_table_blocks(Table(element, document)))
    if not any(b.text.strip() for b in blocks):
        raise ReadoutImportError(f"{name}: the Word document has no text")
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


def _table_blocks(table: Table) -> list[Block]:
    blocks = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = normalise_inline(cell.text)
            if value and (not cells or cells[-1] != value):  # merged cells repeat
                cells.append(value)
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
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                levels[ilvl] = _Level(
                    fmt=_val(lvl, "w:numFmt") or "decimal",
                    text=_val(lvl, "w:lvlText") or "",
                    start=int(_val(lvl, "w:start") or 1),
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


def _num_properties(paragraph: DocxParagraph) -> tuple[str | None, int]:
    candidates = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        if ppr is None:
            continue
        num_pr = ppr.find(qn("w:numPr"))
        if num_pr is not None:
            num_id = _val(num_pr, "w:numId")
            ilvl = int(_val(num_pr, "w:ilvl") or 0)
            return num_id, ilvl
    return None, 0


def _val(element: etree._Element, child: str) -> str | None:
    found = element.find(qn(child))
    return None if found is None else found.get(qn("w:val"))


def _format_number(number: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = roman_numeral(number)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(ch) + 0xFEE0) for ch in str(number))
    return str(number)
