"""Fixtures for the merge tests: demo exports written once per session (copied per test), and
the coordinator's empty database."""

from __future__ import annotations

import shutil

import pytest

from assessments.loader import bundled_questionnaire
from assessments.merge.demo_exports import write_demo
from assessments.store import Store

DEMO_UNITS = 32  # 30 for the folder of the done-when case, and two more


@pytest.fixture(scope="session")
def demo_exports(tmp_path_factory):
    """32 demo exports of round 2026 (unit order), written once; copy them before changing."""
    folder = tmp_path_factory.mktemp("demo")
    return write_demo(bundled_questionnaire(), folder, DEMO_UNITS, "2026", seed=11, workers=0)


@pytest.fixture
def exports(tmp_path, demo_exports):
    """Fresh copies of the demo exports in ``tmp_path / "pool"`` (not an input folder: tests
    copy what they merge)."""
    folder = tmp_path / "pool"
    folder.mkdir()
    for path in demo_exports:
        shutil.copy2(path, folder / path.name)
    return [folder / path.name for path in demo_exports]


@pytest.fixture
def coordinator(tmp_path):
    with Store(tmp_path / "coordinator.sqlite3") as store:
        yield store
