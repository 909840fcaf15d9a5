"""The log file: rotated at its size limit, made only when the first record comes."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.core import logs
from briefing_app.core.logs import close_logging, log_file, setup_logging


def test_records_rotate_into_older_files_at_the_size_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(logs, "MAX_LOG_BYTES", 2_000)
    path = setup_logging()
    assert path == log_file()
    logger = logging.getLogger("briefing_app.test")
    try:
        for number in range(120):
            logger.info("record %03d %s", number, "x" * 60)
    finally:
        close_logging()
    folder = log_file().parent
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [
        "briefing-app.log",
        "briefing-app.log.1",
        "briefing-app.log.2",
        "briefing-app.log.3",
    ]
    newest = log_file().read_text(encoding="utf-8")
    assert "record 119" in newest and newest.count("\n") < 30
    oldest = (folder / "briefing-app.log.3").read_text(encoding="utf-8")
    assert "record 119" not in oldest
    assert all(p.stat().st_size <= 2_000 for p in folder.iterdir())


def test_the_rotating_handler_loads_with_the_first_record(tmp_path: Path) -> None:
    """``logging.handlers`` is slow to import: setting up logging alone does not load it."""
    code = (
        "import logging, sys\n"
        "from briefing_app.core.logs import setup_logging, log_file\n"
        "setup_logging()\n"
        "print('BEFORE', 'logging.handlers' in sys.modules, log_file().exists())\n"
        "logging.getLogger('briefing_app.check').warning('first record')\n"
        "print('AFTER', 'logging.handlers' in sys.modules, log_file().exists())\n"
    )
    env = {"HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state"), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["BEFORE False False", "AFTER True True"]
