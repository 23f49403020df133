"""Fixtures for the hostile-input tests: the corpus (built once per session from real exports),
an empty coordinator database per test, and the hypothesis profiles of the fuzz tests.

Profiles: ``hostile-quick`` (the default: ~50 examples per property, for ``make test``) and
``hostile-ci`` (many more; the tests marked ``slow`` in test_fuzz.py, run when
``HYPOTHESIS_PROFILE=ci`` or ``MATURITY_SLOW_TESTS=1``). They are applied per test, so other
suites' hypothesis settings are untouched.
"""

from __future__ import annotations

import pytest
from corpus import Source, build_corpus
from hypothesis import HealthCheck, settings

from assessments.store import Store

QUICK_EXAMPLES = 50
CI_EXAMPLES = 1000

settings.register_profile(
    "hostile-quick",
    max_examples=QUICK_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "hostile-ci",
    max_examples=CI_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="session")
def source(tmp_path_factory, questionnaire):
    """The unit's database every corpus file and fuzz input starts from."""
    with Source(tmp_path_factory.mktemp("source"), questionnaire) as made:
        yield made


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, source):
    """Every kind of the corpus, built into one folder: kind name -> Sample."""
    folder = tmp_path_factory.mktemp("corpus")
    return {sample.kind.name: sample for sample in build_corpus(source, folder)}


@pytest.fixture
def coordinator(tmp_path):
    """The coordinator's database: empty, separate from the source."""
    (tmp_path / "coordinator").mkdir()
    with Store(tmp_path / "coordinator" / "db.sqlite3") as s:
        yield s
