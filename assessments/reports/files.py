"""Write a report or chart file all at once or not at all: a temp file beside it, then a rename.

A failure while writing leaves the old file (or none) in place, never half a PDF. A target held
open by another program (a PDF viewer on Windows) gives a clear message, not a traceback.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..messages import MaturityError


def write_atomically(path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)``, flush it to disk and move it to ``path``."""
    target = Path(path).absolute()
    if target.is_dir():
        raise MaturityError("r.target_is_folder", path=str(target))
    if not target.parent.is_dir():
        raise MaturityError("r.folder_missing", folder=str(target.parent))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise MaturityError("r.write_failed", file=target.name, detail=exc.strerror or str(exc)) from exc
    os.close(handle)
    temp = Path(name)
    try:
        try:
            write(temp)
            with temp.open("rb+") as written:  # on disk before the rename makes it visible
                os.fsync(written.fileno())
            os.replace(temp, target)
        except PermissionError as exc:  # Windows: another program holds the target open
            raise MaturityError("r.target_open", file=target.name) from exc
        except OSError as exc:  # e.g. the disk is full
            raise MaturityError("r.write_failed", file=target.name, detail=exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return target
