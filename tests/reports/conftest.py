"""Fixtures for the results, charts and report tests: units with known answers."""

from __future__ import annotations

import pytest
from report_helpers import NA_NOTE, OTHER_UNITS, fill

from assessments.scoring import Answer


@pytest.fixture
def hand_answers(questionnaire):
    """Answers whose numbers are easy to check: STR and VERI answered, one N/A in VERI, ULA
    out of scope, everything else unanswered."""
    strategy, data = questionnaire.dimension("STR"), questionnaire.dimension("VERI")
    answers = {}
    for n, question in enumerate(strategy.questions):
        answers[question.id] = Answer(question.id, current=n % 4, target=min(5, n % 4 + n % 3))
    for n, question in enumerate(data.questions[:-1]):
        answers[question.id] = Answer(question.id, current=2 + n % 2, target=None if n == 0 else 4)
    last = data.questions[-1].id
    answers[last] = Answer(last, not_applicable=True, note=NA_NOTE)
    return answers


@pytest.fixture
def city(store, questionnaire, answered):
    """Two other units assessed the same round as ``answered``; one unit a different round."""
    others = [
        fill(store, questionnaire, name, answered.round, seed)
        for seed, name in enumerate(OTHER_UNITS, start=11)
    ]
    fill(store, questionnaire, "Ulaşım Dairesi Başkanlığı", "2025", 99)
    return others
