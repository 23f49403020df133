"""Fixtures for the Excel exchange tests: an export of the ``answered`` assessment, a blank
template and a second, empty database (the coordinator's)."""

from __future__ import annotations

import shutil

import pytest

from assessments.exchange.export import export_assessment
from assessments.exchange.template import write_template
from assessments.store import Store


@pytest.fixture
def export_path(tmp_path, store, questionnaire, answered):
    return export_assessment(store, questionnaire, answered.uuid, tmp_path / "export.xlsx", "tr")


@pytest.fixture
def template_path(tmp_path, questionnaire):
    return write_template(questionnaire, tmp_path / "sablon.xlsx", "tr")


@pytest.fixture
def coordinator(tmp_path):
    """The coordinator's database: empty, separate from the unit's ``store``."""
    (tmp_path / "coordinator").mkdir()
    with Store(tmp_path / "coordinator" / "db.sqlite3") as s:
        yield s


@pytest.fixture
def soffice():
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if not path:
        pytest.skip("LibreOffice (soffice) is not installed")
    return path
