"""Before Qt starts on Linux: name the missing system libraries instead of Qt's cryptic abort.

Qt's xcb platform plugin aborts with "could not load the Qt platform plugin" when a library is
missing; we look for them first and print the Debian packages to install. Imports no Qt.
"""

from __future__ import annotations

import os
import sys

# library name (as ctypes.util.find_library wants it) -> Debian package
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-image": "libxcb-image0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


def missing_packages() -> list[str]:
    import ctypes.util  # here, not at the top: it costs start-up time on every platform

    return [pkg for lib, pkg in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


def problem() -> str | None:
    """A message saying what to install, or None when Qt can start."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland...: xcb's libraries are not needed
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "Ekran bulunamadı (DISPLAY tanımlı değil). Masaüstü oturumunda çalıştırın ya da "
            "'xvfb-run make run' kullanın.\n"
            "No display found (DISPLAY is not set). Run inside a desktop session or use "
            "'xvfb-run make run'."
        )
    missing = missing_packages()
    if not missing:
        return None
    command = "sudo apt-get install " + " ".join(missing)
    return (
        "Qt için gerekli sistem kitaplıkları eksik. Kurmak için:\n"
        f"  {command}\n"
        "Qt needs system libraries that are missing. Install them with:\n"
        f"  {command}"
    )


if __name__ == "__main__":
    message = problem()
    if message:
        print(message, file=sys.stderr)
        sys.exit(1)
