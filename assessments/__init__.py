"""Smart-city maturity self-assessment: the Qt-free domain core.

Everything the desktop app does goes through this package: the questionnaire model and its
loader, scoring, the SQLite store, Excel exchange, reports and the ``maturity`` CLI. It never
imports Qt, so all of it runs and is tested headless.
"""

# The one place the version is written; pyproject.toml reads it from here. A constant, not
# importlib.metadata: that lookup costs ~20 ms of start-up and fails in a frozen build.
__version__ = "0.1.0"
