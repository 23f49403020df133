"""A smaller ICU data library for the Linux bundle: the app's languages only.

PySide6's Linux wheels bring ICU, whose data library (libicudata.so.73) is 31 MB: collation,
names, units, dictionaries and legacy converters for hundreds of languages. Qt uses ICU for
Turkish-aware case mapping and collation, time-zone names and legacy text codecs; the app
needs Turkish and English, and only UTF-8 and UTF-16. This rebuilds the library with the data
of ``root``, Turkish and English, without the non-Turkish legacy converters, word-break dictionaries
and transliterators (about 5 MB).

The data is ICU's "common data" package (a table of named items, sorted by name) exported as
the symbol ``icudt<NN>_dat``; we read it out of the library, filter the items, write a new
package and link a new library exporting the same symbol with the same soname. Needs ``nm``
and ``gcc`` (binutils and a C toolchain); without them the build keeps the full library.
Windows and macOS builds of Qt use the system's ICU, so this is Linux only.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEPT_LANGUAGES = ("tr", "en")
# Locale-shaped names that are not locales (or are every locale's parent).
ALWAYS_KEPT = {"root", "res_index", "pool"}
DROPPED_TREES = ("translit/",)  # transliteration rules: Qt never transliterates
DROPPED_SUFFIXES = (".cnv", ".dict")  # legacy codecs; Thai/Khmer/Lao/Burmese/CJK dictionaries
# ...but Turkish text from old systems still decodes: windows-1254, ISO-8859-9, DOS code page 857.
KEPT_CONVERTERS = {"ibm-5350_P100-1998.cnv", "ibm-920_P100-1995.cnv", "ibm-857_P100-1995.cnv"}
_LOCALE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]*)*$")  # "de__PHONEBOOK" too


def keep_item(name: str, languages=KEPT_LANGUAGES) -> bool:
    """Whether an item (e.g. "icudt73l/coll/tr.res") stays in the package."""
    inner = name.split("/", 1)[1] if name.startswith("icudt") and "/" in name else name
    if inner in KEPT_CONVERTERS:
        return True
    if inner.startswith(DROPPED_TREES) or inner.endswith(DROPPED_SUFFIXES):
        return False
    stem = inner.rsplit("/", 1)[-1]
    if not stem.endswith(".res"):
        return True  # character properties, normalization, collation base data, ...
    stem = stem[:-4]
    match = _LOCALE.match(stem)
    if stem in ALWAYS_KEPT or not match:
        return True  # supplemental data: zoneinfo64, plurals, likelySubtags, ...
    return match.group(1) in languages


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of a common-data package in table-of-contents form."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count = struct.unpack_from("<I", blob, header_size)[0]
    offsets = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(offsets):
        start = header_size + name_offset
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        end = header_size + offsets[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[header_size + data_offset : end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package holding ``items`` (kept in name order: ICU binary-searches the table)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    table_size = 4 + 8 * len(items)
    names = bytearray()
    name_offsets = []
    for name, _ in items:
        name_offsets.append(table_size + len(names))
        names += name.encode("ascii") + b"\0"
    data = bytearray()
    data_start = table_size + len(names)
    data_start += -data_start % 16  # items are 16-byte aligned, as ICU's own tools write them
    data_offsets = []
    for _, body in items:
        data += b"\0" * (-len(data) % 16)
        data_offsets.append(data_start + len(data))
        data += body
    table = bytearray(struct.pack("<I", len(items)))
    for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True):
        table += struct.pack("<II", name_offset, data_offset)
    padding = b"\0" * (data_start - table_size - len(names))
    return bytes(header) + bytes(table) + bytes(names) + padding + bytes(data)


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the exported icudt<NN>_dat symbol."""
    listing = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            return parts[3], _file_offset(library, int(parts[0], 16)), int(parts[1], 16)
    raise ValueError(f"{library.name} exports no icudt*_dat symbol")


def _file_offset(library: Path, address: int) -> int:
    """Map a virtual address to a file offset through the ELF64 program headers."""
    with library.open("rb") as f:
        head = f.read(64)
        if head[:4] != b"\x7fELF" or head[4] != 2:
            raise ValueError(f"{library.name} is not a 64-bit ELF file")
        (ph_offset,) = struct.unpack_from("<Q", head, 32)
        ph_size, ph_count = struct.unpack_from("<HH", head, 54)
        f.seek(ph_offset)
        table = f.read(ph_size * ph_count)
    for i in range(ph_count):
        kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            "<IIQQQQ", table, i * ph_size
        )
        if kind == 1 and vaddr <= address < vaddr + filesz:  # PT_LOAD
            return address - vaddr + offset
    raise ValueError(f"address {address:#x} is not in a loaded segment of {library.name}")


def tools_missing() -> list[str]:
    return [tool for tool in ("nm", "gcc") if shutil.which(tool) is None]


def trimmed_library(library: Path, workdir: Path, languages=KEPT_LANGUAGES) -> Path:
    """Build the smaller copy of ``library`` in ``workdir``; returns its path."""
    symbol, offset, size = _symbol(library)
    with library.open("rb") as f:
        f.seek(offset)
        blob = f.read(size)
    header, items = read_package(blob)
    kept = [(name, body) for name, body in items if keep_item(name, languages)]
    workdir.mkdir(parents=True, exist_ok=True)
    package = workdir / f"{symbol}.dat"
    package.write_bytes(write_package(header, kept))
    source = workdir / f"{symbol}.S"
    source.write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{package.name}"\n\t.size {symbol}, .-{symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    output = workdir / library.name
    subprocess.run(
        [
            "gcc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            str(output),
            source.name,
        ],
        check=True,
        cwd=workdir,
    )
    return output
