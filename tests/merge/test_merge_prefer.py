"""Which file wins a conflict (issue 15, item 4): the merge never guesses between two
assessments of one unit and round, its messages name each side's completeness and status, and
the coordinator chooses with ``maturity merge --prefer FILE``."""

from __future__ import annotations

import random

from assessments.cli import main
from assessments.exchange.export import snapshot, write_export
from assessments.merge.engine import merge
from assessments.sample_answers import plausible_answers
from assessments.store import Store

UNIT = "Ulaşım Dairesi Başkanlığı"


def _pair(tmp_path, questionnaire):
    """Two assessments (two machines) of one unit and round: a complete final one and a
    half-filled draft; their exports."""
    made = []
    for name, completeness, status in (("tam", 1.0, "final"), ("yarim", 0.5, "draft")):
        with Store(tmp_path / f"{name}.sqlite3") as store:
            info = store.create_assessment(UNIT, "2026", questionnaire, respondent="Ali Veli")
            answers = plausible_answers(questionnaire, random.Random(len(made)), completeness)
            for answer in answers.values():
                store.set_answer(info.uuid, answer)
            if status == "final":
                store.update_assessment(info.uuid, status="final")
            path = tmp_path / "gelen" / f"{name}.xlsx"
            path.parent.mkdir(exist_ok=True)
            write_export(snapshot(store, info.uuid), questionnaire, path, "tr")
            made.append((path, info.uuid, store.answers(info.uuid)))
    return made


def test_a_conflict_names_both_sides_completeness_and_status(tmp_path, coordinator, questionnaire):
    (full, full_uuid, _), (half, _half_uuid, _) = _pair(tmp_path, questionnaire)
    report = merge([full, half], coordinator, questionnaire, workers=0)
    outcomes = {o.name: o for o in report.outcomes}
    assert {o.status for o in report.outcomes} == {"conflict"}
    aside = outcomes["yarim.xlsx"].message("tr")
    assert "tam.xlsx" in aside and "%100 tamamlanmış, kesin" in aside
    assert "taslak" in aside and "--prefer" in aside
    params = outcomes["yarim.xlsx"].reasons[0].params
    assert (params["other_completeness"], params["other_status"]) == (100, "final")
    assert params["status"] == "draft" and 0 < params["completeness"] < 100
    arrived = outcomes["tam.xlsx"].message("en")
    assert "100% complete, final" in arrived and "% complete, draft" in arrived
    assert [i.uuid for i in coordinator.assessments()] == [full_uuid]  # nothing guessed


def test_prefer_chooses_a_file_set_aside_in_an_earlier_run(tmp_path, questionnaire, capsys):
    (full, full_uuid, _), (half, half_uuid, half_answers) = _pair(tmp_path, questionnaire)
    db = tmp_path / "ofis.sqlite3"
    base = ["--db", str(db), "--lang", "tr"]
    assert main(["merge", str(full), str(half), *base]) == 0
    capsys.readouterr()
    assert main(["merge", "--prefer", str(half), *base]) == 0  # the set-aside file, by path
    out = capsys.readouterr().out
    assert "Koordinatörün seçimi (--prefer)" in out
    with Store(db) as store:
        (info,) = store.assessments()
        assert info.uuid == half_uuid and store.answers(half_uuid) == half_answers
        assert store.imports.set_aside_files() == []  # resolved
        statuses = {e.path.rsplit("/", 1)[-1]: e.status for e in store.imports.entries()}
    assert statuses == {"tam.xlsx": "superseded", "yarim.xlsx": "accepted"}
    assert full_uuid != half_uuid


def test_prefer_in_the_same_run_and_a_file_in_no_conflict(tmp_path, questionnaire, capsys):
    (full, _full_uuid, _), (half, half_uuid, _) = _pair(tmp_path, questionnaire)
    db = tmp_path / "ofis.sqlite3"
    base = ["--db", str(db), "--lang", "tr"]
    assert main(["merge", str(full), "--prefer", str(half), *base]) == 0
    with Store(db) as store:
        assert [i.uuid for i in store.assessments()] == [half_uuid]
    capsys.readouterr()
    assert main(["merge", "--prefer", str(half), *base]) == 1  # now it is in no conflict
    err = capsys.readouterr().err
    assert "--prefer ile seçilen yarim.xlsx bir çakışmada değil" in err
