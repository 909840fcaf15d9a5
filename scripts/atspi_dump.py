"""What a screen reader sees: walk the app's AT-SPI tree from outside, as Orca or Accerciser do.

Runs the app under a private X server (Xvfb) and a private D-Bus session, with Qt's AT-SPI
bridge switched on (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``), then reads the accessible tree
over D-Bus with pyatspi and reports every focusable control without a name or without a
role, and whether the reader's text is exposed as text (what a screen reader reads aloud).
Optionally it opens dialogs through the menus' AT-SPI actions (as a screen-reader user
would, by "clicking" the menu item) and walks them too.

Needs the system's Python with pyatspi and the tools (Debian):
``apt-get install at-spi2-core python3-pyatspi dbus-x11 xvfb``. Usage, from the clone::

    /usr/bin/python3 scripts/atspi_dump.py [--language ja] [--dialogs] [--out dump.txt]

Exit status: 0 when nothing is missing, 1 when a control lacks a name or role (listed at the
end), 2 when AT-SPI or the app could not be started. The app runs with a throw-away home
folder, so it opens the built-in sample and touches none of your settings.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
INNER = "BRIEFING_ATSPI_INNER"
APP_NAME = "briefing-app"
MAX_CHILDREN = 40
"""Rows of a list, table or tree walked (the rest are counted, not walked: all alike)."""
NAMED_BY_CONTENT = {"table cell", "list item", "tree item", "menu item", "page tab"}
"""Roles whose name is their own text: empty only when the cell or item really is empty."""
ROLELESS = {"unknown", "invalid", "redundant object"}


@dataclass
class Report:
    """What the walk found."""

    lines: list[str] = field(default_factory=list)
    nodes: int = 0
    focusable: int = 0
    unnamed: list[str] = field(default_factory=list)
    roleless: list[str] = field(default_factory=list)
    texts: list[tuple[str, int, str]] = field(default_factory=list)
    """(path, character count, start) of every object with the Text interface and text."""
    seen: set[str] = field(default_factory=set)
    """Paths already reported (a second walk after switching tabs adds only what is new)."""


def _states(accessible: object) -> set[str]:
    import pyatspi

    state_set = accessible.getState()  # type: ignore[attr-defined]
    return {
        pyatspi.stateToString(state)  # type: ignore[attr-defined]
        for state in state_set.getStates()
    }


def _text_of(accessible: object) -> tuple[int, str] | None:
    try:
        text = accessible.queryText()  # type: ignore[attr-defined]
    except NotImplementedError:
        return None
    count = text.characterCount
    return count, text.getText(0, min(count, 80)).replace("\n", "⏎")


def walk(
    accessible: object, report: Report, path: str = "", depth: int = 0, index: int = 0
) -> None:
    """Add ``accessible`` and its descendants (showing ones only) to ``report``."""
    import pyatspi

    role = accessible.getRoleName()  # type: ignore[attr-defined]
    name = accessible.name or ""  # type: ignore[attr-defined]
    states = _states(accessible)
    if depth and "showing" not in states:
        return
    report.nodes += 1
    here = f"{path}/{role}" + (f"[{name[:30]}]" if name else "") + (f"#{index}" if index else "")
    if here in report.seen:
        _walk_children(accessible, role, report, here, depth, new=False)
        return
    report.seen.add(here)
    flags = " ".join(sorted(states & {"focusable", "focused", "editable", "read-only"}))
    description = accessible.description or ""  # type: ignore[attr-defined]
    line = f"{'  ' * depth}{role} {json.dumps(name, ensure_ascii=False)}"
    if description:
        line += f" — {json.dumps(description[:60], ensure_ascii=False)}"
    if flags:
        line += f"  ({flags})"
    labels = [
        relation.getTarget(0).name or "?"
        for relation in accessible.getRelationSet()  # type: ignore[attr-defined]
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets()
    ]
    if labels:
        line += f"  labelled-by {json.dumps(labels[0], ensure_ascii=False)}"
    text = _text_of(accessible)
    if text is not None and text[0]:
        line += f"  text[{text[0]}]: {text[1][:50]!r}"
        report.texts.append((here, text[0], text[1]))
    report.lines.append(line)
    if "focusable" in states:
        report.focusable += 1
        if role in ROLELESS:
            report.roleless.append(here)
        if not name.strip() and not labels and role not in NAMED_BY_CONTENT:
            report.unnamed.append(here)
    _walk_children(accessible, role, report, here, depth)


def _walk_children(
    accessible: object, role: str, report: Report, here: str, depth: int, *, new: bool = True
) -> None:
    count = accessible.childCount  # type: ignore[attr-defined]
    many = role in ("table", "tree table", "list", "tree", "list box") and count > MAX_CHILDREN
    for index in range(min(count, MAX_CHILDREN) if many else count):
        child = accessible.getChildAtIndex(index)  # type: ignore[attr-defined]
        if child is not None:
            walk(child, report, here, depth + 1, index)
    if many and new:
        report.lines.append(f"{'  ' * (depth + 1)}… {count - MAX_CHILDREN} more rows")


def _find_app(timeout: float) -> object | None:
    import pyatspi

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == APP_NAME and app.childCount:
                frame = app.getChildAtIndex(0)
                if frame is not None and frame.childCount:
                    return app
        time.sleep(0.5)
    return None


def _plain(name: str) -> str:
    """A menu name without its accelerator: "ファイル(&F)" and "&File" as "ファイル", "File"."""
    return re.sub(r"\(&?\w\)", "", name).replace("&", "").strip()


def _find(accessible: object, role: str, name: str) -> object | None:
    """The first descendant with ``role`` and ``name`` (breadth first, showing or not)."""
    queue = [accessible]
    while queue:
        node = queue.pop(0)
        if node.getRoleName() == role and _plain(node.name or "") == name:  # type: ignore[attr-defined]
            return node
        queue += [
            node.getChildAtIndex(i)  # type: ignore[attr-defined]
            for i in range(min(node.childCount, 200))  # type: ignore[attr-defined]
        ]
    return None


def _press(accessible: object) -> None:
    action = accessible.queryAction()  # type: ignore[attr-defined]
    for index in range(action.nActions):
        if action.getName(index) in ("press", "click", "Press", "showMenu", "toggle"):
            action.doAction(index)
            return
    action.doAction(0)


def _open_dialog(app: object, menu: str, item: str) -> object | None:
    """Open ``menu`` › ``item`` through AT-SPI actions; returns the dialog that appears."""
    import pyatspi

    frame = app.getChildAtIndex(0)  # type: ignore[attr-defined]
    bar = _find(frame, "menu bar", "")
    if bar is None:
        return None
    top = next(
        (
            bar.getChildAtIndex(i)
            for i in range(bar.childCount)
            if _plain(bar.getChildAtIndex(i).name or "") == menu
        ),
        None,
    )
    if top is None:
        return None
    _press(top)
    time.sleep(0.8)
    entry = _find(top, "menu item", item)
    if entry is None:
        return None
    _press(entry)
    for _ in range(20):
        time.sleep(0.5)
        for index in range(app.childCount):  # type: ignore[attr-defined]
            window = app.getChildAtIndex(index)  # type: ignore[attr-defined]
            if (
                window is not None
                and window.getRoleName() == "dialog"
                and window.getState().contains(pyatspi.STATE_SHOWING)
            ):
                return window
    return None


def _page_tabs(app: object) -> list[object]:
    """The tabs not chosen yet, each a page of controls hidden from the first walk."""
    import pyatspi

    found = []
    queue = [app]
    while queue:
        node = queue.pop(0)
        role = node.getRoleName()  # type: ignore[attr-defined]
        if role == "page tab" and not node.getState().contains(pyatspi.STATE_SELECTED):  # type: ignore[attr-defined]
            found.append(node)
        if role in ("table", "tree", "tree table", "list"):
            continue
        queue += [node.getChildAtIndex(i) for i in range(node.childCount)]  # type: ignore[attr-defined]
    return found


def _close(dialog: object) -> None:
    """Press the dialog's Cancel or Close button, and wait until it has gone."""
    import pyatspi

    for name in ("Cancel", "Close", "キャンセル", "閉じる"):
        button = _find(dialog, "push button", name)
        if button is not None:
            _press(button)
            break
    for _ in range(20):
        time.sleep(0.3)
        try:
            if not dialog.getState().contains(pyatspi.STATE_SHOWING):  # type: ignore[attr-defined]
                return
        except Exception:  # the dialog's object is gone from the bus: closed
            return


def summarise(report: Report, reader_text: str) -> list[str]:
    """The end of the dump: counts, what is missing, and whether the reader is text."""
    reader = [t for t in report.texts if reader_text in t[2]]
    return [
        "",
        f"objects walked: {report.nodes}; focusable: {report.focusable}",
        f"focusable without a name: {len(report.unnamed)}",
        *(f"  {path}" for path in report.unnamed),
        f"focusable without a role: {len(report.roleless)}",
        *(f"  {path}" for path in report.roleless),
        f"the reader's text exposed as text: {'yes' if reader else 'NO'}",
        *(f"  {path}: {count} characters" for path, count, _ in reader),
    ]


def inner(args: argparse.Namespace) -> int:
    """Inside the private D-Bus session: start X, the a11y bus, the app; walk; stop them."""
    import pyatspi

    display = args.display
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    home = Path(tempfile.mkdtemp(prefix="atspi-home-"))
    app = None
    try:
        time.sleep(1.0)
        pyatspi.Registry.getDesktop(0)  # starts the accessibility bus before the app looks
        config = home / ".config" / APP_NAME
        config.mkdir(parents=True)
        settings = {"language": args.language, "author": "Screen Reader Test"}
        (config / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
        env = dict(os.environ)
        env.update(
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_STATE_HOME=str(home / ".local" / "state"),
            XDG_CACHE_HOME=str(home / ".cache"),
        )
        app = subprocess.Popen(
            [args.app_python, "-m", "briefing_app"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        accessible_app = _find_app(args.timeout)
        if accessible_app is None:
            print("The app did not appear on the AT-SPI bus", file=sys.stderr)
            return 2
        time.sleep(2.0)  # the first section is laid out and shown
        report = Report()
        report.lines.append(f"# AT-SPI tree of {APP_NAME} (language {args.language})")
        walk(accessible_app, report)
        for tab in reversed(_page_tabs(accessible_app)):  # inner tabs first, while shown
            _press(tab)
            time.sleep(1.0)
            report.lines.append("")
            report.lines.append(f"# after choosing the tab {tab.name!r} (new objects only)")
            walk(accessible_app, report)
        if args.dialogs:
            for menu, item in _dialog_items(args.language):
                dialog = _open_dialog(accessible_app, menu, item)
                report.lines.append("")
                if dialog is None:
                    report.lines.append(f"# {menu} › {item}: no dialog appeared")
                    continue
                report.lines.append(f"# dialog opened by {menu} › {item}")
                walk(dialog, report, f"/{menu}›{item}")
                _close(dialog)
        report.lines += summarise(report, args.reader_text)
        output = "\n".join(report.lines) + "\n"
        if args.out:
            Path(args.out).write_text(output, encoding="utf-8")
        print(output if not args.out else "\n".join(summarise(report, args.reader_text)))
        return 1 if report.unnamed or report.roleless else 0
    finally:
        if app is not None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        xvfb.terminate()
        xvfb.wait(10)
        shutil.rmtree(home, ignore_errors=True)


def _dialog_items(language: str) -> list[tuple[str, str]]:
    if language == "ja":
        return [("ファイル", "説明資料を書き出す…"), ("構成", "表題と日付を編集…")]
    return [("File", "Export Briefing Note…"), ("Structure", "Edit Title and Date…")]


def main(argv: list[str] | None = None) -> int:
    """Parse the options; run :func:`inner` under a private D-Bus session."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "ja"), default="en")
    parser.add_argument("--dialogs", action="store_true", help="also open and walk dialogs")
    parser.add_argument("--out", help="write the whole tree here (the summary is printed)")
    parser.add_argument("--display", default=":98")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument(
        "--app-python", default=str(ROOT / ".venv" / "bin" / "python"), help="the app's Python"
    )
    parser.add_argument(
        "--reader-text",
        default="Foreign Minister",
        help="a phrase of the sample's first page the reader must expose as text",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if os.environ.get(INNER):
        return inner(args)
    for tool in ("dbus-run-session", "Xvfb"):
        if shutil.which(tool) is None:
            print(f"{tool} not found: apt-get install dbus-x11 xvfb at-spi2-core", file=sys.stderr)
            return 2
    env = dict(os.environ, **{INNER: "1"})
    command = ["dbus-run-session", "--", sys.executable, __file__, *(argv or sys.argv[1:])]
    return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
