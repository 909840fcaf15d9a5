"""Shared fixtures: fixture files, and settings/data directories kept inside tmp_path."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Code that runs while tests are collected (a module-level sample project) must not read the
# settings of whoever runs the tests (their marking rules, say): the user directories point at
# a throw-away folder for the whole session; each test then gets its own (below).
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="briefing-tests-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)
for _key, _folder in (
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_STATE_HOME", ".local/state"),
    ("XDG_CACHE_HOME", ".cache"),
):
    os.environ[_key] = str(_SESSION_HOME / _folder)

# Property tests draw the same examples on every run, so a run's result depends only on the
# code (the guide asks for deterministic tests); ``HYPOTHESIS_PROFILE=explore`` draws anew.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

# Real readouts are never copied into the project: they are read from the shared folder the
# repository is cloned beside (on CI too). The app's built-in sample lives in ``resources/``.
SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLE = SHARED / "seeds" / "000_f7d394efa7be8d6e.txt"
INDIA = SHARED / "readouts" / "06_whitehouse-us-india-joint-statement-2023.txt"
IRELAND = SHARED / "readouts" / "07_whitehouse-us-ireland-joint-statement-2021.txt"
CORPUS = SHARED / "corpus"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every user directory (settings, data, recovery) at a per-test folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    return home
