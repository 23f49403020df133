"""The SQLite store: durability, history, rules, Turkish names, migrations."""

from __future__ import annotations

import sqlite3

import pytest

from assessments.messages import MaturityError, ValidationError
from assessments.scoring import Answer, score_assessment
from assessments.store import Store
from assessments.store.schema import MIGRATIONS, SCHEMA_VERSION

UNIT = "Bilgi İşlem Dairesi Başkanlığı"


@pytest.fixture
def info(store, questionnaire):
    return store.create_assessment(UNIT, "2026", questionnaire, respondent="Ayşe Yılmaz")


def test_an_answer_is_on_disk_when_the_call_returns(store, db_path, info):
    store.set_answer(info.uuid, Answer("VERI-01", current=2, target=4, note="Envanter taslağı var"))
    # A second, independent connection sees it at once: committed, not buffered.
    other = sqlite3.connect(db_path)
    row = other.execute("SELECT current_level, target_level, note FROM answers").fetchone()
    assert row == (2, 4, "Envanter taslağı var")
    other.close()


def test_durable_settings(store):
    # A rollback journal, not WAL: docs/security.md, "Database durability".
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "truncate"
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_answers_survive_reopening(store, db_path, info, questionnaire):
    store.set_answer(info.uuid, Answer("STR-01", current=3, target=5, evidence="Meclis kararı"))
    store.set_answer(
        info.uuid, Answer("STR-02", not_applicable=True, note="Görev alanımız dışında")
    )
    store.close()
    with Store(db_path) as again:
        answers = again.answers(info.uuid)
        assert answers["STR-01"] == Answer("STR-01", 3, 5, evidence="Meclis kararı")
        assert (
            answers["STR-02"].not_applicable and answers["STR-02"].note == "Görev alanımız dışında"
        )
        assert again.assessment(info.uuid).respondent == "Ayşe Yılmaz"


def test_every_change_is_a_revision_with_history(store, info):
    store.set_answer(info.uuid, Answer("STR-01", current=1))
    store.set_answer(info.uuid, Answer("STR-01", current=2, target=3))
    store.set_answer(info.uuid, Answer("STR-01", current=2, target=3))  # no change
    assert store.assessment(info.uuid).revision == 2
    changes = [(h.question_id, h.field, h.old_value, h.new_value) for h in store.history(info.uuid)]
    assert changes == [
        ("STR-01", "current_level", None, "1"),
        ("STR-01", "current_level", "1", "2"),
        ("STR-01", "target_level", None, "3"),
    ]


def test_clearing_an_answer_removes_it_but_keeps_history(store, info):
    store.set_answer(info.uuid, Answer("STR-01", current=1))
    store.set_answer(info.uuid, Answer("STR-01"))
    assert store.answers(info.uuid) == {}
    assert store.history(info.uuid)[-1].new_value is None


@pytest.mark.parametrize(
    "answer, code",
    [
        (Answer("STR-01", current=6), "a.level_range"),
        (Answer("STR-01", current=-1), "a.level_range"),
        (Answer("STR-01", current=3, target=2), "a.target_below"),
        (Answer("STR-01", not_applicable=True, note="  "), "a.na_needs_note"),
        (Answer("STR-01", current=1, note="x" * 32_768), "a.text_too_long"),
    ],
)
def test_invalid_answers_are_refused_and_nothing_is_stored(store, info, answer, code):
    with pytest.raises(ValidationError) as caught:
        store.set_answer(info.uuid, answer)
    assert [p.code for p in caught.value.problems] == [code]
    assert store.answers(info.uuid) == {}
    assert store.assessment(info.uuid).revision == 0


def test_unknown_question_is_refused_when_the_questionnaire_is_given(store, info, questionnaire):
    with pytest.raises(ValidationError) as caught:
        store.set_answer(info.uuid, Answer("NOPE-01", current=1), questionnaire)
    assert "NOPE-01" in caught.value.message("en")


def test_final_assessments_are_locked_until_reopened(store, info):
    store.update_assessment(info.uuid, status="final")
    with pytest.raises(MaturityError) as caught:
        store.set_answer(info.uuid, Answer("STR-01", current=1))
    assert caught.value.code == "s.final"
    store.update_assessment(info.uuid, status="draft")
    store.set_answer(info.uuid, Answer("STR-01", current=1))


def test_one_assessment_per_unit_and_round(store, info, questionnaire):
    with pytest.raises(MaturityError) as caught:
        store.create_assessment("BİLGİ İŞLEM DAİRESİ BAŞKANLIĞI", "2026", questionnaire)
    assert caught.value.code == "s.assessment_exists"
    assert store.create_assessment(UNIT, "2027", questionnaire).round == "2027"


def test_scope_and_position(store, info, questionnaire):
    updated = store.update_assessment(
        info.uuid, questionnaire=questionnaire, out_of_scope=["ULA", "CEV"]
    )
    assert updated.out_of_scope == ("CEV", "ULA")
    with pytest.raises(MaturityError):
        store.update_assessment(info.uuid, questionnaire=questionnaire, out_of_scope=["XYZ"])
    store.set_position(info.uuid, "VERI-03")
    assert store.assessment(info.uuid).position == "VERI-03"
    assert store.assessment(info.uuid).revision == updated.revision  # moving is not an edit


def test_turkish_unit_names(store):
    for name in (
        "İmar ve Şehircilik",
        "Hukuk Müşavirliği",
        "Işık Atölyesi",
        "ılık Su Birimi",
        "Çevre",
        "Zabıta",
    ):
        store.add_unit(name)
    names = [u.name for u in store.units()]
    assert (
        names.index("Hukuk Müşavirliği")
        < names.index("ılık Su Birimi")
        < names.index("Işık Atölyesi")
        < names.index("İmar ve Şehircilik")
    )
    assert names.index("Çevre") == 0 and names[-1] == "Zabıta"
    assert [u.name for u in store.search_units("imar")] == ["İmar ve Şehircilik"]
    assert [u.name for u in store.search_units("IŞIK")] == ["Işık Atölyesi"]
    with pytest.raises(MaturityError):
        store.add_unit("İMAR VE ŞEHİRCİLİK")


def test_answered_fixture_scores(answered, store, questionnaire):
    score = score_assessment(questionnaire, store.answers(answered.uuid))
    assert score.completeness == 1.0 and score.current is not None


def _v1_database(path):
    """A database exactly as schema version 1 left it, with answers in it."""
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0].split(";\n"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO units VALUES (1, 'Fen İşleri', 'fen işleri', '2025-01-01T00:00:00Z')")
    conn.execute("""INSERT INTO assessments (id, uuid, unit_id, round, questionnaire_id,
        questionnaire_version, questionnaire_fingerprint, status, revision, respondent, created_at,
        updated_at, source, out_of_scope) VALUES (1, 'u-1', 1, '2025', 'akilli-sehir-olgunluk',
        '1.0.0', 'f', 'draft', 2, 'Can', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z',
        'local', '[]')""")
    conn.execute(
        "INSERT INTO answers VALUES (1, 'STR-01', 2, 4, 0, 'not ğüşıöç', 'kanıt', "
        "'2025-01-02T00:00:00Z')"
    )
    conn.execute(
        "INSERT INTO answers VALUES (1, 'STR-02', NULL, NULL, 1, 'gerekçe', '', "
        "'2025-01-02T00:00:00Z')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_migration_from_every_older_version_keeps_every_answer(tmp_path):
    assert SCHEMA_VERSION == 8, "add a fixture for the new version here"
    path = tmp_path / "old.sqlite3"
    _v1_database(path)
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        answers = store.answers("u-1")
        assert answers["STR-01"] == Answer("STR-01", 2, 4, note="not ğüşıöç", evidence="kanıt")
        assert answers["STR-02"].not_applicable
        assert store.assessment("u-1").position is None
        assert store.assessment("u-1").profile is None  # v5: made before profiles
        unit = store.find_unit("Fen İşleri")  # v8: the register's fields start empty
        assert (unit.code, unit.profile, unit.contact, unit.email) == ("", "", "", "")
        assert store.registry.update("Fen İşleri", code="fen").code == "FEN"
        store.set_answer("u-1", Answer("STR-03", current=1))  # the new history table works
        assert len(store.history("u-1")) == 1
    backups = list((tmp_path / "backups").glob("old-*-before-migration-v1.sqlite3"))
    assert len(backups) == 1


def test_migration_from_version_2_adds_the_conflicts_table(tmp_path):
    path = tmp_path / "v2.sqlite3"
    _v1_database(path)
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[1].split(";\n"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.imports.set_aside_files() == []
        assert store.answers("u-1")["STR-01"].current == 2


def test_migration_from_version_4_keeps_assessments_without_a_profile(tmp_path, questionnaire):
    path = tmp_path / "v4.sqlite3"
    _v1_database(path)
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[1:4]:
        for statement in migration.split(";\n"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.assessment("u-1").profile is None
        assert store.answers("u-1")["STR-01"].current == 2
        made = store.create_assessment("Zabıta", "2026", questionnaire, profile="saha")
        assert store.assessment(made.uuid).profile == "saha"


def test_migration_from_version_5_adds_the_progress_reports(tmp_path):
    from assessments.monitoring.model import ActionProgress, ProgressReport

    path = tmp_path / "v5.sqlite3"
    _v1_database(path)
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[1:5]:
        for statement in migration.split(";\n"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.answers("u-1")["STR-01"].current == 2
        report = ProgressReport(
            "p-1", "2027-1", "Zabıta", (ActionProgress("a-1", "E1", "completed", 100.0),), ()
        )
        store.monitoring.add(report)
        assert store.monitoring.current("p-1") == [report]


def test_migration_from_version_6_adds_the_collection_rounds(tmp_path):
    path = tmp_path / "v6.sqlite3"
    _v1_database(path)
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[1:6]:
        for statement in migration.split(";\n"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.answers("u-1")["STR-01"].current == 2
        opened = store.collection.open("2026", ["Zabıta", "Fen İşleri"], "2027-01-31")
        assert opened.expected == ("Zabıta", "Fen İşleri") and opened.is_open


def test_a_newer_schema_is_refused(db_path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(MaturityError) as caught:
        Store(db_path)
    assert caught.value.code == "s.newer_schema"


def test_not_a_database_gives_a_clear_error(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(MaturityError) as caught:
        Store(bad)
    assert caught.value.code == "s.corrupt_no_backup" and "bad.sqlite3" in caught.value.message(
        "tr"
    )


def test_backups_rotate(store, info):
    for _ in range(4):
        store.backup(keep=3)
    assert len(list((store.path.parent / "backups").glob("*.sqlite3"))) == 3


def test_the_store_does_not_pull_pandas_or_numpy():
    import subprocess
    import sys

    code = (
        "import sys; from assessments.store import Store; Store(':memory:'); "
        "print('numpy' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def _damage(path):
    """Overwrite the middle of the file (its b-tree pages), as a failing disk would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data) - 1, 997):
        data[offset] = (data[offset] + 77) % 256
    path.write_bytes(bytes(data))


def test_a_damaged_database_offers_the_latest_good_backup_and_restores_it(db_path, questionnaire):
    from assessments.store import latest_backup, restore_backup

    with Store(db_path) as store:
        info = store.create_assessment(UNIT, "2026", questionnaire)
        for question in questionnaire.questions[:30]:
            store.set_answer(info.uuid, Answer(question.id, current=2, note="ş" * 200))
        good = store.backup(reason="close")
    _damage(db_path)
    with pytest.raises(MaturityError) as caught:
        Store(db_path)
    assert caught.value.code == "s.corrupt"
    assert "geri yükleyebilirsiniz" in caught.value.message("tr")
    assert latest_backup(db_path) == good
    damaged = restore_backup(db_path, good)
    assert damaged.exists()  # never deleted
    with Store(db_path) as store:
        assert len(store.answers(info.uuid)) == 30 and store.integrity_ok()


def test_a_read_only_database_says_so_and_keeps_what_was_saved(db_path, questionnaire, monkeypatch):
    with Store(db_path) as store:
        info = store.create_assessment(UNIT, "2026", questionnaire)
        store.set_answer(info.uuid, Answer("STR-01", current=3))
    with Store(db_path) as store:
        store._conn.execute(
            "PRAGMA query_only = ON"
        )  # what a read-only file or share looks like to SQLite
        with pytest.raises(MaturityError) as caught:
            store.set_answer(info.uuid, Answer("STR-01", current=4))
        assert caught.value.code in ("s.read_only_db", "s.write_failed")
        assert "Daha önce kaydedilenler korunuyor" in caught.value.message(
            "tr"
        ) or "salt okunur" in caught.value.message("tr")
        assert not store._conn.in_transaction
        store._conn.execute("PRAGMA query_only = OFF")
        assert store.answer(info.uuid, "STR-01").current == 3


def test_a_full_disk_rolls_back_and_keeps_what_was_saved(db_path, questionnaire):
    with Store(db_path) as store:
        info = store.create_assessment(UNIT, "2026", questionnaire)
        store.set_answer(info.uuid, Answer("STR-01", current=3))
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")  # no room to grow: SQLITE_FULL
        with pytest.raises(MaturityError) as caught:
            for question in questionnaire.questions:
                store.set_answer(info.uuid, Answer(question.id, current=1, note="x" * 30_000))
        assert caught.value.code == "s.disk_full"
        assert not store._conn.in_transaction
        assert store.answer(info.uuid, "STR-01").current in (1, 3)
    with Store(db_path) as store:
        assert store.integrity_ok()


def test_a_failing_backup_says_why_and_leaves_no_half_copy(store, info, monkeypatch):
    class DiskFillsDuringBackup:
        def __init__(self, conn):
            self._conn = conn

        def __getattr__(self, name):
            return getattr(self._conn, name)

        def backup(self, target, *args, **kwargs):
            target.execute("CREATE TABLE partial (x)")  # something was written ...
            raise sqlite3.OperationalError("database or disk is full")  # ... then no room

    monkeypatch.setattr(store, "_conn", DiskFillsDuringBackup(store._conn))
    with pytest.raises(MaturityError) as caught:
        store.backup(reason="close")
    assert caught.value.code == "s.disk_full"
    assert list((store.path.parent / "backups").glob("*.sqlite3")) == []


# -- durability whatever else touches the file (docs/security.md, "Database durability") -------

_WRITER = """
import os, subprocess, sys
from assessments.loader import bundled_questionnaire
from assessments.scoring import Answer
from assessments.store import Store

db = sys.argv[1]
store = Store(db)
info = store.create_assessment("İmar ve Şehircilik", "2026", bundled_questionnaire())
store.set_answer(info.uuid, Answer("STR-01", current=1))
for name in (db, db + "-journal", db + "-wal", db + "-shm"):
    if os.path.exists(name):  # what Qt's file dialog does when it lists the folder:
        os.close(os.open(name, os.O_RDONLY))  # POSIX drops this process's locks on the file
listed = subprocess.run([sys.executable, "-m", "assessments", "assessments", "list", "--db", db],
                        capture_output=True, text=True)
assert listed.returncode == 0, listed.stderr
store.set_answer(info.uuid, Answer("STR-01", current=4, note="kaydedildi"))
os._exit(0)  # no close, no checkpoint: as if the app were killed now
"""


def test_a_saved_change_survives_a_kill_after_another_program_opened_the_database(db_path):
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", _WRITER, str(db_path)], check=True, timeout=120)
    with Store(db_path) as store:
        (info,) = store.assessments()
        assert store.answer(info.uuid, "STR-01") == Answer("STR-01", current=4, note="kaydedildi")


def test_a_wal_database_of_an_earlier_version_is_converted_on_open(db_path, questionnaire):
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.close()
    with Store(db_path) as store:
        assert store.journal_mode == "truncate"
        store.create_assessment(UNIT, "2026", questionnaire)
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_wal_database_held_open_elsewhere_still_opens_and_converts_later(db_path, questionnaire):
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE held (x)")
    conn.execute("BEGIN")
    conn.execute("SELECT * FROM held").fetchall()  # a reader keeps it open: no conversion now
    with Store(db_path) as store:
        assert store.journal_mode == "wal"
        info = store.create_assessment(UNIT, "2026", questionnaire)
    conn.rollback()
    conn.close()
    with Store(db_path) as store:
        assert store.journal_mode == "truncate"
        assert store.assessment(info.uuid).unit == UNIT


def test_a_missing_database_folder_is_an_error_naming_it(tmp_path):
    missing = tmp_path / "unmounted-share" / "olgunluk.sqlite3"
    with pytest.raises(MaturityError) as caught:
        Store(missing)
    assert caught.value.code == "s.folder_missing"
    assert str(missing.parent) in caught.value.message("tr")
    assert not missing.parent.exists()  # never created: no empty database in its place


@pytest.mark.parametrize("how", ["removed", "replaced"])
def test_a_database_removed_or_replaced_under_the_store_is_detected_at_the_next_write(
    db_path, questionnaire, how
):
    with Store(db_path) as store:
        info = store.create_assessment(UNIT, "2026", questionnaire)
        store.set_answer(info.uuid, Answer("STR-01", current=2))
        if how == "removed":
            db_path.unlink()
        else:
            copy = db_path.with_name("copy.sqlite3")
            copy.write_bytes(db_path.read_bytes())
            copy.replace(db_path)
        with pytest.raises(MaturityError) as caught:
            store.set_answer(info.uuid, Answer("STR-01", current=3))
        assert caught.value.code == "s.database_gone"
        assert str(db_path) in caught.value.message("en")


_CREATOR = """
import sys
from assessments.store import Store
Store(sys.argv[1]).close()
"""


def test_two_processes_creating_a_new_database_at_once_both_succeed(tmp_path):
    import subprocess
    import sys

    for attempt in range(5):
        db = tmp_path / f"new-{attempt}.sqlite3"
        children = [
            subprocess.Popen(
                [sys.executable, "-c", _CREATOR, str(db)], stderr=subprocess.PIPE, text=True
            )
            for _ in range(2)
        ]
        errors = [child.communicate(timeout=120)[1] for child in children]
        assert [child.returncode for child in children] == [0, 0], errors
        with Store(db) as store:
            assert store.schema_version == SCHEMA_VERSION


def test_stale_temporaries_are_cleaned_on_the_next_start(db_path, questionnaire):
    import os

    from assessments.store import STALE_AFTER_S

    with Store(db_path) as store:
        store.create_assessment(UNIT, "2026", questionnaire)
        store.backup()
    folder = db_path.parent
    old = [
        folder / ".konsolide.0123456789ab.tmp",
        folder / f"{db_path.name}.restoring",
        folder / "backups" / "test-20260101T000000Z-close.sqlite3.backup-tmp",
    ]
    young = folder / ".rapor.abcdef012345.tmp"  # a write running now in another process
    mine = folder / "notlar.tmp"  # not a name the app makes
    for path in [*old, young, mine]:
        path.write_bytes(b"x" * 100)
    stamp = os.stat(db_path).st_mtime - STALE_AFTER_S - 60
    for path in [*old, mine]:
        os.utime(path, (stamp, stamp))
    with Store(db_path):
        pass
    assert [p for p in old if p.exists()] == []
    assert young.exists() and mine.exists()
    assert len(list((folder / "backups").glob("*.sqlite3"))) == 1


def test_network_locations_are_recognised(tmp_path, monkeypatch):
    from assessments.store import files as store_module
    from assessments.store import network_location

    assert network_location("\\\\sunucu\\paylasim\\olgunluk.sqlite3") == "UNC"
    assert store_module.network_location("//sunucu/paylasim/olgunluk.sqlite3") == "UNC"
    mounts = tmp_path / "mounts"
    mounts.write_text(
        f"/dev/sda1 / ext4 rw 0 0\nsrv:/x {tmp_path}/nfs nfs4 rw 0 0\n"
        f"//srv/y {tmp_path}/smb\\040share cifs rw 0 0\n",
        encoding="utf-8",
    )
    real_open = open
    monkeypatch.setattr(
        "builtins.open",
        lambda name, *a, **k: real_open(mounts if name == "/proc/mounts" else name, *a, **k),
    )
    monkeypatch.setattr(store_module.sys, "platform", "linux")
    assert store_module.network_location(tmp_path / "nfs" / "db.sqlite3") == "nfs4"
    assert store_module.network_location(tmp_path / "smb share" / "db.sqlite3") == "cifs"
    assert store_module.network_location(tmp_path / "local" / "db.sqlite3") is None


# -- names, rounds and revisions the store accepts (issue 13) ---------------------------------


def test_five_look_alike_names_are_one_unit(store, questionnaire):
    from test_turkish import LOOK_ALIKES

    first = store.add_unit("İmar Dairesi")
    assert {store.ensure_unit(name).id for name in LOOK_ALIKES.values()} == {first.id}
    with pytest.raises(MaturityError) as caught:
        store.add_unit("\u200bİmar\u00a0Dairesi")
    assert caught.value.code == "s.unit_exists"
    info = store.create_assessment("I\u0307mar\u200b Dairesi", "2026", questionnaire)
    assert info.unit == "İmar Dairesi"
    assert store.find_assessment("\ufeffimar dairesi", "2026").uuid == info.uuid
    assert [u.name for u in store.units()] == ["İmar Dairesi"]


@pytest.mark.parametrize(
    "name, odd",
    [
        ("İm\u0430r Dairesi", "U+0430"),  # Cyrillic а
        ("Fen \u0399şleri", "U+0399"),  # Greek capital iota
        ("Ulas\u0327\u0306ım", "U+0306"),  # a combining mark NFC cannot absorb
    ],
)
def test_confusable_names_are_refused_with_the_character_named(store, name, odd):
    with pytest.raises(MaturityError) as caught:
        store.add_unit(name)
    assert caught.value.code == "s.unit_name_confusable"
    assert odd in caught.value.message("tr") and odd in caught.value.message("en")
    assert store.units() == []


def test_names_in_one_other_script_and_long_names(store):
    assert store.add_unit("Отдел связи").name == "Отдел связи"  # one script: not a look-alike
    with pytest.raises(MaturityError) as caught:
        store.add_unit("Ç" * 32_767)
    assert caught.value.code == "s.unit_name_long" and "32767" in caught.value.message("en")


@pytest.mark.parametrize("round", ["2" * 5000, "2026-1" * 4, "2026\x001", "-2026", "2026;DROP"])
def test_rounds_out_of_bounds_are_refused_and_never_stored(store, questionnaire, round):
    with pytest.raises(MaturityError) as caught:
        store.create_assessment(UNIT, round, questionnaire)
    assert caught.value.code == "s.round_invalid"
    assert "20" in caught.value.message("tr") and len(caught.value.message("tr")) < 400
    assert store.assessments() == []


@pytest.mark.parametrize("round", ["2026", "2026-1", "2026/Bahar", "2025 Güz", "2026.2"])
def test_rounds_of_the_usual_forms_are_accepted(store, questionnaire, round):
    assert store.create_assessment(UNIT, f" {round} ", questionnaire).round == round


@pytest.mark.parametrize("value", [2**63, 10**9 + 1, -1, True, 3.0])
def test_revisions_out_of_bounds_are_refused(value):
    from assessments.store import names

    with pytest.raises(MaturityError) as caught:
        names.revision(value)
    assert caught.value.code == "s.revision_invalid"
    assert names.revision(10**9) == 10**9 and names.revision(0) == 0
