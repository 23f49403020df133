"""Two processes on one database: the coordinator's CLI (``maturity merge`` / ``maturity import``)
stores units' workbooks while the app, in another process, answers questions on the same file.
Neither may fail with "database is locked" (busy timeout, short transactions); afterwards every
answer the app reported saved and every imported assessment is in the database.

A second app on the same database is refused politely: in-process in tests/gui/test_app.py
(test_second_instance_is_refused), and here against an app really running in another process.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time

import pytest
from reliability_helpers import BLANK, ROOT, AppProcess, stored_state

from assessments.sample_answers import plausible_answers, unit_name
from assessments.store import Store, latest_backup
from desktop.single_instance import DatabaseLock

pytestmark = pytest.mark.gui

ROUND = "2026"
WORKBOOKS = 8
BUSY_WORDS = ("locked", "kilitli", "busy", "meşgul")


@pytest.fixture(scope="session")
def exported_units(tmp_path_factory, questionnaire):
    """Exports of ``WORKBOOKS`` units (plausible answers), written once: their folder, and by
    file name the assessment's uuid and answers."""
    from assessments.exchange.export import export_assessment

    folder = tmp_path_factory.mktemp("exports")
    expected = {}
    with Store(folder / "units.sqlite3") as units:
        for index in range(WORKBOOKS):
            info = units.create_assessment(
                unit_name(index), ROUND, questionnaire, respondent="Ayşe Yılmaz"
            )
            for answer in plausible_answers(questionnaire, random.Random(index)).values():
                units.set_answer(info.uuid, answer)
            path = export_assessment(
                units, questionnaire, info.uuid, folder / f"birim-{index:02d}.xlsx"
            )
            expected[path.name] = (info.uuid, units.answers(info.uuid))
    return folder, expected


@pytest.fixture
def unit_workbooks(tmp_path, exported_units):
    """Fresh copies of the exports in ``tmp_path / "incoming"``, and what each holds."""
    source, expected = exported_units
    folder = tmp_path / "incoming"
    folder.mkdir()
    for path in source.glob("*.xlsx"):
        shutil.copy2(path, folder / path.name)
    return folder, expected


def maturity(*args: str, db_path) -> subprocess.Popen:
    """The CLI in its own process (as ``maturity ...``), Turkish."""
    env = {**os.environ, "MATURITY_DB": str(db_path), "MATURITY_LANG": "tr"}
    return subprocess.Popen(
        [sys.executable, "-m", "assessments", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def finished(process: subprocess.Popen) -> tuple[int, str]:
    out, err = process.communicate(timeout=300)
    return process.returncode, out + err


def cli_runs(folder, tmp_path, how: str) -> tuple[list[list[str]], list[str]]:
    """The CLI runs of one scenario and the names of the files they store: one merge of the
    whole folder (then the consolidated workbook, read back from the database), or one
    ``import`` process per workbook for half of them."""
    files = sorted(folder.glob("*.xlsx"))
    if how == "merge":
        return [["merge", str(folder), "--out", str(tmp_path / "birlesik.xlsx")]], [
            p.name for p in files
        ]
    chosen = files[: len(files) // 2]
    return [["import", str(path)] for path in chosen], [p.name for p in chosen]


@pytest.mark.parametrize("how", ["merge", "import"])
def test_cli_and_app_share_the_database_without_locking_errors(
    tmp_path, unit_workbooks, how, figures
):
    if how == "merge":
        pytest.importorskip("assessments.merge.engine")
    folder, contents = unit_workbooks
    commands, names = cli_runs(folder, tmp_path, how)
    workbooks = dict(contents[name] for name in names)  # uuid -> answers
    db_path = tmp_path / "data" / "shared.sqlite3"
    stop = tmp_path / "stop"
    app = AppProcess(db_path, tmp_path, seed=7, MATURITY_AUTOPILOT_STOP=str(stop))
    app.wait_for("ready")

    saved_before = len(app.of_kind("saved"))
    started = time.monotonic()
    outputs = []
    for command in commands:
        code, output = finished(maturity(*command, db_path=db_path))
        outputs.append(output)
        assert code == 0, output
    cli_seconds = time.monotonic() - started
    saved_during = len(app.of_kind("saved")) - saved_before
    time.sleep(0.3)  # the app goes on answering after the CLI
    stop.touch()
    assert app.finish() == 0, app.stderr

    for output in outputs:
        assert not any(word in output.lower() for word in BUSY_WORDS), output
    assert "Traceback" not in app.stderr and not any(w in app.stderr.lower() for w in BUSY_WORDS), (
        app.stderr
    )
    assert not app.of_kind("failed") and not app.of_kind("dialog"), app.lines
    assert saved_during > 0  # the app did write while the CLI did

    with stored_state(db_path) as stored:
        assert stored.revision == app.last_revision()  # every commit the app reported, no other
        assert stored.answers == {q: s for q, s in app.shown().items() if s != BLANK}
        for uuid, answers in workbooks.items():
            info = stored.store.assessment(uuid)
            assert info.read_only and info.round == ROUND
            assert stored.store.answers(uuid) == answers
        assert stored.store.integrity_ok()
    backup = latest_backup(db_path)  # the app's close backup holds everything
    assert backup is not None and "-close" in backup.name
    with Store(backup) as copy:
        assert len(copy.assessments()) == len(workbooks) + 1
    figures.append(
        f"two processes ({how}): {len(workbooks)} workbooks stored by the CLI in "
        f"{cli_seconds:.1f} s while the app saved {saved_during} changes; 0 locking errors"
    )


def test_a_second_app_on_the_same_database_is_refused_politely(tmp_path, run_app, dialogs):
    db_path = tmp_path / "data" / "shared.sqlite3"
    stop = tmp_path / "stop"
    app = AppProcess(db_path, tmp_path, seed=3, MATURITY_AUTOPILOT_STOP=str(stop))
    try:
        app.wait_for("ready")
        lock = DatabaseLock(db_path)
        assert not lock.acquire()
        assert lock.holder()[0] == app.pid

        code = run_app("--db", str(db_path))

        assert code == 2
        ((kind, _title, text),) = dialogs.shown
        assert kind == "information" and "zaten açık" in text and str(db_path) in text
        assert str(app.pid) in text  # names the process holding the database
    finally:
        stop.touch()
        assert app.finish() == 0, app.stderr
    assert not app.of_kind("failed") and not app.of_kind("dialog")
    assert DatabaseLock(db_path).acquire()  # free once the first app has closed
