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
    for name in ("Zabıta Dairesi Başkanlığı", "İmar ve Şehircilik Dairesi Başkanlığı", "Hukuk Müşavirliği"):
        assert maturity("units", "add", name, db=db).returncode == 0
    listing = maturity("units", "list", db=db)
    assert listing.stdout.splitlines() == ["Hukuk Müşavirliği", "İmar ve Şehircilik Dairesi Başkanlığı",
                                           "Zabıta Dairesi Başkanlığı"]
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
    result = maturity("score", "--unit", "FEN İŞLERİ DAİRESİ BAŞKANLIĞI", "--round", "2026", "--json", db=db)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    strategy = next(d for d in data["dimensions"] if d["id"] == "STR")
    w1, w2 = questionnaire.question("STR-01").weight, questionnaire.question("STR-02").weight
    assert strategy["current"] == pytest.approx((2 * w1 + 4 * w2) / (w1 + w2))
    assert strategy["answered"] == 2
    assert data["overall"]["current"] == pytest.approx(strategy["current"])  # the only scored dimension
    assert data["completeness"] == pytest.approx(2 / len(questionnaire.questions))
    others = [d for d in data["dimensions"] if d["id"] != "STR"]
    assert all(d["current"] is None for d in others)  # unanswered: no score, not zero
    table = maturity("score", "--unit", "Fen İşleri Dairesi Başkanlığı", "--round", "2026", db=db, lang="tr")
    assert "Strateji ve Yönetişim" in table.stdout and "Genel" in table.stdout
    assert "," in table.stdout.split("Genel")[1]  # Turkish decimal comma


def test_failures_and_usage_errors_have_the_documented_exit_codes(tmp_path):
    db = tmp_path / "cli.sqlite3"
    missing = maturity("score", "--unit", "Yok", "--round", "2026", db=db, lang="tr")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "Hata: 'Yok' birimi için '2026' dönemi değerlendirmesi bulunamadı."
    usage = maturity("score", db=db)
    assert usage.returncode == 2
    assert maturity("no-such-command").returncode == 2


@pytest.mark.parametrize("command", [[], ["questionnaire"], ["units"], ["assessments"], ["score"]])
def test_every_command_has_help(command):
    result = maturity(*command, "--help", lang="tr")
    assert result.returncode == 0 and "usage: maturity" in result.stdout


def test_help_has_examples():
    assert "maturity score --unit" in maturity("--help").stdout
    assert "Örnek" in maturity("score", "--help", lang="tr").stdout
