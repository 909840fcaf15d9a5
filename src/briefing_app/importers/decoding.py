"""Turning the bytes of a text file into a string, or refusing with a clear reason."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from briefing_app.core.errors import ImportFailed

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
    if not data.strip():
        raise ImportFailed(f"{name}: the file is empty")
    if len(data) > MAX_INPUT_BYTES:
        raise too_large(len(data), name)


def too_large(size: int, name: str) -> ImportFailed:
    """The error for input over :data:`MAX_INPUT_BYTES`."""
    limit_mb = MAX_INPUT_BYTES // (1024 * 1024)
    return ImportFailed(f"{name}: the file is {size / 2**20:.0f} MB; the limit is {limit_mb} MB")


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
                raise ImportFailed(f"{name}: invalid {encoding} text ({exc.reason})") from None
    sample = data[:65536]
    if b"\x00" in sample:
        encoding = _bomless_utf16_encoding(sample)
        if encoding is None:
            raise ImportFailed(f"{name}: this is a binary file, not a readout")
        try:
            return _clean(data.decode(encoding), name), encoding
        except UnicodeDecodeError as exc:
            raise ImportFailed(f"{name}: invalid {encoding} text ({exc.reason})") from None
    try:
        return _clean(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ImportFailed(f"{name}: the text encoding could not be recognised")
    text = str(best)
    return _clean(text, name), best.encoding


def _bomless_utf16_encoding(sample: bytes) -> str | None:
    """Name the UTF-16 byte order when NULs fall on alternating bytes, else None."""
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2 or 1
    if max(even, odd) / half > 0.3 and min(even, odd) / half < 0.05:
        return "utf-16-le" if odd > even else "utf-16-be"
    return None


def _clean(text: str, name: str) -> str:
    """Normalise line endings and refuse text that is mostly control characters."""
    if "\x00" in text:
        if _looks_like_text_with_nuls(text):
            text = text.replace("\x00", "")
        else:
            raise ImportFailed(f"{name}: this is a binary file, not a readout")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    if sample and controls / len(sample) > 0.05:
        raise ImportFailed(f"{name}: this is a binary file, not a readout")
    if not text.strip():
        raise ImportFailed(f"{name}: the file has no text")
    return text


def _looks_like_text_with_nuls(text: str) -> bool:
    return text.count("\x00") / max(len(text), 1) < 0.001
