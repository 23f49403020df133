"""The action library covers every practice and level step of the questionnaire."""

from __future__ import annotations

import shutil

import pytest

from assessments.loader import bundled_questionnaire
from assessments.messages import ValidationError
from assessments.paths import resources_dir
from assessments.plan.library import STEPS, bundled_library, load_library


def test_every_practice_and_step_has_a_bilingual_suggestion():
    q = bundled_questionnaire()
    library = bundled_library(q)
    for question in q.questions:
        for step in STEPS:
            found = library.best(question.id, step - 1, step)
            assert found is not None and found.serves(step - 1, step), (question.id, step)
            assert found.title["tr"] and found.title["en"] and found.steps_in("en")
            assert found.indicator_formula["tr"] and found.cost in library.costs


def test_legal_minimum_practices_get_the_narrow_compliance_action():
    q = bundled_questionnaire()
    library = bundled_library(q)
    for question in q.questions:
        if question.legal_minimum:
            best = library.best(question.id, 0, question.legal_minimum.level)
            assert best.last == question.legal_minimum.level, question.id


def test_a_missing_practice_is_named(tmp_path):
    folder = tmp_path / "lib"
    shutil.copytree(resources_dir() / "action-library", folder)
    text = (folder / "02-veri.toml").read_text(encoding="utf-8")
    (folder / "02-veri.toml").write_text(
        text.replace('practice = "VERI-08"', 'practice = "VERI-99"'), encoding="utf-8"
    )
    with pytest.raises(ValidationError) as err:
        load_library(folder, bundled_questionnaire())
    message = err.value.message("en")
    assert "VERI-99" in message and "practice 'VERI-08', level step 0→1" in message
