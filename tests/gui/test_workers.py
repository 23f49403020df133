"""The background-work helper: progress, results, errors and cancel arrive on the UI thread;
a task with a database opens its own connection in its own thread."""

from __future__ import annotations

import threading

import pytest

from assessments.messages import MaturityError
from desktop import workers

pytestmark = pytest.mark.gui


def test_result_and_progress_arrive_on_the_ui_thread(qtbot):
    ui_thread = threading.get_ident()
    progress = []

    def count(state):
        for step in range(1, 4):
            state.progress(step, 3, f"adım {step}")
        return threading.get_ident()

    task = workers.Task(count)
    task.progress.connect(
        lambda done, total, message: progress.append((done, total, message, threading.get_ident()))
    )
    with qtbot.waitSignal(task.succeeded) as result:
        task.start()
    assert result.args[0] != ui_thread  # the work ran elsewhere
    assert [p[:3] for p in progress] == [(1, 3, "adım 1"), (2, 3, "adım 2"), (3, 3, "adım 3")]
    assert {p[3] for p in progress} == {ui_thread}
    qtbot.waitUntil(lambda: task.done)


def test_a_task_with_a_database_gets_its_own_store(qtbot, answered, db_path):
    def read(state, store):
        return threading.get_ident(), [info.unit for info in store.assessments()]

    task = workers.Task(read, db_path=db_path)
    with qtbot.waitSignal(task.succeeded) as result:
        task.start()
    thread, units = result.args[0]
    assert thread != threading.get_ident()
    assert units == [answered.unit]


def test_expected_failure_is_passed_on(qtbot):
    def fail(state):
        raise MaturityError("s.round_empty")

    task = workers.Task(fail)
    with qtbot.waitSignal(task.failed) as result:
        task.start()
    assert isinstance(result.args[0], MaturityError)
    assert result.args[0].message("tr") == "Dönem boş olamaz."


def test_cancel_stops_the_work(qtbot):
    started = threading.Event()
    release = threading.Event()
    steps = []

    def long_work(state):
        started.set()
        release.wait(5)
        for step in range(1000):
            state.check()
            steps.append(step)
        return "finished"

    task = workers.Task(long_work)
    outcomes = []
    task.succeeded.connect(lambda _r: outcomes.append("succeeded"))
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    task.start()
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: task.done)
    assert outcomes == ["cancelled"] and steps == []


def test_run_with_progress_shows_errors_in_the_users_language(qtbot, dialogs):
    from desktop.qt import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)

    def fail(state):
        state.progress(1, 2, "")
        raise MaturityError("s.unit_name_empty")

    task = workers.run_with_progress(parent, "Deneme", fail)
    qtbot.waitUntil(lambda: task.done)
    assert dialogs.texts("warning") == ["Birim adı boş olamaz."]
