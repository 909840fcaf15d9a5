"""Saved web pages: the main content by trafilatura, the rest kept in ``removed`` (synthetic pages)."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.coverage import coverage_problems
from briefing_app.importers import import_bytes
from briefing_app.importers.main_content import content_key, extract_main_content

PAGE = Path(__file__).parents[1] / "fixtures" / "synthetic-ministry-page.html"


def test_a_whole_saved_page_keeps_only_the_readout() -> None:
    readout = import_bytes(PAGE.read_bytes(), PAGE.name)
    assert coverage_problems(readout) == []
    assert readout.title == "Foreign Minister meets Ruritanian counterpart"
    assert (
        readout.date == "5 March 2024"
    )  # the date line by the title, as printed, not the metadata's
    assert [s.number for s in readout.sections] == ["1", "2"]
    removed = {r.text: r.reason for r in readout.removed}
    assert removed["Related news"] == "outside the main content"
    assert removed["• Minister visits Freedonia"] == "outside the main content"
    assert removed["• Travel advice"] == "outside the main content"  # a menu list above the text
    assert removed["Press releases"] == "page furniture above the title"
    judged = [r for r in readout.removed if r.reason != "site navigation"]
    assert all(r.span is not None for r in judged), "lines judged outside are restorable in place"
    body = " ".join(p.text for n in readout.walk() for p in n.paragraphs)
    assert "Freedonia" not in body and "Newsroom" not in body
    assert not [d for d in readout.doubts if d.kind == "title"], (
        "an <h1> agreeing with og:title is sure"
    )


def test_a_declared_windows_1251_page_is_read_in_its_encoding() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>Встреча министров | МИД</title></head><body>"
        '<ul class="menu"><li><a href="/">Главная</a></li><li><a href="/news">Новости</a></li></ul>'
        "<h1>Встреча министров иностранных дел</h1><p>5 марта 2024</p>"
        "<p>Министры иностранных дел провели переговоры в столице и обсудили состояние отношений между их странами.</p>"
        "<p>Они договорились провести следующий раунд переговоров весной и поручили подготовить план сотрудничества.</p>"
        "</body></html>"
    )
    readout = import_bytes(page.encode("windows-1251"), "page.html")
    assert readout.encoding is not None and readout.encoding.lower() in ("windows-1251", "cp1251")
    assert readout.title == "Встреча министров иностранных дел"
    assert readout.preamble[-1].text.startswith("Они договорились")
    assert coverage_problems(readout) == []


def test_without_an_h1_the_page_title_agreeing_with_a_line_is_the_title() -> None:
    page = (
        "<html><head><title>Ministers meet on trade | Ministry of Foreign Affairs</title>"
        '<meta property="og:title" content="Ministers meet on trade"></head><body>'
        '<div class="crumbs">Home › News</div><div class="label">News</div>'
        "<p><b>Ministers meet on trade</b></p><p>Tokyo, 5 March 2024</p>"
        "<p>The two ministers met in the capital on Tuesday and reviewed the state of relations between their countries.</p>"
        "<p>They agreed to hold the next round of talks in the spring and to ask their officials to prepare a plan.</p>"
        "</body></html>"
    )
    readout = import_bytes(page.encode(), "page.html")
    assert readout.title == "Ministers meet on trade"
    assert readout.title_span is not None
    assert readout.date == "5 March 2024"
    assert "News" in {r.text for r in readout.removed}


def test_the_extractor_compares_text_without_markers_case_or_width() -> None:
    assert content_key(" 1.  The Ministers\u3000met ") == "the ministers met"
    assert content_key("• Ｔｒａｄｅ") == "trade"
    assert extract_main_content("<html><body></body></html>", depth=0) is None
    assert extract_main_content("<p>x</p>" * 10, depth=10_000) is None


def test_a_page_is_decoded_as_declared_else_as_utf8_before_parsing() -> None:
    """The parser's own guess read this UTF-8 page as something else and found no text."""
    page = "<html><body><p>&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt; １．</p></body></html>"
    readout = import_bytes(page.encode("utf-8"), "x.html")
    assert readout.encoding == "utf-8"
    assert "１．" in readout.text
    latin = '<html><head><meta charset="iso-8859-1"></head><body><h1>Réunion</h1><p>Les ministres se sont réunis.</p></body></html>'
    readout = import_bytes(latin.encode("iso-8859-1"), "y.html")
    assert readout.title == "Réunion" and readout.encoding == "iso-8859-1"
