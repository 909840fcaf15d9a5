"""Find (Ctrl+F): every occurrence of some words across the readout, as a list of hits."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from briefing_app.core.search import MAX_HITS, find_hits
from briefing_app.gui.document import ProjectDocument

CONTEXT = 40
HIT_ROLE = Qt.ItemDataRole.UserRole + 4


class FindPanel(QWidget):
    """A search box and a hit list; choosing a hit asks the window to show it."""

    hit_chosen = Signal(int, int, str)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Find in readout…"))
        self.query.setAccessibleName(self.tr("Find in readout"))
        self.query.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matches"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._first)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        document.structure_changed.connect(self.search)

    def focus(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def search(self) -> None:
        """Run the current query and list the hits."""
        self._timer.stop()
        readout = self._document.readout
        hits = find_hits(readout, self.query.text())
        labels = {node.id: node.label for node in readout.walk()}
        self.results.clear()
        for hit in hits:
            before = readout.text[max(0, hit.start - CONTEXT) : hit.start].split("\n")[-1]
            after = readout.text[hit.end : hit.end + CONTEXT].split("\n")[0]
            overview = self.tr("Overview")
            where = labels.get(hit.node_id, overview) if hit.node_id else overview
            text = f"{where}\n…{before}[{readout.text[hit.start : hit.end]}]{after}…"
            item = QListWidgetItem(text)
            item.setData(HIT_ROLE, (hit.start, hit.end, hit.node_id))
            self.results.addItem(item)
        query = self.query.text().strip()
        if not query:
            self.summary.setText("")
        elif not hits:
            self.summary.setText(self.tr("No matches for “{0}”").format(query))
        elif len(hits) >= MAX_HITS:
            self.summary.setText(self.tr("{0}+ matches for “{1}”").format(len(hits), query))
        elif len(hits) == 1:
            self.summary.setText(self.tr("1 match for “{0}”").format(query))
        else:
            self.summary.setText(self.tr("{0} matches for “{1}”").format(len(hits), query))

    def _first(self) -> None:
        self.search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self._activated(self.results.item(0))

    def _activated(self, item: QListWidgetItem) -> None:
        start, end, node_id = item.data(HIT_ROLE)
        self.hit_chosen.emit(start, end, node_id)
