"""The main window's menu bar and toolbar (layout only: the actions live on the window)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QToolBar

from briefing_app.gui.style import style_part

if TYPE_CHECKING:
    from briefing_app.gui.main_window import MainWindow


def menu_titles() -> list[str]:
    """The menu bar's menus, in order (translated)."""
    return [
        QCoreApplication.translate("MainWindow", "&File"),
        QCoreApplication.translate("MainWindow", "&Edit"),
        QCoreApplication.translate("MainWindow", "&View"),
        QCoreApplication.translate("MainWindow", "&Annotate"),
        QCoreApplication.translate("MainWindow", "&Structure"),
        QCoreApplication.translate("MainWindow", "&Help"),
    ]


def build_menus(window: MainWindow) -> None:
    """The menu bar, grouped the way the user works: file, edit, view, annotate, structure."""
    bar = window.menuBar()
    titles = iter(menu_titles())
    file_menu = bar.addMenu(next(titles))
    file_menu.addAction(window.open_action)
    window.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), window)
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file_menu.addMenu(window.recent_menu)
    file_menu.addAction(window.open_example_action)
    file_menu.addAction(window.open_sample_action)
    file_menu.addSeparator()
    file_menu.addAction(window.save_action)
    file_menu.addAction(window.save_as_action)
    file_menu.addSeparator()
    file_menu.addAction(window.export_action)
    file_menu.addAction(window.import_template_action)
    file_menu.addSeparator()
    for action in window.revision_actions.actions:  # a readout that comes back
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = bar.addMenu(next(titles))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.paste_readout_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.find_action)
    edit_menu.addAction(window.author_action)
    edit_menu.addAction(window.backups_action)
    view_menu = bar.addMenu(next(titles))
    view_menu.addAction(window.section_mode_action)
    view_menu.addAction(window.whole_mode_action)
    view_menu.addSeparator()
    view_menu.addAction(window.overview_action)
    view_menu.addAction(window.previous_action)
    view_menu.addAction(window.next_action)
    view_menu.addSeparator()
    view_menu.addAction(window.unreviewed_action)
    view_menu.addAction(window.author_colour_action)
    annotate_menu = bar.addMenu(next(titles))
    annotate_menu.addAction(window.annotate_action)
    annotate_menu.addAction(window.delete_annotation_action)
    annotate_menu.addSeparator()
    annotate_menu.addAction(window.reviewed_action)
    annotate_menu.addAction(window.item_reviewed_action)
    annotate_menu.addAction(window.section_note_action)
    annotate_menu.addAction(window.tags_action)
    structure_menu = bar.addMenu(next(titles))
    for action in (
        window.split_action,
        window.merge_action,
        window.promote_action,
        window.demote_action,
    ):
        structure_menu.addAction(action)
    structure_menu.addSeparator()
    structure_menu.addAction(window.relabel_action)
    structure_menu.addAction(window.restore_action)
    structure_menu.addSeparator()
    structure_menu.addAction(window.title_date_action)
    for action in window.line_actions:
        structure_menu.addAction(action)
    help_menu = bar.addMenu(next(titles))
    help_menu.addAction(window.guide_action)
    help_menu.addAction(window.shortcuts_action)
    help_menu.addSeparator()
    help_menu.addAction(window.log_folder_action)
    help_menu.addAction(window.about_action)


def build_toolbar(window: MainWindow) -> None:
    """The toolbar: files, section navigation, view mode, annotating, undo."""
    from PySide6.QtCore import Qt  # not at import: the start window uses this module without it

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"), window)
    style_part(toolbar, "mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.setMovable(False)
    window.addToolBar(toolbar)
    window.open_action.setIconText(QCoreApplication.translate("MainWindow", "Open"))
    window.save_action.setIconText(QCoreApplication.translate("MainWindow", "Save"))
    window.section_mode_action.setIconText(
        QCoreApplication.translate("MainWindow", "Section by Section")
    )
    window.whole_mode_action.setIconText(QCoreApplication.translate("MainWindow", "Whole Readout"))
    toolbar.addAction(window.open_action)
    toolbar.addAction(window.save_action)
    window.export_action.setIconText(QCoreApplication.translate("MainWindow", "Export"))
    toolbar.addAction(window.export_action)
    toolbar.addSeparator()
    window.previous_action.setIconText(QCoreApplication.translate("MainWindow", "◀ Previous"))
    window.next_action.setIconText(QCoreApplication.translate("MainWindow", "Next ▶"))
    toolbar.addAction(window.previous_action)
    toolbar.addAction(window.next_action)
    toolbar.addSeparator()
    toolbar.addAction(window.section_mode_action)
    toolbar.addAction(window.whole_mode_action)
    toolbar.addSeparator()
    window.annotate_action.setIconText(QCoreApplication.translate("MainWindow", "Annotate"))
    window.reviewed_action.setIconText(QCoreApplication.translate("MainWindow", "Reviewed ✓"))
    toolbar.addAction(window.annotate_action)
    toolbar.addAction(window.reviewed_action)
    toolbar.addSeparator()
    toolbar.addAction(window.undo_action)
    toolbar.addAction(window.redo_action)
