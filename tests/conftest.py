"""Fixtures shared by every test: the bundled questionnaire and a fresh database per test."""

from __future__ import annotations

import os
import random

import pytest

# GUI tests never need a screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MATURITY_LANG", "tr")

from assessments.loader import bundled_questionnaire  # noqa: E402
from assessments.sample_answers import plausible_answers  # noqa: E402
from assessments.store import Store  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path, monkeypatch):
    """No test touches the real user data folder or settings. The data folder exists, as the
    default one does after the first start (the store never creates a database folder)."""
    monkeypatch.setenv("MATURITY_DB", str(_data_folder(tmp_path) / "test.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture(scope="session")
def questionnaire():
    return bundled_questionnaire()


def _data_folder(tmp_path):
    """Beside ``tmp_path``, not in it: tests that list ``tmp_path`` see only their own files."""
    folder = tmp_path.parent / f"{tmp_path.name}-data"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture
def db_path(tmp_path):
    return _data_folder(tmp_path) / "test.sqlite3"


@pytest.fixture
def store(db_path):
    with Store(db_path) as s:
        yield s


@pytest.fixture
def answered(store, questionnaire):
    """An assessment with plausible answers to every question; returns its AssessmentInfo."""
    info = store.create_assessment(
        "Bilgi İşlem Dairesi Başkanlığı", "2026", questionnaire, respondent="Ayşe Yılmaz"
    )
    for answer in plausible_answers(questionnaire, random.Random(7)).values():
        store.set_answer(info.uuid, answer)
    return store.assessment(info.uuid)
