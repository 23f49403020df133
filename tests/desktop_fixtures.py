"""Fixtures shared by the test folders that drive the real desktop app (tests/gui,
tests/reliability). Imported by their conftest.py, never by tests/conftest.py, so the core's
tests run without Qt."""

from __future__ import annotations

import pytest

from desktop import i18n, style, translations
from desktop.settings import Settings


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    translations.build()  # the .qm files are build output; make sure they are current


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
