"""Write a file all at once or not at all: a temporary file in the same folder, then a rename.

A failure while writing leaves the old file (or none) in place, never half a workbook. Writing
over a workbook that Excel or LibreOffice holds open gives a clear error instead of a traceback.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path

from .messages import MaturityError


def lock_file_of(path: Path) -> Path | None:
    """The lock file Excel (``~$name``) or LibreOffice (``.~lock.name#``) keeps while the
    workbook is open, if present."""
    for candidate in (path.with_name(f"~${path.name}"), path.with_name(f".~lock.{path.name}#")):
        if candidate.exists():
            return candidate
    return None


def write_atomically(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` and move the result to ``path``. Raises MaturityError
    when the folder is missing or not writable, or the target is a folder or open elsewhere."""
    target = Path(path).absolute()
    folder = target.parent
    if target.is_dir():
        raise MaturityError("x.target_is_folder", path=str(target))
    if not folder.is_dir():
        raise MaturityError("x.folder_missing", folder=str(folder))
    if lock_file_of(target):
        raise MaturityError("x.target_open", file=target.name)
    temp = folder / f".{target.stem}.{secrets.token_hex(6)}.tmp"
    try:  # unlike mkstemp, os.open honours the umask: the file gets the usual permissions
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise MaturityError("x.folder_not_writable", folder=str(folder), detail=exc.strerror or str(exc)) from exc
    try:
        try:
            write(temp)
            with temp.open("rb+") as written:  # the bytes are on disk before the rename shows them
                os.fsync(written.fileno())
        except OSError as exc:  # e.g. the disk is full
            raise MaturityError("x.write_failed", file=target.name, detail=exc.strerror or str(exc)) from exc
        try:
            os.replace(temp, target)
        except PermissionError as exc:  # Windows: another program holds the file open
            raise MaturityError("x.target_open", file=target.name) from exc
        except OSError as exc:
            raise MaturityError("x.write_failed", file=target.name, detail=exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return target


def safe_file_name(text: str, fallback: str = "export") -> str:
    """``text`` as a file name: characters Windows forbids replaced, length bounded."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", text).strip(" .")
    return name[:150] or fallback
