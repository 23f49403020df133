"""Strip symbols and debug information from the Linux libraries that still carry them.

A Python built from source (pyenv, as on the build machines) and several wheels ship their
libraries unstripped: about 55 MB of the bundle, 16 MB of it debug info in libpython.
PyInstaller's own ``strip=True`` strips every library, and breaks the ones that auditwheel
vendored into a wheel's ``<name>.libs/`` folder (numpy's OpenBLAS then fails to load: "ELF
load command address/offset not page-aligned"). So we strip copies, skip those folders, and
keep the dynamic symbol table (``--strip-unneeded``), which is what loading needs.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path, PurePath


def has_symbols(path: Path) -> bool:
    """An ELF file with a symbol table or debug sections left to strip."""
    with path.open("rb") as f:
        if f.read(4) != b"\x7fELF":
            return False
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(path)], capture_output=True, text=True
    ).stdout
    return ".symtab" in sections or ".debug_info" in sections


def vendored_by_auditwheel(path: PurePath) -> bool:
    return any(part.endswith(".libs") for part in path.parent.parts)


def tools_missing() -> list[str]:
    return [tool for tool in ("strip", "readelf") if shutil.which(tool) is None]


def stripped_copies(toc, workdir: Path):
    """``toc`` with each strippable BINARY or EXTENSION replaced by a stripped copy."""
    workdir.mkdir(parents=True, exist_ok=True)
    result = []
    for dest, source, typecode in toc:
        path = Path(source)
        if (
            typecode in ("BINARY", "EXTENSION")
            and path.is_file()
            and not vendored_by_auditwheel(path)
            and has_symbols(path)
        ):
            # One copy per source file: the two executables' analyses share most libraries.
            copy = workdir / f"{hashlib.sha256(str(path).encode()).hexdigest()[:12]}-{path.name}"
            if not copy.exists():
                subprocess.run(
                    ["strip", "--strip-unneeded", "-o", str(copy), str(path)], check=True
                )
            source = str(copy)
        result.append((dest, source, typecode))
    return result
