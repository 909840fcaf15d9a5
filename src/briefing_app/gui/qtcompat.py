"""Small shims over differences between the Qt versions the app supports."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

logger = logging.getLogger(__name__)


@contextmanager
def filter_change(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Wrap a change of a proxy's filter criteria.

    Qt 6.10 replaced ``invalidateFilter()`` with ``beginFilterChange()`` /
    ``endFilterChange()``; older Qt only has the former.
    """
    begin: Callable[[], None] | None = getattr(proxy, "beginFilterChange", None)
    if begin is None:
        yield
        proxy.invalidateFilter()
        return
    begin()
    try:
        yield
    finally:
        proxy.endFilterChange()


_NONE_KEPT: list[None] = []
"""References to None that make up for the ones PySide6 drops (see set_extra_selections)."""
_nones_lost_per_call: int | None = None


def _measure_nones_lost() -> int:
    """How many references to None one ``setExtraSelections`` call drops (0 when fixed).

    PySide6 6.12 on Python 3.11 (where None is an ordinary object) takes one reference to
    None away on every call; after some thousands of highlight refreshes None's count
    reaches zero and the interpreter aborts ("deallocating None").
    """
    probe = QPlainTextEdit()
    calls = 20
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setExtraSelections([])
    lost = before - sys.getrefcount(None)
    probe.deleteLater()
    return max(0, round(lost / calls))


def set_extra_selections(
    edit: QTextEdit | QPlainTextEdit, selections: list[QTextEdit.ExtraSelection]
) -> None:
    """``edit.setExtraSelections(selections)``, giving back the references to None that
    PySide6 drops on each call (measured once, on the UI thread)."""
    global _nones_lost_per_call
    if _nones_lost_per_call is None:
        _nones_lost_per_call = _measure_nones_lost()
        if _nones_lost_per_call:
            logger.info(
                "PySide6 drops %d reference(s) to None per setExtraSelections: making up for it",
                _nones_lost_per_call,
            )
    edit.setExtraSelections(selections)
    if _nones_lost_per_call:
        _NONE_KEPT.extend([None] * _nones_lost_per_call)
