"""Word to PDF through LibreOffice, run headless, when it is installed.

LibreOffice is optional: the app works without it, and says what it cannot do then. Each
conversion runs in a private temporary profile (so a LibreOffice the user has open, or a
damaged profile, cannot interfere), with a time limit after which the whole process group is
stopped. ``BRIEFING_SOFFICE`` names the program when it is not on the PATH (``none`` turns
LibreOffice off).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

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
    PDF, enough for counting pages.
    """
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
