"""Database safety in the app: a backup at close, the offer to restore a damaged database's
latest good backup, and a full or read-only disk during use (clear message, nothing lost)."""

from __future__ import annotations

import pytest

from assessments.messages import MaturityError
from assessments.scoring import Answer
from assessments.store import Store, backups_of
from desktop import recovery
from desktop.qt import Qt

pytestmark = pytest.mark.gui

UNIT = "Fen İşleri Dairesi Başkanlığı"


def damage(path):
    """Overwrite the middle of the file (its b-tree pages), as a failing disk would (the same
    damage as tests/core/test_store.py)."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data) - 1, 997):
        data[offset] = (data[offset] + 77) % 256
    path.write_bytes(bytes(data))


def filled_database(db_path, questionnaire, count: int = 30):
    """A database with ``count`` answers (long Turkish notes, so it spans many pages); closed,
    its log checkpointed. Returns the assessment's uuid."""
    with Store(db_path) as store:
        info = store.create_assessment(UNIT, "2026", questionnaire)
        for question in questionnaire.questions[:count]:
            store.set_answer(info.uuid, Answer(question.id, current=2, note="ş" * 200))
    return info.uuid


def press(qtbot, window, key):
    qtbot.keyClick(window.focusWidget() or window, key)


def answer_first_questions(window, qtbot, levels):
    window.session.create_assessment(UNIT, "2026", "", [])
    window.assessment_view.question_page.focus_levels()
    for level in levels:
        press(qtbot, window, getattr(Qt.Key, f"Key_{level}"))
    return window.session.info.uuid


# -- backups at close ----------------------------------------------------------------------


def test_closing_the_app_backs_the_database_up(make_window, qtbot, db_path):
    window = make_window()
    uuid = answer_first_questions(window, qtbot, [3, 1, 4])
    window.close()
    (backup,) = backups_of(db_path)
    assert backup.name.endswith("-close.sqlite3")
    with Store(backup) as copy:
        assert [a.current for a in copy.answers(uuid).values()] == [3, 1, 4]


def test_a_session_without_changes_adds_no_backup(make_window, qtbot, db_path):
    window = make_window()
    answer_first_questions(window, qtbot, [2])
    window.close()
    assert len(backups_of(db_path)) == 1
    make_window().close()  # opened and closed, nothing changed
    make_window().close()
    assert len(backups_of(db_path)) <= 2  # at most one more: the close's own checkpoint
    newest = backups_of(db_path)[-1]
    make_window().close()
    assert backups_of(db_path)[-1] == newest


def test_the_newest_ten_backups_are_kept(db_path, questionnaire):
    with Store(db_path) as store:
        info = store.create_assessment(UNIT, "2026", questionnaire)
        written = []
        for level in range(recovery.KEEP + 3):
            store.set_answer(info.uuid, Answer(questionnaire.questions[0].id, current=level % 6))
            written.append(recovery.backup_on_close(store))
    assert backups_of(db_path) == written[-recovery.KEEP :]


def test_a_failing_backup_does_not_stop_the_app_from_closing(
    make_window, qtbot, db_path, monkeypatch
):
    window = make_window()
    uuid = answer_first_questions(window, qtbot, [5])

    def broken(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Store, "backup", broken)
    window.close()
    assert not window.session.is_open
    with Store(db_path) as store:
        assert store.answers(uuid)[window.session.questionnaire.questions[0].id].current == 5


def test_a_damaged_database_is_never_backed_up(tmp_path, questionnaire, db_path, monkeypatch):
    filled_database(db_path, questionnaire)
    with Store(db_path) as store:
        monkeypatch.setattr(store, "integrity_ok", lambda: False)
        assert recovery.backup_on_close(store) is None
    assert backups_of(db_path) == []


# -- a damaged database at start ----------------------------------------------------------


def test_a_damaged_database_offers_the_latest_good_backup_and_restores_it(
    make_window, dialogs, db_path, questionnaire
):
    uuid = filled_database(db_path, questionnaire)
    with Store(db_path) as store:
        older = store.backup("close")
        good = store.backup("close")
    damage(db_path)
    damaged_bytes = db_path.read_bytes()

    window = make_window()

    assert window.loaded and window.session.is_open
    (kind, title, text), (info_kind, _info_title, info_text) = dialogs.shown
    assert kind == "ask" and title == "Veritabanı hasarlı"
    assert str(db_path) in text and recovery.backup_time(good) in text
    assert "silinmez" in text  # the damaged file is kept
    assert info_kind == "information" and "geri yüklendi" in info_text
    assert len(window.session.assessments()) == 1
    assert len(window.session.store.answers(uuid)) == 30
    (kept,) = db_path.parent.glob(f"{db_path.name}.damaged-*")
    assert kept.read_bytes() == damaged_bytes and str(kept) in info_text
    assert older.exists() and good.exists()  # backups are not used up


def test_declining_the_restore_closes_and_changes_nothing(
    make_window, dialogs, db_path, questionnaire, qtbot
):
    filled_database(db_path, questionnaire)
    with Store(db_path) as store:
        store.backup("close")
    damage(db_path)
    damaged_bytes = db_path.read_bytes()
    dialogs.restore = False

    window = make_window()

    assert not window.loaded and not window.session.is_open
    assert [kind for kind, _t, _x in dialogs.shown] == ["ask"]
    qtbot.waitUntil(lambda: not window.isVisible())  # the program closes
    assert db_path.read_bytes() == damaged_bytes
    assert not list(db_path.parent.glob("*.damaged-*"))


def test_a_damaged_database_without_backup_says_where_it_is_kept(
    make_window, dialogs, db_path, questionnaire
):
    filled_database(db_path, questionnaire)
    damage(db_path)
    damaged_bytes = db_path.read_bytes()

    window = make_window()

    assert not window.loaded
    ((kind, title, text),) = dialogs.shown
    assert kind == "critical" and title == "Veritabanı hasarlı"
    assert str(db_path) in text and "hiçbir şey silinmedi" in text
    assert str(db_path.parent / "backups") in text
    assert db_path.read_bytes() == damaged_bytes


def test_the_restore_offer_is_in_english_too(
    make_window, dialogs, db_path, questionnaire, switcher
):
    filled_database(db_path, questionnaire)
    with Store(db_path) as store:
        good = store.backup("close")
    damage(db_path)
    switcher.set_language("en")

    make_window()

    (_kind, title, text) = dialogs.shown[0]
    assert title == "The database is damaged"
    assert recovery.backup_time(good) in text and "-" in recovery.backup_time(
        good
    )  # 2026-11-25 15:24


def test_other_open_failures_show_the_plain_error(make_window, dialogs, db_path, monkeypatch):
    from desktop import session as session_module

    def refuse(self):
        raise MaturityError("s.newer_schema", found=9, known=1)

    monkeypatch.setattr(session_module.Session, "open", refuse)
    window = make_window()
    assert not window.loaded
    ((kind, _title, text),) = dialogs.shown
    assert kind == "warning" and "daha yeni" in text


# -- a full or read-only disk during use ----------------------------------------------------


@pytest.mark.parametrize(
    "code, words", [("s.disk_full", "Disk dolu"), ("s.read_only_db", "salt okunur")]
)
def test_a_failing_write_is_reported_and_nothing_saved_is_lost(
    make_window, qtbot, dialogs, db_path, monkeypatch, code, words
):
    window = make_window()
    uuid = answer_first_questions(window, qtbot, [3, 4])
    saved_text = window.saved_label.text()
    first, second, third = (q.id for q in window.session.questions()[:3])
    real_set_answer = Store.set_answer
    calls = []

    def failing_once(self, *args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise MaturityError(code, path=str(db_path))
        return real_set_answer(self, *args, **kwargs)

    monkeypatch.setattr(Store, "set_answer", failing_once)
    page = window.assessment_view.question_page
    assert page.question_id == third
    press(qtbot, window, Qt.Key.Key_5)

    ((kind, _title, text),) = dialogs.shown
    assert kind == "warning" and words in text
    assert page.question_id == third  # not moved on: the answer was not stored
    assert page.level_group.checkedButton() is None  # the page shows what is stored
    assert window.saved_label.text() == saved_text
    assert window.session.answer(third).current is None
    with Store(db_path) as other:
        stored = other.answers(uuid)
        assert {qid: a.current for qid, a in stored.items()} == {first: 3, second: 4}

    press(qtbot, window, Qt.Key.Key_2)  # the disk is back: the app carries on
    assert window.session.answer(third).current == 2
    window.close()
    with Store(db_path) as other:
        assert {qid: a.current for qid, a in other.answers(uuid).items()} == {
            first: 3,
            second: 4,
            third: 2,
        }


def test_a_really_full_database_keeps_everything_saved(make_window, qtbot, dialogs, db_path):
    """SQLite's own "database or disk is full" (the file may not grow: max_page_count)."""
    window = make_window()
    uuid = answer_first_questions(window, qtbot, [1, 2])
    store = window.session.store
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    page = window.assessment_view.question_page
    long_note = (
        "Yapılacaklar: " + "ölçüm ve değerlendirme " * 1200
    )  # needs pages the file cannot get
    page.note.setFocus()
    page.note.setPlainText(long_note)
    page.focus_levels()  # leaving the field commits it

    ((kind, _title, text),) = dialogs.shown
    assert kind == "warning" and "Disk dolu" in text
    assert window.session.answer(page.question_id).note == ""
    with Store(db_path) as other:
        assert [a.current for a in other.answers(uuid).values()] == [1, 2]
        assert other.integrity_ok()
    assert window.isVisible() and window.session.is_open

    # The refused text is still pending: once there is room, closing the window saves it.
    assert page.note_autosave.pending and page.note.toPlainText() == long_note
    store._conn.execute("PRAGMA max_page_count = 1073741823")
    question = page.question_id
    window.close()
    with Store(db_path) as other:
        assert other.answer(uuid, question).note == long_note
