"""Hostile readouts: each gets a clear one-line answer or a safe import, never a hang or crash."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

from briefing_app.core.coverage import coverage_problems
from briefing_app.core.errors import ReadoutImportError
from briefing_app.importers import import_bytes


def _docx(text: str = "Readout title\n1. Relations\nThe ministers met.") -> bytes:
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _replace_part(
    data: bytes, name: str, content: bytes, extra: dict[str, bytes] | None = None
) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, content if item.filename == name else source.read(item.filename))
        for extra_name, extra_content in (extra or {}).items():
            target.writestr(extra_name, extra_content)
    return out.getvalue()


def test_extremely_long_line_imports_quickly() -> None:
    text = ("Readout\n1. Trade\n" + "The ministers agreed on trade. " * 150_000).encode()
    started = time.monotonic()
    readout = import_bytes(text, "long.txt")
    assert time.monotonic() - started < 10
    assert readout.sections[0].heading == "Trade"
    assert coverage_problems(readout) == []


def test_deeply_nested_html() -> None:
    depth = 20_000
    page = (
        "<html><body>"
        + "<div>" * depth
        + "<p>The ministers met.</p>"
        + "</div>" * depth
        + "</body></html>"
    ).encode()
    # lxml keeps the nesting and the walk is iterative: the page imports, text intact.
    readout = import_bytes(page, "deep.html")
    assert readout.text.endswith("The ministers met.")
    assert coverage_problems(readout) == []


def test_malformed_html_is_read_as_far_as_it_goes() -> None:
    page = b"<html><body><h1>Readout<p>1. Trade<p>The ministers <b>agreed</i> on trade.<table><tr><td>x"
    readout = import_bytes(page, "broken.html")
    assert "The ministers agreed on trade." in readout.text


def test_scripts_frames_and_remote_images_are_never_text_or_fetched() -> None:
    page = (
        b"<html><body><h1>Readout</h1><script>fetch('http://evil.example/x')</script>"
        b"<iframe src='http://evil.example/frame'></iframe><img src='http://evil.example/p.png' "
        b"onerror='alert(1)'><p onclick='steal()'>The ministers met.</p>"
        b"<object data='x.swf'></object><style>p{}</style></body></html>"
    )
    readout = import_bytes(page, "page.html")
    assert readout.text == "Readout\nThe ministers met."


def test_docx_zip_bomb_is_refused() -> None:
    bomb = _replace_part(_docx(), "word/document.xml", _docx_xml("A" * 150_000_000))
    with pytest.raises(ReadoutImportError, match=r"zip bomb|unpack to over"):
        import_bytes(bomb, "bomb.docx")


def _docx_xml(body_text: str, doctype: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + doctype
        + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>{body_text}</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


def test_billion_laughs_is_refused() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{"&lol" + (str(i - 1) if i > 1 else "") + ";" * 1}' * 10 + '">'
        for i in range(1, 10)
    )
    laughs = _replace_part(
        _docx(), "word/document.xml", _docx_xml("&lol9;", f"<!DOCTYPE lolz [{entities}]>")
    )
    with pytest.raises(ReadoutImportError, match="declares XML entities"):
        import_bytes(laughs, "laughs.docx")


def test_external_entity_is_refused() -> None:
    xxe = _replace_part(
        _docx(),
        "word/document.xml",
        _docx_xml("&xxe;", '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
    )
    with pytest.raises(ReadoutImportError, match="declares XML entities"):
        import_bytes(xxe, "xxe.docx")


def test_docx_with_macros_imports_and_ignores_them() -> None:
    with_macro = _replace_part(
        _docx(),
        "word/document.xml",
        _docx_xml("The ministers met."),
        {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro code"},
    )
    readout = import_bytes(with_macro, "macro.docx")
    assert readout.text == "The ministers met."


def test_mixed_encodings_decode_or_fail_clearly() -> None:
    mixed = "Readout\n1. Relations\nThe café ".encode() + "“détente” agreed.\n".encode("cp1252")
    # No one encoding reads both parts. The right outcome is an import (never a refusal of a
    # readable file) in the encoding that reads the most: cp1252 here, so its part is exact
    # and the UTF-8 "é" shows as two characters; nothing is replaced or dropped.
    readout = import_bytes(mixed, "mixed.txt")
    assert readout.sections[0].heading == "Relations"
    assert readout.sections[0].paragraphs[0].text == "The cafÃ© “détente” agreed."
    assert "\ufffd" not in readout.text
    assert coverage_problems(readout) == []


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _inspect_in_child(data: bytes, name: str, tmp_path: Path, timeout: float = 60) -> dict:
    """``briefing-app inspect --json`` in a child process, so a hang fails instead of hanging."""
    path = tmp_path / name
    path.write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "inspect", "--json", str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _styles_based_on_each_other() -> bytes:
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    alpha = document.styles.add_style("Alpha", WD_STYLE_TYPE.PARAGRAPH)
    beta = document.styles.add_style("Beta", WD_STYLE_TYPE.PARAGRAPH)
    alpha.base_style = beta
    beta.base_style = alpha
    document.add_paragraph("Readout title")
    document.add_paragraph("1. Relations")
    document.add_paragraph("The ministers met.", style="Alpha")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_styles_based_on_each_other_import(tmp_path: Path) -> None:
    """A basedOn loop (Alpha on Beta, Beta on Alpha) hung the import and ``inspect``."""
    result = _inspect_in_child(_styles_based_on_each_other(), "loop.docx", tmp_path)
    assert result["title"] == "Readout title"
    assert result["sections"][0]["heading"] == "Relations"
    assert result["sections"][0]["paragraphs"] == ["The ministers met."]


def _body(xml: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}>'
        f"<w:body>{xml}</w:body></w:document>"
    ).encode()


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_docx_long_vertically_merged_column_imports() -> None:
    """python-docx's row.cells recursed up every merged row: RecursionError at ~1,000 rows."""
    first = f"<w:tr><w:tc><w:tcPr><w:vMerge w:val='restart'/></w:tcPr>{_p('Merged')}</w:tc><w:tc>{_p('row 0')}</w:tc></w:tr>"
    rest = "".join(
        f"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>{_p('')}</w:tc><w:tc>{_p(f'row {i}')}</w:tc></w:tr>"
        for i in range(1, 3000)
    )
    data = _replace_part(
        _docx(), "word/document.xml", _body(_p("Readout") + f"<w:tbl>{first}{rest}</w:tbl>")
    )
    started = time.monotonic()
    readout = import_bytes(data, "merged.docx")
    assert time.monotonic() - started < 20
    assert "Merged | row 0\nMerged | row 1\n" in readout.text
    assert readout.text.endswith("Merged | row 2999")


def test_docx_huge_grid_span_and_nested_tables() -> None:
    nested = f"<w:tbl><w:tr><w:tc>{_p('Inner cell')}</w:tc></w:tr></w:tbl>"
    row = (
        f"<w:tr><w:tc><w:tcPr><w:gridSpan w:val='2000000000'/></w:tcPr>{_p('Wide')}</w:tc>"
        f"<w:tc>{_p('Outer')}{nested}</w:tc></w:tr>"
    )
    data = _replace_part(
        _docx(), "word/document.xml", _body(_p("Readout") + f"<w:tbl>{row}</w:tbl>")
    )
    readout = import_bytes(data, "wide.docx")
    assert readout.text == "Readout\nWide | Outer Inner cell"


def test_docx_hostile_numbering_definitions() -> None:
    """Numbers in numbering.xml are untrusted: huge starts, non-numbers, loops of links."""
    numbering = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {_W}>'
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Loop"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="999999999999999999999"/><w:numFmt w:val="upperRoman"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="x"><w:start w:val="many"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    ).encode()
    listed = "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        f"<w:r><w:t>Item {i}</w:t></w:r></w:p>"
        for i in range(3)
    )
    document = docx.Document()
    document.add_paragraph("Readout", style="List Number")  # makes python-docx add numbering.xml
    buffer = io.BytesIO()
    document.save(buffer)
    data = _replace_part(buffer.getvalue(), "word/document.xml", _body(_p("Readout") + listed))
    data = _replace_part(data, "word/numbering.xml", numbering)
    started = time.monotonic()
    readout = import_bytes(data, "numbers.docx")
    assert time.monotonic() - started < 10
    assert "Item 0" in readout.text and "Item 2" in readout.text
    assert len(readout.text) < 200  # no million-letter Roman numeral


def test_html_list_start_far_beyond_roman_numerals() -> None:
    page = b'<html><body><h1>Readout</h1><ol type="I" start="999999999999"><li>The ministers met.</li></ol></body></html>'
    started = time.monotonic()
    readout = import_bytes(page, "start.html")
    assert time.monotonic() - started < 10
    assert "999999999999. The ministers met." in readout.text


def _best_time(page: bytes) -> float:
    times = []
    for _ in range(2):
        started = time.perf_counter()
        import_bytes(page, "nested.html")
        times.append(time.perf_counter() - started)
    return min(times)


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "<html><body>" + "<ol><li>x" * n + "</body></html>",
        lambda n: (
            "<html><body><main>"
            + '<div class="menu">' * n
            + "<h2>Relations</h2><p>The ministers met.</p>"
            + "</div>" * n
            + "</main></body></html>"
        ),
        lambda n: (
            "<html><body>"
            + "<header>" * n
            + "<p>The ministers met.</p>"
            + "</header>" * n
            + "<p>Body.</p></body></html>"
        ),
    ],
    ids=["nested-lists", "nested-menus", "nested-headers"],
)
def test_deeply_nested_html_structures_import_in_linear_time(build) -> None:  # type: ignore[no-untyped-def]
    """Each level used to re-read everything below it (quadratic: 4x the depth, 16x the time)."""
    small = _best_time(build(1000).encode())
    large = _best_time(build(4000).encode())
    assert large / small < 8, f"{small:.2f} s -> {large:.2f} s for 4x the depth"


@pytest.mark.parametrize(
    "body",
    [
        ">" * 50_000 + " The ministers met.",
        "- " * 30 + "The ministers met.",
        "> - " * 15 + "The ministers met.",
        "- " * 3000 + "The ministers met.",
    ],
    ids=["quotes-50000", "lists-30", "quotes-and-lists", "lists-3000"],
)
def test_deeply_nested_markdown_keeps_its_text(body: str) -> None:
    """markdown-it dropped everything nested deeper than 20 levels: the text was lost.
    (Nesting too deep even to parse is read as plain text: the syntax stays, nothing goes.)"""
    readout = import_bytes(f"# Readout\n\n{body}\n".encode(), "deep.md")
    assert readout.title is not None and readout.title.endswith("Readout")
    assert readout.text.endswith("The ministers met.")
    assert coverage_problems(readout) == []


def test_xml_looking_markdown_is_read_as_text_without_a_warning() -> None:
    """Found by the arbitrary-bytes property: "<?xml" in a Markdown file is an HTML block,
    and bs4's XML warning must not escape (it would be an error under pytest's settings)."""
    import warnings

    from briefing_app.core.errors import ReadoutImportError
    from briefing_app.importers import import_bytes

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            readout = import_bytes(b"<?xml", "x.md")
        except ReadoutImportError:
            return  # nothing to read is a fair refusal
    assert readout.text.strip() in ("", "<?xml")
