"""Smart-city maturity self-assessment: the Qt-free domain core.

Everything the desktop app does goes through this package: the questionnaire model and its
loader, scoring, the SQLite store, Excel exchange, reports and the ``maturity`` CLI. It never
imports Qt, so all of it runs and is tested headless.
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("balikesir-maturity")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen build
    __version__ = "0.1.0"
