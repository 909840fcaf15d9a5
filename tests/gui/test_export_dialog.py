"""The export dialog: templates, missing fields, background export with progress, errors."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from briefing_app.core.opening import sample_project
from briefing_app.core.project_io import parse_project, save_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.export.libreoffice import find_soffice
from briefing_app.export.templates import user_templates_dir
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.export_dialog import TEMPLATE_ROLE, ExportDialog
from briefing_app.gui.interaction import ScriptedInteraction
from briefing_app.gui.main_window import MainWindow
from tests.conftest import INDIA
from tests.export.helpers import make_template


def _example(window: MainWindow) -> None:
    window.set_document(ProjectDocument(parse_project(resource_bytes(EXAMPLE_PROJECT), "x")))


def test_export_runs_in_the_background_and_writes_the_note(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _example(window)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.current_template().key == "briefing-note"  # type: ignore[union-attr]
    assert dialog.missing_fields() == []
    assert "CONFIDENTIAL//JAPAN EYES ONLY" in dialog.summary.text()
    assert "(s)" not in dialog.summary.text()
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    target = tmp_path / "note.docx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        dialog.start_export()
        assert dialog.busy
    assert blocker.args == [str(target)]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.progress.value() == 100
    assert (
        docx.Document(str(target)).sections[0].header.paragraphs[0].text.startswith("CONFIDENTIAL")
    )


def test_missing_fields_block_export_and_lead_to_the_form(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.missing_fields() == ["subject", "to", "from", "summary"]
    assert not dialog.export_button.isEnabled()
    assert "Subject" in dialog.missing.text()
    dialog.fill_button.click()
    workspace = window.workspace
    assert workspace is not None
    assert workspace.side_tabs.currentWidget() is workspace.note_panel
    dialog.select_template("annotated-readout")
    assert dialog.export_button.isEnabled()


def test_failed_export_is_a_dialog_and_nothing_is_written(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    dialog.select_template("annotated-readout")
    dialog.path.setText(str(tmp_path / "no-such-folder" / "note.docx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert interaction.shown[-1][0] == "error"
    assert "does not exist" in interaction.shown[-1][2]
    assert interaction.shown[-1][2].endswith(".")
    assert not (tmp_path / "no-such-folder").exists()


def test_import_template_checks_and_copies_it(
    window: MainWindow, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    good = make_template(tmp_path / "mine.docx", ["{{ note.subject }}"], title="My note")
    interaction.answers.append(good)
    window.import_template_action.trigger()
    assert (user_templates_dir() / "mine.docx").exists()
    assert interaction.shown[-1][0] == "information"
    bad = tmp_path / "bad.docx"
    bad.write_text("nope")
    interaction.answers.append(bad)
    window.import_template_action.trigger()
    assert interaction.shown[-1][0] == "error" and "bad.docx" in interaction.shown[-1][2]
    dialog = window.make_export_dialog()
    labels = [dialog.templates.item(i).text() for i in range(dialog.templates.count())]
    assert "My note (yours)" in labels
    dialog.deleteLater()


def test_suggested_name_is_project_and_template_and_follows_the_template(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    project = tmp_path / "projects" / "india.briefing"
    project.parent.mkdir()
    save_project(sample_project(), project)
    assert window.open_file(project)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    folder = project.parent
    assert Path(dialog.path.text()) == folder / "india-briefing-note.docx"
    for key in ["action-memo", "meeting-brief", "annotated-readout", "briefing-note"]:
        _click_template(qtbot, dialog, key)
        assert Path(dialog.path.text()) == folder / f"india-{key}.docx"


def test_a_name_the_user_typed_is_kept_when_switching_templates(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    mine = str(tmp_path / "for-the-minister.docx")
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, mine)
    _click_template(qtbot, dialog, "action-memo")
    assert dialog.path.text() == mine
    chosen = tmp_path / "chosen-in-browse.docx"
    interaction.answers.append(chosen)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    _click_template(qtbot, dialog, "meeting-brief")
    assert dialog.path.text() == str(chosen)


def test_default_folder_is_the_readouts_then_home(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = window.make_export_dialog()  # the built-in sample: no file of its own
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()).parent == Path.home()
    readout = tmp_path / "readouts" / "india.txt"
    readout.parent.mkdir()
    shutil.copy(INDIA, readout)
    assert window.open_file(readout)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()) == readout.parent / "india-briefing-note.docx"


def _old_note(tmp_path: Path) -> tuple[Path, bytes]:
    target = tmp_path / "note.docx"
    target.write_bytes(b"edited in Word since the last export")
    return target, target.read_bytes()


def test_exporting_over_an_existing_file_asks_and_cancel_writes_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    _example(window)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    target, before = _old_note(tmp_path)
    dialog.path.setText(str(target))
    exported: list[str] = []
    dialog.exported.connect(exported.append)
    interaction.answers.append(1)  # Cancel
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert interaction.offered[-1] == ["Replace", "Cancel"]
    assert interaction.shown[-1][1] == "Replace the file?"
    assert "“note.docx” already exists" in interaction.shown[-1][2]
    assert not dialog.busy
    qtbot.wait(300)
    assert target.read_bytes() == before and exported == []
    assert dialog.export_button.isEnabled()
    interaction.answers.append(None)  # Escape is Cancel too
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "note.docx"]


def test_exporting_over_an_existing_file_replaces_it_when_the_user_says(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    _example(window)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    target, _before = _old_note(tmp_path)
    dialog.path.setText(str(target))
    interaction.answers.append(0)  # Replace
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert interaction.shown[-1][1] == "Replace the file?" and not interaction.answers
    assert (
        docx.Document(str(target)).sections[0].header.paragraphs[0].text.startswith("CONFIDENTIAL")
    )


def test_a_new_file_is_exported_without_asking(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    _example(window)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "fresh.docx"))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert interaction.shown == [] and (tmp_path / "fresh.docx").exists()


def _click_template(qtbot: QtBot, dialog: ExportDialog, key: str) -> None:
    """Click the template's row in the list, as a user picks it."""
    for row in range(dialog.templates.count()):
        item = dialog.templates.item(row)
        if item.data(TEMPLATE_ROLE).key == key:
            rect = dialog.templates.visualItemRect(item)
            qtbot.mouseClick(
                dialog.templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
            )
            assert dialog.current_template().key == key  # type: ignore[union-attr]
            return
    raise AssertionError(f"no template {key}")


def _long(window: MainWindow) -> None:
    from tests.export.helpers import long_project

    window.set_document(ProjectDocument(long_project()))


def test_after_export_the_dialog_says_the_memo_is_over_its_page_limit(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_SOFFICE", "none")  # the estimate, as without LibreOffice
    _long(window)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    _click_template(qtbot, dialog, "action-memo")
    dialog.path.setText(str(tmp_path / "memo.docx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.report.counting_pages, timeout=20000)
    text = dialog.report.pages.text()
    assert text.startswith("About ") and "an estimate: LibreOffice is not installed" in text
    assert "— the action memo limit is 2. Longest sections: Risks (" in text
    assert "color" in dialog.report.pages.styleSheet()
    # Within the limit, on the example project: said plainly, not in red.
    _example(window)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    _click_template(qtbot, dialog, "meeting-brief")
    dialog.path.setText(str(tmp_path / "brief.docx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.report.counting_pages, timeout=20000)
    assert dialog.report.pages.text().endswith("within the meeting brief limit of 2.")
    assert dialog.report.pages.styleSheet() == ""


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is missing")
def test_page_count_comes_from_libreoffice_off_the_ui_thread(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _long(window)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    _click_template(qtbot, dialog, "action-memo")
    dialog.path.setText(str(tmp_path / "memo.docx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert dialog.report.counting_pages and dialog.report.pages.text() == "Counting pages…"
    qtbot.waitUntil(lambda: not dialog.report.counting_pages, timeout=60000)
    assert re.match(
        r"\d+ pages — the action memo limit is 2\. Longest sections: ", dialog.report.pages.text()
    )


def test_without_libreoffice_the_pdf_option_is_off_and_says_why(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_SOFFICE", "none")
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.also_pdf.isEnabled()
    reason = "Saving as PDF needs LibreOffice, which is not installed on this computer."
    assert dialog.pdf_reason.text() == reason and dialog.also_pdf.toolTip() == reason
    assert not dialog.pdf_reason.isHidden()
    _tick(qtbot, dialog.also_pdf)
    assert not dialog.also_pdf.isChecked() and not dialog.wants_pdf()


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is missing")
def test_also_save_as_pdf_writes_both_in_the_background(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, interaction: ScriptedInteraction
) -> None:
    _example(window)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.also_pdf.isEnabled() and dialog.pdf_reason.isHidden()
    _click_template(qtbot, dialog, "meeting-brief")
    dialog.path.setText(str(tmp_path / "brief.docx"))
    (tmp_path / "brief.pdf").write_bytes(b"an older PDF")
    _tick(qtbot, dialog.also_pdf)
    assert dialog.wants_pdf()
    interaction.answers.append(0)  # Replace the older PDF
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.busy  # the window stays responsive: LibreOffice runs on the worker
    assert "“brief.pdf” already exists" in interaction.shown[-1][2]
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.report.counting_pages, timeout=60000)
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "brief.docx").is_file()
    assert dialog.status.text() == f"Saved {tmp_path / 'brief.docx'} and brief.pdf"
    assert dialog.report.pages.text().endswith("within the meeting brief limit of 2.")


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its box, as a person does (its centre may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_clean_copy_for_distribution_from_the_dialog(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    project = tmp_path / "india.briefing"
    save_project(parse_project(resource_bytes(EXAMPLE_PROJECT), "x"), project)
    assert window.open_file(project)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.clean_copy.isEnabled()  # the briefing note has no readout to clean
    assert "Only templates with the whole readout" in dialog.clean_copy.toolTip()
    _click_template(qtbot, dialog, "annotated-readout")
    assert dialog.clean_copy.isEnabled()
    _tick(qtbot, dialog.clean_copy)
    assert dialog.wants_clean()
    assert Path(dialog.path.text()) == tmp_path / "india-annotated-readout-clean.docx"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    out = tmp_path / "india-annotated-readout-clean.docx"
    body = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "commentRangeStart" not in body and "<w:shd" not in body
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "[1: " in text and "\nAnnotations\n" in text


def test_a_users_template_gets_the_accessibility_findings_listed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    make_template(
        folder / "typed.docx",
        ["{{ note.subject }}", "• {{ readout.title }}", "- typed, not a list style"],
        title="Typed bullets",
    )
    _example(window)
    dialog = window.make_export_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _click_template(qtbot, dialog, "typed")
    dialog.path.setText(str(tmp_path / "mine.docx"))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    report = dialog.report
    qtbot.waitUntil(lambda: not dialog.busy and not report.checking, timeout=20000)
    assert report.findings.isVisible()
    assert report.findings_label.text() == (
        "Accessibility: 1 of 8 checks need attention in your template:"
    )
    rows = [report.findings.item(i).text() for i in range(report.findings.count())]
    assert len(rows) == 8
    assert rows[0].startswith("To fix: Lists — typed list marker, not a list style: “• ")
    assert "Passed: Document title" in rows and "Passed: Heading order" in rows
    # A built-in template's export lists nothing (its outputs are checked by the tests).
    _click_template(qtbot, dialog, "briefing-note")
    dialog.path.setText(str(tmp_path / "builtin.docx"))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert not report.findings.isVisible() and not report.findings_label.isVisible()
