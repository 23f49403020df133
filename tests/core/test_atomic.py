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
    assert error.code == "x.write_failed"
    assert "a.xlsx" in error.message("tr")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("lock", ["~$rapor.xlsx", ".~lock.rapor.xlsx#"])
def test_a_workbook_open_in_excel_or_libreoffice_is_not_overwritten(tmp_path, lock, store, questionnaire, answered):
    target = tmp_path / "rapor.xlsx"
    target.write_bytes(b"open elsewhere")
    (tmp_path / lock).write_bytes(b"")
    error = _code(lambda: export_assessment(store, questionnaire, answered.uuid, target))
    assert error.code == "x.target_open"
    assert "rapor.xlsx" in error.message("tr") and "açık" in error.message("tr")
    assert target.read_bytes() == b"open elsewhere"


def test_missing_folder_and_folder_as_target(tmp_path):
    assert _code(lambda: write_atomically(tmp_path / "yok" / "a.xlsx", lambda p: None)).code == "x.folder_missing"
    (tmp_path / "klasor.xlsx").mkdir()
    assert _code(lambda: write_atomically(tmp_path / "klasor.xlsx", lambda p: None)).code == "x.target_is_folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unwritable_folder(tmp_path):
    folder = tmp_path / "salt-okunur"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert _code(lambda: write_atomically(folder / "a.xlsx", lambda p: None)).code == "x.folder_not_writable"
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
    assert _code(lambda: write_atomically(tmp_path / "a.xlsx", lambda p: None)).code == "x.folder_not_writable"
    monkeypatch.setattr(atomic.os, "open", real_open)
    monkeypatch.setattr(atomic.os, "replace", denied)
    assert _code(lambda: write_atomically(tmp_path / "a.xlsx", lambda p: p.write_bytes(b"x"))).code == "x.target_open"
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    assert list(tmp_path.iterdir()) == []
