"""Hostile readouts: each gets a clear one-line answer or a safe import, never a hang or crash."""

from __future__ import annotations

import io
import time
import zipfile

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
    try:
        readout = import_bytes(page, "deep.html")
    except ReadoutImportError as exc:
        assert "deep.html" in str(exc)
    else:
        assert "The ministers met." in readout.text


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
    try:
        readout = import_bytes(mixed, "mixed.txt")
    except ReadoutImportError as exc:
        assert str(exc).startswith("mixed.txt: ")
    else:
        assert "détente" in readout.text or "d" in readout.text
        assert coverage_problems(readout) == []
