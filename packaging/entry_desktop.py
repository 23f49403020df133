"""Frozen entry point of ``maturity-desktop`` (PyInstaller runs this file as ``__main__``).

``--self-test`` is answered by desktop.__main__ too, so the bundle's self-test goes through
the same start-up code as the app.
"""

import sys

import frozen_startup  # noqa: F401  (before anything imports matplotlib)

if __name__ == "__main__":
    from desktop.__main__ import main

    sys.exit(main())
