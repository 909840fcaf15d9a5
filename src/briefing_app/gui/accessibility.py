"""Accessibility: who names each control for a screen reader, and the reader's text size.

A control is named by its own ``accessibleName()``, else by a QLabel whose buddy it is (a
QFormLayout row label counts when set as buddy, or by its row), else by its own text (a
button, a check box). :func:`unnamed_controls` lists the controls none of these name.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSlider,
    QTabWidget,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from briefing_app.gui.context import AppContext
    from briefing_app.gui.workspace import Workspace

logger = logging.getLogger(__name__)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QDateTimeEdit,
    QSlider,
    QTabWidget,
)
PART_HOLDERS = (QAbstractItemView, QAbstractSpinBox, QComboBox, QCalendarWidget, QLineEdit)
"""Controls whose inner widgets (a view's editors, a line edit's clear button) they name."""


def _form_label(widget: QWidget) -> str:
    """The label of the QFormLayout row holding ``widget``, or the compound control whose
    focus goes to ``widget`` (e.g. a date field's line edit)."""
    candidates = [widget]
    parent = widget.parentWidget()
    while parent is not None and parent.focusProxy() is candidates[-1]:
        candidates.append(parent)
        parent = parent.parentWidget()
    for candidate in candidates:
        holder = candidate.parentWidget()
        if holder is None:
            continue
        for form in holder.findChildren(QFormLayout):
            row, _role = form.getWidgetPosition(candidate)
            if row < 0:
                continue
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.text().strip():
                return label.text()
    return ""


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces for ``widget`` ("" when nothing names it).

    On Linux (AT-SPI) Qt names a non-editable combo box by its current value and gives its
    label only as a "labelled-by" relation to a buddy QLabel: its own accessible name is
    not heard. Such a combo box is named by a buddy label, else by its tooltip (read as the
    description), never by its accessible name or a form row label that is not its buddy.
    """
    relation_only = isinstance(widget, QComboBox) and not widget.isEditable()
    own = widget.accessibleName().strip()
    if own and not relation_only:
        return own
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    if relation_only:
        return widget.toolTip().strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    return _form_label(widget).replace("&", "").strip()


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """The interactive controls under ``root`` that nothing names for a screen reader.

    Parts of a compound control (a table's editor, a spin box's line edit, a line edit's
    clear button, a view's corner button) are named by the control they belong to, and Qt's
    own helpers (object names starting ``qt_``, e.g. a tool bar's overflow button) by Qt:
    neither is listed.
    """
    unnamed = []
    for widget in root.findChildren(QWidget):
        if not (isinstance(widget, INTERACTIVE) or _focusable_pane(widget)) or _is_part(widget):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if not accessible_name(widget):
            unnamed.append(widget)
    return unnamed


def _focusable_pane(widget: QWidget) -> bool:
    """A scroll area that Tab stops at: a screen reader announces it, so it needs a name."""
    return isinstance(widget, QScrollArea) and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _is_part(widget: QWidget) -> bool:
    """True for a piece of a compound control, named by the control it belongs to."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, PART_HOLDERS):
            return True
        parent = parent.parentWidget()
    return False


def bind_reader_font_size(workspace: Workspace, context: AppContext) -> None:
    """Show the reader in the saved text size, and save each change (Ctrl+plus/minus).

    The main window calls this for every workspace it creates.
    """
    workspace.reader.set_font_size(context.settings.reader_font_size)

    def save(points: float) -> None:
        context.settings.reader_font_size = points
        context.save_settings()
        logger.debug("Reader text size %s pt saved", points)

    workspace.reader_font_size_changed.connect(save)
