"""The database's files on disk: where they are (network drives), the temporaries a killed
write leaves, and the backups beside the database (listing, checking, restoring)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from ..messages import MaturityError

MAPPED_DRIVE = "mapped drive"  # network_location's answer for a Windows drive letter on a share
STALE_AFTER_S = 600  # a temporary file older than this belongs to no running write
_TEMPORARY = re.compile(r"^\..+\.[0-9a-f]{12}\.tmp$")  # assessments/atomic.py's temporaries
NETWORK_FILESYSTEMS = (
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "afs",
    "9p",
    "ceph",
    "glusterfs",
    "fuse.glusterfs",
    "davfs",
    "fuse.davfs2",
)


def network_location(path: str | os.PathLike) -> str | None:
    """What kind of network drive ``path`` is on ("UNC", "mapped drive", "nfs4", "cifs"...),
    or None when it is local (or cannot be told). SQLite's locking is unsafe on those."""
    text = os.fspath(path)
    if text.startswith(("\\\\", "//")):
        return "UNC"
    if sys.platform == "win32":
        return _windows_remote(text)
    return _mount_type(Path(text))


def network_warning(kind: str, path: str | os.PathLike) -> MaturityError:
    """The warning for a database on a network drive of ``kind`` (``network_location``'s answer):
    a mapped drive in words, a technical kind (UNC, nfs4, cifs) by its name."""
    if kind == MAPPED_DRIVE:
        return MaturityError("s.network_mapped_drive", path=os.fspath(path))
    return MaturityError("s.network_drive", kind=kind, path=os.fspath(path))


def _windows_remote(text: str) -> str | None:
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(text))[0]
    if drive.startswith("\\\\"):
        return "UNC"
    drive_remote = 4
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return MAPPED_DRIVE if kind == drive_remote else None


def _mount_type(path: Path) -> str | None:
    """The file system type of the mount holding ``path``, when it is a network one (Linux)."""
    try:
        target = os.path.realpath(path)
        with open("/proc/mounts", encoding="utf-8", errors="replace") as mounts:
            rows = [line.split()[:3] for line in mounts if line.count(" ") >= 2]
    except OSError:
        return None
    best, kind = "", ""
    for _device, point, fstype in rows:
        point = point.replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fstype
    return kind if kind.lower() in NETWORK_FILESYSTEMS else None


def clean_stale_temporaries(folder: str | os.PathLike) -> list[Path]:
    """Remove the temporary files a killed write left in ``folder``: atomic writes' hidden
    ``.name.<hex>.tmp``, the store's ``*.restoring`` and half-made backups. Only files older
    than STALE_AFTER_S, so a write running in another process keeps its file. Returns them."""
    removed = []
    limit = time.time() - STALE_AFTER_S
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (_TEMPORARY.match(name) or name.endswith((".restoring", ".backup-tmp"))):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


SQLITE_VERSION = sqlite3.sqlite_version


def answer_count(path: str | os.PathLike) -> int:
    """How many answers the database file at ``path`` holds, read only (e.g. a backup,
    checked without opening it as a Store, which would migrate it)."""
    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM answers").fetchone()[0]
    finally:
        conn.close()


def backups_of(path: Path) -> list[Path]:
    """Backups of the database at ``path``, oldest first."""
    folder = Path(path).parent / "backups"
    return sorted(folder.glob(f"{Path(path).stem}-*{Path(path).suffix}"))


def latest_backup(path: Path) -> Path | None:
    """The newest backup that opens and passes SQLite's integrity check."""
    for candidate in reversed(backups_of(path)):
        try:
            conn = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
            try:
                if conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok":
                    return candidate
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            continue
    return None


def restore_backup(path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the damaged database at ``path``. The damaged file is kept
    beside it (renamed ``*.damaged-<time>``), never deleted. Returns the damaged copy's path."""
    path = Path(path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    path.replace(damaged)
    for suffix in ("-wal", "-shm", "-journal"):  # a hot journal belongs to the damaged file
        companion = path.with_name(path.name + suffix)
        if companion.exists() and companion.stat().st_size > 0:
            companion.replace(damaged.with_name(damaged.name + suffix))
    temporary = path.with_name(path.name + ".restoring")
    shutil.copyfile(backup, temporary)
    temporary.replace(path)
    return damaged
