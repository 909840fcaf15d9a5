"""Getting work back: recovery files after a crash, and backups when a project is damaged.

Both offer choices through the window's interaction and never delete or change anything the
user did not choose to.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.core.autosave import list_backups
from briefing_app.core.errors import BriefingError
from briefing_app.core.project_io import PROJECT_SUFFIX, load_project
from briefing_app.core.recovery import (
    RecoveryInfo,
    compare_recovery,
    discard_recovery,
    find_recoveries,
    load_recovery,
    read_recovery_info,
    recovery_for,
    recovery_path_for,
)
from briefing_app.core.wording import as_sentence

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from briefing_app.gui.main_window import MainWindow

RECOVER = "Recover"
COMPARE = "Compare with Saved File"
DISCARD = "Discard"
DECIDE_LATER = "Decide Later"
OPEN_AUTOSAVED = "Open Autosaved Copy"
OPEN_LATEST_BACKUP = "Open Latest Backup"
CHOOSE_BACKUP = "Choose a Backup…"
CANCEL = "Cancel"


def recovery_choices(info: RecoveryInfo) -> list[str]:
    """The buttons offered for a recovery file: Compare only when there is a saved file."""
    has_saved = info.target is not None and info.target.is_file()
    return [RECOVER, *([COMPARE] if has_saved else []), DISCARD, DECIDE_LATER]


def offer_recovery(window: MainWindow) -> None:
    """Offer every recovery file found for recent projects and unsaved ones, except those
    already offered when their project was opened in this window."""
    known = [p for p in window.context.recent_files() if p.suffix.lower() == PROJECT_SUFFIX]
    for info in find_recoveries(known):
        if info.path not in window.offered_recoveries:
            _offer_one(window, info)


def offer_project_recovery(window: MainWindow, path: Path) -> bool:
    """The project at ``path`` was just opened: offer its recovery files, newest first.

    Recovering one shows it as unsaved work on that project (the others stay for later);
    returns whether one was recovered.
    """
    for info in recovery_for(path):
        window.offered_recoveries.add(info.path)
        if _offer_one(window, info):
            return True
    return False


def _offer_one(window: MainWindow, info: RecoveryInfo) -> bool:
    """Ask about one recovery file (recover, compare, discard, decide later); returns whether
    it was recovered into the window."""
    interaction = window.context.interaction
    while True:
        choices = recovery_choices(info)
        answer = interaction.ask_choice(
            "Recover unsaved work?",
            "Unsaved work was found from a session that did not close properly:\n"
            f"{info.describe()}.\n\n"
            "Nothing is deleted until you choose Discard.",
            choices,
            0,
        )
        choice = DECIDE_LATER if answer is None else choices[answer]
        if choice == COMPARE:
            interaction.information("Compare with the saved file", compare_recovery(info))
            continue
        if choice == RECOVER:
            try:
                project = load_recovery(info.path)
            except BriefingError as exc:
                interaction.error("Cannot recover", as_sentence(str(exc)))
                return False
            window.adopt_recovered(project, info.target, "Recovered: save the project to keep it")
            if window.document is not None:
                window.document.session.adopt_recovery(info.path)
            return True
        if choice == DISCARD:
            discard_recovery(info.path)
        return False


def offer_rescue(window: MainWindow, path: Path, problem: str) -> bool:
    """A damaged project: offer its recovery file or a backup instead (the file is untouched).

    Returns False when there is nothing to offer (the caller reports the problem).
    """
    recovery = read_recovery_info(recovery_path_for(path, ""))
    backups = list_backups(path)
    if recovery is None and not backups:
        return False
    offers: list[str] = []
    choices: list[str] = []
    if recovery is not None:
        offers.append(f"• the autosaved copy ({recovery.describe()})")
        choices.append(OPEN_AUTOSAVED)
    if backups:
        offers.append(f"• the latest backup, {backups[0].name}")
        choices.append(OPEN_LATEST_BACKUP)
    if len(backups) > 1:
        offers.append(f"• an earlier backup ({len(backups)} are kept)")
        choices.append(CHOOSE_BACKUP)
    text = (
        f"{as_sentence(problem)}\n\nThe damaged file is left as it is. You can open a copy "
        "instead:\n" + ";\n".join(offers) + "."
    )
    interaction = window.context.interaction
    answer = interaction.ask_choice("Cannot open the project", text, [*choices, CANCEL], 0)
    choice = CANCEL if answer is None else [*choices, CANCEL][answer]
    source: Path
    if choice == OPEN_AUTOSAVED and recovery is not None:
        source = recovery.path
    elif choice == OPEN_LATEST_BACKUP:
        source = backups[0]
    elif choice == CHOOSE_BACKUP:
        index = interaction.ask_item(
            "Choose a backup", f"Backups of {path.name}, newest first:", [b.name for b in backups]
        )
        if index is None:
            return True
        source = backups[index]
    else:
        return True
    try:
        project = load_recovery(source) if choice == OPEN_AUTOSAVED else load_project(source)
    except BriefingError as exc:
        interaction.error("Cannot open", as_sentence(str(exc)))
        return True
    if not window.maybe_save():  # the open project's changes first
        return True
    window.adopt_recovered(project, path, f"Opened a copy: saving will replace {path.name}")
    return True
