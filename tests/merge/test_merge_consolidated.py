"""The consolidated workbook: its numbers equal a recomputation from the formulas of
docs/scoring.md, read back from the written file."""

from __future__ import annotations

import shutil
import zipfile
from fractions import Fraction

import openpyxl
import pytest
from merge_helpers import copy, truncated_copy

from assessments import turkish
from assessments.exchange.reader import read_workbook
from assessments.merge.city_figures import consolidate
from assessments.merge.consolidated import write_consolidated
from assessments.merge.engine import merge
from assessments.messages import MaturityError
from assessments.profiles import city_answers
from assessments.scoring import city_group_scores, city_score, score_assessment
from assessments.store import Store

UNITS = 12


@pytest.fixture
def merged(tmp_path, exports, coordinator, questionnaire):
    """12 demo units merged, plus a duplicate and a broken file; returns the units' answers as
    read from the files themselves: unit -> (answers, out_of_scope)."""
    inbox = tmp_path / "inbox"
    files = [copy(path, inbox / path.name) for path in exports[:UNITS]]
    copy(exports[0], inbox / "yinelenen" / "kopya.xlsx")
    truncated_copy(exports[UNITS], inbox / "yarim.xlsx")
    report = merge([inbox], coordinator, questionnaire)
    assert report.counts["accepted"] == UNITS
    units = {}
    for path in files:
        parsed = read_workbook(path, questionnaire)
        units[parsed.unit] = (parsed.answers, parsed.out_of_scope)
    assert any(scope for _, scope in units.values()), (
        "the demo should declare some dimension out of scope"
    )
    return units


def _counted(questionnaire, merged):
    """The answers the city counts: an organisation-wide practice by its owner only (§16)."""
    units = city_answers(questionnaire, {u: a for u, (a, _) in merged.items()}).units
    return {u: (units[u], scope) for u, (_, scope) in merged.items()}


def _rows(ws):
    return [list(row) for row in ws.iter_rows(values_only=True)]


def _mean(values):
    return sum(values, Fraction(0)) / len(values) if values else None


def _by_hand_dimension(questionnaire, answers, dim):
    """Σ(w × c) / Σ w over the answered questions of one dimension (docs/scoring.md §3)."""
    used = [
        (answers[q.id], Fraction(repr(q.weight)))
        for q in dim.questions
        if q.id in answers and answers[q.id].answered
    ]
    if not used:
        return None
    total = sum(w for _, w in used)
    return (
        sum(a.current * w for a, w in used) / total,
        sum(a.effective_target * w for a, w in used) / total,
    )


def test_every_number_equals_the_formulas(tmp_path, merged, coordinator, questionnaire):
    path = write_consolidated(coordinator, questionnaire, tmp_path / "birlesik.xlsx", lang="tr")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Genel Bakış",
        "Birimler × Boyutlar",
        "Eylem Planı Adayları",
        "Temalar ve Uyum",
        "Yanıtlar",
        "İçe Aktarma Günlüğü",
    ]
    dims = questionnaire.dimensions
    units = sorted(merged, key=turkish.sort_key)
    counted = _counted(questionnaire, merged)
    city = city_score(questionnaire, counted.values())

    # by hand, per dimension: the plain mean of the units' dimension scores (§10), the city over
    # the counted answers (§16)
    def by_hand(given):
        return {
            u: {
                d.id: (
                    None
                    if d.id in given[u][1]
                    else _by_hand_dimension(questionnaire, given[u][0], d)
                )
                for d in dims
            }
            for u in units
        }

    per_unit, per_unit_city = by_hand(merged), by_hand(counted)
    expected_dims = {}
    for d in dims:
        present = [per_unit_city[u][d.id] for u in units if per_unit_city[u][d.id]]
        expected_dims[d.name.get("tr")] = (
            _mean([c for c, _ in present]),
            min(c for c, _ in present),
            max(c for c, _ in present),
            _mean([t for _, t in present]),
            len(present),
        )
    weights = {d.name.get("tr"): Fraction(repr(d.weight)) for d in dims}
    overall = sum(weights[n] * v[0] for n, v in expected_dims.items()) / sum(weights.values())

    # Overview
    rows = _rows(book["Genel Bakış"])
    labels = {r[0]: r for r in rows if r and r[0]}
    assert labels["Dönem"][1] == "2026" and labels["Birim sayısı"][1] == UNITS
    answered = sum(score_assessment(questionnaire, a, s).answered for a, s in merged.values())
    applicable = sum(score_assessment(questionnaire, a, s).applicable for a, s in merged.values())
    assert labels["Tamamlanma"][1] == pytest.approx(answered / applicable)
    assert labels["Yanıtlanan / uygulanabilir soru"][1] == f"{answered} / {applicable}"
    city_row = labels["Şehir geneli (boyut ağırlıklı)"]
    assert city_row[1] == pytest.approx(float(overall)) == pytest.approx(city.current)
    assert city_row[3] == pytest.approx(city.target - city.current)
    assert city_row[4] == pytest.approx(city.current / 5)
    assert city_row[6] == UNITS
    for name, (mean, low, high, target, count) in expected_dims.items():
        row = labels[name]
        assert row[1:5] == pytest.approx([float(mean), float(low), float(high), float(target)])
        assert row[5] == pytest.approx(float(target - mean))
        assert row[6] == count

    with zipfile.ZipFile(path) as archive:  # a native Excel radar chart of city current vs target
        chart = archive.read("xl/charts/chart1.xml").decode()
    assert "<radarChart>" in chart
    assert (
        chart.count("<ser>") == 2 and "'Genel Bakış'!$B$" in chart and "'Genel Bakış'!$E$" in chart
    )

    # Units × Dimensions
    matrix = _rows(book["Birimler × Boyutlar"])
    header = matrix[0]
    assert header[1 : 1 + len(dims)] == [d.name.get("tr") for d in dims]
    body = {r[0]: r for r in matrix[1:] if r[0] in merged}
    assert list(body) == units  # Turkish alphabetical order
    for unit in units:
        score = score_assessment(questionnaire, *merged[unit])
        row = body[unit]
        for i, d in enumerate(dims, start=1):
            if d.id in merged[unit][1]:
                assert row[i] == "k.d."
            elif per_unit[unit][d.id] is None:
                assert row[i] is None
            else:
                assert row[i] == pytest.approx(float(per_unit[unit][d.id][0]))
        assert row[1 + len(dims)] == pytest.approx(score.current)
        assert row[3 + len(dims)] == pytest.approx(score.completeness)
    city_line = next(r for r in matrix if r[0] == "Şehir ortalaması")
    assert city_line[1 : 1 + len(dims)] == pytest.approx(
        [float(v[0]) for v in expected_dims.values()]
    )

    # Action plan candidates: by hand per question (§10), sorted by priority
    actions = _rows(book["Eylem Planı Adayları"])
    assert actions[0][:13] == [
        "Sıra",
        "Boyut",
        "Soru no",
        "Soru",
        "Ulusal strateji bileşeni",
        "Yanıtlayan birim",
        "Ortalama mevcut",
        "Ortalama hedef",
        "Ortalama fark",
        "Farkı ≥ 2 olan birim",
        "Ağırlık",
        "Öncelik (ağırlık × ortalama fark)",
        "En büyük farkı olan birimler (mevcut→hedef)",
    ]
    assert actions[0][13:] == [
        "Eylem",
        "Sorumlu birim",
        "Termin",
        "Bütçe (TL)",
        "Performans göstergesi",
    ]
    body = actions[1:]
    assert len(body) == len(questionnaire.questions)
    # compliance gaps first (a unit below the legal minimum), then by priority (§19)
    below = [
        any(
            a[r[2]].answered and a[r[2]].current < m.level
            for a, scope in counted.values()
            if r[2] in a and questionnaire.question(r[2]).dimension_id not in scope
        )
        if (m := questionnaire.question(r[2]).legal_minimum)
        else False
        for r in body
    ]
    assert any(below) and below == sorted(below, reverse=True)
    priorities = [r[11] for r, b in zip(body, below, strict=True) if not b]
    assert priorities == sorted(priorities, reverse=True)
    assert [r[0] for r in body] == list(range(1, len(body) + 1))
    for row in body:
        q = questionnaire.question(row[2])
        given = [
            a[q.id]
            for a, scope in counted.values()
            if q.dimension_id not in scope and q.id in a and a[q.id].answered
        ]
        assert row[5] == len(given)
        if not given:
            assert row[6:9] == ["-", "-", "-"] and row[11] == 0
            continue
        mean_c = _mean([Fraction(a.current) for a in given])
        mean_t = _mean([Fraction(a.effective_target) for a in given])
        assert row[6:9] == pytest.approx([float(mean_c), float(mean_t), float(mean_t - mean_c)])
        assert row[9] == sum(1 for a in given if a.gap >= 2)
        assert row[11] == pytest.approx(float(Fraction(repr(q.weight)) * (mean_t - mean_c)))
        assert row[4] == questionnaire.components[q.component].get("tr")
        gaps = sorted(
            (
                (a[q.id].gap, u)
                for u, (a, scope) in counted.items()
                if q.dimension_id not in scope
                and q.id in a
                and a[q.id].answered
                and a[q.id].gap > 0
            ),
            key=lambda g: -g[0],
        )
        if gaps:
            first_line = row[12].split("\n")[0]
            assert first_line.startswith(tuple(u for g, u in gaps if g == gaps[0][0]))
        assert row[13:] == [None] * 5  # for the coordinator to fill

    # Themes and compliance: the city by theme and asset over the counted answers (§16-20), and
    # the compliance gaps in candidate order
    groups = _rows(book["Temalar ve Uyum"])
    by_label = {r[0]: r for r in groups if r and r[0]}
    for by, names in (("theme", questionnaire.tags), ("asset", questionnaire.assets)):
        for g in city_group_scores(questionnaire, counted.values(), by=by):
            row = by_label[names[g.group_id].get("tr")]
            assert row[1:3] == pytest.approx([g.current, g.target]) and row[4] == g.answered
    compliance = [
        r
        for r in groups
        if r
        and isinstance(r[0], str)
        and r[0].split(" ")[0] in {q.id for q in questionnaire.questions}
    ]
    expected = [r for r, b in zip(body, below, strict=True) if b]
    assert [r[0].split(" ")[0] for r in compliance] == [r[2] for r in expected]
    assert [r[5] for r in compliance] == [r[0] for r in expected]

    # Answers: one row per unit × question, pivot-ready
    answers = _rows(book["Yanıtlar"])
    assert answers[0] == [
        "Birim",
        "Dönem",
        "Boyut",
        "Soru no",
        "Soru",
        "Mevcut",
        "Hedef",
        "Fark",
        "Kapsam dışı (N/A)",
        "Gerekçe / notlar",
        "Kanıt",
        "Kaynak dosya",
        "Kaynak",
    ]
    assert len(answers) - 1 == UNITS * len(questionnaire.questions)
    assert book["Yanıtlar"].auto_filter.ref == f"A1:M{len(answers)}"
    for unit, _, _, qid, _, current, target, gap, na, note, _, _, _ in answers[1:]:
        given, scope = merged[unit]
        a = given.get(qid)
        if questionnaire.question(qid).dimension_id in scope:
            assert (current, na) == (None, "Boyut kapsam dışı")
        elif a is None or not a.answered:
            assert current is None and (na == "Evet") == bool(a and a.not_applicable)
        else:
            assert (current, target, gap) == (a.current, a.effective_target, a.gap)
            assert (note or "") == a.note

    # Import log
    log = _rows(book["İçe Aktarma Günlüğü"])
    statuses = {r[1]: r[5] for r in log[1:]}
    assert statuses["kopya.xlsx"] == "yinelenen" and statuses["yarim.xlsx"] == "reddedildi"
    assert sum(1 for s in statuses.values() if s == "alındı") == UNITS
    broken = next(r for r in log if r[1] == "yarim.xlsx")
    assert "bozuk" in broken[6]


def test_the_consolidation_in_memory_matches_the_scoring_module(merged, coordinator, questionnaire):
    data = consolidate(coordinator, questionnaire)
    assert data.city == city_score(questionnaire, _counted(questionnaire, merged).values())
    assert data.city != city_score(questionnaire, merged.values())  # a wide practice counts once
    assert [u.unit for u in data.units] == sorted(merged, key=turkish.sort_key)
    for row in data.units:
        assert row.score == score_assessment(questionnaire, *merged[row.unit])


def test_english_workbook_and_rewriting_it_any_time(tmp_path, merged, coordinator, questionnaire):
    first = write_consolidated(
        coordinator, questionnaire, tmp_path / "c.xlsx", round="2026", lang="en"
    )
    book = openpyxl.load_workbook(first)
    assert book.sheetnames == [
        "Overview",
        "Units × Dimensions",
        "Action Plan Candidates",
        "Themes and Compliance",
        "Answers",
        "Import Log",
    ]
    assert _rows(book["Units × Dimensions"])[0][0] == "Unit"
    again = write_consolidated(coordinator, questionnaire, tmp_path / "c.xlsx", lang="en")
    assert _rows(openpyxl.load_workbook(again)["Answers"]) == _rows(book["Answers"])


def test_a_round_without_assessments_is_a_clear_error(tmp_path, merged, coordinator, questionnaire):
    with pytest.raises(MaturityError) as caught:
        write_consolidated(coordinator, questionnaire, tmp_path / "c.xlsx", round="2019")
    assert "'2019'" in caught.value.message("tr")
    assert not (tmp_path / "c.xlsx").exists()


def test_a_workbook_open_in_excel_is_not_overwritten(tmp_path, merged, coordinator, questionnaire):
    target = write_consolidated(coordinator, questionnaire, tmp_path / "c.xlsx")
    before = target.read_bytes()
    (tmp_path / "~$c.xlsx").write_text("lock")
    with pytest.raises(MaturityError) as caught:
        write_consolidated(coordinator, questionnaire, target)
    assert caught.value.code == "x.target_open"
    assert target.read_bytes() == before


def test_text_that_looks_like_a_formula_stays_text(tmp_path, exports, coordinator, questionnaire):
    from assessments.scoring import Answer
    from assessments.store import Store

    qid = questionnaire.questions[0].id
    with Store(tmp_path / "unit.sqlite3") as unit:
        info = unit.create_assessment("Zabıta Dairesi Başkanlığı", "2026", questionnaire)
        unit.set_answer(
            info.uuid, Answer(qid, 1, 3, note='=HYPERLINK("http://x")', evidence="+90 266 000")
        )
        from assessments.exchange.export import export_assessment

        path = export_assessment(unit, questionnaire, info.uuid, tmp_path / "z.xlsx")
    merge([path], coordinator, questionnaire)
    out = write_consolidated(coordinator, questionnaire, tmp_path / "c.xlsx")
    ws = openpyxl.load_workbook(out)["Yanıtlar"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[3].value == qid)
    assert row[9].value == '=HYPERLINK("http://x")' and row[9].data_type == "s"
    assert row[10].value == "+90 266 000" and row[10].data_type == "s"


def test_the_coordinators_entries_survive_writing_the_workbook_again(
    tmp_path, merged, coordinator, questionnaire
):
    import datetime as dt

    path = write_consolidated(coordinator, questionnaire, tmp_path / "c.xlsx")
    book = openpyxl.load_workbook(path)
    ws = book["Eylem Planı Adayları"]
    qid = ws.cell(3, 3).value  # the second candidate
    ws.cell(3, 14).value = "Veri envanteri şablonu hazırlanacak"
    ws.cell(3, 15).value = "Bilgi İşlem Dairesi Başkanlığı"
    ws.cell(3, 16).value = dt.datetime(2026, 12, 31)
    ws.cell(3, 17).value = 250000
    ws.cell(3, 18).value = "Envanterdeki veri seti oranı"
    book.save(path)

    again = write_consolidated(coordinator, questionnaire, path, lang="en")  # another language, too

    rows = _rows(openpyxl.load_workbook(again)["Action Plan Candidates"])
    row = next(r for r in rows if r[2] == qid)
    assert row[13:] == [
        "Veri envanteri şablonu hazırlanacak",
        "Bilgi İşlem Dairesi Başkanlığı",
        dt.datetime(2026, 12, 31),
        250000,
        "Envanterdeki veri seti oranı",
    ]
    assert sum(1 for r in rows[1:] if any(r[13:])) == 1


def test_an_unreadable_earlier_workbook_is_kept_beside_the_new_one(
    tmp_path, merged, coordinator, questionnaire
):
    path = tmp_path / "c.xlsx"
    path.write_bytes(b"PK\x03\x04 damaged")
    write_consolidated(coordinator, questionnaire, path)
    (copy,) = tmp_path.glob("c.20*.xlsx")  # c.<date-time>.xlsx
    assert copy.read_bytes() == b"PK\x03\x04 damaged"
    assert openpyxl.load_workbook(path).sheetnames[0] == "Genel Bakış"


def test_entries_of_another_round_are_not_carried_but_kept_in_a_copy(
    tmp_path, merged, coordinator, questionnaire
):
    from assessments.merge.demo_exports import write_demo

    path = write_consolidated(coordinator, questionnaire, tmp_path / "plan.xlsx", round="2026")
    book = openpyxl.load_workbook(path)
    book["Eylem Planı Adayları"].cell(2, 14).value = "2026 eylemi"
    book.save(path)
    merge(
        write_demo(questionnaire, tmp_path / "next", 2, "2027", workers=0),
        coordinator,
        questionnaire,
    )

    write_consolidated(coordinator, questionnaire, path, round="2027")

    rows = _rows(openpyxl.load_workbook(path)["Eylem Planı Adayları"])
    assert not any(r[13] for r in rows[1:])
    (copy,) = tmp_path.glob("plan.20*.xlsx")
    kept = _rows(openpyxl.load_workbook(copy)["Eylem Planı Adayları"])
    assert kept[1][13] == "2026 eylemi"


def test_a_column_the_coordinator_added_is_carried_over_by_heading_and_question(
    tmp_path, merged, coordinator, questionnaire
):
    path = write_consolidated(coordinator, questionnaire, tmp_path / "c.xlsx")
    book = openpyxl.load_workbook(path)
    ws = book["Eylem Planı Adayları"]
    ws.cell(1, 19).value = "Koordinatör notu"
    qid = ws.cell(4, 3).value
    ws.cell(4, 19).value = "Meclise sunulacak"
    book.save(path)
    again = write_consolidated(coordinator, questionnaire, path, lang="en")
    rows = _rows(openpyxl.load_workbook(again)["Action Plan Candidates"])
    assert rows[0][18] == "Koordinatör notu"
    row = next(r for r in rows if r[2] == qid)
    assert row[18] == "Meclise sunulacak"
    assert sum(1 for r in rows[1:] if r[18]) == 1


def test_an_edited_workbook_is_kept_with_a_date_before_it_is_written_again(
    tmp_path, merged, coordinator, questionnaire
):
    path = write_consolidated(coordinator, questionnaire, tmp_path / "c.xlsx")
    assert list(tmp_path.glob("c.20*.xlsx")) == []
    write_consolidated(coordinator, questionnaire, path)  # untouched: nothing to keep
    assert list(tmp_path.glob("c.20*.xlsx")) == []
    book = openpyxl.load_workbook(path)
    book["Genel Bakış"]["A40"] = "Başkanlık makamına sunuldu"  # outside every carried column
    book.properties.lastModifiedBy = "Ayşe Yılmaz"  # as Excel records the user
    book.save(path)
    kept = []
    write_consolidated(coordinator, questionnaire, path, on_kept=kept.append)
    (copy,) = tmp_path.glob("c.20*.xlsx")
    assert kept == [copy]
    assert openpyxl.load_workbook(copy)["Genel Bakış"]["A40"].value == "Başkanlık makamına sunuldu"
    assert openpyxl.load_workbook(path)["Genel Bakış"]["A40"].value is None


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_a_libreoffice_save_counts_as_an_edit(tmp_path, merged, coordinator, questionnaire):
    import subprocess

    from assessments.merge.carry_over import edited_by_a_person

    path = write_consolidated(coordinator, questionnaire, tmp_path / "c.xlsx")
    assert not edited_by_a_person(path)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(tmp_path / "lo"),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert edited_by_a_person(tmp_path / "lo" / "c.xlsx")


def test_an_out_folder_problem_is_found_before_anything_is_stored(tmp_path, questionnaire, capsys):
    from assessments.cli import main
    from assessments.merge.demo_exports import write_demo

    write_demo(questionnaire, tmp_path / "in", 2, "2026", workers=0)
    db = tmp_path / "db.sqlite3"
    out = tmp_path / "yok" / "konsolide.xlsx"
    assert main(["merge", str(tmp_path / "in"), "--out", str(out), "--db", str(db)]) == 1
    assert "yok" in capsys.readouterr().err
    with Store(db) as store:
        assert store.assessments() == []  # nothing merged
