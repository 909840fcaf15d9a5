"""Small shims over differences between the Qt versions the app supports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSortFilterProxyModel


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
