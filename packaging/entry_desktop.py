"""Frozen entry point of ``maturity-desktop`` (PyInstaller runs this file as ``__main__``).

``--self-test`` is answered by desktop.__main__ too, so the bundle's self-test goes through
the same start-up code as the app. The hidden ``--screenshot PATH`` (screenshot_hook) starts
the app normally, opens an assessment, saves the window as PNG and quits.
"""

import sys

import frozen_startup  # noqa: F401  (before anything imports matplotlib)

if __name__ == "__main__":
    import screenshot_hook

    from desktop.__main__ import main

    shot = screenshot_hook.take_option(sys.argv)
    if shot:
        screenshot_hook.arm(shot)
    sys.exit(main())
