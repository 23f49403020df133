"""Set-up that only a PyInstaller bundle needs; the entry scripts import it first.

PyInstaller's matplotlib run-time hook points MPLCONFIGDIR at a temporary folder deleted at
exit (right for one-file builds, whose font paths change every run), so every start would
rebuild matplotlib's font list: seconds on a Windows PC with many fonts, at the first chart.
A one-folder install keeps its font paths, so the cache can live in the user's cache folder
(matplotlib rebuilds it by itself if the install moves).
"""

import os
import sys


def persistent_matplotlib_cache() -> None:
    if not getattr(sys, "frozen", False):
        return
    from platformdirs import user_cache_dir

    from assessments.paths import APP_AUTHOR, APP_NAME

    os.environ["MPLCONFIGDIR"] = os.path.join(user_cache_dir(APP_NAME, APP_AUTHOR), "matplotlib")


persistent_matplotlib_cache()
