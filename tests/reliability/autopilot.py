"""A test-only driver that uses the real app the way a person does, for the reliability tests.

``python tests/reliability/run_app.py --db <db>`` starts the real app (``desktop.app.run``)
with this driver; ``MATURITY_AUTOPILOT=<seed>`` seeds it. Once the database is open it makes
the app open or create an assessment and then, on a timer,
press digit keys, Alt+digits, Page Up/Down, Ctrl+U and Ctrl+Z, click dimensions in the
navigator and type notes, all through the real widgets (QTest events into the focused widget),
so the window's shortcuts, the autosave and the undo stack run as for a user. It prints on
stdout, flushing each line:

    loaded <question_id> <current> <note-hash> <target> <revision>
                                        each stored answer shown at start
    ready <assessment uuid> <revision>  the autopilot starts pressing keys
    saved <question_id> <current> <note-hash> <target> <revision>
                                        the session committed this answer
    failed <code>                       the session refused a change
    dialog <text>                       a modal dialog appeared (then closed)
    done                                                    the stop file appeared; closing

A "saved" line is printed from the session's ``saved`` signal, which the status bar also shows
("Saved 15:42:07"): after the commit returned, so every printed line must be in the database.
``<current>``/``<target>`` are a level or ``-``; ``<note-hash>`` is ``note_hash(note)``;
``<revision>`` is the assessment's revision after the commit (one more per commit).
``MATURITY_AUTOPILOT_STOP=<path>``: close the window (the normal close path) once that file exists.
``MATURITY_AUTOPILOT_PENDING=<text>``: instead of pressing keys, type ``<text>`` into the note of
the first question with its autosave timer stopped (the text is pending: only a shutdown that
flushes saves it), print ``typed <question_id> <note-hash>`` and then wait.
``MATURITY_AUTOPILOT_BROWSE=<go-file>``: the lost-lock scenario. Rate the first question, press
Ctrl+E, point the export dialog at the database folder until it is listed and painted, press Esc
and print ``browsed``; once ``<go-file>`` exists (the test ran the CLI meanwhile) press Alt+4
(a target) and wait.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys

from desktop.qt import QApplication, QObject, Qt, QTimer, qtest

ENV = "MATURITY_AUTOPILOT"
STOP_ENV = "MATURITY_AUTOPILOT_STOP"
PENDING_ENV = "MATURITY_AUTOPILOT_PENDING"
BROWSE_ENV = "MATURITY_AUTOPILOT_BROWSE"
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

    return (
        f"{kind} {answer.question_id} {level(answer.current)} {note_hash(answer.note)} "
        f"{level(answer.target)} {revision}"
    )


def _emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Autopilot(QObject):
    def __init__(
        self,
        window,
        seed: int,
        stop_file: str | None = None,
        pending: str = "",
        browse_go: str = "",
    ):
        super().__init__(window)
        self.pending = pending
        self.browse = _Browse(self, browse_go) if browse_go else None
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
        if self.browse is not None:
            return  # the lost-lock scenario handles its one dialog itself
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
        if self.pending:
            self._type_pending()
            return
        if self.browse is not None:
            self.browse.step()
            return
        self._act()

    def _type_pending(self) -> None:
        page = self.window.assessment_view.question_page
        page.note_autosave._timer.setInterval(24 * 3600 * 1000)  # only a flush commits it
        page.note.setFocus(Qt.FocusReason.OtherFocusReason)
        page.note.moveCursor(page.note.textCursor().MoveOperation.End)
        # inserted as an input method would: QTest's key clicks know Latin-1 only (not ı, ş, ğ)
        page.note.insertPlainText(self.pending)
        self.timer.stop()
        _emit(f"typed {page.question_id} {note_hash(page.note.toPlainText())}")

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
        qtest().mouseClick(
            navigator.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center
        )
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


class _Browse:
    """The lost-lock scenario of MATURITY_AUTOPILOT_BROWSE, one step per tick."""

    def __init__(self, pilot: Autopilot, go_file: str):
        self.pilot = pilot
        self.go_file = go_file
        self.stage = "rate"
        self.watch = QTimer(pilot)
        self.watch.setInterval(TICK_MS * 4)
        self.watch.timeout.connect(self._in_dialog)

    def step(self) -> None:
        if self.stage == "rate":
            self.pilot._press(Qt.Key.Key_3)
            self.stage = "export"
        elif self.stage == "export":
            self.stage = "in dialog"
            self.watch.start()  # runs inside the dialog's own event loop
            self.pilot._press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        elif self.stage == "browsed" and os.path.exists(self.go_file):
            self.pilot._press(Qt.Key.Key_PageUp)  # back to the rated question
            self.pilot._press(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
            self.stage = "done"
            self.pilot.timer.stop()

    def _in_dialog(self) -> None:
        from desktop.qt import QFileDialog, QListView

        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            return
        folder = os.path.dirname(str(self.pilot.session.db_path))
        if dialog.directory().absolutePath() != folder:
            dialog.setDirectory(folder)
            return
        view = dialog.findChild(QListView, "listView")
        if view is None or view.model().rowCount(view.rootIndex()) == 0:
            return  # the folder is still being listed
        dialog.grab()  # painted: every icon and type of the listed files was asked for
        self.watch.stop()
        qtest().keyClick(dialog, Qt.Key.Key_Escape)
        self.stage = "browsed"
        _emit("browsed")


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
    return Autopilot(
        window,
        seed,
        os.environ.get(STOP_ENV) or None,
        os.environ.get(PENDING_ENV, ""),
        os.environ.get(BROWSE_ENV, ""),
    )
