"""A test-only driver that uses the real app the way a person does, for the reliability tests.

``MATURITY_AUTOPILOT=<seed>`` (read by ``desktop.app``, which imports this module only then)
makes the app, once the database is open, open or create an assessment and then, on a timer,
press digit keys, Alt+digits, Page Up/Down, Ctrl+U and Ctrl+Z, click dimensions in the
navigator and type notes, all through the real widgets (QTest events into the focused widget),
so the window's shortcuts, the autosave and the undo stack run as for a user. It prints on
stdout, flushing each line:

    loaded <question_id> <current> <note-hash> <target> <revision>   each stored answer shown at start
    ready <assessment uuid> <revision>                      the autopilot starts pressing keys
    saved <question_id> <current> <note-hash> <target> <revision>    the session committed this answer
    failed <code>                                           the session refused a change
    dialog <text>                                           a modal dialog appeared (then closed)
    done                                                    the stop file appeared; closing

A "saved" line is printed from the session's ``saved`` signal, which the status bar also shows
("Saved 15:42:07"): after the commit returned, so every printed line must be in the database.
``<current>``/``<target>`` are a level or ``-``; ``<note-hash>`` is ``note_hash(note)``;
``<revision>`` is the assessment's revision after the commit (one more per commit).
``MATURITY_AUTOPILOT_STOP=<path>``: close the window (the normal close path) once that file exists.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys

from .qt import QApplication, QObject, Qt, QTimer, qtest

ENV = "MATURITY_AUTOPILOT"
STOP_ENV = "MATURITY_AUTOPILOT_STOP"
TICK_MS = 25
UNIT = "Otopilot Deneme Birimi"
ROUND = "2026"
WORDS = ("plan", "pilot", "sensor", "veri", "rapor", "hedef", "2026", "GIS", "e-belediye", "ok")

DIGITS = [Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]


def note_hash(note: str) -> str:
    return hashlib.sha256(note.encode("utf-8")).hexdigest()[:12]


def answer_line(kind: str, answer, revision: int) -> str:
    def level(value):
        return "-" if value is None else str(value)

    return (f"{kind} {answer.question_id} {level(answer.current)} {note_hash(answer.note)} "
            f"{level(answer.target)} {revision}")


def _emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Autopilot(QObject):
    def __init__(self, window, seed: int, stop_file: str | None = None):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.random = random.Random(seed)
        self.stop_file = stop_file
        self.started = False
        self.shown: dict = {}  # question id -> the answer last printed for it
        self.session.saved.connect(self._saved)
        self.session.failed.connect(lambda exc: _emit(f"failed {exc.code}"))
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        # A dialog opened by a key press runs inside that press, so inside ``_tick``: Qt does
        # not fire a timer again while its slot runs, hence a timer of its own to close it.
        self.dialog_watch = QTimer(self)
        self.dialog_watch.setInterval(TICK_MS * 4)
        self.dialog_watch.timeout.connect(self._close_dialog)
        self.dialog_watch.start()

    # -- what the user was shown ----------------------------------------------------------

    def _saved(self, _time_text: str) -> None:
        """Print every answer whose stored state changed with this commit."""
        if not self.started:
            return
        current = self.session.answers
        revision = self.session.info.revision
        for question_id in sorted(set(current) | set(self.shown)):
            answer = current.get(question_id) or self.session.answer(question_id)
            if self.shown.get(question_id) != answer:
                self.shown[question_id] = answer
                _emit(answer_line("saved", answer, revision))

    # -- driving --------------------------------------------------------------------------

    def _close_dialog(self) -> None:
        """Report a modal dialog (the tests expect none) and close it, as a user would."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            text = getattr(modal, "text", lambda: "")()
            _emit("dialog " + " ".join(f"{modal.windowTitle()} {text}".split()))
            modal.reject() if hasattr(modal, "reject") else modal.close()

    def _tick(self) -> None:
        if QApplication.activeModalWidget() is not None:
            return
        if self.stop_file and os.path.exists(self.stop_file):
            self.timer.stop()
            _emit("done")
            self.window.close()
            return
        if not self.session.is_open:
            return
        if not self.started:
            self._start()
            return
        if not self.window.isActiveWindow():
            self.window.activateWindow()
        self._act()

    def _start(self) -> None:
        if not self.session.has_assessment:
            drafts = [i for i in self.session.assessments() if not i.read_only and not i.is_final]
            mine = [i for i in drafts if i.unit == UNIT and i.round == ROUND]
            if mine:
                self.window.open_assessment(mine[0].uuid)
            else:
                self.session.create_assessment(UNIT, ROUND, "", [])
                self.window.open_assessment(self.session.info.uuid)
        revision = self.session.info.revision
        for question_id, answer in sorted(self.session.answers.items()):
            self.shown[question_id] = answer
            _emit(answer_line("loaded", answer, revision))
        self.window.activateWindow()
        self.window.assessment_view.question_page.focus_levels()
        self.started = True
        _emit(f"ready {self.session.info.uuid} {revision}")

    def _press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget() or self.window
        qtest().keyClick(target, key, modifier)

    def _jump(self) -> None:
        """Click a dimension in the navigator (its first open question shows), then go back
        to the levels, as a user who clicks and then types digits."""
        navigator = self.window.assessment_view.navigator
        item = navigator.topLevelItem(self.random.randrange(navigator.topLevelItemCount()))
        navigator.scrollToItem(item)
        center = navigator.visualItemRect(item).center()
        qtest().mouseClick(navigator.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center)
        self.window.assessment_view.question_page.focus_levels()

    def _act(self) -> None:
        view = self.window.assessment_view
        page = view.question_page
        focused = QApplication.focusWidget()
        if focused is page.note or focused is page.evidence:
            # Typing stopped: mostly leave the field (which commits it), sometimes wait for
            # the autosave's timer, as a person pausing would.
            if self.random.random() < 0.6:
                page.focus_levels()
            return
        if view.tabs.currentIndex() != 0:  # past the last question: the summary
            if self.random.random() < 0.5:
                self._press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # back to Questions
            else:
                self._jump()
            return
        roll = self.random.random()
        if roll < 0.08:
            self._jump()
        elif roll < 0.55:
            self._press(self.random.choice(DIGITS))
        elif roll < 0.65:
            self._press(self.random.choice(DIGITS), Qt.KeyboardModifier.AltModifier)
        elif roll < 0.82:
            page.note.setFocus(Qt.FocusReason.OtherFocusReason)
            page.note.moveCursor(page.note.textCursor().MoveOperation.End)
            words = " ".join(self.random.choice(WORDS) for _ in range(self.random.randint(1, 4)))
            qtest().keyClicks(page.note, " " + words)
        elif roll < 0.92:
            self._press(self.random.choice([Qt.Key.Key_PageUp, Qt.Key.Key_PageDown]))
        elif roll < 0.96:
            self._press(Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
        else:
            self._press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def seed_from_environment() -> int | None:
    value = os.environ.get(ENV, "")
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        return int(hashlib.sha256(value.encode()).hexdigest()[:8], 16)


def start(window) -> Autopilot | None:
    """Drive ``window`` when ``MATURITY_AUTOPILOT`` is set (desktop.app calls this)."""
    seed = seed_from_environment()
    if seed is None:
        return None
    return Autopilot(window, seed, os.environ.get(STOP_ENV) or None)
