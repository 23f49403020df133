"""Which files a merge reads: the files given, and every workbook inside the folders given.

In a folder, a workbook is a file ending in .xlsx, .xlsm, .xlsb, .xls or .ods (in any case):
whatever office program a unit used, its file is read (``read_workbook`` tells the format by the
content). Every other file there (``notlar.docx``, ``foto.jpg``, ``rapor.pdf``, a name without
an extension) is not read but listed in ``others``: the merge reports each as rejected, "not a
workbook", so nothing in an inbox folder is passed over in silence. Skipped, and not reported:
Excel's lock files (``~$x.xlsx``), LibreOffice's (``.~lock.x.ods#``), hidden files (``.x``,
also macOS's ``._x.xlsx`` copies on USB sticks), hidden folders and the files and folders
named in ``exclude`` (the consolidated workbook being written; the database itself, its SQLite
files and its backups folder, when the coordinator keeps them in the folder merged).

Folders are searched recursively in name order. Symbolic links are followed, but no folder is
entered twice, so a link loop ends. A file given by name is always read, whatever its
extension: the reader then says what it is. A missing input or a folder that cannot be listed
becomes a rejected outcome naming it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import Problem
from .outcome import FileOutcome

SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)  # the workbooks to read
    problems: list[FileOutcome] = field(default_factory=list)  # inputs that could not be searched
    others: list[Path] = field(default_factory=list)  # files in the folders that are no workbooks


def is_skipped(name: str) -> bool:
    """A lock file (Excel's ``~$x``, LibreOffice's ``.~lock.x#``) or a hidden file (``.x``,
    macOS's ``._x``): never read nor reported by a folder search."""
    return name.startswith(("~$", "."))


def is_candidate(name: str) -> bool:
    """Would a folder search read a file of this name?"""
    return name.lower().endswith(SUFFIXES) and not is_skipped(name)


def not_a_workbook(path: Path) -> Problem:
    """Why a file found in a folder is not read."""
    suffix = path.suffix
    return Problem("m.not_a_workbook", {"suffix": suffix}) if suffix else Problem("m.no_suffix")


def _key(path: Path) -> str:
    try:
        return os.path.normcase(os.path.realpath(path))
    except (OSError, ValueError):
        return os.path.normcase(os.path.abspath(path))


def discover(
    inputs: Iterable[str | os.PathLike], exclude: Iterable[str | os.PathLike] = ()
) -> Discovery:
    found = Discovery()
    seen = {_key(Path(p)) for p in exclude}

    def add(path: Path, listed: list[Path] = found.files) -> None:
        key = _key(path)
        if key not in seen:  # the same file named twice (or by a link) is read once
            seen.add(key)
            listed.append(path)

    def rejected(path, code: str, **params) -> None:
        found.problems.append(FileOutcome(str(path), "rejected", (Problem(code, params),)))

    for given in inputs:
        path = Path(given)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except (OSError, ValueError) as exc:
            rejected(path, "m.path_unreadable", detail=getattr(exc, "strerror", None) or str(exc))
            continue
        if not exists:  # a name without an extension (or ending in a slash) meant a folder
            folder = not path.suffix or str(given).endswith(("/", "\\"))
            rejected(path, "cli.folder_not_found" if folder else "x.not_found")
        elif is_dir:
            _walk(path, add, rejected, found.others, seen)
        else:
            add(path)
    return found


def _walk(top: Path, add, rejected, others: list[Path], excluded: set[str]) -> None:
    visited: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        rejected(error.filename or top, "m.folder_unreadable", detail=error.strerror or str(error))

    for folder, dirs, files in os.walk(top, onerror=unreadable, followlinks=True):
        try:
            info = os.stat(folder)
            identity = (info.st_dev, info.st_ino)
        except OSError as exc:
            unreadable(exc)
            dirs[:] = []
            continue
        if identity in visited:  # reached again through a link: a loop, or a second way in
            dirs[:] = []
            continue
        visited.add(identity)
        kept = (d for d in dirs if not d.startswith(".") and _key(Path(folder) / d) not in excluded)
        dirs[:] = sorted(kept, key=str.casefold)
        for name in sorted(files, key=str.casefold):
            if is_candidate(name):
                add(Path(folder) / name)
            elif not is_skipped(name):
                add(Path(folder) / name, others)
