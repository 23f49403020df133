"""One app per database: a lock file beside it (``<db>.lock``), held while the app runs.

Two windows writing the same answers would each show stale data. A lock left by a crashed
process on this computer is recognised and taken over (Qt checks the process id); age alone
never makes a lock stale, since a unit manager may keep the app open all day.
"""

from __future__ import annotations

from pathlib import Path

from .qt import QLockFile


class DatabaseLock:
    def __init__(self, db_path: Path):
        self.path = Path(f"{db_path}.lock")
        self._lock: QLockFile | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another instance does.
        Raises OSError when the lock cannot be written at all (e.g. a read-only folder)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)
        if self._lock.tryLock(200):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        raise PermissionError(f"cannot create {self.path} ({self._lock.error().name})")

    def holder(self) -> tuple[int, str, str] | None:
        """(process id, host name, program) of the instance holding the lock, if readable."""
        if self._lock is None:
            return None
        info = self._lock.getLockInfo()
        return info if isinstance(info, tuple) and len(info) == 3 else None

    def release(self) -> None:
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()
        self._lock = None
