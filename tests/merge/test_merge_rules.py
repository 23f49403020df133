"""Every merge rule of docs/merging.md, with workbooks made by the app itself."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime, timedelta

import pytest
from merge_helpers import copy, fill_template, set_cells, set_saved_at, truncated_copy

from assessments.exchange.export import snapshot, write_export
from assessments.exchange.reader import read_workbook
from assessments.exchange.template import write_template
from assessments.loader import fingerprint
from assessments.merge.admission import import_log
from assessments.merge.engine import merge
from assessments.merge.outcome import MergeProgress
from assessments.questionnaire import Question
from assessments.sample_answers import plausible_answers
from assessments.scoring import Answer, score_assessment
from assessments.store import Store

UNIT = "Ulaşım Dairesi Başkanlığı"


def _statuses(report):
    return [(o.name, o.status) for o in report.outcomes]


def _codes(outcome):
    return [p.code for p in outcome.reasons]


def _log(store):
    return [(r.status, r.reasons[0].code if r.reasons else "") for r in store.imports.rows()]


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


def test_the_same_file_twice_in_one_merge_is_a_duplicate(
    tmp_path, exports, coordinator, questionnaire
):
    inbox = tmp_path / "inbox"
    copy(exports[0], inbox / "a.xlsx")
    copy(exports[0], inbox / "kopya" / "a (1).xlsx")

    report = merge([inbox], coordinator, questionnaire)

    assert _statuses(report) == [("a.xlsx", "accepted"), ("a (1).xlsx", "duplicate")]
    assert _codes(report.outcomes[1]) == ["m.duplicate_in_batch"]
    assert report.outcomes[1].message("en").startswith("Same content as ")
    assert report.exit_code == 0
    assert len(coordinator.assessments()) == 1


def test_a_file_merged_before_is_a_duplicate_and_a_rerun_adds_no_log_rows(
    tmp_path, exports, coordinator, questionnaire
):
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
    assert (
        merge([path], coordinator, questionnaire, accept_modified=True).outcomes[0].status
        == "flagged"
    )


# -- the same assessment: the highest revision wins -------------------------------------------


@pytest.mark.parametrize("order", ["older first", "newer first"])
def test_the_highest_revision_wins_and_the_older_is_superseded(
    tmp_path, store, coordinator, questionnaire, answered, order
):
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


def test_a_newer_revision_in_a_later_merge_supersedes_the_stored_file(
    tmp_path, store, coordinator, questionnaire, answered
):
    merge(
        [_export(store, questionnaire, answered.uuid, tmp_path / "v1.xlsx")],
        coordinator,
        questionnaire,
    )
    store.set_answer(answered.uuid, Answer(questionnaire.questions[0].id, 4, 5))
    report = merge(
        [_export(store, questionnaire, answered.uuid, tmp_path / "v2.xlsx")],
        coordinator,
        questionnaire,
    )

    assert _statuses(report) == [("v2.xlsx", "accepted")]
    assert _codes(report.outcomes[0]) == ["m.replaces"]
    # the log now says the first file is superseded: one row per file, latest state
    assert [(e.path.rsplit("/", 1)[-1], e.status) for e in import_log(coordinator)] == [
        ("v1.xlsx", "superseded"),
        ("v2.xlsx", "accepted"),
    ]


def test_the_same_revision_exported_again_is_a_duplicate(
    tmp_path, store, coordinator, questionnaire, answered
):
    first = _export(store, questionnaire, answered.uuid, tmp_path / "a.xlsx")
    # Exported again an hour later (a time beyond tomorrow would be refused as forged).
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="milliseconds")
    second = _export(
        store,
        questionnaire,
        answered.uuid,
        tmp_path / "b.xlsx",
        exported_at=later.replace("+00:00", "Z"),
    )
    report = merge([first, second], coordinator, questionnaire)
    assert _statuses(report) == [("a.xlsx", "accepted"), ("b.xlsx", "duplicate")]
    assert _codes(report.outcomes[1]) == ["m.same_revision"]


# -- the same unit and round, different assessments: the newest export wins -------------------


@pytest.mark.parametrize("order", ["older first", "newer first"])
def test_a_conflict_keeps_both_and_replaces_nothing(tmp_path, coordinator, questionnaire, order):
    # Two assessments (uuids) of one unit and round: the one stored first stays, whatever
    # times the files state (anyone can edit those); the other is set aside whole.
    with _unit_store(tmp_path, "pc1") as one, _unit_store(tmp_path, "pc2") as two:
        a = _assessment(one, questionnaire, seed=1)
        b = _assessment(two, questionnaire, seed=2)
        older = _export(
            one, questionnaire, a.uuid, tmp_path / "in" / "eski.xlsx", "2026-03-01T09:00:00.000Z"
        )
        newer = _export(
            two, questionnaire, b.uuid, tmp_path / "in" / "yeni.xlsx", "2026-03-02T09:00:00.000Z"
        )
        expected = {a.uuid: one.answers(a.uuid), b.uuid: two.answers(b.uuid)}
    files = [older, newer] if order == "older first" else [newer, older]
    first, second = (a, b) if order == "older first" else (b, a)
    first_name, second_name = (f.name for f in files)

    report = merge(files, coordinator, questionnaire)

    assert dict(_statuses(report)) == {"eski.xlsx": "conflict", "yeni.xlsx": "conflict"}
    assert [info.uuid for info in coordinator.assessments()] == [first.uuid]
    assert coordinator.answers(first.uuid) == expected[first.uuid]
    by_name = {o.name: o for o in report.outcomes}
    assert by_name[first_name].stored and not by_name[second_name].stored
    assert first_name in by_name[second_name].message("tr")
    assert second_name in by_name[first_name].message("tr")
    (aside,) = coordinator.imports.set_aside_files(UNIT, "2026")
    assert (aside.file_name, aside.assessment_uuid, aside.stored_uuid) == (
        second_name,
        second.uuid,
        first.uuid,
    )
    kept = {row["question_id"]: row["current"] for row in aside.answers}
    assert kept == {q: answer.current for q, answer in expected[second.uuid].items()}
    assert report.exit_code == 0
    statuses = {(e.path.rsplit("/", 1)[-1], e.status, e.stored) for e in import_log(coordinator)}
    assert statuses == {(second_name, "conflict", False), (first_name, "conflict", True)}


# -- another questionnaire version: questions matched by id -------------------------------------


def _other_version(questionnaire):
    """Version 0.9.0: the first dimension lacks its last question and has one the app lacks."""
    first = questionnaire.dimensions[0]
    dropped = first.questions[-1]
    extra = dataclasses.replace(first.questions[0], id="STR-90")
    dim = dataclasses.replace(first, questions=(*first.questions[:-1], extra))
    other = dataclasses.replace(
        questionnaire,
        version="0.9.0",
        dimensions=(dim, *questionnaire.dimensions[1:]),
        fingerprint="",
    )
    other = dataclasses.replace(other, fingerprint=fingerprint(other.as_dict()))
    return other, dropped, extra


def test_another_questionnaire_version_is_matched_by_question_id(
    tmp_path, coordinator, questionnaire
):
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


def test_an_export_changed_after_export_is_rejected_unless_accepted_then_flagged(
    tmp_path, exports, coordinator, questionnaire
):
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
    assert coordinator.answers(info.uuid)[qid] == Answer(
        qid,
        0,
        5,
        note=coordinator.answers(info.uuid)[qid].note,
        evidence=coordinator.answers(info.uuid)[qid].evidence,
    )
    assert accepted.exit_code == 0


# -- filled templates ---------------------------------------------------------------------------


def test_a_filled_template_is_accepted_with_source_template(tmp_path, coordinator, questionnaire):
    qs = questionnaire.questions
    path = write_template(questionnaire, tmp_path / "sablon.xlsx", "tr")
    fill_template(
        path,
        {qs[0].id: {"current_level": 2, "target_level": 4}, qs[1].id: {"current_level": "3"}},
        unit="Zabıta Dairesi Başkanlığı",
        round="2026",
    )

    outcome = merge([path], coordinator, questionnaire).outcomes[0]

    assert outcome.status == "accepted" and _codes(outcome) == ["m.template"]
    info = coordinator.assessments()[0]
    assert (info.unit, info.source, info.revision) == ("Zabıta Dairesi Başkanlığı", "template", 1)
    assert coordinator.answers(info.uuid)[qs[0].id] == Answer(qs[0].id, 2, 4)


def test_a_template_saved_later_supersedes_the_earlier_one(tmp_path, coordinator, questionnaire):
    qid = questionnaire.questions[0].id
    first = write_template(questionnaire, tmp_path / "ilk.xlsx", "tr")
    fill_template(
        first, {qid: {"current_level": 1}}, unit="Zabıta Dairesi Başkanlığı", round="2026"
    )
    set_saved_at(first, "2026-03-01T10:00:00Z")
    second = copy(first, tmp_path / "duzeltilmis.xlsx")
    fill_template(
        second, {qid: {"current_level": 3}}, unit="Zabıta Dairesi Başkanlığı", round="2026"
    )
    set_saved_at(second, "2026-03-05T10:00:00Z")

    report = merge([second, first], coordinator, questionnaire)

    assert _statuses(report) == [("duzeltilmis.xlsx", "accepted"), ("ilk.xlsx", "superseded")]
    assert _codes(report.outcomes[1]) == ["m.older_template"]
    info = coordinator.assessments()[0]
    assert coordinator.answers(info.uuid)[qid].current == 3


# -- refusals -----------------------------------------------------------------------------------


def test_the_coordinators_own_assessment_is_never_replaced(
    tmp_path, exports, coordinator, questionnaire
):
    path = copy(exports[0], tmp_path / "a.xlsx")
    unit = read_workbook(path, questionnaire).unit
    own = coordinator.create_assessment(unit, "2026", questionnaire)
    outcome = merge([path], coordinator, questionnaire).outcomes[0]
    assert (outcome.status, _codes(outcome)) == ("rejected", ["x.local_exists"])
    assert coordinator.assessments() == [coordinator.assessment(own.uuid)]


def test_files_of_another_round_are_rejected_when_a_round_is_given(
    tmp_path, exports, coordinator, questionnaire
):
    report = merge([exports[0]], coordinator, questionnaire, round="2025")
    assert report.outcomes[0].status == "rejected"
    assert report.outcomes[0].reasons[0].params == {"found": "2026", "expected": "2025"}


def test_a_broken_file_is_rejected_and_the_batch_goes_on(
    tmp_path, exports, coordinator, questionnaire
):
    inbox = tmp_path / "inbox"
    copy(exports[0], inbox / "1.xlsx")
    truncated_copy(exports[1], inbox / "2-bozuk.xlsx")
    (inbox / "3-bos.xlsx").write_bytes(b"")
    (inbox / "4-metin.xlsx").write_text("bu bir Excel dosyası değil", encoding="utf-8")
    copy(exports[2], inbox / "5.xlsx")

    report = merge([inbox], coordinator, questionnaire)

    assert _statuses(report) == [
        ("1.xlsx", "accepted"),
        ("2-bozuk.xlsx", "rejected"),
        ("3-bos.xlsx", "rejected"),
        ("4-metin.xlsx", "rejected"),
        ("5.xlsx", "accepted"),
    ]
    assert _codes(report.outcomes[1]) == ["x.corrupt"]
    assert _codes(report.outcomes[2]) == ["x.empty_file"]
    assert _codes(report.outcomes[3]) == ["x.not_xlsx"]
    assert report.exit_code == 1
    assert len(coordinator.assessments()) == 2
    assert [s for s, _ in _log(coordinator)] == [
        "accepted",
        "rejected",
        "rejected",
        "rejected",
        "accepted",
    ]


def test_invalid_answers_are_listed_with_their_cells(tmp_path, exports, coordinator, questionnaire):
    path = copy(exports[0], tmp_path / "a.xlsx")
    qs = questionnaire.questions
    set_cells(path, {(qs[0].id, "current_level"): 7, (qs[1].id, "target_level"): "üç"})
    outcome = merge([path], coordinator, questionnaire).outcomes[0]
    assert outcome.status == "rejected"
    lines = outcome.lines("tr")
    assert any(line.startswith("Yanıtlar!D3: Mevcut düzey: '7'") for line in lines), lines
    assert any(line.startswith("Yanıtlar!F4: Hedef düzey: 'üç'") for line in lines), lines


def test_an_unexpected_error_rejects_only_that_file(
    tmp_path, exports, coordinator, questionnaire, monkeypatch, caplog
):
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


def test_a_failure_while_storing_leaves_nothing_of_that_file(
    tmp_path, exports, coordinator, questionnaire, monkeypatch
):
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
    orphans = coordinator._conn.execute(
        "SELECT COUNT(*) FROM answers WHERE assessment_id NOT IN (SELECT id FROM assessments)"
    ).fetchone()[0]
    assert orphans == 0


# -- progress and cancelling -------------------------------------------------------------------


def test_progress_is_reported_and_a_cancelled_merge_keeps_what_it_stored(
    tmp_path, exports, coordinator, questionnaire
):
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
            results.append(
                (
                    [(o.name, o.status, o.sha256, tuple(_codes(o))) for o in report.outcomes],
                    {info.uuid: store.answers(info.uuid) for info in store.assessments()},
                )
            )
    assert results[0] == results[1]
    assert [status for _, status, _, _ in results[0][0]] == ["accepted"] * 4 + [
        "duplicate",
        "rejected",
    ]


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


def test_a_file_that_kills_a_worker_is_rejected_alone(
    tmp_path, exports, coordinator, questionnaire, monkeypatch
):
    isolated = _fake_pools(monkeypatch, questionnaire, "3-crash.xlsx")
    files = [
        copy(exports[i], tmp_path / name)
        for i, name in enumerate(["1.xlsx", "2.xlsx", "3-crash.xlsx", "4.xlsx"])
    ]
    report = merge(files, coordinator, questionnaire, workers=2)
    assert [o.status for o in report.outcomes] == ["accepted", "accepted", "rejected", "accepted"]
    assert _codes(report.outcomes[2]) == ["m.reader_crashed"]
    assert isolated == ["3-crash.xlsx"]


def test_workers_that_never_run_fall_back_to_this_process(
    tmp_path, exports, coordinator, questionnaire, monkeypatch
):
    isolated = _fake_pools(monkeypatch, questionnaire, "1.xlsx")
    files = [copy(exports[i], tmp_path / f"{i + 1}.xlsx") for i in range(3)]
    report = merge(files, coordinator, questionnaire, workers=2)
    assert [o.status for o in report.outcomes] == ["accepted"] * 3
    assert isolated == []


def test_the_store_syncs_every_write_again_after_a_merge(
    tmp_path, exports, coordinator, questionnaire
):
    assert coordinator._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    merge([exports[0], exports[1]], coordinator, questionnaire)
    assert coordinator._conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert len(coordinator.assessments()) == 2


def test_files_taken_by_maturity_import_count_as_merged(
    tmp_path, exports, coordinator, questionnaire
):
    from assessments.exchange.importer import import_file

    path = copy(exports[0], tmp_path / "a.xlsx")
    import_file(coordinator, questionnaire, path)
    outcome = merge([path], coordinator, questionnaire).outcomes[0]
    assert outcome.status == "duplicate"
    # ``maturity import`` logs the file name only, so this reads as another copy of the file
    assert [(e.status, e.stored) for e in import_log(coordinator)] == [
        ("accepted", True),
        ("duplicate", False),
    ]
    coordinator._conn.execute(
        "INSERT INTO imports (file_name, sha256, imported_at, status, reason) "
        "VALUES ('x.xlsx', '', '2026-01-01T00:00:00.000Z', 'rejected', 'eski bir not')"
    )
    entry = import_log(coordinator)[-1]
    assert entry.reasons[0].message("tr") == "eski bir not"


# -- identity spoofing (issue 13): a file claiming another unit deletes nothing ----------------


def _spoof(store, questionnaire, uuid, unit, path, exported_at):
    """Unit A's own export, its identity edited to claim ``unit``: what an edited ``_meta``
    says (the content hash of this format covers the answers only)."""
    snap = snapshot(store, uuid)
    snap = dataclasses.replace(snap, info=dataclasses.replace(snap.info, unit=unit))
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_export(snap, questionnaire, path, "en", exported_at=exported_at)


@pytest.mark.parametrize("a_stored_first", [False, True], ids=["only B stored", "A and B stored"])
def test_a_file_claiming_another_unit_deletes_nothing_and_blocks_nothing(
    tmp_path, questionnaire, capsys, a_stored_first
):
    from assessments.cli import main

    db = tmp_path / "koordinator.sqlite3"
    with _unit_store(tmp_path, "a") as a_pc, _unit_store(tmp_path, "b") as b_pc:
        a = _assessment(a_pc, questionnaire, unit="Fen İşleri Dairesi", seed=1)
        b = _assessment(b_pc, questionnaire, unit=UNIT, seed=2)
        a_file = _export(a_pc, questionnaire, a.uuid, tmp_path / "in" / "a.xlsx")
        b_file = _export(b_pc, questionnaire, b.uuid, tmp_path / "in" / "b.xlsx")
        spoof = _spoof(
            a_pc,
            questionnaire,
            a.uuid,
            UNIT,
            tmp_path / "in" / "sahte.xlsx",
            "9999-12-31T23:59:59.000Z",
        )
        b_pc.set_answer(b.uuid, Answer(questionnaire.questions[0].id, current=5, target=5))
        b_newer = _export(b_pc, questionnaire, b.uuid, tmp_path / "in" / "b-yeni.xlsx")
        b_answers = b_pc.answers(b.uuid)
    first = [a_file, b_file] if a_stored_first else [b_file]
    assert main(["merge", "--db", str(db), "--lang", "en", *map(str, first)]) == 0
    with Store(db) as store:
        before = {info.uuid: store.answers(info.uuid) for info in store.assessments()}

    main(["merge", "--db", str(db), "--lang", "en", str(spoof)])
    printed = capsys.readouterr().out

    # Refused (a time beyond now + 1 day, once the reader checks it) or a conflict set aside:
    # either way every stored assessment is as it was.
    assert "conflict" in printed or "rejected" in printed
    with Store(db) as store:
        assert {info.uuid: store.answers(info.uuid) for info in store.assessments()} == before
        assert store.find_assessment(UNIT, "2026").uuid == b.uuid
    # B's genuine newer export is accepted afterwards, and B's original file is no conflict.
    assert main(["merge", "--db", str(db), "--lang", "en", str(b_newer), str(b_file)]) == 0
    with Store(db) as store:
        assert store.answers(b.uuid) == b_answers
        assert store.assessment(b.uuid).unit == UNIT
        if a_stored_first:
            assert store.assessment(a.uuid).unit == "Fen İşleri Dairesi"
    statuses = {e.path.rsplit("/", 1)[-1]: e.status for e in _entries(db)}
    assert statuses["b-yeni.xlsx"] == "accepted"


def _entries(db):
    with Store(db) as store:
        return import_log(store)


def test_a_conflicting_file_is_judged_again_on_a_rerun(tmp_path, coordinator, questionnaire):
    with _unit_store(tmp_path, "pc1") as one, _unit_store(tmp_path, "pc2") as two:
        a = _assessment(one, questionnaire, seed=1)
        b = _assessment(two, questionnaire, seed=2)
        first = _export(one, questionnaire, a.uuid, tmp_path / "in" / "bir.xlsx")
        second = _export(two, questionnaire, b.uuid, tmp_path / "in" / "iki.xlsx")
    merge([first, second], coordinator, questionnaire)
    report = merge([second], coordinator, questionnaire)
    # not "duplicate": a file set aside is not taken, so nothing refuses it for good
    assert [o.status for o in report.outcomes] == ["conflict"]
    assert len(coordinator.imports.set_aside_files()) == 1  # kept once


# -- bounded values and look-alike names from files (issue 13) ---------------------------------


def _claiming(store, questionnaire, source, path, **identity):
    """An export of ``source`` whose identity says ``identity`` (as an edited ``_meta`` would)."""
    snap = snapshot(store, source)
    snap = dataclasses.replace(snap, info=dataclasses.replace(snap.info, **identity))
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_export(snap, questionnaire, path, "tr")


def test_a_huge_revision_or_round_is_refused_and_later_merges_still_work(
    tmp_path, questionnaire, capsys
):
    from assessments.cli import main

    db, out = tmp_path / "koordinator.sqlite3", tmp_path / "birlesik.xlsx"
    with _unit_store(tmp_path, "unit") as pc:
        info = _assessment(pc, questionnaire)
        good = _export(pc, questionnaire, info.uuid, tmp_path / "in" / "iyi.xlsx")
        huge = _claiming(
            pc,
            questionnaire,
            info.uuid,
            tmp_path / "in" / "surum.xlsx",
            uuid="11111111-1111-4111-8111-111111111111",
            revision=2**63,
        )
        long_round = _claiming(
            pc,
            questionnaire,
            info.uuid,
            tmp_path / "in" / "donem.xlsx",
            uuid="22222222-2222-4222-8222-222222222222",
            round="2" * 5000,
        )

    code = main(["merge", "--db", str(db), "--lang", "en", str(huge), str(long_round)])

    printed = capsys.readouterr().out
    assert code == 2 and "Traceback" not in printed
    assert printed.count("rejected") >= 2
    with Store(db) as store:
        assert store.assessments() == []
        assert all(len(e.round) <= 21 for e in import_log(store))  # shown shortened
    assert main(["merge", "--db", str(db), "--lang", "en", str(good), "--out", str(out)]) == 0
    assert out.exists()


def test_look_alike_unit_names_in_files_are_one_unit_in_the_city_figures(
    tmp_path, questionnaire, coordinator
):
    from assessments.merge.city_figures import consolidate

    look_alikes = [
        "I\u0307mar Dairesi",
        "İ\u200bmar Dairesi",
        "\ufeffİmar Dairesi",
        "İmar Dai\u00adresi",
        "\u202eİmar Dairesi\u202c",
    ]  # NFD, ZWSP, BOM, SHY, RLO
    files = []
    with _unit_store(tmp_path, "unit") as pc:
        info = _assessment(pc, questionnaire, unit="İmar Dairesi")
        for index, name in enumerate(look_alikes):
            files.append(
                _claiming(
                    pc,
                    questionnaire,
                    info.uuid,
                    tmp_path / "in" / f"{index}.xlsx",
                    uuid=f"{index}3333333-3333-4333-8333-333333333333",
                    unit=name,
                )
            )

    report = merge(files, coordinator, questionnaire)

    # the first stays stored (its status tells the coordinator others arrived); four set aside
    assert [(o.status, o.stored) for o in report.outcomes] == [
        ("conflict", True),
        *[("conflict", False)] * 4,
    ]
    assert [u.name for u in coordinator.units()] == ["İmar Dairesi"]
    assert len(consolidate(coordinator, questionnaire, "2026").units) == 1


def test_a_confusable_unit_name_in_a_file_is_refused_naming_the_character(
    tmp_path, questionnaire, coordinator
):
    with _unit_store(tmp_path, "unit") as pc:
        info = _assessment(pc, questionnaire)
        path = _claiming(
            pc, questionnaire, info.uuid, tmp_path / "in" / "kiril.xlsx", unit="Ulaşım D\u0430iresi"
        )
    (outcome,) = merge([path], coordinator, questionnaire).outcomes
    assert outcome.status == "rejected" and _codes(outcome) == ["s.unit_name_confusable"]
    assert "U+0430" in outcome.message("tr")
    assert coordinator.units() == []


def test_a_log_row_keeps_the_first_fifty_problems_and_counts_the_rest(
    tmp_path, exports, coordinator, questionnaire
):
    from assessments.store.imports import LOG_PROBLEMS

    path = copy(exports[0], tmp_path / "hatali.xlsx")
    bad = {
        (q.id, key): 9 for q in questionnaire.questions for key in ("current_level", "target_level")
    }
    set_cells(path, bad)
    (outcome,) = merge([path], coordinator, questionnaire).outcomes
    assert outcome.status == "rejected" and len(outcome.reasons) > LOG_PROBLEMS + 1
    (row,) = coordinator.imports.rows()
    assert len(row.reasons) == LOG_PROBLEMS + 1
    assert [(p.code, p.where) for p in row.reasons[:LOG_PROBLEMS]] == [
        (p.code, p.where) for p in outcome.reasons[:LOG_PROBLEMS]
    ]
    more = row.reasons[-1]
    assert more.code == "m.log_more" and more.params["count"] == len(outcome.reasons) - LOG_PROBLEMS
    assert str(more.params["count"]) in more.message("tr")


# -- grouped commits (store.batch) -------------------------------------------------------------


def test_files_of_a_group_whose_commit_fails_are_reported_not_stored(
    tmp_path, exports, coordinator, questionnaire
):
    import sqlite3

    class CommitFails:
        def __init__(self, conn):
            self._real = conn

        def __getattr__(self, name):
            return getattr(self._real, name)

        def execute(self, sql, *args):
            if sql == "COMMIT":
                raise sqlite3.OperationalError("database or disk is full")
            return self._real.execute(sql, *args)

    files = [copy(exports[i], tmp_path / f"{i + 1}.xlsx") for i in range(3)]
    coordinator._conn = CommitFails(coordinator._conn)

    report = merge(files, coordinator, questionnaire)  # never raises

    assert [(o.status, o.stored) for o in report.outcomes] == [("rejected", False)] * 3
    assert all(o.reasons[0].code == "m.not_committed" for o in report.outcomes)
    assert report.exit_code == 2  # nothing of it is in the database
    coordinator._conn = coordinator._conn._real
    assert coordinator.assessments() == [] and not coordinator._conn.in_transaction


def test_a_batch_commits_its_files_together_and_each_file_alone_rolls_back(
    tmp_path, exports, coordinator, questionnaire, monkeypatch
):
    import sqlite3

    commits = []
    real = coordinator._conn

    class Counting:
        def __getattr__(self, name):
            return getattr(real, name)

        def execute(self, sql, *args):
            if sql == "COMMIT":
                commits.append(sql)
            return real.execute(sql, *args)

    coordinator._conn = Counting()
    files = [copy(exports[i], tmp_path / f"{i + 1}.xlsx") for i in range(6)]
    report = merge(files, coordinator, questionnaire)
    coordinator._conn = real
    assert [o.status for o in report.outcomes] == ["accepted"] * 6
    assert 1 <= len(commits) < 6  # grouped, and everything committed at the end
    other = sqlite3.connect(coordinator.path)  # another connection sees all of it
    assert other.execute("SELECT count(*) FROM assessments").fetchone()[0] == 6
    other.close()
