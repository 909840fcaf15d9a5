"""Dates as a person writes them ("5 March 2026"), on every platform.

``strftime("%-d")`` (day without a leading zero) is a glibc extension: Windows raises
``ValueError: Invalid format string`` and macOS is not guaranteed either. Build the day from
``date.day`` instead and leave only portable directives to ``strftime``.
"""

from __future__ import annotations

import datetime as dt


def day_month_year(date: dt.date, *, short_month: bool = False) -> str:
    """``5 March 2026`` (or ``5 Mar 2026``): the day without a leading zero, portably."""
    return f"{date.day} {date.strftime('%b' if short_month else '%B')} {date.year}"
