"""A small reader of Compound File Binary files (CFB, "OLE2"): the container of an Excel 97-2003
workbook (.xls), of a password-protected .xlsx/.xlsm/.xlsb (its ``EncryptedPackage`` stream)
and of old Word and PowerPoint files.

Only what the safety check needs: the names in the directory and the bytes of one stream. Every
chain of sectors is followed with a bound (a loop ends as an error, never as a hang), and the
directory is searched flat, first name first, as python-calamine searches it, so the stream
checked here is the stream calamine reads.
"""

from __future__ import annotations

import struct
import sys
from array import array
from dataclasses import dataclass

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HEADER_BYTES = 512
DIRECTORY_ENTRY = 128
FREE, END_OF_CHAIN = 0xFFFFFFFF, 0xFFFFFFFE
STORAGE, STREAM, ROOT = 1, 2, 5
HEADER_DIFAT = 109  # FAT sector numbers in the header itself


class CfbError(ValueError):
    """The file is not a sound compound file."""


@dataclass(frozen=True)
class Entry:
    name: str
    kind: int  # STORAGE, STREAM or ROOT
    start: int
    size: int


class CompoundFile:
    """The directory and streams of a compound file held in memory."""

    def __init__(self, data: bytes):
        if len(data) < HEADER_BYTES or not data.startswith(SIGNATURE):
            raise CfbError("not a compound file")
        self.data = data
        major, _order, shift, mini_shift = struct.unpack_from("<HHHH", data, 0x1A)
        if shift not in (9, 12) or mini_shift != 6:
            raise CfbError(f"sector size 2^{shift}")
        self.sector = 1 << shift
        self.mini_sector = 1 << mini_shift
        self.sectors = max(0, (len(data) - self.sector) // self.sector)
        (fat_count, first_dir, _tx, self.cutoff, first_minifat, minifat_count, first_difat) = (
            struct.unpack_from("<IIIIIII", data, 0x2C)
        )
        self.fat = self._fat(fat_count, first_difat)
        self.entries = self._directory(first_dir)
        root = self.entries[0] if self.entries else None
        if root is None or root.kind != ROOT:
            raise CfbError("no root entry")
        self.minifat = self._ints(self._chain_bytes(first_minifat, minifat_count * self.sector))
        self.mini_stream = self._chain_bytes(root.start, root.size) if root.size else b""

    # -- sectors ----------------------------------------------------------------------------

    def _sector_bytes(self, number: int) -> bytes:
        if number >= self.sectors:
            raise CfbError(f"sector {number} past the end")
        offset = (number + 1) * self.sector
        return self.data[offset : offset + self.sector]

    @staticmethod
    def _ints(raw: bytes) -> array:
        """Little-endian 32-bit numbers, compactly (a 50 MB file has 12 million FAT entries)."""
        values = array("I", raw[: len(raw) // 4 * 4])
        if sys.byteorder == "big":
            values.byteswap()
        return values

    def _fat(self, fat_count: int, first_difat: int) -> array:
        if fat_count > self.sectors:
            raise CfbError(f"{fat_count} FAT sectors in {self.sectors}")
        numbers = list(self._ints(self.data[0x4C:HEADER_BYTES])[: min(fat_count, HEADER_DIFAT)])
        difat, seen = first_difat, set()
        while len(numbers) < fat_count and difat not in (FREE, END_OF_CHAIN):
            if difat in seen or len(seen) > self.sectors:
                raise CfbError("DIFAT loop")
            seen.add(difat)
            values = self._ints(self._sector_bytes(difat))
            numbers.extend(values[:-1])
            difat = values[-1]
        fat = array("I")
        for number in numbers[:fat_count]:
            fat.extend(self._ints(self._sector_bytes(number)))
        return fat

    def _chain(self, start: int, table: array) -> list[int]:
        chain, seen = [], set()
        current = start
        while current not in (END_OF_CHAIN, FREE):
            if current >= len(table) or current in seen:
                raise CfbError(f"broken sector chain at {current}")
            seen.add(current)
            chain.append(current)
            current = table[current]
        return chain

    def _chain_bytes(self, start: int, size: int) -> bytes:
        if size <= 0 or start in (END_OF_CHAIN, FREE):
            return b""
        raw = b"".join(self._sector_bytes(n) for n in self._chain(start, self.fat))
        if len(raw) < size:
            raise CfbError("stream shorter than declared")
        return raw[:size]

    # -- the directory and streams ----------------------------------------------------------

    def _directory(self, first: int) -> list[Entry]:
        raw = b"".join(self._sector_bytes(n) for n in self._chain(first, self.fat))
        entries = []
        for offset in range(0, len(raw) - DIRECTORY_ENTRY + 1, DIRECTORY_ENTRY):
            length, kind = struct.unpack_from("<HB", raw, offset + 64)
            if kind not in (STORAGE, STREAM, ROOT):
                continue
            name = raw[offset : offset + min(length, 64)].decode("utf-16-le", "replace")
            start, size = struct.unpack_from("<IQ", raw, offset + 116)
            if self.sector == 512:
                size &= 0xFFFFFFFF  # version 3: the high half is undefined
            entries.append(Entry(name.rstrip("\x00"), kind, start, size))
        return entries

    def names(self) -> list[str]:
        return [entry.name for entry in self.entries[1:]]

    def find(self, name: str) -> Entry | None:
        """The first entry of this name (case-sensitive, as python-calamine looks)."""
        return next((e for e in self.entries[1:] if e.name == name), None)

    def stream(self, name: str) -> bytes:
        entry = self.find(name)
        if entry is None or entry.kind != STREAM:
            raise CfbError(f"no stream {name}")
        if entry.size > len(self.data):
            raise CfbError(f"stream {name} larger than the file")
        if entry.size < self.cutoff:
            chain = self._chain(entry.start, self.minifat)
            raw = bytearray()
            for number in chain:
                offset = number * self.mini_sector
                if offset + self.mini_sector > len(self.mini_stream):
                    raise CfbError("mini sector past the end")
                raw += self.mini_stream[offset : offset + self.mini_sector]
            if len(raw) < entry.size:
                raise CfbError("stream shorter than declared")
            return bytes(raw[: entry.size])
        return self._chain_bytes(entry.start, entry.size)
