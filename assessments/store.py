"""The SQLite store: units, assessments, answers, their edit history and the import log.

Every write runs in its own short ``BEGIN IMMEDIATE`` transaction and is durable when the call
returns (a rollback journal with ``synchronous=FULL``): nothing a user typed waits in memory.
Not WAL: docs/security.md, "Database durability", says why. One ``Store`` belongs to one
thread, as sqlite3 connections do; a worker thread opens its own.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import sys
import time
import uuid as uuidlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from . import turkish
from .messages import MaturityError, Problem, ValidationError
from .questionnaire import Questionnaire
from .schema import MIGRATIONS, SCHEMA_VERSION
from .scoring import Answer, validate_answer

BUSY_TIMEOUT_MS = 10_000
# Leaving WAL needs the database to itself; when another program has it open, the store keeps
# working in WAL and tries again at the next open instead of waiting.
CONVERT_TIMEOUT_MS = 200
JOURNAL_MODE = "truncate"
STALE_AFTER_S = 600  # a temporary file older than this belongs to no running write
_TEMPORARY = re.compile(r"^\..+\.[0-9a-f]{12}\.tmp$")  # assessments/atomic.py's temporaries
NETWORK_FILESYSTEMS = ("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs",
                       "afs", "9p", "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2")

log = logging.getLogger(__name__)


def _import_sqlite_utils():
    """Import sqlite-utils without letting it drag in pandas and numpy.

    sqlite-utils imports both when present only to map their types, which we never store;
    that costs start-up time (about 0.1 s for numpy, 0.4 s for pandas). Marking them absent
    for the duration of the import skips it; they import normally afterwards (matplotlib).
    """
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    blocked = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        for name in blocked:
            del sys.modules[name]
    return sqlite_utils


def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("malformed", "not a database", "quick_check", "corrupt"))


def _write_error(exc: sqlite3.OperationalError, path: Path) -> MaturityError:
    """Turn SQLite's failure to write into a message a user can act on."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return MaturityError("s.read_only_db", path=str(path))
    if "full" in text:
        return MaturityError("s.disk_full")
    if "locked" in text or "busy" in text:
        return MaturityError("s.busy")
    return MaturityError("s.write_failed", detail=str(exc))


def network_location(path: str | os.PathLike) -> str | None:
    """What kind of network drive ``path`` is on ("UNC", "mapped drive", "nfs4", "cifs"...),
    or None when it is local (or cannot be told). SQLite's locking is unsafe on those."""
    text = os.fspath(path)
    if text.startswith(("\\\\", "//")):
        return "UNC"
    if sys.platform == "win32":
        return _windows_remote(text)
    return _mount_type(Path(text))


def _windows_remote(text: str) -> str | None:
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(text))[0]
    if drive.startswith("\\\\"):
        return "UNC"
    drive_remote = 4
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return "mapped drive" if kind == drive_remote else None


def _mount_type(path: Path) -> str | None:
    """The file system type of the mount holding ``path``, when it is a network one (Linux)."""
    try:
        target = os.path.realpath(path)
        with open("/proc/mounts", encoding="utf-8", errors="replace") as mounts:
            rows = [line.split()[:3] for line in mounts if line.count(" ") >= 2]
    except OSError:
        return None
    best, kind = "", ""
    for _device, point, fstype in rows:
        point = point.replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fstype
    return kind if kind.lower() in NETWORK_FILESYSTEMS else None


def clean_stale_temporaries(folder: str | os.PathLike) -> list[Path]:
    """Remove the temporary files a killed write left in ``folder``: atomic writes' hidden
    ``.name.<hex>.tmp``, the store's ``*.restoring`` and half-made backups. Only files older
    than STALE_AFTER_S, so a write running in another process keeps its file. Returns them."""
    removed = []
    limit = time.time() - STALE_AFTER_S
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (_TEMPORARY.match(name) or name.endswith((".restoring", ".backup-tmp"))):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def backups_of(path: Path) -> list[Path]:
    """Backups of the database at ``path``, oldest first."""
    folder = Path(path).parent / "backups"
    return sorted(folder.glob(f"{Path(path).stem}-*{Path(path).suffix}"))


def latest_backup(path: Path) -> Path | None:
    """The newest backup that opens and passes SQLite's integrity check."""
    for candidate in reversed(backups_of(path)):
        try:
            conn = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
            try:
                if conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok":
                    return candidate
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            continue
    return None


def restore_backup(path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the damaged database at ``path``. The damaged file is kept
    beside it (renamed ``*.damaged-<time>``), never deleted. Returns the damaged copy's path."""
    path = Path(path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    path.replace(damaged)
    for suffix in ("-wal", "-shm", "-journal"):  # a hot journal belongs to the damaged file
        companion = path.with_name(path.name + suffix)
        if companion.exists() and companion.stat().st_size > 0:
            companion.replace(damaged.with_name(damaged.name + suffix))
    temporary = path.with_name(path.name + ".restoring")
    shutil.copyfile(backup, temporary)
    temporary.replace(path)
    return damaged


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Unit:
    id: int
    name: str


@dataclass(frozen=True)
class AssessmentInfo:
    uuid: str
    unit: str
    round: str
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_fingerprint: str
    status: str  # draft | final
    revision: int
    respondent: str
    created_at: str
    updated_at: str
    source: str  # local | export | template
    out_of_scope: tuple[str, ...]
    position: str | None  # the question the user was on
    source_file: str
    exported_at: str
    flags: tuple[str, ...]

    @property
    def read_only(self) -> bool:
        """Imported assessments are the unit's own words: the coordinator does not edit them."""
        return self.source != "local"

    @property
    def is_final(self) -> bool:
        return self.status == "final"


@dataclass(frozen=True)
class HistoryEntry:
    question_id: str
    field: str
    old_value: str | None
    new_value: str | None
    changed_at: str


_ANSWER_FIELDS = (
    ("current_level", "current"),
    ("target_level", "target"),
    ("not_applicable", "not_applicable"),
    ("note", "note"),
    ("evidence", "evidence"),
)

_ASSESSMENT_SELECT = """
    SELECT a.*, u.name AS unit_name FROM assessments a JOIN units u ON u.id = a.unit_id
"""


def _history_value(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


class Store:
    """The assessment database. Open with ``Store(path)``; close with ``close()`` or ``with``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.in_memory = str(path) == ":memory:"
        self.network_kind: str | None = None  # set when the database is on a network drive
        self._identity: tuple[int, int] | None = None
        sqlite_utils = _import_sqlite_utils()
        if not self.in_memory:
            self._check_folder()
        try:
            # Autocommit mode: we issue BEGIN/COMMIT ourselves, so nothing commits behind us.
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            self.db = sqlite_utils.Database(conn)
            self._identity = self._file_identity()
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.journal_mode = self._use_rollback_journal()
            self.db.execute("PRAGMA synchronous = FULL")
            if self.db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._close_quietly()
            if _is_corruption(exc) and self.path.is_file():
                code = "s.corrupt" if latest_backup(self.path) else "s.corrupt_no_backup"
                raise MaturityError(code, path=str(path)) from exc
            raise MaturityError("s.cannot_open", path=str(path), detail=str(exc)) from exc

    # -- life cycle ---------------------------------------------------------------------------

    def _check_folder(self) -> None:
        """A missing folder (an unmounted share, a deleted folder) is an error, never a new
        empty database; stale temporaries of killed writes are removed; a network drive is
        noted (docs/it-guide.md)."""
        folder = self.path.absolute().parent
        if not folder.is_dir():
            raise MaturityError("s.folder_missing", folder=str(folder))
        clean_stale_temporaries(folder)
        clean_stale_temporaries(folder / "backups")
        self.network_kind = network_location(folder)
        if self.network_kind:
            log.warning("The database %s is on a network drive (%s)", self.path, self.network_kind)

    def _use_rollback_journal(self) -> str:
        """Switch the database to the rollback journal (converting a WAL database made by an
        earlier version). If another program holds it open, stay in WAL for now: never fail."""
        mode = self.db.execute("PRAGMA journal_mode").fetchone()[0].lower()
        if mode in (JOURNAL_MODE, "memory"):
            return mode
        self.db.execute(f"PRAGMA busy_timeout = {CONVERT_TIMEOUT_MS}")
        try:
            mode = self.db.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}").fetchone()[0].lower()
        except sqlite3.OperationalError as exc:  # locked by another connection: next time
            log.info("Journal mode stays %s for now: %s", mode, exc)
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return mode

    def _file_identity(self) -> tuple[int, int] | None:
        if self.in_memory:
            return None
        try:
            info = os.stat(self.path)
        except OSError:
            return None
        return info.st_dev, info.st_ino

    def _check_same_file(self) -> None:
        """Before each write: is the file at our path still the one we opened? If it was
        deleted or replaced, a write would go to an orphaned file and be lost."""
        if self._identity is not None and self._file_identity() != self._identity:
            raise MaturityError("s.database_gone", path=str(self.path))

    def close(self) -> None:
        self.db.conn.close()

    def _close_quietly(self) -> None:
        db = getattr(self, "db", None)
        if db is not None:
            db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One short write transaction; committed (durably) on success, rolled back on error."""
        self._check_same_file()
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.conn.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise _write_error(exc, self.path) from exc

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        found = self.schema_version
        if found > SCHEMA_VERSION:
            raise MaturityError("s.newer_schema", found=found, known=SCHEMA_VERSION)
        if found == SCHEMA_VERSION:
            return
        if found > 0 and self.path.is_file():
            self.backup(reason=f"before-migration-v{found}")
        with self.transaction():
            # Read again under the write lock: another process may have created or migrated
            # the database meanwhile ("table units already exists").
            found = self.schema_version
            for version in range(found + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[version - 1].split(";\n"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {version}")

    def backup(self, reason: str = "manual", keep: int = 10) -> Path | None:
        """Copy the database into ``backups/`` beside it (consistent, via SQLite's backup API),
        keeping the newest ``keep`` copies."""
        if str(self.path) == ":memory:":
            return None
        folder = self.path.parent / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{self.path.stem}-{stamp}-{reason}{self.path.suffix}"
        partial = folder / f"{target.name}.backup-tmp"  # a kill leaves no half backup named as one
        try:
            dest = sqlite3.connect(str(partial))
            try:
                self.db.conn.backup(dest)
            finally:
                dest.close()
            partial.replace(target)
        except (sqlite3.Error, OSError) as exc:  # e.g. the disk filled up: say so, no half copy
            partial.unlink(missing_ok=True)
            raise _write_error(exc if isinstance(exc, sqlite3.OperationalError)
                               else sqlite3.OperationalError(str(exc)), self.path) from exc
        for old in backups_of(self.path)[:-keep]:
            old.unlink(missing_ok=True)
        return target

    # -- units --------------------------------------------------------------------------------

    def units(self) -> list[Unit]:
        """All units in Turkish alphabetical order."""
        rows = [Unit(r["id"], r["name"]) for r in self.db.query("SELECT id, name FROM units")]
        return sorted(rows, key=lambda u: turkish.sort_key(u.name))

    def search_units(self, text: str) -> list[Unit]:
        """Units whose name contains ``text`` (Turkish case rules: "istanbul" finds "İSTANBUL")."""
        return [u for u in self.units() if turkish.contains(u.name, text)]

    def find_unit(self, name: str) -> Unit | None:
        row = self.db.execute("SELECT id, name FROM units WHERE name_key = ?",
                              [turkish.fold(name)]).fetchone()
        return Unit(*row) if row else None

    def add_unit(self, name: str) -> Unit:
        name = " ".join(name.split())
        if not name:
            raise MaturityError("s.unit_name_empty")
        if self.find_unit(name):
            raise MaturityError("s.unit_exists", name=name)
        with self.transaction():
            cursor = self.db.execute("INSERT INTO units (name, name_key, created_at) VALUES (?, ?, ?)",
                                     [name, turkish.fold(name), now_utc()])
        return Unit(cursor.lastrowid, name)

    def ensure_unit(self, name: str) -> Unit:
        return self.find_unit(name) or self.add_unit(name)

    # -- assessments --------------------------------------------------------------------------

    @staticmethod
    def _info(row: dict) -> AssessmentInfo:
        return AssessmentInfo(
            uuid=row["uuid"], unit=row["unit_name"], round=row["round"],
            questionnaire_id=row["questionnaire_id"],
            questionnaire_version=row["questionnaire_version"],
            questionnaire_fingerprint=row["questionnaire_fingerprint"],
            status=row["status"], revision=row["revision"], respondent=row["respondent"],
            created_at=row["created_at"], updated_at=row["updated_at"], source=row["source"],
            out_of_scope=tuple(json.loads(row["out_of_scope"])), position=row["position"],
            source_file=row["source_file"], exported_at=row["exported_at"],
            flags=tuple(json.loads(row["flags"])),
        )

    def create_assessment(self, unit_name: str, round: str, questionnaire: Questionnaire,
                          respondent: str = "", out_of_scope: Iterable[str] = ()) -> AssessmentInfo:
        round = round.strip()
        if not round:
            raise MaturityError("s.round_empty")
        out_of_scope = self._checked_scope(questionnaire, out_of_scope)
        unit = self.ensure_unit(unit_name)
        if self.find_assessment(unit.name, round):
            raise MaturityError("s.assessment_exists", unit=unit.name, round=round)
        stamp = now_utc()
        new_uuid = str(uuidlib.uuid4())
        with self.transaction():
            self.db.execute(
                """INSERT INTO assessments (uuid, unit_id, round, questionnaire_id,
                   questionnaire_version, questionnaire_fingerprint, respondent, created_at,
                   updated_at, out_of_scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [new_uuid, unit.id, round, questionnaire.id, questionnaire.version,
                 questionnaire.fingerprint, respondent.strip(), stamp, stamp, json.dumps(out_of_scope)])
        return self.assessment(new_uuid)

    @staticmethod
    def _checked_scope(questionnaire: Questionnaire, out_of_scope: Iterable[str]) -> list[str]:
        scope = sorted(set(out_of_scope))
        for dim in scope:
            try:
                questionnaire.dimension(dim)
            except KeyError:
                raise MaturityError("s.unknown_dimension", value=dim) from None
        return scope

    def assessments(self, round: str | None = None) -> list[AssessmentInfo]:
        """Assessments, most recently changed first."""
        sql = _ASSESSMENT_SELECT + (" WHERE a.round = ?" if round else "") + " ORDER BY a.updated_at DESC, a.id DESC"
        return [self._info(r) for r in self.db.query(sql, [round] if round else [])]

    def assessment(self, uuid: str) -> AssessmentInfo:
        rows = list(self.db.query(_ASSESSMENT_SELECT + " WHERE a.uuid = ?", [uuid]))
        if not rows:
            raise MaturityError("s.assessment_uuid_not_found", uuid=uuid)
        return self._info(rows[0])

    def find_assessment(self, unit_name: str, round: str) -> AssessmentInfo | None:
        rows = list(self.db.query(_ASSESSMENT_SELECT + " WHERE u.name_key = ? AND a.round = ?",
                                  [turkish.fold(unit_name), round.strip()]))
        return self._info(rows[0]) if rows else None

    def get_assessment(self, unit_name: str, round: str) -> AssessmentInfo:
        found = self.find_assessment(unit_name, round)
        if not found:
            raise MaturityError("s.assessment_not_found", unit=unit_name, round=round)
        return found

    def _row_id(self, uuid: str) -> int:
        row = self.db.execute("SELECT id FROM assessments WHERE uuid = ?", [uuid]).fetchone()
        if not row:
            raise MaturityError("s.assessment_uuid_not_found", uuid=uuid)
        return row[0]

    def _editable(self, uuid: str, allow_final: bool = False) -> AssessmentInfo:
        info = self.assessment(uuid)
        if info.read_only:
            raise MaturityError("s.read_only")
        if info.is_final and not allow_final:
            raise MaturityError("s.final")
        return info

    def _touch(self, assessment_id: int, stamp: str) -> None:
        self.db.execute("UPDATE assessments SET revision = revision + 1, updated_at = ? WHERE id = ?",
                        [stamp, assessment_id])

    def update_assessment(self, uuid: str, *, questionnaire: Questionnaire | None = None,
                          respondent: str | None = None, out_of_scope: Iterable[str] | None = None,
                          status: str | None = None) -> AssessmentInfo:
        """Change an assessment's details; each change is a new revision."""
        self._editable(uuid, allow_final=status is not None)
        changes: dict[str, str] = {}
        if respondent is not None:
            changes["respondent"] = respondent.strip()
        if out_of_scope is not None:
            scope = self._checked_scope(questionnaire, out_of_scope) if questionnaire else sorted(out_of_scope)
            changes["out_of_scope"] = json.dumps(scope)
        if status is not None:
            if status not in ("draft", "final"):
                raise ValueError(status)
            changes["status"] = status
        if not changes:
            return self.assessment(uuid)
        stamp = now_utc()
        with self.transaction():
            assignments = ", ".join(f"{column} = ?" for column in changes)
            self.db.execute(f"UPDATE assessments SET {assignments} WHERE uuid = ?", [*changes.values(), uuid])
            self._touch(self._row_id(uuid), stamp)
        return self.assessment(uuid)

    def set_position(self, uuid: str, question_id: str | None) -> None:
        """Remember where the user is; not a change of the assessment (no new revision)."""
        with self.transaction():
            self.db.execute("UPDATE assessments SET position = ? WHERE uuid = ?", [question_id, uuid])

    # -- answers ------------------------------------------------------------------------------

    @staticmethod
    def _answer(row: dict) -> Answer:
        return Answer(
            question_id=row["question_id"], current=row["current_level"], target=row["target_level"],
            not_applicable=bool(row["not_applicable"]), note=row["note"], evidence=row["evidence"],
        )

    def answers(self, uuid: str) -> dict[str, Answer]:
        rows = self.db.query(
            "SELECT * FROM answers WHERE assessment_id = ? ORDER BY question_id", [self._row_id(uuid)])
        return {row["question_id"]: self._answer(row) for row in rows}

    def answer(self, uuid: str, question_id: str) -> Answer:
        rows = list(self.db.query("SELECT * FROM answers WHERE assessment_id = ? AND question_id = ?",
                                  [self._row_id(uuid), question_id]))
        return self._answer(rows[0]) if rows else Answer(question_id)

    def answer_times(self, uuid: str) -> dict[str, str]:
        """When each answer last changed (UTC, ISO 8601)."""
        rows = self.db.execute("SELECT question_id, updated_at FROM answers WHERE assessment_id = ?",
                               [self._row_id(uuid)])
        return dict(rows.fetchall())

    def set_answer(self, uuid: str, answer: Answer, questionnaire: Questionnaire | None = None) -> AssessmentInfo:
        """Store one answer, durably, with a history row per changed field. Raises
        ValidationError (nothing stored) when the answer breaks a rule."""
        problems = validate_answer(answer, where=answer.question_id)
        if questionnaire and not questionnaire.has_question(answer.question_id):
            problems.append(Problem("a.unknown_question", {"value": answer.question_id}))
        if problems:
            raise ValidationError(problems)
        self._editable(uuid)
        assessment_id = self._row_id(uuid)
        with self.transaction():
            old = self.answer(uuid, answer.question_id)
            if old != answer:
                self._write_answer(assessment_id, old, answer, now_utc())
        return self.assessment(uuid)

    def _write_answer(self, assessment_id: int, old: Answer, answer: Answer, stamp: str) -> None:
        for column, attr in _ANSWER_FIELDS:
            before, after = getattr(old, attr), getattr(answer, attr)
            if before != after:
                self.db.execute(
                    """INSERT INTO answer_history (assessment_id, question_id, field, old_value,
                       new_value, changed_at) VALUES (?, ?, ?, ?, ?, ?)""",
                    [assessment_id, answer.question_id, column, _history_value(before),
                     _history_value(after), stamp])
        if answer.is_blank:
            self.db.execute("DELETE FROM answers WHERE assessment_id = ? AND question_id = ?",
                            [assessment_id, answer.question_id])
        else:
            self.db.execute(
                """INSERT INTO answers (assessment_id, question_id, current_level, target_level,
                   not_applicable, note, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (assessment_id, question_id) DO UPDATE SET
                   current_level = excluded.current_level, target_level = excluded.target_level,
                   not_applicable = excluded.not_applicable, note = excluded.note,
                   evidence = excluded.evidence, updated_at = excluded.updated_at""",
                [assessment_id, answer.question_id, answer.current, answer.target,
                 int(answer.not_applicable), answer.note, answer.evidence, stamp])
        self._touch(assessment_id, stamp)

    def history(self, uuid: str) -> list[HistoryEntry]:
        rows = self.db.execute(
            """SELECT question_id, field, old_value, new_value, changed_at FROM answer_history
               WHERE assessment_id = ? ORDER BY id""", [self._row_id(uuid)])
        return [HistoryEntry(*row) for row in rows.fetchall()]

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
