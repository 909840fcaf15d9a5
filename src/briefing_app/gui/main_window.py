"""The main window: menus, toolbar, status bar, and opening and saving projects."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QWidget

from briefing_app.core import locking
from briefing_app.core.errors import BriefingError
from briefing_app.core.logs import log_dir
from briefing_app.core.opening import open_path, sample_project
from briefing_app.core.project import Project
from briefing_app.core.project_io import PROJECT_SUFFIX, parse_project
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.core.wording import counted
from briefing_app.gui import diagnostics
from briefing_app.gui.author_name import AuthorName
from briefing_app.gui.autosaver import Autosaver
from briefing_app.gui.background import (
    BackgroundJob,
    ProgressStrip,
    build_long_lived,
    run_in_background,
)
from briefing_app.gui.commands import SetTaxonomy
from briefing_app.gui.context import AppContext
from briefing_app.gui.core_messages import error_text
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.email_attachments import offer_attachments
from briefing_app.gui.interaction import SaveChoice
from briefing_app.gui.menus import build_menus, build_toolbar
from briefing_app.gui.paste import PasteReadout, has_readout_text
from briefing_app.gui.rescue import offer_project_recovery, offer_recovery, offer_rescue
from briefing_app.gui.revision_actions import RevisionActions
from briefing_app.gui.shortcut_router import ShortcutRouter
from briefing_app.gui.structure_fixes import StructureFixes
from briefing_app.gui.style import current_theme, style_part
from briefing_app.gui.title_dialog import TitleLineFixes
from briefing_app.gui.window_state import GEOMETRY_KEY, LOOK_KEY, SPLITTER_KEY
from briefing_app.gui.workspace import ViewMode, Workspace

logger = logging.getLogger(__name__)

_READOUT_GLOBS = (
    "*.txt *.md *.markdown *.html *.htm *.docx *.pdf *.eml *.odt *.fodt *.rtf *.mht *.mhtml"
)
OPEN_FILTER = (
    f"Readouts and projects (*.briefing {_READOUT_GLOBS});;"
    f"Projects (*.briefing);;Readouts ({_READOUT_GLOBS});;All files (*)"
)
SAVE_FILTER = "Briefing projects (*.briefing)"
APP_TITLE = "Briefing"

if TYPE_CHECKING:
    from briefing_app.gui.export_dialog import ExportDialog


class MainWindow(QMainWindow):
    """One window, one open project at a time."""

    def __init__(
        self, context: AppContext, document: ProjectDocument, host: QWidget | None = None
    ) -> None:
        """``host``: the window to live in (the start window); None for a window of its own."""
        super().__init__(host)
        if host is not None:
            self.setWindowFlags(Qt.WindowType.Widget)
        self.context = context
        self.undo_group = QUndoGroup(self)
        self.autosaver: Autosaver | None = None
        self._locked_path: Path | None = None
        self.workspace: Workspace | None = None
        self.document: ProjectDocument | None = None
        self.help_window: QDialog | None = None
        self._opening: BackgroundJob | None = None
        self.offered_recoveries: set[Path] = set()
        """Recovery files offered when their project was opened (not offered again)."""
        self.author_name = AuthorName(self)
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 600)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._status_position = QLabel()
        self._status_counts = QLabel()
        self._counts_deferred = False
        """The status bar's counts wait for the next event-loop turn (a document just shown)."""
        self._status_saved = QLabel()
        for label in (self._status_position, self._status_counts, self._status_saved):
            self.statusBar().addPermanentWidget(label)
        style_part(self.statusBar(), "statusBar")
        self.load_progress = ProgressStrip(self)
        self.load_progress.cancel_requested.connect(self.cancel_open)
        self.statusBar().addPermanentWidget(self.load_progress)
        self.set_document(document)
        self._restore_geometry()

    # -- actions and menus ---------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | str | list[QKeySequence | str] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: self._run(slot))  # type: ignore[arg-type]
        return action

    def _run(self, slot: Callable[[], object]) -> None:
        """Run an action's slot after committing typing, so changes stay in the order made."""
        if self.workspace is not None:
            self.workspace.flush_edits()
        slot()

    def _make_actions(self) -> None:
        self.structure_fixes = StructureFixes(self)
        std = QKeySequence.StandardKey
        self.open_action = self._action(
            self.tr("&Open…"), self.open_dialog, std.Open, self.tr("Open a readout or a project")
        )
        self.open_example_action = self._action(self.tr("Open &Example Project"), self.open_example)
        self.open_sample_action = self._action(
            self.tr("Open Built-in &Sample Readout"), self.open_sample
        )
        self.save_action = self._action(
            self.tr("&Save"), self.save, std.Save, self.tr("Save the project")
        )
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, std.SaveAs)
        self.export_action = self._action(
            self.tr("&Export Briefing Note…"),
            self.export,
            "Ctrl+Shift+E",
            self.tr("Export a Word briefing note"),
        )
        self.import_template_action = self._action(
            self.tr("&Import Template…"), self.import_template
        )
        self.quit_action = self._action(self.tr("&Quit"), lambda: self.window().close(), std.Quit)
        self.undo_action = self._action(
            self.tr("&Undo"), self.undo, QKeySequence.keyBindings(std.Undo)
        )
        self.redo_action = self._action(
            self.tr("&Redo"), self.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        )
        self.undo_group.canUndoChanged.connect(lambda _can: self._update_undo_actions())
        self.undo_group.canRedoChanged.connect(lambda _can: self._update_undo_actions())
        self.undo_group.undoTextChanged.connect(lambda _text: self._update_undo_actions())
        self.undo_group.redoTextChanged.connect(lambda _text: self._update_undo_actions())
        self.find_action = self._action(
            self.tr("&Find…"), self.find, std.Find, self.tr("Find in the readout")
        )
        self.author_action = self._action(self.tr("Your &Name…"), self.author_name.ask)
        self.backups_action = self._action(self.tr("&Backups to Keep…"), self.ask_backups)
        self.next_action = self._action(
            self.tr("&Next Section"),
            lambda: self._ws().next_section(),
            ["Ctrl+PgDown", "Alt+Right"],
            self.tr("Next section (Ctrl+PgDown)"),
        )
        self.previous_action = self._action(
            self.tr("&Previous Section"),
            lambda: self._ws().previous_section(),
            ["Ctrl+PgUp", "Alt+Left"],
            self.tr("Previous section (Ctrl+PgUp)"),
        )
        self.overview_action = self._action(
            self.tr("&Overview"), lambda: self._ws().show_overview(), "Ctrl+Home"
        )
        self.section_mode_action = QAction(self.tr("&Section by Section"), self, checkable=True)
        self.whole_mode_action = QAction(self.tr("&Whole Readout"), self, checkable=True)
        self.section_mode_action.setShortcut(QKeySequence("Ctrl+1"))
        self.whole_mode_action.setShortcut(QKeySequence("Ctrl+2"))
        modes = QActionGroup(self)
        for action in (self.section_mode_action, self.whole_mode_action):
            modes.addAction(action)
        self.section_mode_action.setChecked(True)
        self.section_mode_action.triggered.connect(lambda: self._ws().set_mode(ViewMode.SECTION))
        self.whole_mode_action.triggered.connect(lambda: self._ws().set_mode(ViewMode.WHOLE))
        self.author_colour_action = QAction(
            self.tr("Colour Highlights by &Author"), self, checkable=True
        )
        self.author_colour_action.setToolTip(self.tr("Colour each colleague's annotations alike"))
        self.author_colour_action.toggled.connect(self._colour_by_author)
        self.unreviewed_action = QAction(self.tr("Show Only &Unreviewed"), self, checkable=True)
        self.unreviewed_action.toggled.connect(lambda on: self._ws().unreviewed_only.setChecked(on))
        self.annotate_action = self._action(
            self.tr("&Annotate Selection"),
            self.annotate,
            "Ctrl+E",
            self.tr("Annotate the selected passage (Ctrl+E)"),
        )
        self.delete_annotation_action = self._action(
            self.tr("&Delete Annotation"),
            lambda: self._ws().annotation_panel.editor.delete_current(),
        )
        self.reviewed_action = self._action(
            self.tr("Mark Section &Reviewed"),
            lambda: self._ws().toggle_section_reviewed(),
            "Ctrl+R",
            self.tr("Mark the section shown, with all its items, reviewed (Ctrl+R)"),
        )
        self.item_reviewed_action = self._action(
            self.tr("Mark Selected &Item Reviewed"),
            lambda: self._ws().toggle_item_reviewed(),
            "Ctrl+Shift+R",
            self.tr("Mark only the item selected in the navigator reviewed (Ctrl+Shift+R)"),
        )
        self.section_note_action = self._action(
            self.tr("Edit Section &Note"),
            lambda: self._ws().section_note.setFocus(),
            "Ctrl+Shift+N",
        )
        self.tags_action = self._action(self.tr("Edit &Tags…"), self.edit_tags)
        self.split_action = self._action(
            self.tr("&Split Section at Cursor"),
            self.structure_fixes.split,
            "Ctrl+Shift+Return",
            self.tr("Split at the cursor"),
        )
        self.merge_action = self._action(
            self.tr("&Merge with Previous"), self.structure_fixes.merge, "Ctrl+Shift+M"
        )
        self.promote_action = self._action(
            self.tr("&Promote"), self.structure_fixes.promote, "Alt+Shift+Left"
        )
        self.demote_action = self._action(
            self.tr("&Demote"), self.structure_fixes.demote, "Alt+Shift+Right"
        )
        self.relabel_action = self._action(
            self.tr("Edit Number and &Heading…"), self.structure_fixes.relabel
        )
        self.restore_action = self._action(
            self.tr("&Restore Removed Line…"), self.structure_fixes.restore_removed
        )
        self.guide_action = self._action(
            self.tr("&User Guide"), self.show_guide, std.HelpContents, self.tr("A short guide")
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "Ctrl+/"
        )
        self.about_action = self._action(self.tr("&About"), self.about)
        self.log_folder_action = self._action(
            self.tr("Show &Log Folder"),
            self.show_log_folder,
            tip=self.tr("Open the folder of the app's log files (to send with a problem report)"),
        )
        self._make_title_actions()
        self.revision_actions = RevisionActions(self)
        self._make_paste_actions()

    def _make_menus(self) -> None:
        build_menus(self)
        # Undo, redo and annotate mean the window's action even from a text field.
        routed = [self.annotate_action, self.undo_action, self.redo_action]
        self.shortcut_router = ShortcutRouter(
            self, [sequence for action in routed for sequence in action.shortcuts()]
        )

    def _colour_by_author(self, on: bool) -> None:
        """View › Colour Highlights by Author, in the reader and the annotation lists."""
        workspace = self._ws()
        workspace.reader.set_colour_by_author(on)
        workspace.annotation_panel.set_colour_by_author(on)

    def _update_undo_actions(self) -> None:
        group = self.undo_group
        self.undo_action.setEnabled(group.canUndo())
        self.redo_action.setEnabled(group.canRedo())
        undo_text, redo_text = group.undoText(), group.redoText()
        self.undo_action.setText(
            self.tr("&Undo {0}").format(undo_text) if undo_text else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {0}").format(redo_text) if redo_text else self.tr("&Redo")
        )
        for action in (self.undo_action, self.redo_action):  # the tool bar: no mnemonics
            action.setIconText(re.sub(r"\(&.\)|&", "", action.text()))

    def undo(self) -> None:
        """Undo the last change, after committing any typing (so the typing is what goes)."""
        if self.workspace is not None:
            self.workspace.flush_edits()
        self.undo_group.undo()

    def redo(self) -> None:
        """Redo; typing not yet committed is committed first, which ends the redo chain."""
        if self.workspace is not None:
            self.workspace.flush_edits()
        self.undo_group.redo()

    def _make_toolbar(self) -> None:
        build_toolbar(self)

    # -- the open document ---------------------------------------------------------------
    def _ws(self) -> Workspace:
        assert self.workspace is not None
        return self.workspace

    def new_document(
        self, project: Project, path: Path | None = None, *, read_only: bool = False
    ) -> ProjectDocument:
        """A document for ``project`` with the user's settings (autosave, backups)."""
        return ProjectDocument(project, path, settings=self.context.settings, read_only=read_only)

    def _remember_marking_rules(self, name: str) -> None:
        """New projects follow the marking rules last chosen in the note form."""
        if name != "marking_scheme" or self.document is None:
            return
        scheme = self.document.project.marking_scheme
        if self.context.settings.marking_scheme != scheme:
            self.context.settings.marking_scheme = scheme
            self.context.save_settings()

    def set_document(self, document: ProjectDocument) -> None:
        """Show ``document`` (the previous one is closed without asking: ask first)."""
        old = self.workspace
        self._release_current()
        self.document = document
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        workspace = Workspace(document, self)
        self.workspace = workspace
        self.autosaver = Autosaver(
            document,
            document,
            pending_typing=workspace.has_pending_typing,
            flush_typing=workspace.flush_edits,
        )
        self.autosaver.failed.connect(
            lambda message: self.statusBar().showMessage(
                self.tr("Autosave failed: {0}").format(message), 10000
            )
        )
        self.shortcut_router.watch(workspace)
        self.revision_actions.attach(workspace)
        if self.author_colour_action.isChecked():  # the view choice stays with the window
            self._colour_by_author(True)
        workspace.doubt_fix_requested.connect(self._doubt_fix)
        self.author_name.attach(workspace)
        document.note_field_changed.connect(self._remember_marking_rules)
        self.workspace.reader.set_context_actions(
            [self.annotate_action, self.split_action, *self.line_actions]
        )
        self.setCentralWidget(self.workspace)
        if old is not None:
            self.undo_group.removeStack(old.document.undo_stack)
            old.deleteLater()
        splitter_state = self.context.qsettings.value(SPLITTER_KEY)
        if isinstance(splitter_state, QByteArray):
            self.workspace.splitter.restoreState(splitter_state)
        document.clean_changed.connect(lambda _clean: self._update_title())
        document.path_changed.connect(self._update_title)
        document.annotations_changed.connect(self._update_status)
        self.workspace.position_changed.connect(self._update_status)
        self.section_mode_action.setChecked(True)
        self.unreviewed_action.setChecked(False)
        self._counts_deferred = True  # a big readout's node lookups: after the first paint
        self._update_title()
        QTimer.singleShot(COUNTS_DELAY_MS, self._update_counts_now)

    def _update_counts_now(self) -> None:
        self._counts_deferred = False
        self._update_status()

    def _update_title(self) -> None:
        document = self.document
        if document is None:
            return
        read_only = " (read-only)" if document.read_only else ""
        title = f"{document.display_name}{read_only}[*] — {APP_TITLE}"
        for window in {self, self.window()}:  # the host window shows it, if there is one
            window.setWindowModified(document.is_modified)
            window.setWindowTitle(title)
        self._update_status()

    def _update_status(self) -> None:
        if self.document is None or self.workspace is None:
            return
        project = self.document.project
        self._status_position.setText(self.workspace.position_text())
        if not self._counts_deferred:
            nodes = self.document.index().nodes  # cached until the structure changes
            reviewed = len(nodes.keys() & project.reviewed)
            total = len(nodes)
            annotations = counted(
                len(project.annotations), self.tr("annotation"), self.tr("annotations")
            )
            self._status_counts.setText(
                self.tr("{0} · {1} of {2} reviewed").format(annotations, reviewed, total)
            )
        if self.document.path is None:
            saved = self.tr("Not saved to a file yet")
        else:
            saved = (
                self.tr("Unsaved changes")
                if self.document.is_modified
                else self.tr("All changes saved")
            )
        self._status_saved.setText(saved)

    # -- opening -------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False means the user cancelled."""
        if self.document is None or self.workspace is None:
            return True
        self.workspace.flush_edits()
        if not self.document.is_modified:
            return True
        choice = self.context.interaction.ask_save_changes(self.document.display_name)
        if choice is SaveChoice.CANCEL:
            return False
        if choice is SaveChoice.SAVE:
            return self.save()
        self.document.session.discard_recovery()  # the user chose to drop these changes
        return True

    def working_folder(self) -> Path:
        """Where Open and Save As start: the project's folder, else the readout's, else the
        folder last opened from, else the home folder."""
        document = self.document
        if document is not None and document.path is not None:
            return document.path.parent
        if document is not None and document.session.source_path is not None:
            return document.session.source_path.parent
        last = self.context.qsettings.value("last_folder", "")
        if isinstance(last, str) and last and Path(last).is_dir():
            return Path(last)
        return Path.home()

    def open_dialog(self) -> None:
        path = self.context.interaction.choose_open_path(
            self.tr("Open readout or project"), str(self.working_folder()), OPEN_FILTER
        )
        if path is not None:
            self.start_open(path)

    def open_file(self, path: Path) -> bool:
        """Open a readout or project (asking to save first); errors are shown, nothing lost.

        Reads and imports on a worker like :meth:`start_open`, and waits for it with the
        window responsive; returns whether the file was opened.
        """
        outcome: list[bool] = []
        job = self.start_open(path, outcome.append)
        if job is None:
            return False
        job.wait()
        return bool(outcome and outcome[0])

    def start_open(
        self, path: Path, on_done: Callable[[bool], object] | None = None
    ) -> BackgroundJob | None:
        """Open a readout or project without blocking the window: read and import it on a
        worker, with progress and Cancel in the status bar, then ask to save the current
        project's changes (including any made meanwhile) and show it.

        ``on_done`` gets whether the file was opened (False too when cancelled). Returns the
        job, or None when nothing was started (a file is still opening).
        """
        if self._opening is not None:
            message = self.tr("Still opening another file: wait or cancel")
            self.statusBar().showMessage(message, 4000)
            return None
        job = run_in_background(lambda: _read_off_thread(path), self)
        self._opening = job
        self.load_progress.begin(self.tr("Opening {0}…").format(path.name))

        def done(opened: bool) -> None:
            if on_done is not None:
                on_done(opened)

        job.finished.connect(lambda project: done(self._opened(path, project)))
        job.failed.connect(lambda error: done(self._open_failed(path, error)))
        job.ended.connect(lambda: self._open_ended(job))
        if on_done is not None:
            job.ended.connect(lambda: job.cancelled and on_done(False))
        return job

    def cancel_open(self) -> None:
        """Stop waiting for the file being opened: its result is discarded, nothing changes."""
        job = self._opening
        if job is not None:
            job.cancel()
            self.statusBar().showMessage(self.tr("Opening cancelled"), 4000)

    def _open_ended(self, job: BackgroundJob) -> None:
        if self._opening is job:
            self._opening = None
            self.load_progress.end()

    def _open_failed(self, path: Path, error: object) -> bool:
        self.load_progress.end()
        if not isinstance(error, BriefingError):
            # Not a problem with the file: a bug, for the app's exception hook (logged, shown).
            assert isinstance(error, BaseException)
            sys.excepthook(type(error), error, error.__traceback__)
            return False
        logger.info("Could not open %s: %s", path, error)
        if path.suffix.lower() == PROJECT_SUFFIX and offer_rescue(self, path, str(error)):
            return True
        self.context.interaction.error(self.tr("Cannot open"), error_text(error))
        return False

    def _opened(self, path: Path, project: Project) -> bool:
        """Show a project read or imported on the worker (locks and recovery files first)."""
        self.load_progress.end()
        if not self.maybe_save():
            return False
        is_project = path.suffix.lower() == PROJECT_SUFFIX
        read_only = False
        if is_project:
            owner = locking.acquire(path)
            if owner is not None:
                choice = self.context.interaction.ask_choice(
                    self.tr("Project open elsewhere"),
                    self.tr(
                        "{0} is already open by {1}.\n\n"
                        "You can open it read-only here and save your changes under another name."
                    ).format(path.name, owner.describe()),
                    [self.tr("Open Read-Only"), self.tr("Cancel")],
                    0,
                )
                if choice != 0:
                    return False
                read_only = True
        document = self.new_document(project, path if is_project else None, read_only=read_only)
        document.session.source_path = None if is_project else path  # export goes beside it
        self.set_document(document)
        self._locked_path = path if is_project and not read_only else None
        self.context.add_recent(path)
        self.context.qsettings.setValue("last_folder", str(path.parent))
        if is_project:
            self.context.set_last_project(path)
        self.statusBar().showMessage(self.tr("Opened {0}").format(path.name), 4000)
        if is_project and not read_only:
            offer_project_recovery(self, path)
        offer_attachments(self, path)  # an e-mail: the readouts attached to it
        return True

    def open_example(self) -> None:
        """Open the bundled example project as an unsaved copy."""
        if not self.maybe_save():
            return
        try:
            project = parse_project(resource_bytes(EXAMPLE_PROJECT), EXAMPLE_PROJECT)
        except BriefingError as exc:
            self.context.interaction.error(self.tr("Cannot open the example"), error_text(exc))
            return
        project.source_name = self.tr("Example project")
        self.set_document(self.new_document(project))

    def open_sample(self) -> None:
        if self.maybe_save():
            self.set_document(self.new_document(sample_project()))

    # -- crash recovery and damaged files --------------------------------------------------
    def _release_current(self) -> None:
        if getattr(self, "autosaver", None) is not None:
            self.autosaver.stop()
        if getattr(self, "_locked_path", None) is not None:
            locking.release(self._locked_path)
            self._locked_path = None

    def offer_recovery(self) -> None:
        """After a crash: offer each recovery file found (recover, compare, discard, later)."""
        offer_recovery(self)

    def adopt_recovered(self, project: Project, path: Path | None, message: str) -> None:
        """Show a recovered or rescued project as unsaved work (the user saves to keep it)."""
        document = self.new_document(project, path)
        self.set_document(document)
        if path is not None and path.exists():
            self._locked_path = path if locking.acquire(path) is None else None
        document.undo_stack.resetClean()
        self._update_title()
        self.statusBar().showMessage(message, 8000)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.context.recent_files() if p.exists()]
        if not recent:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, path=path: self.start_open(path))

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the project's file (asking for one the first time)."""
        if self.document is None or self.workspace is None:
            return False
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        self.workspace.flush_edits()
        try:
            self.document.save()
        except BriefingError as exc:
            self.context.interaction.error(self.tr("Cannot save"), error_text(exc))
            return False
        self.context.set_last_project(self.document.path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(self.document.display_name), 4000)
        return True

    def save_as(self) -> bool:
        if self.document is None or self.workspace is None:
            return False
        self.workspace.flush_edits()
        stem = Path(self.document.project.source_name or "briefing").stem
        suggested = str(self.working_folder() / f"{stem}{PROJECT_SUFFIX}")
        path = self.context.interaction.choose_save_path(
            self.tr("Save project as"), suggested, SAVE_FILTER
        )
        if path is None:
            return False
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        try:
            self.document.save(path)
        except BriefingError as exc:
            self.context.interaction.error(self.tr("Cannot save"), error_text(exc))
            return False
        self._locked_path = path  # Save As moved this app's lock to the new file
        self.context.add_recent(path)
        self.context.set_last_project(path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path.name), 4000)
        return True

    # -- export --------------------------------------------------------------------------
    def make_export_dialog(self) -> ExportDialog:
        """The export dialog for the open project (shown by ``export``; tests drive it)."""
        # Imported here: python-docx, docxtpl and Jinja are not needed to start the app.
        from briefing_app.gui.export_dialog import make_export_dialog

        self._ws().flush_edits()  # what was just typed goes into the note
        return make_export_dialog(self)

    def export(self) -> None:
        self.make_export_dialog().open()

    def fill_note_fields(self, names: list[str]) -> None:
        """Show the Briefing note form with the first of ``names`` focused."""
        workspace = self._ws()
        workspace.side_tabs.setCurrentWidget(workspace.note_panel)
        if names:
            key = "from_" if names[0] == "from" else names[0]
            editor = workspace.note_panel.editors.get(key)
            if editor is not None:
                editor.setFocus()

    def import_template(self) -> None:
        """Copy a .docx template into the user's templates folder after checking it."""
        from briefing_app.gui.export_dialog import import_template

        import_template(self.context)

    def ask_backups(self) -> None:
        """Set how many earlier versions of a project are kept as backups."""
        answer = self.context.interaction.ask_text(
            self.tr("Backups"),
            self.tr("Earlier versions of a project to keep (0-100):"),
            str(self.context.settings.backups_kept),
        )
        if answer is None:
            return
        try:
            value = int(answer)
            if not 0 <= value <= 100:
                raise ValueError
        except ValueError:
            self.context.interaction.error(
                self.tr("Backups"), self.tr("“{0}” is not a number from 0 to 100").format(answer)
            )
            return
        self.context.settings.backups_kept = value
        self.context.save_settings()

    # -- commands ------------------------------------------------------------------------
    def annotate(self) -> None:
        """Annotate the reader's selection (asking the user's name the first time)."""
        workspace = self._ws()
        if workspace.document.read_only:
            self.context.interaction.error(
                self.tr("Read-only project"),
                self.tr(
                    "This project is open read-only because it is open elsewhere. "
                    "Use File › Save As to keep your own copy, then annotate it."
                ),
            )
            return
        if workspace.reader.selected_text_range() is None:
            self.statusBar().showMessage(
                self.tr("Select a passage in the reader first, then annotate it."), 5000
            )
            return
        annotation_id = workspace.annotate_selection(self.context.settings.author)
        if annotation_id is not None:  # never a question here: the comment is typed next
            self.author_name.annotated(workspace, annotation_id)

    def find(self) -> None:
        workspace = self._ws()
        workspace.side_tabs.setCurrentWidget(workspace.find_panel)
        workspace.find_panel.focus()

    def edit_tags(self) -> None:
        document = self._ws().document
        text = self.context.interaction.ask_multiline(
            self.tr("Edit tags"), self.tr("One tag per line:"), "\n".join(document.project.taxonomy)
        )
        if text is None:
            return
        tags = [line.strip() for line in text.splitlines() if line.strip()]
        if tags and tags != document.project.taxonomy:
            document.undo_stack.push(SetTaxonomy(document, tags))

    def _doubt_fix(self, kind: str) -> None:
        """A fix chosen on the doubts bar: the title dialog, or the removed lines."""
        if kind == "title":
            self.title_date_action.trigger()
        elif kind == "chrome":
            self.restore_action.trigger()

    def show_guide(self) -> None:
        """Help › User Guide."""
        from briefing_app.gui.help_dialogs import user_guide_dialog

        self.help_window = user_guide_dialog(self)
        self.help_window.show()

    def show_shortcuts(self) -> None:
        """Help › Keyboard Shortcuts, read from the menus' actions."""
        from briefing_app.gui.help_dialogs import shortcuts_dialog

        self.help_window = shortcuts_dialog(self.menuBar(), self)
        self.help_window.show()

    def show_log_folder(self) -> None:
        """Help › Show Log Folder: the log files, in the system's file manager."""
        if not diagnostics.show_log_folder():
            self.context.interaction.information(
                self.tr("Log folder"), self.tr("The log files are in {0}").format(log_dir())
            )

    def about(self) -> None:
        from briefing_app import __version__

        self.context.interaction.information(
            self.tr("About Briefing"),
            self.tr(
                "briefing-app {0}\n\nImport a meeting readout, annotate it section by "
                "section, and keep your mark-up in a project file."
            ).format(__version__),
        )

    # -- window events -------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        if not self.isWindow():
            return  # the host window has its geometry
        geometry = self.context.qsettings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.cancel_open()  # a file still being read is not shown in a closed window
        if self.document is not None:
            self.document.session.discard_recovery()  # saved, or the user chose to discard
        self._release_current()
        self.context.qsettings.setValue(GEOMETRY_KEY, self.window().saveGeometry())
        self.context.qsettings.setValue(LOOK_KEY, current_theme())
        if self.workspace is not None:
            self.context.qsettings.setValue(SPLITTER_KEY, self.workspace.splitter.saveState())
        self.context.qsettings.sync()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(_openable(Path(url.toLocalFile())) for url in urls[:1]):
            event.acceptProposedAction()
        elif has_readout_text(event.mimeData()):
            event.acceptProposedAction()  # text or HTML dragged from a browser or an editor

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and _openable(Path(urls[0].toLocalFile())):
            event.acceptProposedAction()
            self.start_open(Path(urls[0].toLocalFile()))
        elif has_readout_text(event.mimeData()):
            event.acceptProposedAction()
            self.paste_readout.open_mime(event.mimeData(), self.tr("Dropped"))

    # -- title, date and junk lines (gui/title_dialog.py) --------------------------------
    def _make_title_actions(self) -> None:
        self.title_fixes = TitleLineFixes(self)
        self.title_date_action = self._action(
            self.tr("Edit &Title and Date…"),
            self.title_fixes.edit_title_and_date,
            "Ctrl+Shift+T",
            self.tr("Correct the readout's title and date (Ctrl+Shift+T)"),
        )
        self.line_title_action = self._action(
            self.tr("Use Line as T&itle"),
            self.title_fixes.use_line_as_title,
            tip=self.tr("Make the selection, or the line under the cursor, the title"),
        )
        self.line_date_action = self._action(
            self.tr("Use Line as D&ate"),
            self.title_fixes.use_line_as_date,
            tip=self.tr("Make the selection, or the line under the cursor, the date"),
        )
        self.remove_line_action = self._action(
            self.tr("Remove &Line"),
            self.title_fixes.remove_line,
            "Ctrl+Shift+Delete",
            self.tr("Remove the line under the cursor (Restore Removed Line puts it back)"),
        )
        self.line_actions = [self.line_title_action, self.line_date_action, self.remove_line_action]

    # -- a readout from the clipboard or dropped text (gui/paste.py) ----------------------
    def _make_paste_actions(self) -> None:
        self.paste_readout = PasteReadout(self)
        self.paste_readout_action = self._action(
            self.tr("&Paste as New Readout"),
            self.paste_readout.paste,
            "Ctrl+Shift+V",
            self.tr("Open the clipboard's web page or text as a new readout (Ctrl+Shift+V)"),
        )


COUNTS_DELAY_MS = 60
"""The status bar's counts come this long after a document is shown: on a 50 MB readout they
need the node lookups (20-50 ms), which would otherwise run in one go with the first paint."""


def _read_off_thread(path: Path) -> Project:
    """On a worker: the project read or imported from ``path`` (even its size is asked here:
    on a network drive that can take a while)."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # open_path says what is wrong with the file
    return build_long_lived(lambda: open_path(path), size)


def _openable(path: Path) -> bool:
    from briefing_app.importers import READOUT_SUFFIXES  # loaded when first needed

    return path.suffix.lower() in (*READOUT_SUFFIXES, PROJECT_SUFFIX)


def initial_document(context: AppContext) -> ProjectDocument:
    """The document a new window starts on: the built-in sample (a file is opened after)."""
    return ProjectDocument(sample_project(), settings=context.settings)
