"""What the marking combo boxes offer: the project's scheme and its levels, as labelled
items (the marking itself is printed as the scheme writes it, never translated)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from briefing_app.core.marking_scheme import MarkingScheme, MarkingSchemeError, get_scheme
from briefing_app.core.marking_scheme import load_schemes as _load_schemes
from briefing_app.gui.i18n import classification_label, current_language

logger = logging.getLogger(__name__)

FILLED_WITH = "markingScheme"
"""The combo box property naming the scheme whose levels it offers."""


def scheme_of(scheme_id: str) -> MarkingScheme:
    """The project's scheme; the generic one (logged) when the file naming it is gone."""
    try:
        return get_scheme(scheme_id)
    except MarkingSchemeError:
        logger.warning("Marking scheme %r not found; offering the generic levels", scheme_id)
        return get_scheme("generic")


def level_label(scheme: MarkingScheme, level_id: str) -> str:
    """A level as a person picks it: "SECRET", "秘 (SECRET)", "指定なし (no marking)"."""
    if not scheme.has_level(level_id):
        return level_id
    level = scheme.level(level_id)
    if scheme.id == "generic":
        return classification_label(level.id)
    if level.label:
        return level.label
    english = level.names.get("en")
    return f"{level.banner} ({english})" if english else level.banner


def fill_levels(combo: QComboBox, scheme: MarkingScheme, current: str | None) -> None:
    """Offer ``scheme``'s levels in ``combo`` (signals blocked) and select ``current``; a
    level the scheme lacks stays selectable, flagged, so nothing changes behind the user's
    back (export refuses it with the reason)."""
    if combo.property(FILLED_WITH) == scheme.id and scheme.has_level(current or scheme.lowest.id):
        # the same levels already offered (showing another annotation): only select
        blocked = combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(blocked)
        return
    combo.setProperty(FILLED_WITH, scheme.id)
    blocked = combo.blockSignals(True)
    try:
        keep_none = combo.count() > 0 and combo.itemData(0) is None
        none_text = combo.itemText(0) if keep_none else ""
        combo.clear()
        if keep_none:
            combo.addItem(none_text, None)
        for level in scheme.levels:
            combo.addItem(level_label(scheme, level.id), level.id)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(
                QCoreApplication.translate(
                    "MarkingChoices", "{level} (not in the {scheme} scheme)"
                ).format(level=current, scheme=scheme.name),
                current,
            )
        combo.setCurrentIndex(max(combo.findData(current), 0))
    finally:
        combo.blockSignals(blocked)


def fill_schemes(combo: QComboBox, current: str) -> None:
    """Offer every marking scheme (built-in and the user's) and select ``current``."""
    blocked = combo.blockSignals(True)
    try:
        combo.clear()
        schemes, problems = _load_schemes()
        for problem in problems:
            logger.warning("Marking scheme skipped: %s", problem)
        language = current_language()
        for scheme in sorted(schemes.values(), key=lambda s: (s.id != "generic", s.name)):
            combo.addItem(scheme.name_in(language), scheme.id)
            combo.setItemData(
                combo.count() - 1, scheme.description_in(language), Qt.ItemDataRole.ToolTipRole
            )
        combo.setCurrentIndex(max(combo.findData(current), 0))
    finally:
        combo.blockSignals(blocked)
