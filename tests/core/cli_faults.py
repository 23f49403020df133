"""Run ``maturity`` in a subprocess with a fault injected: a disk that fills up, a reader bug.

The fault is installed by a small ``-c`` program before ``assessments.cli.main`` runs, so the
CLI meets it exactly as it would meet the real thing (an ENOSPC from the file system's write).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FULL_DISK = '''
import builtins, errno, io
class _Full(io.FileIO):
    """A file whose writes fail with ENOSPC once {budget} bytes are written."""
    budget = {budget}
    def write(self, data):
        if _Full.budget < len(data):
            raise OSError(errno.ENOSPC, "No space left on device")
        _Full.budget -= len(data)
        return super().write(data)
_real_open = io.open
def _open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
          opener=None):
    if isinstance(file, (str, bytes)) or hasattr(file, "__fspath__"):
        name = str(file)
        if name.endswith(".tmp") and ("w" in mode or "a" in mode):
            raw = _Full(name, mode.replace("b", "").replace("t", ""))
            binary = io.BufferedRandom(raw) if "+" in mode else io.BufferedWriter(raw)
            if "b" in mode:
                return binary
            return io.TextIOWrapper(binary, encoding=encoding or "utf-8", newline=newline)
    return _real_open(file, mode, buffering, encoding, errors, newline, closefd, opener)
builtins.open = io.open = _open
'''

BROKEN_READER = """
import assessments.merge.read_result as _read_result
def _bug(*args, **kwargs):
    raise RuntimeError("a reader bug")
_read_result.read_workbook = _bug
"""

RUN = """
import sys
from assessments.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run(*args: str, fault: str = "", timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    """``maturity ARGS`` with ``fault`` (FULL_DISK.format(budget=...), BROKEN_READER) in place."""
    return subprocess.run(
        [sys.executable, "-c", fault + RUN, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=timeout,
        **kwargs,
    )


def full_disk(budget: int = 2000) -> str:
    return FULL_DISK.format(budget=budget)
