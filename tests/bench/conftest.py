"""Fixtures for the bench smoke tests: the suite's minimal settings in a per-test folder.

``bench`` is not an installed package (it is a tool of the source tree), so the project root
is put on the import path here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import Config  # noqa: E402


@pytest.fixture
def smoke_config(tmp_path) -> Config:
    """One repetition of everything, three merge files (two written by the demo writer, one
    variant), no PyInstaller build."""
    work, cache = tmp_path / "work", tmp_path / "cache"
    work.mkdir()
    cache.mkdir()
    return Config.smoke(work, cache)
