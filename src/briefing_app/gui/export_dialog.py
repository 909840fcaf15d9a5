"""The export dialog: template, missing fields, target, export off the UI thread."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.atomic import atomic_write_bytes
from briefing_app.core.errors import BriefingError, TemplateError
from briefing_app.core.project import NoteFields, Project
from briefing_app.core.project_io import snapshot_project
from briefing_app.core.resources import resource_path
from briefing_app.core.wording import as_sentence, counted
from briefing_app.export.content import build_content
from briefing_app.export.libreoffice import find_soffice, pdf_path_for
from briefing_app.export.render import export_note, missing_fields
from briefing_app.export.templates import (
    TemplateInfo,
    list_templates,
    read_template_info,
    user_templates_dir,
)
from briefing_app.gui.background import CollectorPause
from briefing_app.gui.context import AppContext
from briefing_app.gui.core_messages import error_text, marking_message
from briefing_app.gui.export_report import ExportReport
from briefing_app.gui.i18n import note_field_label

if TYPE_CHECKING:
    from briefing_app.gui.main_window import MainWindow

logger = logging.getLogger(__name__)

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 5


def suggested_export_path(folder: Path, project_name: str, template_key: str | None) -> Path:
    """``<folder>/<project>-<template>.docx`` (just ``<project>.docx`` without a template)."""
    stem = f"{project_name}-{template_key}" if template_key else project_name
    return folder / f"{stem}.docx"


def export_folder(project_path: Path | None, readout_path: Path | None) -> Path:
    """Where a note is exported by default: beside the project, else beside the readout it
    was imported from, else in the home folder."""
    for path in (project_path, readout_path):
        if path is not None and path.parent.is_dir():
            return path.parent
    return Path.home()


class ExportWorker(QObject):
    """Renders and writes the note in a worker thread; reports progress and the outcome."""

    progress = Signal(int, str)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        project: Project,
        template: TemplateInfo,
        target: Path,
        included_only: bool,
        author: str = "",
        pdf_path: Path | None = None,
        clean: bool = False,
    ) -> None:
        super().__init__()
        self._author = author
        self._pdf_path = pdf_path
        self._clean = clean
        self._project = project
        self._template = template
        self._target = target
        self._included_only = included_only

    @Slot()
    def run(self) -> None:
        try:
            self._export()
        finally:
            # the copy of the project goes now, before the collector is back on: freed while
            # it was off, it is never counted towards a collector pass on the UI thread
            self._project = None  # type: ignore[assignment]

    def _export(self) -> None:
        try:
            path = export_note(
                self._project,
                self._template,
                self._target,
                included_only=self._included_only,
                progress=lambda percent, stage: self.progress.emit(percent, stage),
                author=self._author,
                pdf_path=self._pdf_path,
                clean=self._clean,
            )
        except BriefingError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug must still end the export with a message
            self.failed.emit(
                self.tr("The export failed unexpectedly ({0}: {1}).").format(
                    type(exc).__name__, exc
                )
            )
            return
        self.succeeded.emit(str(path))


def _preview(template: TemplateInfo) -> QPixmap | None:
    if not template.builtin:
        return None
    try:
        path = resource_path(f"previews/{template.key}.png")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    pixmap = QPixmap(str(path))
    return None if pixmap.isNull() else pixmap


class ExportDialog(QDialog):
    """Choose a template and a file; the export runs in the background with progress."""

    fill_fields_requested = Signal(list)
    exported = Signal(str)

    def __init__(
        self,
        context: AppContext,
        project: Project,
        folder: Path,
        project_name: str,
        parent: QWidget | None = None,
    ) -> None:
        """``folder`` and ``project_name`` make the suggested file name, which follows the
        chosen template until the user types or browses to a name of their own."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export briefing note"))
        self.setMinimumSize(860, 560)
        self._context = context
        self._project = project
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._folder = folder
        self._project_name = project_name
        self._suggested = str(suggested_export_path(folder, project_name, None))

        self.templates = QListWidget()
        self.templates.setMinimumWidth(220)
        self.templates.setAccessibleName(self.tr("Templates"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(260, 330)
        self.preview.setStyleSheet("background: #eef0f3; border: 1px solid #d5d9e0;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #9b1c1c;")
        self.fill_button = QPushButton(self.tr("Fill in missing fields…"))
        self.included_only = QCheckBox(self.tr("Only annotations marked “include in brief”"))
        self.included_only.setChecked(True)
        self.clean_copy = QCheckBox(self.tr("Clean copy for distribution"))
        self._clean_tip = self.tr(
            "No Word comments or highlights: each annotation is numbered in brackets after "
            "its passage and listed in a table at the end"
        )
        self.clean_copy.setToolTip(self._clean_tip)
        self.path = QLineEdit(self._suggested)
        self.path.setAccessibleName(self.tr("Save as"))
        self.browse_button = browse = QPushButton(self.tr("Browse…"))
        self.open_when_done = QCheckBox(self.tr("Open the note when done"))
        self.also_pdf = QCheckBox(self.tr("Also save as PDF"))
        self.also_pdf.setToolTip(
            self.tr(
                "A PDF/A copy beside the Word file, with the same markings, made by LibreOffice"
            )
        )
        self.pdf_reason = QLabel()
        self.pdf_reason.setWordWrap(True)
        if find_soffice() is None:
            self.also_pdf.setEnabled(False)
            reason = self.tr(
                "Saving as PDF needs LibreOffice, which is not installed on this computer."
            )
            self.also_pdf.setToolTip(reason)
            self.pdf_reason.setText(reason)
        self.pdf_reason.setVisible(bool(self.pdf_reason.text()))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.report = ExportReport(self)
        self._pdf_target: Path | None = None
        self._exported_template: TemplateInfo | None = None
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        details = QGridLayout()
        details.addWidget(self.description, 0, 0, 1, 2)
        details.addWidget(self.summary, 1, 0, 1, 2)
        details.addWidget(self.missing, 2, 0)
        details.addWidget(self.fill_button, 2, 1)
        details.addWidget(self.included_only, 3, 0, 1, 2)
        details.addWidget(self.clean_copy, 4, 0, 1, 2)
        path_row = QHBoxLayout()
        save_as = QLabel(self.tr("Save as"))
        save_as.setBuddy(self.path)
        path_row.addWidget(save_as)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        right = QVBoxLayout()
        right.addLayout(details)
        right.addStretch(1)
        right.addLayout(path_row)
        right.addWidget(self.open_when_done)
        right.addWidget(self.also_pdf)
        right.addWidget(self.pdf_reason)
        right.addWidget(self.progress)
        right.addWidget(self.status)
        right.addWidget(self.report)
        top = QHBoxLayout()
        top.addWidget(self.templates)
        top.addWidget(self.preview)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)

        self.templates.currentItemChanged.connect(lambda _c, _p: self._template_changed())
        self.included_only.toggled.connect(lambda _on: self._template_changed())
        self.clean_copy.toggled.connect(lambda _on: self._template_changed())
        self.fill_button.clicked.connect(self._fill_fields)
        browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self._load_templates()

    # -- templates -----------------------------------------------------------------------
    def _load_templates(self) -> None:
        try:
            templates, problems = list_templates()
        except BriefingError as exc:
            templates, problems = [], [str(exc)]
        for template in templates:
            label = (
                template.name if template.builtin else self.tr("{0} (yours)").format(template.name)
            )
            item = QListWidgetItem(label)
            item.setData(TEMPLATE_ROLE, template)
            item.setToolTip(str(template.path))
            self.templates.addItem(item)
        if problems:
            self.status.setText(
                self.tr("Some of your templates cannot be used:") + "\n" + "\n".join(problems)
            )
        if self.templates.count():
            self.templates.setCurrentRow(0)

    def current_template(self) -> TemplateInfo | None:
        item = self.templates.currentItem()
        value = item.data(TEMPLATE_ROLE) if item is not None else None
        return value if isinstance(value, TemplateInfo) else None

    def select_template(self, key: str) -> None:
        for row in range(self.templates.count()):
            template = self.templates.item(row).data(TEMPLATE_ROLE)
            if isinstance(template, TemplateInfo) and template.key == key:
                self.templates.setCurrentRow(row)
                return

    def missing_fields(self) -> list[str]:
        template = self.current_template()
        return [] if template is None else missing_fields(template, self._project.note)

    def _template_changed(self) -> None:
        template = self.current_template()
        if template is None:
            return
        self.description.setText(f"<b>{template.name}</b><br>{template.description}")
        pixmap = _preview(template)
        if pixmap is None:
            self.preview.setText(self.tr("No preview for this template"))
        else:
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        try:
            content = build_content(
                self._project,
                included_only=self.included_only.isChecked(),
                language=template.language,
            )
        except BriefingError as exc:  # the markings break the scheme's rules
            self.summary.setText(
                self.tr("<b>Cannot be exported as marked:</b> {reason}").format(
                    reason=html.escape(error_text(exc))
                )
            )
            self.missing.setText("")
            self.fill_button.setVisible(False)
            self.export_button.setEnabled(False)
            return
        placed = content.placed  # where each included annotation lands, exactly once
        kinds = [
            ("key_points", self.tr("key point"), self.tr("key points")),
            ("actions", self.tr("action"), self.tr("actions")),
            ("risks", self.tr("risk"), self.tr("risks")),
            ("questions", self.tr("question"), self.tr("questions")),
            ("follow_ups", self.tr("follow-up"), self.tr("follow-ups")),
            ("talking_points", self.tr("talking point"), self.tr("talking points")),
        ]
        counts = self.tr(", ").join(
            counted(len(placed[key]), one, many) for key, one, many in kinds if placed.get(key)
        )
        if content.annotations:
            annotations = counted(
                len(content.annotations), self.tr("annotation"), self.tr("annotations")
            )
            what = self.tr("{counts} from {annotations}.").format(
                counts=counts[:1].upper() + counts[1:], annotations=annotations
            )
        else:
            what = self.tr("No annotation is included.")
        self.summary.setText(
            self.tr("Marked <b>{marking}</b> on every page. {what}").format(
                marking=html.escape(content.marking), what=what  # as printed, never translated
            )
            + "".join(
                f"<br>{html.escape(marking_message(message))}"
                for message in content.marking_messages
            )
        )
        missing = self.missing_fields()
        labels = NoteFields.labels()
        names = []
        for field in missing:
            name = "from_" if field == "from" else field
            names.append(note_field_label(name, labels.get(name, field)))
        self.missing.setText(
            self.tr("Missing: {0}").format(self.tr(", ").join(names)) if names else ""
        )
        self.fill_button.setVisible(bool(names))
        self.clean_copy.setEnabled(template.has_readout)
        self.clean_copy.setToolTip(
            self._clean_tip
            if template.has_readout
            else self.tr("Only templates with the whole readout in them make a clean copy")
        )
        self.export_button.setEnabled(not names and self._thread is None)
        self._suggest_path(template)

    def _suggest_path(self, template: TemplateInfo) -> None:
        """Follow the template in the suggested name, unless the user chose a name."""
        if self.path.text() != self._suggested:
            return  # typed or browsed to: theirs, left alone
        key = f"{template.key}-clean" if self.wants_clean() else template.key
        self._suggested = str(suggested_export_path(self._folder, self._project_name, key))
        self.path.setText(self._suggested)

    def _fill_fields(self) -> None:
        self.fill_fields_requested.emit(self.missing_fields())
        self.reject()

    def _browse(self) -> None:
        chosen = self._context.interaction.choose_save_path(
            self.tr("Export briefing note"),
            self.path.text(),
            self.tr("Word documents (*.docx)"),
            confirm_overwrite=False,  # asked on Export, when the file is about to be replaced
        )
        if chosen is not None:
            if chosen.suffix.lower() != ".docx":
                chosen = chosen.with_name(chosen.name + ".docx")
            self.path.setText(str(chosen))

    # -- exporting -----------------------------------------------------------------------
    def start_export(self) -> None:
        """Export in a worker thread (the project is copied, so editing can go on)."""
        template = self.current_template()
        if template is None or self._thread is not None:
            return
        target = Path(self.path.text().strip()).expanduser()
        pdf = pdf_path_for(target) if self.wants_pdf() else None
        existing = next((p for p in (target, pdf) if p is not None and p.is_file()), None)
        if existing is not None and not self._may_replace(existing):
            self.status.setText(self.tr("Not exported: the existing file was kept."))
            return
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self.report.clear()
        self._exported_template = template
        CollectorPause.pause()  # until _thread_done: no collector pass blocks the window
        self._thread = QThread(self)
        self._worker = ExportWorker(
            snapshot_project(self._project),  # editing goes on meanwhile
            template,
            target,
            self.included_only.isChecked(),
            author=self._context.settings.author,
            pdf_path=pdf,
            clean=self.wants_clean(),
        )
        self._pdf_target = pdf
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._progress)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._worker.succeeded.connect(self._thread.quit)
        self._worker.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._thread_done)
        self._thread.start()

    def _may_replace(self, target: Path) -> bool:
        """Ask before exporting over an existing file (it may have been edited in Word)."""
        answer = self._context.interaction.ask_choice(
            self.tr("Replace the file?"),
            self.tr(
                "“{name}” already exists in {folder}.\n\n"
                "Replacing it loses any changes made to it since, for example in Word."
            ).format(name=target.name, folder=target.parent),
            [self.tr("Replace"), self.tr("Cancel")],
            1,
        )
        logger.info("Export over %s: %s", target, "replace" if answer == 0 else "cancelled")
        return answer == 0

    def _progress(self, percent: int, stage: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(stage)

    def wants_clean(self) -> bool:
        """A clean copy was asked for, with a template that can make one."""
        return self.clean_copy.isEnabled() and self.clean_copy.isChecked()

    def wants_pdf(self) -> bool:
        """The user asked for a PDF too (and LibreOffice is there to make it)."""
        return self.also_pdf.isEnabled() and self.also_pdf.isChecked()

    def _succeeded(self, path: str) -> None:
        self.progress.setValue(100)
        if self._pdf_target is not None:
            self.status.setText(self.tr("Saved {0} and {1}").format(path, self._pdf_target.name))
        else:
            self.status.setText(self.tr("Saved {0}").format(path))
        self.exported.emit(path)
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        template = self._exported_template
        if template is not None and template.page_limit is not None:
            self.report.count_pages(Path(path), template, self._pdf_target)
        if template is not None and not template.builtin:
            self.report.check_note(Path(path))

    def _failed(self, message: str) -> None:
        self.progress.setValue(0)
        self.status.setText(self.tr("Not exported."))
        self._context.interaction.error(self.tr("Cannot export"), as_sentence(message))

    def _thread_done(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = None
        self._worker = None
        CollectorPause.resume()
        self.export_button.setEnabled(not self.missing_fields())

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def reject(self) -> None:
        if self._thread is not None:
            self.status.setText(self.tr("Please wait: the export is still being written."))
            return
        super().reject()


def make_export_dialog(window: MainWindow) -> ExportDialog:
    """The export dialog for the window's project, suggesting a file beside the project (or
    the readout it came from)."""
    workspace = window.workspace
    assert workspace is not None
    workspace.flush_edits()
    document = workspace.document
    folder = export_folder(document.path, document.session.source_path)
    name = Path(document.path or document.project.source_name or "briefing").stem
    dialog = ExportDialog(window.context, document.project, folder, name, window)
    dialog.select_template("briefing-note")
    dialog.fill_fields_requested.connect(window.fill_note_fields)
    dialog.exported.connect(
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("ExportDialog", "Exported {0}").format(path), 6000
        )
    )
    return dialog


def import_template(context: AppContext) -> None:
    """Copy a .docx template into the user's templates folder after checking it."""
    path = context.interaction.choose_open_path(
        QCoreApplication.translate("ExportDialog", "Import template"),
        str(Path.home()),
        QCoreApplication.translate("ExportDialog", "Word templates (*.docx)"),
    )
    if path is None:
        return
    try:
        info = read_template_info(path)
        folder = user_templates_dir()
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(folder / path.name, path.read_bytes(), error=TemplateError)
    except (BriefingError, OSError) as exc:
        context.interaction.error(
            QCoreApplication.translate("ExportDialog", "Cannot import the template"), str(exc)
        )
        return
    context.interaction.information(
        QCoreApplication.translate("ExportDialog", "Template imported"),
        QCoreApplication.translate("ExportDialog", "“{0}” is now in your templates ({1}).").format(
            info.name, folder
        ),
    )
