"""OpenDocument text (``.odt``, and flat ``.fodt``) into blocks, read from content.xml with lxml.

Headings keep their outline level, list numbers that the application draws from the list
style ("1.", "(a)", "i)") are written into the text as a Word document's are, tables give a
block per cell, footnotes follow the body. The archive is checked before it is read (size,
entry count, compression ratio) and the XML parser resolves no entities and loads nothing
from the network, so zip bombs, billion-laughs and external entities are refused or inert.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from briefing_app.core.errors import ReadoutImportError
from briefing_app.importers.assemble import Extracted
from briefing_app.importers.blocks import Block, normalise_inline
from briefing_app.importers.markers import roman_numeral

log = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 2000
MAX_RATIO = 200
MAX_DEPTH = 200
"""Elements nested deeper than this (a hostile file) are read as flat text."""
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_P, _H, _LIST, _ITEM, _HEADER = (
    _q("text:p"),
    _q("text:h"),
    _q("text:list"),
    _q("text:list-item"),
    _q("text:list-header"),
)
_TABLE, _CELL, _NOTE, _NOTE_BODY = (
    _q("table:table"), _q("table:table-cell"), _q("text:note"), _q("text:note-body"),
)  # fmt: skip
_S, _TAB, _BREAK = _q("text:s"), _q("text:tab"), _q("text:line-break")
_SKIP_INLINE = {
    _q("text:note-citation"), _q("text:bookmark"), _q("text:soft-page-break"),
    _q("office:annotation"), _q("office:annotation-end"), _q("text:tracked-changes"),
}  # fmt: skip
_STYLE_NAME, _LEVEL = _q("text:style-name"), _q("text:outline-level")


@dataclass
class _ListLevel:
    number_format: str = ""  # "" for bullets
    prefix: str = ""
    suffix: str = ""
    bullet: str = "•"
    start: int = 1


@dataclass
class _Styles:
    bold: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    lists: dict[str, dict[int, _ListLevel]] = field(default_factory=dict)
    paragraph_lists: dict[str, str] = field(default_factory=dict)


def odt_to_extracted(data: bytes, name: str) -> Extracted:
    """Read an OpenDocument text (zipped or flat) into blocks."""
    roots = _roots(data, name)
    styles = _Styles()
    for root in roots.values():
        _read_styles(root, styles)
    content = roots["content"]
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise ReadoutImportError(f"{name}: not an OpenDocument text (no text body inside)")
    walker = _Walker(styles)
    walker.container(body, 0)
    blocks = walker.blocks + walker.notes
    if not any(b.text.strip() for b in blocks):
        raise ReadoutImportError(f"{name}: the OpenDocument file has no text")
    title = None
    meta = roots.get("meta")
    if meta is not None:
        found = meta.find(f".//{_q('dc:title')}")
        if found is not None and found.text:
            title = normalise_inline(found.text) or None
    return Extracted(blocks=blocks, source_format="odt", title=title)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        remove_comments=True, remove_pis=True,
    )  # fmt: skip


def _parse(xml: bytes, name: str) -> etree._Element:
    if _ENTITY_DECL.search(xml[:4096]):
        raise ReadoutImportError(f"{name}: the OpenDocument file declares XML entities; refused")
    try:
        return etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError as exc:
        raise ReadoutImportError(f"{name}: the OpenDocument file is damaged ({exc})") from None


def _roots(data: bytes, name: str) -> dict[str, etree._Element]:
    """content (and styles, meta when present) as parsed XML trees."""
    if not data.startswith(b"PK\x03\x04"):
        root = _parse(data, name)  # a flat .fodt holds everything in one XML document
        if root.tag != _q("office:document"):
            raise ReadoutImportError(f"{name}: not an OpenDocument text")
        return {"content": root, "meta": root}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise ReadoutImportError(f"{name}: the OpenDocument file has too many parts")
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                raise ReadoutImportError(
                    f"{name}: the OpenDocument file would unpack to over 200 MB"
                )
            for info in infos:
                ratio = info.file_size / info.compress_size if info.compress_size else 0
                if ratio > MAX_RATIO and info.file_size > 1024 * 1024:
                    raise ReadoutImportError(f"{name}: the OpenDocument file looks like a zip bomb")
            names = set(archive.namelist())
            if "content.xml" not in names:
                raise ReadoutImportError(
                    f"{name}: not an OpenDocument file (no content.xml inside)"
                )
            return {
                part.removesuffix(".xml"): _parse(archive.read(part), name)
                for part in ("content.xml", "styles.xml", "meta.xml")
                if part in names
            }
    except zipfile.BadZipFile as exc:
        raise ReadoutImportError(f"{name}: the OpenDocument file is damaged ({exc})") from None


def _read_styles(root: etree._Element, styles: _Styles) -> None:
    for style in root.iter(_q("style:style")):
        style_name = style.get(_q("style:name"), "")
        props = style.find(_q("style:text-properties"))
        if props is not None and props.get(_q("fo:font-weight")) in ("bold", "700", "800", "900"):
            styles.bold.add(style_name)
        parent = style.get(_q("style:parent-style-name"), "")
        if "title" in (style_name.lower(), parent.lower()):
            styles.titles.add(style_name)
        if parent in styles.bold:
            styles.bold.add(style_name)
        list_style = style.get(_q("style:list-style-name"))
        if list_style:
            styles.paragraph_lists[style_name] = list_style
    for list_style in root.iter(_q("text:list-style")):
        levels: dict[int, _ListLevel] = {}
        for level in list_style:
            try:
                depth = int(level.get(_q("text:level"), "1"))
            except ValueError:
                continue
            if level.tag == _q("text:list-level-style-number"):
                try:
                    start = int(level.get(_q("text:start-value"), "1"))
                except ValueError:
                    start = 1
                levels[depth] = _ListLevel(
                    number_format=level.get(_q("style:num-format"), ""),
                    prefix=level.get(_q("style:num-prefix"), ""),
                    suffix=level.get(_q("style:num-suffix"), ""),
                    start=start,
                )
            elif level.tag == _q("text:list-level-style-bullet"):
                levels[depth] = _ListLevel(bullet=level.get(_q("text:bullet-char"), "•") or "•")
        styles.lists[list_style.get(_q("style:name"), "")] = levels


def _format_number(number: int, number_format: str) -> str:
    if number_format in ("a", "A"):
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if number_format == "A" else letters
    if number_format in ("i", "I"):
        numeral = roman_numeral(number)
        return numeral.upper() if number_format == "I" else numeral.lower()
    return str(number)


class _Walker:
    """Walks office:text, collecting blocks and (separately) footnotes."""

    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.blocks: list[Block] = []
        self.notes: list[Block] = []
        self.counters: dict[str, list[int]] = {}
        """Per list style, the running number at each level (for continued numbering)."""

    def container(self, element: etree._Element, depth: int) -> None:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag in (_P, _H):
                self.paragraph(child, depth)
            elif child.tag == _LIST:
                self.list(child, depth, level=1, style=None)
            elif child.tag == _TABLE:
                for cell in child.iter(_CELL):
                    self.container(cell, depth + 1)
            elif depth < MAX_DEPTH:
                self.container(child, depth + 1)  # sections, frames, text boxes …

    def list(self, element: etree._Element, depth: int, *, level: int, style: str | None) -> None:
        style = element.get(_STYLE_NAME) or style or ""
        levels = self.styles.lists.get(style, {})
        spec = levels.get(level, _ListLevel())
        counters = self.counters.setdefault(style, [])
        continued = element.get(_q("text:continue-numbering")) == "true" or bool(
            element.get(_q("text:continue-list"))
        )
        while len(counters) < level:
            counters.append(0)
        if not continued or level > 1:
            counters[level - 1] = spec.start - 1
        del counters[level:]
        for item in element:
            if item.tag not in (_ITEM, _HEADER):
                continue
            marker = ""
            if item.tag == _ITEM:
                start = item.get(_q("text:start-value"))
                counters[level - 1] = (
                    int(start) if start and start.isdigit() else counters[level - 1] + 1
                )
                if spec.number_format:
                    number = _format_number(counters[level - 1], spec.number_format)
                    marker = f"{spec.prefix}{number}{spec.suffix}"
                else:
                    marker = spec.bullet
            first = True
            for child in item:
                if child.tag in (_P, _H):
                    self.paragraph(child, depth, marker=marker if first else "", item_level=level)
                    first = False
                elif child.tag == _LIST and depth < MAX_DEPTH:
                    self.list(child, depth + 1, level=level + 1, style=style)

    def paragraph(
        self, element: etree._Element, depth: int, *, marker: str = "", item_level: int = 0
    ) -> None:
        text = normalise_inline("".join(self.inline(element, depth)))
        if not text:
            return
        if marker and not text.startswith(marker):
            text = f"{marker} {text}"
        style = element.get(_STYLE_NAME, "")
        if element.tag == _H or style in self.styles.titles:
            try:
                level = int(element.get(_LEVEL, "1"))
            except ValueError:
                level = 1
            # As for Word: the Title style is level 1, and "Heading N" is level N + 1.
            level = 1 if style in self.styles.titles else min(max(level, 1) + 1, 6)
            self.blocks.append(Block(text=text, kind="heading", level=level))
        elif item_level:
            self.blocks.append(Block(text=text, kind="item", indent=item_level - 1))
        else:
            self.blocks.append(Block(text=text, strong=style in self.styles.bold))

    def inline(self, element: etree._Element, depth: int) -> Iterator[str]:
        if element.text:
            yield element.text
        for child in element:
            if not isinstance(child.tag, str):
                pass
            elif child.tag == _S:
                count = child.get(_q("text:c"), "1")
                yield " " * min(int(count) if count.isdigit() else 1, 100)
            elif child.tag in (_TAB, _BREAK):
                yield " "
            elif child.tag == _NOTE:
                body = child.find(_NOTE_BODY)
                citation = child.find(_q("text:note-citation"))
                label = citation.text if citation is not None and citation.text else ""
                if body is not None:
                    note = normalise_inline(" ".join(
                        "".join(self.inline(p, depth + 1)) for p in body.iter(_P)
                    ))  # fmt: skip
                    if note:
                        self.notes.append(Block(text=f"[{label}] {note}" if label else note))
                yield f"[{label}]" if label else ""
            elif child.tag in _SKIP_INLINE:
                pass
            elif depth < MAX_DEPTH:
                yield from self.inline(child, depth + 1)
            if child.tail:
                yield child.tail
