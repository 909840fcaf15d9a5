"""A combo box offering "all" and each tag of the taxonomy, keeping the choice when refilled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox


def fill_tag_combo(
    combo: QComboBox, tags: list[str], all_label: str, label: Callable[[str], str] = str
) -> None:
    """Refill ``combo`` with ``all_label`` (data None) and one item per tag (data: the tag).

    The current choice survives when its tag is still listed; no change signal is emitted.
    """
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(all_label, None)
        for tag in tags:
            combo.addItem(label(tag), tag)
        combo.setCurrentIndex(max(combo.findData(current), 0))
    finally:
        combo.blockSignals(False)
