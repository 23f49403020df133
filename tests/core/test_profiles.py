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


# --- which questions a unit answers, and how its profile scopes the score ------------------

IT = "Bilgi İşlem Dairesi Başkanlığı"
FINANCE = "Mali Hizmetler Dairesi Başkanlığı"


def test_wide_practices_are_asked_only_of_their_owner(questionnaire):
    from assessments.profiles import questions_for

    mine = questions_for(questionnaire, "kurum-geneli-sahibi", "bilgi işlem dairesi başkanlığı")
    assert "ALT-02" in mine  # owned by the IT department: asked (name matched Turkish-folded)
    assert "HIZ-04" not in mine  # owned by Finance: not asked of IT, even on the owner profile
    assert "HIZ-04" in questions_for(questionnaire, "kurum-geneli-sahibi", FINANCE)
    assert questions_for(questionnaire, "destek", FINANCE) == profile_questions(
        questionnaire, "destek"
    )  # "destek" takes no organisation-wide scope at all
    everything = [q.id for q in questionnaire.questions]
    assert questions_for(questionnaire, None, IT) == everything  # 1.x: no profile
    assert questions_for(questionnaire, "tam", IT) == everything


def test_practices_not_asked_do_not_count_as_unanswered(questionnaire):
    """Worked case: a support unit answers every practice its profile asks, at level 2 / 3,
    and nothing else. Its completeness is 100 %, not asked/all; an answer it gave anyway to a
    practice it is not asked (ALT-02, the IT department's) does not move its score."""
    from assessments.profiles import excluded_questions, questions_for
    from assessments.scoring import gaps, score_assessment

    asked = questions_for(questionnaire, "destek", FINANCE)
    not_asked = excluded_questions(questionnaire, "destek", FINANCE)
    assert not_asked.isdisjoint(asked)
    assert len(not_asked) + len(asked) == len(questionnaire.questions)
    answers = {qid: Answer(qid, current=2, target=3) for qid in asked}
    scope = [
        d.id
        for d in questionnaire.dimensions
        if d.id not in profile_dimensions(questionnaire, "destek")
    ]
    plain = score_assessment(questionnaire, answers, scope)
    assert plain.completeness < 1  # without the profile, the unasked practices look unanswered
    score = score_assessment(questionnaire, answers, scope, excluded_questions=not_asked)
    assert score.completeness == 1
    assert score.answered == score.applicable == len(asked)
    assert (score.current, score.target) == (2, 3)
    assert sum(d.questions for d in score.dimensions if d.in_scope) == len(asked)

    answers["ALT-02"] = Answer("ALT-02", current=5, target=5)
    again = score_assessment(questionnaire, answers, scope, excluded_questions=not_asked)
    assert (again.current, again.completeness) == (2, 1)
    assert "ALT-02" in {
        g.question_id
        for g in gaps(questionnaire, {"ALT-02": Answer("ALT-02", current=1, target=3)})
    }
    assert not gaps(
        questionnaire,
        {"ALT-02": Answer("ALT-02", current=1, target=3)},
        excluded_questions=not_asked,
    )


def test_a_stored_assessment_remembers_its_profile(tmp_path, questionnaire):
    from assessments.messages import MaturityError
    from assessments.profiles import not_asked
    from assessments.store import Store

    with Store(tmp_path / "db.sqlite") as store:
        info = store.create_assessment(FINANCE, "2026", questionnaire, profile="destek")
        old = store.create_assessment(IT, "2026", questionnaire)
        assert store.assessment(info.uuid).profile == "destek"
        assert old.profile is None and not_asked(questionnaire, old) == frozenset()
        assert "ALT-02" in not_asked(questionnaire, info)
        with pytest.raises(MaturityError) as caught:
            store.create_assessment("Zabıta Dairesi", "2026", questionnaire, profile="yok")
        assert caught.value.code == "q.unknown_profile"
        assert store.find_assessment("Zabıta Dairesi", "2026") is None
