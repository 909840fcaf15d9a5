"""Qt paints on the GUI thread alone: handing a tall fill to a thread pool and waiting for it
cost more than the fill (1.5 ms of each section switch went on the navigator's scroll bar)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefing_app.gui.launch import SERIAL_PAINTING

PAINT_A_TALL_SCROLL_BAR = textwrap.dedent(
    """
    import os
    from PySide6.QtWidgets import QScrollBar
    from briefing_app.gui.launch import make_application

    app = make_application()
    bar = QScrollBar()
    bar.resize(16, 900)  # its groove: 900 lines, which Qt would share out among threads
    bar.setRange(0, 1000)
    bar.show()
    app.processEvents()
    for value in range(0, 1000, 100):
        bar.setValue(value)
        bar.repaint()
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/comm", encoding="utf-8") as comm:
            print("THREAD", comm.read().strip())
    """
)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="lists threads through /proc")
def test_painting_a_tall_widget_starts_no_painting_threads() -> None:
    env = {k: v for k, v in os.environ.items() if k != SERIAL_PAINTING}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", PAINT_A_TALL_SCROLL_BAR],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    threads = [line[len("THREAD ") :] for line in result.stdout.splitlines()]
    assert threads, result.stdout + result.stderr
    assert "Thread (pooled)" not in threads  # Qt's name for its pool's threads
