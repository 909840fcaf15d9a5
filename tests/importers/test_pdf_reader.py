"""PDF import: reading order, running lines and page numbers off, hyphenation mended."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from briefing_app.core.coverage import coverage_problems
from briefing_app.core.errors import ReadoutImportError
from briefing_app.importers import import_bytes, import_path
from briefing_app.importers.pdf_reader import _join, pdf_to_extracted
from tests.importers.pdf_making import HEADER, fodt, paragraphs_of, print_to_pdf, soffice

READOUTS = Path(__file__).resolve().parents[3] / "shared" / "readouts"
if not READOUTS.is_dir():
    READOUTS = Path("/work/shared/readouts")

needs_libreoffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice makes the PDFs")

# Text written here: three sections of long paragraphs, enough for three pages.
_SENTENCE = (
    "The ministers discussed the implementation of the partnership arrangements, "
    "infrastructure investment and telecommunications cooperation across the region"
)
SYNTHETIC = [
    f"{n}. " + " ".join(f"{_SENTENCE} (point {n}.{k})." for k in range(1, 7)) for n in range(1, 10)
]


LONG_TITLE = (
    "Press Statement: Meeting of the Minister for Foreign Affairs with the Minister of "
    "Foreign Affairs of the Republic of Fiji, in Suva (Fiji - Suva, 4 September 2018)"
)
SHORT_PARAGRAPHS = [
    "04 September 2018",
    "The two ministers met in Suva.",
    "They reaffirmed the close and long-standing relations between the two countries, and "
    "discussed ways to deepen cooperation on trade, climate resilience and fisheries.",
    "Travel Page",
]


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The synthetic statement and the shared readouts, printed by LibreOffice once."""
    if soffice() is None:
        pytest.skip("LibreOffice makes the PDFs")
    folder = tmp_path_factory.mktemp("pdfs")
    sources = []
    synthetic = folder / "synthetic.fodt"
    synthetic.write_text(fodt("Joint Statement on Regional Cooperation", SYNTHETIC, margin=5.5))
    sources.append(synthetic)
    titled = folder / "long-title.fodt"
    titled.write_text(fodt(LONG_TITLE, SHORT_PARAGRAPHS))
    sources.append(titled)
    for readout in sorted(READOUTS.glob("*.txt")):
        paragraphs = paragraphs_of(readout.read_text(encoding="utf-8"))
        source = folder / f"{readout.stem}.fodt"
        source.write_text(fodt("Joint Statement", paragraphs))
        sources.append(source)
    return {pdf.stem: pdf for pdf in print_to_pdf(sources, folder)}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.replace("\u00ad", ""))


@needs_libreoffice
def test_running_header_and_page_numbers_are_removed_and_kept_aside(
    pdfs: dict[str, Path],
) -> None:
    readout = import_path(pdfs["synthetic"])
    assert readout.source_format == "pdf"
    assert len(pdfium.PdfDocument(pdfs["synthetic"])) >= 3
    assert HEADER not in readout.text
    assert not re.search(r"\bPage \d", readout.text)
    reasons = {line.reason for line in readout.removed}
    assert {"page number", "running header or footer"} <= reasons
    assert sum(line.text.startswith("Page ") for line in readout.removed) >= 3
    assert coverage_problems(readout) == []


@needs_libreoffice
def test_paragraphs_rebuilt_and_hyphenation_mended(pdfs: dict[str, Path]) -> None:
    readout = import_path(pdfs["synthetic"])
    assert readout.title == "Joint Statement on Regional Cooperation"
    assert [node.number for node in readout.sections] == [str(n) for n in range(1, 10)]
    for node, expected in zip(readout.sections, SYNTHETIC, strict=True):
        body = " ".join(p.text for p in node.paragraphs) if node.paragraphs else ""
        got = readout.text[node.span.start : node.span.end] if body == "" else body
        # Every word of the paragraph, whole: no "infra- structure", no lost line.
        assert _words(expected.partition(" ")[2]) == _words(got)[-len(_words(expected)) + 1 :]
    # Hyphenated at a line end in the print, whole again in the import.
    assert "telecom-" not in readout.text and "telecommunications" in readout.text


@needs_libreoffice
def test_a_title_in_large_print_stays_whole_and_short_paragraphs_stay_apart(
    pdfs: dict[str, Path],
) -> None:
    data = pdfs["long-title"].read_bytes()
    blocks = [block.text for block in pdf_to_extracted(data, "long-title.pdf").blocks]
    # Three centred lines in large print, one starting "- Suva": one paragraph.
    assert blocks == [LONG_TITLE, *SHORT_PARAGRAPHS]
    readout = import_path(pdfs["long-title"])
    assert readout.title is not None and readout.title.startswith(LONG_TITLE[:100])


def test_line_end_hyphens() -> None:
    assert _join(["that reinfo\ufffe", "rces our values"]) == "that reinforces our values"
    assert _join(["Minister García\ufffe", "Margallo met"]) == "Minister García-Margallo met"
    assert _join(["The U.S.-", "India partnership"]) == "The U.S.-India partnership"
    assert _join(["soft hyphen\u00ad", "ated"]) == "soft hyphenated"
    assert _join(["a dash -", "then more"]) == "a dash - then more"


@needs_libreoffice
@pytest.mark.parametrize(
    "name",
    [
        "06_whitehouse-us-india-joint-statement-2023",
        "07_whitehouse-us-ireland-joint-statement-2021",
    ],
)
def test_shared_readouts_printed_to_pdf_keep_their_paragraphs(
    pdfs: dict[str, Path], name: str
) -> None:
    if name not in pdfs:
        pytest.skip("shared readouts not here")
    readout = import_path(pdfs[name])
    assert coverage_problems(readout) == []
    expected = paragraphs_of((READOUTS / f"{name}.txt").read_text(encoding="utf-8"))
    # All the words, in order, and at least 80 % of the paragraphs exactly as printed.
    # (Compared without spaces: a hyphen that ends a printed line - "cutting-" / "edge" - cannot
    # be told from hyphenation without a dictionary, and is taken as hyphenation.)
    assert "".join(_words(" ".join(expected))) in "".join(_words(readout.text))
    lines = set(readout.text.split("\n"))
    exact = sum(" ".join(p.split()) in lines or p in readout.text for p in expected)
    assert exact >= 0.8 * len(expected)


def _blank_pdf(pages: int = 2) -> bytes:
    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_scanned_pdf_without_text_gets_one_clear_line() -> None:
    with pytest.raises(ReadoutImportError) as caught:
        import_bytes(_blank_pdf(), "scan.pdf")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("scan.pdf: this PDF has no text layer") and "OCR" in message


def test_pdf_found_by_content_whatever_its_name() -> None:
    with pytest.raises(ReadoutImportError, match="no text layer"):
        import_bytes(_blank_pdf(1), "readout.bin")


@pytest.mark.parametrize("data", [b"%PDF-1.7\n1 0 obj garbage", b"%PDF-"])
def test_damaged_pdf_is_one_line(data: bytes) -> None:
    with pytest.raises(ReadoutImportError) as caught:
        import_bytes(data, "broken.pdf")
    assert str(caught.value).startswith("broken.pdf: the PDF cannot be read (damaged or not a PDF)")
    assert "\n" not in str(caught.value)
