"""Due dates as people type them, and the format the editor shows (read back exactly)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.core.due_dates import DueDateError, format_due_date, parse_due_date

TODAY = dt.date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", None),
        ("   ", None),
        ("today", dt.date(2026, 12, 1)),
        ("Tomorrow", dt.date(2026, 12, 2)),
        ("fri", dt.date(2026, 12, 4)),
        ("Tuesday", dt.date(2026, 12, 8)),  # today is Tuesday: the next one, not today
        ("+3", dt.date(2026, 12, 4)),
        ("+3d", dt.date(2026, 12, 4)),
        ("+2w", dt.date(2026, 12, 15)),
        ("+ 1 week", dt.date(2026, 12, 8)),
        ("2026-12-24", dt.date(2026, 12, 24)),
        ("24/12", dt.date(2026, 12, 24)),
        ("24.12.2027", dt.date(2027, 12, 24)),
        ("3/1/27", dt.date(2027, 1, 3)),  # day first
        ("15 Dec", dt.date(2026, 12, 15)),
        ("15th December 2026", dt.date(2026, 12, 15)),
        ("Dec 15", dt.date(2026, 12, 15)),
        ("Jan. 5, 2027", dt.date(2027, 1, 5)),
        ("30 Nov", dt.date(2027, 11, 30)),  # already past this year: next year's
        ("1 Dec", dt.date(2026, 12, 1)),  # today itself stays today
    ],
)
def test_typed_dates(typed: str, expected: dt.date | None) -> None:
    assert parse_due_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["soon", "31 Feb", "2026-13-01", "15 Decembr", "+", "32/1"])
def test_not_dates_say_so(typed: str) -> None:
    with pytest.raises(DueDateError, match="not a"):
        parse_due_date(typed, TODAY)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_what_the_editor_shows_reads_back_as_the_same_day(day: dt.date) -> None:
    shown = format_due_date(day)
    assert "%" not in shown and not shown.startswith("0")
    assert parse_due_date(shown, TODAY) == day
