"""Which files a merge reads from the inputs it is given."""

from __future__ import annotations

import os

import pytest

from assessments.merge.discover import discover


def _touch(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    return path


def test_folders_are_searched_recursively_in_name_order(tmp_path):
    inbox = tmp_path / "Gelen"
    wanted = [
        _touch(inbox / "a.xlsx"),
        _touch(inbox / "B.XLSX"),
        _touch(inbox / "eski.xls"),
        _touch(inbox / "hesap.ODS"),
        _touch(inbox / "ikili.xlsb"),
        _touch(inbox / "makro.xlsm"),
        _touch(inbox / "mart" / "c.xlsx"),
        _touch(inbox / "mart" / "nisan" / "d.xlsx"),
    ]
    others = [_touch(inbox / "notlar.txt"), _touch(inbox / "OKUBENI"), _touch(inbox / "y.xlsx.bak")]
    for skipped in ("~$a.xlsx", ".~lock.a.xlsx#", ".~lock.hesap.ods#", "._a.xlsx", ".gizli.xlsx"):
        _touch(inbox / skipped)
    _touch(inbox / ".git" / "e.xlsx")
    _touch(inbox / ".git" / "config")

    found = discover([inbox])

    assert found.files == wanted
    assert found.others == sorted(others, key=lambda p: p.name.casefold())
    assert found.problems == []


def test_files_given_by_name_are_always_read_and_named_once(tmp_path):
    xls = _touch(tmp_path / "eski.xls")
    xlsx = _touch(tmp_path / "in" / "a.xlsx")
    found = discover([xls, xlsx, tmp_path / "in", tmp_path / "in" / ".." / "in" / "a.xlsx"])
    assert found.files == [xls, xlsx]


def test_missing_inputs_are_reported(tmp_path):
    found = discover([tmp_path / "yok.xlsx", tmp_path / "yok"])
    assert found.files == []
    assert [(p.name, p.status, p.reasons[0].code) for p in found.problems] == [
        ("yok.xlsx", "rejected", "x.not_found"),
        ("yok", "rejected", "cli.folder_not_found"),
    ]


def test_the_output_is_excluded(tmp_path):
    a = _touch(tmp_path / "a.xlsx")
    _touch(tmp_path / "birlesik.xlsx")
    assert discover([tmp_path], exclude=[tmp_path / "birlesik.xlsx"]).files == [a]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_link_loop_ends(tmp_path):
    a = _touch(tmp_path / "in" / "a.xlsx")
    os.symlink(tmp_path / "in", tmp_path / "in" / "dongu")
    os.symlink(tmp_path / "in", tmp_path / "kisayol")
    found = discover([tmp_path / "in", tmp_path / "kisayol"])
    assert found.files == [a]


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs a user that permissions apply to"
)
def test_an_unreadable_folder_is_reported_and_the_rest_read(tmp_path):
    a = _touch(tmp_path / "a.xlsx")
    locked = tmp_path / "kilitli"
    _touch(locked / "b.xlsx")
    locked.chmod(0)
    try:
        found = discover([tmp_path])
    finally:
        locked.chmod(0o755)
    assert found.files == [a]
    assert [(p.status, p.reasons[0].code) for p in found.problems] == [
        ("rejected", "m.folder_unreadable")
    ]


def test_an_unreadable_folder_is_reported_even_as_root(tmp_path, monkeypatch):
    a = _touch(tmp_path / "a.xlsx")
    _touch(tmp_path / "kilitli" / "b.xlsx")
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("kilitli"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = discover([tmp_path])
    assert found.files == [a]
    assert found.problems[0].reasons[0].code == "m.folder_unreadable"
    assert "Permission denied" in found.problems[0].message("en")
