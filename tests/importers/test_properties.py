"""Property tests: the importer never crashes and never loses text, on arbitrary input."""

from __future__ import annotations

import html
import unicodedata

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing_app.core.coverage import coverage_problems
from briefing_app.core.errors import ReadoutImportError
from briefing_app.core.model import Readout
from briefing_app.importers import import_bytes, import_text
from briefing_app.importers.blocks import normalise_inline
from briefing_app.importers.markdown_detect import split_front_matter
from briefing_app.importers.markdown_reader import _BLANKISH_LINE, NO_NESTING_LIMIT

FRAGMENTS = [
    ">" * 25,
    "- - - - - - - - - - - - - - - - - - - - - -",
    "1.",
    "2.",
    "3.",
    "1",
    "2 -",
    "1)",
    "I.",
    "II.",
    "(1)",
    "- (1)",
    "- (2)",
    "(a)",
    "(b)",
    "•",
    "o",
    "-",
    "*",
    "１．",
    "（１）",
    "①",
    "2023.The",
    "Mk 2.",
    "16447/13",
    "5G/6G",
    "Back to Index",
    "###",
    "***",
    "**Trade**",
    "***Energy***",
    "# Title",
    "Home > News",
    "The ministers agreed.",
    "Economic Relations",
    "North Korea.",
    "両外相は会談した。",
    "한일 관계",
    "January 28, 2012",
    "\u00a0",
    "  ",
    "\t",
    "The following is attributable to X:",
    "Others",
    "<b>bold</b>",
    "[link](http://x)",
    "\\*",
    "---",
    "title: x",
]

line = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=0, max_size=6
).map(" ".join)
document = st.lists(line, min_size=1, max_size=25).map("\n".join)


def _visible(text: str) -> str:
    return "".join(normalise_inline(text).split())


def _check(readout: Readout) -> None:
    assert coverage_problems(readout) == []
    assert Readout.model_validate_json(readout.model_dump_json()) == readout


def _has_text(text: str) -> bool:
    """Whether a person would see any text in ``text`` (the importer must then import it)."""
    return bool(_visible(text))


def _refusal_allowed(text: str, exc: ReadoutImportError) -> None:
    """A refusal is right only for input with nothing to read; say so, or fail the example."""
    assert not _has_text(text), f"refused a readable input: {exc}"
    assert "no text" in str(exc) or "empty" in str(exc), str(exc)


def _is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def _markdown_rendered_text(text: str) -> str:
    """What a Markdown renderer shows of ``text`` (front matter aside): the reference for
    "no text lost" in Markdown, where the syntax itself (``#``, ``**``, link targets) goes."""
    _, _, body = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    body = _BLANKISH_LINE.sub("", body)
    shown: list[str] = []
    parser = MarkdownIt("commonmark", {"maxNesting": NO_NESTING_LIMIT})
    try:
        tokens = parser.enable(["table", "strikethrough"]).parse(body)
    except RecursionError:
        return body  # too deep to parse: the importer reads it as plain text, all of it
    for token in tokens:
        if token.type == "inline":
            shown += [c.content for c in token.children or [] if c.type in _SHOWN_INLINE]
        elif token.type in ("fence", "code_block"):
            shown.append(token.content)
    return "".join(shown)


_SHOWN_INLINE = {"text", "code_inline", "image"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document)
def test_structured_text_never_crashes_or_loses_text(text: str) -> None:
    try:
        readout = import_text(text, markdown=False)
    except ReadoutImportError as exc:
        _refusal_allowed(text, exc)
        event("refused (nothing to read)")
        return
    _check(readout)
    if readout.source_format == "text":
        # Every visible character of the input survives, in order, in the normalised text.
        assert _visible(readout.text) == _visible(unicodedata.normalize("NFC", text))
    else:
        _assert_markdown_kept(text, readout)
    event(f"imported as {readout.source_format}")


def _assert_markdown_kept(text: str, readout: Readout) -> None:
    """Everything the Markdown shows is in the readout, in order (markers and titles may be
    added; nothing may go missing)."""
    shown = _visible(unicodedata.normalize("NFC", _markdown_rendered_text(text)))
    assert _is_subsequence(shown, _visible(readout.text)), (shown, readout.text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes_or_loses_text(text: str) -> None:
    try:
        readout = import_text(text)
    except ReadoutImportError as exc:
        _refusal_allowed(text, exc)
        event("refused (nothing to read)")
        return
    _check(readout)
    if readout.source_format == "text":
        assert _visible(readout.text) == _visible(unicodedata.normalize("NFC", text))
    else:
        _assert_markdown_kept(text, readout)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["x.txt", "x.md", "x.html", "x.docx"]))
def test_arbitrary_bytes_import_or_fail_cleanly(data: bytes, name: str) -> None:
    try:
        readout = import_bytes(data, name)
    except ReadoutImportError as exc:
        message = str(exc)
        assert "\n" not in message and message.startswith(f"{name}: ")
        reason = message.removeprefix(f"{name}: ")
        assert reason.startswith(_BYTES_REFUSALS), message  # one of the documented reasons
        if name == "x.docx" or not data.strip():
            event(f"refused, as it should be: {name}")
        else:
            event(f"refused: {reason[:30]}")
        return
    assert name != "x.docx"  # random bytes are never a Word document
    _check(readout)


_BYTES_REFUSALS = (
    "the file is empty",
    "the file has no text",
    "this is a binary file",
    "the text encoding could not be recognised",
    "invalid ",
    "not a Word document",
    "the web page has no text",
    "this is a zip archive",
    "the PDF ",
    "this PDF has no text layer",
    "the RTF document ",
    "the OpenDocument file ",
    "not an OpenDocument",
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["x.txt", "x.md", "x.html"]))
def test_utf8_text_files_are_imported_unless_blank(text: str, name: str) -> None:
    """Readable UTF-8 text is never refused as binary or undecodable."""
    data = text.encode("utf-8")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    try:
        readout = import_bytes(data, name)
    except ReadoutImportError as exc:
        if name == "x.html" and "no text" in str(exc):
            event("html: refused, no text outside markup")
            return  # a page may be all markup
        allowed = not _has_text(text) or controls > 0.05 * max(len(text), 1) or "\x00" in text
        assert allowed, f"refused readable text: {exc}"
        event("refused (blank or control characters)")
        return
    _check(readout)


@settings(max_examples=100, deadline=None)
@given(document)
def test_markdown_never_crashes_or_loses_text(text: str) -> None:
    try:
        readout = import_text(text, markdown=True)
    except ReadoutImportError as exc:
        _refusal_allowed(_markdown_rendered_text(text), exc)
        event("refused (the Markdown shows nothing)")
        return
    _check(readout)
    _assert_markdown_kept(text, readout)


@settings(max_examples=50, deadline=None)
@given(document)
def test_html_never_crashes_or_loses_text(text: str) -> None:
    page = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))
        + "</body></html>"
    )
    try:
        readout = import_bytes(page.encode("utf-8"), "x.html")
    except ReadoutImportError as exc:
        _refusal_allowed(text, exc)
        return
    _check(readout)


# -- content finding: pages of prose, menus, labels, dates and titles in any order ----------

_PAGE_LINES = st.sampled_from(
    [
        "Home",
        "Newsroom",
        "• About the Ministry",
        "Home > News > Press releases",
        "Readouts | Minister's Office",
        "Ministers Meet on Trade and Energy",
        "March 3, 2024",
        "Posted 8 Feb 2024",
        "1. The two ministers met in the capital and reviewed the state of relations between them.",
        "They agreed to hold the next round of talks in the spring and to prepare a plan for it.",
        "2. On regional security, they exchanged views and agreed to stay in close contact.",
        "両外相は、中東情勢及びその影響についても意見交換しました。",
        "Share",
        "Photos",
        "Working Lunch",
        "Japan-Australia Foreign Ministers' Meeting and",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PAGE_LINES, min_size=1, max_size=25), st.booleans())
def test_content_finding_never_loses_text(lines: list[str], as_html: bool) -> None:
    """Whatever is taken for furniture, title or date, every character stays accounted for."""
    if as_html:
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        readout = import_bytes(f"<html><body>{body}</body></html>".encode(), "page.html")
    else:
        readout = import_text("\n".join(lines))
    _check(readout)
    assert all(line.reason for line in readout.removed)
    assert all(doubt.message for doubt in readout.doubts)
