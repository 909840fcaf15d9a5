"""The CLI's last line of defence: one line on stderr, the traceback in the log; --debug."""

from __future__ import annotations

import pytest

from briefing_app.cli.main import main
from briefing_app.core.logs import close_logging, log_file
from tests.conftest import SAMPLE


def _boom(*_args: object) -> str:
    raise RuntimeError("boom\nsecond line")


def test_an_unexpected_error_is_one_line_with_the_traceback_in_the_log(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("briefing_app.cli.outline.render_outline", _boom)
    try:
        assert main(["inspect", str(SAMPLE)]) == 1
    finally:
        close_logging()
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("briefing-app: internal error (RuntimeError: boom second line)")
    assert str(log_file()) in err
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "_boom" in logged


@pytest.mark.parametrize("where", ["first", "last"])
def test_debug_flag_anywhere_logs_to_stderr(where: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["inspect", str(SAMPLE)]
    argv = ["--debug", *argv] if where == "first" else [*argv, "--debug"]
    try:
        assert main(argv) == 0
    finally:
        close_logging()
    captured = capsys.readouterr()
    assert "Title:" in captured.out
    assert "DEBUG briefing_app.cli.main: briefing-app inspect" in captured.err


def test_user_errors_stay_one_line_and_are_logged(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        assert main(["inspect", "/no/such/readout.txt"]) == 1
    finally:
        close_logging()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("briefing-app: error: ")
    assert "inspect failed" in log_file().read_text(encoding="utf-8")
