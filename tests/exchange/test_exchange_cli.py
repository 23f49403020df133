"""``maturity export``, ``template`` and ``import`` from the command line."""

from __future__ import annotations

import openpyxl
from exchange_helpers import UNIT, fill_template, set_cells

from assessments.cli import main
from assessments.store import Store


def test_export_then_import_into_another_database(
    tmp_path, db_path, answered, capsys, questionnaire
):
    out = tmp_path / "bilgi-islem.xlsx"
    assert (
        main(["export", "--db", str(db_path), "--unit", UNIT, "--round", "2026", "--out", str(out)])
        == 0
    )
    assert "Dışa aktarıldı" in capsys.readouterr().out
    other = tmp_path / "koordinator.sqlite3"

    assert main(["import", "--db", str(other), str(out)]) == 0

    assert "dışa aktarımı alındı" in capsys.readouterr().out
    with Store(other) as store, Store(db_path) as unit_store:
        assert store.answers(answered.uuid) == unit_store.answers(answered.uuid)


def test_import_lists_every_problem_with_its_cell_and_fails(
    tmp_path, db_path, answered, capsys, questionnaire
):
    out = tmp_path / "e.xlsx"
    main(
        [
            "export",
            "--db",
            str(db_path),
            "--unit",
            UNIT,
            "--round",
            "2026",
            "--out",
            str(out),
            "--lang",
            "en",
        ]
    )
    ids = [q.id for q in questionnaire.questions]
    set_cells(out, {(ids[0], "current_level"): 7, (ids[1], "current_level"): "üç"})
    capsys.readouterr()

    assert main(["import", "--db", str(tmp_path / "c.sqlite3"), "--lang", "en", str(out)]) == 1

    err = capsys.readouterr().err
    assert "nothing was stored" in err
    assert "e.xlsx: Answers!D3: Current level: '7' cannot be read" in err
    assert "e.xlsx: Answers!D4: Current level: 'üç' cannot be read" in err


def test_modified_export_needs_the_flag(tmp_path, db_path, answered, capsys, questionnaire):
    out = tmp_path / "e.xlsx"
    main(["export", "--db", str(db_path), "--unit", UNIT, "--round", "2026", "--out", str(out)])
    set_cells(out, {(questionnaire.questions[0].id, "note"): "Excel'de eklendi"})
    target = str(tmp_path / "c.sqlite3")
    assert main(["import", "--db", target, str(out)]) == 1
    assert "--accept-modified" in capsys.readouterr().err
    assert main(["import", "--db", target, "--accept-modified", str(out)]) == 0
    assert "Uyarı" in capsys.readouterr().out


def test_template_command_and_import_of_a_filled_template(tmp_path, capsys, questionnaire):
    out = tmp_path / "sablon.xlsx"
    assert (
        main(
            [
                "template",
                "--out",
                str(out),
                "--unit",
                "Zabıta Dairesi Başkanlığı",
                "--round",
                "2026",
            ]
        )
        == 0
    )
    assert "Şablon yazıldı" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).sheetnames[:2] == ["Yönergeler", "Yanıtlar"]
    fill_template(
        out,
        {questionnaire.questions[0].id: {"current_level": 2, "target_level": 3}},
        unit=None,
        round=None,
    )

    assert main(["import", "--db", str(tmp_path / "c.sqlite3"), str(out)]) == 0
    assert "şablonu alındı (1 yanıt)" in capsys.readouterr().out


def test_export_of_an_unknown_assessment_is_a_clear_error(tmp_path, db_path, capsys):
    assert (
        main(
            [
                "export",
                "--db",
                str(db_path),
                "--unit",
                "Yok",
                "--round",
                "2026",
                "--out",
                str(tmp_path / "a.xlsx"),
            ]
        )
        == 1
    )
    assert "Hata" in capsys.readouterr().err
    assert not (tmp_path / "a.xlsx").exists()


def test_import_of_a_missing_file(tmp_path, capsys):
    assert main(["import", "--db", str(tmp_path / "c.sqlite3"), str(tmp_path / "yok.xlsx")]) == 1
    assert "yok.xlsx: Dosya bulunamadı." in capsys.readouterr().err


def test_help_is_translated(capsys):
    try:
        main(["export", "--help", "--lang", "en"])
    except SystemExit as done:
        assert done.code == 0
    assert "Export a unit's assessment to Excel." in capsys.readouterr().out
