"""Every merge rule of docs/merging.md, with workbooks made by the app itself."""

from __future__ import annotations

import dataclasses
import json
import random
from datetime import UTC, datetime, timedelta

import pytest
from merge_helpers import copy, fill_template, set_cells, set_saved_at, truncated_copy

from assessments.demo import plausible_answers
from assessments.exchange.export import snapshot, write_export
from assessments.exchange.reader import read_workbook
from assessments.exchange.template import write_template
from assessments.loader import fingerprint
from assessments.merge.engine import merge
from assessments.merge.outcome import MergeProgress
from assessments.merge.storing import import_log
from assessments.questionnaire import Question
from assessments.scoring import Answer, score_assessment
from assessments.store import Store

UNIT = "Ulaşım Dairesi Başkanlığı"


def _statuses(report):
    return [(o.name, o.status) for o in report.outcomes]


def _codes(outcome):
    return [p.code for p in outcome.reasons]


def _log(store):
    return [(r["status"], json.loads(r["reason"])["reasons"][0]["code"] if json.loads(r["reason"])["reasons"] else "")
            for r in store.db.query("SELECT status, reason FROM imports ORDER BY id")]


def _unit_store(tmp_path, name: str) -> Store:
    return Store(tmp_path / f"{name}.sqlite3")


def _assessment(store, questionnaire, unit=UNIT, round="2026", seed=1):
    info = store.create_assessment(unit, round, questionnaire, respondent="Ali Veli")
    for answer in plausible_answers(questionnaire, random.Random(seed)).values():
        store.set_answer(info.uuid, answer)
    return store.assessment(info.uuid)


def _export(store, questionnaire, uuid, path, exported_at=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_export(snapshot(store, uuid), questionnaire, path, "tr", exported_at=exported_at)


# -- the same file again --------------------------------------------------------------------

def test_the_same_file_twice_in_one_merge_is_a_duplicate(tmp_path, exports, coordinator, questionnaire):
    inbox = tmp_path / "inbox"
    copy(exports[0], inbox / "a.xlsx")
    copy(exports[0], inbox / "kopya" / "a (1).xlsx")

    report = merge([inbox], coordinator, questionnaire)

    assert _statuses(report) == [("a.xlsx", "accepted"), ("a (1).xlsx", "duplicate")]
    assert _codes(report.outcomes[1]) == ["m.duplicate_in_batch"]
    assert report.outcomes[1].message("en").startswith("Same content as ")
    assert report.exit_code == 0
    assert len(coordinator.assessments()) == 1


def test_a_file_merged_before_is_a_duplicate_and_a_rerun_adds_no_log_rows(tmp_path, exports, coordinator, questionnaire):
    inbox = tmp_path / "inbox"
    copy(exports[0], inbox / "a.xlsx")
    merge([inbox], coordinator, questionnaire)
    rows = len(_log(coordinator))

    again = merge([inbox], coordinator, questionnaire)  # the same folder next week

    assert _statuses(again) == [("a.xlsx", "duplicate")]
    assert _codes(again.outcomes[0]) == ["m.duplicate"]
    assert again.outcomes[0].unit == coordinator.assessments()[0].unit
    assert len(_log(coordinator)) == rows  # nothing new happened
    elsewhere = merge([copy(exports[0], tmp_path / "usb" / "b.xlsx")], coordinator, questionnaire)
    assert _statuses(elsewhere) == [("b.xlsx", "duplicate")]
    assert _log(coordinator)[-1] == ("duplicate", "m.duplicate")  # a copy elsewhere is logged


def test_a_rejected_file_is_read_again_next_time(tmp_path, exports, coordinator, questionnaire):
    path = copy(exports[0], tmp_path / "a.xlsx")
    set_cells(path, {(questionnaire.questions[0].id, "current_level"): 0})
    assert merge([path], coordinator, questionnaire).outcomes[0].status == "rejected"
    assert merge([path], coordinator, questionnaire, accept_modified=True).outcomes[0].status == "flagged"


# -- the same assessment: the highest revision wins -------------------------------------------

@pytest.mark.parametrize("order", ["older first", "newer first"])
def test_the_highest_revision_wins_and_the_older_is_superseded(tmp_path, store, coordinator, questionnaire, answered, order):
    old = _export(store, questionnaire, answered.uuid, tmp_path / "in" / "v1.xlsx")
    qid = questionnaire.questions[0].id
    store.set_answer(answered.uuid, Answer(qid, 5, 5, note="Tamamlandı"))
    new = _export(store, questionnaire, answered.uuid, tmp_path / "in" / "v2.xlsx")
    files = [old, new] if order == "older first" else [new, old]

    report = merge(files, coordinator, questionnaire)

    statuses = dict(_statuses(report))
    assert statuses == {"v1.xlsx": "superseded", "v2.xlsx": "accepted"}
    assert coordinator.answers(answered.uuid) == store.answers(answered.uuid)
    assert coordinator.assessment(answered.uuid).revision == answered.revision + 1
    superseded = next(o for o in report.outcomes if o.name == "v1.xlsx")
    codes = _codes(superseded)
    assert codes[-1] == ("m.superseded_by" if order == "older first" else "m.older_revision")
    assert not superseded.stored
    assert "v2.xlsx" in superseded.message("tr")
    assert report.exit_code == 0


def test_a_newer_revision_in_a_later_merge_supersedes_the_stored_file(tmp_path, store, coordinator, questionnaire, answered):
    merge([_export(store, questionnaire, answered.uuid, tmp_path / "v1.xlsx")], coordinator, questionnaire)
    store.set_answer(answered.uuid, Answer(questionnaire.questions[0].id, 4, 5))
    report = merge([_export(store, questionnaire, answered.uuid, tmp_path / "v2.xlsx")], coordinator, questionnaire)

    assert _statuses(report) == [("v2.xlsx", "accepted")]
    assert _codes(report.outcomes[0]) == ["m.replaces"]
    # the log now says the first file is superseded: one row per file, latest state
    assert [(e.path.rsplit("/", 1)[-1], e.status) for e in import_log(coordinator)] == [
        ("v1.xlsx", "superseded"), ("v2.xlsx", "accepted")]


def test_the_same_revision_exported_again_is_a_duplicate(tmp_path, store, coordinator, questionnaire, answered):
    first = _export(store, questionnaire, answered.uuid, tmp_path / "a.xlsx")
    # Exported again an hour later (a time beyond tomorrow would be refused as forged).
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="milliseconds")
    second = _export(store, questionnaire, answered.uuid, tmp_path / "b.xlsx",
                     exported_at=later.replace("+00:00", "Z"))
    report = merge([first, second], coordinator, questionnaire)
    assert _statuses(report) == [("a.xlsx", "accepted"), ("b.xlsx", "duplicate")]
    assert _codes(report.outcomes[1]) == ["m.same_revision"]


# -- the same unit and round, different assessments: the newest export wins -------------------

@pytest.mark.parametrize("order", ["older first", "newer first"])
def test_a_conflict_keeps_the_newest_export_and_reports_both(tmp_path, coordinator, questionnaire, order):
    with _unit_store(tmp_path, "pc1") as one, _unit_store(tmp_path, "pc2") as two:
        a = _assessment(one, questionnaire, seed=1)
        b = _assessment(two, questionnaire, seed=2)
        older = _export(one, questionnaire, a.uuid, tmp_path / "in" / "eski.xlsx", "2026-03-01T09:00:00.000Z")
        newer = _export(two, questionnaire, b.uuid, tmp_path / "in" / "yeni.xlsx", "2026-03-02T09:00:00.000Z")
        expected = two.answers(b.uuid)
    files = [older, newer] if order == "older first" else [newer, older]

    report = merge(files, coordinator, questionnaire)

    assert dict(_statuses(report)) == {"eski.xlsx": "conflict", "yeni.xlsx": "conflict"}
    assert [info.uuid for info in coordinator.assessments()] == [b.uuid]
    assert coordinator.answers(b.uuid) == expected
    by_name = {o.name: o for o in report.outcomes}
    assert by_name["yeni.xlsx"].stored and not by_name["eski.xlsx"].stored
    assert "yeni.xlsx" in by_name["eski.xlsx"].message("tr") and "eski.xlsx" in by_name["yeni.xlsx"].message("tr")
    assert "2026-03-02 09:00 UTC" in by_name["eski.xlsx"].message("en")
    assert report.exit_code == 0
    statuses = {(e.path.rsplit("/", 1)[-1], e.status, e.stored) for e in import_log(coordinator)}
    assert statuses == {("eski.xlsx", "conflict", False), ("yeni.xlsx", "conflict", True)}


# -- another questionnaire version: questions matched by id -------------------------------------

def _other_version(questionnaire):
    """Version 0.9.0: the first dimension lacks its last question and has one the app lacks."""
    first = questionnaire.dimensions[0]
    dropped = first.questions[-1]
    extra = dataclasses.replace(first.questions[0], id="STR-90")
    dim = dataclasses.replace(first, questions=(*first.questions[:-1], extra))
    other = dataclasses.replace(questionnaire, version="0.9.0", dimensions=(dim, *questionnaire.dimensions[1:]),
                                fingerprint="")
    other = dataclasses.replace(other, fingerprint=fingerprint(other.as_dict()))
    return other, dropped, extra


def test_another_questionnaire_version_is_matched_by_question_id(tmp_path, coordinator, questionnaire):
    other, dropped, extra = _other_version(questionnaire)
    assert isinstance(extra, Question)
    with _unit_store(tmp_path, "unit") as unit_store:
        info = _assessment(unit_store, other, seed=4)
        unit_store.set_answer(info.uuid, Answer(extra.id, 4, 5, note="yeni soru"))
        path = _export(unit_store, other, info.uuid, tmp_path / "eski-surum.xlsx")
        answers = unit_store.answers(info.uuid)

    report = merge([path], coordinator, questionnaire)

    outcome = report.outcomes[0]
    assert outcome.status == "accepted" and outcome.stored
    assert _codes(outcome) == ["m.other_version", "m.unknown_questions", "m.missing_questions"]
    assert outcome.reasons[1].params["ids"] == extra.id
    assert outcome.reasons[2].params["ids"] == dropped.id
    stored = coordinator.answers(info.uuid)
    assert stored == answers  # kept as sent
    assert coordinator.assessment(info.uuid).questionnaire_version == "0.9.0"
    # scored by id: the unknown question is left out, the missing one is unanswered
    score = score_assessment(questionnaire, stored)
    known = {qid: a for qid, a in answers.items() if qid != extra.id}
    assert score == score_assessment(questionnaire, known)
    assert score.answered + score.not_applicable < len(questionnaire.questions)


def test_another_questionnaire_is_rejected(tmp_path, coordinator, questionnaire):
    other = dataclasses.replace(questionnaire, id="baska-anket", fingerprint="0" * 64)
    with _unit_store(tmp_path, "unit") as unit_store:
        info = _assessment(unit_store, other)
        path = _export(unit_store, other, info.uuid, tmp_path / "baska.xlsx")
    outcome = merge([path], coordinator, questionnaire).outcomes[0]
    assert outcome.status == "rejected"
    assert _codes(outcome) == ["x.questionnaire_mismatch"]


# -- changed after export ----------------------------------------------------------------------

def test_an_export_changed_after_export_is_rejected_unless_accepted_then_flagged(tmp_path, exports, coordinator, questionnaire):
    path = copy(exports[3], tmp_path / "degisik.xlsx")
    given = read_workbook(path, questionnaire).answers
    qid = next(qid for qid, a in given.items() if a.answered and a.current != 0)
    set_cells(path, {(qid, "current_level"): 0, (qid, "target_level"): 5})

    rejected = merge([path], coordinator, questionnaire)
    assert rejected.outcomes[0].status == "rejected"
    assert _codes(rejected.outcomes[0]) == ["x.modified"]
    assert "--accept-modified" in rejected.outcomes[0].message("en")
    assert coordinator.assessments() == []
    assert rejected.exit_code == 2  # the only input, and not usable

    accepted = merge([path], coordinator, questionnaire, accept_modified=True)
    outcome = accepted.outcomes[0]
    assert (outcome.status, _codes(outcome)[0]) == ("flagged", "m.modified_flagged")
    info = coordinator.assessments()[0]
    assert info.flags == ("modified",)
    assert coordinator.answers(info.uuid)[qid] == Answer(qid, 0, 5, note=coordinator.answers(info.uuid)[qid].note,
                                                          evidence=coordinator.answers(info.uuid)[qid].evidence)
    assert accepted.exit_code == 0


# -- filled templates ---------------------------------------------------------------------------

def test_a_filled_template_is_accepted_with_source_template(tmp_path, coordinator, questionnaire):
    qs = questionnaire.questions
    path = write_template(questionnaire, tmp_path / "sablon.xlsx", "tr")
    fill_template(path, {qs[0].id: {"current_level": 2, "target_level": 4}, qs[1].id: {"current_level": "3"}},
                  unit="Zabıta Dairesi Başkanlığı", round="2026")

    outcome = merge([path], coordinator, questionnaire).outcomes[0]

    assert outcome.status == "accepted" and _codes(outcome) == ["m.template"]
    info = coordinator.assessments()[0]
    assert (info.unit, info.source, info.revision) == ("Zabıta Dairesi Başkanlığı", "template", 1)
    assert coordinator.answers(info.uuid)[qs[0].id] == Answer(qs[0].id, 2, 4)


def test_a_template_saved_later_supersedes_the_earlier_one(tmp_path, coordinator, questionnaire):
    qid = questionnaire.questions[0].id
    first = write_template(questionnaire, tmp_path / "ilk.xlsx", "tr")
    fill_template(first, {qid: {"current_level": 1}}, unit="Zabıta Dairesi Başkanlığı", round="2026")
    set_saved_at(first, "2026-03-01T10:00:00Z")
    second = copy(first, tmp_path / "duzeltilmis.xlsx")
    fill_template(second, {qid: {"current_level": 3}}, unit="Zabıta Dairesi Başkanlığı", round="2026")
    set_saved_at(second, "2026-03-05T10:00:00Z")

    report = merge([second, first], coordinator, questionnaire)

    assert _statuses(report) == [("duzeltilmis.xlsx", "accepted"), ("ilk.xlsx", "superseded")]
    assert _codes(report.outcomes[1]) == ["m.older_template"]
    info = coordinator.assessments()[0]
    assert coordinator.answers(info.uuid)[qid].current == 3


# -- refusals -----------------------------------------------------------------------------------

def test_the_coordinators_own_assessment_is_never_replaced(tmp_path, exports, coordinator, questionnaire):
    path = copy(exports[0], tmp_path / "a.xlsx")
    unit = read_workbook(path, questionnaire).unit
    own = coordinator.create_assessment(unit, "2026", questionnaire)
    outcome = merge([path], coordinator, questionnaire).outcomes[0]
    assert (outcome.status, _codes(outcome)) == ("rejected", ["x.local_exists"])
    assert coordinator.assessments() == [coordinator.assessment(own.uuid)]


def test_files_of_another_round_are_rejected_when_a_round_is_given(tmp_path, exports, coordinator, questionnaire):
    report = merge([exports[0]], coordinator, questionnaire, round="2025")
    assert report.outcomes[0].status == "rejected"
    assert report.outcomes[0].reasons[0].params == {"found": "2026", "expected": "2025"}


def test_a_broken_file_is_rejected_and_the_batch_goes_on(tmp_path, exports, coordinator, questionnaire):
    inbox = tmp_path / "inbox"
    copy(exports[0], inbox / "1.xlsx")
    truncated_copy(exports[1], inbox / "2-bozuk.xlsx")
    (inbox / "3-bos.xlsx").write_bytes(b"")
    (inbox / "4-metin.xlsx").write_text("bu bir Excel dosyası değil", encoding="utf-8")
    copy(exports[2], inbox / "5.xlsx")

    report = merge([inbox], coordinator, questionnaire)

    assert _statuses(report) == [("1.xlsx", "accepted"), ("2-bozuk.xlsx", "rejected"), ("3-bos.xlsx", "rejected"),
                                 ("4-metin.xlsx", "rejected"), ("5.xlsx", "accepted")]
    assert _codes(report.outcomes[1]) == ["x.corrupt"]
    assert _codes(report.outcomes[2]) == ["x.empty_file"]
    assert _codes(report.outcomes[3]) == ["x.not_xlsx"]
    assert report.exit_code == 1
    assert len(coordinator.assessments()) == 2
    assert [s for s, _ in _log(coordinator)] == ["accepted", "rejected", "rejected", "rejected", "accepted"]


def test_invalid_answers_are_listed_with_their_cells(tmp_path, exports, coordinator, questionnaire):
    path = copy(exports[0], tmp_path / "a.xlsx")
    qs = questionnaire.questions
    set_cells(path, {(qs[0].id, "current_level"): 7, (qs[1].id, "target_level"): "üç"})
    outcome = merge([path], coordinator, questionnaire).outcomes[0]
    assert outcome.status == "rejected"
    lines = outcome.lines("tr")
    assert any(line.startswith("Yanıtlar!D3: Mevcut düzey: '7'") for line in lines), lines
    assert any(line.startswith("Yanıtlar!F4: Hedef düzey: 'üç'") for line in lines), lines


def test_an_unexpected_error_rejects_only_that_file(tmp_path, exports, coordinator, questionnaire, monkeypatch, caplog):
    from assessments.merge import read_result

    real = read_result.read_workbook

    def failing(path, questionnaire, **options):
        if path.name == "2.xlsx":
            raise RuntimeError("kaboom")
        return real(path, questionnaire, **options)

    monkeypatch.setattr(read_result, "read_workbook", failing)
    files = [copy(exports[i], tmp_path / f"{i + 1}.xlsx") for i in range(3)]

    report = merge(files, coordinator, questionnaire, workers=0)

    assert [o.status for o in report.outcomes] == ["accepted", "rejected", "accepted"]
    assert _codes(report.outcomes[1]) == ["m.unexpected"]
    assert "RuntimeError: kaboom" in report.outcomes[1].message("en")
    assert "Unexpected failure reading" in caplog.text


def test_a_failure_while_storing_leaves_nothing_of_that_file(tmp_path, exports, coordinator, questionnaire, monkeypatch):
    from assessments.merge import engine
    from assessments.messages import MaturityError

    real = engine.store_file

    def failing(store, read, decision, stamp):
        real(store, read, decision, stamp)
        if read.path.endswith("2.xlsx"):
            raise MaturityError("s.disk_full")

    monkeypatch.setattr(engine, "store_file", failing)
    files = [copy(exports[i], tmp_path / f"{i + 1}.xlsx") for i in range(3)]

    report = merge(files, coordinator, questionnaire)

    assert [o.status for o in report.outcomes] == ["accepted", "rejected", "accepted"]
    assert _codes(report.outcomes[1]) == ["s.disk_full"]
    assert len(coordinator.assessments()) == 2
    orphans = coordinator.db.execute(
        "SELECT COUNT(*) FROM answers WHERE assessment_id NOT IN (SELECT id FROM assessments)").fetchone()[0]
    assert orphans == 0


# -- progress and cancelling -------------------------------------------------------------------

def test_progress_is_reported_and_a_cancelled_merge_keeps_what_it_stored(tmp_path, exports, coordinator, questionnaire):
    files = [copy(exports[i], tmp_path / "in" / f"{i + 1:02}.xlsx") for i in range(5)]
    seen = []

    def on_progress(done, total, current):
        seen.append((done, total, current))
        if done == 2:
            progress.cancel()

    progress = MergeProgress(on_progress)
    report = merge([tmp_path / "in"], coordinator, questionnaire, progress=progress)

    assert seen[:3] == [(0, 5, ""), (0, 5, "01.xlsx"), (1, 5, "")]
    assert report.cancelled and len(report.outcomes) == 2
    assert report.not_processed == tuple(str(p) for p in files[2:])
    assert len(coordinator.assessments()) == 2
    assert (progress.accepted, progress.rejected, progress.done) == (2, 0, 2)
    assert report.exit_code == 1
    assert "işlenmedi" in report.summary("tr")


def test_reading_in_worker_processes_gives_the_same_outcomes(tmp_path, exports, questionnaire):
    inbox = tmp_path / "inbox"
    for i in range(4):
        copy(exports[i], inbox / f"{i}.xlsx")
    copy(exports[0], inbox / "4-kopya.xlsx")
    truncated_copy(exports[5], inbox / "5-bozuk.xlsx")

    results = []
    for workers in (0, 2):
        with Store(tmp_path / f"db{workers}.sqlite3") as store:
            report = merge([inbox], store, questionnaire, workers=workers)
            results.append(([(o.name, o.status, o.sha256, tuple(_codes(o))) for o in report.outcomes],
                            {info.uuid: store.answers(info.uuid) for info in store.assessments()}))
    assert results[0] == results[1]
    assert [status for _, status, _, _ in results[0][0]] == ["accepted"] * 4 + ["duplicate", "rejected"]


def _fake_pools(monkeypatch, questionnaire, crashing: str):
    """Worker pools that "die" on one file, without real processes."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from assessments.merge import parallel
    from assessments.merge.read_result import ReadResult, read_for_merge
    from assessments.messages import Problem

    class Pool:
        def submit(self, function, path):
            future = Future()
            if path.endswith(crashing):
                future.set_exception(BrokenProcessPool("a worker died"))
            else:
                future.set_result(read_for_merge(path, questionnaire).slim())
            return future

        def shutdown(self, wait=True, cancel_futures=False):
            pass

    isolated = []

    def alone(path, q):
        isolated.append(path.name)
        return ReadResult(str(path), None, failure=Problem("m.reader_crashed", {}))

    monkeypatch.setattr(parallel, "_new_pool", lambda workers, q: Pool())
    monkeypatch.setattr(parallel, "_isolated", alone)
    return isolated


def test_a_file_that_kills_a_worker_is_rejected_alone(tmp_path, exports, coordinator, questionnaire, monkeypatch):
    isolated = _fake_pools(monkeypatch, questionnaire, "3-crash.xlsx")
    files = [copy(exports[i], tmp_path / name) for i, name in enumerate(["1.xlsx", "2.xlsx", "3-crash.xlsx", "4.xlsx"])]
    report = merge(files, coordinator, questionnaire, workers=2)
    assert [o.status for o in report.outcomes] == ["accepted", "accepted", "rejected", "accepted"]
    assert _codes(report.outcomes[2]) == ["m.reader_crashed"]
    assert isolated == ["3-crash.xlsx"]


def test_workers_that_never_run_fall_back_to_this_process(tmp_path, exports, coordinator, questionnaire, monkeypatch):
    isolated = _fake_pools(monkeypatch, questionnaire, "1.xlsx")
    files = [copy(exports[i], tmp_path / f"{i + 1}.xlsx") for i in range(3)]
    report = merge(files, coordinator, questionnaire, workers=2)
    assert [o.status for o in report.outcomes] == ["accepted"] * 3
    assert isolated == []


def test_the_store_syncs_every_write_again_after_a_merge(tmp_path, exports, coordinator, questionnaire):
    assert coordinator.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    merge([exports[0], exports[1]], coordinator, questionnaire)
    assert coordinator.db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert len(coordinator.assessments()) == 2


def test_files_taken_by_maturity_import_count_as_merged(tmp_path, exports, coordinator, questionnaire):
    from assessments.exchange.importer import import_file

    path = copy(exports[0], tmp_path / "a.xlsx")
    import_file(coordinator, questionnaire, path)
    outcome = merge([path], coordinator, questionnaire).outcomes[0]
    assert outcome.status == "duplicate"
    # ``maturity import`` logs the file name only, so this reads as another copy of the file
    assert [(e.status, e.stored) for e in import_log(coordinator)] == [("accepted", True), ("duplicate", False)]
    coordinator.db.execute("INSERT INTO imports (file_name, sha256, imported_at, status, reason) "
                           "VALUES ('x.xlsx', '', '2026-01-01T00:00:00.000Z', 'rejected', 'eski bir not')")
    entry = import_log(coordinator)[-1]
    assert entry.reasons[0].message("tr") == "eski bir not"
