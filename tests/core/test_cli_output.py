"""What the CLI prints and writes when things go wrong: escaped names, a closed pipe, a full
disk, paths the file system or SQLite cannot take, the log it points to. Run as a user runs it
(a subprocess); timeouts are hang guards only, never speed checks."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest
from cli_faults import BROKEN_READER, full_disk, run

from assessments.exchange.export import export_assessment
from assessments.sample_answers import plausible_answers
from assessments.terminal import safe

UNIT = "Bilgi İşlem Dairesi Başkanlığı"
NOISE = ("Traceback", "Exception ignored", "BrokenPipeError", "zlib")


def _quiet(stderr: str) -> None:
    for word in NOISE:
        assert word not in stderr, stderr


@pytest.fixture(autouse=True)
def _log_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("MATURITY_LOG_DIR", str(tmp_path / "logs"))


def test_safe_shows_control_characters_and_keeps_text():
    assert safe("a\x1b[32mkabul\x1b[0m") == "a\\u001b[32mkabul\\u001b[0m"
    assert safe("x\u202eslx.exe") == "x\\u202eslx.exe"
    assert safe("\x9b31m\r\x07\x7f") == "\\u009b31m\\u000d\\u0007\\u007f"
    assert safe("İşçi ğüç\tsatır\nikinci") == "İşçi ğüç\tsatır\nikinci"
    assert safe("\u2066\u2069\u200f\u061c") == "\\u2066\\u2069\\u200f\\u061c"


def test_a_file_name_with_escape_codes_is_printed_escaped(tmp_path):
    folder = tmp_path / "gelen"
    folder.mkdir()
    name = "x\x1b[32mkabul edildi\x1b[0m\u202ecod.xlsx"
    (folder / name).write_bytes(b"not a workbook")
    result = run("--lang", "tr", "merge", str(folder))
    assert result.returncode == 2
    for char in ("\x1b", "\u202e"):
        assert char not in result.stdout + result.stderr
    assert "x\\u001b[32mkabul edildi\\u001b[0m\\u202ecod.xlsx" in result.stdout
    _quiet(result.stderr)


def test_control_characters_never_reach_the_terminal(tmp_path):
    name = "Birim\x1b]0;sahte\x07\u202e"
    # The store cleans a unit name before storing it (issue 13: look-alike names) ...
    added = run("units", "add", name)
    listed = run("units", "list")
    for result in (added, listed):
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
        assert "Birim]0;sahte" in result.stdout
    # ... and what is printed as given, such as a file name, is escaped.
    refused = run("import", str(tmp_path / f"{name}.xlsx"))
    shown = refused.stdout + refused.stderr
    assert refused.returncode == 1
    assert "\x1b" not in shown and "\u202e" not in shown and "\x07" not in shown
    assert "Birim\\u001b]0;sahte\\u0007\\u202e" in shown


def test_json_output_escapes_stay_valid_json(capsys):
    import json

    from assessments.terminal import echo

    echo(json.dumps({"unit": "Birim\u202e\x85\x1b"}, ensure_ascii=False))
    shown = capsys.readouterr().out
    assert "\u202e" not in shown and "\x85" not in shown and "\x1b" not in shown
    assert json.loads(shown)["unit"] == "Birim\u202e\x85\x1b"


def _demo_folder(tmp_path, bad: int = 400):
    """One real export and many rejected files: far more output than a pipe buffer holds."""
    from assessments.loader import bundled_questionnaire
    from assessments.store import Store

    folder = tmp_path / "gelen"
    folder.mkdir()
    q = bundled_questionnaire()
    with Store(tmp_path / "kaynak.sqlite3") as source:
        info = source.create_assessment(UNIT, "2026", q)
        for answer in plausible_answers(q, random.Random(3)).values():
            source.set_answer(info.uuid, answer)
        export_assessment(source, q, info.uuid, folder / "bilgi-islem.xlsx")
    for n in range(bad):
        (folder / f"bozuk-dosya-adi-uzun-olsun-diye-{n:04d}.xlsx").write_bytes(b"junk")
    return folder


def test_a_closed_pipe_never_stops_the_workbook(tmp_path):
    """``maturity merge ... | head -1``: the reader goes away after one line."""
    folder, out = _demo_folder(tmp_path), tmp_path / "birlesik.xlsx"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assessments",
            "--lang",
            "tr",
            "merge",
            str(folder),
            "--out",
            str(out),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = process.stdout.readline()
    process.stdout.close()  # as head -1 does
    stderr = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=300) == 1  # 1: some files were rejected
    assert first.startswith(b"reddedildi") or first.startswith(b"Reddedildi")
    assert out.is_file() and out.stat().st_size > 10_000
    _quiet(stderr)
    assert "Broken pipe" not in stderr


def test_help_into_a_closed_pipe_is_quiet():
    process = subprocess.Popen(
        [sys.executable, "-m", "assessments", "--lang", "tr", "merge", "--help"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == 0
    _quiet(stderr)


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["template"], "sablon.xlsx"),
        (["export", "--unit", UNIT, "--round", "2026"], "disa-aktarim.xlsx"),
        (["report", "--unit", UNIT, "--round", "2026"], "rapor.pdf"),
        (["merge"], "birlesik.xlsx"),
    ],
)
def test_a_full_disk_is_one_line_for_every_output(tmp_path, answered, command, name):
    out = tmp_path / "cikti"
    out.mkdir()
    result = run("--lang", "tr", *command, "--out", str(out / name), fault=full_disk(3000))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"'{name}' yazılamadı: disk dolu" in lines[0]
    _quiet(result.stderr)
    assert list(out.iterdir()) == []  # neither half a file nor a temporary one


def test_a_full_disk_before_the_first_byte(tmp_path, answered):
    result = run(
        "--lang",
        "en",
        "merge",
        "--out",
        str(tmp_path / "b.xlsx"),
        "--report",
        str(tmp_path / "log.json"),
        fault=full_disk(0),
    )
    assert result.returncode == 1
    assert "'b.xlsx' could not be written: the disk is full" in result.stderr
    _quiet(result.stderr)


def test_a_long_unit_name_does_not_hang_the_report(tmp_path, store, questionnaire):
    name = "Ş" + "x" * 199  # the longest unit name the store takes, one unbroken word
    info = store.create_assessment(name, "2026", questionnaire, respondent="Ayşe " * 200)
    answers = list(plausible_answers(questionnaire, random.Random(5)).values())
    for answer in answers:
        store.set_answer(info.uuid, answer)
    # the longest text a cell holds, one unbroken word, in the report's appendix of notes
    store.set_answer(info.uuid, answers[0].with_changes(note="Ş" + "x" * 32_766))
    out = tmp_path / "uzun.pdf"
    result = run("report", "--unit", name, "--round", "2026", "--out", str(out), timeout=600)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_the_log_the_cli_points_to_exists_and_holds_the_failure(tmp_path):
    folder = _demo_folder(tmp_path, bad=0)
    result = run("--lang", "en", "merge", str(folder), "--workers", "0", fault=BROKEN_READER)
    assert "Details are in the application log" in result.stdout
    log = tmp_path / "logs" / "cli.log"
    assert f"Details are in the log file: {log}" in result.stderr
    written = log.read_text(encoding="utf-8")
    assert "RuntimeError: a reader bug" in written and "bilgi-islem.xlsx" in written


def test_a_successful_command_writes_no_log(tmp_path):
    assert run("units", "list").returncode == 0
    assert not (tmp_path / "logs").exists()


def test_a_database_path_over_sqlites_limit(tmp_path):
    deep = tmp_path / ("k" * 200) / ("l" * 200) / ("m" * 150)
    result = run("--lang", "tr", "--db", str(deep / "olgunluk.sqlite3"), "units", "list")
    assert result.returncode == 1
    assert "Veritabanı yolu çok uzun" in result.stderr and "SQLite en çok 504 bayt" in result.stderr
    _quiet(result.stderr)
    assert not (tmp_path / ("k" * 200)).exists()


def test_a_database_file_name_over_the_file_system_limit(tmp_path):
    result = run("--lang", "en", "--db", str(tmp_path / ("v" * 250 + ".db")), "units", "list")
    assert result.returncode == 1
    assert "The file name is too long" in result.stderr
    _quiet(result.stderr)


def test_a_250_byte_output_name_is_written(tmp_path):
    name = "ş" * 100 + "a" * 45 + ".xlsx"  # 250 bytes
    result = run("template", "--out", str(tmp_path / name))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).is_file()
    result = run("--lang", "tr", "template", "--out", str(tmp_path / ("b" * 256 + ".xlsx")))
    assert result.returncode == 1 and "Dosya adı çok uzun (261 bayt; en çok 255)" in result.stderr
    _quiet(result.stderr)


def test_a_read_only_database_folder_is_named(tmp_path, monkeypatch):
    """SQLite cannot make its -wal file beside the database: the folder is named, in words."""
    from assessments import cli
    from assessments.messages import MaturityError

    folder = tmp_path / "salt-okunur"
    folder.mkdir()
    monkeypatch.setattr(cli.os, "access", lambda path, mode: False)
    with pytest.raises(MaturityError) as caught:
        cli.check_db_folder(folder / "olgunluk.sqlite3")
    assert caught.value.message("tr").startswith(f"Veritabanı klasörüne yazılamıyor: {folder}.")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_a_read_only_database_folder_through_the_cli(tmp_path):
    folder = tmp_path / "salt-okunur"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = run("--lang", "tr", "--db", str(folder / "olgunluk.sqlite3"), "units", "list")
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1
    assert f"Veritabanı klasörüne yazılamıyor: {folder}" in result.stderr
    _quiet(result.stderr)


def test_a_log_that_cannot_be_written_is_no_noise_and_not_pointed_to(tmp_path, monkeypatch):
    blocker = tmp_path / "bir-dosya"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("MATURITY_LOG_DIR", str(blocker / "logs"))  # cannot be made
    folder = _demo_folder(tmp_path, bad=0)
    result = run("--lang", "en", "merge", str(folder), "--workers", "0", fault=BROKEN_READER)
    assert "Unexpected failure" not in result.stderr and "Logging error" not in result.stderr
    assert "Details are in the log file" not in result.stderr
    _quiet(result.stderr)


def test_a_character_the_output_encoding_lacks_is_escaped_not_a_crash():
    """A pipe on Windows is cp1254: Turkish letters fit, an emoji in a unit name does not."""
    result = subprocess.run(
        [sys.executable, "-m", "assessments", "--lang", "tr", "units", "add", "Birim 🚀 Şube"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1254"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("cp1254").strip() == "Birim eklendi: Birim \\U0001f680 Şube"


def test_a_file_name_with_a_line_break_cannot_fake_a_line(tmp_path):
    folder = tmp_path / "gelen"
    folder.mkdir()
    (folder / "a\nkabul edildi: sahte.xlsx").write_bytes(b"not a workbook")
    result = run("--lang", "tr", "merge", str(folder))
    lines = result.stdout.splitlines()
    assert not any(line.startswith("kabul edildi") for line in lines)
    assert any(line.endswith("a\\u000akabul edildi: sahte.xlsx") for line in lines)


def test_every_command_warns_when_the_database_is_on_a_network_drive(tmp_path, monkeypatch, capsys):
    """SQLite's locks are unreliable on a share: the CLI says so on stderr, and still works
    (the Wine self-test shows it on a mapped N: drive: packaging/windows/windows_checks.sh)."""
    from assessments import cli
    from assessments.store import database

    monkeypatch.setattr(database, "network_location", lambda folder: "mapped drive")
    db = tmp_path / "olgunluk.sqlite3"
    assert cli.main(["--lang", "tr", "--db", str(db), "units", "add", "Fen İşleri"]) == 0
    err = capsys.readouterr().err
    assert "eşlenmiş bir ağ sürücüsünde" in err and str(db) in err
    assert cli.main(["--lang", "en", "--db", str(db), "units", "list"]) == 0
    captured = capsys.readouterr()
    assert "mapped network drive" in captured.err
    assert captured.out.splitlines() == ["Fen İşleri"]


def test_no_network_warning_on_a_local_disk(tmp_path, capsys):
    from assessments import cli

    db = tmp_path / "olgunluk.sqlite3"
    assert cli.main(["--lang", "en", "--db", str(db), "units", "add", "Fen İşleri"]) == 0
    assert "network" not in capsys.readouterr().err
