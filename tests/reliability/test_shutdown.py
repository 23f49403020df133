"""SIGTERM and the end of the desktop session run the same shutdown as Ctrl+Q: the pending
typed text is committed, the window state saved and the close backup written. The app runs in a
subprocess (run_app.py), the signal comes from outside, as from ``kill`` or a service manager."""

from __future__ import annotations

import signal
import sys

import pytest
from reliability_helpers import ROUND, UNIT, AppProcess, note_hash

from assessments.store import Store
from desktop.qt import QSettings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

PENDING = " kapanırken yazılan not: şehir ağı"


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_a_signal_closes_the_app_as_ctrl_q_does(tmp_path, signal_name):
    db_path = tmp_path / "maturity.db"
    app = AppProcess(db_path, tmp_path, seed=5, MATURITY_AUTOPILOT_PENDING=PENDING)
    _kind, question_id, typed = app.wait_for("typed").split()
    assert typed == note_hash(PENDING)  # typed, not committed: the autosave timer is stopped
    with Store(db_path) as store:
        info = store.find_assessment(UNIT, ROUND)
        assert store.answer(info.uuid, question_id).note == ""  # nothing on disk yet
    assert not (tmp_path / "backups").exists()

    app.process.send_signal(getattr(signal, signal_name))
    assert app.finish() == 0, app.stderr

    with Store(db_path) as store:
        assert store.answer(info.uuid, question_id).note == PENDING
    assert list((tmp_path / "backups").glob("maturity-*.db"))  # the close backup
    saved = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert saved.value("window/geometry") is not None
    assert saved.value("window/state") is not None
