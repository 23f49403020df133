"""The self-test: run in-process, it passes here; a broken step is named and makes it fail."""

from __future__ import annotations

import io
import sys

import pytest

from assessments import selftest
from assessments.paths import data_dir, log_dir
from assessments.selftest import FAIL, OK, SKIP, Report, Step

FEATURE_STEPS = {"export", "template", "import", "report"}  # skipped until their modules exist


def lines(report: Report) -> dict[str, str]:
    return {r.name: r.status for r in report.results}


def test_core_self_test_passes_and_leaves_the_user_data_alone():
    out = io.StringIO()
    code = selftest.run(Report(out))
    text = out.getvalue()
    assert code == 0, text
    for step in ("questionnaire", "libraries", "database", "answers", "scores", "chart", "backup"):
        assert f"OK {step}" in text, step
    for line in text.splitlines():
        status, name = line.split(" ", 1)[0], line.split(" ", 2)[1].rstrip(":")
        assert status == OK or (status == SKIP and name in FEATURE_STEPS), line
    assert not data_dir().exists()  # it worked in a temporary folder


def test_main_prints_a_header_each_step_and_a_summary():
    out = io.StringIO()
    assert selftest.main(out) == 0
    text = out.getvalue().splitlines()
    assert text[0].startswith("maturity ") and "self-test" in text[0]
    assert text[-1].startswith("Self-test passed: ")
    assert len(text) == len(selftest.core_steps()) + 2


def test_a_failing_step_is_named_with_its_reason_and_fails_the_run(tmp_path):
    def broken(ctx):
        raise OSError("disk full")

    out = io.StringIO()
    report = Report(out)
    steps = [
        Step("first", lambda ctx: "fine"),
        Step("second", broken),
        Step("third", lambda ctx: None),
    ]
    assert selftest.run(report, steps) == 1
    assert lines(report) == {"first": OK, "second": FAIL, "third": OK}
    assert "FAIL second: OSError: disk full" in out.getvalue()
    assert "    Traceback" in out.getvalue()  # for whoever diagnoses it
    assert report.summary() == "Self-test FAILED (second): 2 OK, 1 FAIL, 0 SKIP"


def test_a_step_whose_prerequisite_did_not_pass_is_skipped_naming_it():
    def broken(ctx):
        raise RuntimeError("no")

    report = Report()
    selftest.run(report, [Step("a", broken), Step("b", lambda ctx: None, needs=("a",))])
    assert report.results[1].line() == "SKIP b: needs a"
    assert report.exit_code == 1


def test_a_feature_not_built_yet_is_skipped_unless_required():
    def uses_missing_feature(ctx):
        selftest.feature("assessments.not_a_module_yet")

    report = Report()
    selftest.run(
        report,
        [
            Step("future", uses_missing_feature),
            Step("promised", uses_missing_feature, required=True),
        ],
    )
    assert [r.line() for r in report.results] == [
        "SKIP future: not built yet",
        "FAIL promised: module assessments.not_a_module_yet is missing",
    ]


def test_a_library_missing_inside_a_feature_is_a_failure(monkeypatch, tmp_path):
    """A bundle that lost openpyxl must fail, not report the Excel steps as 'not built yet'."""
    (tmp_path / "needs_missing_lib.py").write_text("import surely_not_installed_library\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError):
        selftest.feature("needs_missing_lib")


def test_insert_after_places_new_steps():
    extra = Step("extra", lambda ctx: None)
    names = [s.name for s in selftest.insert_after(selftest.core_steps(), "chart", extra)]
    assert names[names.index("chart") + 1] == "extra"


@pytest.mark.gui
def test_desktop_self_test_passes_offscreen(qapp, capsys):
    from desktop import selftest as desktop_selftest

    code = desktop_selftest.main()
    out = capsys.readouterr().out
    assert code == 0, out
    for step in ("gui-modules", "qt-chart", "translations"):
        assert f"OK {step}" in out, step
    assert "platform offscreen" in out


@pytest.mark.gui
def test_windowed_build_without_console_writes_the_report_to_the_log_folder(qapp, monkeypatch):
    from desktop import selftest as desktop_selftest

    monkeypatch.setattr(sys, "stdout", None)  # a windowed Windows executable has no console
    code = desktop_selftest.main()
    text = (log_dir() / desktop_selftest.LOG_NAME).read_text(encoding="utf-8")
    assert text.splitlines()[-1].startswith("Self-test passed" if code == 0 else "Self-test FAILED")
    assert "OK qt-chart" in text
