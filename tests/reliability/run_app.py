"""``python tests/reliability/run_app.py --db <db> [app arguments]``: the real app, as
``python -m desktop`` starts it, with the test-only autopilot driving it (autopilot.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]  # autopilot.py, and the project

import autopilot  # noqa: E402

from desktop import app  # noqa: E402

if __name__ == "__main__":
    sys.exit(app.run(sys.argv, on_window=autopilot.start))
