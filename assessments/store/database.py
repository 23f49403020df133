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
import sqlite3
import uuid as uuidlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .. import turkish
from ..clock import now_utc
from ..messages import MaturityError, Problem, ValidationError
from ..questionnaire import Questionnaire
from ..scoring import Answer, validate_answer
from . import names
from .batch import Group
from .collection import Collection
from .files import backups_of, clean_stale_temporaries, latest_backup, network_location
from .imports import Imports
from .monitoring import Monitoring
from .registry import DETAILS, UnitRegistry
from .rounds import Rounds
from .schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 10_000
# Leaving WAL needs the database to itself; when another program has it open, the store keeps
# working in WAL and tries again at the next open instead of waiting.
CONVERT_TIMEOUT_MS = 200
JOURNAL_MODE = "truncate"

log = logging.getLogger(__name__)


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


UNIT_COLUMNS = "id, name, code, profile, contact, email"


@dataclass(frozen=True)
class Unit:
    id: int
    name: str
    code: str = ""  # short, for file names ("BIDB - 2026 - sablon.xlsx")
    profile: str = ""  # the questionnaire profile the unit answers ("" the whole)
    contact: str = ""  # whom the coordinator writes to
    email: str = ""

    @classmethod
    def from_row(cls, row) -> Unit:
        return cls(
            row["id"], row["name"], row["code"], row["profile"], row["contact"], row["email"]
        )


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
    profile: str | None = None  # the unit profile's id; None: made without one (1.x)

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
        self._group: Group | None = None  # set during batch()
        if not self.in_memory:
            self._check_folder()
        try:
            # Autocommit mode: we issue BEGIN/COMMIT ourselves, so nothing commits behind us.
            self._conn = sqlite3.connect(
                str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
            )
            self._conn.row_factory = sqlite3.Row
            self._identity = self._file_identity()
            self._run(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._run("PRAGMA foreign_keys = ON")
            self.journal_mode = self._use_rollback_journal()
            self._run("PRAGMA synchronous = FULL")
            if self._run("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            self._migrate()
            self.imports = Imports(self)
            self.rounds = Rounds(self)
            self.monitoring = Monitoring(self)
            self.registry = UnitRegistry(self)
            self.collection = Collection(self)
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
        mode = self._run("PRAGMA journal_mode").fetchone()[0].lower()
        if mode in (JOURNAL_MODE, "memory"):
            return mode
        self._run(f"PRAGMA busy_timeout = {CONVERT_TIMEOUT_MS}")
        try:
            mode = self._run(f"PRAGMA journal_mode = {JOURNAL_MODE}").fetchone()[0].lower()
        except sqlite3.OperationalError as exc:  # locked by another connection: next time
            log.info("Journal mode stays %s for now: %s", mode, exc)
        finally:
            self._run(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
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
        self._conn.close()

    def _close_quietly(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()

    def _run(self, sql: str, params=()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

    def _query(self, sql: str, params=()) -> list[sqlite3.Row]:
        return self._conn.execute(sql, params).fetchall()

    def _one(self, sql: str, params=()) -> sqlite3.Row | None:
        return self._conn.execute(sql, params).fetchone()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One short write transaction; committed (durably) on success, rolled back on error.
        Inside ``batch()`` a savepoint of the batch's current group instead."""
        self._check_same_file()
        if self._group is not None:
            with self._grouped():
                yield
            return
        try:
            self._run("BEGIN IMMEDIATE")
            try:
                yield
                self._run("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._run("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise _write_error(exc, self.path) from exc

    @contextmanager
    def _grouped(self) -> Iterator[None]:
        group = self._group
        try:
            if not self._conn.in_transaction:
                self._run("BEGIN IMMEDIATE")
                group.start()
            self._run("SAVEPOINT one_write")
            try:
                yield
            except BaseException:
                self._run("ROLLBACK TO one_write")
                self._run("RELEASE one_write")
                raise
            self._run("RELEASE one_write")
            group.pending += 1
        except sqlite3.OperationalError as exc:
            raise _write_error(exc, self.path) from exc
        if group.due():
            self.flush()

    def flush(self) -> None:
        """Commit the batch's current group (durably). If that fails, the group is undone:
        ``on_lost`` hears how many writes, and MaturityError says why."""
        group = self._group
        if not self._conn.in_transaction:
            return
        try:
            self._run("COMMIT")
        except sqlite3.OperationalError as exc:
            with suppress(sqlite3.Error):
                if self._conn.in_transaction:
                    self._run("ROLLBACK")
            lost, group.pending = group.pending, 0
            if group.on_lost is not None:
                group.on_lost(lost)
            raise _write_error(exc, self.path) from exc
        group.pending = 0
        if group.on_commit is not None:
            group.on_commit()

    @contextmanager
    def batch(
        self,
        on_commit: Callable[[], None] | None = None,
        on_lost: Callable[[int], None] | None = None,
    ) -> Iterator[None]:
        """Many writes in a row (a merge): each ``transaction()`` is a savepoint, and the
        savepoints of about a quarter of a second share one commit (store/batch.py). All is
        committed, durably, when the block ends (also on an exception)."""
        self._group = Group(on_commit, on_lost)
        try:
            yield
        finally:
            try:
                self.flush()
            finally:
                self._group = None

    @property
    def schema_version(self) -> int:
        return self._one("PRAGMA user_version")[0]

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
                        self._run(statement)
                self._run(f"PRAGMA user_version = {version}")

    def own_files(self) -> list[Path]:
        """The database file, SQLite's files beside it and the backups folder: what a merge
        or a collection never reads as a unit's file when they lie in the folder it searches."""
        if self.in_memory:
            return []
        sidecars = [
            self.path.with_name(self.path.name + end) for end in ("-wal", "-shm", "-journal")
        ]
        return [self.path, *sidecars, self.path.parent / "backups"]

    def backup(self, reason: str = "manual", keep: int = 10) -> Path | None:
        """Copy the database into ``backups/`` beside it (consistent, via SQLite's backup API),
        keeping the newest ``keep`` copies."""
        if self.in_memory:
            return None
        folder = self.path.parent / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{self.path.stem}-{stamp}-{reason}{self.path.suffix}"
        partial = folder / f"{target.name}.backup-tmp"  # a kill leaves no half backup named as one
        try:
            dest = sqlite3.connect(str(partial))
            try:
                self._conn.backup(dest)
            finally:
                dest.close()
            partial.replace(target)
        except (sqlite3.Error, OSError) as exc:  # e.g. the disk filled up: say so, no half copy
            partial.unlink(missing_ok=True)
            raise _write_error(
                exc
                if isinstance(exc, sqlite3.OperationalError)
                else sqlite3.OperationalError(str(exc)),
                self.path,
            ) from exc
        for old in backups_of(self.path)[:-keep]:
            old.unlink(missing_ok=True)
        return target

    # -- units --------------------------------------------------------------------------------

    def units(self) -> list[Unit]:
        """All units in Turkish alphabetical order."""
        rows = [Unit.from_row(r) for r in self._query(f"SELECT {UNIT_COLUMNS} FROM units")]
        return sorted(rows, key=lambda u: turkish.sort_key(u.name))

    def search_units(self, text: str) -> list[Unit]:
        """Units whose name contains ``text`` (Turkish case rules: "istanbul" finds "İSTANBUL")."""
        return [u for u in self.units() if turkish.contains(u.name, text)]

    def find_unit(self, name: str) -> Unit | None:
        row = self._one(
            f"SELECT {UNIT_COLUMNS} FROM units WHERE name_key = ?", [names.unit_key(name)]
        )
        return Unit.from_row(row) if row else None

    def add_unit(self, name: str, **details: str) -> Unit:
        """A new unit; its name normalised (names.unit_name), a look-alike name refused.
        ``details``: code, profile, contact, email (registry.clean_details' rules)."""
        name = names.unit_name(name)
        if self.find_unit(name):
            raise MaturityError("s.unit_exists", name=name)
        self.registry.check_new(name)  # a typo of an existing unit: "did you mean"
        fields = self.registry.clean_details(name, details)
        with self.transaction():
            cursor = self._run(
                "INSERT INTO units (name, name_key, created_at, code, profile, contact, email)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [name, names.unit_key(name), now_utc(), *(fields[k] for k in DETAILS)],
            )
        return Unit(cursor.lastrowid, name, **fields)

    def ensure_unit(self, name: str) -> Unit:
        return self.find_unit(name) or self.add_unit(name)

    # -- assessments --------------------------------------------------------------------------

    @staticmethod
    def _info(row: dict) -> AssessmentInfo:
        return AssessmentInfo(
            uuid=row["uuid"],
            unit=row["unit_name"],
            round=row["round"],
            questionnaire_id=row["questionnaire_id"],
            questionnaire_version=row["questionnaire_version"],
            questionnaire_fingerprint=row["questionnaire_fingerprint"],
            status=row["status"],
            revision=row["revision"],
            respondent=row["respondent"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            source=row["source"],
            out_of_scope=tuple(json.loads(row["out_of_scope"])),
            position=row["position"],
            source_file=row["source_file"],
            exported_at=row["exported_at"],
            flags=tuple(json.loads(row["flags"])),
            profile=row["profile"],
        )

    def create_assessment(
        self,
        unit_name: str,
        round: str,
        questionnaire: Questionnaire,
        respondent: str = "",
        out_of_scope: Iterable[str] = (),
        profile: str | None = None,
    ) -> AssessmentInfo:
        round = names.round_label(round)
        out_of_scope = self._checked_scope(questionnaire, out_of_scope)
        if profile is not None and profile not in questionnaire.profiles:
            raise MaturityError("q.unknown_profile", value=profile)
        unit = self.ensure_unit(unit_name)
        if self.find_assessment(unit.name, round):
            raise MaturityError("s.assessment_exists", unit=unit.name, round=round)
        stamp = now_utc()
        new_uuid = str(uuidlib.uuid4())
        with self.transaction():
            self._run(
                """INSERT INTO assessments (uuid, unit_id, round, questionnaire_id,
                   questionnaire_version, questionnaire_fingerprint, respondent, created_at,
                   updated_at, out_of_scope, profile)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    new_uuid,
                    unit.id,
                    round,
                    questionnaire.id,
                    questionnaire.version,
                    questionnaire.fingerprint,
                    respondent.strip(),
                    stamp,
                    stamp,
                    json.dumps(out_of_scope),
                    profile,
                ],
            )
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
        sql = (
            _ASSESSMENT_SELECT
            + (" WHERE a.round = ?" if round else "")
            + " ORDER BY a.updated_at DESC, a.id DESC"
        )
        return [self._info(r) for r in self._query(sql, [round] if round else [])]

    def assessment(self, uuid: str) -> AssessmentInfo:
        rows = list(self._query(_ASSESSMENT_SELECT + " WHERE a.uuid = ?", [uuid]))
        if not rows:
            raise MaturityError("s.assessment_uuid_not_found", uuid=uuid)
        return self._info(rows[0])

    def find_assessment(self, unit_name: str, round: str) -> AssessmentInfo | None:
        rows = list(
            self._query(
                _ASSESSMENT_SELECT + " WHERE u.name_key = ? AND a.round = ?",
                [names.unit_key(unit_name), " ".join(round.split())],
            )
        )
        return self._info(rows[0]) if rows else None

    def get_assessment(self, unit_name: str, round: str) -> AssessmentInfo:
        found = self.find_assessment(unit_name, round)
        if not found:
            raise MaturityError("s.assessment_not_found", unit=unit_name, round=round)
        return found

    def _row_id(self, uuid: str) -> int:
        row = self._one("SELECT id FROM assessments WHERE uuid = ?", [uuid])
        if not row:
            raise MaturityError("s.assessment_uuid_not_found", uuid=uuid)
        return row["id"]

    def _editable(self, uuid: str, allow_final: bool = False) -> AssessmentInfo:
        info = self.assessment(uuid)
        if info.read_only:
            raise MaturityError("s.read_only")
        if info.is_final and not allow_final:
            raise MaturityError("s.final")
        return info

    def _touch(self, assessment_id: int, stamp: str) -> None:
        self._run(
            "UPDATE assessments SET revision = revision + 1, updated_at = ? WHERE id = ?",
            [stamp, assessment_id],
        )

    def update_assessment(
        self,
        uuid: str,
        *,
        questionnaire: Questionnaire | None = None,
        respondent: str | None = None,
        out_of_scope: Iterable[str] | None = None,
        status: str | None = None,
    ) -> AssessmentInfo:
        """Change an assessment's details; each change is a new revision."""
        changes: dict[str, str] = {}
        if respondent is not None:
            changes["respondent"] = respondent.strip()
        if out_of_scope is not None:
            scope = (
                self._checked_scope(questionnaire, out_of_scope)
                if questionnaire
                else sorted(out_of_scope)
            )
            changes["out_of_scope"] = json.dumps(scope)
        if status is not None:
            if status not in ("draft", "final"):
                raise ValueError(status)
            changes["status"] = status
        if not changes:
            self._editable(uuid, allow_final=status is not None)
            return self.assessment(uuid)
        stamp = now_utc()
        with self.transaction():  # checked inside: nobody can import over it in between
            self._editable(uuid, allow_final=status is not None)
            assignments = ", ".join(f"{column} = ?" for column in changes)
            self._run(
                f"UPDATE assessments SET {assignments} WHERE uuid = ?", [*changes.values(), uuid]
            )
            self._touch(self._row_id(uuid), stamp)
        return self.assessment(uuid)

    def set_position(self, uuid: str, question_id: str | None) -> None:
        """Remember where the user is; not a change of the assessment (no new revision)."""
        with self.transaction():
            self._run("UPDATE assessments SET position = ? WHERE uuid = ?", [question_id, uuid])

    # -- answers ------------------------------------------------------------------------------

    @staticmethod
    def _answer(row: dict) -> Answer:
        return Answer(
            question_id=row["question_id"],
            current=row["current_level"],
            target=row["target_level"],
            not_applicable=bool(row["not_applicable"]),
            note=row["note"],
            evidence=row["evidence"],
        )

    def answers(self, uuid: str) -> dict[str, Answer]:
        rows = self._query(
            "SELECT * FROM answers WHERE assessment_id = ? ORDER BY question_id",
            [self._row_id(uuid)],
        )
        return {row["question_id"]: self._answer(row) for row in rows}

    def answer(self, uuid: str, question_id: str) -> Answer:
        rows = list(
            self._query(
                "SELECT * FROM answers WHERE assessment_id = ? AND question_id = ?",
                [self._row_id(uuid), question_id],
            )
        )
        return self._answer(rows[0]) if rows else Answer(question_id)

    def answer_times(self, uuid: str) -> dict[str, str]:
        """When each answer last changed (UTC, ISO 8601)."""
        rows = self._run(
            "SELECT question_id, updated_at FROM answers WHERE assessment_id = ?",
            [self._row_id(uuid)],
        )
        return {row["question_id"]: row["updated_at"] for row in rows}

    def set_answer(
        self, uuid: str, answer: Answer, questionnaire: Questionnaire | None = None
    ) -> AssessmentInfo:
        """Store one answer, durably, with a history row per changed field. Raises
        ValidationError (nothing stored) when the answer breaks a rule."""
        problems = validate_answer(answer, where=answer.question_id)
        if questionnaire and not questionnaire.has_question(answer.question_id):
            problems.append(Problem("a.unknown_question", {"value": answer.question_id}))
        if problems:
            raise ValidationError(problems)
        with self.transaction():  # checked inside: nobody can import over it in between
            self._editable(uuid)
            assessment_id = self._row_id(uuid)
            old = self.answer(uuid, answer.question_id)
            if old != answer:
                self._write_answer(assessment_id, old, answer, now_utc())
        return self.assessment(uuid)

    def _write_answer(self, assessment_id: int, old: Answer, answer: Answer, stamp: str) -> None:
        for column, attr in _ANSWER_FIELDS:
            before, after = getattr(old, attr), getattr(answer, attr)
            if before != after:
                self._run(
                    """INSERT INTO answer_history (assessment_id, question_id, field, old_value,
                       new_value, changed_at) VALUES (?, ?, ?, ?, ?, ?)""",
                    [
                        assessment_id,
                        answer.question_id,
                        column,
                        _history_value(before),
                        _history_value(after),
                        stamp,
                    ],
                )
        if answer.is_blank:
            self._run(
                "DELETE FROM answers WHERE assessment_id = ? AND question_id = ?",
                [assessment_id, answer.question_id],
            )
        else:
            self._run(
                """INSERT INTO answers (assessment_id, question_id, current_level, target_level,
                   not_applicable, note, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (assessment_id, question_id) DO UPDATE SET
                   current_level = excluded.current_level, target_level = excluded.target_level,
                   not_applicable = excluded.not_applicable, note = excluded.note,
                   evidence = excluded.evidence, updated_at = excluded.updated_at""",
                [
                    assessment_id,
                    answer.question_id,
                    answer.current,
                    answer.target,
                    int(answer.not_applicable),
                    answer.note,
                    answer.evidence,
                    stamp,
                ],
            )
        self._touch(assessment_id, stamp)

    def history(self, uuid: str) -> list[HistoryEntry]:
        rows = self._run(
            """SELECT question_id, field, old_value, new_value, changed_at FROM answer_history
               WHERE assessment_id = ? ORDER BY id""",
            [self._row_id(uuid)],
        )
        return [
            HistoryEntry(
                row["question_id"],
                row["field"],
                row["old_value"],
                row["new_value"],
                row["changed_at"],
            )
            for row in rows
        ]

    def integrity_ok(self) -> bool:
        return self._run("PRAGMA quick_check").fetchone()[0] == "ok"
