"""Start the desktop app: ``maturity-desktop`` or ``python -m desktop``.

The platform check runs before anything imports Qt, so a missing system library gets a plain
message instead of Qt's abort. ``--self-test`` runs the packaged build's self-test instead.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if "--self-test" in argv[1:]:
        from .selftest import main as self_test

        return self_test()
    from .platform_check import problem

    message = problem()
    if message:
        print(message, file=sys.stderr)
        return 1
    from .app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
