"""Property tests: the importer never crashes and never loses text, on arbitrary input."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core.coverage import coverage_problems
from briefing_app.core.errors import ReadoutImportError
from briefing_app.core.model import Readout
from briefing_app.importers import import_bytes, import_text
from briefing_app.importers.blocks import normalise_inline

FRAGMENTS = [
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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document)
def test_structured_text_never_crashes_or_loses_text(text: str) -> None:
    try:
        readout = import_text(text, markdown=False)
    except ReadoutImportError:
        return
    _check(readout)
    if readout.source_format == "text":
        # Every visible character of the input survives, in order, in the normalised text.
        assert _visible(readout.text) == _visible(unicodedata.normalize("NFC", text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes_or_loses_text(text: str) -> None:
    try:
        readout = import_text(text)
    except ReadoutImportError:
        return
    _check(readout)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["x.txt", "x.md", "x.html", "x.docx"]))
def test_arbitrary_bytes_import_or_fail_cleanly(data: bytes, name: str) -> None:
    try:
        readout = import_bytes(data, name)
    except ReadoutImportError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(name)
        return
    _check(readout)


@settings(max_examples=100, deadline=None)
@given(document)
def test_markdown_never_crashes_or_loses_text(text: str) -> None:
    try:
        readout = import_text(text, markdown=True)
    except ReadoutImportError:
        return
    _check(readout)


@settings(max_examples=50, deadline=None)
@given(document)
def test_html_never_crashes_or_loses_text(text: str) -> None:
    page = (
        "<html><body>" + "".join(f"<p>{line}</p>" for line in text.split("\n")) + "</body></html>"
    )
    try:
        readout = import_bytes(page.encode("utf-8"), "x.html")
    except ReadoutImportError:
        return
    _check(readout)
