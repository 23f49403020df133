"""Start-up, languages, settings, errors, help and the one-instance rule."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assessments.messages import MaturityError
from desktop import errors, i18n
from desktop.help_dialogs import UserGuideDialog, user_guide_text
from desktop.qt import QDialogButtonBox, QEvent, QObject, Qt
from desktop.single_instance import DatabaseLock

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str, tmp_path: Path, **env) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MATURITY_SETTINGS": str(tmp_path / "settings.ini"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_first_window_is_shown_before_heavy_imports(tmp_path):
    """Right after the main window's first paint: no matplotlib, no openpyxl, and not even the
    database library; they come later (the database just after)."""
    result = run_python(
        f"""
        import json, sys
        from pathlib import Path
        from desktop import app, i18n, startup_probe
        from desktop.settings import Settings
        from desktop.qt import QTimer
        qapp = app.create_application([sys.argv[0]])
        switcher = i18n.LanguageSwitcher(qapp)
        switcher.set_language("tr")
        window = app.build_window(Path(r"{tmp_path / "db.sqlite3"}"), Settings(), switcher)
        seen = {{}}
        def painted():
            heavy = ("matplotlib", "openpyxl", "assessments.store")
            seen["at_paint"] = sorted(m for m in heavy if m in sys.modules)
            QTimer.singleShot(0, loaded)
        def loaded():
            window.load()
            seen["after_load"] = "assessments.store" in sys.modules
            qapp.quit()
        startup_probe.FirstPaintWatcher(window).painted.connect(painted)
        window.show()
        qapp.exec()
        print(json.dumps(seen))
    """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"at_paint": [], "after_load": True}


def test_startup_probe_prints_first_paint_and_ready(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(tmp_path / "db.sqlite3")],
        cwd=ROOT,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "MATURITY_STARTUP_PROBE": "exit",
            "MATURITY_SETTINGS": str(tmp_path / "settings.ini"),
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(
        line.split() for line in result.stdout.splitlines() if line.endswith(tuple("0123456789"))
    )
    assert float(lines["first-paint-ms"]) > 0
    assert float(lines["ready-ms"]) >= float(lines["first-paint-ms"])
    assert (tmp_path / "db.sqlite3").exists()
    assert not (tmp_path / "db.sqlite3.lock").exists()  # released at exit


def test_second_instance_is_refused(tmp_path, dialogs, run_app):
    db_path = tmp_path / "shared.sqlite3"
    first = DatabaseLock(db_path)
    assert first.acquire()
    try:
        second = DatabaseLock(db_path)
        assert not second.acquire()
        assert second.holder()[0] == os.getpid()
        code = run_app("--db", str(db_path))
        assert code == 2
        ((kind, _title, text),) = dialogs.shown
        assert kind == "information" and str(db_path) in text
        assert "zaten açık" in text  # in Turkish
    finally:
        first.release()
    assert DatabaseLock(db_path).acquire()  # free again once the first instance ends


def test_language_switch_is_live_and_remembered(window, qtbot, settings, questionnaire):
    window.session.create_assessment("Fen İşleri Dairesi Başkanlığı", "2026", "", [])
    page = window.assessment_view.question_page
    question = questionnaire.questions[0]
    assert window.file_menu.title() == "&Dosya"
    assert page.text.text() == question.text.get("tr")
    assert page.options[3].title.text() == questionnaire.level_name(3, "tr")

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert settings.language == "en" and i18n.current() == "en"
    assert page.text.text() == question.text.get("en")
    assert page.options[3].title.text() == questionnaire.level_name(3, "en")
    assert page.options[3].body.text() == question.level_text(3, "en")
    assert window.assessment_view.tabs.tabText(1) == "Summary"
    assert page.position.text() == f"Question 1 of {len(questionnaire.questions)}"
    assert window.language_actions["en"].isChecked()

    window.language_actions["tr"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Dosya")
    assert window.assessment_view.tabs.tabText(1) == "Özet"
    assert settings.language == "tr"


def test_qt_own_texts_are_turkish(window):
    from desktop.assessment_dialog import AssessmentDialog

    dialog = AssessmentDialog(window.session, window)
    assert (
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "İptal"
    )  # from qtbase_tr
    dialog.deleteLater()


def test_system_language(monkeypatch):
    monkeypatch.setenv("MATURITY_LANG", "tr_TR.UTF-8")
    assert i18n.system_language() == "tr"
    monkeypatch.setenv("MATURITY_LANG", "en")
    assert i18n.system_language() == "en"


def test_window_geometry_and_splitter_are_remembered(make_window, settings, monkeypatch):
    window = make_window()
    window.resize(1100, 700)
    window.assessment_view.splitter.setSizes([300, 800])
    window.close()
    saved = settings.window_geometry()
    assert saved is not None
    restored = []
    from desktop.main_window import MainWindow

    original = MainWindow.restoreGeometry
    monkeypatch.setattr(
        MainWindow,
        "restoreGeometry",
        lambda self, data: restored.append(bytes(data)) or original(self, data),
    )
    again = make_window(restore=True)  # (the offscreen screen is smaller, so Qt may shrink it)
    assert restored == [bytes(saved)]
    navigator_width = again.assessment_view.splitter.sizes()[0]
    assert abs(navigator_width - 300) < abs(navigator_width - 360)  # 360: the default width


def test_expected_error_is_shown_in_the_users_language(window, dialogs):
    hook = errors.ExceptionHook(lambda: window)
    exc = MaturityError("s.final")
    hook(type(exc), exc, None)
    assert dialogs.texts("warning") == [
        "Değerlendirme kesinleştirildi; değiştirmek için önce taslağa döndürün."
    ]


def test_unexpected_error_shows_a_copyable_report(window, monkeypatch, tmp_path, qapp):
    shown = []

    def fake_exec(dialog):
        shown.append((dialog.report.toPlainText(), dialog.log_label.text()))
        dialog.findChildren(type(dialog.report))  # the report is a read-only text box
        return 0

    monkeypatch.setattr(errors.CrashDialog, "exec", fake_exec)
    monkeypatch.setattr(errors, "_log_path", tmp_path / "logs" / "app.log")
    hook = errors.ExceptionHook(lambda: window)
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError as exc:
        hook(type(exc), exc, exc.__traceback__)
    ((report, log_text),) = shown
    assert "ZeroDivisionError: boom in a slot" in report and "Traceback" in report
    assert str(tmp_path / "logs" / "app.log") in log_text


def test_exception_in_a_slot_reaches_the_hook(qtbot, monkeypatch):
    """PySide hands exceptions raised in slots to sys.excepthook: the app's hook sees them."""
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: seen.append(info[1]))

    class Emitter(QObject):
        def event(self, event):
            if event.type() == QEvent.Type.User:
                raise RuntimeError("in an event handler")
            return super().event(event)

    from desktop.qt import QCoreApplication

    emitter = Emitter()
    QCoreApplication.postEvent(emitter, QEvent(QEvent.Type.User))
    qtbot.waitUntil(lambda: bool(seen))
    assert str(seen[0]) == "in an event handler"


def test_log_rotation(tmp_path):
    log = tmp_path / "app.log"
    log.write_bytes(b"x" * 20)
    (tmp_path / "app.log.1").write_text("older")
    errors.rotate(log, max_bytes=10, backups=3)
    assert not log.exists()
    assert (tmp_path / "app.log.1").read_bytes() == b"x" * 20
    assert (tmp_path / "app.log.2").read_text() == "older"


def test_user_guide_is_turkish_first_then_english(window, monkeypatch):
    turkish, english = user_guide_text("tr"), user_guide_text("en")
    assert turkish and english and turkish != english
    assert "Kullanım" in turkish and "guide" in english.lower()
    dialog = UserGuideDialog(window)
    assert "Kullanım" in dialog.browser.toPlainText()
    dialog.deleteLater()


def test_every_shortcut_is_listed_under_help(window):
    entries = dict((action, keys) for keys, action in window.shortcut_entries())
    keys = " ".join(keys for keys, _ in window.shortcut_entries())
    for expected in ("0 … 5", "PgDown", "PgUp", "Ctrl+Z", "Ctrl+Y", "Ctrl+U", "F1", "Alt+0"):
        assert expected in keys
    assert len(entries) >= 15
    for action in window.findChildren(type(window.undo_action)):
        for sequence in action.shortcuts():
            name = sequence.toString()
            assert name in keys or name[-1] in "012345", name


def test_accessible_names(window):
    window.session.create_assessment("Fen İşleri Dairesi Başkanlığı", "2026", "", [])
    page = window.assessment_view.question_page
    assert page.options[2].accessibleName().startswith("Düzey 2")
    assert page.options[2].accessibleDescription()
    assert page.note.accessibleName() and page.evidence.accessibleName()
    assert all(button.accessibleName() for button in page.target_buttons)
    assert window.assessment_view.navigator.accessibleName()
    assert page.options[0].focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_unwritable_database_folder_is_reported_not_crashed(
    tmp_path, dialogs, run_app, monkeypatch
):
    from desktop.single_instance import DatabaseLock as Lock

    def refuse(self):
        raise PermissionError("read-only folder")

    monkeypatch.setattr(Lock, "acquire", refuse)
    code = run_app("--db", str(tmp_path / "ro" / "db.sqlite3"))
    assert code == 1
    ((kind, _title, text),) = dialogs.shown
    assert kind == "warning" and "Veritabanı açılamadı" in text and "read-only folder" in text


# -- the database file removed or replaced under the running app ---------------------------


def test_a_vanished_database_keeps_the_change_on_screen(
    window, qtbot, dialogs, db_path, monkeypatch
):
    """The store raises s.database_gone at the next write: the app says so, shows the refused
    change (not the stored answer) and never says "Kaydedildi" for it."""
    from assessments.store import Store

    window.session.create_assessment("Zabıta Dairesi", "2026", "", [])
    page = window.assessment_view.question_page
    page.focus_levels()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_3)  # stored, moves on
    first, second = (q.id for q in window.session.questions()[:2])
    assert page.question_id == second and "Kaydedildi" in window.saved_label.text()

    def gone(self, *args, **kwargs):
        raise MaturityError("s.database_gone", path=str(db_path))

    real_set_answer = Store.set_answer
    monkeypatch.setattr(Store, "set_answer", gone)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_4)

    ((kind, _title, text),) = dialogs.shown
    assert kind == "warning" and "silindi veya değiştirildi" in text and str(db_path) in text
    assert "ekranda duruyor" in text
    assert page.question_id == second  # not moved on
    assert page.level_group.checkedButton() is page.options[4]  # the pick is on screen
    assert window.session.unsaved[second].current == 4
    assert window.saved_label.text().startswith("Kaydedilmedi")

    page.note.setFocus()
    page.note.setPlainText("kaybolmasın")
    page.focus_levels()  # leaving the field tries to commit: refused, the text stays
    assert page.note.toPlainText() == "kaybolmasın" and page.note_autosave.pending
    monkeypatch.setattr(Store, "set_answer", real_set_answer)  # the file is back for the close
    with Store(db_path) as other:
        stored = other.answers(window.session.info.uuid)
    assert {qid: a.current for qid, a in stored.items()} == {first: 3}


def test_the_end_of_the_desktop_session_runs_the_ctrl_q_shutdown(window, qtbot, qapp, db_path):
    """Log-off, restart, power-off: Qt asks the app to save (commitDataRequest); the same
    shutdown as Ctrl+Q runs: typed text committed, the database backed up and closed. (SIGTERM
    and SIGHUP: tests/reliability/test_shutdown.py, from outside the process.)"""
    from assessments.store import Store, backups_of
    from desktop import shutdown

    window.session.create_assessment("Zabıta Dairesi", "2026", "", [])
    page = window.assessment_view.question_page
    uuid, question = window.session.info.uuid, page.question_id
    page.note.setFocus()
    page.note.insertPlainText("oturum kapanırken")
    assert page.note_autosave.pending  # typed, not yet committed
    hooks = shutdown.install(qapp, window)
    try:
        hooks._session_ends(None)  # what commitDataRequest calls (a QSessionManager is not ours)
    finally:
        hooks.uninstall()
    assert not window.session.is_open
    with Store(db_path) as store:
        assert store.answer(uuid, question).note == "oturum kapanırken"
    assert backups_of(db_path)


# -- a database on a network drive -----------------------------------------------------------


def test_a_database_on_a_network_drive_is_warned_about(
    make_window, qtbot, dialogs, db_path, monkeypatch
):
    """SQLite's locks are unreliable on SMB/NFS: the app says so once after opening, and goes on
    (the IT guide tells to keep the database local)."""
    import assessments.store.database as database

    monkeypatch.setattr(database, "network_location", lambda folder: "SMB/CIFS")
    window = make_window()
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    ((kind, _title, text),) = dialogs.shown
    assert kind == "warning" and "ağ sürücüsünde (SMB/CIFS)" in text and str(db_path) in text
    assert window.session.is_open


def test_a_local_database_gets_no_network_warning(window, qtbot, dialogs):
    qtbot.wait(50)
    assert window.session.network_warning() is None and not dialogs.shown


def test_a_typo_of_a_unit_in_the_new_assessment_dialog_says_did_you_mean(window):
    """Issue 15, item 1: the dialog refuses the typo, names the unit on file, keeps the form."""
    from desktop.assessment_dialog import AssessmentDialog

    window.session.create_assessment("Bilgi İşlem Dairesi Başkanlığı", "2025", "", [])
    dialog = AssessmentDialog(window.session, window)
    dialog.unit.setEditText("Bilgi Islem Dairesi Baskanligi")
    dialog.round.setText("2026")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert "'Bilgi İşlem Dairesi Başkanlığı' birimini mi kastettiniz" in dialog.error.text()
    assert [a.round for a in window.session.assessments()] == ["2025"]
    dialog.deleteLater()
