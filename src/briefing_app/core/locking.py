"""Project lock files: a second app opening the same project is told, and may open it read-only.

The lock sits beside the project (``.meeting.briefing.lock``) and names the process holding
it. A lock left by a process that no longer runs on this machine is stale and taken over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

LOCK_SUFFIX = ".lock"


def lock_path_for(project_path: Path) -> Path:
    return project_path.with_name(f".{project_path.name}{LOCK_SUFFIX}")


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock."""

    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}) since {self.since}"


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return LockOwner(
        pid=os.getpid(),
        host=socket.gethostname(),
        user=user,
        since=dt.datetime.now().strftime("%d %b %Y %H:%M"),
    )


def read_lock(project_path: Path) -> LockOwner | None:
    """The current holder of the project's lock, or None (missing or unreadable lock)."""
    try:
        raw = json.loads(lock_path_for(project_path).read_text(encoding="utf-8"))
        return LockOwner(int(raw["pid"]), str(raw["host"]), str(raw["user"]), str(raw["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(owner: LockOwner) -> bool:
    """A lock whose process is gone (only checkable on this machine)."""
    if owner.host != socket.gethostname():
        return False
    if owner.pid == os.getpid():
        return False
    try:
        os.kill(owner.pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def acquire(project_path: Path) -> LockOwner | None:
    """Take the project's lock; returns the other holder when it is held elsewhere (not taken).

    Creation is exclusive (``O_EXCL``), so two apps racing cannot both win.
    """
    path = lock_path_for(project_path)
    for _ in range(2):
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            owner = read_lock(project_path)
            if owner is not None and not is_stale(owner):
                if owner.pid == os.getpid() and owner.host == socket.gethostname():
                    return None  # this process holds it already
                return owner
            with contextlib.suppress(OSError):
                path.unlink()
            continue
        except OSError:
            return None  # a read-only folder: no lock to take, nothing to protect against
        me = _me()
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(me.__dict__, handle)
        return None
    return read_lock(project_path)


def release(project_path: Path) -> None:
    """Drop this process's lock on the project (someone else's lock is left alone)."""
    owner = read_lock(project_path)
    if owner is not None and owner.pid == os.getpid() and owner.host == socket.gethostname():
        with contextlib.suppress(OSError):
            lock_path_for(project_path).unlink()
