"""The app's window: the sample's outline and cover at once, then the editor in their place.

Loading the models (pydantic) and building the editor take longer than starting Qt itself,
so the window is shown first with what the shipped sample's plain JSON gives (its outline and
cover page, laid out where the editor will show them), and the editor (``MainWindow``)
replaces that preview inside the same window as soon as it is built. This module loads no
models: only Qt, the JSON reader and the settings store.
"""

from __future__ import annotations

import html
import logging

from PySide6 import QtCore  # QtCore.Qt only when the editor comes (see gui/style.py)
from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QFont, QPaintEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QMainWindow,
    QMenuBar,
    QSplitter,
    QStackedLayout,
    QTextBrowser,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.readout_preview import ReadoutPreview
from briefing_app.gui.menus import menu_titles
from briefing_app.gui.style import READING_FONTS, style_part
from briefing_app.gui.window_state import GEOMETRY_KEY, SPLITTER_KEY

logger = logging.getLogger(__name__)

DEFAULT_SIZE = (1360, 860)
MINIMUM_SIZE = (900, 600)


class PreviewPane(QWidget):
    """A readout's outline and cover page, read-only, where the editor shows them."""

    def __init__(self, preview: ReadoutPreview, qsettings: QSettings, reading_size: float) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Opening the readout"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The editor's menus (not yet usable) and toolbar, so nothing moves when it comes.
        menu_bar = QMenuBar()
        for title in menu_titles():
            menu_bar.addAction(title).setEnabled(False)
        layout.addWidget(menu_bar)
        toolbar = QToolBar()
        style_part(toolbar, "mainToolbar")
        toolbar.setMinimumHeight(toolbar.fontMetrics().height() + 18)
        layout.addWidget(toolbar)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(body, 1)

        self.outline = QTreeWidget()
        style_part(self.outline, "navigator")
        self.outline.setHeaderLabels([self.tr("Section"), self.tr("Notes"), "✓"])
        header = self.outline.header()  # the navigator's columns
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 44), (2, 30)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.outline.setAccessibleName(self.tr("Sections of the readout"))
        self._fill_outline(preview)
        self.cover = QTextBrowser()
        style_part(self.cover, "reader")
        self.cover.setAccessibleName(self.tr("Readout"))
        self._fill_cover(preview, reading_size)
        self.splitter = QSplitter()  # side by side (the Qt namespace is not loaded yet)
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self.cover)
        self.splitter.addWidget(QWidget())  # the side panel's place
        for index, stretch in enumerate((2, 5, 3)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([300, 620, 420])
        state = qsettings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        body_layout.addWidget(self.splitter)

    def _fill_outline(self, preview: ReadoutPreview) -> None:
        overview = self.tr("Overview") + (f" — {preview.title}" if preview.title else "")
        first = QTreeWidgetItem(self.outline, [overview])
        parents: list[QTreeWidgetItem] = []
        for entry in preview.outline:
            del parents[entry.depth :]
            parent = parents[-1] if parents else None
            item = (
                QTreeWidgetItem(parent, [entry.label])
                if parent is not None
                else QTreeWidgetItem(self.outline, [entry.label])
            )
            parents.append(item)
        self.outline.expandAll()
        self.outline.setCurrentItem(first)

    def _fill_cover(self, preview: ReadoutPreview, size: float) -> None:
        """The cover page as the reader lays it out: title, date line, preamble."""
        font = QFont()
        font.setFamilies(READING_FONTS)
        font.setPointSizeF(size)
        self.cover.setFont(font)
        self.cover.document().setDocumentMargin(24)
        # As markup: formats set one by one would load the Qt namespace (see gui/style.py).
        title = html.escape(preview.title or self.tr("Untitled readout"))
        parts = [f'<p style="font-size:{size * 1.6}pt; margin-bottom:10px"><b>{title}</b></p>']
        if preview.date:
            parts.append(
                f'<p style="font-size:{size * 0.92}pt; color:#5a6270; margin-bottom:2px">'
                f"{html.escape(preview.date)}</p>"
            )
        for index, text in enumerate(preview.preamble):
            top = 14 if index == 0 else 0
            parts.append(
                f'<p style="margin-top:{top}px; margin-bottom:10px">{html.escape(text)}</p>'
            )
        self.cover.setHtml("".join(parts))

    def outline_labels(self) -> list[str]:
        """Every row's label, top to bottom (for checks against the navigator)."""
        labels: list[str] = []
        item = self.outline.topLevelItem(0)
        while item is not None:
            labels.append(item.text(0))
            item = self.outline.itemBelow(item)
        return labels


def _first_focusable(widget: QWidget) -> QWidget | None:
    """The first widget in ``widget``'s tab order that takes focus by Tab, if any."""
    tab_focus = QtCore.Qt.FocusPolicy.TabFocus
    candidate = widget.nextInFocusChain()
    while candidate is not widget and widget.isAncestorOf(candidate):
        if (
            candidate.isVisibleTo(widget)
            and candidate.isEnabled()
            and candidate.focusPolicy() & tab_focus
        ):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


class StartWindow(QMainWindow):
    """The top-level window: a preview until the editor is built, then the editor.

    Closing it closes the editor first (which may ask to save, and may refuse).
    """

    first_painted = Signal()
    """The window has been painted once (the preview is on screen)."""
    editor_ready = Signal()
    """The editor has taken the preview's place."""

    def __init__(self, qsettings: QSettings) -> None:
        super().__init__()
        self.qsettings = qsettings
        self.editor: QMainWindow | None = None
        self.preview: PreviewPane | None = None
        self._painted = False
        stack_holder = QWidget()
        self._stack = QStackedLayout(stack_holder)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self.setCentralWidget(stack_holder)  # a main window to screen readers too
        self.setWindowTitle("Briefing")
        self.setMinimumSize(*MINIMUM_SIZE)
        geometry = qsettings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)

    def show_preview(self, preview: ReadoutPreview, reading_size: float) -> None:
        """Show ``preview`` (its text at ``reading_size`` points) until the editor comes."""
        self.preview = PreviewPane(preview, self.qsettings, reading_size)
        self._stack.addWidget(self.preview)

    def adopt(self, editor: QMainWindow) -> None:
        """Put ``editor`` (built with this window as its host, so it already titles this
        window) in the preview's place."""
        self.editor = editor
        editor.setAccessibleName(self.tr("Editor"))
        self._stack.addWidget(editor)
        self._stack.setCurrentWidget(editor)
        if self.preview is not None:
            self._stack.removeWidget(self.preview)
            self.preview.deleteLater()
            self.preview = None
        first = _first_focusable(editor)
        if first is not None:  # where showing the editor as a window of its own puts focus
            first.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self.editor_ready.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None:
            if not self.editor.close():  # the editor saves the window's state as it closes
                event.ignore()
                return
        else:
            self.qsettings.setValue(GEOMETRY_KEY, self.saveGeometry())
            self.qsettings.sync()
        event.accept()
