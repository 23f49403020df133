"""The workbook attacks of issue 13 through the real command line, each in its own process:
``maturity import`` refuses every one with the file, the place and the reason, ``maturity
merge`` (with two worker processes, and with an existing ``--out`` workbook to carry over)
gets through all of them. A process abort (rc 134, a 512 GiB allocation in python-calamine)
shows as a negative return code: the exit code must always be 0, 1 or 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from corpus import ISSUE_13, KINDS_BY_NAME, Source, rewrite_zip

from assessments.exchange.reader import read_workbook

ROOT = Path(__file__).resolve().parents[2]


def maturity(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MATURITY_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "assessments", *args, "--lang", "en"],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


@pytest.mark.parametrize("name", ISSUE_13)
def test_import_refuses_each_attack_with_its_place(name, corpus, tmp_path, questionnaire):
    sample = corpus[name]
    done = maturity("import", "--db", str(tmp_path / "c.sqlite3"), str(sample.path), cwd=tmp_path)
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr + done.stdout
    assert sample.path.name in done.stderr
    parsed = read_workbook(sample.path, questionnaire)
    if parsed.problems:  # each problem, with its cell, as the user reads it
        assert {p.code for p in parsed.problems} & set(sample.kind.expect)
        for problem in parsed.problems:
            assert problem.message("en") in done.stderr, problem
    else:  # a single reason about the whole file: the edited identity
        assert sample.kind.expect == ("x.modified",) and parsed.modified
        assert "--accept-modified" in done.stderr


def test_merge_with_two_workers_gets_through_every_attack(corpus, tmp_path, source: Source):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ISSUE_13:
        path = corpus[name].path
        (folder / path.name).write_bytes(path.read_bytes())
    good = source.export("Sağlam Dosya Birimi", seed=81)
    (folder / "zz-good.xlsx").write_bytes(good.read_bytes())
    report = tmp_path / "report.json"

    done = maturity(
        "merge",
        "--db",
        str(tmp_path / "c.sqlite3"),
        "--workers",
        "2",
        str(folder),
        "--out",
        str(tmp_path / "city.xlsx"),
        "--report",
        str(report),
        cwd=tmp_path,
    )

    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr + done.stdout
    files = {Path(f["file"]).name: f for f in json.loads(report.read_text("utf-8"))["files"]}
    for name in ISSUE_13:
        entry = files[corpus[name].path.name]
        assert entry["status"] == "rejected", (name, entry)
        assert {r["code"] for r in entry["reasons"]} & set(KINDS_BY_NAME[name].expect), entry
    assert files["zz-good.xlsx"]["status"] == "accepted"
    assert (tmp_path / "city.xlsx").is_file()


def test_an_out_workbook_with_a_far_cell_is_kept_aside_not_read(corpus, tmp_path, source):
    """The earlier consolidated workbook, read for the coordinator's entries, passes the
    same checks: a far cell in it is refused (a copy kept) instead of aborting the merge."""
    good = source.export("Sağlam Dosya Birimi", seed=81)
    db, out = tmp_path / "c.sqlite3", tmp_path / "city.xlsx"
    assert (
        maturity("merge", "--db", str(db), str(good), "--out", str(out), cwd=tmp_path).returncode
        == 0
    )
    with zipfile.ZipFile(out) as z:
        actions = next(n for n in z.namelist() if n.endswith("sheet3.xml"))
    far = (
        b"<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row></sheetData>"
    )
    poisoned = rewrite_zip(
        out, tmp_path / "p.xlsx", {actions: lambda d: d.replace(b"</sheetData>", far, 1)}
    )
    os.replace(poisoned, out)

    done = maturity("merge", "--db", str(db), "--out", str(out), cwd=tmp_path)

    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    (copy,) = tmp_path.glob("city.20*.xlsx")  # city.<date-time>.xlsx
    assert copy.read_bytes()[:2] == b"PK"
    with zipfile.ZipFile(out) as z:  # written anew, without the far cell
        assert b"XFD1048576" not in z.read(actions)
