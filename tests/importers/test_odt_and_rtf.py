"""OpenDocument text (zipped and flat) and RTF into readouts."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from briefing_app.core.coverage import coverage_problems
from briefing_app.core.errors import ReadoutImportError
from briefing_app.importers import import_bytes, import_path
from tests.importers.pdf_making import fodt, paragraphs_of, soffice

READOUTS = Path("/work/shared/readouts")
for _parent in Path(__file__).resolve().parents:
    if (_parent / "shared" / "readouts").is_dir():
        READOUTS = _parent / "shared" / "readouts"
        break

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)
CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS} office:version="1.3">
<office:automatic-styles>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
 <style:style style:name="B" style:family="paragraph">
  <style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="L1">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
  <text:list-level-style-number text:level="2" style:num-format="a" style:num-prefix="("
   style:num-suffix=")"/>
 </text:list-style>
 <text:list-style style:name="L2">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
 </text:list-style>
</office:automatic-styles>
<office:body><office:text>
 <text:p text:style-name="P1">Joint Statement on the Northern Partnership</text:p>
 <text:p>Helsinki, 12 May 2024</text:p>
 <text:p>The foreign ministers met in Helsinki.<text:note text:note-class="footnote">
  <text:note-citation>1</text:note-citation><text:note-body><text:p>At the ministry's
  guest house.</text:p></text:note-body></text:note> They adopted this statement.</text:p>
 <text:h text:outline-level="1">Security</text:h>
 <text:list text:style-name="L1">
  <text:list-item><text:p>The ministers condemned the attacks.</text:p>
   <text:list text:style-name="L1">
    <text:list-item><text:p>on energy infrastructure;</text:p></text:list-item>
    <text:list-item><text:p>on shipping.</text:p></text:list-item>
   </text:list>
  </text:list-item>
  <text:list-item><text:p>They agreed to<text:s text:c="3"/>meet again.</text:p></text:list-item>
 </text:list>
 <text:h text:outline-level="1">Trade</text:h>
 <text:list text:style-name="L1" text:continue-numbering="true">
  <text:list-item><text:p>Trade grew by a tenth.</text:p></text:list-item>
 </text:list>
 <text:list text:style-name="L2">
  <text:list-item><text:p>a bullet point</text:p></text:list-item>
 </text:list>
 <table:table><table:table-row><table:table-cell><text:p>Cell one</text:p></table:table-cell>
  <table:table-cell><text:p>Cell two</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"""
META = f"""<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}>
<office:meta><dc:title>Joint Statement on the Northern Partnership</dc:title></office:meta>
</office:document-meta>"""


def _odt(content: str = CONTENT, *, extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content)
        archive.writestr("meta.xml", META)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_odt_headings_list_numbers_table_and_footnotes() -> None:
    readout = import_bytes(_odt(), "statement.odt")
    assert readout.source_format == "odt"
    assert readout.title == "Joint Statement on the Northern Partnership"
    text = readout.text
    # List numbers drawn by the list style are written into the text, as for Word.
    assert "1. The ministers condemned the attacks." in text
    assert "(a) on energy infrastructure;" in text and "(b) on shipping." in text
    assert "2. They agreed to meet again." in text
    assert "3. Trade grew by a tenth." in text  # continued numbering
    assert "• a bullet point" in text
    assert "Cell one" in text and "Cell two" in text
    # The footnote is kept, after the body, and its mark stays in the sentence.
    assert "Helsinki.[1] They adopted" in text
    assert text.rstrip().endswith("[1] At the ministry's guest house.")
    assert [n.heading for n in readout.sections][:2] == ["Security", "Trade"]
    assert coverage_problems(readout) == []


def test_odt_found_by_content_whatever_its_name() -> None:
    assert import_bytes(_odt(), "download").source_format == "odt"


def test_flat_odt_is_read() -> None:
    readout = import_bytes(
        fodt("Joint Statement", ["1. First point.", "2. Second."]).encode(), "s.fodt"
    )
    assert readout.source_format == "odt"
    assert [n.number for n in readout.sections] == ["1", "2"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _odt(
                CONTENT.replace(
                    "<office:document-content",
                    '<!DOCTYPE x [<!ENTITY a "aaaa">]><office:document-content',
                )
            ),
            "declares XML entities",
        ),
        (_odt("<not xml"), "is damaged"),
        (_odt(CONTENT.replace("office:body", "office:bodyx")), "no text body inside"),
        (b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.text garbage", "damaged"),
    ],
)
def test_hostile_or_broken_odt_is_one_line(data: bytes, message: str) -> None:
    with pytest.raises(ReadoutImportError) as caught:
        import_bytes(data, "x.odt")
    assert message in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.skipif(soffice() is None, reason="LibreOffice converts the readout")
def test_libreoffice_odt_and_rtf_keep_every_word(tmp_path: Path) -> None:
    source = READOUTS / "07_whitehouse-us-ireland-joint-statement-2021.txt"
    if not source.exists():
        pytest.skip("shared readouts not here")
    paragraphs = paragraphs_of(source.read_text(encoding="utf-8"))
    flat = tmp_path / "statement.fodt"
    flat.write_text(fodt(paragraphs[0], paragraphs[1:]), encoding="utf-8")
    for target in ("odt", "rtf"):
        subprocess.run(
            [
                str(soffice()),
                f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(tmp_path),
                str(flat),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        readout = import_path(tmp_path / f"statement.{target}")
        assert readout.source_format == target
        words = re.findall(r"\w+", " ".join(paragraphs))
        assert " ".join(words) == " ".join(re.findall(r"\w+", readout.text)), target
        assert coverage_problems(readout) == []


RTF = rb"""{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0 Times New Roman;}}
{\info{\title x}}\f0\fs24 \'c7\'e0\'ff\'e2\'eb\'e5\'ed\'e8\'e5 \u8212? Joint Statement\par
\par
1. The ministers met in Kyiv\u8217?s foreign ministry.\par
2. They agreed to meet again.\par
}"""


def test_rtf_code_page_and_unicode_escapes_and_paragraphs() -> None:
    readout = import_bytes(RTF, "statement.rtf")
    assert readout.source_format == "rtf"
    assert readout.title == "Заявление — Joint Statement"
    assert "Kyiv’s" in readout.text
    assert [n.number for n in readout.sections] == ["1", "2"]
    assert readout.encoding == "cp1251"


def test_rtf_found_by_content_and_empty_rtf_is_one_line() -> None:
    assert import_bytes(RTF, "statement").source_format == "rtf"
    with pytest.raises(ReadoutImportError, match=r"^x\.rtf: the RTF document has no text$"):
        import_bytes(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\par}", "x.rtf")
