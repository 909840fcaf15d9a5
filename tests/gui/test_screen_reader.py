"""What a screen reader on Linux (AT-SPI) hears: combo boxes named by a buddy label, named tab
widgets, navigator cells that say their count and whether they are reviewed; and, where the
AT-SPI tools are installed, the whole tree walked from outside by scripts/atspi_dump.py."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing_app.gui.accessibility import accessible_name, unnamed_controls
from briefing_app.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = Path("/usr/bin/python3")


def test_a_combo_box_named_only_by_its_accessible_name_is_reported(qtbot: QtBot) -> None:
    """On Linux a combo box's name is its current value; its label comes only from a buddy
    QLabel (the "labelled-by" relation), so an accessible name alone is not heard."""
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    own_name, buddied, described, tabs = QComboBox(), QComboBox(), QComboBox(), QTabWidget()
    own_name.setAccessibleName("Priority")
    label = QLabel("&Marking")
    label.setBuddy(buddied)
    described.setToolTip("Show only sections with this tag")
    tabs.addTab(QWidget(), "First")
    pane, quiet_pane = QScrollArea(), QScrollArea()
    quiet_pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab passes it by: nothing to announce
    layout.addRow(pane)
    layout.addRow(quiet_pane)
    layout.addRow(own_name)
    layout.addRow(label, buddied)
    layout.addRow(described)
    layout.addRow(tabs)
    assert unnamed_controls(form) == [pane, own_name, tabs]
    assert accessible_name(buddied) == "Marking"
    assert accessible_name(described) == "Show only sections with this tag"


def test_the_workspace_names_its_tabs_and_labels_its_combo_boxes(window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    assert accessible_name(workspace.side_tabs) == "Side panel"
    assert accessible_name(workspace.annotation_panel.tabs) == "Annotation lists"
    assert accessible_name(workspace.note_panel) == "Briefing note fields"  # a scroll area
    assert accessible_name(workspace.annotation_panel.editor.priority) == "Priority"
    tag_filter = workspace.annotation_panel.tag_filter
    assert accessible_name(tag_filter) == "Show only annotations with this tag"


def test_navigator_cells_say_their_count_and_review_state(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.workspace
    assert workspace is not None
    model = workspace.navigator.model()
    workspace.go_to_node(workspace.sections[0].id)
    row = workspace.navigator.currentIndex()
    spoken = Qt.ItemDataRole.AccessibleTextRole
    assert model.data(row.siblingAtColumn(1), spoken) == "0 annotations"
    assert model.data(row.siblingAtColumn(2), spoken) == "Not reviewed"
    workspace.reader.setFocus()
    qtbot.keyClick(workspace.reader, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    row = workspace.navigator.currentIndex()
    assert model.data(row.siblingAtColumn(2), spoken) == "Reviewed"


def _atspi_available() -> bool:
    if not SYSTEM_PYTHON.exists() or not all(
        shutil.which(tool) for tool in ("Xvfb", "dbus-run-session")
    ):
        return False
    probe = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, check=False
    )
    return probe.returncode == 0


@pytest.mark.skipif(
    not _atspi_available(), reason="AT-SPI tools not installed (at-spi2-core python3-pyatspi)"
)
def test_atspi_walk_finds_every_focusable_control_named(tmp_path: Path) -> None:
    """The app under Xvfb and a private D-Bus session, read from outside as Orca reads it."""
    dump = tmp_path / "tree.txt"
    script = ROOT / "scripts" / "atspi_dump.py"
    command = [str(SYSTEM_PYTHON), str(script), "--display", ":97", "--out", str(dump)]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "focusable without a name: 0" in result.stdout
    assert "the reader's text exposed as text: yes" in result.stdout
    tree = dump.read_text(encoding="utf-8")
    assert 'tree "Sections of the readout"' in tree
    assert 'table cell "Not reviewed"' in tree
