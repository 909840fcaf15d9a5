"""Getting work back: recovery files after a crash, and backups when a project is damaged.

Both offer choices through the window's interaction and never delete or change anything the
user did not choose to.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.core.autosave import list_backups
from briefing_app.core.errors import BriefingError
from briefing_app.core.project_io import PROJECT_SUFFIX, load_project
from briefing_app.core.recovery import (
    compare_recovery,
    discard_recovery,
    find_recoveries,
    load_recovery,
    read_recovery_info,
    recovery_path_for,
)

if TYPE_CHECKING:
    from briefing_app.gui.main_window import MainWindow

RECOVERY_CHOICES = ["Recover it", "Compare it with the saved file", "Discard it", "Decide later"]


def offer_recovery(window: MainWindow) -> None:
    """Offer every recovery file found for recent projects and unsaved ones."""
    interaction = window.context.interaction
    known = [p for p in window.context.recent_files() if p.suffix.lower() == PROJECT_SUFFIX]
    for info in find_recoveries(known):
        while True:
            choice = interaction.ask_item(
                "Recover unsaved work?",
                "Unsaved work was found from a session that did not close properly:\n"
                f"{info.describe()}",
                RECOVERY_CHOICES,
            )
            if choice == 1:
                interaction.information("Compare", compare_recovery(info))
                continue
            if choice == 0:
                try:
                    project = load_recovery(info.path)
                except BriefingError as exc:
                    interaction.error("Cannot recover", str(exc))
                    break
                window.adopt_recovered(
                    project, info.target, "Recovered: save the project to keep it"
                )
            elif choice == 2:
                discard_recovery(info.path)
            break


def offer_rescue(window: MainWindow, path: Path, problem: str) -> bool:
    """A damaged project: offer its recovery file or a backup instead (the file is untouched).

    Returns False when there is nothing to offer (the caller reports the problem).
    """
    options: list[tuple[str, Path, bool]] = []
    recovery = read_recovery_info(recovery_path_for(path, ""))
    if recovery is not None:
        options.append((f"The autosaved copy ({recovery.describe()})", recovery.path, True))
    for backup in list_backups(path)[:5]:
        options.append((f"Backup {backup.name}", backup, False))
    if not options:
        return False
    interaction = window.context.interaction
    choice = interaction.ask_item(
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
        interaction.error("Cannot open", str(exc))
        return True
    window.adopt_recovered(project, path, f"Opened a copy: saving will replace {path.name}")
    return True
