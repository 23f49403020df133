"""Fixtures shared by the test folders that drive the real desktop app (tests/gui,
tests/reliability). Imported by their conftest.py, never by tests/conftest.py, so the core's
tests run without Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop import i18n, style
from desktop.settings import Settings

TRANSLATIONS_TOOL = Path(__file__).resolve().parents[1] / "tools" / "translations.py"


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    # the .qm files are build output (tools/translations.py); make sure they are current
    subprocess.run([sys.executable, str(TRANSLATIONS_TOOL), "build"], check=True)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def switcher(qapp):
    style.apply(qapp)
    switcher = i18n.LanguageSwitcher(qapp)
    switcher.set_language("tr")
    yield switcher
    switcher.uninstall()
    switcher.deleteLater()
