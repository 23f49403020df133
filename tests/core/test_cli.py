"""The ``maturity`` command line, run as a user runs it: a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def maturity(*args: str, db=None, lang: str = "en") -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "assessments", "--lang", lang, *args]
    if db:
        command += ["--db", str(db)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8")


def test_questionnaire_show_json_lists_everything():
    result = maturity("questionnaire", "show", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["dimensions"]) >= 9
    questions = [q for d in data["dimensions"] for q in d["questions"]]
    assert len(questions) >= 54
    for q in questions:
        assert len(q["levels"]["tr"]) == 6 and len(q["levels"]["en"]) == 6
        assert q["weight"] > 0
    assert all(d["weight"] > 0 for d in data["dimensions"])
    assert len(data["fingerprint"]) == 64


def test_questionnaire_show_json_has_the_2_0_practice_fields():
    data = json.loads(maturity("questionnaire", "show", "--json").stdout)
    assert data["version"].startswith("2.")
    assert {p["id"] for p in data["profiles"]} >= {"hizmet", "destek", "kurum-geneli-sahibi"}
    questions = {q["id"]: q for d in data["dimensions"] for q in d["questions"]}
    for q in questions.values():
        assert q["scope"] in ("organisation-wide", "every-unit", "specialist")
        assert isinstance(q["components"], list) and q["components"]
        assert q["asset"] in ("people", "technology", "facilities", "institutions")
        assert "legal_minimum" in q and "mission_areas" in q
        assert (q["owner_unit"] is not None) == (q["scope"] == "organisation-wide")
    assert questions["STR-01"]["legal_minimum"] is None
    assert questions["VERI-02"]["legal_minimum"]["level"] == 2
    assert "VERBİS" in questions["VERI-02"]["legal_minimum"]["basis"]["tr"]
    assert questions["ALT-02"]["owner_unit"] == "Bilgi İşlem Dairesi Başkanlığı"


def test_questionnaire_show_human_readable_in_turkish():
    result = maturity("questionnaire", "show", lang="tr")
    assert result.returncode == 0
    assert "Strateji ve Yönetişim" in result.stdout and "STR-01" in result.stdout


def test_validate_good_and_bad(tmp_path):
    good = maturity("questionnaire", "validate", "resources/questionnaires/akilli-sehir")
    # 2.0.0: 10 dimensions, 71 questions (1.0.0 had 9 and 54; see the questionnaire's CHANGELOG).
    assert good.returncode == 0 and "valid (10 dimensions, 71 questions" in good.stdout
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\nversion = "one"\n', encoding="utf-8")
    result = maturity("questionnaire", "validate", str(bad), lang="tr")
    assert result.returncode == 1
    assert "bad.toml: version: Sürüm 'one' anlamsal sürüm değil" in result.stderr
    assert "Traceback" not in result.stderr


def test_units_add_and_list_in_turkish_order(tmp_path):
    db = tmp_path / "cli.sqlite3"
    for name in (
        "Zabıta Dairesi Başkanlığı",
        "İmar ve Şehircilik Dairesi Başkanlığı",
        "Hukuk Müşavirliği",
    ):
        assert maturity("units", "add", name, db=db).returncode == 0
    listing = maturity("units", "list", db=db)
    assert listing.stdout.splitlines() == [
        "Hukuk Müşavirliği",
        "İmar ve Şehircilik Dairesi Başkanlığı",
        "Zabıta Dairesi Başkanlığı",
    ]
    again = maturity("units", "add", "hukuk müşavirliği", db=db, lang="tr")
    assert again.returncode == 1 and "zaten var" in again.stderr


def test_score_json_and_table(tmp_path, questionnaire):
    from assessments.scoring import Answer
    from assessments.store import Store

    db = tmp_path / "cli.sqlite3"
    with Store(db) as store:
        info = store.create_assessment("Fen İşleri Dairesi Başkanlığı", "2026", questionnaire)
        store.set_answer(info.uuid, Answer("STR-01", current=2, target=4))
        store.set_answer(info.uuid, Answer("STR-02", current=4, target=4))
    result = maturity(
        "score", "--unit", "FEN İŞLERİ DAİRESİ BAŞKANLIĞI", "--round", "2026", "--json", db=db
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    strategy = next(d for d in data["dimensions"] if d["id"] == "STR")
    w1, w2 = questionnaire.question("STR-01").weight, questionnaire.question("STR-02").weight
    assert strategy["current"] == pytest.approx((2 * w1 + 4 * w2) / (w1 + w2))
    assert strategy["answered"] == 2
    assert data["overall"]["current"] == pytest.approx(
        strategy["current"]
    )  # the only scored dimension
    assert data["completeness"] == pytest.approx(2 / len(questionnaire.questions))
    others = [d for d in data["dimensions"] if d["id"] != "STR"]
    assert all(d["current"] is None for d in others)  # unanswered: no score, not zero
    table = maturity(
        "score", "--unit", "Fen İşleri Dairesi Başkanlığı", "--round", "2026", db=db, lang="tr"
    )
    assert "Strateji ve Yönetişim" in table.stdout and "Genel" in table.stdout
    assert "," in table.stdout.split("Genel")[1]  # Turkish decimal comma


def test_failures_and_usage_errors_have_the_documented_exit_codes(tmp_path):
    db = tmp_path / "cli.sqlite3"
    missing = maturity("score", "--unit", "Yok", "--round", "2026", db=db, lang="tr")
    assert missing.returncode == 1
    assert (
        missing.stderr.strip()
        == "Hata: 'Yok' birimi için '2026' dönemi değerlendirmesi bulunamadı."
    )
    usage = maturity("score", db=db)
    assert usage.returncode == 2
    assert maturity("no-such-command").returncode == 2


@pytest.mark.parametrize("command", [[], ["questionnaire"], ["units"], ["assessments"], ["score"]])
def test_every_command_has_help(command):
    result = maturity(*command, "--help", lang="tr")
    assert result.returncode == 0 and "kullanım: maturity" in result.stdout


def test_help_has_examples():
    assert "maturity score --unit" in maturity("--help").stdout
    assert "Örnek" in maturity("score", "--help", lang="tr").stdout


# --- the CLI's words (issue 15 item 7) ---------------------------------------------------------

COMMANDS = [
    [],
    ["questionnaire"],
    ["questionnaire", "show"],
    ["questionnaire", "validate"],
    ["units"],
    ["units", "list"],
    ["units", "add"],
    ["assessments"],
    ["assessments", "list"],
    ["score"],
    ["self-test"],
    ["export"],
    ["template"],
    ["import"],
    ["merge"],
    ["demo"],
    ["report"],
]
ARGPARSE_ENGLISH = (
    "usage:",
    "options:",
    "positional arguments",
    "show this help message",
    "error:",
    "unrecognized arguments",
    "the following arguments are required",
)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c) or "maturity")
def test_help_is_turkish_throughout_including_argparses_own_words(command):
    result = maturity(*command, "--help", lang="tr")
    assert result.returncode == 0
    assert result.stdout.startswith("kullanım: maturity")
    assert "seçenekler:" in result.stdout and "-h, --help" in result.stdout
    assert "Bu yardımı gösterir ve çıkar." in result.stdout
    for english in ARGPARSE_ENGLISH:
        assert english not in result.stdout, english
    english = maturity(*command, "--help", lang="en")
    assert english.stdout.startswith("usage: maturity") and "options:" in english.stdout


def test_usage_errors_in_turkish_and_english():
    required = maturity("score", lang="tr")
    assert required.returncode == 2
    assert "maturity score: hata: şu argümanlar gerekli: --unit, --round" in required.stderr
    assert required.stderr.startswith("kullanım: maturity score")
    assert "--unit BİRİM" in required.stderr and "--round DÖNEM" in required.stderr
    unknown = maturity("units", "list", "--fazla", lang="tr")
    assert unknown.returncode == 2 and "hata: tanınmayan argümanlar: --fazla" in unknown.stderr
    choice = maturity("frob", lang="tr")
    assert choice.returncode == 2 and "geçersiz seçim: 'frob'" in choice.stderr
    number = maturity(
        "demo", "--units", "2", "--round", "2026", "--out", "x", "--seed", "bir", lang="tr"
    )
    assert number.returncode == 2 and "--seed: geçersiz değer: 'bir'" in number.stderr
    missing_value = maturity("score", "--unit", lang="tr")
    assert "--unit: bir değer bekleniyor" in missing_value.stderr
    for result in (required, unknown, choice, number, missing_value):
        for english in ARGPARSE_ENGLISH:
            assert english not in result.stderr, (english, result.stderr)
    english = maturity("score", lang="en")
    assert "error: the following arguments are required: --unit, --round" in english.stderr


def test_a_bad_argument_with_escape_codes_is_shown_escaped():
    choice = maturity("frob\x1b[32mkabul", lang="tr")
    assert choice.returncode == 2
    assert (
        "\x1b" not in choice.stderr and "'frob\\x1b[32mkabul'" in choice.stderr
    )  # argparse's repr
    extra = maturity("units", "list", "fazla\x1b[32m\u202e", lang="tr")  # quoted with %s: raw
    assert extra.returncode == 2
    assert "\x1b" not in extra.stderr and "\u202e" not in extra.stderr
    assert "tanınmayan argümanlar: fazla\\u001b[32m\\u202e" in extra.stderr


def test_argparse_speaks_english_again_outside_the_cli(capsys):
    import argparse

    from assessments.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", "tr", "score"])
    assert "şu argümanlar gerekli" in capsys.readouterr().err
    plain = argparse.ArgumentParser(prog="x")
    assert plain.format_help().startswith("usage: x") and "options:" in plain.format_help()


def _environment(locale_name: str) -> dict:
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("MATURITY_LANG", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    env["LANG"] = locale_name
    return env


def test_self_test_speaks_the_locale():
    command = [sys.executable, "-m", "assessments", "self-test"]
    turkish = subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment("tr_TR.UTF-8"),
        timeout=600,
    )
    assert turkish.returncode == 0, turkish.stdout + turkish.stderr
    lines = turkish.stdout.splitlines()
    assert lines[0].startswith("maturity ") and "öz sınaması" in lines[0]
    from assessments.loader import bundled_questionnaire

    q = bundled_questionnaire()
    assert f"TAMAM soru-seti ({len(q.dimensions)} boyut, {len(q.questions)} soru)" in lines
    assert lines[-1].startswith("Öz sınama geçti: 12 TAMAM, 0 HATA, 0 ATLANDI (") and lines[
        -1
    ].endswith(" sn)")
    assert not any(line.startswith(("OK ", "Self-test")) for line in lines)
    english = subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment("en_GB.UTF-8"),
        timeout=600,
    )
    assert english.stdout.splitlines()[-1].startswith("Self-test passed: 12 OK, 0 FAIL, 0 SKIP in ")


def test_counts_agree_with_their_noun():
    from assessments.messages import text

    assert text("m.summary", "en", total=1, counts="rejected 1") == "1 file: rejected 1."
    assert text("m.summary", "en", total=2, counts="rejected 2") == "2 files: rejected 2."
    assert text("m.summary", "tr", total=1, counts="reddedildi 1") == "1 dosya: reddedildi 1."
    assert text("x.invalid_file", "en", count=1).startswith(
        "The file was not imported: 1 problem found;"
    )
    assert text("q.invalid", "en", count=3) == "The questionnaire is invalid (3 problems)."
    assert text("m.cancelled", "en", left=1).startswith(
        "The merge was cancelled; 1 file was not processed."
    )
    assert "(round 2026, 1 unit)" in text("m.written", "en", path="b.xlsx", round="2026", units=1)
    merged = maturity("merge", "yok-klasor", lang="en")
    assert "1 file: rejected 1." in merged.stdout


def test_values_from_cells_are_quoted_as_the_users_spreadsheet_shows_them():
    from assessments.formatting import CellDate, cell_number
    from assessments.messages import text

    level = {"label_tr": "Mevcut düzey", "label_en": "Current level"}
    assert (
        text("x.level", "tr", value=2.5, **level)
        == "Mevcut düzey: '2,5' okunamadı; 0 ile 5 arasında bir tam sayı girin."
    )
    assert text("x.level", "en", value=2.5, **level).startswith(
        "Current level: '2.5' cannot be read"
    )
    assert text("x.level", "tr", value=3.0, **level).startswith("Mevcut düzey: '3' okunamadı")
    stamp = CellDate("2026-01-05T00:00:00")
    assert text("x.level", "tr", value=stamp, **level).startswith(
        "Mevcut düzey: '05.01.2026' okunamadı"
    )
    assert text("x.level", "en", value=stamp, **level).startswith(
        "Current level: '2026-01-05' cannot"
    )
    assert text("q.weight", "tr", value=0.25) == "Ağırlık sıfırdan büyük olmalı (değer: 0,25)."
    assert cell_number(-1.5e-7, "tr") == "-1,5e-07"
    from assessments.formatting import Moment, timestamp

    moment = Moment("2026-11-25T12:24:00.000Z")  # a stored time: local time, the locale's order
    duplicate = text("m.duplicate", "tr", first="a.xlsx", time=moment)
    assert (
        duplicate
        == f"Aynı dosya (aynı içerik) daha önce işlendi: a.xlsx ({timestamp(moment, 'tr')}); "
        "atlandı."
    )
    assert timestamp(moment, "tr").startswith("25.11.2026 ")


def test_messages_name_columns_by_their_titles_not_their_keys():
    from assessments.messages import text

    assert text("x.formula", "tr", field="note").startswith(
        "Gerekçe / notlar hücresinde formül var"
    )
    assert text("x.error_value", "en", field="evidence").startswith(
        "The Evidence cell holds an error value"
    )
    assert text("a.level_range", "tr", field="target_level", value=9).startswith(
        "Hedef düzey 0 ile 5 arasında"
    )
    assert text("a.text_too_long", "en", field="note", length=40000).startswith(
        "Justification / notes may hold at most"
    )


def test_a_formula_in_a_note_cell_is_reported_by_the_columns_title(tmp_path, questionnaire):
    import openpyxl

    from assessments.exchange.template import write_template

    path = write_template(
        questionnaire,
        tmp_path / "sablon.xlsx",
        "tr",
        unit="Zabıta Dairesi Başkanlığı",
        round="2026",
    )
    book = openpyxl.load_workbook(path)
    sheet = book["Yanıtlar"]
    keys = {
        cell.value: cell.column
        for row in sheet.iter_rows(max_row=12)
        for cell in row
        if cell.value in ("note", "current_level")
    }
    key_row = next(
        row[0].row for row in sheet.iter_rows(max_row=12) if any(c.value == "note" for c in row)
    )
    sheet.cell(key_row + 1, keys["current_level"]).value = 2
    sheet.cell(key_row + 1, keys["note"]).value = "=1+1"
    book.save(path)
    result = maturity("import", str(path), db=tmp_path / "c.sqlite3", lang="tr")
    assert result.returncode == 1
    assert "Gerekçe / notlar hücresinde formül var" in result.stderr
    assert "note hücresinde" not in result.stderr


def test_a_missing_folder_is_a_folder_not_found():
    merged = maturity("merge", "Gelen-yok/", lang="tr")
    assert "Klasör bulunamadı." in merged.stdout and "Dosya bulunamadı" not in merged.stdout
    validated = maturity("questionnaire", "validate", "soru-seti-yok/", lang="tr")
    assert (
        validated.returncode == 1
        and validated.stderr.strip() == "Hata: soru-seti-yok/: Klasör bulunamadı."
    )
    a_file = maturity("merge", "gelen.xlsx", lang="tr")
    assert "Dosya bulunamadı." in a_file.stdout
