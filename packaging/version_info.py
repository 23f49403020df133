"""The Windows version resource of the executables (Explorer's "Details" tab, IT inventories).

PyInstaller reads it from a text file holding a ``VSVersionInfo(...)`` expression; build.spec
writes one per executable with ``write_version_file``. Pure text, so it is testable on Linux.
"""

from __future__ import annotations

import re
from pathlib import Path

TURKISH_UNICODE = "041f04b0"  # language 0x041F (Turkish), code page 1200 (UTF-16)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """ "1.2.3" or "1.2.3rc1" -> (1, 2, 3, 0): Windows wants four small numbers."""
    numbers = [
        int(m.group()) if (m := re.match(r"\d+", part)) else 0 for part in version.split(".")[:4]
    ]
    numbers += [0] * (4 - len(numbers))
    return tuple(min(n, 65535) for n in numbers)


def version_text(version: str, exe_name: str, description: str, product: str, company: str) -> str:
    numbers = version_tuple(version)
    strings = {
        "CompanyName": company,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": f"© {company}",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": product,
        "ProductVersion": version,
    }
    table = ",\n          ".join(
        f"StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""# -*- coding: utf-8 -*-
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        {TURKISH_UNICODE!r},
        [{table}])
    ]),
    VarFileInfo([VarStruct('Translation', [0x041f, 1200])])
  ]
)
"""


def write_version_file(
    folder: Path, version: str, exe_name: str, description: str, product: str, company: str
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version-{exe_name}.txt"
    path.write_text(
        version_text(version, exe_name, description, product, company), encoding="utf-8"
    )
    return path
