"""Done-when of issue 17: draft, export and document through the CLI from a merged round, read
back with openpyxl and python-docx; the workbook's edits import back, all or nothing."""

from __future__ import annotations

import json
import shutil

import pytest
from openpyxl import load_workbook

import assessments.plan.cli  # noqa: F401  (registers "maturity plan")
from assessments.cli import main
from assessments.plan.codec import loads, plan_to_json
from assessments.plan.layout import FIRST_ROW


def run(db, *args, lang="tr"):
    return main(["plan", *args, "--db", str(db), "--lang", lang])


def show(db, capsys):
    capsys.readouterr()
    assert run(db, "show", "--json") == 0
    return loads(capsys.readouterr().out)


@pytest.fixture
def drafted(round_db, capsys):
    assert run(round_db, "draft", "--round", "2026") == 0
    assert "Taslak eylem planı oluşturuldu" in capsys.readouterr().out
    return round_db


def test_show_json_has_the_issue_shape(drafted, capsys):
    data = plan_to_json(show(drafted, capsys))
    action = data["goals"][0]["targets"][0]["actions"][0]
    assert {
        "code",
        "title",
        "questions",
        "responsible_unit",
        "collaborating_units",
        "start",
        "end",
        "costs",
        "funding",
        "status",
    } <= set(action)
    assert {"id", "from", "to", "units"} <= set(action["questions"][0])
    target = data["goals"][0]["targets"][0]
    assert {"code", "title", "responsible_unit", "indicators", "actions"} <= set(target)


def test_a_second_draft_needs_replace(drafted, capsys):
    assert run(drafted, "draft") == 1
    assert "--replace" in capsys.readouterr().err
    assert run(drafted, "draft", "--replace") == 0
    assert show(drafted, capsys).version == 2


def _sheet_rows(ws):
    keys = [c for c in next(ws.iter_rows(min_row=2, max_row=2, values_only=True))]
    return keys, [
        dict(zip(keys, r, strict=False))
        for r in ws.iter_rows(min_row=FIRST_ROW, values_only=True)
        if any(r)
    ]


def test_workbook_cards_actions_and_costs(drafted, tmp_path, capsys):
    plan = show(drafted, capsys)
    out = tmp_path / "plan.xlsx"
    assert run(drafted, "export", "--out", str(out)) == 0
    wb = load_workbook(out)
    assert wb.sheetnames[:5] == ["Genel Bakış", "Hedef Kartları", "Eylemler", "Maliyet", "Takvim"]
    cards = [str(c.value) for row in wb["Hedef Kartları"].iter_rows() for c in row if c.value]
    for word in (
        "Amaç",
        "Hedef",
        "Hedefe etkisi (%)",
        "Plan dönemi başlangıç değeri",
        "İzleme sıklığı",
        "Raporlama sıklığı",
        "Sorumlu birim",
        "İşbirliği yapılacak birimler",
        "Riskler",
        "Stratejiler",
        "Maliyet tahmini (TL)",
        "Tespitler",
        "İhtiyaçlar",
    ):
        assert cards.count(word) == len(plan.targets()), word
    for _, target in plan.targets():
        assert f"{target.code} {target.title}" in cards
    _, actions = _sheet_rows(wb["Eylemler"])
    assert [a["code"] for a in actions] == [a.code for _, _, a in plan.actions()]
    costs = wb["Maliyet"]
    totals = [r for r in costs.iter_rows(values_only=True) if r[0] == "Toplam"]
    grand = sum(a.total_cost for _, _, a in plan.actions())
    assert len(totals) == 2 and all(r[6] == grand for r in totals)  # by target and by funding
    for year in plan.years:
        col = 1 + list(plan.years).index(year) + 1
        assert totals[0][col - 1] == sum(a.costs.get(year, 0) for _, _, a in plan.actions())
    timeline = wb["Takvim"]
    assert timeline.conditional_formatting  # the Gantt bars
    assert wb["Eylemler"].page_setup.orientation == "landscape"
    assert wb["Eylemler"].page_setup.paperSize == 9


def test_document_has_target_cards_as_word_tables(drafted, tmp_path, capsys):
    from docx import Document

    plan = show(drafted, capsys)
    out, pdf = tmp_path / "plan.docx", tmp_path / "plan.pdf"
    code = run(drafted, "document", "--out", str(out), "--pdf", str(pdf))
    doc = Document(str(out))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Akıllı Şehir Eylem Planı" in body
    for heading in (
        "İçindekiler",
        "Önsöz",
        "Yöntem",
        "Mevcut durum",
        "Uyum açıkları (yasal asgarinin altı)",
        "Maliyetlendirme",
        "Uygulama takvimi",
        "İzleme ve değerlendirme",
        "Onaylar",
    ):
        assert heading in body, heading
    assert "TOC \\o" in doc.element.xml
    assert doc.inline_shapes, "the city radar"
    cards = [t for t in doc.tables if t.rows[0].cells[0].text == "Amaç"]
    assert len(cards) == len(plan.targets())
    for card, (goal, target) in zip(cards, plan.targets(), strict=True):
        assert card.rows[0].cells[1].text == f"{goal.code} {goal.title}"
        labels = [row.cells[0].text for row in card.rows]
        assert card.rows[1].cells[1].text == f"{target.code} {target.title}"
        for word in (
            "Sorumlu birim",
            "İşbirliği yapılacak birim(ler)",
            "Riskler",
            "Stratejiler",
            "Maliyet tahmini (TL)",
            "Tespitler",
            "İhtiyaçlar",
        ):
            assert word in labels
        assert [r.cells[1].text for r in card.rows[2:]][0] == "Hedefe etkisi (%)"
    if shutil.which("soffice"):
        assert code == 0 and pdf.stat().st_size > 10_000
    else:
        assert code == 1 and "LibreOffice" in capsys.readouterr().err


def _edit(
    path, sheet, changes_by_row: dict[int, dict], append: list[dict] = (), delete: int | None = None
):
    wb = load_workbook(path)
    ws = wb[sheet]
    keys = [c.value for c in ws[2]]
    for row, changes in changes_by_row.items():
        for key, value in changes.items():
            ws.cell(FIRST_ROW + row, keys.index(key) + 1).value = value
    for values in append:
        row = ws.max_row + 1
        for key, value in values.items():
            ws.cell(row, keys.index(key) + 1).value = value
    if delete is not None:
        ws.delete_rows(FIRST_ROW + delete)
    wb.save(path)


UNIT_A, UNIT_B = "Zabıta Dairesi Başkanlığı", "Hukuk Müşavirliği"


def test_workbook_edits_import_back_every_field(drafted, tmp_path, capsys):
    before = show(drafted, capsys)
    out = tmp_path / "plan.xlsx"
    assert run(drafted, "export", "--out", str(out)) == 0
    action_changes = {
        "code": "E9.9.9",
        "title": "=Yeni başlık",
        "description": "Açıklama\nikinci satır",
        "steps": "Adım bir\nAdım iki",
        "output": "Çıktı metni",
        "questions": f"VERI-01 1→3: {UNIT_A}; {UNIT_B}\nVERI-03 0->2",
        "responsible_unit": UNIT_A,
        "collaborating_units": UNIT_B,
        "partners": "BASKİ\nAFAD",
        "start": "2027-Ç2",
        "end": "Q4 2028",
        "cost_2026": None,
        "cost_2027": 1250000,
        "cost_2028": "2.500.000",
        "cost_2029": None,
        "cost_2030": None,
        "funding": "AB / IPA fonları",
        "funding_note": "IPA III",
        "component": "Bilgi güvenliği",
        "mission_area": "Dijital dönüşüm",
        "themes": "Yeşil, digital",
        "priority": "Düşük",
        "status": "Sürüyor",
        "indicator": "Yeni gösterge",
    }
    _edit(
        out,
        "Eylemler",
        {0: action_changes},
        append=[
            {
                "target": before.goals[0].targets[0].code,
                "code": "E1.1.2",
                "title": "Ek eylem",
                "start": "2026-Ç1",
                "end": "2026-Ç4",
                "cost_2026": 10000,
                "funding": "Diğer",
            }
        ],
        delete=len(before.actions()) - 1,
    )
    target_changes = {
        "title": "Hedef yeni",
        "responsible_unit": UNIT_B,
        "collaborating_units": UNIT_A,
        "risks": "R1\nR2",
        "strategies": "S1",
        "cost_estimate": 777000,
        "findings": "F1",
        "needs": "N1\nN2",
    }
    _edit(out, "Hedefler", {0: target_changes})
    indicator_changes = [
        {
            "name": "Gösterge A",
            "unit": "adet",
            "formula": "a / b",
            "source": "kayıt",
            "effect_percent": 30,
            "baseline": 1.5,
            "target_2026": 2,
            "target_2030": 9,
            "monitoring": "3 ayda bir",
            "reporting": "Yılda bir",
        },
        {"effect_percent": 70},
    ]
    _edit(out, "Göstergeler", dict(enumerate(indicator_changes)))
    _edit(out, "Amaçlar", {0: {"title": "Amaç yeni", "description": "Amaç açıklaması"}})
    capsys.readouterr()
    assert run(drafted, "import", str(out)) == 0
    assert "1 eklendi, 1 silindi" in capsys.readouterr().out
    after = show(drafted, capsys)
    goal = after.goals[0]
    assert (goal.title, goal.description) == ("Amaç yeni", "Amaç açıklaması")
    target = goal.targets[0]
    assert (
        target.title,
        target.responsible_unit,
        target.collaborating_units,
        target.risks,
        target.strategies,
        target.cost_estimate,
        target.findings,
        target.needs,
    ) == ("Hedef yeni", UNIT_B, (UNIT_A,), ("R1", "R2"), ("S1",), 777000.0, ("F1",), ("N1", "N2"))
    i1, i2 = target.indicators
    assert (
        i1.name,
        i1.unit,
        i1.formula,
        i1.source,
        i1.effect_percent,
        i1.baseline,
        i1.monitoring,
        i1.reporting,
    ) == ("Gösterge A", "adet", "a / b", "kayıt", 30.0, 1.5, "3-months", "12-months")
    assert i1.targets[2026] == 2 and i1.targets[2030] == 9 and i2.effect_percent == 70
    a = target.actions[0]
    data = json.loads(
        json.dumps(
            {k: v for k, v in plan_to_json(after)["goals"][0]["targets"][0]["actions"][0].items()}
        )
    )
    assert data["questions"] == [
        {"id": "VERI-01", "from": 1, "to": 3, "units": [UNIT_A, UNIT_B]},
        {"id": "VERI-03", "from": 0, "to": 2, "units": []},
    ]
    assert (a.code, a.title, a.description, a.steps, a.output) == (
        "E9.9.9",
        "=Yeni başlık",
        "Açıklama\nikinci satır",
        ("Adım bir", "Adım iki"),
        "Çıktı metni",
    )
    assert (a.responsible_unit, a.collaborating_units, a.partners) == (
        UNIT_A,
        (UNIT_B,),
        ("BASKİ", "AFAD"),
    )
    assert (str(a.start), str(a.end), a.costs) == (
        "2027-Q2",
        "2028-Q4",
        {2027: 1250000.0, 2028: 2500000.0},
    )
    assert (
        a.funding,
        a.funding_note,
        a.component,
        a.mission_area,
        a.themes,
        a.priority,
        a.status,
        a.indicator,
    ) == (
        "eu-ipa",
        "IPA III",
        "bilgi-guvenligi",
        "Dijital dönüşüm",
        ("green", "digital"),
        "low",
        "in-progress",
        "Yeni gösterge",
    )
    assert [x.title for x in target.actions] == ["=Yeni başlık", "Ek eylem"]
    assert len(after.actions()) == len(before.actions())  # one added, one deleted
    # Exported again, the workbook reads back to the same plan: every field survives.
    again = tmp_path / "again.xlsx"
    assert run(drafted, "export", "--out", str(again)) == 0
    assert load_workbook(again)["Eylemler"].cell(FIRST_ROW, 4).data_type == "s"  # never a formula
    assert run(drafted, "import", str(again)) == 0
    assert "0 öğe değişti, 0 eklendi, 0 silindi" in capsys.readouterr().out


def test_bad_cells_are_named_and_nothing_is_imported(drafted, tmp_path, capsys):
    before = show(drafted, capsys)
    out = tmp_path / "plan.xlsx"
    assert run(drafted, "export", "--out", str(out)) == 0
    _edit(
        out,
        "Eylemler",
        {
            0: {
                "cost_2027": "çok",
                "end": "2031-Ç1",
                "funding": "Piyango",
                "responsible_unit": "Olmayan Birim",
            }
        },
    )
    _edit(out, "Göstergeler", {0: {"effect_percent": 90}})
    capsys.readouterr()
    assert run(drafted, "import", str(out)) == 1
    err = capsys.readouterr().err
    assert "Çalışma kitabı içe aktarılmadı" in err
    assert "Eylemler!" in err and "(cost_2027)" in err and "çok" in err
    assert "(funding)" in err and "Piyango" in err
    assert "plan döneminin (2026-2030) dışında" in err
    assert "'Olmayan Birim' birim listesinde yok" in err
    assert "%100 olmalı" in err
    assert show(drafted, capsys) == before  # nothing half-imported


def test_a_workbook_of_another_plan_is_refused(drafted, tmp_path, capsys):
    out = tmp_path / "plan.xlsx"
    assert run(drafted, "export", "--out", str(out)) == 0
    assert run(drafted, "draft", "--replace") == 0
    wb = load_workbook(out)
    wb["_plan"]["B2"] = "p-00000000"
    wb.save(out)
    capsys.readouterr()
    assert run(drafted, "import", str(out)) == 1
    assert "başka bir eylem planına ait" in capsys.readouterr().err


def test_english_workbook_round_trips_too(drafted, tmp_path, capsys):
    out = tmp_path / "plan-en.xlsx"
    assert run(drafted, "export", "--out", str(out), lang="en") == 0
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == ["Overview", "Target Cards", "Actions"]
    _edit(out, "Actions", {0: {"funding": "EU / IPA funds", "start": "2027-Q1", "end": "2027-Q3"}})
    capsys.readouterr()
    assert run(drafted, "import", str(out), lang="en") == 0
    assert "Imported: 1 items changed, 0 added, 0 removed." in capsys.readouterr().out
    action = show(drafted, capsys).actions()[0][2]
    assert (action.funding, str(action.start), str(action.end)) == ("eu-ipa", "2027-Q1", "2027-Q3")


def test_no_libreoffice_gives_a_note_not_a_traceback(drafted, tmp_path, capsys, monkeypatch):
    from assessments.plan import document

    monkeypatch.setattr(document, "soffice", lambda: None)
    out = tmp_path / "plan.docx"
    assert run(drafted, "document", "--out", str(out), "--pdf", str(tmp_path / "plan.pdf")) == 1
    assert out.exists() and not (tmp_path / "plan.pdf").exists()
    assert "LibreOffice (soffice) bulunamadı" in capsys.readouterr().err


def test_a_file_that_is_not_a_workbook_is_refused_cleanly(drafted, tmp_path, capsys):
    bad = tmp_path / "plan.xlsx"
    bad.write_bytes(b"this is not a zip file")
    capsys.readouterr()
    assert run(drafted, "import", str(bad)) == 1
    err = capsys.readouterr().err
    assert "plan.xlsx" in err and "Traceback" not in err


def test_plan_commands_without_a_plan_say_so(round_db, tmp_path, capsys):
    assert run(round_db, "show") == 1
    assert "maturity plan draft" in capsys.readouterr().err
    assert run(round_db, "export", "--out", str(tmp_path / "x.docx")) == 2
