"""The one write path: a failure never destroys the existing file nor leaves a partial one."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.core.atomic import atomic_write_bytes
from briefing_app.core.errors import ExportError


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "home")  # home: the test's HOME


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "note.docx"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two" and _files(tmp_path) == ["note.docx"]


def test_writes_chunks_in_order(tmp_path: Path) -> None:
    target = tmp_path / "big.recovery"
    atomic_write_bytes(target, (f"{n},".encode() for n in range(1000)))
    assert target.read_bytes() == b"".join(f"{n},".encode() for n in range(1000))


def test_a_chunk_failing_midway_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "big.recovery"
    target.write_bytes(b"the previous recovery file")

    def chunks() -> Iterator[bytes]:
        yield b"x" * 100_000
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(ExportError, match="the disk is full"):
        atomic_write_bytes(target, chunks(), error=ExportError)
    assert target.read_bytes() == b"the previous recovery file"
    assert _files(tmp_path) == ["big.recovery"]


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EACCES, "permission denied"),
        (errno.EBUSY, "locked by another program"),
        (errno.EROFS, "read-only"),
    ],
)
def test_failures_keep_the_old_file_and_leave_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int, message: str
) -> None:
    target = tmp_path / "note.docx"
    target.write_bytes(b"the previous note")

    def failing_fsync(_descriptor: int) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(ExportError, match=message):
        atomic_write_bytes(target, b"x" * 10_000, error=ExportError)
    assert target.read_bytes() == b"the previous note"
    assert _files(tmp_path) == ["note.docx"]


def test_failure_at_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "note.docx"
    target.write_bytes(b"the previous note")

    def failing_replace(self: Path, _target: Path) -> None:
        raise OSError(errno.EBUSY, "busy")

    monkeypatch.setattr(Path, "replace", failing_replace)
    with pytest.raises(ExportError, match="locked"):
        atomic_write_bytes(target, b"new", error=ExportError)
    assert target.read_bytes() == b"the previous note" and _files(tmp_path) == ["note.docx"]


def test_missing_folder_and_folder_in_the_way(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        atomic_write_bytes(tmp_path / "nope" / "n.docx", b"x", error=ExportError)
    (tmp_path / "taken.docx").mkdir()
    with pytest.raises(ExportError, match="a folder has that name"):
        atomic_write_bytes(tmp_path / "taken.docx", b"x", error=ExportError)


def test_new_files_get_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "note.docx"
    atomic_write_bytes(target, b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    target.chmod(0o640)
    atomic_write_bytes(target, b"y")
    assert target.stat().st_mode & 0o777 == 0o640
