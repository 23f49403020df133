"""The bundled questionnaire and the loader's validation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assessments.loader import load_questionnaire
from assessments.messages import ValidationError
from assessments.paths import bundled_questionnaire_dir

TOY = """
id = "toy"
version = "1.2.3"
languages = ["tr", "en"]
title = {{ tr = "Deneme", en = "Toy" }}
level_names = {{ tr = ["0","1","2","3","4","5"], en = ["0","1","2","3","4","5"] }}
[components.c]
tr = "Bileşen"
en = "Component"
[tags.t]
tr = "Etiket"
en = "Tag"
[[dimensions]]
id = "D1"
weight = {dim_weight}
name = {{ tr = "Boyut", en = "Dimension" }}
[[dimensions.questions]]
id = "D1-01"
weight = 1.0
component = "{component}"
tags = ["t"]
text = {{ tr = "Soru?", en = "Question?" }}
guidance = {{ tr = "İpucu", en = "Hint" }}
levels = {{ tr = ["a0","a1","a2","a3","a4","a5"], en = {levels_en} }}
"""


def toy(tmp_path: Path, **overrides) -> Path:
    values = {"dim_weight": "1.0", "component": "c", "levels_en": '["b0","b1","b2","b3","b4","b5"]'}
    values.update(overrides)
    path = tmp_path / "toy.toml"
    path.write_text(TOY.format(**values), encoding="utf-8")
    return path


def problems_of(path: Path, lang: str = "en") -> list[str]:
    with pytest.raises(ValidationError) as caught:
        load_questionnaire(path)
    return [p.message(lang) for p in caught.value.problems]


def test_bundled_questionnaire_is_big_enough_and_bilingual(questionnaire):
    assert len(questionnaire.dimensions) >= 9
    assert len(questionnaire.questions) >= 54
    for dim in questionnaire.dimensions:
        assert len(dim.questions) >= 6, dim.id
        assert dim.name["tr"] and dim.name["en"]
    for q in questionnaire.questions:
        for lang in ("tr", "en"):
            assert q.text[lang].strip() and q.guidance[lang].strip()
            assert len(q.levels[lang]) == 6 and all(t.strip() for t in q.levels[lang])
        assert q.component in questionnaire.components
        assert q.tags and all(t in questionnaire.tags for t in q.tags)
        assert q.weight > 0


def test_bundled_covers_the_required_themes(questionnaire):
    names = " ".join(d.name["en"].lower() for d in questionnaire.dimensions)
    for theme in ("strategy", "data", "cyber", "participation", "mobility", "energy", "waste",
                  "resilience", "people"):
        assert theme in names, theme


def test_no_two_questions_share_a_level_text(questionnaire):
    seen: dict[str, str] = {}
    for q in questionnaire.questions:
        for lang in ("tr", "en"):
            for level, level_text in enumerate(q.levels[lang]):
                key = f"{lang}:{level_text.strip().casefold()}"
                assert key not in seen, f"{q.id} L{level} repeats {seen[key]}"
                seen[key] = f"{q.id} L{level}"


def test_question_ids_are_unique_and_stable_in_form(questionnaire):
    ids = [q.id for q in questionnaire.questions]
    assert len(ids) == len(set(ids))
    for q in questionnaire.questions:
        prefix, number = q.id.rsplit("-", 1)
        assert prefix == q.dimension_id and number.isdigit() and len(number) == 2


def test_turkish_texts_use_turkish_letters(questionnaire):
    all_tr = " ".join(q.text["tr"] + " ".join(q.levels["tr"]) for q in questionnaire.questions)
    for letter in "ıİşğçöü":
        assert letter in all_tr


def test_fingerprint_is_stable_and_tracks_content(tmp_path):
    copy = tmp_path / "q"
    shutil.copytree(bundled_questionnaire_dir(), copy)
    first = load_questionnaire(copy).fingerprint
    assert first == load_questionnaire(bundled_questionnaire_dir()).fingerprint
    assert len(first) == 64
    head = copy / "questionnaire.toml"
    # A comment or reformatting changes nothing ...
    head.write_text("# yorum\n" + head.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_questionnaire(copy).fingerprint == first
    # ... a changed level text does.
    dim = copy / "02-veri.toml"
    text = dim.read_text(encoding="utf-8")
    dim.write_text(text.replace("[[questions]]", "[[questions]]\n", 1).replace('weight = 1.5', 'weight = 1.25', 1),
                   encoding="utf-8")
    assert load_questionnaire(copy).fingerprint != first


def test_a_valid_single_file_questionnaire_loads(tmp_path):
    q = load_questionnaire(toy(tmp_path))
    assert q.label == "toy@1.2.3"
    assert q.question("D1-01").level_text(5, "en") == "b5"
    assert q.level_name(2, "tr") == "2"


def test_validation_names_file_place_and_problem(tmp_path):
    found = problems_of(toy(tmp_path, dim_weight="0", component="zz", levels_en='["b0"]'))
    assert "toy.toml: dimensions[0].weight: Weight must be greater than zero (got 0)." in found
    assert any("(D1-01).component: Unknown strategy component 'zz'" in p for p in found)
    assert any("(D1-01).levels.en: 6 texts needed for levels 0-5, found 1." in p for p in found)


def test_validation_reports_in_turkish(tmp_path):
    found = problems_of(toy(tmp_path, dim_weight="-1"), lang="tr")
    assert found == ["toy.toml: dimensions[0].weight: Ağırlık sıfırdan büyük olmalı (değer: -1)."]


def test_duplicate_ids_missing_translation_and_unknown_keys(tmp_path):
    path = toy(tmp_path)
    text = path.read_text(encoding="utf-8")
    text += text[text.index("[[dimensions.questions]]"):].replace('tr = "Soru?", ', "")
    text += 'colour = "red"\n'
    path.write_text(text, encoding="utf-8")
    found = problems_of(path)
    assert any("questions[1] (D1-01).id: Id 'D1-01' is used more than once." in p for p in found)
    assert any("questions[1] (D1-01).text: Text in 'tr' is missing." in p for p in found)
    assert any("Unknown key 'colour'" in p for p in found)


def test_missing_dimension_file_and_syntax_error(tmp_path):
    head = tmp_path / "questionnaire.toml"
    shutil.copy(bundled_questionnaire_dir() / "questionnaire.toml", head)
    found = problems_of(tmp_path)
    assert "questionnaire.toml: dimension_files[0]: Dimension file '01-strateji.toml' not found." in found
    head.write_text("id = \n", encoding="utf-8")
    found = problems_of(tmp_path)
    assert len(found) == 1 and found[0].startswith("questionnaire.toml: TOML syntax error")


def test_missing_file_is_reported_not_raised_as_oserror(tmp_path):
    assert problems_of(tmp_path / "nope.toml") == ["nope.toml: File not found."]
