"""File-menu flows for a readout that comes back: a revised version, a colleague's copy,
annotations from another tool or from Word, and annotations out.

Each change of the project is one undo step; what needs deciding lands on the Review tab.
"""

from __future__ import annotations

import html
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from briefing_app.core.compare import Change, compare_readouts
from briefing_app.core.errors import BriefingError
from briefing_app.core.model import Readout
from briefing_app.core.project import Project
from briefing_app.core.review import queue_size
from briefing_app.gui.commands import ReplaceProjectState
from briefing_app.gui.core_messages import error_text
from briefing_app.gui.review_panel import ReviewPanel

if TYPE_CHECKING:
    from briefing_app.gui.main_window import MainWindow
    from briefing_app.gui.workspace import Workspace

logger = logging.getLogger(__name__)

READOUT_FILTER = "Readouts (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"
PROJECT_FILTER = "Briefing projects (*.briefing)"
ANNOTATIONS_FILTER = (
    "W3C annotations or a reviewed annotated readout (*.json *.jsonld *.docx);;All files (*)"
)
EXPORT_FILTER = "W3C Web Annotations (*.jsonld);;CSV for spreadsheets (*.csv)"


class RevisionActions:
    """The actions, their flows, and the Review tab of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.review_panel: ReviewPanel | None = None
        self.previous_readout: Readout | None = None
        self.replace_action = self._action(
            QCoreApplication.translate("RevisionActions", "Replace Readout with Revised &Version…"),
            self.replace_readout,
        )
        self.compare_action = self._action(
            QCoreApplication.translate("RevisionActions", "&Compare with Previous Version"),
            self.compare,
        )
        self.merge_action = self._action(
            QCoreApplication.translate("RevisionActions", "&Merge Annotations From…"),
            self.merge_from,
        )
        self.import_action = self._action(
            QCoreApplication.translate("RevisionActions", "Import &Annotations…"),
            self.import_annotations,
        )
        self.export_action = self._action(
            QCoreApplication.translate("RevisionActions", "Export A&nnotations…"),
            self.export_annotations,
        )
        self.actions = [
            self.replace_action,
            self.compare_action,
            self.merge_action,
            self.import_action,
            self.export_action,
        ]

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(lambda _checked=False: self._run(slot))
        return action

    def _run(self, slot: object) -> None:
        workspace = self._window.workspace
        if workspace is not None:
            workspace.flush_edits()
        try:
            slot()  # type: ignore[operator]
        except BriefingError as exc:
            self._window.context.interaction.error(
                QCoreApplication.translate("RevisionActions", "Cannot do that"), error_text(exc)
            )

    # -- the Review tab ------------------------------------------------------------------
    def attach(self, workspace: Workspace) -> None:
        """Give a new workspace its Review tab."""
        document = workspace.document
        panel = ReviewPanel(
            document,
            workspace.reader.selected_text_range,
            lambda message: self._window.context.interaction.error(
                QCoreApplication.translate("RevisionActions", "Review"), message
            ),
        )
        self.review_panel = panel
        workspace.side_tabs.addTab(panel, self._tab_label(document.project))
        document.review_changed.connect(lambda: self._relabel(workspace, panel))
        document.annotations_changed.connect(lambda: self._relabel(workspace, panel))
        self.previous_readout = None

    def _tab_label(self, project: Project) -> str:
        count = queue_size(project)
        return (
            QCoreApplication.translate("RevisionActions", "Review ({0})").format(count)
            if count
            else QCoreApplication.translate("RevisionActions", "Review")
        )

    def _relabel(self, workspace: Workspace, panel: ReviewPanel) -> None:
        index = workspace.side_tabs.indexOf(panel)
        if index >= 0:
            workspace.side_tabs.setTabText(index, self._tab_label(workspace.document.project))

    def _show_review(self) -> None:
        workspace = self._window.workspace
        if workspace is not None and self.review_panel is not None:
            workspace.side_tabs.setCurrentWidget(self.review_panel)

    # -- flows ---------------------------------------------------------------------------
    def _choose(self, title: str, filters: str) -> Path | None:
        """A file the user picks, starting in the project's (or readout's) folder."""
        window = self._window
        return window.context.interaction.choose_open_path(
            title, str(window.working_folder()), filters
        )

    def _push(self, text: str, project: Project) -> None:
        document = self._window.document
        assert document is not None
        document.undo_stack.push(ReplaceProjectState(document, text, project))

    def replace_readout(self) -> None:
        """File › Replace Readout with Revised Version…"""
        from briefing_app.core.opening import open_path
        from briefing_app.core.revision import revise

        window, document = self._window, self._window.document
        assert document is not None
        path = self._choose(
            QCoreApplication.translate("RevisionActions", "Revised version of the readout"),
            READOUT_FILTER,
        )
        if path is None:
            return
        incoming = open_path(path)
        previous = document.readout
        result, report = revise(
            document.project,
            incoming.readout,
            source=path.name,
            original_text=incoming.original_text,
        )
        self._push(
            QCoreApplication.translate("RevisionActions", "Replace readout with revised version"),
            result,
        )
        self.previous_readout = previous
        waiting = queue_size(result)
        window.context.interaction.information(
            QCoreApplication.translate("RevisionActions", "Revised readout"),
            QCoreApplication.translate(
                "RevisionActions",
                "Annotations carried over: {0}. {1} to review on the Review tab; "
                "{2} sections changed and lost their reviewed mark.",
            ).format(report.summary(), waiting, len(report.sections_changed)),
        )
        if waiting:
            self._show_review()

    def compare(self) -> None:
        """Show what the revision added, removed and reworded."""
        window, document = self._window, self._window.document
        assert document is not None
        if self.previous_readout is None:
            window.context.interaction.information(
                QCoreApplication.translate("RevisionActions", "Compare versions"),
                QCoreApplication.translate(
                    "RevisionActions",
                    "Replace the readout with a revised version first; the comparison "
                    "is shown for the version replaced in this session.",
                ),
            )
            return
        self.comparison = comparison_dialog(self.previous_readout, document.readout, window)
        self.comparison.show()

    def merge_from(self) -> None:
        """File › Merge Annotations From… another project of the same (or a revised) readout."""
        from briefing_app.core.merge import merge_annotations
        from briefing_app.core.project_io import load_project

        window, document = self._window, self._window.document
        assert document is not None
        path = self._choose(
            QCoreApplication.translate("RevisionActions", "Merge annotations from"), PROJECT_FILTER
        )
        if path is None:
            return
        other = load_project(path)
        result, report = merge_annotations(document.project, [*other.annotations, *other.orphans])
        self._push(
            QCoreApplication.translate("RevisionActions", "Merge annotations from {0}").format(
                path.name
            ),
            result,
        )
        window.context.interaction.information(
            QCoreApplication.translate("RevisionActions", "Merged"),
            QCoreApplication.translate("RevisionActions", "{0}.").format(
                report.summary().capitalize()
            ),
        )
        if report.conflicts or report.orphaned:
            self._show_review()

    def import_annotations(self) -> None:
        """File › Import Annotations…: W3C Web Annotations, or an annotated readout back from
        review in Word."""
        from briefing_app.core.merge import merge_annotations
        from briefing_app.core.web_annotation import from_web_annotations
        from briefing_app.export.word_comments import apply_word_comments, read_word_comments

        window, document = self._window, self._window.document
        assert document is not None
        path = self._choose(
            QCoreApplication.translate("RevisionActions", "Import annotations"), ANNOTATIONS_FILTER
        )
        if path is None:
            return
        data = _read(path)
        if path.suffix.lower() == ".docx":
            result, word = apply_word_comments(
                document.project, read_word_comments(data, path.name)
            )
            summary = word.summary()
            text = QCoreApplication.translate(
                "RevisionActions", "Take in Word comments from {0}"
            ).format(path.name)
        else:
            result, merged = merge_annotations(
                document.project, from_web_annotations(data, path.name)
            )
            summary = merged.summary()
            text = QCoreApplication.translate(
                "RevisionActions", "Import annotations from {0}"
            ).format(path.name)
        self._push(text, result)
        window.context.interaction.information(
            QCoreApplication.translate("RevisionActions", "Annotations imported"),
            QCoreApplication.translate("RevisionActions", "{0}.").format(summary.capitalize()),
        )

    def export_annotations(self) -> None:
        """File › Export Annotations… as W3C JSON-LD or CSV (by the name's ending)."""
        from briefing_app.core.atomic import atomic_write_text
        from briefing_app.core.web_annotation import to_csv, to_web_annotations

        window, document = self._window, self._window.document
        assert document is not None
        stem = Path(document.project.source_name or "readout").stem
        suggested = str(window.working_folder() / f"{stem}-annotations.jsonld")
        path = window.context.interaction.choose_save_path(
            QCoreApplication.translate("RevisionActions", "Export annotations"),
            suggested,
            EXPORT_FILTER,
        )
        if path is None:
            return
        if path.suffix.lower() == ".csv":
            text = to_csv(document.project)
        else:
            if path.suffix.lower() not in (".jsonld", ".json"):
                path = path.with_name(path.name + ".jsonld")
            data = to_web_annotations(document.project)
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        atomic_write_text(path, text)
        window.statusBar().showMessage(
            QCoreApplication.translate("RevisionActions", "Exported {0}").format(path.name), 4000
        )


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BriefingError(f"{path.name}: cannot be read ({exc.strerror})") from None


_COMPARE_STYLE = (
    "h3{margin:10px 0 2px 0} .added{background:#d8f5d8} "
    ".removed{background:#f9d6d5;text-decoration:line-through} .status{color:#4b5563}"
)


def comparison_dialog(old: Readout, new: Readout, parent: QWidget | None = None) -> QDialog:
    """What the revision added, removed and reworded, section by section."""
    translate = QCoreApplication.translate
    status = {
        Change.UNCHANGED: translate("RevisionActions", "unchanged"),
        Change.REWORDED: translate("RevisionActions", "reworded"),
        Change.ADDED: translate("RevisionActions", "added"),
        Change.REMOVED: translate("RevisionActions", "removed"),
    }
    parts = [f"<style>{_COMPARE_STYLE}</style>"]
    for change in compare_readouts(old, new):
        parts.append(
            f"<h3>{html.escape(change.label)} "
            f"<span class='status'>({status[change.change]})</span></h3>"
        )
        if change.change is Change.UNCHANGED:
            continue
        runs = []
        for kind, words in change.words:
            text = html.escape(words).replace("\n", "<br>")
            css = {"+": "added", "-": "removed"}.get(kind)
            runs.append(f"<span class='{css}'>{text}</span>" if css else text)
        parts.append("<p>" + " ".join(runs) + "</p>")
    browser = QTextBrowser()
    browser.setAccessibleName(
        QCoreApplication.translate("RevisionActions", "Differences between the two versions")
    )
    browser.setHtml("".join(parts))
    dialog = QDialog(parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("RevisionActions", "Compare versions of the readout")
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(900, 700)
    return dialog
