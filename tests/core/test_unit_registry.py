"""The unit list stays clean (issue 15, item 1): a typo of a unit is refused with "did you
mean", in the app's store, at the CLI and in a merge; units are renamed, merged (their
assessments follow, answers and history kept) and removed only when empty."""

from __future__ import annotations

import pytest

from assessments import turkish
from assessments.cli import main
from assessments.messages import MaturityError
from assessments.scoring import Answer
from assessments.store import Store

UNIT = "Bilgi İşlem Dairesi Başkanlığı"


def test_the_ascii_key_folds_what_a_keyboard_without_turkish_letters_types():
    assert turkish.ascii_key("Bilgi Islem Dairesi Baskanligi") == turkish.ascii_key(UNIT)
    assert turkish.ascii_key("BİLGİ  İŞLEM dairesi-başkanlığı") == turkish.ascii_key(UNIT)
    assert turkish.ascii_key("Fen İşleri") != turkish.ascii_key("Fen Isleri Dairesi")


def test_a_typo_of_a_unit_is_refused_with_did_you_mean(tmp_path, questionnaire):
    with Store(tmp_path / "db") as store:
        store.add_unit(UNIT)
        with pytest.raises(MaturityError) as caught:
            store.create_assessment("Bilgi Islem Dairesi Baskanligi", "2026", questionnaire)
        assert caught.value.code == "s.unit_did_you_mean"
        assert f"'{UNIT}' birimini mi kastettiniz" in caught.value.message("tr")
        assert store.create_assessment(turkish.upper(UNIT), "2026", questionnaire).unit == UNIT
        assert [u.name for u in store.units()] == [UNIT]


def test_rename_merge_and_remove(tmp_path, questionnaire, capsys):
    db = tmp_path / "db"
    with Store(db) as store:
        typo = store.create_assessment("Zabita Daire Baskanligi", "2025", questionnaire)
        store.set_answer(typo.uuid, Answer("STR-01", current=2, target=3))
        store.create_assessment("Zabıta Dairesi Başkanlığı", "2026", questionnaire)
        store.add_unit("Boş Birim")
    base = ["--db", str(db), "--lang", "tr"]
    assert (
        main(["units", "merge", "Zabita Daire Baskanligi", "Zabıta Dairesi Başkanlığı", *base]) == 0
    )
    assert "1 değerlendirme taşındı" in capsys.readouterr().out
    with Store(db) as store:
        moved = store.assessment(typo.uuid)
        assert moved.unit == "Zabıta Dairesi Başkanlığı"
        assert store.answers(typo.uuid)["STR-01"].current == 2
        assert len(store.history(typo.uuid)) == 2  # the history followed (current, target)
        assert "Zabita Daire Baskanligi" not in [u.name for u in store.units()]
    assert (
        main(["units", "rename", "Zabıta Dairesi Başkanlığı", "Zabıta ve Güvenlik Dairesi", *base])
        == 0
    )
    with Store(db) as store:
        assert store.assessment(typo.uuid).unit == "Zabıta ve Güvenlik Dairesi"
    assert main(["units", "remove", "Zabıta ve Güvenlik Dairesi", *base]) == 1
    assert "2 değerlendirmesi var" in capsys.readouterr().err
    assert main(["units", "remove", "Boş Birim", *base]) == 0
    with Store(db) as store:
        assert [u.name for u in store.units()] == ["Zabıta ve Güvenlik Dairesi"]


def test_merging_units_with_one_round_each_is_refused_whole(tmp_path, questionnaire):
    with Store(tmp_path / "db") as store:
        store.create_assessment("Fen İşleri Dairesi", "2026", questionnaire)
        store.create_assessment("Yol Bakım Birimi", "2026", questionnaire)
        with pytest.raises(MaturityError) as caught:
            store.registry.merge("Yol Bakım Birimi", "Fen İşleri Dairesi")
        assert caught.value.code == "s.unit_merge_clash"
        assert len(store.units()) == 2


def test_a_merged_file_with_a_typo_of_a_unit_is_rejected(tmp_path, questionnaire, capsys):
    from assessments.exchange.export import export_assessment

    with Store(tmp_path / "unit.sqlite3") as store:
        info = store.create_assessment("Bilgi Islem Dairesi Baskanligi", "2026", questionnaire)
        store.set_answer(info.uuid, Answer("STR-01", current=2))
        export_assessment(store, questionnaire, info.uuid, tmp_path / "bi.xlsx")
    db = tmp_path / "office.sqlite3"
    with Store(db) as store:
        store.add_unit(UNIT)
    assert main(["merge", str(tmp_path / "bi.xlsx"), "--db", str(db), "--lang", "tr"]) == 2
    out = capsys.readouterr()
    assert f"'{UNIT}' birimini mi kastettiniz" in out.out + out.err
    with Store(db) as store:
        assert [u.name for u in store.units()] == [UNIT] and store.assessments() == []
