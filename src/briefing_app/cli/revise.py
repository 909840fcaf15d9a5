"""``briefing-app revise PROJECT NEW_READOUT -o OUT.briefing``: carry a project onto a
revised readout and say, in one line, how its annotations came through."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

logger = logging.getLogger(__name__)


def add_revise_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the ``revise`` subcommand."""
    revise = commands.add_parser(
        "revise", help="carry a project's annotations onto a revised readout"
    )
    revise.add_argument("project", metavar="PROJECT", help="a .briefing project")
    revise.add_argument("readout", metavar="NEW_READOUT", help="the revised readout")
    revise.add_argument("-o", "--output", required=True, metavar="OUT.briefing")
    revise.set_defaults(handler=run_revise)


def run_revise(args: argparse.Namespace) -> int:
    """Write the revised project and print the four counts."""
    from briefing_app.cli.interchange import new_project_path
    from briefing_app.core.opening import open_path
    from briefing_app.core.project_io import load_project, save_project
    from briefing_app.core.revision import revise

    output = new_project_path(args.output, args.project, "revised project")
    project = load_project(args.project)
    incoming = open_path(Path(args.readout))
    result, report = revise(
        project,
        incoming.readout,
        source=Path(args.readout).name,
        original_text=incoming.original_text,
    )
    save_project(result, output)
    print(f"{report.summary()}; wrote {output}")
    return 0
