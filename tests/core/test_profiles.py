"""Unit profiles, the usage item, and the evidence prompt on the bundled questionnaire."""

from __future__ import annotations

import pytest

from assessments.messages import ValidationError
from assessments.profiles import (
    owners,
    profile_dimensions,
    profile_questions,
    usage_item,
    usage_questions,
)
from assessments.scoring import Answer, needs_evidence_prompt


def test_a_support_unit_sees_only_its_practices(questionnaire):
    asked = profile_questions(questionnaire, "destek")
    profile = questionnaire.profiles["destek"]
    assert asked and len(asked) < len(questionnaire.questions)
    for qid in asked:
        q = questionnaire.question(qid)
        assert q.dimension_id in profile.dimensions and q.scope == "every-unit", qid
    assert "ALT-02" not in asked  # organisation-wide: the IT department answers it
    assert "ULA-01" not in asked and "KEN-01" not in asked  # specialist / not its dimension
    assert "VERI-02" in asked and "INS-01" in asked
    # In questionnaire order, so a form shows them as the questionnaire does.
    order = [q.id for q in questionnaire.questions]
    assert asked == sorted(asked, key=order.index)


def test_include_and_exclude_lists_count(questionnaire):
    field = profile_questions(questionnaire, "saha")
    assert "HIZ-03" in field  # included although HIZ is not a field-operations dimension
    assert "HIZ-01" not in field
    assert "HIZ" in profile_dimensions(questionnaire, "saha")


def test_non_owners_get_the_usage_item_for_organisation_wide_practices(questionnaire):
    wide = [q.id for q in questionnaire.questions if q.organisation_wide]
    for profile in ("hizmet", "destek", "altyapi", "saha"):
        asked = set(profile_questions(questionnaire, profile))
        assert not asked & set(wide), profile
        usage = usage_questions(questionnaire, profile)
        assert usage and set(usage) <= set(wide)
    assert usage_questions(questionnaire, "kurum-geneli-sahibi") == []
    assert set(profile_questions(questionnaire, "kurum-geneli-sahibi")) >= set(wide)
    item = usage_item(questionnaire, "HIZ-02")
    assert item.owner_unit == "Bilgi İşlem Dairesi Başkanlığı"
    assert (
        item.text["tr"].startswith("Biriminiz bu")
        and item.practice == questionnaire.question("HIZ-02").text
    )
    assert owners(questionnaire)["HIZ-04"] == "Mali Hizmetler Dairesi Başkanlığı"


def test_the_whole_profile_is_the_1x_questionnaire(questionnaire):
    assert profile_questions(questionnaire, "tam") == [q.id for q in questionnaire.questions]


def test_an_unknown_profile_is_a_clear_error(questionnaire):
    with pytest.raises(ValidationError) as caught:
        profile_questions(questionnaire, "yok-boyle")
    assert caught.value.problems[0].message("tr") == "Bilinmeyen birim profili 'yok-boyle'."


@pytest.mark.parametrize(
    ("answer", "prompt"),
    [
        (Answer("STR-01", current=3), True),
        (Answer("STR-01", current=3, evidence="Yol haritası, s. 12"), False),
        (Answer("STR-01", current=3, evidence="   "), True),
        (Answer("STR-01", current=2), False),
        (Answer("STR-01", current=5, not_applicable=True, note="gerekçe"), False),
        (Answer("STR-01"), False),
    ],
)
def test_evidence_is_asked_gently_from_level_3(questionnaire, answer, prompt):
    assert needs_evidence_prompt(questionnaire, answer) is prompt
