"""A workbook is written whole or not at all; a target that is open or unwritable gives a
clear error."""

from __future__ import annotations

import os

import pytest

from assessments.atomic import write_atomically
from assessments.exchange.export import export_assessment
from assessments.messages import MaturityError


def _code(call):
    with pytest.raises(MaturityError) as caught:
        call()
    return caught.value


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path):
    target = tmp_path / "rapor.xlsx"
    target.write_bytes(b"old contents")

    def half_then_fail(path):
        path.write_bytes(b"half a workbook")
        raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapor.xlsx"]


def test_a_full_disk_is_a_clear_error(tmp_path):
    def no_space(path):
        raise OSError(28, "No space left on device")

    error = _code(lambda: write_atomically(tmp_path / "a.xlsx", no_space))
    assert error.code == "cli.disk_full"
    assert error.message("tr") == (
        "'a.xlsx' yazılamadı: disk dolu. Yer açıp yeniden deneyin; önceki dosya değişmedi."
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("lock", ["~$rapor.xlsx", ".~lock.rapor.xlsx#"])
def test_a_workbook_open_in_excel_or_libreoffice_is_not_overwritten(
    tmp_path, lock, store, questionnaire, answered
):
    target = tmp_path / "rapor.xlsx"
    target.write_bytes(b"open elsewhere")
    (tmp_path / lock).write_bytes(b"")
    error = _code(lambda: export_assessment(store, questionnaire, answered.uuid, target))
    assert error.code == "x.target_open"
    assert "rapor.xlsx" in error.message("tr") and "açık" in error.message("tr")
    assert target.read_bytes() == b"open elsewhere"


def test_missing_folder_and_folder_as_target(tmp_path):
    assert (
        _code(lambda: write_atomically(tmp_path / "yok" / "a.xlsx", lambda p: None)).code
        == "x.folder_missing"
    )
    (tmp_path / "klasor.xlsx").mkdir()
    assert (
        _code(lambda: write_atomically(tmp_path / "klasor.xlsx", lambda p: None)).code
        == "x.target_is_folder"
    )


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unwritable_folder(tmp_path):
    folder = tmp_path / "salt-okunur"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert (
            _code(lambda: write_atomically(folder / "a.xlsx", lambda p: None)).code
            == "x.folder_not_writable"
        )
    finally:
        folder.chmod(0o755)


def test_written_file_has_ordinary_permissions(tmp_path, store, questionnaire, answered):
    path = export_assessment(store, questionnaire, answered.uuid, tmp_path / "a.xlsx")
    if os.name == "posix":
        umask = os.umask(0)
        os.umask(umask)
        assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_permission_denied_folder_and_locked_target(tmp_path, monkeypatch):
    """What Windows reports for a read-only share, and for a workbook Excel holds open."""
    import assessments.atomic as atomic

    real_open, real_replace = os.open, os.replace

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "open", denied)
    assert (
        _code(lambda: write_atomically(tmp_path / "a.xlsx", lambda p: None)).code
        == "x.folder_not_writable"
    )
    monkeypatch.setattr(atomic.os, "open", real_open)
    monkeypatch.setattr(atomic.os, "replace", denied)
    assert (
        _code(lambda: write_atomically(tmp_path / "a.xlsx", lambda p: p.write_bytes(b"x"))).code
        == "x.target_open"
    )
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    assert list(tmp_path.iterdir()) == []


def test_an_error_raised_by_a_writers_clean_up_after_a_full_disk_is_the_disk_error(tmp_path):
    """matplotlib's PDF writer, closing after ENOSPC, raises zlib.error "while flushing"."""
    import zlib

    def full_then_zlib(path):
        try:
            raise OSError(28, "No space left on device")
        except OSError:
            raise zlib.error("Error -2 while flushing: buffer error") from None

    error = _code(lambda: write_atomically(tmp_path / "r.pdf", full_then_zlib))
    assert error.code == "cli.disk_full" and "r.pdf" in error.message("en")
    assert list(tmp_path.iterdir()) == []


def test_an_unrelated_error_is_not_dressed_up_as_a_disk_error(tmp_path):
    def bug(path):
        raise KeyError("a bug")

    with pytest.raises(KeyError):
        write_atomically(tmp_path / "a.xlsx", bug)


def test_a_250_byte_name_is_written_and_a_256_byte_name_is_refused_clearly(tmp_path):
    long = "ç" * 60 + "a" * 125 + ".xlsx"  # 120 + 125 + 5 = 250 bytes
    assert len(long.encode()) == 250
    written = write_atomically(tmp_path / long, lambda p: p.write_bytes(b"x"))
    assert written.read_bytes() == b"x" and [p.name for p in tmp_path.iterdir()] == [long]
    too_long = "b" * 251 + ".xlsx"
    error = _code(lambda: write_atomically(tmp_path / too_long, lambda p: p.write_bytes(b"x")))
    assert error.code == "cli.name_too_long"
    assert "256 bayt; en çok 255" in error.message("tr")


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (13, "cli.no_permission"),
        (30, "cli.no_permission"),
        (122, "cli.disk_full"),
        (5, "x.write_failed"),
    ],
)
def test_write_errors_by_kind(tmp_path, number, code):
    def fail(path):
        raise OSError(number, os.strerror(number))

    assert _code(lambda: write_atomically(tmp_path / "a.xlsx", fail)).code == code


def test_a_chart_png_on_a_full_disk_is_the_disk_error(tmp_path, monkeypatch, questionnaire):
    import random

    from matplotlib.figure import Figure

    from assessments.charts import radar_figure, save_figure
    from assessments.results import build_results
    from assessments.sample_answers import plausible_answers

    answers = plausible_answers(questionnaire, random.Random(1))
    figure = radar_figure(build_results(questionnaire, answers), "tr")

    def full(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Figure, "savefig", full)
    out = tmp_path / "grafikler"
    out.mkdir()
    error = _code(lambda: save_figure(figure, out / "radar.png"))
    assert error.message("tr").startswith("'radar.png' yazılamadı: disk dolu.")
    assert list(out.iterdir()) == []
