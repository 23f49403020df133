"""``maturity report``, run as a user runs it: a subprocess."""

from __future__ import annotations

import subprocess
import sys

from pypdf import PdfReader


def maturity(*args: str, db, lang: str = "tr") -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "assessments", "--lang", lang, *args, "--db", str(db)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8")


def test_report_command_writes_the_pdf(db_path, answered, tmp_path):
    out = tmp_path / "rapor.pdf"
    result = maturity(
        "report",
        "--unit",
        "bilgi işlem dairesi başkanlığı",
        "--round",
        "2026",
        "--out",
        str(out),
        db=db_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Rapor yazıldı: {out}"
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Bilgi İşlem Dairesi Başkanlığı" in text and "Akıllı Şehir Olgunluk Raporu" in text


def test_report_command_in_english(db_path, answered, tmp_path):
    out = tmp_path / "report.pdf"
    result = maturity(
        "report",
        "--unit",
        answered.unit,
        "--round",
        "2026",
        "--out",
        str(out),
        "--lang",
        "en",
        db=db_path,
        lang="en",
    )
    assert result.returncode == 0, result.stderr
    assert "Smart City Maturity Report" in PdfReader(out).pages[0].extract_text()


def test_report_command_errors_are_one_line_in_the_users_language(db_path, answered, tmp_path):
    missing = maturity(
        "report",
        "--unit",
        "Yok Böyle Birim",
        "--round",
        "2026",
        "--out",
        str(tmp_path / "r.pdf"),
        db=db_path,
    )
    assert missing.returncode == 1
    assert (
        missing.stderr.strip()
        == "Hata: 'Yok Böyle Birim' birimi için '2026' dönemi değerlendirmesi bulunamadı."
    )
    wrong_suffix = maturity(
        "report",
        "--unit",
        answered.unit,
        "--round",
        "2026",
        "--out",
        str(tmp_path / "r.docx"),
        db=db_path,
        lang="en",
    )
    assert (
        wrong_suffix.stderr.strip()
        == f"Error: The report file must end in .pdf: {tmp_path / 'r.docx'}"
    )
    no_folder = maturity(
        "report",
        "--unit",
        answered.unit,
        "--round",
        "2026",
        "--out",
        str(tmp_path / "yok" / "r.pdf"),
        db=db_path,
    )
    assert no_folder.stderr.strip() == f"Hata: Klasör yok: {tmp_path / 'yok'}"
    assert "Traceback" not in missing.stderr + wrong_suffix.stderr + no_folder.stderr
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*")) == []


def test_report_is_listed_in_help(db_path):
    result = maturity("--help", db=db_path)
    assert "report" in result.stdout
