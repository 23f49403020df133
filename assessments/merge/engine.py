"""The merge run: every input file read, judged by the rules and stored on its own.

Each file is fully validated before anything of it is stored, and stored with its log row in one
transaction; a bad file becomes a rejected outcome naming the reason and never stops the batch
(no exception escapes for a file, and none is ever shown as a traceback). Files are processed
in input order (folders in name order), so the result does not depend on timing, also when the
reading runs in worker processes (parallel.py). Nothing of a workbook is kept after it is stored:
memory grows only with the outcomes.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from ..clock import now_utc, shown_time
from ..exchange.workbook_safety import MAX_FILE_BYTES
from ..messages import MaturityError, Problem
from ..questionnaire import Questionnaire
from ..store import Store
from .admission import KnownFile, log_displaced, lookup, store_file
from .discover import discover, not_a_workbook
from .outcome import FileOutcome, MergeProgress, MergeReport
from .parallel import default_workers, read_in_order
from .read_result import ReadResult, read_for_merge
from .rules import State, decide, preferred

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Job:
    path: Path
    sha256: str
    known: KnownFile | None = None  # the database already has this content
    first_in_batch: str = ""  # an earlier input of this merge has this content


def merge(
    inputs: Iterable[str | os.PathLike],
    store: Store,
    questionnaire: Questionnaire,
    *,
    round: str | None = None,
    accept_modified: bool = False,
    progress: MergeProgress | None = None,
    workers: int | None = None,
    exclude: Iterable[str | os.PathLike] = (),
    prefer: Iterable[str | os.PathLike] = (),
) -> MergeReport:
    """Merge the workbooks in ``inputs`` (files, or folders searched recursively for .xlsx,
    .xlsm, .xlsb, .xls and .ods; their other files are reported rejected) into ``store``.

    ``round``: only files of this round are merged; others are rejected. ``accept_modified``:
    exports edited after export are accepted and flagged instead of rejected. ``workers``:
    reading processes (None: automatic, 0: read in this process). ``exclude``: paths never to
    read (the consolidated workbook being written). ``prefer``: files the coordinator chose
    in their conflicts (read too, given or not among ``inputs``): each takes the place of the
    assessment it clashes with. Never raises for a bad file.
    """
    prefer = [Path(p) for p in prefer]
    merging = _Merge(store, questionnaire, round, accept_modified, progress or MergeProgress())
    merging.preferred = {_key(p) for p in prefer}
    return merging.run([*inputs, *prefer], workers, exclude)


class _Merge:
    def __init__(
        self,
        store: Store,
        questionnaire: Questionnaire,
        round: str | None,
        accept_modified: bool,
        progress: MergeProgress,
    ):
        self.store = store
        self.q = questionnaire
        self.round = round.strip() if round is not None else None
        self.accept_modified = accept_modified
        self.progress = progress
        self.report = MergeReport(round=self.round)
        self.batch: dict[str, int] = {}  # sha256 -> index of the first outcome with that content
        self.stored_at: dict[str, int] = {}  # assessment uuid -> index of the outcome stored for it
        self.unflushed: list[int] = []  # outcomes stored in the batch's group not yet committed
        self.preferred: set[str] = set()  # files chosen in their conflicts (--prefer)

    def run(self, inputs, workers: int | None, exclude) -> MergeReport:
        report = self.report
        report.started_at = now_utc()
        found = discover(inputs, [*exclude, *self.store.own_files()])
        report.outcomes.extend(found.problems)
        for other in found.others:  # in a folder, not a workbook: rejected, never passed over
            report.outcomes.append(self._rejected(_Job(other, ""), (not_a_workbook(other),), None))
        files = found.files
        self.progress.begin(len(files))
        known = self.store.imports.known_files()
        first_path: dict[str, Path] = {}

        def jobs():
            for path in files:
                if self.progress.cancelled:
                    return
                sha = _sha256(path)
                if sha in known:
                    yield _Job(path, sha, known=known[sha]), None
                elif sha in first_path:
                    yield _Job(path, sha, first_in_batch=str(first_path[sha])), None
                else:
                    if sha:
                        first_path[sha] = path
                    yield _Job(path, sha), path

        workers = default_workers(len(files)) if workers is None else workers
        done = 0
        try:
            reading = contextlib.closing(read_in_order(jobs(), self.q, workers))
            with self.store.batch(self.unflushed.clear, self._lost), reading as results:
                for job, result in results:
                    if self.progress.cancelled:
                        break
                    self.progress.starting(job.path.name)
                    outcome = self._one(job, result)
                    report.outcomes.append(outcome)
                    done += 1
                    self.progress.finished(outcome.status)
        except KeyboardInterrupt:  # Ctrl+C: the file in hand was rolled back; the rest is kept
            self.progress.cancel()
        except MaturityError:  # the last group could not be committed: _lost restated its files
            pass
        if done < len(files):
            report.cancelled = True
            report.not_processed = tuple(str(p) for p in files[done:])
        report.finished_at = now_utc()
        return report

    # -- one file ---------------------------------------------------------------------------

    def _one(self, job: _Job, result: ReadResult | None) -> FileOutcome:
        try:
            if job.known is not None:
                return self._known_duplicate(job)
            if job.first_in_batch:
                index = self.batch.get(job.sha256)
                first = self.report.outcomes[index] if index is not None else None
                if first is not None and first.status != "rejected":
                    return self._batch_duplicate(job, first)
                # the first was rejected: judge this one
                result = read_for_merge(job.path, self.q).slim()
            outcome = self._judged(job, result)
        except MaturityError as exc:  # the database refused (disk full, busy...): nothing stored
            outcome = self._rejected(job, (Problem(exc.code, exc.params),), result)
        except Exception as exc:
            log.exception("Unexpected failure merging %s", job.path)
            detail = f"{type(exc).__name__}: {exc}"
            outcome = self._rejected(job, (Problem("m.unexpected", {"detail": detail}),), result)
        if job.sha256 and job.sha256 not in self.batch:
            self.batch[job.sha256] = len(self.report.outcomes)
        return outcome

    def _judged(self, job: _Job, result: ReadResult) -> FileOutcome:
        parsed = result.parsed
        if result.failure is not None or not parsed.ok:
            return self._rejected(job, tuple(result.problems), result)
        similar = self.store.registry.similar(parsed.unit)
        if similar is not None:  # a typo of a unit on file: never a second unit
            params = {"name": parsed.unit, "existing": similar.name}
            return self._rejected(job, (Problem("s.unit_did_you_mean", params),), result)
        stamp = now_utc()
        with self.store.transaction():
            by_uuid, by_place = lookup(self.store, result)
            decision = decide(
                result,
                by_uuid,
                by_place,
                accept_modified=self.accept_modified,
                round=self.round,
                state_of=lambda stored: self._state(parsed, stored),
            )
            two_rows = by_uuid is not None and by_place is not None and by_uuid.id != by_place.id
            if _key(job.path) in self.preferred and not two_rows:
                decision = preferred(result, decision)
                if decision.replaces is not None:
                    self.store.imports.resolve_set_aside(parsed.file_sha256, decision.replaces.uuid)
            # first: it looks up the displaced file's row
            log_displaced(self.store, decision, stamp)
            if decision.store or decision.sets_aside is not None:
                store_file(self.store, result, decision, stamp)
            self.store.imports.log(
                path=_absolute(job.path),
                sha256=parsed.file_sha256,
                status=decision.status,
                reasons=decision.reasons,
                assessment_uuid=parsed.assessment_uuid,
                unit=parsed.unit,
                round=parsed.round,
                stored=decision.store,
                stamp=stamp,
            )
        for item in decision.displaced:
            self._restate(item.stored.uuid, item.status, item.reasons, removed=item.removed)
        outcome = FileOutcome(
            str(job.path),
            decision.status,
            decision.reasons,
            parsed.file_sha256,
            parsed.assessment_uuid,
            parsed.unit,
            parsed.round,
            stored=decision.store,
        )
        if decision.store:
            self.stored_at[parsed.assessment_uuid] = len(self.report.outcomes)
        if decision.store or decision.sets_aside is not None:
            self.unflushed.append(len(self.report.outcomes))
        return outcome

    def _state(self, parsed, stored) -> State:
        """How complete and final a side of a conflict is: the incoming file (``stored`` None)
        or a stored assessment, each on the questions its profile asks."""
        from ..profiles import excluded_questions
        from ..scoring import score_assessment

        if stored is None:
            answers, scope, profile = parsed.answers, parsed.out_of_scope, parsed.profile
            unit, status = parsed.unit, parsed.status
        else:
            info = self.store.assessment(stored.uuid)
            answers, scope, profile = (
                self.store.answers(stored.uuid),
                info.out_of_scope,
                info.profile,
            )
            unit, status = info.unit, info.status
        excluded = excluded_questions(self.q, profile, unit)
        score = score_assessment(self.q, answers, scope, excluded_questions=excluded)
        return State(round(score.completeness * 100), status)

    def _lost(self, count: int) -> None:
        """The commit of a group of files failed (disk full...): they are not stored."""
        for index in self.unflushed:
            before = self.report.outcomes[index]
            self.report.outcomes[index] = replace(
                before,
                status="rejected",
                stored=False,
                reasons=(Problem("m.not_committed", {}), *before.reasons),
            )
            self.progress.counts[before.status] -= 1
            self.progress.counts["rejected"] += 1
            self.stored_at.pop(before.assessment_uuid, None)
        self.unflushed.clear()

    def _restate(self, uuid: str, status: str, reasons: tuple[Problem, ...], removed: bool) -> None:
        """A file of this merge displaced by a later one: its outcome changes too."""
        index = self.stored_at.get(uuid)
        if index is None:
            return
        before = self.report.outcomes[index]
        self.report.outcomes[index] = replace(
            before, status=status, reasons=before.reasons + reasons, stored=not removed
        )
        self.progress.counts[before.status] -= 1
        self.progress.counts[status] += 1
        if removed:
            del self.stored_at[uuid]

    def _known_duplicate(self, job: _Job) -> FileOutcome:
        first = job.known
        unit, round_ = self.store.imports.unit_and_round(first.assessment_uuid)
        reason = Problem(
            "m.duplicate", {"first": first.path, "time": shown_time(first.imported_at)}
        )
        outcome = FileOutcome(
            str(job.path), "duplicate", (reason,), job.sha256, first.assessment_uuid, unit, round_
        )
        # not just a re-run
        if os.path.normcase(first.path) != os.path.normcase(_absolute(job.path)):
            self._log(outcome)
        return outcome

    def _batch_duplicate(self, job: _Job, first: FileOutcome) -> FileOutcome:
        reason = Problem("m.duplicate_in_batch", {"first": first.path})
        outcome = FileOutcome(
            str(job.path),
            "duplicate",
            (reason,),
            job.sha256,
            first.assessment_uuid,
            first.unit,
            first.round,
        )
        self._log(outcome)
        return outcome

    def _rejected(
        self, job: _Job, reasons: tuple[Problem, ...], result: ReadResult | None
    ) -> FileOutcome:
        parsed = result.parsed if result is not None else None
        outcome = FileOutcome(
            str(job.path),
            "rejected",
            reasons,
            (parsed.file_sha256 if parsed else "") or job.sha256,
            parsed.assessment_uuid if parsed else "",
            parsed.unit if parsed else "",
            parsed.round if parsed else "",
        )
        self._log(outcome)
        return outcome

    def _log(self, outcome: FileOutcome) -> None:
        """A log row on its own (nothing stored). If even that fails, the report still has it."""
        try:
            with self.store.transaction():
                self.store.imports.log(
                    path=_absolute(Path(outcome.path)),
                    sha256=outcome.sha256,
                    status=outcome.status,
                    reasons=outcome.reasons,
                    assessment_uuid=outcome.assessment_uuid,
                    unit=outcome.unit,
                    round=outcome.round,
                    stored=False,
                    stamp=now_utc(),
                )
        except MaturityError as exc:
            log.warning("Could not log %s: %s", outcome.path, exc)


def _key(path) -> str:
    """A file's identity for ``--prefer``: its absolute path, case-folded where Windows folds."""
    return os.path.normcase(os.path.abspath(path))


def _absolute(path: Path) -> str:
    return str(path.absolute())


def _sha256(path: Path) -> str:
    """The content hash, "" when the file cannot be read here or is not worth hashing (the
    reader then says why)."""
    try:
        size = path.stat().st_size
        if size == 0 or size > MAX_FILE_BYTES or not path.is_file():
            return ""
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return ""
