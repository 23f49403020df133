"""``maturity merge`` and ``maturity demo`` from the command line."""

from __future__ import annotations

import json

import openpyxl
import pytest
from merge_helpers import copy, set_cells, truncated_copy

from assessments.cli import main
from assessments.exchange.reader import read_workbook
from assessments.store import Store


def test_thirty_exports_two_duplicates_a_modified_and_a_broken_file(
    tmp_path, exports, questionnaire, capsys
):
    inbox = tmp_path / "Gelen"
    for path in exports[:30]:
        copy(path, inbox / path.name)
    copy(exports[0], inbox / "e-posta" / "tekrar-1.xlsx")
    copy(exports[1], inbox / "usb" / "tekrar-2.xlsx")
    modified = copy(exports[30], inbox / "usb" / "degistirilmis.xlsx")
    qid = next(
        q.id
        for q in questionnaire.questions
        if read_workbook(modified, questionnaire).answers.get(q.id)
    )
    level = read_workbook(modified, questionnaire).answers[qid].current
    set_cells(modified, {(qid, "current_level"): 0 if level else 1, (qid, "target_level"): 5})
    truncated_copy(exports[31], inbox / "bozuk.xlsx")
    db, out, report = (
        tmp_path / "koordinator.sqlite3",
        tmp_path / "birlesik.xlsx",
        tmp_path / "rapor.json",
    )

    code = main(
        [
            "merge",
            "--db",
            str(db),
            "--lang",
            "tr",
            str(inbox),
            "--out",
            str(out),
            "--report",
            str(report),
        ]
    )

    assert code == 1
    printed = capsys.readouterr().out
    assert "34 dosya: alındı 30, yinelenen 2, reddedildi 2." in printed
    for name, words in (
        ("tekrar-1.xlsx", "içeriği aynı"),
        ("tekrar-2.xlsx", "içeriği aynı"),
        ("degistirilmis.xlsx", "dışa aktarıldıktan sonra değiştirilmiş"),
        ("bozuk.xlsx", "bozuk ya da eksik"),
    ):
        block = printed.split(name, 1)[1].split("\n")[1]
        assert words in block, (name, block)
    with Store(db) as store:
        assert len(store.assessments("2026")) == 30
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["exit_code"] == 1 and data["counts"]["accepted"] == 30
    others = {
        f["file"]: (f["status"], f["reasons"][0]["code"])
        for f in data["files"]
        if f["status"] != "accepted"
    }
    assert others == {
        "tekrar-1.xlsx": ("duplicate", "m.duplicate_in_batch"),
        "tekrar-2.xlsx": ("duplicate", "m.duplicate_in_batch"),
        "degistirilmis.xlsx": ("rejected", "x.modified"),
        "bozuk.xlsx": ("rejected", "x.corrupt"),
    }
    assert data["workbook"] == str(out) and data["workbook_round"] == "2026"
    book = openpyxl.load_workbook(out)
    units = [r[0] for r in book["Birimler × Boyutlar"].iter_rows(min_row=2, values_only=True)]
    assert (
        len([u for u in units if u and u != "Şehir ortalaması" and not u.startswith("Renkler")])
        == 30
    )
    log = {r[1]: r[5] for r in book["İçe Aktarma Günlüğü"].iter_rows(min_row=2, values_only=True)}
    assert log["bozuk.xlsx"] == "reddedildi" and log["tekrar-2.xlsx"] == "yinelenen"


def test_accept_modified_flags_the_edited_file(tmp_path, exports, questionnaire, capsys):
    path = set_cells(
        copy(exports[0], tmp_path / "e.xlsx"),
        {(questionnaire.questions[0].id, "note"): "Excel'de eklendi"},
    )
    code = main(
        [
            "merge",
            "--db",
            str(tmp_path / "c.sqlite3"),
            "--lang",
            "en",
            "--accept-modified",
            str(path),
        ]
    )
    assert code == 0
    assert "accepted, flagged: " in capsys.readouterr().out


def test_nothing_usable_exits_2(tmp_path, capsys):
    (tmp_path / "bos").mkdir()
    assert (
        main(
            [
                "merge",
                "--db",
                str(tmp_path / "c.sqlite3"),
                "--lang",
                "en",
                str(tmp_path / "bos"),
                str(tmp_path / "yok.xlsx"),
                "--out",
                str(tmp_path / "c.xlsx"),
            ]
        )
        == 2
    )
    captured = capsys.readouterr()
    assert "yok.xlsx" in captured.out and "File not found." in captured.out
    assert "Nothing usable" in captured.err
    assert not (tmp_path / "c.xlsx").exists()


def test_only_rejected_files_exit_2(tmp_path, capsys):
    (tmp_path / "a.xlsx").write_bytes(b"PK\x03\x04 not really")
    assert main(["merge", "--db", str(tmp_path / "c.sqlite3"), str(tmp_path / "a.xlsx")]) == 2


@pytest.mark.parametrize("argv", [["merge"], ["merge", "x", "--out", "c.pdf"]])
def test_usage_errors_exit_2(tmp_path, capsys, argv):
    assert main([*argv, "--db", str(tmp_path / "c.sqlite3")]) == 2
    assert capsys.readouterr().err


def test_the_workbook_is_written_again_from_the_database(tmp_path, exports, capsys):
    db = str(tmp_path / "c.sqlite3")
    assert main(["merge", "--db", db, str(exports[0]), str(exports[1])]) == 0
    assert main(["merge", "--db", db, "--lang", "en", "--out", str(tmp_path / "again.xlsx")]) == 0
    assert "Consolidated workbook written" in capsys.readouterr().out
    assert openpyxl.load_workbook(tmp_path / "again.xlsx").sheetnames[0] == "Overview"


def test_an_open_workbook_is_reported_but_the_merge_is_kept(tmp_path, exports, capsys):
    out = tmp_path / "c.xlsx"
    (tmp_path / "~$c.xlsx").write_text("lock")
    db = tmp_path / "c.sqlite3"
    assert main(["merge", "--db", str(db), "--lang", "en", str(exports[0]), "--out", str(out)]) == 1
    assert "stored in the database" in capsys.readouterr().err
    with Store(db) as store:
        assert len(store.assessments()) == 1


def test_demo_writes_readable_exports(tmp_path, capsys, questionnaire):
    out = tmp_path / "ornek"
    assert main(["demo", "--units", "3", "--round", "2026", "--out", str(out), "--seed", "5"]) == 0
    assert "3 örnek dışa aktarım yazıldı" in capsys.readouterr().out
    assert len(list(out.glob("*.xlsx"))) == 3
    assert main(["merge", "--db", str(tmp_path / "c.sqlite3"), str(out)]) == 0


def test_demo_refuses_a_bad_unit_count(tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        main(["demo", "--units", "0", "--round", "2026", "--out", str(tmp_path), "--lang", "en"])
    assert done.value.code == 2
    assert "whole number from 1 to 100,000: 0" in capsys.readouterr().err


def test_help_is_translated(capsys):
    with pytest.raises(SystemExit):
        main(["merge", "--help", "--lang", "tr"])
    out = capsys.readouterr().out
    assert "Birimlerin Excel dosyalarını birleştir" in out and "docs/merging.md" in out
