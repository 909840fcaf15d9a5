"""Command-line entry point: ``briefing-app [PATH]`` opens the app; subcommands work headless."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence

from briefing_app.core.errors import BriefingError

PROG = "briefing-app"


def _cmd_inspect(args: argparse.Namespace) -> int:
    from briefing_app.cli.outline import render_outline
    from briefing_app.core.public_json import readout_to_public
    from briefing_app.importers import import_path

    readout = import_path(args.path)
    if args.json:
        json.dump(readout_to_public(readout), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(render_outline(readout))
    return 0


def _cmd_open(args: argparse.Namespace) -> int:
    from briefing_app.gui.launch import run_app

    return run_app(args.path)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Import a meeting readout, annotate it, and export a briefing note.",
        epilog=f"With no command, {PROG} opens the app (on PATH, if given).",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    inspect = commands.add_parser("inspect", help="print the structure of a readout")
    inspect.add_argument("path", metavar="PATH", help="a .txt, .md, .html or .docx readout")
    inspect.add_argument("--json", action="store_true", help="print the documented JSON form")
    inspect.set_defaults(handler=_cmd_inspect)
    open_ = commands.add_parser("open", help="open a readout or project in the app")
    open_.add_argument("path", metavar="PATH", nargs="?", help="a readout or .briefing project")
    open_.set_defaults(handler=_cmd_open)
    return parser


def _known_commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # argparse exposes subcommands no other way
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit code (0 success, 1 error, 2 usage)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list or (
        args_list[0] not in _known_commands(parser) and not args_list[0].startswith("-")
    ):
        args_list = ["open", *args_list]
    args = parser.parse_args(args_list)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except BriefingError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        print(f"{PROG}: internal error ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1
