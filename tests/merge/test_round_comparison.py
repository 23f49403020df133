"""Round over round (issue 15, item 6): with 2025 and 2026 in one database the consolidated
workbook of 2026 compares them, city and unit by unit, per dimension and overall."""

from __future__ import annotations

import openpyxl
import pytest

from assessments.cli import main
from assessments.loader import bundled_questionnaire
from assessments.merge.city_figures import consolidate
from assessments.merge.comparison import ComparisonRow
from assessments.merge.demo_exports import write_demo
from assessments.store import Store


@pytest.fixture(scope="module")
def two_rounds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two-rounds")
    questionnaire = bundled_questionnaire()
    write_demo(questionnaire, folder / "2025", 6, "2025", seed=11, workers=0)
    write_demo(questionnaire, folder / "2026", 5, "2026", seed=12, workers=0)
    db = folder / "db.sqlite3"
    for round in ("2025", "2026"):
        assert main(["merge", str(folder / round), "--db", str(db), "--lang", "tr"]) == 0
    out = folder / "konsolide.xlsx"
    args = ["merge", str(folder / "2026"), "--db", str(db), "--out", str(out), "--round", "2026"]
    assert main([*args, "--lang", "tr"]) == 0
    return db, out


def test_the_2026_workbook_compares_with_2025(two_rounds):
    db, out = two_rounds
    questionnaire = bundled_questionnaire()
    with Store(db) as store:
        now, before = (consolidate(store, questionnaire, r) for r in ("2026", "2025"))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[1] == "Dönem Karşılaştırması"
    sheet = book["Dönem Karşılaştırması"]
    assert sheet["A1"].value == "2025 dönemi ile 2026 dönemi"
    assert [c.value for c in sheet[3]] == ["Kapsam", "Boyut", "2025", "2026", "Değişim", "Sonuç"]
    rows = [r for r in sheet.iter_rows(min_row=4, values_only=True)]
    city = rows[0]
    assert city[:2] == ("Şehir geneli", "Genel")
    assert city[2] == pytest.approx(before.city.current)
    assert city[3] == pytest.approx(now.city.current)
    assert city[4] == pytest.approx(now.city.current - before.city.current)
    expected = ComparisonRow("", "", before.city.current, now.city.current).verdict
    assert (
        city[5]
        == {"improved": "ilerledi", "unchanged": "değişmedi", "declined": "geriledi"}[expected]
    )
    both = {u.unit for u in now.units} & {u.unit for u in before.units}
    dims = len(questionnaire.dimensions)
    assert len(rows) == 1 + dims + len(both) * (1 + dims)
    listed = {r[0] for r in rows[1 + dims :]}
    assert listed == both  # a unit assessed in one round only is not compared
    unit = sorted(both)[0]
    mine = next(r for r in rows if r[0] == unit and r[1] == "Genel")
    score_then = next(u for u in before.units if u.unit == unit).score.current
    score_now = next(u for u in now.units if u.unit == unit).score.current
    assert (mine[2], mine[3]) == (pytest.approx(score_then), pytest.approx(score_now))


def test_the_verdict_thresholds():
    assert ComparisonRow("", "", 2.0, 2.04).verdict == "unchanged"
    assert ComparisonRow("", "", 2.0, 2.06).verdict == "improved"
    assert ComparisonRow("", "", 2.0, 1.9).verdict == "declined"
    assert ComparisonRow("", "", None, 1.9).verdict is None


def test_a_single_round_has_no_comparison_sheet(tmp_path):
    questionnaire = bundled_questionnaire()
    write_demo(questionnaire, tmp_path / "in", 3, "2026", workers=0)
    out = tmp_path / "k.xlsx"
    args = ["merge", str(tmp_path / "in"), "--db", str(tmp_path / "db"), "--out", str(out)]
    assert main(args) == 0
    assert "Round Comparison" not in openpyxl.load_workbook(out).sheetnames
    assert "Dönem Karşılaştırması" not in openpyxl.load_workbook(out).sheetnames


def test_final_only_leaves_the_drafts_out_and_says_which(tmp_path):
    questionnaire = bundled_questionnaire()
    files = write_demo(questionnaire, tmp_path / "in", 6, "2026", seed=4, workers=0)
    db = tmp_path / "db.sqlite3"
    assert main(["merge", str(tmp_path / "in"), "--db", str(db)]) == 0
    with Store(db) as store:
        everyone = consolidate(store, questionnaire, "2026")
        final = consolidate(store, questionnaire, "2026", final_only=True)
    drafts = [u.unit for u in everyone.units if u.status != "final"]
    assert drafts and len(drafts) < len(files), "the demo has both drafts and final ones"
    assert {u.unit for u in final.units} == {u.unit for u in everyone.units} - set(drafts)
    assert final.drafts_left_out == tuple(drafts)
    out = tmp_path / "k.xlsx"
    args = ["merge", "--db", str(db), "--out", str(out), "--final-only", "--lang", "tr"]
    assert main(args) == 0
    overview = openpyxl.load_workbook(out)["Genel Bakış"]
    counted = next(
        r[1] for r in overview.iter_rows(values_only=True) if r[0] == "Şehir rakamlarına alınanlar"
    )
    assert counted.startswith(
        f"yalnızca kesinleşmiş değerlendirmeler; dışarıda bırakılan {len(drafts)} taslak"
    )
    assert all(unit in counted for unit in drafts)
    units_row = next(r[1] for r in overview.iter_rows(values_only=True) if r[0] == "Birim sayısı")
    assert units_row == len(final.units)
    assert main(["merge", "--db", str(db), "--out", str(out), "--lang", "tr"]) == 0
    overview = openpyxl.load_workbook(out)["Genel Bakış"]
    counted = next(
        r[1] for r in overview.iter_rows(values_only=True) if r[0] == "Şehir rakamlarına alınanlar"
    )
    assert counted == f"kesinleşmiş ve taslak değerlendirmeler ({len(drafts)} taslak)"
