"""``store.plans``: the repository contract on the database, and the migration to version 4."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from assessments.messages import MaturityError, ValidationError
from assessments.store import Store
from assessments.store.plans import PlanRepository
from assessments.store.schema import MIGRATIONS, SCHEMA_VERSION

from .test_model import UNITS, sample


def test_every_change_is_committed_at_once_with_history(tmp_path):
    path = tmp_path / "db.sqlite3"
    with Store(path) as store:
        repo = PlanRepository(store, units=UNITS)
        plan = repo.save_plan(sample())
        _, target, action = plan.actions()[0]
        with pytest.raises(ValidationError):
            repo.save_action(
                plan.key, target.key, replace(action, end=replace(action.start, year=2025))
            )
        assert repo.load(plan.key) == plan
        repo.save_action(plan.key, target.key, replace(action, title="Yeni ad"))
        repo.delete(plan.key, action.key)
    with Store(path) as store:  # durable: a new connection sees it all
        repo = PlanRepository(store)
        stored = repo.load()
        assert stored.version == plan.version + 2 and stored.actions() == []
        kinds = [(c.kind, c.item_key) for c in repo.history(plan.key)]
        assert kinds == [("plan", plan.key), ("action", action.key), ("delete", action.key)]
        assert '"Yeni ad"' in repo.history(plan.key)[2].before
        assert repo.history(plan.key)[2].after is None


def test_a_change_made_meanwhile_elsewhere_is_not_overwritten(tmp_path):
    path = tmp_path / "db.sqlite3"
    with Store(path) as first, Store(path) as second:
        plan = PlanRepository(first).save_plan(sample())
        PlanRepository(second).save_plan(replace(plan, title="İkinci pencere"))
        with pytest.raises(MaturityError) as err:
            PlanRepository(first).save_plan(replace(plan, title="Birinci pencere"))
        assert err.value.code == "p.changed_elsewhere"
        assert PlanRepository(first).load().title == "İkinci pencere"


def test_a_version_3_database_gains_the_plan_tables(tmp_path):
    path = tmp_path / "v3.sqlite3"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:3]:
        for statement in migration.split(";\n"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        repo = PlanRepository(store)
        assert repo.load() is None
        assert repo.save_plan(sample()).version == 1
