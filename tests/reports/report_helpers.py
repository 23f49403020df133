"""Helpers shared by the results, charts and report tests (fixtures are in conftest.py)."""

from __future__ import annotations

import random

from assessments.sample_answers import plausible_answers

OTHER_UNITS = (
    "Çevre Koruma ve Kontrol Dairesi Başkanlığı",
    "İklim Değişikliği ve Sıfır Atık Dairesi Başkanlığı",
)
NA_NOTE = "Biriminin görev alanı dışında; ilçe belediyeleri yürütüyor."


def fill(store, questionnaire, unit: str, round: str, seed: int, out_of_scope=()):
    """An assessment of ``unit`` for ``round`` with plausible answers; returns its info."""
    info = store.create_assessment(
        unit, round, questionnaire, respondent="Ayşe Yılmaz", out_of_scope=out_of_scope
    )
    for answer in plausible_answers(questionnaire, random.Random(seed)).values():
        store.set_answer(info.uuid, answer)
    return store.assessment(info.uuid)
