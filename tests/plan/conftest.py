"""Fixtures for the plan tests: one demo round of 30 units merged once per session, the way
the issue's done-when case runs it (``maturity demo --units 30`` then ``maturity merge``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assessments.cli import main
from assessments.loader import bundled_questionnaire
from assessments.store import Store


@pytest.fixture(scope="session")
def merged_round(tmp_path_factory) -> Path:
    """A folder with ``db.sqlite3`` (30 units, round 2026) and ``consolidated.xlsx``."""
    from assessments.merge.demo_exports import write_demo

    folder = tmp_path_factory.mktemp("round")
    # What ``maturity demo --units 30 --round 2026`` writes, without its worker processes.
    write_demo(bundled_questionnaire(), folder / "in", 30, "2026", workers=0)
    assert (
        main(
            [
                "merge",
                str(folder / "in"),
                "--out",
                str(folder / "consolidated.xlsx"),
                "--db",
                str(folder / "db.sqlite3"),
                "--lang",
                "en",
            ]
        )
        == 0
    )
    return folder


@pytest.fixture
def round_db(tmp_path, merged_round) -> Path:
    """A fresh copy of the merged database (tests may add a plan to it)."""
    shutil.copy2(merged_round / "db.sqlite3", tmp_path / "db.sqlite3")
    return tmp_path / "db.sqlite3"


@pytest.fixture(scope="session")
def round_state(merged_round):
    from assessments.merge.city_figures import answer_rows, consolidate
    from assessments.plan.state import from_consolidation

    with Store(merged_round / "db.sqlite3") as store:
        data = consolidate(store, bundled_questionnaire(), "2026")
        return data, from_consolidation(data, answer_rows(store, data))
