"""HTML, Word and encoded text: each format reaches the same structure."""

from __future__ import annotations

import copy
import io

import docx
import pytest

from briefing_app.core.coverage import coverage_problems
from briefing_app.importers import import_bytes
from tests.importers.helpers import numbers

MOFA_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Japan-Russia Foreign Ministers' Meeting | Ministry of Foreign Affairs of Japan</title>
<link rel="canonical" href="https://www.mofa.go.jp/region/europe/russia/meeting1201.html">
<script>document.write("evil")</script><style>p {color: red}</style>
</head><body>
<a class="skip" href="#main">Skip to main content</a>
<header id="site-header"><div>Ministry of Foreign Affairs of Japan</div>
<ul class="lang-switch"><li>English</li><li>日本語</li></ul></header>
<nav class="global-nav"><ol><li>Home</li><li>Foreign Policy</li><li>Press</li></ol></nav>
<div id="maincontents">
<ul class="breadcrumbs"><li>Home</li><li>Europe</li></ul>
<h1>Japan-Russia Foreign Ministers' Meeting (Overview)</h1>
<p>On Saturday, January 28, the ministers met in Tokyo.</p>
<h2>1. Japan-Russia relations (General)</h2>
<p>- (1) Both sides exchanged opinions on a wide range of agendas.</p>
<p>- (2) Both sides confirmed again to develop cooperative relations.</p>
<h2>2. Economic Relations</h2>
<ol><li>Trade reached a record figure.</li><li>The ministers agreed to cooperate.</li></ol>
<iframe src="https://tracker.example/"></iframe><img src="https://example.com/x.png" alt="x">
<p><a href="/index.html">Back to Index</a></p>
</div>
<footer><p>Privacy Policy | Terms of Use</p><p>© Ministry of Foreign Affairs of Japan</p></footer>
</body></html>
"""


def test_html_main_content_only() -> None:
    readout = import_bytes(MOFA_PAGE.encode("utf-8"), "meeting.html")
    assert coverage_problems(readout) == []
    assert readout.title == "Japan-Russia Foreign Ministers' Meeting (Overview)"
    assert readout.source == "https://www.mofa.go.jp/region/europe/russia/meeting1201.html"
    assert readout.date == "Saturday, January 28"
    assert [(s.number, s.heading) for s in readout.sections] == [
        ("1", "Japan-Russia relations (General)"),
        ("2", "Economic Relations"),
    ]
    assert numbers(readout.sections[0].items) == ["(1)", "(2)"]
    assert numbers(readout.sections[1].items) == ["1", "2"]
    every_text = readout.text
    for chrome in ("evil", "color: red", "Foreign Policy", "Privacy Policy", "Skip to main"):
        assert chrome not in every_text
    assert "Back to Index" in [r.text for r in readout.removed]


def test_html_without_main_element_drops_header_and_footer() -> None:
    page = (
        "<html><body><header><p>Site name</p></header><h1>Readout</h1>"
        "<p>The ministers met.</p><p>They agreed on trade and on energy.</p>"
        "<footer>Contact us</footer></body></html>"
    )
    readout = import_bytes(page.encode(), "page.htm")
    assert readout.title == "Readout"
    assert [p.text for p in readout.preamble] == [
        "The ministers met.",
        "They agreed on trade and on energy.",
    ]


def test_html_declared_legacy_encoding() -> None:
    page = '<html><head><meta charset="shift_jis"></head><body><h1>日露外相会談</h1><p>１．日露関係</p><p>両外相は会談した。</p></body></html>'
    readout = import_bytes(page.encode("shift_jis"), "page.html")
    assert readout.title == "日露外相会談"
    assert readout.sections[0].heading == "日露関係"


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.core_properties.title = ""
    document.add_paragraph("Japan-Russia Foreign Ministers' Meeting", style="Title")
    document.add_paragraph("On Saturday, January 28, the ministers met.")
    document.add_heading("Japan-Russia relations", level=1)
    document.add_paragraph("Both sides exchanged opinions.", style="List Number")
    document.add_paragraph("Both sides confirmed cooperation.", style="List Number")
    document.add_heading("Territorial Issues", level=1)
    document.add_paragraph("The ministers agreed the issue will not be shelved.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Trade"
    table.rows[0].cells[1].text = "30 billion US dollars"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_headings_lists_and_tables() -> None:
    readout = import_bytes(_docx_bytes(), "readout.docx")
    assert coverage_problems(readout) == []
    assert readout.title == "Japan-Russia Foreign Ministers' Meeting"
    assert readout.source_format == "docx"
    assert [s.heading for s in readout.sections] == ["Japan-Russia relations", "Territorial Issues"]
    items = readout.sections[0].items
    assert [i.paragraphs[0].text for i in items] == [
        "Both sides exchanged opinions.",
        "Both sides confirmed cooperation.",
    ]
    assert readout.sections[1].paragraphs[-1].text == "Trade | 30 billion US dollars"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("shift_jis", b""),
        ("euc-kr", b""),
    ],
)
def test_text_encodings(encoding: str, prefix: bytes) -> None:
    text = "日露外相会談（概要）\n１．日露関係（総論）\n両外相は、幅広い議題について意見交換を行い、協力を確認した。\n２．経済関係\n両外相は、経済関係が着実に発展していることを確認した。\n"
    if encoding == "euc-kr":
        text = "한일 외교장관 회담 결과 발표\n1. 양국 관계\n양 장관은 양국 관계를 더욱 발전시키기 위해 협력을 강화하기로 하였다.\n2. 북한 문제\n양 장관은 북한 문제에 대해 긴밀히 공조하기로 하였다.\n"
    readout = import_bytes(prefix + text.encode(encoding), "readout.txt")
    assert [s.number for s in readout.sections] == (
        ["１", "２"] if encoding != "euc-kr" else ["1", "2"]
    )
    assert readout.title == text.splitlines()[0]


def test_cp1252_text() -> None:
    text = "Minister’s meeting – overview\n1. Relations\nThe ministers met in Zürich and agreed on the café “détente”.\n"
    readout = import_bytes(text.encode("cp1252"), "readout.txt")
    assert readout.title == "Minister’s meeting – overview"
    assert readout.sections[0].paragraphs[0].text.endswith("café “détente”.")


def test_docx_numbered_headings_keep_their_numbers() -> None:
    document = docx.Document()
    document.add_paragraph("Readout of the meeting", style="Title")
    numbering = document.styles["List Number"].element.pPr.numPr  # Word's own list numbering
    for heading, body in (("Relations", "The ministers met."), ("Energy", "They discussed gas.")):
        paragraph = document.add_heading(heading, level=1)
        paragraph._p.get_or_add_pPr().append(copy.deepcopy(numbering))
        document.add_paragraph(body)
    buffer = io.BytesIO()
    document.save(buffer)
    readout = import_bytes(buffer.getvalue(), "numbered.docx")
    assert [(s.number, s.heading) for s in readout.sections] == [
        ("1", "Relations"),
        ("2", "Energy"),
    ]
