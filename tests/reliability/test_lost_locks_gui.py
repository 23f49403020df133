"""The lost-lock case through the real GUI (issue 13): Ctrl+E, the export dialog browsing the
database folder, Esc; then our own CLI opens and closes the database; then a target changes
and the app is killed with SIGKILL. The change the status bar showed as saved must be on disk.

What broke it: Qt's widget file dialog opened the database file to sniff its type, which drops
every POSIX lock the app's process holds on it; the CLI, seeing no other user, then deleted the
WAL the app was still writing into. The dialogs no longer open the files they list
(desktop/file_dialogs.py) and the store guards its locks itself (docs/security.md)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from reliability_helpers import ROOT, AppProcess, Shown, stored_state

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks; SIGKILL")


def wait_for_saved(app: AppProcess, target: str, timeout: float = 60) -> tuple[str, Shown]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in list(app.lines):
            if line.startswith("saved "):
                question_id, shown = Shown.parse(line)
                if shown.target == target:
                    return question_id, shown
        assert app.process.poll() is None, f"the app ended:\n{app.stderr}"
        time.sleep(0.02)
    app.kill()
    raise AssertionError(f"no saved target {target} in {timeout} s:\n" + "\n".join(app.lines))


def test_a_change_after_browsing_the_database_folder_survives_a_kill(tmp_path):
    db_path = tmp_path / "maturity.db"
    go = tmp_path / "go"
    app = AppProcess(db_path, tmp_path, seed=11, MATURITY_AUTOPILOT_BROWSE=str(go))
    try:
        app.wait_for("browsed")
        cli = subprocess.run(
            [sys.executable, "-m", "assessments", "--db", str(db_path), "assessments", "list"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "MATURITY_LANG": "tr"},
        )
        assert cli.returncode == 0, cli.stderr
        assert "Otopilot" in cli.stdout  # it did open the database the app is writing
        go.touch()
        question_id, shown = wait_for_saved(app, "4")
    finally:
        app.kill()  # SIGKILL: no close path, no checkpoint

    assert [line.split()[0] for line in app.lines].count("dialog") == 0
    with stored_state(db_path) as stored:
        assert stored.answers[question_id] == shown
        assert stored.answers[question_id].current == "3"
