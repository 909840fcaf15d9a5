"""RTF into text, through striprtf (BSD), then the plain-text reader.

RTF keeps paragraphs as ``\\par``; striprtf turns them into line ends, decodes ``\\uN`` and the
``\\'hh`` bytes of the document's code page (``\\ansicpgNNNN``), and drops font tables,
pictures and other groups that are not text.
"""

from __future__ import annotations

import logging
import re

from briefing_app.core.errors import ReadoutImportError
from briefing_app.importers.assemble import Extracted
from briefing_app.importers.plaintext import text_to_blocks

log = logging.getLogger(__name__)

_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def looks_like_rtf(data: bytes) -> bool:
    """True when ``data`` starts as an RTF document does."""
    return data.lstrip()[:5] == b"{\\rtf"


def rtf_to_extracted(data: bytes, name: str) -> Extracted:
    """Read an RTF document's text into blocks; raise :class:`ReadoutImportError` if it has none."""
    from striprtf.striprtf import rtf_to_text

    if not looks_like_rtf(data):
        raise ReadoutImportError(f"{name}: not an RTF document")
    found = _CODE_PAGE.search(data[:4096])
    encoding = f"cp{found.group(1).decode()}" if found else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    try:
        # RTF is 7-bit: other bytes are escaped as \'hh, which striprtf decodes itself.
        text = rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except (ValueError, IndexError, RecursionError) as exc:
        raise ReadoutImportError(f"{name}: the RTF document could not be read ({exc})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadoutImportError(f"{name}: the RTF document has no text")
    log.debug("%s: %d characters of RTF text (code page %s)", name, len(text), encoding)
    # Each line is a \par: a paragraph of its own, not a wrapped line of the one before.
    paragraphs = "\n\n".join(line for line in text.split("\n") if line.strip())
    return Extracted(blocks=text_to_blocks(paragraphs), source_format="rtf", encoding=encoding)
