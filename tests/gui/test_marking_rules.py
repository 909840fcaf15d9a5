"""Choosing the note's marking rules in the note form, by keyboard, and what follows: the
levels offered, the authority block rows, undo, and the export dialog's refusal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from briefing_app.core.project_io import project_from_readout
from briefing_app.core.settings import load_settings
from briefing_app.gui.main_window import MainWindow


def _note_panel(window: MainWindow, qtbot: QtBot):  # type: ignore[no-untyped-def]
    workspace = window.workspace
    assert workspace is not None
    workspace.side_tabs.setCurrentWidget(workspace.note_panel)
    return workspace.note_panel


def _levels(combo: QComboBox) -> list[object]:
    return [combo.itemData(i) for i in range(combo.count())]


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an item the way a keyboard user does: focus the box and type its first letters."""
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    qtbot.keyClicks(combo, text)


def _choose_us(qtbot: QtBot, combo: QComboBox) -> None:
    """ "United" finds United Kingdom; the arrow key moves on to United States."""
    _choose(qtbot, combo, "United")
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "United States"


def test_choosing_us_rules_offers_us_levels_and_the_authority_block(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = _note_panel(window, qtbot)
    document = window.document
    assert document is not None
    authority = panel.editors["classified_by"]
    assert not authority.isVisibleTo(panel)  # the generic rules have no authority block
    _choose_us(qtbot, panel.scheme)
    assert document.project.marking_scheme == "us"
    classification = panel.editors["classification"]
    assert isinstance(classification, QComboBox)
    assert _levels(classification)[:5] == [
        "UNCLASSIFIED",
        "CUI",
        "CONFIDENTIAL",
        "SECRET",
        "TOP SECRET",
    ]
    assert authority.isVisibleTo(panel)
    # the annotation editor offers the same levels
    marking = window.workspace.annotation_panel.editor.marking  # type: ignore[union-attr]
    assert "CUI" in _levels(marking) and "RESTRICTED" not in _levels(marking)
    window.undo_action.trigger()
    assert document.project.marking_scheme == "generic"
    assert panel.scheme.currentData() == "generic"
    assert "RESTRICTED" in _levels(classification)
    assert not authority.isVisibleTo(panel)


def test_a_level_the_new_rules_lack_is_kept_and_flagged(window: MainWindow, qtbot: QtBot) -> None:
    panel = _note_panel(window, qtbot)
    document = window.document
    assert document is not None
    classification = panel.editors["classification"]
    assert isinstance(classification, QComboBox)
    _choose(qtbot, classification, "REST")
    assert document.project.note.classification == "RESTRICTED"
    _choose_us(qtbot, panel.scheme)
    # nothing changes behind the user's back: the level stays, shown as not in the scheme
    assert document.project.note.classification == "RESTRICTED"
    assert "not in the United States scheme" in classification.currentText()


def test_export_dialog_says_why_the_markings_cannot_go_out(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = _note_panel(window, qtbot)
    document = window.document
    assert document is not None
    _choose_us(qtbot, panel.scheme)
    classification = panel.editors["classification"]
    assert isinstance(classification, QComboBox)
    _choose(qtbot, classification, "SECRET")
    assert document.project.note.classification == "SECRET"
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    assert "Cannot be exported as marked" in dialog.summary.text()
    assert "classification authority block" in dialog.summary.text()
    assert not dialog.export_button.isEnabled()
    # fill in the block by typing, and the dialog lets the note go
    for name, text in (
        ("classified_by", "J. Smith"),
        ("classification_reason", "1.4(d)"),
        ("declassify_on", "20511201"),
    ):
        editor = panel.editors[name]
        editor.setFocus()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert "Marked <b>SECRET" in summary, summary


def test_new_projects_follow_the_rules_last_chosen(window: MainWindow, qtbot: QtBot) -> None:
    panel = _note_panel(window, qtbot)
    _choose(qtbot, panel.scheme, "Japan")
    assert load_settings().marking_scheme == "japan"
    project = project_from_readout(
        window.document.project.readout,  # type: ignore[union-attr]
        source_name="next.txt",
        original_text=None,
    )
    assert project.marking_scheme == "japan"
    assert project.note.classification == "NONE"  # the scheme's lowest level
