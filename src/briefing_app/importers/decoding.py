"""Turning the bytes of a text file into a string, or refusing with a clear reason."""

from __future__ import annotations

import codecs
import logging

from briefing_app.core.errors import ReadoutImportError

logger = logging.getLogger(__name__)

MAX_INPUT_BYTES = 50 * 1024 * 1024
"""The largest readout accepted (50 MiB): far above any real readout, well below trouble."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def check_size(data: bytes, name: str) -> None:
    """Refuse empty input and input over :data:`MAX_INPUT_BYTES`."""
    if not data or data.isspace():  # not data.strip(): that copies the whole file
        raise ReadoutImportError.coded("import.empty", name=name)
    if len(data) > MAX_INPUT_BYTES:
        raise too_large(len(data), name)


def too_large(size: int, name: str) -> ReadoutImportError:
    """The error for input over :data:`MAX_INPUT_BYTES`."""
    limit_mb = MAX_INPUT_BYTES // (1024 * 1024)
    return ReadoutImportError.coded(
        "import.too_large", name=name, size=f"{size / 2**20:.0f}", limit=limit_mb
    )


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data`` into text, returning ``(text, encoding)``.

    A byte-order mark decides when present; then strict UTF-8 (by far the most common);
    otherwise charset-normalizer picks the encoding. Binary data is refused.
    """
    check_size(data, name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data.decode(encoding), name), encoding
            except UnicodeDecodeError as exc:
                raise ReadoutImportError.coded(
                    "import.invalid_text", name=name, encoding=encoding, detail=exc.reason
                ) from None
    sample = data[:65536]
    if b"\x00" in sample:
        encoding = _bomless_utf16_encoding(sample)
        if encoding is None:
            raise ReadoutImportError.coded("import.binary", name=name)
        try:
            return _clean(data.decode(encoding), name), encoding
        except UnicodeDecodeError as exc:
            raise ReadoutImportError.coded(
                "import.invalid_text", name=name, encoding=encoding, detail=exc.reason
            ) from None
    try:
        return _clean(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for text that is not UTF-8

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadoutImportError.coded("import.unknown_encoding", name=name)
    text = str(best)
    return _clean(text, name), best.encoding


def _bomless_utf16_encoding(sample: bytes) -> str | None:
    """Name the UTF-16 byte order of text without a BOM, or None when it is not UTF-16.

    Binary data with NULs decodes to control characters and unassigned code points in both
    byte orders; real text decodes to printable characters in one of them.
    """
    sample = sample[: len(sample) // 2 * 2]
    best: tuple[float, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\t\r")
        score = printable / max(len(text), 1)
        if score > 0.97 and (best is None or score > best[0]):
            best = (score, encoding)
    return best[1] if best else None


def _clean(text: str, name: str) -> str:
    """Normalise line endings and refuse text that is mostly control characters."""
    if "\x00" in text:
        if _looks_like_text_with_nuls(text):
            text = text.replace("\x00", "")
        else:
            raise ReadoutImportError.coded("import.binary", name=name)
    text = unix_newlines(text).lstrip("\ufeff")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    if sample and controls / len(sample) > 0.05:
        raise ReadoutImportError.coded("import.binary", name=name)
    if not text or text.isspace():  # not text.strip(): that copies all of it
        raise ReadoutImportError.coded("import.no_text", name=name)
    return text


def unix_newlines(text: str) -> str:
    """``text`` with every line ending a plain newline (a big text without carriage returns
    is not copied: each copy of 50 MB holds the interpreter lock for tens of ms)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_text_with_nuls(text: str) -> bool:
    return text.count("\x00") / max(len(text), 1) < 0.001
