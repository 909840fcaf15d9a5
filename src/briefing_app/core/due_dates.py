"""Due dates as people type them: "15 Dec", "tomorrow", "+3d", "fri", "2026-12-15"…

Numeric dates are read day first ("15/12", "15.12.2026"), as in most ministries' notes;
ISO dates ("2026-12-15") are always year-month-day.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

logger = logging.getLogger(__name__)

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        )
    )
    for name in names
}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?(?:\s+(\d{4}))?")
_MONTH_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?")
_RELATIVE = re.compile(r"\+\s*(\d{1,3})\s*([dw]|days?|weeks?)?")


class DueDateError(ValueError):
    """The text is not a date this parser understands."""


def parse_due_date(text: str, today: dt.date) -> dt.date | None:
    """The date ``text`` means, relative to ``today``; None for an empty text.

    Raises DueDateError (with a message for the user) when the text is not a date.
    """
    words = " ".join(text.lower().split())
    if not words:
        return None
    if words == "today":
        return today
    if words == "tomorrow":
        return today + dt.timedelta(days=1)
    if words in WEEKDAYS:
        ahead = (WEEKDAYS[words] - today.weekday() - 1) % 7 + 1
        return today + dt.timedelta(days=ahead)
    if match := _RELATIVE.fullmatch(words):
        count = int(match.group(1))
        unit = match.group(2) or "d"
        return today + dt.timedelta(days=count * (7 if unit.startswith("w") else 1))
    if match := _ISO.fullmatch(words):
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)), text)
    if match := _NUMERIC.fullmatch(words):
        day, month = int(match.group(1)), int(match.group(2))
        return _with_year(day, month, match.group(3), today, text)
    if match := _DAY_MONTH.fullmatch(words):
        month = MONTHS.get(match.group(2))
        if month is not None:
            return _with_year(int(match.group(1)), month, match.group(3), today, text)
    if match := _MONTH_DAY.fullmatch(words):
        month = MONTHS.get(match.group(1))
        if month is not None:
            return _with_year(int(match.group(2)), month, match.group(3), today, text)
    raise DueDateError(f"“{text.strip()}” is not a date (try 15 Dec, 15/12/2026, tomorrow or +3d)")


def _with_year(day: int, month: int, year: str | None, today: dt.date, text: str) -> dt.date:
    """A date with the year given, or else the next such day from today on."""
    if year is not None:
        full = int(year) + (2000 if len(year) == 2 else 0)
        return _make(full, month, day, text)
    candidate = _make(today.year, month, day, text)
    if candidate < today:
        candidate = _make(today.year + 1, month, day, text)
    return candidate


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DueDateError(f"“{text.strip()}” is not a day of the calendar") from None


_MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def format_due_date(date: dt.date) -> str:
    """A date as the editor shows it, "5 Dec 2026": the same in every locale, and read back
    by :func:`parse_due_date` (no ``%-d``, which Windows lacks)."""
    return f"{date.day} {_MONTH_ABBREVIATIONS[date.month - 1]} {date.year}"
