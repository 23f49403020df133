"""The unit register as data (issue 15, item 1): the shipped Balıkesir starting list, lists a
coordinator loads (workbook, text), codes and profiles, and what a round does with them."""

from __future__ import annotations

import urllib.parse

import openpyxl
import pytest

from assessments import collection, turkish, unit_register
from assessments.cli import main
from assessments.exchange.reader import read_workbook
from assessments.messages import MaturityError, ValidationError
from assessments.profiles import questions_for


def test_the_shipped_register_is_balikesirs_departments_with_codes_and_profiles(questionnaire):
    entries = unit_register.shipped_register()
    names = [e.name for e in entries]
    assert len(entries) >= 24 and len(set(names)) == len(names)
    assert "Bilgi İşlem Dairesi Başkanlığı" in names and "BASKİ Genel Müdürlüğü" in names
    codes = [e.code for e in entries]
    assert all(codes) and len(set(codes)) == len(codes)
    assert {e.profile for e in entries} <= set(questionnaire.profiles)
    owner = next(e for e in entries if e.code == "BIDB")
    assert owner.profile == "kurum-geneli-sahibi"  # the organisation-wide practices' owner


def test_loading_the_register_twice_adds_once_and_keeps_the_offices_edits(store, questionnaire):
    first = unit_register.load_file(store, questionnaire)
    assert len(first.added) == len(unit_register.shipped_register()) and not first.unchanged
    assert [u.name for u in store.units()] == sorted(first.added, key=turkish.sort_key)
    store.registry.update("Zabıta Dairesi Başkanlığı", code="zbt", email="zabita@balikesir.bel.tr")
    again = unit_register.load_file(store, questionnaire)
    assert not again.added and not again.completed
    zabita = store.find_unit("ZABITA DAİRESİ BAŞKANLIĞI")
    assert (zabita.code, zabita.email, zabita.profile) == ("ZBT", "zabita@balikesir.bel.tr", "saha")


def test_a_workbook_list_fills_what_units_on_file_lack(tmp_path, store, questionnaire):
    store.add_unit("İmar ve Şehircilik Dairesi Başkanlığı", code="IMAR")
    path = tmp_path / "Birimler 2027.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Liste"
    sheet.append(["Balıkesir Büyükşehir Belediyesi birimleri"])  # a title above the header
    sheet.append(["E-posta", "Birim Adı", "Kod", "Profil"])
    sheet.append(["imar@balikesir.bel.tr", "İmar ve Şehircilik Dairesi Başkanlığı", "IMR", ""])
    sheet.append(["", "Çevre Koruma ve Kontrol Dairesi Başkanlığı", "çevre", "hizmet"])
    sheet.append([None, None, None, None])  # an empty row is no unit
    book.save(path)
    result = unit_register.load_file(store, questionnaire, path)
    assert result.added == ("Çevre Koruma ve Kontrol Dairesi Başkanlığı",)
    assert result.completed == ("İmar ve Şehircilik Dairesi Başkanlığı",)
    imar = store.find_unit("İmar ve Şehircilik Dairesi Başkanlığı")
    assert (imar.code, imar.email) == ("IMAR", "imar@balikesir.bel.tr")  # its code kept
    assert store.find_unit("Çevre Koruma ve Kontrol Dairesi Başkanlığı").code == "CEVRE"


def test_a_list_with_a_problem_stores_nothing_and_names_each_row(tmp_path, store, questionnaire):
    store.add_unit("Bilgi İşlem Dairesi Başkanlığı", code="BIDB")
    path = tmp_path / "birimler.txt"
    lines = [
        "Ad;Kod;Profil;İlgili kişi;E-posta",
        "Yeni Birim;YB;hizmet;Ayşe Öztürk;ayse.ozturk@balikesir.bel.tr",
        "Bilgi Islem Dairesi Baskanligi",  # typed without Turkish letters
        "İkinci Birim;yb",  # the code of the line above
        "Üçüncü Birim;;belki",  # no such profile
        "Dördüncü Birim;;;;posta-yok",
        "yeni birim",  # the first line's unit again
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1254"))  # Notepad on Turkish Windows
    with pytest.raises(ValidationError) as caught:
        unit_register.load_file(store, questionnaire, path)
    found = {p.source: p.code for p in caught.value.problems}
    assert found == {
        "birimler.txt:3": "s.unit_did_you_mean",
        "birimler.txt:4": "s.unit_code_taken",
        "birimler.txt:5": "s.unit_profile_unknown",
        "birimler.txt:6": "s.unit_email_bad",
        "birimler.txt:7": "ur.twice",
    }
    message = caught.value.message("tr")
    assert message.startswith("Birim listesi yüklenmedi (5 sorun); hiçbir birim kaydedilmedi")
    assert "birimler.txt:4: YB kodu zaten 'Yeni Birim' biriminin." in message
    assert [u.name for u in store.units()] == ["Bilgi İşlem Dairesi Başkanlığı"]  # nothing added


def test_codes_are_folded_checked_and_one_units_only(store):
    assert store.add_unit("İtfaiye Dairesi Başkanlığı", code="itfaiye şb").code == "ITFAIYE-SB"
    with pytest.raises(MaturityError) as caught:
        store.add_unit("Zabıta Dairesi Başkanlığı", code="ITFAIYE-SB")
    assert caught.value.code == "s.unit_code_taken" and not store.find_unit("Zabıta Dairesi")
    for bad in ("A/B", "ÇOK-UZUN-BİR-KOD"):
        with pytest.raises(MaturityError) as caught:
            store.registry.update("İtfaiye Dairesi Başkanlığı", code=bad)
        assert caught.value.code == "s.unit_code_bad"
    renamed = store.registry.rename("İtfaiye Dairesi Başkanlığı", "İtfaiye Daire Başkanlığı")
    assert renamed.code == "ITFAIYE-SB"  # a rename keeps the register's fields


def test_a_round_names_templates_by_code_asks_the_units_profile_and_mails_its_contact(
    tmp_path, store, questionnaire
):
    unit_register.load_file(store, questionnaire)
    store.registry.update("Zabıta Dairesi Başkanlığı", email="zabita@balikesir.bel.tr")
    units = ["Zabıta Dairesi Başkanlığı", "Bilgi İşlem Dairesi Başkanlığı"]
    _opened, written = collection.open_round(store, questionnaire, "2026", units, tmp_path)
    assert sorted(p.name for p in written) == [
        "BIDB - 2026 - sablon.xlsx",
        "ZABITA - 2026 - sablon.xlsx",
    ]
    zabita = read_workbook(tmp_path / "ZABITA - 2026 - sablon.xlsx", questionnaire)
    asked = questions_for(questionnaire, "saha", units[0])
    assert zabita.unit == units[0] and zabita.profile == "saha"
    assert set(zabita.rows) == set(asked) and len(asked) < len(questionnaire.questions)
    _opened, found = collection.round_status(store, questionnaire, "2026", "tr")
    mail = {s.unit: s.mailto for s in found}
    assert mail[units[0]].startswith("mailto:zabita@balikesir.bel.tr?subject=")
    assert urllib.parse.unquote(mail[units[1]]).startswith("mailto:?subject=Akıllı şehir")


def test_the_units_commands_in_turkish(tmp_path, capsys):
    base = ["--db", str(tmp_path / "ofis.sqlite3"), "--lang", "tr"]
    assert main(["units", "load", *base]) == 0
    shipped = len(unit_register.shipped_register())
    assert f"Birim listesi yüklendi: {shipped} yeni birim" in capsys.readouterr().out
    edit = ["units", "edit", "Zabıta Dairesi Başkanlığı", "--contact", "Ayşe Öztürk", *base]
    assert main(edit) == 0
    assert main(["units", "list", *base]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["Kod", "Birim", "Profil", "İlgili", "kişi"]
    assert any(line.startswith("ZABITA") and "Ayşe Öztürk" in line for line in lines)
    bad = ["units", "edit", "Zabıta Dairesi Başkanlığı", "--email", "zabita", *base]
    assert main(bad) == 1
    assert "e-posta adresi 'zabita' geçerli değil" in capsys.readouterr().err


def test_a_unit_managers_empty_database_offers_the_register_and_keeps_its_code(
    store, questionnaire
):
    store.add_unit("Kendi Birimimiz")
    offered = unit_register.choices(store)
    assert "Kendi Birimimiz" in [e.name for e in offered]
    assert len(offered) == len(unit_register.shipped_register()) + 1
    fen = next(e for e in offered if e.code == "FEN")
    unit_register.ensure_registered(store, "fen işleri dairesi başkanlığı")  # typed, any case
    stored = store.find_unit(fen.name)
    assert (stored.name, stored.code, stored.profile) == (fen.name, "FEN", "altyapi")
    unit_register.ensure_registered(store, "Başka Bir Ad")  # not in the register: left alone
    assert store.find_unit("Başka Bir Ad") is None


def test_a_template_for_a_unit_of_the_register_takes_its_name_and_profile(
    tmp_path, questionnaire, capsys
):
    base = ["--db", str(tmp_path / "ofis.sqlite3"), "--lang", "tr"]
    out = tmp_path / "zabita.xlsx"
    args = ["template", "--unit", "ZABITA DAİRESİ BAŞKANLIĞI", "--round", "2026", "--out", str(out)]
    assert main([*args, *base]) == 0
    parsed = read_workbook(out, questionnaire)
    assert (parsed.unit, parsed.profile) == ("Zabıta Dairesi Başkanlığı", "saha")
    assert main(["units", "add", "Kendi Birimimiz", *base]) == 0
    typo = ["template", "--unit", "Kendı Bırımımız", "--out", str(tmp_path / "x.xlsx")]
    assert main([*typo, *base]) == 1
    assert "'Kendi Birimimiz' birimini mi kastettiniz?" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
