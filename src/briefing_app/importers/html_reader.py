"""A saved web page to blocks: the main content only, with navigation and footers dropped.

Parsed with BeautifulSoup over lxml. Nothing is fetched and nothing is executed: scripts,
frames, objects and remote images are dropped before any text is read.
"""

from __future__ import annotations

import codecs
import logging
import re
import warnings
from collections.abc import Iterable

import charset_normalizer
from bs4 import (
    BeautifulSoup,
    CData,
    Comment,
    MarkupResemblesLocatorWarning,
    NavigableString,
    PageElement,
    Tag,
    XMLParsedAsHTMLWarning,
)
from bs4.element import PreformattedString

from briefing_app.core.errors import ReadoutImportError
from briefing_app.core.model import RemovedLine
from briefing_app.importers.assemble import Extracted
from briefing_app.importers.blocks import Block, join_lines, normalise_inline
from briefing_app.importers.main_content import extract_main_content, mark_outside
from briefing_app.importers.markers import parse_marker, roman_numeral

logger = logging.getLogger(__name__)

_NEVER_CONTENT = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "canvas",
    "math",
    "link",
    "meta",
    "base",
    "img",
    "picture",
    "video",
    "audio",
    "source",
    "track",
    "map",
    "head",
    "select",
    "input",
    "button",
    "textarea",
    "dialog",
)
_CHROME_TAGS = ("nav", "aside", "footer", "form", "menu")
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "menu"}
_CHROME_NAMES = re.compile(
    r"(^|[-_ ])(nav|navi|navbar|navigation|menu|breadcrumbs?|topicpath|pankuzu|footer|"
    r"sidebar|side-?nav|skip|share|sharing|social|sns|cookie|lang(uage)?[-_]?(switch\w*|"
    r"select\w*|menu|list)?|pager|pagination|toolbar|masthead|related|print|gnav|lnav|"
    r"global-?header|site-?header|site-?footer)($|[-_ ])",
    re.IGNORECASE,
)
_MAIN_SELECTORS = (
    "main",
    "[role=main]",
    "article",
    "#main-content",
    "#maincontents",
    "#main_contents",
    "#contents",
    "#content",
    "#main",
    ".main-content",
    ".content",
    "#primary",
)
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "figure",
    "figcaption",
    "address",
    "center",
    "hr",
    "caption",
    "details",
    "summary",
    "body",
    "html",
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_STRONG_TAGS = {"b", "strong"}
_TITLE_SUFFIX = re.compile(r"\s+[|｜\-–—:]\s+[^|｜\-–—:]{2,80}$")


def html_to_extracted(data: bytes, name: str) -> Extracted:
    """Parse HTML bytes into blocks of the page's main content."""
    page, encoding, guessed = decode_page(data)
    with warnings.catch_warnings():
        # A short page can look like a file name or a URL to bs4: it is a page here.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # an XHTML page is read as HTML
        soup = BeautifulSoup(page, "lxml")
    removed: list[RemovedLine] = []
    meta_title, meta_date, source = _metadata(soup)
    main = extract_main_content(page, depth=0)
    for tag in soup.find_all(_NEVER_CONTENT):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    container = _main_container(soup)
    if container is None:
        raise ReadoutImportError.coded("import.web_page_empty", name=name)
    for tag in _chrome_elements(container):
        text = normalise_inline(tag.get_text(" "))
        if text:
            removed.append(RemovedLine(text=text[:500], reason="site navigation"))
        tag.decompose()
    blocks = _Walker().walk(container)
    if not any(block.text.strip() for block in blocks):
        raise ReadoutImportError.coded("import.web_page_empty", name=name)
    if main is not None:
        mark_outside(blocks, main)
    return Extracted(
        blocks=blocks,
        source_format="html",
        title=(main.title if main is not None else None) or meta_title,
        fallback_date=meta_date or (main.date if main is not None else None),
        source=source,
        encoding=encoding,
        encoding_guessed=guessed,
        removed=removed,
    )


_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})|"""
    rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_page(data: bytes) -> tuple[str, str, bool]:
    """The page as text, the encoding used and whether it was guessed: a byte-order mark,
    else the encoding the page declares (``<meta charset>``, ``http-equiv``, XML
    declaration), else UTF-8 when it is valid, else the best guess of charset-normalizer."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding, False
    declared = _DECLARED.search(data[:8192])
    if declared is not None:
        name = (declared.group(1) or declared.group(2)).decode("ascii").lower()
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = None
        if codec is not None and not codec.startswith("utf-16"):  # a saved page's meta can lie
            return data.decode(codec, errors="replace"), name, False
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None and best.encoding else "windows-1252"
    return data.decode(encoding, errors="replace"), encoding, True


def _metadata(soup: BeautifulSoup) -> tuple[str | None, str | None, str | None]:
    def meta(*names: str) -> str | None:
        for key in names:
            tag = soup.find("meta", attrs={"property": key}) or soup.find(
                "meta", attrs={"name": key}
            )
            if (
                isinstance(tag, Tag)
                and isinstance(tag.get("content"), str)
                and tag["content"].strip()
            ):
                return str(tag["content"]).strip()
        return None

    title = meta("og:title", "dc.title", "DC.title")
    if title is None and soup.title and soup.title.string:
        title = _TITLE_SUFFIX.sub("", normalise_inline(soup.title.string)) or None
    date = meta("article:published_time", "date", "dc.date", "DC.date", "dcterms.date")
    canonical = soup.find("link", rel="canonical")
    source = meta("og:url")
    if source is None and isinstance(canonical, Tag) and isinstance(canonical.get("href"), str):
        source = str(canonical["href"])
    return title, date, source


def _main_container(soup: BeautifulSoup) -> Tag | None:
    for selector in _MAIN_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and len(normalise_inline(found.get_text(" "))) > 40:
            return found
    body = soup.body or soup
    headers = body.find_all(["header", "footer"])
    if headers:
        # Nested headers would each be read whole: mark who holds text or an <h1> once.
        with_h1 = _ancestors(body.find_all("h1"))
        with_text = _ancestors(t for t in body.find_all(string=True) if normalise_inline(t))
        for tag in headers:
            if id(tag) in with_text and id(tag) not in with_h1:
                tag.name = "nav"  # outside a main element, page headers and footers are chrome
    return body if isinstance(body, Tag) else None


def _ancestors(nodes: Iterable[PageElement]) -> set[int]:
    """The ids of every tag containing one of ``nodes``; linear however deep the nesting
    (asking each tag ``find(...)`` would read a hostile page's deep subtrees again and again)."""
    marked: set[int] = set()
    for node in nodes:
        parent = node.parent
        while parent is not None and id(parent) not in marked:
            marked.add(id(parent))
            parent = parent.parent
    return marked


def _chrome_elements(container: Tag) -> list[Tag]:
    """Navigation, footers and the like inside the content (top-down; never inside another)."""
    found: list[Tag] = []
    with_headings = _ancestors(container.find_all(_HEADINGS))
    stack = [child for child in reversed(list(container.children)) if isinstance(child, Tag)]
    while stack:
        tag = stack.pop()
        if tag.name in _CHROME_TAGS or tag.get("role") in _CHROME_ROLES:
            found.append(tag)
            continue
        names = " ".join([str(tag.get("id") or ""), *(tag.get("class") or [])])
        if names.strip() and _CHROME_NAMES.search(names) and id(tag) not in with_headings:
            found.append(tag)
            continue
        stack.extend(child for child in reversed(list(tag.children)) if isinstance(child, Tag))
    return found


class _Walker:
    """Walks the content tree without recursion, emitting a block per block-level element."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._lines: list[str] = [""]
        self._strong_chars = 0
        self._chars = 0
        self._kind = "text"
        self._level = 0
        self._indent = 0
        self._prefix: str | None = None

    def walk(self, root: Tag) -> list[Block]:
        # Each stack entry is a node to enter, or a callable to run when leaving an element.
        stack: list[object] = [root]
        strong_depth = 0
        list_depth = 0
        while stack:
            item = stack.pop()
            if not isinstance(item, Tag | NavigableString):
                if callable(item):  # a leave-callback (Tags are callable too: test them first)
                    item()
                continue
            if isinstance(item, NavigableString):
                text = str(item)
                self._lines[-1] += text
                visible = len(text.strip())
                self._chars += visible
                if strong_depth:
                    self._strong_chars += visible
                continue
            if not isinstance(item, Tag):
                continue
            name = item.name
            if name == "br":
                self._lines.append("")
                continue
            if name in ("td", "th"):
                self._lines[-1] += " | " if self._lines[-1].strip() else ""
            block = name in _BLOCK_TAGS
            if block:
                self._flush()
            leave: list[object] = []
            if name in _HEADINGS:
                self._kind, self._level = "heading", _HEADINGS[name]
            elif name in _STRONG_TAGS:
                strong_depth += 1

                def unstrong() -> None:
                    nonlocal strong_depth
                    strong_depth -= 1

                leave.append(unstrong)
            elif name in ("ol", "ul"):
                list_depth += 1
                counter = [_start(item)]

                def unlist() -> None:
                    nonlocal list_depth
                    list_depth -= 1
                    self._indent = max(list_depth - 1, 0) if list_depth else 0

                leave.append(unlist)
                for li in item.find_all("li", recursive=False):
                    li["data-marker"] = _list_marker(item, counter)
            elif name == "li":
                self._indent = max(list_depth - 1, 0)
                marker = item.get("data-marker")
                own_text = _leading_text(item)
                if isinstance(marker, str) and parse_marker(own_text, allow_bare=False) is None:
                    self._prefix = marker
            if block:
                leave.append(self._flush)
            stack.extend(reversed(leave))
            stack.extend(reversed(list(item.children)))
        self._flush()
        return self.blocks

    def _flush(self) -> None:
        text = join_lines(self._lines) if len(self._lines) > 1 else normalise_inline(self._lines[0])
        if len(self._lines) > 1:
            # <br> separated lines stay separate blocks: they are lines, not wrapping.
            for index, line in enumerate(self._lines):
                self._emit(line, separated=index == 0)
        elif text:
            self._emit(text, separated=True)
        self._lines = [""]
        self._strong_chars = self._chars = 0
        self._kind, self._level = "text", 0

    def _emit(self, text: str, *, separated: bool) -> None:
        text = normalise_inline(text)
        if not text:
            return
        kind = "heading" if self._kind == "heading" else "text"
        if self._prefix is not None:
            text = f"{self._prefix} {text}"
            self._prefix = None
            kind = "item"
        strong = self._chars > 0 and self._strong_chars >= self._chars
        self.blocks.append(
            Block(
                text=text,
                kind=kind,
                level=self._level,
                strong=strong and self._kind != "heading",
                indent=self._indent,
                separated=separated,
            )
        )


def _leading_text(tag: Tag, limit: int = 80) -> str:
    """The first ``limit`` or so characters of a tag's text (enough to see a marker).

    Reading only the start keeps nested lists linear: reading the whole text of every
    ``<li>`` (or even bs4's ``strings``, which first finds the last descendant) would go over
    a hostile page's thousands of nesting levels again for each level.
    """
    parts: list[str] = []
    size = 0
    stack: list[PageElement] = [tag]
    while stack and size < limit:
        node = stack.pop()
        if isinstance(node, Tag):
            stack.extend(reversed(node.contents))
        elif isinstance(node, NavigableString) and (
            not isinstance(node, PreformattedString) or isinstance(node, CData)
        ):
            parts.append(str(node))
            size += len(node)
    return normalise_inline(" ".join(parts))[:limit]


def _start(tag: Tag) -> int:
    try:
        return int(str(tag.get("start") or 1))
    except ValueError:
        return 1


def _list_marker(list_tag: Tag, counter: list[int]) -> str:
    if list_tag.name == "ul":
        return "•"
    number = counter[0]
    counter[0] += 1
    kind = str(list_tag.get("type") or "1")
    if kind == "a":
        return f"{chr(96 + (number - 1) % 26 + 1)}."
    if kind == "A":
        return f"{chr(64 + (number - 1) % 26 + 1)}."
    if kind in ("i", "I"):
        roman = roman_numeral(number)
        return f"{roman.lower() if kind == 'i' else roman}."
    return f"{number}."
