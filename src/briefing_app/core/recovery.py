"""Recovery files: unsaved work written aside, never over the user's own project file.

A project at ``~/notes/meeting.briefing`` is autosaved to ``~/notes/.meeting.briefing.recovery``;
a project never saved goes to the user data folder. Each recovery file says what it recovers,
when, how many annotations it holds and which app session wrote it, so the app can offer it
after a crash. Nothing is deleted until the user chooses: a session only ever replaces or
deletes a recovery file it wrote itself. When the usual file belongs to another session (a
crash not yet dealt with, another app on the same project), a session writes its own
``.meeting.briefing.<session>.recovery`` instead; :func:`recovery_for` finds them all.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import socket
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing_app.core.atomic import atomic_write_bytes, make_private_folder
from briefing_app.core.errors import ProjectError
from briefing_app.core.locking import process_alive
from briefing_app.core.project import Project
from briefing_app.core.project_io import project_from_raw, project_json
from briefing_app.core.settings import data_dir
from briefing_app.core.wording import counted

logger = logging.getLogger(__name__)

RECOVERY_SUFFIX = ".recovery"
RECOVERY_FORMAT = "briefing-app recovery"
_SESSION = re.compile(r"[0-9a-f]{10}")


def recovery_folder() -> Path:
    """Where recovery files of never-saved projects live."""
    return data_dir() / "recovery"


def recovery_path_for(project_path: Path | None, session: str) -> Path:
    """The recovery file for a project file, or for this session's unsaved project."""
    if project_path is not None:
        return project_path.with_name(f".{project_path.name}{RECOVERY_SUFFIX}")
    return recovery_folder() / f"unsaved-{session}.briefing{RECOVERY_SUFFIX}"


def session_recovery_path(project_path: Path, session: str) -> Path:
    """The recovery file a session writes when the project's usual one is another's."""
    return project_path.with_name(f".{project_path.name}.{session}{RECOVERY_SUFFIX}")


def new_session_id() -> str:
    """A fresh id for one app session (10 hex digits)."""
    return uuid.uuid4().hex[:10]


def write_recovery(
    project: Project, recovery: Path, target: Path | None, *, session: str | None = None
) -> None:
    """Write ``project`` to ``recovery`` atomically, noting which project file it belongs to
    and which session wrote it. The file is readable by its owner only."""
    header = recovery_header(project, target, session=session)
    write_recovery_bytes(recovery, recovery_bytes(header, project_json(project)))


def recovery_header(
    project: Project, target: Path | None, *, session: str | None = None
) -> dict[str, object]:
    """What a recovery file says about itself (read back by :func:`read_recovery_info`)."""
    return {
        "format": RECOVERY_FORMAT,
        "session": session,
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "target": str(target) if target else None,
        "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "annotations": len(project.annotations),
        "title": project.readout.title or project.source_name or "",
    }


def recovery_bytes(header: dict[str, object], body: str | Sequence[str]) -> bytes:
    """A recovery file's bytes: ``header`` with the project's JSON text (``body``) inside."""
    return b"".join(recovery_chunks(header, body))


def recovery_chunks(header: dict[str, object], body: str | Sequence[str]) -> Iterator[bytes]:
    """A recovery file's bytes in chunks, one per piece of ``body`` (the project's JSON text,
    whole or in pieces)."""
    yield (json.dumps(header, ensure_ascii=False)[:-1] + ', "project": ').encode()
    for piece in [body] if isinstance(body, str) else body:
        yield piece.encode()
    yield b"}"


def write_recovery_bytes(recovery: Path, data: bytes | Iterable[bytes]) -> None:
    """Write a recovery file's bytes atomically, owner-only (safe on a worker thread)."""
    make_private_folder(recovery.parent)
    atomic_write_bytes(recovery, data, error=ProjectError, private=True)


@dataclass(frozen=True)
class RecoveryInfo:
    """A recovery file found on disk, described without loading the whole project."""

    path: Path
    target: Path | None
    saved_at: dt.datetime
    annotations: int
    title: str
    session: str | None = None
    pid: int | None = None
    host: str | None = None

    def in_use(self) -> bool:
        """Whether another app on this machine that is still running wrote it (its work in
        progress, not work left behind by a crash)."""
        return (
            self.pid is not None
            and self.host == socket.gethostname()
            and self.pid != os.getpid()
            and process_alive(self.pid)
        )

    def describe(self) -> str:
        when = self.saved_at.astimezone().strftime("%d %b %Y %H:%M")
        what = self.target.name if self.target else f"unsaved project “{self.title}”"
        return f"{what}: {counted(self.annotations, 'annotation')}, autosaved {when}"


def read_recovery_info(path: Path) -> RecoveryInfo | None:
    """The header of a recovery file, or None if it is not one (or is damaged)."""
    try:
        raw = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("format") != RECOVERY_FORMAT:
        return None
    try:
        saved = dt.datetime.fromisoformat(str(raw.get("saved_at")))
    except ValueError:
        return None
    target = raw.get("target")
    return RecoveryInfo(
        path=path,
        target=Path(target) if isinstance(target, str) else None,
        saved_at=saved,
        annotations=int(raw.get("annotations") or 0),
        title=str(raw.get("title") or ""),
        session=raw["session"] if isinstance(raw.get("session"), str) else None,
        pid=raw["pid"] if isinstance(raw.get("pid"), int) else None,
        host=raw["host"] if isinstance(raw.get("host"), str) else None,
    )


def recovery_session(path: Path) -> str | None:
    """The session that wrote a recovery file (None: missing, damaged or an older file)."""
    info = read_recovery_info(path)
    return info.session if info is not None else None


def load_recovery(path: Path) -> Project:
    """The project inside a recovery file (the file itself is left as it is)."""
    try:
        raw = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise ProjectError(f"{path.name}: the recovery file cannot be read ({exc})") from None
    if not isinstance(raw, dict) or "project" not in raw:
        raise ProjectError(f"{path.name}: not a recovery file")
    return project_from_raw(raw["project"], path.name)


def _recovery_files_of(project_path: Path) -> list[Path]:
    """The usual recovery file of a project and those written by other sessions."""
    files = [recovery_path_for(project_path, "")]
    prefix = f".{project_path.name}."
    try:
        entries = list(project_path.parent.iterdir())
    except OSError:
        return files
    for entry in sorted(entries):
        name = entry.name
        if name.startswith(prefix) and name.endswith(RECOVERY_SUFFIX):
            middle = name[len(prefix) : -len(RECOVERY_SUFFIX)]
            if _SESSION.fullmatch(middle):
                files.append(entry)
    return files


def recovery_for(project_path: Path) -> list[RecoveryInfo]:
    """Every recovery file of one project (any session), newest first.

    The app calls this when it opens a project, to offer unsaved work found beside it; the
    files are only read.
    """
    return find_recoveries([project_path], include_unsaved=False)


def find_recoveries(
    project_paths: list[Path], *, include_unsaved: bool = True
) -> list[RecoveryInfo]:
    """Recovery files for the given projects (e.g. recent files) and all unsaved ones.

    Files another running app is still writing are left out: they are its work in progress.
    """
    candidates = [c for p in project_paths for c in _recovery_files_of(p)]
    folder = recovery_folder()
    if include_unsaved and folder.is_dir():
        candidates += sorted(folder.glob(f"*{RECOVERY_SUFFIX}"))
    found = []
    seen: set[Path] = set()
    for candidate in candidates:
        if candidate in seen or not candidate.exists():
            continue
        seen.add(candidate)
        info = read_recovery_info(candidate)
        if info is not None and not info.in_use():
            found.append(info)
    return sorted(found, key=lambda info: info.saved_at, reverse=True)


def discard_recovery(path: Path) -> None:
    """Delete a recovery file (only when the user chose to, or after a real save)."""
    logger.info("Deleting recovery file %s", path)
    path.unlink(missing_ok=True)


def compare_recovery(info: RecoveryInfo) -> str:
    """A short account of how a recovery file differs from the project file it belongs to."""
    try:
        recovered = load_recovery(info.path)
    except ProjectError as exc:
        return str(exc)
    if info.target is None or not info.target.exists():
        return f"There is no saved file to compare with. The autosaved copy: {info.describe()}."
    from briefing_app.core.project_io import load_project

    try:
        saved = load_project(info.target)
    except ProjectError as exc:
        return (
            f"The saved file cannot be read ({exc}); the autosaved copy holds "
            f"{counted(info.annotations, 'annotation')}."
        )
    before = {a.id: a for a in saved.annotations}
    after = {a.id: a for a in recovered.annotations}
    added = [a for key, a in after.items() if key not in before]
    removed = [a for key, a in before.items() if key not in after]
    changed = [a for key, a in after.items() if key in before and before[key] != a]
    lines = [
        f"Saved file: {counted(len(before), 'annotation')}; "
        f"autosaved copy: {counted(len(after), 'annotation')}.",
        f"Only in the autosaved copy: {len(added)}; removed there: {len(removed)}; "
        f"changed there: {len(changed)}.",
    ]
    lines += [f"  + “{a.quote[:60]}” {a.comment[:60]}" for a in added[:8]]
    if saved.note != recovered.note:
        lines.append("The briefing-note fields differ.")
    if saved.readout.sections != recovered.readout.sections:
        lines.append("The section structure differs.")
    return "\n".join(lines)
