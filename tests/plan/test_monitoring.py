"""Monitoring (issue 18): forms for the demo plan, filled as a unit would, collected with the
merge's rules, measured by the guide's realisation-rate formula (checked against an
independent recomputation), and the monitoring workbook."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import openpyxl
import pytest

from assessments.cli import main
from assessments.monitoring.collect import collect
from assessments.monitoring.forms import write_forms
from assessments.monitoring.periods import Period
from assessments.monitoring.rates import measure, realisation_rate, trend, weighted_rate
from assessments.plan.codec import dumps
from assessments.store import Store
from assessments.store.plans import PlanRepository

from .monitoring_helpers import expected_target_rates, fill, form_codes, next_round

PERIOD = Period(2027, 1)


@pytest.fixture
def planned(round_db, tmp_path):
    """The round's database with a drafted plan; returns (db path, plan)."""
    assert main(["plan", "draft", "--round", "2026", "--top", "8", "--db", str(round_db)]) == 0
    with Store(round_db) as store:
        return round_db, PlanRepository(store).load()


def forms_for(plan, folder: Path, period=PERIOD) -> dict[str, Path]:
    """unit -> its form."""
    written = write_forms(plan, period, folder, "tr")
    return {openpyxl.load_workbook(p)["_izleme"]["B6"].value: p for p in written}


def test_the_formula_and_its_edges():
    assert realisation_rate(30, 20, 40) == 50
    assert realisation_rate(45, 20, 40) == 125  # beyond the target: over 100
    assert realisation_rate(10, 20, 40) == -50  # moved away from it
    assert realisation_rate(None, 20, 40) is None
    assert realisation_rate(30, 20, 20) is None  # the target is the baseline: no rate
    assert weighted_rate([(60, 50.0), (40, 100.0)]) == 70
    assert weighted_rate([(60, 50.0), (40, None)]) == 50  # the known one, scaled to 100
    assert weighted_rate([(60, None)]) is None
    assert Period.parse("2027/2") == Period(2027, 2) and str(Period.parse(" 2027-H1")) == "2027-1"
    for bad in ("2027", "2027-3", "27-1", "ilk yarı"):
        with pytest.raises(ValueError):
            Period.parse(bad)


def test_filled_forms_give_the_rates_an_independent_recomputation_gives(planned, tmp_path):
    db, plan = planned
    forms = forms_for(plan, tmp_path / "forms")
    responsible = {a.responsible_unit for _g, _t, a in plan.actions()}
    responsible |= {t.responsible_unit for _g, t in plan.targets()}
    assert set(forms) == responsible - {""}
    actuals, statuses = {}, {}
    for index, (_unit, path) in enumerate(sorted(forms.items())):
        actions, indicators = form_codes(path)
        assert actions or indicators
        values = {code: 2.0 + 0.3 * index + 0.1 * n for n, code in enumerate(indicators)}
        filled = {code: ("Devam ediyor", 40 + index, "ihale yapıldı") for code in actions}
        fill(path, filled, values)
        actuals.update(values)
        statuses.update({code: "in-progress" for code in actions})
    with Store(db) as store:
        result = collect(store, plan, [tmp_path / "forms"])
        assert result.count("accepted") == len(forms) and result.exit_code == 0
        reports = store.monitoring.current(plan.key)
    now = measure(plan, reports, PERIOD)
    expected = expected_target_rates(dumps(plan), actuals, 2027)
    got = {t.target.code: t.rate for t in now.targets}
    assert got.keys() == expected.keys()
    for code, rate in expected.items():
        assert got[code] == pytest.approx(rate) if rate is not None else got[code] is None
    assert any(rate is not None for rate in got.values())
    assert {s.action.code: s.status for s in now.actions} == statuses
    assert now.missing_units == ()


def test_a_bad_cell_is_named_and_nothing_of_the_file_is_stored(planned, tmp_path):
    db, plan = planned
    forms = forms_for(plan, tmp_path / "forms")
    unit, path = next((u, p) for u, p in forms.items() if form_codes(p)[0])
    code = form_codes(path)[0][0]
    fill(path, {code: ("Bitti", 250, "")})
    with Store(db) as store:
        result = collect(store, plan, [path])
        assert result.exit_code == 1 and result.files[0].status == "rejected"
        messages = [p.message("tr") for p in result.files[0].problems]
        assert store.monitoring.history(plan.key) == []
    assert any(
        m.startswith(f"{path.name}: Eylemler!F3 (Durum)") and "'Bitti'" in m for m in messages
    ), messages
    assert any("Eylemler!G3 (Gerçekleşme (%))" in m and "'250'" in m for m in messages), messages


def test_an_edited_fixed_cell_is_refused_unless_accepted(planned, tmp_path):
    db, plan = planned
    forms = forms_for(plan, tmp_path / "forms")
    path = next(p for p in forms.values() if form_codes(p)[1])
    fill(path, None, dict.fromkeys(form_codes(path)[1], 3.0))
    book = openpyxl.load_workbook(path)
    book["Göstergeler"]["E3"] = 0  # the baseline, lowered to look better
    book.save(path)
    with Store(db) as store:
        refused = collect(store, plan, [path])
        assert refused.files[0].status == "rejected"
        assert "sabit hücreleri" in refused.files[0].problems[0].message("tr")
        taken = collect(store, plan, [path], accept_modified=True)
        assert taken.files[0].status == "accepted"
        assert store.monitoring.current(plan.key)[0].modified


def test_duplicates_and_the_form_saved_last_wins(planned, tmp_path):
    db, plan = planned
    forms = forms_for(plan, tmp_path / "forms")
    path = next(p for p in forms.values() if form_codes(p)[0])
    code = form_codes(path)[0][0]
    first = fill(path, {code: ("Devam ediyor", 30, "")}, out=tmp_path / "ilk.xlsx")
    shutil.copy2(first, tmp_path / "ilk kopya.xlsx")
    time.sleep(1.1)  # the office save time has seconds
    second = fill(path, {code: ("Tamamlandı", 100, "")}, out=tmp_path / "duzeltme.xlsx")
    with Store(db) as store:
        result = collect(store, plan, [first, tmp_path / "ilk kopya.xlsx", second])
        outcomes = {f.name: f.status for f in result.files}
        assert outcomes == {
            "ilk.xlsx": "superseded",
            "ilk kopya.xlsx": "duplicate",
            "duzeltme.xlsx": "accepted",
        }
        again = collect(store, plan, [first])  # an older form later: still older
        assert again.files[0].status == "superseded"
        (report,) = store.monitoring.current(plan.key)
        assert report.actions[0].status == "completed" and report.file_name == "duzeltme.xlsx"


def test_a_second_period_adds_to_the_trend_and_the_workbook(planned, tmp_path):
    db, plan = planned
    for period, value in ((Period(2027, 1), 2.2), (Period(2027, 2), 2.6)):
        forms = forms_for(plan, tmp_path / str(period), period)
        for path in forms.values():
            actions, indicators = form_codes(path)
            fill(
                path,
                {a: ("Devam ediyor", 50, "") for a in actions},
                dict.fromkeys(indicators, value),
            )
        with Store(db) as store:
            assert collect(store, plan, [tmp_path / str(period)]).exit_code == 0
    with Store(db) as store:
        reports = store.monitoring.current(plan.key)
    periods = trend(plan, reports)
    assert [str(m.period) for m in periods] == ["2027-1", "2027-2"]
    assert periods[1].plan_rate > periods[0].plan_rate
    out = tmp_path / "izleme.xlsx"
    assert main(["plan", "monitor", "--period", "2027-2", "--out", str(out), "--db", str(db)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Durum panosu",
        "Göstergeler",
        "Geciken eylemler",
        "Rapor vermeyenler",
        "Dönemler",
    ]
    trend_rows = [r for r in book["Dönemler"].iter_rows(min_row=4, values_only=True) if r[0]]
    assert [r[0] for r in trend_rows] == ["2027 yılı 1. altı ay", "2027 yılı 2. altı ay"]
    delayed = [r[0] for r in book["Geciken eylemler"].iter_rows(min_row=5, values_only=True)]
    late = [
        a.code for _g, _t, a in plan.actions() if a.end and a.end < Period(2027, 2).last_quarter
    ]
    assert sorted(c for c in delayed if c) == sorted(late)


def test_cli_forms_collect_and_their_exit_codes(planned, tmp_path, capsys):
    db, plan = planned
    base = ["--db", str(db), "--lang", "tr"]
    assert main(["plan", "forms", "--period", "2027-3", "--out", str(tmp_path / "f"), *base]) == 2
    assert "2027-1 (Ocak-Haziran)" in capsys.readouterr().err
    assert main(["plan", "forms", "--period", "2027-1", "--out", str(tmp_path / "f"), *base]) == 0
    assert "izleme formu yazıldı" in capsys.readouterr().out
    forms = sorted((tmp_path / "f").glob("*.xlsx"))
    for path in forms[1:]:  # the first unit sends its form back untouched
        actions, indicators = form_codes(path)
        fill(path, {a: ("Başlamadı", 0, "") for a in actions}, dict.fromkeys(indicators, 1))
    (tmp_path / "f" / "bozuk.xlsx").write_bytes(b"PK\x03\x04 yarim")
    (tmp_path / "f" / "notlar.docx").write_bytes(b"PK\x03\x04")  # in the folder: never skipped
    assert main(["plan", "collect", str(tmp_path / "f"), *base]) == 1
    captured = capsys.readouterr()
    assert "bozuk.xlsx" in captured.err and "reddedildi 3" in captured.out
    assert "notlar.docx" in captured.err
    assert f"{forms[0].name}: Form boş: hiçbir sarı hücre" in captured.err
    assert f"{forms[0].name}: {forms[0].name}" not in captured.err  # the file named once
    assert (
        main(["plan", "monitor", "--period", "2027-1", "--out", str(tmp_path / "m.xlsx"), *base])
        == 0
    )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize(
    ("suffix", "filter_name"), [("xlsx", "Calc MS Excel 2007 XML"), ("ods", "calc8")]
)
def test_a_form_saved_by_libreoffice_is_collected(planned, tmp_path, suffix, filter_name):
    db, plan = planned
    forms = forms_for(plan, tmp_path / "forms")
    path = next(p for p in forms.values() if form_codes(p)[0] and form_codes(p)[1])
    actions, indicators = form_codes(path)
    fill(path, {actions[0]: ("Gecikmede", 20, "ödenek gelmedi")}, {indicators[0]: 2.5})
    out = tmp_path / "lo"
    env = dict(os.environ, TZ="Europe/Istanbul")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            f"{suffix}:{filter_name}",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        env=env,
        timeout=180,
    )
    with Store(db) as store:
        result = collect(store, plan, [out])  # the folder: the .ods is found in it too
        assert result.files[0].status == "accepted", [
            p.message("en") for p in result.files[0].problems
        ]
        (report,) = store.monitoring.current(plan.key)
    progress = {a.action_code: a for a in report.actions}
    assert progress[actions[0]].status == "delayed" and progress[actions[0]].percent == 20
    assert {i.indicator_code: i.actual for i in report.indicators}[indicators[0]] == 2.5


def test_a_later_round_shows_each_actions_level_change(planned, tmp_path, capsys):
    from assessments.loader import bundled_questionnaire
    from assessments.monitoring.maturity_effect import action_effects, round_levels

    db, plan = planned
    moving = next(a for _g, _t, a in plan.actions() if a.questions)
    step = moving.questions[0]
    levels = next_round(db, plan, step.id)
    questionnaire = bundled_questionnaire()
    with Store(db) as store:
        before = round_levels(store, questionnaire, "2026")
        after = round_levels(store, questionnaire, "2027")
    effects = {e.action.key: e for e in action_effects(plan, before, after)}
    got = effects[moving.key].steps[0]
    concerned = [u for u in levels if not step.units or u in step.units]
    assert concerned and set(got.units) == set(concerned)
    assert got.before == pytest.approx(sum(levels[u][0] for u in concerned) / len(concerned))
    assert got.after == pytest.approx(sum(levels[u][1] for u in concerned) / len(concerned))
    assert got.change > 0 and effects[moving.key].moved is True
    still = [e for e in effects.values() if all(s.question_id != step.id for s in e.steps)]
    assert still and all(e.moved is False for e in still if e.steps)
    base = ["--db", str(db), "--lang", "tr"]
    assert main(["plan", "effect", *base]) == 0
    out = capsys.readouterr().out
    assert "2026 dönemi → 2027 dönemi" in out
    assert f"{moving.code} {moving.title}: uygulamaları ilerledi" in out


def test_the_monitoring_workbook_has_the_effect_sheet_after_a_later_round(planned, tmp_path):
    db, plan = planned
    moving = next(a for _g, _t, a in plan.actions() if a.questions)
    next_round(db, plan, moving.questions[0].id)
    forms = forms_for(plan, tmp_path / "forms")
    for path in forms.values():
        actions, indicators = form_codes(path)
        fill(path, {a: ("Devam ediyor", 50, "") for a in actions}, dict.fromkeys(indicators, 2))
    with Store(db) as store:
        assert collect(store, plan, [tmp_path / "forms"]).exit_code == 0
    out = tmp_path / "izleme.xlsx"
    assert main(["plan", "monitor", "--period", "2027-1", "--out", str(out), "--db", str(db)]) == 0
    sheet = openpyxl.load_workbook(out)["Olgunluk etkisi"]
    rows = [r for r in sheet.iter_rows(min_row=5, values_only=True) if r[0]]
    assert sum(len(a.questions) for _g, _t, a in plan.actions()) == len(rows)
    mine = next(r for r in rows if r[0] == moving.code and r[2] == moving.questions[0].id)
    assert mine[7] > 0 and mine[9] == "Evet"


def test_results_and_the_report_show_the_earlier_round_beside_this_one(planned, tmp_path):
    from pypdf import PdfReader

    from assessments.loader import bundled_questionnaire
    from assessments.reports.pdf import write_report
    from assessments.results import load_results

    db, plan = planned
    moving = next(a for _g, _t, a in plan.actions() if a.questions)
    step = moving.questions[0]
    levels = next_round(db, plan, step.id)
    unit = next(u for u in sorted(levels) if not step.units or u in step.units)
    with Store(db) as store:
        info = next(a for a in store.assessments() if a.unit == unit and a.round == "2027")
        results = load_results(store, bundled_questionnaire(), info.uuid)
    row = next(p for p in results.planned if p.question.id == step.id)
    assert (row.earlier_round, row.earlier, row.now) == ("2026", *levels[unit])
    assert moving.code in row.actions and row.planned_to >= step.to_level
    concerned = {
        s.id for _g, _t, a in plan.actions() for s in a.questions if not s.units or unit in s.units
    }
    assert {p.question.id for p in results.planned} == concerned
    pdf = write_report(results, tmp_path / "rapor.pdf", "tr")
    body = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Eylem planındaki uygulamalar: önceki dönem ve bu dönem" in body
    assert "2026 dönemi" in body and moving.code in body


def test_the_word_document_has_the_periods_monitoring_report(planned, tmp_path):
    import docx

    db, plan = planned
    forms = forms_for(plan, tmp_path / "forms")
    for path in list(forms.values())[1:]:  # the first unit does not report
        actions, indicators = form_codes(path)
        fill(
            path,
            {a: ("Gecikmede", 10, "ödenek yok") for a in actions},
            dict.fromkeys(indicators, 2),
        )
    with Store(db) as store:
        collect(store, plan, [tmp_path / "forms"])
    out = tmp_path / "plan.docx"
    args = ["plan", "document", "--out", str(out), "--period", "2027-1", "--db", str(db)]
    assert main([*args, "--lang", "tr"]) == 0
    document = docx.Document(out)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "İzleme raporu: 2027 yılı 1. altı ay" in headings
    body = "\n".join(p.text for p in document.paragraphs)
    missing = next(iter(forms))
    assert missing in body  # under "Rapor vermeyen birimler"
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert {t.code for _g, t in plan.targets()} <= cells
    assert "ödenek yok" in cells  # the delayed actions' explanation
    assert main([*args[:-2], "--period", "2031-1", "--db", str(db)]) == 1  # nothing collected


def test_the_worked_example_of_the_guide():
    """docs/action-plan.md's example, computed by the code and present in the document."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "action-plan.md").read_text()
    first, second = realisation_rate(30, 20, 40), realisation_rate(2.2, 1.0, 2.0)
    assert (first, round(second, 6)) == (50, 120)
    target = weighted_rate([(60, first), (40, second)])
    assert round(target, 6) == 78 and weighted_rate([(60, first), (40, None)]) == 50
    from assessments.monitoring.rates import light, mean

    assert light(target) == "amber" and mean([target, 95]) == pytest.approx(86.5)
    assert light(mean([target, 95])) == "green"
    for text in ("**%50**", "**%120**", "**%78** (sarı)", "**%86,5** (yeşil)", "give 78 %"):
        assert text in doc


def test_a_2027_round_merged_from_the_units_exports_shows_the_level_change(
    planned, tmp_path, capsys
):
    """The done-when case end to end: the units' 2027 exports (one practice raised) merged
    with ``maturity merge`` into the coordinator's database that holds the 2026 plan."""
    from assessments.exchange.export import export_assessment
    from assessments.loader import bundled_questionnaire

    db, plan = planned
    moving = next(a for _g, _t, a in plan.actions() if a.questions)
    step = moving.questions[0]
    units_db = tmp_path / "units.sqlite3"
    shutil.copy2(db, units_db)
    levels = next_round(units_db, plan, step.id)  # what the units answered on their own PCs
    questionnaire = bundled_questionnaire()
    exports = tmp_path / "2027"
    exports.mkdir()
    with Store(units_db) as store:
        for info in (a for a in store.assessments() if a.round == "2027"):
            export_assessment(store, questionnaire, info.uuid, exports / f"{info.unit}.xlsx")
    assert main(["merge", str(exports), "--db", str(db), "--out", str(tmp_path / "k.xlsx")]) == 0
    capsys.readouterr()
    assert main(["plan", "effect", "--db", str(db), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    concerned = [u for u in levels if not step.units or u in step.units]
    before = sum(levels[u][0] for u in concerned) / len(concerned)
    after = sum(levels[u][1] for u in concerned) / len(concerned)
    from assessments.formatting import number

    line = f"{step.id}: {number(before, 'en')} → {number(after, 'en')}"
    assert f"{moving.code} {moving.title}: its practices moved" in out
    assert line in out and f"{len(concerned)} units" in out
