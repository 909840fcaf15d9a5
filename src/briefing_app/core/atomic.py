"""The one way files are written: to a temporary file beside the target, then replaced.

A crash, a full disk or a locked target leaves the existing file exactly as it was and no
partial file behind.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from briefing_app.core.errors import BriefingError

logger = logging.getLogger(__name__)

_REASON_NAMES = {
    "EACCES": "permission denied",
    "EPERM": "permission denied",
    "ENOSPC": "the disk is full",
    "EDQUOT": "the disk quota is exceeded",
    "EROFS": "the disk is read-only",
    "ENOENT": "the folder does not exist",
    "ENOTDIR": "the folder does not exist",
    "EISDIR": "a folder has that name",
    "EBUSY": "the file is locked by another program",
    "ETXTBSY": "the file is locked by another program",
    "ENAMETOOLONG": "the file name is too long",
}
# Looked up by name: not every platform's errno module has every code (EDQUOT, ETXTBSY).
_REASONS = {
    getattr(errno, name): reason for name, reason in _REASON_NAMES.items() if hasattr(errno, name)
}


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_NEW_FILE_MODE = _new_file_mode()


def describe_os_error(exc: OSError) -> str:
    """A short human reason for an OS error ("permission denied", "the disk is full")."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


PRIVATE_FILE_MODE = 0o600
"""Owner-only: for files holding the user's unsaved, possibly classified work."""
PRIVATE_FOLDER_MODE = 0o700


def atomic_write_bytes(
    path: str | Path,
    data: bytes | Iterable[bytes],
    *,
    error: type[BriefingError] = BriefingError,
    private: bool = False,
) -> None:
    """Write ``data`` (bytes, or bytes in chunks) to ``path`` atomically; raise ``error`` with
    a one-line reason on failure.

    Chunks keep a worker thread from holding the interpreter for long: each is made and
    written in turn (a 170 MB recovery file as one ``bytes`` took 3 s to encode in one go).

    ``private`` files (recovery files, backups) are readable by their owner only, whatever
    mode an older file of that name had.
    """
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise error(f"cannot write {target}: a folder has that name")
    if not folder.is_dir():
        raise error(f"cannot write {target}: the folder {folder} does not exist")
    temp_name: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=folder, prefix=f".{target.name}.", suffix=".tmp", delete=False
        ) as handle:
            temp_name = handle.name
            if isinstance(data, bytes):
                handle.write(data)
            else:
                for chunk in data:
                    handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        # Temporary files are private (0600); the result gets the old file's mode, or for a new
        # file the mode an ordinary write would give it, so colleagues can still read it.
        if private:
            mode = PRIVATE_FILE_MODE
        elif target.exists():
            mode = target.stat().st_mode & 0o777
        else:
            mode = _NEW_FILE_MODE
        with contextlib.suppress(OSError):
            Path(temp_name).chmod(mode)
        Path(temp_name).replace(target)
        temp_name = None
        _fsync_folder(folder)
        _remove_stale_temporaries(target)
    except OSError as exc:
        logger.warning("Writing %s failed: %s", target, exc)
        raise error(f"cannot write {target}: {describe_os_error(exc)}") from None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                Path(temp_name).unlink()


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if needed; a folder created here is owner-only.

    An existing folder keeps its mode: it may be shared on purpose. (On Windows the mode is
    ignored; the user's profile folders are private already.)
    """
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        folder.chmod(PRIVATE_FOLDER_MODE)


def atomic_write_text(
    path: str | Path, text: str, *, error: type[BriefingError] = BriefingError
) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically."""
    atomic_write_bytes(path, text.encode("utf-8"), error=error)


def _remove_stale_temporaries(target: Path) -> None:
    """Remove temporary files an earlier, interrupted write of ``target`` left behind."""
    for stale in target.parent.glob(f".{target.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
