"""The main window: menus, toolbar, status bar, and opening and saving projects."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar

from briefing_app.core import locking
from briefing_app.core.atomic import atomic_write_bytes
from briefing_app.core.autosave import list_backups
from briefing_app.core.errors import BriefingError, TemplateError
from briefing_app.core.opening import open_path, sample_project
from briefing_app.core.project import Project
from briefing_app.core.project_io import PROJECT_SUFFIX, load_project, parse_project
from briefing_app.core.recovery import (
    RecoveryInfo,
    compare_recovery,
    discard_recovery,
    find_recoveries,
    load_recovery,
    read_recovery_info,
    recovery_path_for,
)
from briefing_app.core.resources import EXAMPLE_PROJECT, resource_bytes
from briefing_app.gui.autosaver import Autosaver
from briefing_app.gui.commands import SetTaxonomy
from briefing_app.gui.context import AppContext
from briefing_app.gui.document import ProjectDocument
from briefing_app.gui.interaction import SaveChoice
from briefing_app.gui.workspace import ViewMode, Workspace
from briefing_app.importers import READOUT_SUFFIXES

OPEN_FILTER = (
    "Readouts and projects (*.briefing *.txt *.md *.markdown *.html *.htm *.docx);;"
    "Projects (*.briefing);;Readouts (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"
)
SAVE_FILTER = "Briefing projects (*.briefing)"
APP_TITLE = "Briefing"

if TYPE_CHECKING:
    from briefing_app.gui.export_dialog import ExportDialog


class MainWindow(QMainWindow):
    """One window, one open project at a time."""

    def __init__(self, context: AppContext, document: ProjectDocument) -> None:
        super().__init__()
        self.context = context
        self.undo_group = QUndoGroup(self)
        self.autosaver: Autosaver | None = None
        self._locked_path: Path | None = None
        self.workspace: Workspace | None = None
        self.document: ProjectDocument | None = None
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 600)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._status_position = QLabel()
        self._status_counts = QLabel()
        self._status_saved = QLabel()
        for label in (self._status_position, self._status_counts, self._status_saved):
            self.statusBar().addPermanentWidget(label)
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
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.open_action = self._action(
            "&Open…", self.open_dialog, std.Open, "Open a readout or a project"
        )
        self.open_example_action = self._action("Open &Example Project", self.open_example)
        self.open_sample_action = self._action("Open Built-in &Sample Readout", self.open_sample)
        self.save_action = self._action("&Save", self.save, std.Save, "Save the project")
        self.save_as_action = self._action("Save &As…", self.save_as, std.SaveAs)
        self.export_action = self._action(
            "&Export Briefing Note…", self.export, "Ctrl+Shift+E", "Export a Word briefing note"
        )
        self.import_template_action = self._action("&Import Template…", self.import_template)
        self.quit_action = self._action("&Quit", self.close, std.Quit)
        self.undo_action = self.undo_group.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(std.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.find_action = self._action("&Find…", self.find, std.Find, "Find in the readout")
        self.author_action = self._action("Your &Name…", self.ask_author)
        self.next_action = self._action(
            "&Next Section",
            lambda: self._ws().next_section(),
            ["Ctrl+PgDown", "Alt+Right"],
            "Next section (Ctrl+PgDown)",
        )
        self.previous_action = self._action(
            "&Previous Section",
            lambda: self._ws().previous_section(),
            ["Ctrl+PgUp", "Alt+Left"],
            "Previous section (Ctrl+PgUp)",
        )
        self.overview_action = self._action(
            "&Overview", lambda: self._ws().show_overview(), "Ctrl+Home"
        )
        self.section_mode_action = QAction("&Section by Section", self, checkable=True)
        self.whole_mode_action = QAction("&Whole Readout", self, checkable=True)
        self.section_mode_action.setShortcut(QKeySequence("Ctrl+1"))
        self.whole_mode_action.setShortcut(QKeySequence("Ctrl+2"))
        modes = QActionGroup(self)
        for action in (self.section_mode_action, self.whole_mode_action):
            modes.addAction(action)
        self.section_mode_action.setChecked(True)
        self.section_mode_action.triggered.connect(lambda: self._ws().set_mode(ViewMode.SECTION))
        self.whole_mode_action.triggered.connect(lambda: self._ws().set_mode(ViewMode.WHOLE))
        self.unreviewed_action = QAction("Show Only &Unreviewed", self, checkable=True)
        self.unreviewed_action.toggled.connect(lambda on: self._ws().unreviewed_only.setChecked(on))
        self.annotate_action = self._action(
            "&Annotate Selection", self.annotate, "Ctrl+E", "Annotate the selected passage (Ctrl+E)"
        )
        self.delete_annotation_action = self._action(
            "&Delete Annotation", lambda: self._ws().annotation_panel.editor.delete_current()
        )
        self.reviewed_action = self._action(
            "Mark Section &Reviewed",
            lambda: self._ws().toggle_reviewed(),
            "Ctrl+R",
            "Mark the current section reviewed (Ctrl+R)",
        )
        self.section_note_action = self._action(
            "Edit Section &Note", lambda: self._ws().section_note.setFocus(), "Ctrl+Shift+N"
        )
        self.tags_action = self._action("Edit &Tags…", self.edit_tags)
        self.split_action = self._action("&Split Section at Cursor", self.split, "Ctrl+Shift+S")
        self.merge_action = self._action("&Merge with Previous", self.merge, "Ctrl+Shift+M")
        self.promote_action = self._action("&Promote", self.promote, "Ctrl+Shift+Left")
        self.demote_action = self._action("&Demote", self.demote, "Ctrl+Shift+Right")
        self.relabel_action = self._action("Edit Number and &Heading…", self.relabel)
        self.restore_action = self._action("&Restore Removed Line…", self.restore_removed)
        self.about_action = self._action("&About", self.about)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.open_example_action)
        file_menu.addAction(self.open_sample_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_template_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.author_action)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.section_mode_action)
        view_menu.addAction(self.whole_mode_action)
        view_menu.addSeparator()
        view_menu.addAction(self.overview_action)
        view_menu.addAction(self.previous_action)
        view_menu.addAction(self.next_action)
        view_menu.addSeparator()
        view_menu.addAction(self.unreviewed_action)
        annotate_menu = bar.addMenu("&Annotate")
        annotate_menu.addAction(self.annotate_action)
        annotate_menu.addAction(self.delete_annotation_action)
        annotate_menu.addSeparator()
        annotate_menu.addAction(self.reviewed_action)
        annotate_menu.addAction(self.section_note_action)
        annotate_menu.addAction(self.tags_action)
        structure_menu = bar.addMenu("&Structure")
        for action in (
            self.split_action,
            self.merge_action,
            self.promote_action,
            self.demote_action,
        ):
            structure_menu.addAction(action)
        structure_menu.addSeparator()
        structure_menu.addAction(self.relabel_action)
        structure_menu.addAction(self.restore_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.save_action)
        self.export_action.setIconText("Export")
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()
        self.previous_action.setIconText("◀ Previous")
        self.next_action.setIconText("Next ▶")
        toolbar.addAction(self.previous_action)
        toolbar.addAction(self.next_action)
        toolbar.addSeparator()
        toolbar.addAction(self.section_mode_action)
        toolbar.addAction(self.whole_mode_action)
        toolbar.addSeparator()
        self.annotate_action.setIconText("Annotate")
        self.reviewed_action.setIconText("Reviewed ✓")
        toolbar.addAction(self.annotate_action)
        toolbar.addAction(self.reviewed_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)

    # -- the open document ---------------------------------------------------------------
    def _ws(self) -> Workspace:
        assert self.workspace is not None
        return self.workspace

    def new_document(
        self, project: Project, path: Path | None = None, *, read_only: bool = False
    ) -> ProjectDocument:
        """A document for ``project`` with the user's settings (autosave, backups)."""
        return ProjectDocument(project, path, settings=self.context.settings, read_only=read_only)

    def set_document(self, document: ProjectDocument) -> None:
        """Show ``document`` (the previous one is closed without asking: ask first)."""
        old = self.workspace
        self._release_current()
        self.document = document
        self.autosaver = Autosaver(document, document)
        self.autosaver.failed.connect(
            lambda message: self.statusBar().showMessage(f"Autosave failed: {message}", 10000)
        )
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self.workspace = Workspace(document, self)
        self.workspace.reader.set_context_actions([self.annotate_action, self.split_action])
        self.setCentralWidget(self.workspace)
        if old is not None:
            self.undo_group.removeStack(old.document.undo_stack)
            old.deleteLater()
        splitter_state = self.context.qsettings.value("splitter")
        if isinstance(splitter_state, QByteArray):
            self.workspace.splitter.restoreState(splitter_state)
        document.clean_changed.connect(lambda _clean: self._update_title())
        document.path_changed.connect(self._update_title)
        document.annotations_changed.connect(self._update_status)
        self.workspace.position_changed.connect(self._update_status)
        self.section_mode_action.setChecked(True)
        self.unreviewed_action.setChecked(False)
        self._update_title()
        self._update_status()

    def _update_title(self) -> None:
        document = self.document
        if document is None:
            return
        self.setWindowModified(document.is_modified)
        read_only = " (read-only)" if document.read_only else ""
        self.setWindowTitle(f"{document.display_name}{read_only}[*] — {APP_TITLE}")
        self._update_status()

    def _update_status(self) -> None:
        if self.document is None or self.workspace is None:
            return
        project = self.document.project
        node_ids = self.workspace.node_ids()
        reviewed = len(project.reviewed & node_ids)
        total = len(node_ids)
        self._status_position.setText(self.workspace.position_text())
        self._status_counts.setText(
            f"{len(project.annotations)} annotation(s) · {reviewed}/{total} reviewed"
        )
        if self.document.path is None:
            saved = "Not saved to a file yet"
        else:
            saved = "Unsaved changes" if self.document.is_modified else "All changes saved"
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

    def open_dialog(self) -> None:
        folder = str(self.document.path.parent) if self.document and self.document.path else ""
        path = self.context.interaction.choose_open_path(
            "Open readout or project", folder, OPEN_FILTER
        )
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """Open a readout or project (after asking to save); errors are shown, nothing lost."""
        if not self.maybe_save():
            return False
        try:
            project = open_path(path)
        except BriefingError as exc:
            if path.suffix.lower() == PROJECT_SUFFIX and self._offer_rescue(path, str(exc)):
                return True
            self.context.interaction.error("Cannot open", str(exc))
            return False
        is_project = path.suffix.lower() == PROJECT_SUFFIX
        read_only = False
        if is_project:
            owner = locking.acquire(path)
            if owner is not None:
                choice = self.context.interaction.ask_item(
                    "Project open elsewhere",
                    f"{path.name} is already open by {owner.describe()}.",
                    ["Open it read-only", "Cancel"],
                )
                if choice != 0:
                    return False
                read_only = True
        self.set_document(
            self.new_document(project, path if is_project else None, read_only=read_only)
        )
        self._locked_path = path if is_project and not read_only else None
        self.context.add_recent(path)
        if is_project:
            self.context.set_last_project(path)
        self.statusBar().showMessage(f"Opened {path.name}", 4000)
        return True

    def open_example(self) -> None:
        """Open the bundled example project as an unsaved copy."""
        if not self.maybe_save():
            return
        try:
            project = parse_project(resource_bytes(EXAMPLE_PROJECT), EXAMPLE_PROJECT)
        except BriefingError as exc:
            self.context.interaction.error("Cannot open the example", str(exc))
            return
        project.source_name = "Example project"
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
        known = [p for p in self.context.recent_files() if p.suffix.lower() == PROJECT_SUFFIX]
        for info in find_recoveries(known):
            while True:
                choice = self.context.interaction.ask_item(
                    "Recover unsaved work?",
                    f"Unsaved work was found from a session that did not close properly:\n"
                    f"{info.describe()}",
                    ["Recover it", "Compare it with the saved file", "Discard it", "Decide later"],
                )
                if choice == 1:
                    self.context.interaction.information("Compare", compare_recovery(info))
                    continue
                if choice == 0:
                    self._recover(info)
                elif choice == 2:
                    discard_recovery(info.path)
                break

    def _recover(self, info: RecoveryInfo) -> None:
        try:
            project = load_recovery(info.path)
        except BriefingError as exc:
            self.context.interaction.error("Cannot recover", str(exc))
            return
        document = self.new_document(project, info.target)
        self.set_document(document)
        if info.target is not None:
            self._locked_path = info.target if locking.acquire(info.target) is None else None
        document.undo_stack.resetClean()  # recovered work is unsaved until the user saves it
        self._update_title()
        self.statusBar().showMessage("Recovered: save the project to keep it", 8000)

    def _offer_rescue(self, path: Path, problem: str) -> bool:
        """A damaged project: offer its recovery file or a backup instead (nothing is changed)."""
        options: list[tuple[str, Path, bool]] = []
        recovery = read_recovery_info(recovery_path_for(path, ""))
        if recovery is not None:
            options.append((f"The autosaved copy ({recovery.describe()})", recovery.path, True))
        for backup in list_backups(path)[:5]:
            options.append((f"Backup {backup.name}", backup, False))
        if not options:
            return False
        choice = self.context.interaction.ask_item(
            "Cannot open the project",
            f"{problem}\n\nOpen one of these instead? The damaged file is left as it is.",
            [label for label, _, _ in options] + ["Cancel"],
        )
        if choice is None or choice >= len(options):
            return True
        _, source, is_recovery = options[choice]
        try:
            project = load_recovery(source) if is_recovery else load_project(source)
        except BriefingError as exc:
            self.context.interaction.error("Cannot open", str(exc))
            return True
        document = self.new_document(project, path)
        self.set_document(document)
        document.undo_stack.resetClean()
        self.statusBar().showMessage(f"Opened a copy: saving will replace {path.name}", 8000)
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.context.recent_files() if p.exists()]
        if not recent:
            self.recent_menu.addAction("(none)").setEnabled(False)
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, path=path: self.open_file(path))

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
            self.context.interaction.error("Cannot save", str(exc))
            return False
        self.context.set_last_project(self.document.path)
        self.statusBar().showMessage(f"Saved {self.document.display_name}", 4000)
        return True

    def save_as(self) -> bool:
        if self.document is None or self.workspace is None:
            return False
        self.workspace.flush_edits()
        stem = Path(self.document.project.source_name or "briefing").stem
        suggested = str(
            (self.document.path.parent if self.document.path else Path.home())
            / f"{stem}{PROJECT_SUFFIX}"
        )
        path = self.context.interaction.choose_save_path("Save project as", suggested, SAVE_FILTER)
        if path is None:
            return False
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        try:
            self.document.save(path)
        except BriefingError as exc:
            self.context.interaction.error("Cannot save", str(exc))
            return False
        self.context.add_recent(path)
        self.context.set_last_project(path)
        self.statusBar().showMessage(f"Saved {path.name}", 4000)
        return True

    # -- export --------------------------------------------------------------------------
    def make_export_dialog(self) -> ExportDialog:
        """The export dialog for the open project (shown by ``export``; tests drive it)."""
        # Imported here: python-docx, docxtpl and Jinja are not needed to start the app.
        from briefing_app.gui.export_dialog import ExportDialog

        workspace = self._ws()
        workspace.flush_edits()
        document = workspace.document
        folder = document.path.parent if document.path else Path.home()
        stem = Path(document.path or document.project.source_name or "briefing").stem
        dialog = ExportDialog(
            self.context, document.project, folder / f"{stem}-briefing-note.docx", self
        )
        dialog.select_template("briefing-note")
        dialog.fill_fields_requested.connect(self._fill_fields)
        dialog.exported.connect(lambda path: self.statusBar().showMessage(f"Exported {path}", 6000))
        return dialog

    def export(self) -> None:
        self.make_export_dialog().open()

    def _fill_fields(self, names: list[str]) -> None:
        workspace = self._ws()
        workspace.side_tabs.setCurrentWidget(workspace.note_panel)
        if names:
            key = "from_" if names[0] == "from" else names[0]
            editor = workspace.note_panel.editors.get(key)
            if editor is not None:
                editor.setFocus()

    def import_template(self) -> None:
        """Copy a .docx template into the user's templates folder after checking it."""
        path = self.context.interaction.choose_open_path(
            "Import template", str(Path.home()), "Word templates (*.docx)"
        )
        if path is None:
            return
        from briefing_app.export.templates import read_template_info, user_templates_dir

        try:
            info = read_template_info(path)
            folder = user_templates_dir()
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(folder / path.name, path.read_bytes(), error=TemplateError)
        except (BriefingError, OSError) as exc:
            self.context.interaction.error("Cannot import the template", str(exc))
            return
        self.context.interaction.information(
            "Template imported", f"“{info.name}” is now in your templates ({folder})."
        )

    # -- commands ------------------------------------------------------------------------
    def annotate(self) -> None:
        if self._ws().annotate_selection(self.context.settings.author) is None:
            self.statusBar().showMessage(
                "Select a passage in the reader first, then annotate it.", 5000
            )

    def find(self) -> None:
        workspace = self._ws()
        workspace.side_tabs.setCurrentWidget(workspace.find_panel)
        workspace.find_panel.focus()

    def ask_author(self) -> None:
        name = self.context.interaction.ask_text(
            "Your name", "Author name recorded on your annotations:", self.context.settings.author
        )
        if name is not None and name.strip():
            self.context.settings.author = name.strip()
            self.context.save_settings()

    def edit_tags(self) -> None:
        document = self._ws().document
        text = self.context.interaction.ask_multiline(
            "Edit tags", "One tag per line:", "\n".join(document.project.taxonomy)
        )
        if text is None:
            return
        tags = [line.strip() for line in text.splitlines() if line.strip()]
        if tags and tags != document.project.taxonomy:
            document.undo_stack.push(SetTaxonomy(document, tags))

    def _structure(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except BriefingError as exc:
            self.context.interaction.error("Cannot change the structure", str(exc))

    def split(self) -> None:
        self._structure(self._ws().split_at_cursor)

    def merge(self) -> None:
        self._structure(self._ws().merge_current)

    def promote(self) -> None:
        self._structure(self._ws().promote_current)

    def demote(self) -> None:
        self._structure(self._ws().demote_current)

    def relabel(self) -> None:
        node = self._ws().current_node()
        if node is None:
            self.context.interaction.error("Cannot change the structure", "choose a section first")
            return
        number = self.context.interaction.ask_text(
            "Edit number", "Number as printed:", node.number or ""
        )
        if number is None:
            return
        heading = self.context.interaction.ask_text("Edit heading", "Heading:", node.heading or "")
        if heading is None:
            return
        self._structure(lambda: self._ws().relabel_current(number, heading))

    def restore_removed(self) -> None:
        removed = self._ws().document.readout.removed
        if not removed:
            self.context.interaction.information("Restore removed line", "No lines were removed.")
            return
        labels = [f"{line.text[:70]}  ({line.reason})" for line in removed]
        choice = self.context.interaction.ask_item(
            "Restore removed line", "Line to put back:", labels
        )
        if choice is not None:
            self._structure(lambda: self._ws().restore_line(choice))

    def about(self) -> None:
        from briefing_app import __version__

        self.context.interaction.information(
            "About Briefing",
            f"briefing-app {__version__}\n\nImport a meeting readout, annotate it section by "
            "section, and keep your mark-up in a project file.",
        )

    # -- window events -------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.context.qsettings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.document is not None:
            self.document.session.discard_recovery()  # saved, or the user chose to discard
        self._release_current()
        self.context.qsettings.setValue("geometry", self.saveGeometry())
        if self.workspace is not None:
            self.context.qsettings.setValue("splitter", self.workspace.splitter.saveState())
        self.context.qsettings.sync()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(_openable(Path(url.toLocalFile())) for url in urls[:1]):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            event.acceptProposedAction()
            self.open_file(Path(urls[0].toLocalFile()))


def _openable(path: Path) -> bool:
    return path.suffix.lower() in (*READOUT_SUFFIXES, PROJECT_SUFFIX)


def initial_document(context: AppContext) -> ProjectDocument:
    """The document a new window starts on: the built-in sample (a file is opened after)."""
    return ProjectDocument(sample_project(), settings=context.settings)
