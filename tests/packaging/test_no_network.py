"""The app makes no network connection at all (a promise in docs/it-guide.md).

Every way Python opens a connection or resolves a name is replaced by a tripwire that records
the attempt and refuses; then the app's real work runs: questionnaire, database, scores, CLI,
charts, Excel export and import, PDF report, and the desktop's self-test (which imports every
GUI module and draws with Qt). Not one attempt may be recorded.
"""

from __future__ import annotations

import io
import random
import re
import socket
from pathlib import Path

import pytest

from assessments import cli, selftest
from assessments.loader import bundled_questionnaire
from assessments.sample_answers import plausible_answers
from assessments.scoring import score_assessment
from assessments.store import Store

ROOT = Path(__file__).resolve().parents[2]
UNIT = "Bilgi İşlem Dairesi Başkanlığı"


@pytest.fixture
def attempts(monkeypatch):
    """The network attempts made while the test runs (each one also fails)."""
    made: list[str] = []

    def tripwire(name):
        def refuse(*args, **kwargs):
            made.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network blocked by the test: {name}")

        return refuse

    for method in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, method, tripwire(f"socket.{method}"))
    for function in (
        "create_connection",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "getfqdn",
    ):
        monkeypatch.setattr(socket, function, tripwire(function))
    return made


def test_the_tripwire_catches_a_connection(attempts):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443))
    with pytest.raises(OSError), socket.socket() as raw:
        raw.connect(("192.0.2.1", 80))
    assert len(attempts) == 2


def test_core_work_makes_no_connection(attempts, tmp_path, capsys):
    questionnaire = bundled_questionnaire()
    with Store(tmp_path / "olgunluk.sqlite3") as store:
        info = store.create_assessment(UNIT, "2026", questionnaire, respondent="Ayşe Yılmaz")
        for answer in plausible_answers(questionnaire, random.Random(3)).values():
            store.set_answer(info.uuid, answer)
        score_assessment(questionnaire, store.answers(info.uuid), info.out_of_scope)
        store.backup(reason="test")
    db = str(tmp_path / "olgunluk.sqlite3")
    assert cli.main(["--db", db, "questionnaire", "show", "--json"]) == 0
    assert cli.main(["--db", db, "score", "--unit", UNIT, "--round", "2026"]) == 0
    assert cli.main(["--db", db, "assessments", "list"]) == 0
    capsys.readouterr()
    assert attempts == []


def test_charts_excel_and_reports_make_no_connection(attempts, tmp_path):
    """Everything the self-test does: chart, export, template, import, PDF report."""
    report = selftest.Report(io.StringIO())
    assert selftest.run(report) == 0, report.out.getvalue()
    assert attempts == []


def test_exchange_and_report_modules_make_no_connection(attempts, tmp_path):
    export = pytest.importorskip("assessments.exchange.export")
    importer = pytest.importorskip("assessments.exchange.importer")
    pdf = pytest.importorskip("assessments.reports.pdf")
    from assessments.results import load_results

    questionnaire = bundled_questionnaire()
    with Store(tmp_path / "unit.sqlite3") as store, Store(tmp_path / "office.sqlite3") as office:
        info = store.create_assessment(UNIT, "2026", questionnaire)
        for answer in plausible_answers(questionnaire, random.Random(5)).values():
            store.set_answer(info.uuid, answer)
        workbook = tmp_path / "export.xlsx"
        export.export_assessment(store, questionnaire, info.uuid, workbook, "tr")
        importer.import_file(office, questionnaire, workbook)
        pdf.write_report(
            load_results(store, questionnaire, info.uuid), tmp_path / "rapor.pdf", "tr"
        )
    assert attempts == []


@pytest.mark.gui
def test_the_desktop_self_test_makes_no_connection(attempts, qapp, capsys):
    from desktop import selftest as desktop_selftest

    assert desktop_selftest.main() == 0, capsys.readouterr().out
    assert attempts == []


NETWORK_IMPORT = re.compile(
    r"^\s*(?:import|from)\s+(socket|ssl|http|urllib\.request|urllib3|requests|httpx|ftplib|smtplib"
    r"|xmlrpc|asyncio|PySide6\.QtNetwork|PySide6\.QtWebEngine\w*)\b",
    re.MULTILINE,
)


def test_no_module_of_the_app_imports_a_network_library():
    offenders = [
        f"{path.relative_to(ROOT)}: {match.group(0).strip()}"
        for folder in ("assessments", "desktop")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for match in NETWORK_IMPORT.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
