"""Write a file all at once or not at all: a temporary file in the same folder, then a rename.

A failure while writing leaves the old file (or none) in place, never half a workbook. Writing
over a workbook that Excel or LibreOffice holds open gives a clear error instead of a traceback.
"""

from __future__ import annotations

import contextlib
import errno
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
        try:
            if candidate.exists():
                return candidate
        except OSError:  # a lock name too long for the file system cannot exist
            continue
    return None


NAME_MAX_BYTES = (
    255  # NTFS, ext4, APFS: a file name's limit (UTF-16 units on NTFS, bytes elsewhere)
)


def _check_name(target: Path) -> None:
    length = len(target.name.encode("utf-8"))
    if length > NAME_MAX_BYTES:
        raise MaturityError(
            "cli.name_too_long", length=length, limit=NAME_MAX_BYTES, name=target.name[:60] + "…"
        )


def write_error(exc: OSError, target: Path) -> MaturityError:
    """One clear message for a failed write: a full disk and a missing permission by name."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return MaturityError("cli.disk_full", file=target.name)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return MaturityError("cli.no_permission", file=target.name, folder=str(target.parent))
    if exc.errno == errno.ENAMETOOLONG:
        return MaturityError(
            "cli.name_too_long",
            length=len(target.name.encode("utf-8")),
            limit=NAME_MAX_BYTES,
            name=target.name[:60] + "…",
        )
    return MaturityError("x.write_failed", file=target.name, detail=exc.strerror or str(exc))


def _os_error_behind(exc: BaseException) -> OSError | None:
    """The OSError that caused ``exc``: a writer's clean-up can fail on its own after a full
    disk (matplotlib's PDF writer then raises zlib.error "while flushing")."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, OSError):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def check_target(path: str | os.PathLike) -> MaturityError | None:
    """Could a file be written at ``path`` (its folder exists and takes a new file, the
    target is no folder)? The problem, or None. Asked before long work whose result goes
    there; a file open in an office program is found when it is written (it may be closed
    meanwhile)."""
    target = Path(path).absolute()
    try:
        _check_name(target)
        if target.is_dir():
            return MaturityError("x.target_is_folder", path=str(target))
        if not target.parent.is_dir():
            return MaturityError("x.folder_missing", folder=str(target.parent))
    except MaturityError as exc:
        return exc
    probe = target.parent / f".{secrets.token_hex(6)}.probe"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        return MaturityError(
            "x.folder_not_writable", folder=str(target.parent), detail=exc.strerror or str(exc)
        )
    with contextlib.suppress(OSError):
        probe.unlink()
    return None


def write_atomically(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` and move the result to ``path``. Raises MaturityError
    when the folder is missing or not writable, or the target is a folder or open elsewhere."""
    target = Path(path).absolute()
    folder = target.parent
    _check_name(target)
    if target.is_dir():
        raise MaturityError("x.target_is_folder", path=str(target))
    if not folder.is_dir():
        raise MaturityError("x.folder_missing", folder=str(folder))
    if lock_file_of(target):
        raise MaturityError("x.target_open", file=target.name)
    # A short temporary name: a long target name plus a suffix must not exceed the limit.
    temp = folder / f".{target.stem[:80]}.{secrets.token_hex(6)}.tmp"
    try:  # unlike mkstemp, os.open honours the umask: the file gets the usual permissions
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise write_error(exc, target) from None
        raise MaturityError(
            "x.folder_not_writable", folder=str(folder), detail=exc.strerror or str(exc)
        ) from None
    try:
        try:
            write(temp)
            with temp.open("rb+") as written:  # the bytes are on disk before the rename shows them
                os.fsync(written.fileno())
        except MaturityError:
            raise
        except Exception as exc:  # e.g. the disk is full, also when it surfaces as another error
            cause = _os_error_behind(exc)
            if cause is None:
                raise
            raise write_error(cause, target) from None
        try:
            os.replace(temp, target)
        except PermissionError as exc:  # Windows: another program holds the file open
            raise MaturityError("x.target_open", file=target.name) from exc
        except OSError as exc:
            raise write_error(exc, target) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return target


def safe_file_name(text: str, fallback: str = "export") -> str:
    """``text`` as a file name: characters Windows forbids replaced, length bounded."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", text).strip(" .")
    return name[:150] or fallback
