"""Word to PDF through LibreOffice, run headless, when it is installed.

LibreOffice is optional: the app works without it, and says what it cannot do then. Each
conversion runs in a private temporary profile (so a LibreOffice the user has open, or a
damaged profile, cannot interfere), with a time limit after which the whole process group is
stopped. ``BRIEFING_SOFFICE`` names the program when it is not on the PATH (``none`` turns
LibreOffice off).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

from briefing_app.core.atomic import atomic_write_bytes
from briefing_app.core.errors import ExportError

logger = logging.getLogger(__name__)

CONVERT_TIMEOUT = 120.0
"""Seconds one conversion may take before LibreOffice is stopped."""
ARCHIVAL_FILTER = (
    'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
    '"UseTaggedPDF":{"type":"boolean","value":"true"}}'
)
"""PDF/A-2b with tags (structure for screen readers); LibreOffice 7.4 and later read these
JSON filter options. Older versions ignore them and write a plain PDF."""
PLAIN_FILTER = "pdf:writer_pdf_Export"
LAYOUT_PASSES = 3
"""How many times a PDF is laid out again to move headings left alone at a page foot."""
_PAGE_NUMBER = re.compile(r"^(page\s+)?\d+(\s+(of|/)\s+\d+)?$", re.IGNORECASE)
_CANDIDATES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


class PdfError(ExportError):
    """A PDF could not be made (LibreOffice missing, failed, or too slow)."""


def find_soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed (or turned off)."""
    configured = os.environ.get("BRIEFING_SOFFICE", "").strip()
    if configured:
        if configured.lower() == "none":
            return None
        return configured if Path(configured).is_file() else shutil.which(configured)
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((path for path in _CANDIDATES if Path(path).is_file()), None)


def docx_to_pdf(data: bytes, *, archival: bool = True, timeout: float = CONVERT_TIMEOUT) -> bytes:
    """The PDF LibreOffice lays out from the .docx ``data``; raises PdfError.

    ``archival``: PDF/A-2b, tagged (for the copy that is kept and read); False is a plain
    PDF, enough for counting pages. LibreOffice sometimes leaves a heading alone at the foot
    of a page although the heading keeps with the next paragraph (as Word would not): such a
    heading is given a page break before it and the PDF laid out again.
    """
    pdf = _convert(data, archival=archival, timeout=timeout)
    for _ in range(LAYOUT_PASSES):
        alone = headings_alone(pdf, _heading_texts(data))
        if not alone:
            break
        logger.info("Headings left alone at a page foot, moved to the next page: %s", alone)
        data = _break_before(data, alone)
        pdf = _convert(data, archival=archival, timeout=timeout)
    return pdf


def _convert(data: bytes, *, archival: bool, timeout: float) -> bytes:
    soffice = find_soffice()
    if soffice is None:
        raise PdfError("LibreOffice is not installed, so no PDF can be made")
    with tempfile.TemporaryDirectory(prefix="briefing-pdf-") as folder:
        work = Path(folder)
        source = work / "note.docx"
        source.write_bytes(data)
        out = work / "out"
        command = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            ARCHIVAL_FILTER if archival else PLAIN_FILTER,
            "--outdir",
            str(out),
            str(source),
        ]
        logger.debug("Converting to PDF: %s", command)
        returncode, output = _run(command, timeout)
        pdf = out / "note.pdf"
        if returncode != 0 or not pdf.is_file():
            logger.warning("LibreOffice failed (%s): %s", returncode, output[-2000:])
            detail = output.strip().splitlines()[-1] if output.strip() else f"exit {returncode}"
            raise PdfError(f"LibreOffice could not convert the note to PDF ({detail})")
        return pdf.read_bytes()


def _is_heading(paragraph: docx.text.paragraph.Paragraph) -> bool:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    return name.lower().startswith("heading") and bool(paragraph.text.strip())


def _heading_texts(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    return [p.text.strip() for p in document.paragraphs if _is_heading(p)]


def page_texts(pdf: bytes) -> list[list[str]]:
    """Each page's non-empty text lines."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            text = page.get_textpage().get_text_range()
            pages.append([line.strip() for line in text.splitlines() if line.strip()])
        return pages
    finally:
        document.close()


def headings_alone(pdf: bytes, headings: list[str]) -> list[tuple[str, int]]:
    """Headings that end a page's body text (the lines every page repeats — the marking —
    and page numbers set aside): each as its text and its occurrence among headings of that
    text (0 for the first)."""
    pages = page_texts(pdf)
    if len(pages) < 2 or not headings:
        return []
    repeated = set(pages[0]).intersection(*map(set, pages[1:]))
    wanted = set(headings)
    seen: dict[str, int] = {}
    alone: list[tuple[str, int]] = []
    for index, lines in enumerate(pages):
        body = [x for x in lines if x not in repeated and not _PAGE_NUMBER.match(x)]
        for line in body:
            if line in wanted:
                seen[line] = seen.get(line, 0) + 1
        if index < len(pages) - 1 and body and body[-1] in wanted:
            alone.append((body[-1], seen[body[-1]] - 1))
    return alone


def _break_before(data: bytes, alone: list[tuple[str, int]]) -> bytes:
    """``data`` with a page break before each of the ``alone`` headings."""
    document = docx.Document(io.BytesIO(data))
    seen: dict[str, int] = {}
    for paragraph in document.paragraphs:
        if not _is_heading(paragraph):
            continue
        text = paragraph.text.strip()
        occurrence = seen.get(text, 0)
        seen[text] = occurrence + 1
        if (text, occurrence) in alone:
            paragraph.paragraph_format.page_break_before = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _run(command: list[str], timeout: float) -> tuple[int, str]:
    """Run ``command`` in its own process group; stop the whole group after ``timeout``."""
    options: dict[str, object] = {}
    if sys.platform == "win32":
        options["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
    else:
        options["start_new_session"] = True
    try:
        process = subprocess.Popen(  # our own command line, no shell
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            **options,  # type: ignore[call-overload]
        )
    except OSError as exc:
        raise PdfError(f"LibreOffice could not be started ({exc.strerror or exc})") from None
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise PdfError(
            f"LibreOffice took longer than {timeout:.0f} seconds to make the PDF and was stopped"
        ) from None
    return process.returncode, output.decode("utf-8", "replace")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop LibreOffice and whatever it started (soffice is a launcher for soffice.bin)."""
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.communicate(timeout=10)


def pdf_path_for(docx_path: Path) -> Path:
    """The PDF beside a note: ``note.docx`` → ``note.pdf``."""
    return docx_path.with_suffix(".pdf")


def export_pdf(
    docx_path: Path, pdf_path: Path | None = None, *, timeout: float = CONVERT_TIMEOUT
) -> Path:
    """Convert the written note ``docx_path`` to PDF/A beside it (or at ``pdf_path``),
    atomically: a failure leaves any existing PDF untouched."""
    target = pdf_path or pdf_path_for(docx_path)
    try:
        data = docx_path.read_bytes()
    except OSError as exc:
        raise PdfError(f"cannot read {docx_path}: {exc.strerror or exc}") from None
    pdf = docx_to_pdf(data, archival=True, timeout=timeout)
    atomic_write_bytes(target, pdf, error=PdfError)
    logger.info("Wrote %s", target)
    return target


def count_pages(pdf: bytes) -> int:
    """The number of pages of a PDF."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()
