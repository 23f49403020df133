"""Build the real bundle with PyInstaller and run it (about a minute; opt-in).

    MATURITY_PACKAGE_TESTS=1 .venv/bin/python -m pytest tests/packaging -m slow

`make package` (packaging/build.sh) does the same build for people and CI.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUDGET_MIB = 150

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("MATURITY_PACKAGE_TESTS") != "1",
        reason="builds the bundle: set MATURITY_PACKAGE_TESTS=1",
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "tools/translations.py", "build"], cwd=ROOT, check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "build.spec",
        ],
        cwd=ROOT,
        check=True,
    )
    return work / "dist" / "AkilliSehirOlgunluk"


def frozen_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MATURITY_", "PYTHON"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    return env


def executable(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def test_the_frozen_app_passes_its_self_test(bundle, tmp_path):
    run = subprocess.run(
        [executable(bundle, "maturity-desktop"), "--self-test"],
        env=frozen_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Self-test passed" in run.stdout
    assert "(frozen bundle," in run.stdout.splitlines()[0]


def test_the_frozen_cli_works(bundle, tmp_path):
    env = frozen_env(tmp_path)
    db = tmp_path / "cli.sqlite3"
    run = subprocess.run(
        [
            executable(bundle, "maturity"),
            "--db",
            str(db),
            "--lang",
            "tr",
            "units",
            "add",
            "İtfaiye Dairesi Başkanlığı",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    listed = subprocess.run(
        [executable(bundle, "maturity"), "--db", str(db), "units", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.stdout.strip() == "İtfaiye Dairesi Başkanlığı"


def test_the_bundle_stays_within_its_size_budget(bundle):
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 1024 / 1024 < BUDGET_MIB, f"{size / 1024 / 1024:.1f} MiB"
