"""Make text PDFs for the PDF reader's tests: LibreOffice prints a flat OpenDocument file.

The document has a running header, a footer with the page number, justified paragraphs and
soft hyphens in long words, so that printed line ends carry real hyphenation.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

HEADER = "Ministry of Foreign Affairs · Press Release"
FOOTER = "Page"

_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="11pt" style:font-name="DejaVu Serif"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Running" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="{margin}cm"
   fo:margin-right="{margin}cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm"
   fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"
   fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Running">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Running">{footer} <text:page-number
   text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""

_LONG_WORD = re.compile(r"\b([a-z]{5,})([a-z]{4,})\b")


def soft_hyphenate(text: str) -> str:
    """Put a soft hyphen inside long lower-case words, where a printer may break them."""
    return _LONG_WORD.sub(lambda m: f"{m.group(1)}\u00ad{m.group(2)}", text)


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of a hard-wrapped text file: blank-line separated, lines joined."""
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
    out = []
    for chunk in re.split(r"\n\s*\n", text):
        para = " ".join(chunk.split())
        para = para.replace("*", "").replace("<sup>", "").replace("</sup>", "")
        if para:
            out.append(para)
    return out


def fodt(title: str, paragraphs: list[str], *, header: str = HEADER, margin: float = 2.5) -> str:
    """A flat OpenDocument text with ``title``, ``paragraphs``, a header and page numbers."""
    body = [f'<text:p text:style-name="Title">{escape(title)}</text:p>']
    body += [
        f'<text:p text:style-name="Standard">{escape(soft_hyphenate(p))}</text:p>'
        for p in paragraphs
    ]
    return _FODT.format(header=escape(header), footer=FOOTER, body="\n".join(body), margin=margin)


def soffice() -> str | None:
    """The LibreOffice program, when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def print_to_pdf(sources: list[Path], outdir: Path) -> list[Path]:
    """Print each ``.fodt``/``.txt`` in ``sources`` to a PDF in ``outdir`` with LibreOffice."""
    program = soffice()
    assert program is not None, "LibreOffice is needed to make PDFs"
    profile = outdir / "lo-profile"
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return [outdir / (s.stem + ".pdf") for s in sources]
