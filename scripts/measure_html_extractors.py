"""Compare main-content extractors on the corpus texts wrapped in pages with site furniture.

Usage: ``python scripts/measure_html_extractors.py [../shared/corpus]``

The corpus holds page text only, so each text is put in a page with a skip link, a menu,
a "Related news" side column and a footer: once with ``<div>``s only, once with semantic
elements (header/nav/main/aside/footer). Per extractor: the corpus's ``present`` phrases
kept, the pages on which some synthetic furniture was kept, and the time per page.
readability-lxml is measured when installed (it is not a dependency).
"""

from __future__ import annotations

import html
import json
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import trafilatura

from briefing_app.importers import html_reader, import_bytes

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
NAV = ["About the Ministry", "Newsroom", "Travel advice", "Visas and consular services", "Contact"]
SIDE = ["Minister visits Freedonia for talks", "Statement on the floods in the south"]
FOOTER = ["© 2024 Ministry of Foreign Affairs", "Privacy | Terms of use | Accessibility"]
FURNITURE = [*NAV, *SIDE, FOOTER[0]]


def norm(text: str) -> str:
    """As the corpus compares text: NFKC, no ``*``/``_``, one space."""
    text = unicodedata.normalize("NFKC", text).replace("*", "").replace("_", "")
    return " ".join(text.split())


def page(text: str, *, semantic: bool) -> str:
    """``text`` (one paragraph a line) in a page with a menu, a side column and a footer."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    menu = "".join(f'<li><a href="/{i}">{n}</a></li>' for i, n in enumerate(NAV))
    side = "".join(f'<li><a href="/s{i}">{n}</a></li>' for i, n in enumerate(SIDE))
    foot = "".join(f"<p>{line}</p>" for line in FOOTER)
    head = '<html><head><meta charset="utf-8"><title>Page</title></head><body>'
    if semantic:
        return (
            f'{head}<header><a href="#m">Skip to main content</a><nav><ul>{menu}</ul></nav>'
            f'</header><main id="m"><article>{body}</article></main><aside><h3>Related news'
            f"</h3><ul>{side}</ul></aside><footer>{foot}</footer></body></html>"
        )
    return (
        f'{head}<div class="top"><a href="#m">Skip to main content</a></div><div id="hdr">'
        f'<ul class="mn">{menu}</ul></div><div class="wrap"><div class="col-a">{body}</div>'
        f'<div class="col-b"><h3>Related news</h3><ul>{side}</ul></div></div>'
        f'<div class="ft">{foot}</div></body></html>'
    )


def _reader(source: str) -> str:
    readout = import_bytes(source.encode("utf-8"), "page.html")
    parts = [readout.title or "", *(p.text for p in readout.preamble)]
    for node in readout.walk():
        parts += [node.heading or "", *(p.text for p in node.paragraphs)]
    return "\n".join(parts)


def _reader_without_extractor(source: str) -> str:
    original = html_reader.extract_main_content
    html_reader.extract_main_content = lambda *args, **kwargs: None  # type: ignore[assignment]
    try:
        return _reader(source)
    finally:
        html_reader.extract_main_content = original


def _extractors() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {
        "reader, element roles only": _reader_without_extractor,
        "reader + trafilatura": _reader,
        "trafilatura alone": lambda s: trafilatura.extract(s, include_tables=True) or "",
    }
    try:
        import lxml.html
        from readability import Document
    except ImportError:
        return found
    found["readability-lxml alone"] = lambda s: lxml.html.fromstring(
        Document(s).summary()
    ).text_content()
    return found


def main(argv: list[str]) -> int:
    """Print one line per layout and extractor."""
    corpus = Path(argv[0]) if argv else DEFAULT_CORPUS
    expected: dict[str, dict[str, list[str]]] = {}
    for path in corpus.glob("expected-*.json"):
        expected.update(json.loads(path.read_text(encoding="utf-8")))
    files = sorted(corpus.glob("*.txt"))
    for semantic in (False, True):
        for label, extract in _extractors().items():
            kept = wanted = furnished = 0
            spent = 0.0
            for path in files:
                source = page(path.read_text(encoding="utf-8"), semantic=semantic)
                started = time.perf_counter()
                out = norm(extract(source))
                spent += time.perf_counter() - started
                phrases = expected.get(path.name, {}).get("present", [])
                wanted += len(phrases)
                kept += sum(1 for phrase in phrases if norm(phrase) in out)
                furnished += any(norm(item) in out for item in FURNITURE)
            layout = "semantic" if semantic else "div-only"
            print(
                f"{layout:8}  {label:28} text kept {kept}/{wanted}  pages with furniture kept "
                f"{furnished}/{len(files)}  {1000 * spent / max(len(files), 1):.1f} ms/page"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
