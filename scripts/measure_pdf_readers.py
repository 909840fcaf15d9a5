"""Measure PDF text libraries and the PDF import on readouts printed by LibreOffice.

Usage: python scripts/measure_pdf_readers.py [READOUT_DIR ...] [--pages 300]

Prints each shared readout (``../shared/readouts`` and ``../shared/corpus`` by default) to a
PDF with a running header and page numbers, then reports per library the extraction time and
how close the extracted words are to the source, and for the app's importer the share of
paragraphs rebuilt exactly. ``--pages N`` also times the import of an N-page PDF made by
repeating a readout. Nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein  # noqa: E402
from tests.importers.pdf_making import HEADER, fodt, paragraphs_of, print_to_pdf  # noqa: E402

from briefing_app.importers import import_bytes  # noqa: E402
from briefing_app.importers.blocks import normalise_inline  # noqa: E402
from briefing_app.importers.pdf_reader import pdf_to_extracted  # noqa: E402


def _pdfium(data: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def _pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def _pypdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _chars(text: str) -> str:
    """Letters and digits only: CJK has no spaces, and hyphenation moves them."""
    text = text.replace(HEADER, "")
    text = re.sub(r"Page \d+", "", text)
    return "".join(re.findall(r"\w", text.replace("\ufffe", "")))


def _time_long_pdf(source: Path, out: Path, wanted: int) -> None:
    """Print ``source`` repeated until the PDF has ``wanted`` pages or more; time its import."""
    import pypdfium2 as pdfium

    paragraphs = paragraphs_of(source.read_text(encoding="utf-8"))
    long = out / "long.fodt"
    repeats, pages = 4, 0
    while pages < wanted:
        repeats *= 2
        long.write_text(fodt(paragraphs[0], paragraphs[1:] * repeats), encoding="utf-8")
        (pdf,) = print_to_pdf([long], out)
        document = pdfium.PdfDocument(pdf)
        pages = len(document)
        document.close()
        if pages >= wanted and pages > wanted * 1.1:  # overshot: once more, closer to wanted
            repeats = int(repeats * wanted / pages) + 1
            long.write_text(fodt(paragraphs[0], paragraphs[1:] * repeats), encoding="utf-8")
            (pdf,) = print_to_pdf([long], out)
            document = pdfium.PdfDocument(pdf)
            pages = len(document)
            document.close()
    data = pdf.read_bytes()
    start = time.perf_counter()
    readout = import_bytes(data, "long.pdf")
    elapsed = time.perf_counter() - start
    print(
        f"{pages}-page PDF ({len(data) / 1e6:.1f} MB, {source.name} repeated): imported in "
        f"{elapsed:.2f} s, {len(readout.text):,} characters, "
        f"{len(readout.removed)} running lines set aside"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folders",
        nargs="*",
        type=Path,
        default=[ROOT.parent / "shared" / "readouts", ROOT.parent / "shared" / "corpus"],
    )
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    sources = sorted(p for folder in args.folders for p in folder.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        fodts = []
        for source in sources:
            paragraphs = paragraphs_of(source.read_text(encoding="utf-8"))
            target = out / f"{source.stem}.fodt"
            target.write_text(fodt(paragraphs[0], paragraphs[1:]), encoding="utf-8")
            fodts.append(target)
        pdfs = print_to_pdf(fodts, out)
        refs = {s.stem: paragraphs_of(s.read_text(encoding="utf-8")) for s in sources}
        print(f"{len(pdfs)} PDFs from {len(sources)} readouts")
        for name, extract in [
            ("pypdfium2", _pdfium),
            ("pdfminer.six", _pdfminer),
            ("pypdf", _pypdf),
        ]:
            try:
                elapsed, scores = 0.0, []
                for pdf in pdfs:
                    data = pdf.read_bytes()
                    start = time.perf_counter()
                    text = extract(data)
                    elapsed += time.perf_counter() - start
                    ref = _chars(" ".join(refs[pdf.stem]))
                    scores.append(Levenshtein.normalized_similarity(ref, _chars(text)))
            except ImportError:
                print(f"{name:13s} not installed")
                continue
            print(
                f"{name:13s} {elapsed:6.2f} s  text similarity mean {sum(scores) / len(scores):.4f}"
                f"  min {min(scores):.4f}"
            )
        exact = total = 0
        for pdf in pdfs:
            got = {
                normalise_inline(b.text)
                for b in pdf_to_extracted(pdf.read_bytes(), pdf.name).blocks
            }
            ref = [normalise_inline(p) for p in refs[pdf.stem]]
            exact += sum(p in got for p in ref)
            total += len(ref)
        print(f"importer: {exact}/{total} paragraphs rebuilt exactly ({exact / total:.0%})")
        if args.pages:
            _time_long_pdf(max(sources, key=lambda p: p.stat().st_size), out, args.pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
