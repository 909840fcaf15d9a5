"""The name the user's annotations are signed with: offered, never asked in the way.

Until the user gives their name, annotations are signed with the login name and the notice
under the annotation offers Your Name… or Keep (a question at the first Ctrl+E took the
comment typed straight after it as the name). Giving a name signs the annotations made
before it again, as one undo step.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from briefing_app.gui.commands import SignAnnotations

if TYPE_CHECKING:
    from briefing_app.gui.main_window import MainWindow
    from briefing_app.gui.workspace import Workspace

logger = logging.getLogger(__name__)


class AuthorName:
    """The user's name on one main window's annotations (Edit › Your Name and the notice)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._unsigned: list[str] = []
        """The open document's annotations made before the user gave their name."""

    def attach(self, workspace: Workspace) -> None:
        """Follow a newly shown document's notice."""
        self._unsigned = []
        notice = workspace.annotation_panel.editor.name_notice
        notice.name_requested.connect(self.ask)
        notice.name_kept.connect(self.keep)

    def annotated(self, workspace: Workspace, annotation_id: str) -> None:
        """An annotation was made: offer the name while it is not the user's own yet."""
        settings = self._window.context.settings
        if not settings.author_confirmed:
            self._unsigned.append(annotation_id)
            workspace.annotation_panel.editor.name_notice.show_name(settings.author)

    def ask(self) -> None:
        """Ask the name recorded on the user's annotations and Word comments."""
        settings = self._window.context.settings
        name = self._window.context.interaction.ask_text(
            QCoreApplication.translate("MainWindow", "Your name"),
            QCoreApplication.translate(
                "MainWindow", "Your name, recorded on your annotations and in Word comments:"
            ),
            settings.author,
        )
        if name is None:
            return
        self._confirm(name.strip() or settings.author)

    def keep(self) -> None:
        """The name the annotations are signed with is the user's: stop offering to change it."""
        self._confirm(self._window.context.settings.author)

    def _confirm(self, name: str) -> None:
        """Record ``name`` as the user's; annotations made before, signed with the name in
        use then, are signed with it (one undo step)."""
        context = self._window.context
        settings = context.settings
        old, settings.author, settings.author_confirmed = settings.author, name, True
        context.save_settings()
        logger.info("Annotations are signed %r from now on", name)
        document, workspace = self._window.document, self._window.workspace
        if document is not None and workspace is not None:
            workspace.annotation_panel.editor.name_notice.hide()
            existing = {a.id: a.author for a in document.project.annotations}
            unsigned = [i for i in self._unsigned if existing.get(i) == old]
            if unsigned and name != old:
                document.undo_stack.push(SignAnnotations(document, unsigned, name))
        self._unsigned = []
