"""Importing readouts from text, Markdown, HTML, Word, PDF, e-mail and OpenDocument files."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing_app.core.errors import ReadoutImportError
from briefing_app.core.model import Readout
from briefing_app.importers.assemble import Extracted, assemble
from briefing_app.importers.decoding import (
    MAX_INPUT_BYTES,
    check_size,
    decode_text,
    too_large,
    unix_newlines,
)
from briefing_app.importers.email_reader import MSG_MESSAGE, Attachment, looks_like_email
from briefing_app.importers.markdown_detect import looks_like_markdown
from briefing_app.importers.plaintext import text_to_blocks

logger = logging.getLogger(__name__)

# The Word, HTML and Markdown readers pull in python-docx, BeautifulSoup and markdown-it;
# they are imported when a file of their format arrives, which keeps the app's start fast.

__all__ = [
    "MAX_INPUT_BYTES",
    "READOUT_SUFFIXES",
    "Attachment",
    "import_any",
    "import_bytes",
    "import_email",
    "import_path",
    "import_text",
    "read_readout_file",
]

READOUT_SUFFIXES = (
    ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf", ".eml",
    ".odt", ".fodt", ".rtf", ".mht", ".mhtml",
)  # fmt: skip
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EMAIL_SUFFIXES = (".eml", ".mht", ".mhtml")


def import_path(path: str | Path) -> Readout:
    """Import the readout at ``path``; raise :class:`ReadoutImportError` with a one-line reason."""
    path = Path(path)
    readout = import_bytes(read_readout_file(path), path.name)
    if readout.source is None:
        readout.source = path.name
    return readout


def read_readout_file(path: Path) -> bytes:
    """The bytes of a readout file, refusing missing, unreadable and oversized files."""
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise too_large(size, path.name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadoutImportError.coded("import.no_such_file", name=str(path)) from None
    except IsADirectoryError:
        raise ReadoutImportError.coded("import.is_folder", name=str(path)) from None
    except PermissionError:
        raise ReadoutImportError.coded("import.permission_denied", name=str(path)) from None
    except OSError as exc:
        raise ReadoutImportError.coded(
            "import.cannot_read", name=str(path), detail=str(exc.strerror or exc)
        ) from None
    return data


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a readout's many small objects are built.

    Importing creates tens of thousands of objects and no cycles worth collecting; without
    this, collections triggered by allocation take a third of the import time.

    On the way out, what the import built is handed to the oldest generation (see
    :func:`_age_young_objects`): otherwise the first young collection after it walks the
    whole readout (0.2 s for 10 MB), and the next middle one walks it again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            _age_young_objects()
            gc.enable()


def _age_young_objects() -> None:
    """Move every object the collector tracks into its oldest generation, unscanned.

    ``gc.freeze()`` then ``gc.unfreeze()`` does that in constant time. Objects in the oldest
    generation are still collected by full collections, so nothing is kept alive by this.

    Done only in a process without Qt (the CLI, scripts) and with nothing frozen. In the app
    it would also age the window's young garbage, collected then only after Qt deleted the
    C++ objects behind some of its wrappers: a later full collection crashed the GUI tests
    (twice in two runs). The app pauses the collector around big imports and freezes the
    readout itself (``gui/background.py``), which unfreezing would also undo.
    """
    if gc.get_freeze_count() == 0 and _QT_BINDING not in sys.modules:
        gc.freeze()
        gc.unfreeze()


_QT_BINDING = "shiboken6"
"""Loaded with PySide6: its presence means Qt wrappers may be among the young objects."""


def import_bytes(data: bytes, name: str) -> Readout:
    """Import a readout from raw bytes; ``name`` (a file name) selects the format."""
    with _no_cyclic_gc():
        return _import_bytes(data, name)


_UNSUPPORTED = {
    ".doc": "import.old_word",
}


def import_any(data: bytes, name: str) -> tuple[Readout, list[Attachment]]:
    """Import a readout of any format; for an e-mail, also return its readout attachments."""
    if Path(name).suffix.lower() in _EMAIL_SUFFIXES or (
        Path(name).suffix.lower() not in READOUT_SUFFIXES and looks_like_email(data)
    ):
        return import_email(data, name)
    return import_bytes(data, name), []


def import_email(data: bytes, name: str) -> tuple[Readout, list[Attachment]]:
    """Import a saved e-mail's body; also return its attachments that are readouts.

    An e-mail whose body has no text is imported from its first readout attachment.
    """
    from briefing_app.importers.email_reader import read_email

    check_size(data, name)
    with _no_cyclic_gc():
        content = read_email(data, name)
        if content.extracted is not None:
            return assemble(content.extracted), content.attachments
        for attachment in content.attachments:
            if attachment.content_type != "message/rfc822":
                readout = _import_bytes(attachment.data, attachment.filename)
                readout.source = readout.source or attachment.filename
                return readout, content.attachments
    raise ReadoutImportError.coded("import.email_empty", name=name)


def _import_bytes(data: bytes, name: str) -> Readout:
    check_size(data, name)
    suffix = Path(name).suffix.lower()
    if suffix == ".msg" or (data.startswith(_OLE_MAGIC) and b"_\x00_\x00s\x00u\x00b\x00s" in data):
        raise ReadoutImportError(f"{name}: {MSG_MESSAGE}")
    if suffix in _EMAIL_SUFFIXES or (suffix not in READOUT_SUFFIXES and looks_like_email(data)):
        return import_email(data, name)[0]
    if suffix == ".pdf" or data[:1024].lstrip().startswith(b"%PDF-"):
        from briefing_app.importers.pdf_reader import pdf_to_extracted

        return assemble(pdf_to_extracted(data, name))
    if suffix in (".odt", ".fodt") or _looks_like_opendocument(data):
        from briefing_app.importers.odt_reader import odt_to_extracted

        return assemble(odt_to_extracted(data, name))
    if suffix == ".rtf" or data.lstrip()[:5] == b"{\\rtf":
        from briefing_app.importers.rtf_reader import rtf_to_extracted

        return assemble(rtf_to_extracted(data, name))
    if suffix in _UNSUPPORTED:
        raise ReadoutImportError.coded(_UNSUPPORTED[suffix], name=name)
    if suffix == ".docx" or (data.startswith(_ZIP_MAGIC) and suffix not in (".txt", ".md")):
        from briefing_app.importers.docx_reader import docx_to_extracted

        return assemble(docx_to_extracted(data, name))
    if data.startswith(_ZIP_MAGIC):
        raise ReadoutImportError.coded("import.zip_archive", name=name)
    if suffix in (".html", ".htm", ".xhtml") or _looks_like_html(data):
        from briefing_app.importers.html_reader import html_to_extracted

        return assemble(html_to_extracted(data, name))
    text, encoding = decode_text(data, name)
    return _import_text(text, markdown=suffix in (".md", ".markdown"), encoding=encoding)


def import_text(text: str, *, markdown: bool | None = None, encoding: str | None = None) -> Readout:
    """Import a readout from text; Markdown is detected when ``markdown`` is None or False."""
    with _no_cyclic_gc():
        return _import_text(text, markdown=markdown, encoding=encoding)


def _import_text(text: str, *, markdown: bool | None, encoding: str | None) -> Readout:
    text = unix_newlines(text)
    if markdown or looks_like_markdown(text):
        from briefing_app.importers.markdown_reader import markdown_to_extracted

        return assemble(markdown_to_extracted(text, encoding))
    return assemble(Extracted(blocks=text_to_blocks(text), source_format="text", encoding=encoding))


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<") and b"<body" in data[:65536].lower()
    )


def _looks_like_opendocument(data: bytes) -> bool:
    """A zipped OpenDocument text (its first entry names the type) or a flat .fodt."""
    if data.startswith(_ZIP_MAGIC):
        return b"mimetypeapplication/vnd.oasis.opendocument.text" in data[:120]
    head = data[:2048].lstrip()
    return head.startswith(b"<?xml") and b"<office:document" in head
