"""Build and refresh the UI translations.

UI strings are written in English in the code (``self.tr("Next")``) and translated in
``resources/translations/maturity_<lang>.ts``. ``python tools/translations.py build`` compiles
them to ``.qm`` with pyside6-lrelease (``make`` does it); ``update`` re-extracts the strings
from the sources with pyside6-lupdate, keeping existing translations. Imports no Qt. A build
tool, not part of the app (``make translations``, packaging/build.sh and the tests run it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("tr",)


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project first (make run)")
    return found


def build() -> list[Path]:
    """Compile every .ts file that is newer than its .qm."""
    built = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def update() -> None:
    """Re-extract translatable strings from desktop/*.py into the .ts files."""
    sources = [str(p) for p in sorted((ROOT / "desktop").rglob("*.py"))]
    for lang in LANGUAGES:
        ts = TS_DIR / f"maturity_{lang}.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True
        )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "build":
        build()
    elif command == "update":
        update()
    else:
        raise SystemExit("usage: python tools/translations.py [build|update]")
