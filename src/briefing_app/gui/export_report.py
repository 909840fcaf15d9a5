"""What the export dialog says about a note once it is written: its page count against the
template's limit, and for the user's own templates the accessibility checker's findings.

Both run on workers (LibreOffice takes seconds); the dialog stays usable meanwhile.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from briefing_app.core.wording import counted
from briefing_app.export.accessibility import Finding, check_accessibility
from briefing_app.export.pages import PageReport, check_pages, lower_name
from briefing_app.export.templates import TemplateInfo
from briefing_app.gui.background import BackgroundJob, run_in_background

logger = logging.getLogger(__name__)


class ExportReport(QWidget):
    """The page count and accessibility findings of the last export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = QLabel()
        self.pages.setWordWrap(True)
        self.pages.setAccessibleName(self.tr("Page count"))
        self.findings_label = QLabel()
        self.findings_label.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Accessibility check of the note"))
        self.findings.setMaximumHeight(150)
        self.findings_label.setBuddy(self.findings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings)
        self._page_job: BackgroundJob | None = None
        self._check_job: BackgroundJob | None = None
        self.clear()

    def clear(self) -> None:
        """Forget the last export's report (a new export starts)."""
        for job in (self._page_job, self._check_job):
            if job is not None:
                job.cancel()
        self.pages.clear()
        self.pages.setStyleSheet("")
        self.findings_label.hide()
        self.findings.hide()
        self.findings.clear()

    # -- accessibility of notes from the user's own templates ---------------------------
    def check_note(self, path: Path) -> None:
        """Run the accessibility checker on a note made with a user template (the built-in
        ones are checked by the tests) and list what it finds."""
        self.findings_label.setText(self.tr("Checking the note's accessibility…"))
        self.findings_label.show()
        job = run_in_background(lambda: check_accessibility(path.read_bytes()), self)
        job.finished.connect(self._checked)
        job.failed.connect(
            lambda error: self.findings_label.setText(
                self.tr("The note could not be checked ({0}).").format(error)
            )
        )
        job.ended.connect(lambda: self._check_ended(job))
        self._check_job = job

    def _check_ended(self, job: BackgroundJob) -> None:
        if self._check_job is job:
            self._check_job = None

    @property
    def checking(self) -> bool:
        """The accessibility check of the last export is still running."""
        return self._check_job is not None

    def _checked(self, findings: object) -> None:
        if not isinstance(findings, list):
            return
        failed = [f for f in findings if isinstance(f, Finding) and not f.passed]
        if failed:
            self.findings_label.setText(
                self.tr("Accessibility: {0} of {1} checks need attention in your template:").format(
                    len(failed), len(findings)
                )
            )
        else:
            self.findings_label.setText(
                self.tr("Accessibility: all {0} checks pass.").format(len(findings))
            )
        self.findings.clear()
        for finding in sorted(findings, key=lambda f: f.passed):
            name = self.check_name(finding.check)
            if finding.passed:
                text = self.tr("Passed: {0}").format(name)
            else:
                text = self.tr("To fix: {0} — {1}").format(name, finding.detail)
            item = QListWidgetItem(text)
            item.setToolTip(finding.detail or text)
            self.findings.addItem(item)
        self.findings.show()

    def check_name(self, check: str) -> str:
        """The checker's name for a check, in the user's language."""
        names = {
            "document title": self.tr("Document title"),
            "language": self.tr("Language"),
            "heading order": self.tr("Heading order"),
            "lists": self.tr("Lists"),
            "table header rows": self.tr("Table header rows"),
            "colour alone": self.tr("Colour alone"),
            "contrast": self.tr("Contrast"),
            "alt text": self.tr("Alternative text for images"),
        }
        return names.get(check, check)

    # -- page limit ----------------------------------------------------------------------
    def count_pages(self, path: Path, template: TemplateInfo, pdf: Path | None = None) -> None:
        """Count the exported note's pages on a worker (LibreOffice takes a few seconds);
        from ``pdf`` when one was made with it."""
        if self._page_job is not None:
            self._page_job.cancel()
        self.pages.setStyleSheet("")
        self.pages.setText(self.tr("Counting pages…"))
        job = run_in_background(
            lambda: check_pages(
                path.read_bytes(),
                template,
                pdf=pdf.read_bytes() if pdf is not None and pdf.is_file() else None,
            ),
            self,
        )
        job.finished.connect(self._pages_counted)
        job.failed.connect(self._pages_failed)
        job.ended.connect(lambda: self._page_job_ended(job))
        self._page_job = job

    def _page_job_ended(self, job: BackgroundJob) -> None:
        if self._page_job is job:
            self._page_job = None

    @property
    def counting_pages(self) -> bool:
        """The page count of the last export is still being worked out."""
        return self._page_job is not None

    def _pages_counted(self, report: object) -> None:
        if not isinstance(report, PageReport):
            return
        self.pages.setText(self.page_text(report))
        self.pages.setStyleSheet("color: #9b1c1c;" if report.over_limit else "")
        logger.info("Page count: %s", report.message())

    def _pages_failed(self, error: object) -> None:
        logger.warning("Counting pages failed: %s", error)
        self.pages.setText(self.tr("The pages could not be counted ({0}).").format(error))

    def page_text(self, report: PageReport) -> str:
        """The page count in words: "3 pages — the action memo limit is 2", and the sections
        to shorten; an estimate says so."""
        count = counted(report.pages, self.tr("page"), self.tr("pages"))
        if report.estimated and report.libreoffice_missing:
            count = self.tr("About {0} (an estimate: LibreOffice is not installed)").format(count)
        elif report.estimated:
            count = self.tr("About {0} (an estimate: LibreOffice could not lay it out)").format(
                count
            )
        limit = report.limit or 0
        name = lower_name(report.template_name)
        if not report.over_limit:
            return self.tr("{count}, within the {name} limit of {limit}.").format(
                count=count, name=name, limit=limit
            )
        text = self.tr("{count} — the {name} limit is {limit}.").format(
            count=count, name=name, limit=limit
        )
        longest = [
            self.tr("{title} ({pages} pages)").format(
                title=section.title or self.tr("opening"), pages=f"{section.pages:.1f}"
            )
            for section in report.longest()
        ]
        if longest:
            text += " " + self.tr("Longest sections: {0}.").format(self.tr(", ").join(longest))
        return text
