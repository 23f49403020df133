"""Print a bundle's size and what takes the space (``packaging/build.sh`` runs it).

    python packaging/bundle_size.py dist/AkilliSehirOlgunluk [--top 15] [--budget-mib 150]

Sizes are apparent file sizes in MiB (symlinks not followed), as ``du -b`` counts them. Over
the budget it prints a warning; the build does not fail on size alone.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

MIB = 1024 * 1024


def file_sizes(folder: Path) -> dict[Path, int]:
    sizes = {}
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                sizes[path.relative_to(folder)] = path.stat().st_size
    return sizes


def space_users(sizes: dict[Path, int], depth: int = 3) -> dict[str, int]:
    """Sizes summed per folder ``depth`` levels down (files above that level stand alone):
    "_internal/PySide6/Qt" rather than each of its libraries."""
    groups: dict[str, int] = {}
    for path, size in sizes.items():
        parts = path.parts
        key = "/".join(parts[:depth]) + ("/" if len(parts) > depth else "")
        groups[key] = groups.get(key, 0) + size
    return groups


def report(folder: Path, top: int = 15, budget_mib: float = 150.0) -> str:
    sizes = file_sizes(folder)
    total = sum(sizes.values())
    lines = [f"Bundle {folder}: {total / MIB:.1f} MiB ({total / 1e6:.1f} MB) in {len(sizes)} files"]
    lines.append(f"Largest {top} (folders summed three levels down):")
    for name, size in sorted(space_users(sizes).items(), key=lambda item: -item[1])[:top]:
        lines.append(f"  {size / MIB:6.1f} MiB  {name}")
    lines.append(f"Largest {top} files:")
    for path, size in sorted(sizes.items(), key=lambda item: -item[1])[:top]:
        lines.append(f"  {size / MIB:6.1f} MiB  {path.as_posix()}")
    if total / MIB > budget_mib:
        lines.append(f"WARNING: {total / MIB:.1f} MiB is over the {budget_mib:g} MiB budget")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--budget-mib", type=float, default=150.0)
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder}: not a folder", file=sys.stderr)
        return 1
    print(report(args.folder, args.top, args.budget_mib))
    return 0


if __name__ == "__main__":
    sys.exit(main())
