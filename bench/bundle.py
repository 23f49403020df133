"""Benchmark 8: the frozen bundle (``make package`` -> dist/AkilliSehirOlgunluk): its size, and
its cold start to the first paint against a frozen bare PySide6 window.

Runs only when the bundle is there. The frozen bare window is bench/baselines/bare_window.py
built by PyInstaller with its defaults (one folder, about 10 s), kept in the cache; without
PyInstaller, or with ``build_frozen_baseline`` off, the start-up is compared with the bare
window under Python instead, which the notes say.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import subprocess
import sys
import time
from pathlib import Path

from .common import MB, PYTHON, ROOT, Benchmark, Config, Row, below, median, ratio_at_most
from .startup import BARE, BARE_WINDOW, alternate

BUNDLE = ROOT / "dist" / "AkilliSehirOlgunluk"
EXE = ".exe" if sys.platform == "win32" else ""
SIZE_BUDGET_MIB = 150  # docs/performance.md, "Bundle size"
SKIPPED = "skipped: no bundle; run make package"


def bundle_executable(bundle: Path = BUNDLE) -> Path:
    return bundle / f"maturity-desktop{EXE}"


def folder_size(folder: Path) -> int:
    """Apparent size of the files (symlinks not followed), as packaging/bundle_size.py counts."""
    total = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def file_count(folder: Path) -> int:
    return sum(
        1
        for dirpath, _dirs, names in os.walk(folder)
        for name in names
        if not (Path(dirpath) / name).is_symlink()
    )


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return ""


def frozen_bare_window(cache: Path) -> tuple[Path | None, str]:
    """The frozen bare window's executable (built once into the cache), or None and why not."""
    pyinstaller = _version("pyinstaller")
    if not pyinstaller:
        return None, "PyInstaller is not installed (pip install -e '.[build]')"
    key = hashlib.sha256(
        BARE_WINDOW.read_bytes()
        + f"{pyinstaller}|{_version('PySide6-Essentials')}|{sys.version}".encode()
    ).hexdigest()[:12]
    top = cache / f"frozen-bare-{key}"
    executable = top / "dist" / "bare_window" / f"bare_window{EXE}"
    if executable.is_file():
        return executable, ""
    top.mkdir(parents=True, exist_ok=True)
    command = [
        PYTHON,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--onedir",
        "--log-level",
        "ERROR",
        "--name",
        "bare_window",
        "--distpath",
        str(top / "dist"),
        "--workpath",
        str(top / "build"),
        "--specpath",
        str(top),
        str(BARE_WINDOW),
    ]
    done = subprocess.run(command, cwd=top, capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or not executable.is_file():
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        return None, f"building the frozen bare window failed: {tail}"
    return executable, ""


def run(config: Config, bundle: Path = BUNDLE) -> Benchmark:
    bench = Benchmark("bundle", "8. Frozen bundle: size and cold start")
    started = time.perf_counter()
    executable = bundle_executable(bundle)
    if not executable.is_file():
        bench.skipped = SKIPPED
        return bench
    bare_exe, why_not = (
        frozen_bare_window(config.cache)
        if config.build_frozen_baseline
        else (None, "not built in this run")
    )
    home = config.scratch("bundle")
    bare_command = [str(bare_exe)] if bare_exe else BARE
    app_values, bare_values = alternate(
        [str(executable)],
        bare_command,
        config.bundle_runs,
        home / "app",
        home / "bare",
        warm_up=config.bundle_runs > 1,
    )
    paint = [v["first-paint-ms"] for v in app_values]
    bare = [v["first-paint-ms"] for v in bare_values]
    baseline_name = (
        "frozen bare PySide6 window (PyInstaller defaults, one folder)"
        if bare_exe
        else "bare PySide6 window under Python (no frozen baseline)"
    )
    bench.rows.append(
        Row(
            "first paint of the frozen app (maturity-desktop)",
            median(paint),
            "ms",
            len(paint),
            ratio_at_most(1.5),
            median(bare),
            baseline_name,
            len(bare),
            note=f"range {min(paint):.0f}–{max(paint):.0f} ms",
        )
    )
    size = folder_size(bundle)
    bare_size = folder_size(bare_exe.parent) if bare_exe else None
    bench.rows.append(
        Row(
            "bundle size (dist/AkilliSehirOlgunluk, app + CLI)",
            size / MB,
            "MiB",
            1,
            below(SIZE_BUDGET_MIB, "MiB"),
            bare_size / MB if bare_size else None,
            "frozen bare PySide6 window, PyInstaller defaults" if bare_size else "",
            1 if bare_size else 0,
            note=f"{file_count(bundle)} files",
        )
    )
    if not bare_exe:
        bench.notes.append(f"No frozen bare window: {why_not}.")
    bench.notes.append(
        "The bundle is measured as it is in dist/ (built by `make package` from the "
        "tree at that time, which may be older than this commit)."
    )
    bench.seconds = time.perf_counter() - started
    return bench
