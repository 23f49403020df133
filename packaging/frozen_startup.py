"""Set-up that only a PyInstaller bundle needs; the entry scripts import it first.

PyInstaller's matplotlib run-time hook points MPLCONFIGDIR at a temporary folder deleted at
exit (right for one-file builds, whose font paths change every run), so every start would
rebuild matplotlib's font list: seconds on a Windows PC with many fonts, at the first chart.
A one-folder install keeps its font paths, so the cache can live in the user's cache folder
(matplotlib rebuilds it by itself if the install moves).

On Windows, Qt's offscreen platform (used by the self-test and the Wine screenshot) reads fonts
from a folder, not from Windows: it is pointed at the DejaVu fonts matplotlib ships in the
bundle. The normal ``windows`` platform ignores the variable and uses the system's fonts.
"""

import os
import sys


def persistent_matplotlib_cache() -> None:
    if not getattr(sys, "frozen", False):
        return
    from platformdirs import user_cache_dir

    from assessments.paths import APP_AUTHOR, APP_NAME

    os.environ["MPLCONFIGDIR"] = os.path.join(user_cache_dir(APP_NAME, APP_AUTHOR), "matplotlib")


def printable_output() -> None:
    # Redirected to a file or a pipe (IT's scripts, a scheduled task), Windows' Python writes
    # in the ANSI code page: cp1254 on Turkish Windows holds every Turkish letter, cp1252 on
    # English Windows has no "ı" or "ş", and print() would end the command with a traceback.
    # A letter the code page lacks becomes "?" instead. (A console window gets Unicode anyway.)
    if not getattr(sys, "frozen", False) or sys.platform != "win32":
        return
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def platform_from_command_line() -> None:
    # Qt reads "-platform NAME" itself, but only in QApplication(argv); the self-test makes its
    # QApplication without the arguments. Under Wine the environment variable may not reach
    # the process, so the command line is the one way to ask for "offscreen" there.
    argv = sys.argv
    if getattr(sys, "frozen", False) and "-platform" in argv[1:-1]:
        os.environ.setdefault("QT_QPA_PLATFORM", argv[argv.index("-platform", 1) + 1])


def offscreen_fonts() -> None:
    if not getattr(sys, "frozen", False) or sys.platform != "win32":
        return
    fonts = os.path.join(sys._MEIPASS, "matplotlib", "mpl-data", "fonts", "ttf")
    if os.path.isdir(fonts):
        os.environ.setdefault("QT_QPA_FONTDIR", fonts)


persistent_matplotlib_cache()
printable_output()
platform_from_command_line()
offscreen_fonts()
