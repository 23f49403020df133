"""The data-collection round (issue 15, item 2): opened with a template per expected unit,
followed (sent, draft, rejected with its reason, awaited, late, with an e-mail text) and
closed, from the CLI."""

from __future__ import annotations

import datetime as dt
import urllib.parse

import openpyxl
from merge_helpers import copy, set_cells

from assessments import collection, turkish
from assessments.cli import main
from assessments.exchange.reader import read_workbook
from assessments.store import Store


def unit_of(path, questionnaire) -> str:
    return read_workbook(path, questionnaire).unit


def test_a_round_opened_followed_and_closed(tmp_path, exports, questionnaire, capsys):
    db = tmp_path / "office.sqlite3"
    sent, edited = exports[0], copy(exports[1], tmp_path / "in2" / "edited.xlsx")
    units = [unit_of(p, questionnaire) for p in exports[:4]]
    base = ["--db", str(db), "--lang", "tr"]
    args = ["round", "open", "2026", "--due", "31.01.2027", "--out", str(tmp_path / "sablon")]
    assert main([*args, *[f"--unit={u}" for u in units], *base]) == 0
    assert f"{len(units)} birim, son gün 31.01.2027" in capsys.readouterr().out
    templates = sorted((tmp_path / "sablon").glob("*.xlsx"))
    assert len(templates) == len(units)
    guide = openpyxl.load_workbook(templates[0]).worksheets[0]
    assert any(c.value in units for row in guide.iter_rows() for c in row)  # unit filled in

    qid = next(
        q.id
        for q in questionnaire.questions
        if read_workbook(edited, questionnaire).answers.get(q.id)
    )
    level = read_workbook(edited, questionnaire).answers[qid].current
    set_cells(edited, {(qid, "current_level"): 0 if level else 1, (qid, "target_level"): 5})
    main(["merge", str(sent), str(edited), *base])
    capsys.readouterr()
    with Store(db) as store:
        opened, found = collection.round_status(
            store, questionnaire, "2026", "tr", today=dt.date(2027, 2, 1)
        )
    states = {s.unit: s for s in found}
    assert [s.unit for s in found] == sorted(units, key=turkish.sort_key)  # Turkish order
    assert states[units[0]].state in ("received", "draft")
    assert states[units[1]].state == "rejected" and states[units[1]].detail
    assert {states[u].state for u in units[2:]} == {"late"}  # the due date has passed
    mail = urllib.parse.unquote(states[units[2]].mailto)
    assert mail.startswith("mailto:?subject=Akıllı şehir olgunluk") and units[2] in mail
    assert "son gün: 31.01.2027" in mail
    assert states[units[0]].mailto == ""  # nothing to ask of a unit that sent

    assert main(["round", "status", "2026", "--mail", *base]) == 0
    out = capsys.readouterr().out
    assert f"{units[1]}: dosyası reddedildi" in out and "mailto:" in out
    assert f"2026: {len(units)} birimden 1 gönderdi, 1 reddedildi, 2 bekleniyor" in out
    out = tmp_path / "konsolide.xlsx"
    assert main(["merge", "--out", str(out), *base]) == 0
    board = openpyxl.load_workbook(out)["Veri Toplama"]
    assert board["A1"].value.startswith("2026 veri toplama turu (açık; son gün 31.01.2027)")
    rows = {r[0]: r[1] for r in board.iter_rows(min_row=4, values_only=True) if r[0]}
    assert set(rows) == set(units) and rows[units[1]] == "dosyası reddedildi"
    assert main(["round", "close", "2026", *base]) == 0
    with Store(db) as store:
        assert not store.collection.get("2026").is_open


def test_bad_input_is_named(tmp_path, capsys):
    base = ["--db", str(tmp_path / "db"), "--lang", "tr"]
    assert main(["round", "status", "2031", *base]) == 1
    assert "2031 dönemi için açılmış bir veri toplama turu yok" in capsys.readouterr().err
    args = ["round", "open", "2026", "--due", "otuz bir ocak", "--out", str(tmp_path / "s")]
    assert main([*args, "--unit", "Zabıta", *base]) == 1
    assert "'otuz bir ocak' bir tarih değil" in capsys.readouterr().err
    assert main(["round", "open", "2026", "--out", str(tmp_path / "s"), *base]) == 1
    assert "Beklenen birim yok" in capsys.readouterr().err
