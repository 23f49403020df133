"""The real app in a subprocess, driven by the autopilot (autopilot.py), and the checks of what it
reported against the database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from autopilot import ROUND, UNIT, note_hash

from assessments.store import Store

ROOT = Path(__file__).resolve().parents[2]
RUN_APP = Path(__file__).resolve().with_name("run_app.py")
START_TIMEOUT_S = 90  # a cold start on a loaded CI machine; a normal one takes ~1 s


def long_runs() -> bool:
    return os.environ.get("MATURITY_SLOW_TESTS", "") not in ("", "0")


# The long variant of a test: marked slow, and run only when MATURITY_SLOW_TESTS=1 (CI).
slow = [
    pytest.mark.slow,
    pytest.mark.skipif(not long_runs(), reason="long run: set MATURITY_SLOW_TESTS=1 (CI)"),
]


@dataclass(frozen=True)
class Shown:
    """An answer as the autopilot printed it: level, note hash, target ("-" = none)."""

    current: str
    note: str
    target: str

    @classmethod
    def parse(cls, line: str) -> tuple[str, Shown]:
        _kind, question_id, current, note, target, _revision = line.split()
        return question_id, cls(current, note, target)

    @classmethod
    def of(cls, answer) -> Shown:
        def level(value):
            return "-" if value is None else str(value)

        return cls(level(answer.current), note_hash(answer.note), level(answer.target))


BLANK = Shown("-", note_hash(""), "-")


def app_environment(tmp_path: Path, seed: int, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MATURITY_LANG": "tr",
        "MATURITY_SETTINGS": str(tmp_path / "settings.ini"),
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
        "MATURITY_AUTOPILOT": str(seed),
        **extra,
    }


class AppProcess:
    """``run_app.py --db <db>``: the real app with the autopilot; its stdout lines are collected
    by a thread as they arrive (``lines``), stderr as a whole."""

    def __init__(self, db_path: Path, tmp_path: Path, seed: int, **env: str):
        self.started_at = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, str(RUN_APP), "--db", str(db_path)],
            cwd=ROOT,
            env=app_environment(tmp_path, seed, **env),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: list[str] = []
        self.stderr = ""
        self._readers = [
            threading.Thread(target=self._read_stdout, daemon=True),
            threading.Thread(target=self._read_stderr, daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    def _read_stdout(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def _read_stderr(self) -> None:
        self.stderr = self.process.stderr.read()

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_for(self, prefix: str, timeout: float = START_TIMEOUT_S) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if line.startswith(prefix):
                    return line
            if self.process.poll() is not None:
                self.finish()
                raise AssertionError(
                    f"the app ended ({self.process.returncode}) before {prefix!r}:\n{self.stderr}"
                )
            time.sleep(0.02)
        self.kill()
        raise AssertionError(f"no {prefix!r} from the app in {timeout} s:\n{self.stderr}")

    def kill(self) -> None:
        """SIGKILL: no handler, no flush, no close path runs (on Windows: TerminateProcess)."""
        if self.process.poll() is None:
            self.process.send_signal(getattr(signal, "SIGKILL", signal.SIGTERM))
        self.finish()

    def finish(self, timeout: float = 60) -> int:
        """Wait for the end of the process and of its output; the return code. An app that
        does not end in ``timeout`` seconds is killed and the test fails with what it said."""
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            tail = "\n".join(self.lines[-20:])
            raise AssertionError(
                f"the app did not end in {timeout} s; its last lines:\n{tail}\n{self.stderr}"
            ) from None
        for reader in self._readers:
            reader.join(timeout=timeout)
        return code

    def of_kind(self, kind: str) -> list[str]:
        return [line for line in self.lines if line.split(" ", 1)[0] == kind]

    def shown(self, kind: str = "saved") -> dict[str, Shown]:
        """The last state printed per question."""
        return dict(Shown.parse(line) for line in self.of_kind(kind))

    def last_revision(self) -> int | None:
        """The assessment's revision after the last commit the app reported (or at its start)."""
        lines = self.of_kind("ready") + self.of_kind("saved")
        return int(lines[-1].split()[-1]) if lines else None


@dataclass
class Stored:
    """The autopilot's assessment in the database: its answers and revision, and the open
    store (a context manager: close it)."""

    answers: dict[str, Shown]
    revision: int | None
    store: Store

    def __enter__(self) -> Stored:
        return self

    def __exit__(self, *exc) -> None:
        self.store.close()


def stored_state(db_path: Path) -> Stored:
    store = Store(db_path)
    info = store.find_assessment(UNIT, ROUND)
    if info is None:
        return Stored({}, None, store)
    answers = {qid: Shown.of(answer) for qid, answer in store.answers(info.uuid).items()}
    return Stored(answers, info.revision, store)


def state_before_last_commit(store: Store, question_id: str) -> Shown | None:
    """The answer as it was before its newest commit, from the edit history (every commit
    writes one history row per changed field, all with the commit's time)."""
    info = store.find_assessment(UNIT, ROUND)
    rows = [h for h in store.history(info.uuid) if h.question_id == question_id]
    if not rows:
        return None
    last = [h for h in rows if h.changed_at == rows[-1].changed_at]
    answer = store.answer(info.uuid, question_id)
    values = {"current_level": answer.current, "target_level": answer.target, "note": answer.note}
    for entry in last:
        if entry.field in values:
            values[entry.field] = (
                entry.old_value if entry.field != "note" else (entry.old_value or "")
            )
    note = values["note"]
    return Shown(
        "-" if values["current_level"] is None else str(values["current_level"]),
        note_hash(note),
        "-" if values["target_level"] is None else str(values["target_level"]),
    )
