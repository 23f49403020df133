"""Which files in a folder were opened, seen by the kernel (Linux inotify through ctypes): the
proof that a dialog listing the database folder does not open the database."""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import struct
import sys
from pathlib import Path

IN_OPEN = 0x20
IN_NONBLOCK = 0o4000
_EVENT = struct.Struct("iIII")  # wd, mask, cookie, len; then len bytes of name

available = sys.platform.startswith("linux")


class OpenWatch:
    """``with OpenWatch(folder) as watch: ...; watch.opened()`` -> names opened meanwhile."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self._fd = -1
        self._names: list[str] = []

    def __enter__(self) -> OpenWatch:
        self._fd = self._libc.inotify_init1(IN_NONBLOCK)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        if self._libc.inotify_add_watch(self._fd, os.fsencode(self.folder), IN_OPEN) < 0:
            raise OSError(ctypes.get_errno(), "inotify_add_watch")
        return self

    def __exit__(self, *exc) -> None:
        self._drain()
        os.close(self._fd)

    def _drain(self) -> None:
        while True:
            try:
                data = os.read(self._fd, 65536)
            except OSError as exc:
                if exc.errno == errno.EAGAIN:
                    return
                raise
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = _EVENT.unpack_from(data, offset)
                offset += _EVENT.size
                name = data[offset : offset + length].rstrip(b"\0")
                offset += length
                self._names.append(os.fsdecode(name) if name else ".")

    def opened(self) -> set[str]:
        """The names opened so far ("." for the folder itself)."""
        self._drain()
        return set(self._names)
