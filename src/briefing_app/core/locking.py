"""Project lock files: a second app opening the same project is told, and may open it read-only.

The lock sits beside the project (``.meeting.briefing.lock``) and names the process holding
it. A lock left by a process that no longer runs on this machine is stale and taken over.
Taking over happens under a short-lived guard file (created exclusively), and the lock is
read again under the guard, so two apps starting together cannot both take it over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
GUARD_SUFFIX = ".takeover"
GUARD_WAIT_SECONDS = 3.0
"""How long to wait for another app that is taking over the same stale lock."""
GUARD_STALE_SECONDS = 30.0
"""A guard older than this was left by an app that died mid-takeover."""


def lock_path_for(project_path: Path) -> Path:
    """The lock file of a project (``.meeting.briefing.lock`` beside it)."""
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

    def is_me(self) -> bool:
        """Whether this process is the holder."""
        return self.pid == os.getpid() and self.host == socket.gethostname()


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


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (POSIX and Windows)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it is just someone else's
    except OSError:
        return True  # cannot tell: assume alive, never steal a lock by mistake
    return True


def _windows_process_alive(pid: int) -> bool:
    """OpenProcess + GetExitCodeProcess (``os.kill(pid, 0)`` would terminate it on Windows)."""
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    error_access_denied = 5
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        # Access denied means it exists (another user's process); anything else: gone.
        return bool(kernel32.GetLastError() == error_access_denied)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def is_stale(owner: LockOwner) -> bool:
    """A lock whose process is gone (only checkable on this machine)."""
    if owner.host != socket.gethostname():
        return False
    if owner.pid == os.getpid():
        return False
    return not process_alive(owner.pid)


def _create(path: Path) -> bool:
    """Create the lock file exclusively with this process as holder; False if it exists."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(_me().__dict__, handle)
    return True


def _take_guard(guard: Path) -> bool:
    """Create the takeover guard exclusively, waiting a little for another app holding it."""
    deadline = time.monotonic() + GUARD_WAIT_SECONDS
    while True:
        try:
            os.close(os.open(guard, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        except FileExistsError:
            with contextlib.suppress(OSError):
                if time.time() - guard.stat().st_mtime > GUARD_STALE_SECONDS:
                    guard.unlink()
                    continue
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
            continue
        return True


def _read_settled(project_path: Path, wait: float = 1.0) -> LockOwner | None:
    """Read the lock, giving an app that has just created it a moment to write its name."""
    deadline = time.monotonic() + wait
    while True:
        owner = read_lock(project_path)
        if owner is not None or time.monotonic() >= deadline:
            return owner
        try:
            age = time.time() - lock_path_for(project_path).stat().st_mtime
        except OSError:
            return None  # gone
        if age > 5:
            return None  # damaged long ago, not being written
        time.sleep(0.05)


def acquire(project_path: Path) -> LockOwner | None:
    """Take the project's lock; returns the other holder when it is held elsewhere (not taken).

    Creation is exclusive (``O_EXCL``); a stale lock is only removed under the takeover guard,
    after reading it again there, so of two apps racing for a stale lock exactly one wins.
    """
    path = lock_path_for(project_path)
    try:
        if _create(path):
            return None
    except FileExistsError:
        pass
    except OSError:
        return None  # a read-only folder: no lock to take, nothing to protect against
    owner = _read_settled(project_path)
    if owner is not None and owner.is_me():
        return None  # this process holds it already
    if owner is not None and not is_stale(owner):
        return owner
    guard = path.with_name(path.name + GUARD_SUFFIX)
    if not _take_guard(guard):
        return read_lock(project_path) or owner
    try:
        # Read again under the guard: another app may have taken it over in the meantime.
        current = _read_settled(project_path)
        if current is not None and current.is_me():
            return None
        if current is not None and not is_stale(current):
            return current
        logger.info("Taking over a stale lock on %s (was %s)", project_path, current or owner)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        try:
            _create(path)
        except FileExistsError:
            return read_lock(project_path)
        except OSError:
            return None
        return None
    finally:
        with contextlib.suppress(OSError):
            guard.unlink()


def release(project_path: Path) -> None:
    """Drop this process's lock on the project (someone else's lock is left alone)."""
    owner = read_lock(project_path)
    if owner is not None and owner.is_me():
        with contextlib.suppress(OSError):
            lock_path_for(project_path).unlink()


def move_lock(old_path: Path | None, new_path: Path) -> LockOwner | None:
    """Save As: take the lock on ``new_path`` and then drop this process's lock on ``old_path``.

    Returns the other holder (and moves nothing) when ``new_path`` is open elsewhere; the
    caller should then refuse to save over it.
    """
    if old_path is not None and old_path == new_path:
        return acquire(new_path)
    owner = acquire(new_path)
    if owner is not None:
        return owner
    if old_path is not None:
        release(old_path)
    return None
