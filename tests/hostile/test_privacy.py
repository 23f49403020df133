"""An export holds only the exported unit's assessment: nothing of the other units that share
the database (their names, respondents, notes, evidence, uuids, other rounds) appears in any
sheet, any XML part or the document properties. A template holds no unit's data at all."""

from __future__ import annotations

import html
import random
import zipfile

import pytest

from assessments.exchange.export import export_assessment
from assessments.exchange.template import write_template
from assessments.sample_answers import plausible_answers
from assessments.scoring import Answer

EXPORTED = "Ulaşım Dairesi Başkanlığı"
OTHERS = ("Zabıta Dairesi Başkanlığı", "Hukuk Müşavirliği", "İtfaiye Dairesi Başkanlığı")


def _fill(store, questionnaire, unit: str, round: str, tag: str, seed: int):
    """An assessment whose every text carries a marker unique to it (``tag``)."""
    info = store.create_assessment(unit, round, questionnaire, respondent=f"Yanıtlayan {tag}")
    for answer in plausible_answers(questionnaire, random.Random(seed)).values():
        store.set_answer(info.uuid, answer)
    for i, question in enumerate(questionnaire.questions[:8]):
        store.set_answer(
            info.uuid,
            Answer(
                question.id,
                current=1,
                target=2,
                note=f"Not {tag} {i} gizli",
                evidence=f"Kanıt {tag} {i} belge",
            ),
        )
    return store.assessment(info.uuid)


@pytest.fixture
def shared_database(store, questionnaire):
    """One database holding four units' assessments (and a second round of the exported unit)."""
    exported = _fill(store, questionnaire, EXPORTED, "2026", "ULAŞIM-2026-Ç", 1)
    other_round = _fill(store, questionnaire, EXPORTED, "2025", "ULAŞIM-2025-Ğ", 2)
    others = [
        _fill(store, questionnaire, unit, "2026", f"DİĞER{i}-Ş", 10 + i)
        for i, unit in enumerate(OTHERS)
    ]
    return exported, [other_round, *others]


def _all_text(path) -> dict[str, str]:
    """Every member of the workbook as text, XML entities resolved."""
    with zipfile.ZipFile(path) as z:
        return {
            name: html.unescape(z.read(name).decode("utf-8", errors="replace"))
            for name in z.namelist()
        }


def _secrets(store, info) -> list[str]:
    found = (
        [info.uuid, info.respondent, f"{info.unit}"]
        if info.round == "2026"
        else [info.uuid, info.respondent]
    )
    for answer in store.answers(info.uuid).values():
        found += [t for t in (answer.note, answer.evidence) if "gizli" in t or "belge" in t]
    return found


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_an_export_holds_only_its_own_assessment(
    store, questionnaire, shared_database, tmp_path, lang
):
    exported, others = shared_database
    path = export_assessment(store, questionnaire, exported.uuid, tmp_path / "ulasim.xlsx", lang)
    parts = _all_text(path)
    everything = "\n".join(parts.values())

    # The scan finds what is there: the exported assessment's own texts.
    own = _secrets(store, exported)
    assert len(own) >= 10
    for text in own:
        assert text in everything, text

    for other in others:
        for secret in _secrets(store, other):
            leaks = [name for name, content in parts.items() if secret in content]
            assert not leaks, (other.unit, other.round, secret, leaks)
    # Other units' names nowhere (the exported unit's name contains none of them).
    for unit in OTHERS:
        assert unit not in everything
    # The other round of the same unit: not its uuid, not its markers, not its round label.
    assert "ULAŞIM-2025" not in everything


def test_a_template_holds_no_units_data(store, questionnaire, shared_database, tmp_path):
    exported, others = shared_database
    path = write_template(questionnaire, tmp_path / "sablon.xlsx", "tr")
    everything = "\n".join(_all_text(path).values())
    for info in (exported, *others):
        for secret in _secrets(store, info):
            assert secret not in everything, secret


def test_the_export_names_no_other_unit_in_its_document_properties(
    store, questionnaire, shared_database, tmp_path
):
    """docProps (author, title) are what Windows Explorer and mail gateways show."""
    exported, _ = shared_database
    path = export_assessment(store, questionnaire, exported.uuid, tmp_path / "u.xlsx", "tr")
    props = {name: text for name, text in _all_text(path).items() if name.startswith("docProps/")}
    assert props
    assert any(EXPORTED in text for text in props.values())
    for text in props.values():
        for unit in OTHERS:
            assert unit not in text
