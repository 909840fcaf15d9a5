"""Finding the meeting date in a readout's opening text, as printed."""

from __future__ import annotations

import re

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # Saturday, January 28, 2012 / January 28, 2012 / Saturday, January 28
        rf"(?:{_WEEKDAYS},?\s+)?{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?!\d)",
        # Saturday 28 January 2012 / 28 January 2012
        rf"(?:{_WEEKDAYS},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:,?\s+\d{{4}})?(?!\d)",
        r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)",
        # 2012年1月28日 / 平成24年1月28日 / 令和5年6月22日 (full-width digits too)
        r"(?:(?:平成|令和|昭和)?[0-9０-９元]{1,4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[(（][月火水木金土日][)）])?",
        r"(?:\d{4}년\s*)?\d{1,2}월\s*\d{1,2}일",
        # Korean press style: 3.16.(목)
        r"(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?\([월화수목금토일]\)",
        r"(?<!\d)\d{1,2}/\d{1,2}/\d{4}(?!\d)",
        r"(?<![\d/])\d{4}/\d{1,2}/\d{1,2}(?![\d/])",
        r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])",
        r"(?<![\d-])\d{1,2}-\d{1,2}-\d{4}(?![\d-])",
    )
)


DATE_WINDOW = 2000
"""Dates are looked for in the first characters of a text only: that is where they stand."""


def find_date(text: str, start: int = 0) -> re.Match[str] | None:
    """The earliest date from ``start`` within :data:`DATE_WINDOW` characters, or None."""
    text = text[: start + DATE_WINDOW]
    found = [m for pattern in _DATE_PATTERNS if (m := pattern.search(text, start))]
    return min(found, key=lambda m: (m.start(), -len(m.group()))) if found else None


def split_glued_date(text: str) -> tuple[str, str] | None:
    """Split a title with a date stuck to its end ("...Meeting January 28, 2012").

    Returns ``(title, date)`` or None when no date ends the text.
    """
    match = find_date(text)
    while match is not None:
        tail = text[match.end() :].strip(" )）]")
        if not tail and match.start() > 0:
            title = text[: match.start()].rstrip(" -–—,:|(（[")
            return (title, match.group()) if title else None
        match = find_date(text, match.end())
    return None
