"""Start the desktop app: ``maturity-desktop`` or ``python -m desktop``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    from .platform_check import problem

    message = problem()
    if message:
        print(message, file=sys.stderr)
        return 1
    from .app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
