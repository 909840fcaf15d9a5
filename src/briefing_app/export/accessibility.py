"""The checks government accessibility guidance asks of a Word file, run on an exported note.

- the document has a title, and a proofing language in its style defaults (and an East Asian
  language when it holds Japanese, Chinese or Korean text);
- headings come in order, never skipping a level;
- lists are made with list numbering, not typed bullets or numbers;
- every table of more than one row marks its first row as a header row (repeated on each page);
- no meaning is carried by colour alone: highlighted text lies inside a comment that says,
  in words, what the highlight means;
- text colours have a contrast of at least 4.5:1 with their background;
- every image has alternative text.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

logger = logging.getLogger(__name__)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "dc": "http://purl.org/dc/elements/1.1/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
}
MIN_CONTRAST = 4.5
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_TYPED_LIST = re.compile(r"^\s*(?:[•●▪◦·*]\s|-\s|\d{1,3}[.)]\s)")


@dataclass(frozen=True)
class Finding:
    """One check: its name, whether the document passes, and what to fix when it does not."""

    check: str
    passed: bool
    detail: str = ""


def check_accessibility(data: bytes) -> list[Finding]:
    """Every check, in order, on the .docx ``data``."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        document = etree.fromstring(archive.read("word/document.xml"), _PARSER)
        styles = (
            etree.fromstring(archive.read("word/styles.xml"), _PARSER)
            if "word/styles.xml" in names
            else None
        )
        core = (
            etree.fromstring(archive.read("docProps/core.xml"), _PARSER)
            if "docProps/core.xml" in names
            else None
        )
    levels, list_styles, style_colours = _styles(styles)
    return [
        _title(core),
        _language(styles, document),
        _headings(document, levels),
        _lists(document, list_styles, levels),
        _table_headers(document),
        _colour_alone(document),
        _contrast(document, style_colours),
        _alt_text(document),
    ]


def failures(findings: list[Finding]) -> list[Finding]:
    """The checks that did not pass."""
    return [finding for finding in findings if not finding.passed]


def _styles(styles: etree._Element | None) -> tuple[dict[str, int], set[str], dict[str, str]]:
    """Heading level by style id, list style ids, and text colour by style id (a style with
    no colour of its own takes its base style's)."""
    levels: dict[str, int] = {}
    lists: set[str] = set()
    colours: dict[str, str] = {}
    if styles is None:
        return levels, lists, colours
    based_on: dict[str, str] = {}
    for style in styles.iterfind("w:style", NS):
        base = style.find("w:basedOn", NS)
        if base is not None:
            based_on[style.get(f"{{{W}}}styleId", "")] = base.get(f"{{{W}}}val", "")
    for style in styles.iterfind("w:style", NS):
        style_id = style.get(f"{{{W}}}styleId", "")
        level = style.find("w:pPr/w:outlineLvl", NS)
        if level is not None and style.get(f"{{{W}}}type") == "paragraph":
            levels[style_id] = int(level.get(f"{{{W}}}val", "9"))
        if style.find("w:pPr/w:numPr", NS) is not None:
            lists.add(style_id)
        colour = style.find("w:rPr/w:color", NS)
        if colour is not None:
            colours[style_id] = colour.get(f"{{{W}}}val", "auto")
    for style_id in list(based_on):
        seen, base = {style_id}, based_on.get(style_id)
        while style_id not in colours and base and base not in seen:  # bounded by ``seen``
            if base in colours:
                colours[style_id] = colours[base]
            seen.add(base)
            base = based_on.get(base)
    return levels, lists, colours


def _text(paragraph: etree._Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(f"{{{W}}}t"))


def _style_of(paragraph: etree._Element) -> str:
    style = paragraph.find("w:pPr/w:pStyle", NS)
    return style.get(f"{{{W}}}val", "") if style is not None else ""


def _title(core: etree._Element | None) -> Finding:
    title = core.findtext("dc:title", default="", namespaces=NS) if core is not None else ""
    if title.strip():
        return Finding("document title", True)
    return Finding("document title", False, "the document properties have no title")


def _language(styles: etree._Element | None, document: etree._Element) -> Finding:
    lang = (
        styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS) if styles is not None else None
    )
    if lang is None or not lang.get(f"{{{W}}}val"):
        return Finding("language", False, "no proofing language in the style defaults (w:lang)")
    body_text = "".join(t.text or "" for t in document.iter(f"{{{W}}}t"))
    if _CJK.search(body_text) and not lang.get(f"{{{W}}}eastAsia"):
        return Finding("language", False, "East Asian text, but no East Asian language is set")
    return Finding("language", True)


def _headings(document: etree._Element, levels: dict[str, int]) -> Finding:
    previous: int | None = None
    for paragraph in document.iter(f"{{{W}}}p"):
        level = levels.get(_style_of(paragraph))
        if level is None or level > 8 or not _text(paragraph).strip():
            continue
        if previous is not None and level > previous + 1:
            return Finding(
                "heading order",
                False,
                f"“{_text(paragraph)[:40]}” is a level {level + 1} heading "
                f"after level {previous + 1}",
            )
        previous = level
    return Finding("heading order", True)


def _lists(document: etree._Element, list_styles: set[str], levels: dict[str, int]) -> Finding:
    """Typed bullets or numbers outside list styles. A heading's number and a paragraph number
    quoted from the readout (set apart in bold, as printed) are the readout's own, not a list."""
    for paragraph in document.iter(f"{{{W}}}p"):
        style = _style_of(paragraph)
        if paragraph.find("w:pPr/w:numPr", NS) is not None or style in list_styles:
            continue
        if _in_table(paragraph) or style in levels or _printed_number(paragraph):
            continue
        text = _text(paragraph)
        if _TYPED_LIST.match(text):
            return Finding("lists", False, f"typed list marker, not a list style: “{text[:40]}”")
    return Finding("lists", True)


def _printed_number(paragraph: etree._Element) -> bool:
    for run in paragraph.iterfind("w:r", NS):
        text = "".join(t.text or "" for t in run.iter(f"{{{W}}}t"))
        if text.strip():
            return run.find("w:rPr/w:b", NS) is not None and bool(_TYPED_LIST.match(text + " "))
    return False


def _in_table(element: etree._Element) -> bool:
    return any(etree.QName(parent).localname == "tc" for parent in element.iterancestors())


def _table_headers(document: etree._Element) -> Finding:
    for number, table in enumerate(document.iter(f"{{{W}}}tbl"), start=1):
        rows = table.findall("w:tr", NS)
        if _label_value(rows):
            continue  # "TO: | Minister": each row is headed by its own label cell
        if len(rows) > 1 and rows[0].find("w:trPr/w:tblHeader", NS) is None:
            first = _text(rows[0])[:40]
            return Finding(
                "table header rows", False, f"table {number} (“{first}”) has no header row"
            )
    return Finding("table header rows", True)


def _label_value(rows: list[etree._Element]) -> bool:
    """A memo block: every row a label cell ending in a colon, then its value."""
    for row in rows:
        cells = row.findall("w:tc", NS)
        if len(cells) < 2 or not _text(cells[0]).strip().endswith((":", "：")):
            return False
    return bool(rows)


def _colour_alone(document: etree._Element) -> Finding:
    inside = 0
    for node in document.iter(f"{{{W}}}commentRangeStart", f"{{{W}}}commentRangeEnd", f"{{{W}}}r"):
        tag = etree.QName(node).localname
        if tag == "commentRangeStart":
            inside += 1
        elif tag == "commentRangeEnd":
            inside = max(0, inside - 1)
        elif node.find("w:rPr/w:highlight", NS) is not None and not inside:
            text = "".join(t.text or "" for t in node.iter(f"{{{W}}}t"))
            if text.strip():
                return Finding(
                    "colour alone",
                    False,
                    f"highlighted text with no words to say why: “{text[:40]}”",
                )
    return Finding("colour alone", True)


def _contrast(document: etree._Element, style_colours: dict[str, str]) -> Finding:
    """Colours of the styles the document uses, and of its runs, against white."""
    used = {
        element.get(f"{{{W}}}val", "")
        for element in document.iter(f"{{{W}}}pStyle", f"{{{W}}}rStyle")
    } | {"Normal"}
    colours = {style_colours[style] for style in used if style in style_colours}
    colours |= {c.get(f"{{{W}}}val", "auto") for c in document.iter(f"{{{W}}}color")}
    for colour in sorted(colours):
        if colour in ("auto", "") or not re.fullmatch(r"[0-9A-Fa-f]{6}", colour):
            continue
        ratio = contrast_ratio(colour, "FFFFFF")
        if ratio < MIN_CONTRAST:
            return Finding(
                "contrast", False, f"text colour #{colour} on white is {ratio:.1f}:1 (needs 4.5:1)"
            )
    return Finding("contrast", True)


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two ``RRGGBB`` colours."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _alt_text(document: etree._Element) -> Finding:
    for picture in document.iter(f"{{{NS['wp']}}}docPr"):
        if not (picture.get("descr") or "").strip():
            return Finding("alt text", False, f"image “{picture.get('name', '')}” has no alt text")
    return Finding("alt text", True)
