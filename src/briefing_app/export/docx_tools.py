"""python-docx helpers Word documents need and python-docx has no call for: markings in every
header and footer, "Page X of Y" fields, numbered lists that restart, East Asian fonts."""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import lru_cache

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import element_class_lookup, oxml_parser
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph
from lxml import etree

logger = logging.getLogger(__name__)

EAST_ASIAN_FONT = "MS Mincho"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (control characters, lone surrogates)."""
    return _NOT_XML.sub("", text)


MARKING_STYLE = "Classification Marking"
DRAFTING_STYLE = "Drafting Block"
"""Paragraph style of a note's signature/drafting lines, which are kept with the body."""


def keep_drafting_block_with_body(document: DocxDocument, style_name: str = DRAFTING_STYLE) -> int:
    """Keep each drafting block on the page of the body line above it; returns blocks found.

    Word has no "keep with previous": the drafting lines keep with each other (their style
    says so), and the body paragraph just above the block is set to keep with next.
    """
    style_id = _style_id(document, style_name)
    if style_id is None:
        return 0
    blocks = 0
    # One XPath query finds the paragraphs in the style (walking every body element through
    # python-docx took milliseconds on a long note that has none).
    for child in _STYLED_PARAGRAPHS(document.element.body, style=style_id):
        if _paragraph_style(child) != style_id:
            continue
        before = child.getprevious()
        if before is not None and _paragraph_style(before) == style_id:
            continue  # inside a block, not its first line
        blocks += 1
        # The paragraph above, and through any blank spacer paragraphs to real text.
        for above in child.itersiblings(preceding=True):
            if above.tag != qn("w:p"):
                break
            above.get_or_add_pPr().keepNext_val = True
            if "".join(above.itertext()).strip():
                break
    return blocks


_W_NAMESPACES = {"w": nsmap["w"]}
_STYLED_PARAGRAPHS = etree.XPath("./w:p[w:pPr/w:pStyle/@w:val = $style]", namespaces=_W_NAMESPACES)
_LIST_BOUNDARIES = etree.XPath(
    "./*[not(self::w:p)] | ./comment() | ./processing-instruction()"
    " | ./w:p[w:pPr/w:pStyle[starts-with(@w:val, 'Heading') or starts-with(@w:val, 'Title')"
    " or @w:val = $style]]",
    namespaces=_W_NAMESPACES,
)
"""A body's children that start or continue a numbered list: everything but paragraphs
(tables and the like end a list), headings and titles (which end one), list paragraphs."""


def set_east_asian_font(document: DocxDocument, font: str = EAST_ASIAN_FONT) -> None:
    """Give every style an East Asian font so Japanese and Korean text renders as such."""
    for style in document.styles:
        element = getattr(style, "element", None)
        if element is None:
            continue
        rpr = element.get_or_add_rPr() if hasattr(element, "get_or_add_rPr") else None
        if rpr is None:
            continue
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        fonts.set(qn("w:eastAsia"), font)


def _field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """Append a complex field (PAGE, NUMPAGES) that Word and LibreOffice update on open."""
    run = paragraph.add_run()
    run.font.size = Pt(9)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run._r.append(begin)
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    run = paragraph.add_run()
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(separate)
    paragraph.add_run(placeholder).font.size = Pt(9)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _marking_paragraph(paragraph: Paragraph, text: str, position: str = "center") -> None:
    paragraph.alignment = (
        WD_ALIGN_PARAGRAPH.RIGHT if position == "right" else WD_ALIGN_PARAGRAPH.CENTER
    )
    if not text:
        return
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(10)
    run.font.color.rgb = RGBColor(0x9B, 0x1C, 0x1C)


PAGE_WORDS = {"en": ("Page ", " of ", ""), "ja": ("", " / ", " ページ")}
"""How "Page X of Y" reads in a note's language (before, between and after the numbers)."""


def apply_markings(
    document: DocxDocument,
    marking: str,
    *,
    page_numbers: bool = True,
    position: str = "center",
    language: str = "en",
    authority: list[str] | None = None,
) -> None:
    """Put the classification marking at the top of every header and the foot of every footer
    (first-page and even-page ones included), with "Page X of Y" above the footer marking.

    ``position`` is the scheme's ("right": top and bottom right, as Canada and Japan mark);
    ``language`` words the page numbers ("1 / 2 ページ" in Japanese). ``authority`` lines (a
    US classification authority block) go at the foot of the first page, on the left.
    Whatever the template's headers say, they are replaced: the marking is never left out and
    never lower than the note's classification.
    """
    before, between, after = PAGE_WORDS.get(language, PAGE_WORDS["en"])
    for index, section in enumerate(document.sections):
        if authority and index == 0:
            section.different_first_page_header_footer = True
        for header in (section.header, section.first_page_header, section.even_page_header):
            header.is_linked_to_previous = False
            _clear(header)
            _marking_paragraph(header.paragraphs[0], marking, position)
        footers = (section.footer, section.first_page_footer, section.even_page_footer)
        for kind, footer in enumerate(footers):
            footer.is_linked_to_previous = False
            _clear(footer)
            first = footer.paragraphs[0]
            if authority and index == 0 and kind == 1:
                _authority_block(first, authority)
                first = footer.add_paragraph()
            if page_numbers:
                first.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if before:
                    first.add_run(before).font.size = Pt(9)
                _field(first, "PAGE", "1")
                first.add_run(between).font.size = Pt(9)
                _field(first, "NUMPAGES", "1")
                if after:
                    first.add_run(after).font.size = Pt(9)
                _marking_paragraph(footer.add_paragraph(), marking, position)
            else:
                _marking_paragraph(first, marking, position)


def _authority_block(paragraph: Paragraph, lines: list[str]) -> None:
    """The classification authority block: one line each, small, on the left."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.font.size = Pt(8)
        if number < len(lines) - 1:
            run.add_break()


APPLICATION = "briefing-app"


def set_properties(
    document: DocxDocument, *, title: str, subject: str, author: str, category: str
) -> None:
    """Fill the document properties for the note being written (not the template's).

    Author and last editor are the app user; created and modified are now (UTC); no
    generator text ("generated by python-docx") is left in the description, and the
    extended properties name this app rather than the word processor that made the
    template.
    """
    properties = document.core_properties
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    properties.title = xml_safe(title)
    properties.subject = xml_safe(subject)
    properties.author = properties.last_modified_by = xml_safe(author)
    properties.created = properties.modified = when
    properties.comments = ""
    properties.keywords = ""
    properties.category = category
    properties.revision = 1
    _set_application(document)


def _set_application(document: DocxDocument) -> None:
    """Name this app in docProps/app.xml (python-docx's default says Microsoft Word)."""
    package = document.part.package
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            root = etree.fromstring(part.blob)
            found = root.find(f"{{{_EXTENDED}}}Application")
            if found is None:
                return
            found.text = APPLICATION
            part._blob = etree.tostring(
                root, xml_declaration=True, encoding="UTF-8", standalone=True
            )
            return


_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def _clear(part: object) -> None:
    """Empty a header or footer, keeping one paragraph to write into."""
    element = part._element  # type: ignore[attr-defined]
    for child in list(element):
        element.remove(child)
    element.append(OxmlElement("w:p"))


def restart_numbered_lists(document: DocxDocument, style_name: str = "List Number") -> int:
    """Make each separate run of numbered paragraphs start again at 1; returns lists found.

    Word's List Number style shares one numbering; a new ``w:num`` overriding the start value
    is what makes a later list restart, as Word itself does.
    """
    numbering = document.part.numbering_part.element
    base_num_id = _style_num_id(document, style_name)
    if base_num_id is None:
        return 0
    base = next(
        (n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == base_num_id), None
    )
    if base is None:
        return 0
    abstract_id = base.find(qn("w:abstractNumId")).get(qn("w:val"))
    list_style = _style_id(document, style_name)
    body = document.element.body
    if list_style is None or not _STYLED_PARAGRAPHS(body, style=list_style):
        return 0  # no numbered paragraph (a readout's headings need no walk then)
    lists = 0
    current_num: str | None = None
    new_list = True
    for element in _LIST_BOUNDARIES(body, style=list_style):
        if element.tag != qn("w:p"):
            new_list = True  # a table ends a list
            continue
        style = _paragraph_style(element) or ""
        if style.startswith(("Heading", "Title")):
            new_list = True  # a heading ends a list; plain paragraphs between items do not
            continue
        if style != list_style:
            continue
        if new_list:
            lists += 1
            current_num = _new_num(numbering, abstract_id) if lists > 1 else None
            new_list = False
        if current_num is not None:
            _set_num(element, current_num)
    return lists


def _style_id(document: DocxDocument, style_name: str) -> str | None:
    try:
        return document.styles[style_name].style_id
    except KeyError:
        return None


def _style_num_id(document: DocxDocument, style_name: str) -> str | None:
    try:
        style = document.styles[style_name]
    except KeyError:
        return None
    ppr = style.element.pPr
    num_pr = None if ppr is None else ppr.find(qn("w:numPr"))
    if num_pr is None:
        return None
    num_id = num_pr.find(qn("w:numId"))
    return None if num_id is None else num_id.get(qn("w:val"))


def _paragraph_style(paragraph: object) -> str | None:
    ppr = paragraph.find(qn("w:pPr"))  # type: ignore[attr-defined]
    style = None if ppr is None else ppr.find(qn("w:pStyle"))
    return None if style is None else style.get(qn("w:val"))


def _new_num(numbering: object, abstract_id: str) -> str:
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]  # type: ignore[attr-defined]
    num_id = str(max(existing, default=0) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    abstract = OxmlElement("w:abstractNumId")
    abstract.set(qn("w:val"), abstract_id)
    num.append(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)  # type: ignore[attr-defined]
    return num_id


def _set_num(paragraph: object, num_id: str) -> None:
    ppr = paragraph.find(qn("w:pPr"))  # type: ignore[attr-defined]
    num_pr = ppr.find(qn("w:numPr"))
    if num_pr is None:
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        num_pr.append(ilvl)
        num_id_element = OxmlElement("w:numId")
        num_pr.append(num_id_element)
        ppr.append(num_pr)
    num_pr.find(qn("w:numId")).set(qn("w:val"), num_id)


def set_column_widths(table: object, widths: list[int]) -> None:
    """Fix a table's column widths so Word and LibreOffice both honour them."""
    table.autofit = False  # type: ignore[attr-defined]
    grid = table._tbl.tblGrid  # type: ignore[attr-defined]
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=False):
        column.set(qn("w:w"), str(int(width / 635)))  # EMU to twentieths of a point
    for row in table.rows:  # type: ignore[attr-defined]
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width


_W_NSMAP = {"w": nsmap["w"]}


@lru_cache(maxsize=64)
def _clark(tag: str) -> str:
    return qn(tag)


def element(tag: str) -> BaseOxmlElement:
    """A new WordprocessingML element (``"w:r"``): like OxmlElement, without its per-call cost."""
    return oxml_parser.makeelement(_clark(tag), nsmap=_W_NSMAP)


# -- WordprocessingML written as text ----------------------------------------------------
# Making an element through python-docx's parser costs about 3 µs (its class lookup and
# namespace map), and a long annotated readout has tens of thousands of them. Writing the
# same markup as text and parsing it once makes them in C, for a tenth of that.

_FRAGMENT_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_FRAGMENT_PARSER.set_element_class_lookup(element_class_lookup)
_FRAGMENT_OPEN = f'<w:fragment xmlns:w="{nsmap["w"]}" xmlns:w14="{nsmap["w14"]}">'
_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
_ATTRIBUTE_ESCAPES = (*_TEXT_ESCAPES, ('"', "&quot;"), ("\t", "&#9;"), ("\n", "&#10;"))
_RUN_CONTENT = re.compile(r"(\t|[\r\n])")


def xml_text(text: str) -> str:
    """``text`` (already :func:`xml_safe`) escaped as element content."""
    # str.replace scans in C; str.translate with a table looks each character up in a dict.
    for character, escape in _TEXT_ESCAPES:
        if character in text:
            text = text.replace(character, escape)
    return text


def xml_attribute(value: str) -> str:
    """``value`` (already :func:`xml_safe`) escaped for a double-quoted attribute."""
    for character, escape in _ATTRIBUTE_ESCAPES:
        if character in value:
            value = value.replace(character, escape)
    return value


def text_run_xml(text: str, *, shade: str | None = None, bold: bool = False) -> str:
    """A plain ``w:r`` holding ``text`` as one ``w:t`` (space preserved), optionally shaded;
    ``bold`` as python-docx's ``run.bold = True`` adds it."""
    properties = ""
    if bold or shade is not None:
        properties = (
            "<w:rPr>"
            + ("<w:b/>" if bold else "")
            + (f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else "")
            + "</w:rPr>"
        )
    return f'<w:r>{properties}<w:t xml:space="preserve">{xml_text(xml_safe(text))}</w:t></w:r>'


def added_run_xml(text: str, *, bold: bool = False) -> str:
    """A ``w:r`` as python-docx's ``paragraph.add_run(text)`` makes it: tabs as ``w:tab``,
    line ends as ``w:br``, space preserved only on a ``w:t`` with space at either end."""
    content = []
    for piece in _RUN_CONTENT.split(text):
        if piece == "\t":
            content.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            content.append("<w:br/>")
        elif piece:
            preserve = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            content.append(f"<w:t{preserve}>{xml_text(piece)}</w:t>")
    properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f"<w:r>{properties}{''.join(content)}</w:r>"


def parse_fragment(xml: str) -> list[BaseOxmlElement]:
    """The elements of the WordprocessingML ``xml`` (prefixes ``w`` and ``w14``), made by
    python-docx's element classes, ready to be moved into a document."""
    root = etree.fromstring(f"{_FRAGMENT_OPEN}{xml}</w:fragment>", _FRAGMENT_PARSER)
    return list(root)
