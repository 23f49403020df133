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
{head_extra}
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
{extra}
text = {{ tr = "Soru?", en = "Question?" }}
guidance = {{ tr = "İpucu", en = "Hint" }}
levels = {{ tr = ["a0","a1","a2","a3","a4","a5"], en = {levels_en} }}
"""


def toy(tmp_path: Path, **overrides) -> Path:
    values = {
        "dim_weight": "1.0",
        "component": "c",
        "levels_en": '["b0","b1","b2","b3","b4","b5"]',
        "extra": "",
        "head_extra": "",
    }
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
    for theme in (
        "strategy",
        "data",
        "cyber",
        "participation",
        "mobility",
        "energy",
        "waste",
        "resilience",
        "people",
    ):
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
    dim.write_text(
        text.replace("[[questions]]", "[[questions]]\n", 1).replace(
            "weight = 1.5", "weight = 1.25", 1
        ),
        encoding="utf-8",
    )
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
    text += text[text.index("[[dimensions.questions]]") :].replace('tr = "Soru?", ', "")
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
    assert (
        "questionnaire.toml: dimension_files[0]: Dimension file '01-strateji.toml' not found."
        in found
    )
    head.write_text("id = \n", encoding="utf-8")
    found = problems_of(tmp_path)
    assert len(found) == 1 and found[0].startswith("questionnaire.toml: TOML syntax error")


def test_missing_file_is_reported_not_raised_as_oserror(tmp_path):
    assert problems_of(tmp_path / "nope.toml") == ["nope.toml: File not found."]


# --- 2.0: the per-practice fields, themes, profiles, level rules ---------------------------------

FIXTURE_1X = Path(__file__).parents[1] / "fixtures" / "questionnaire-1x"
THEMES = {"green", "digital", "social", "mobility"}


def test_bundled_is_2_0_with_every_practice_field(questionnaire):
    assert questionnaire.version.startswith("2.")
    assert set(questionnaire.themes) == THEMES
    assert set(questionnaire.assets) == {"people", "technology", "facilities", "institutions"}
    for q in questionnaire.questions:
        assert q.scope in ("organisation-wide", "every-unit", "specialist"), q.id
        assert bool(q.owner_unit) == q.organisation_wide, q.id
        assert q.components and q.component == q.components[0], q.id
        assert q.asset in questionnaire.assets, q.id
        assert set(q.themes) & THEMES, f"{q.id} has no theme"
        if q.legal_minimum:
            assert 1 <= q.legal_minimum.level <= 5
            assert q.legal_minimum.basis["tr"] and q.legal_minimum.basis["en"]


def test_review_placements_hold(questionnaire):
    """The review's remit and mapping fixes, checked where a later edit could undo them."""
    wide = {q.id for q in questionnaire.questions if q.organisation_wide}
    assert {"ALT-02", "ALT-03", "ALT-05", "VERI-04", "VERI-06", "HIZ-02", "HIZ-04"} <= wide
    legal = {q.id: q.legal_minimum.level for q in questionnaire.questions if q.legal_minimum}
    assert set(legal) == {"VERI-02", "ALT-03", "CEV-01", "DAY-06", "YES-02", "HIZ-01"}
    assert questionnaire.question("INS-06").component == "is-yonetimi"
    assert questionnaire.question("HIZ-06").component == "butunlesik-hizmet"
    assert questionnaire.question("VERI-04").component == "bilgi-teknolojileri"
    used = {c for q in questionnaire.questions for c in q.components}
    assert {"saglik", "mekansal-yonetim"} <= used
    head = questionnaire.description["en"]
    assert "adapted from ITU-T Y.4904" in head and "2025-2030" not in head
    assert questionnaire.level_name(2, "tr") == "Uyumlaştırma"


def test_every_level_one_asks_for_a_dated_document(questionnaire):
    for q in questionnaire.questions:
        assert "tarihli" in q.levels["tr"][1], q.id
        assert "dated" in q.levels["en"][1], q.id


def test_level_rules_and_evidence_level_are_data(questionnaire):
    assert questionnaire.evidence_from_level == 3
    for lang in ("tr", "en"):
        assert len(questionnaire.level_rules[lang]) >= 3
    assert "alt düzey" in " ".join(questionnaire.level_rules["tr"])
    assert questionnaire.usage_item["tr"].startswith("Biriminiz bu kurum geneli")


def test_the_1x_copy_keeps_the_fingerprint_its_exports_carry():
    """The 2.0 loader reads a 1.x questionnaire to the same canonical form: a 1.x export still
    matches it (the reader refuses a fingerprint mismatch)."""
    from openpyxl import load_workbook

    from assessments.legacy import previous_questionnaire

    old = previous_questionnaire()
    assert old.version == "1.0.0" and len(old.questions) == 54
    assert all(q.scope == "every-unit" and q.legal_minimum is None for q in old.questions)
    export = next(FIXTURE_1X.glob("*.xlsx"))
    declared = [
        cell.value
        for row in load_workbook(export, read_only=True)["_meta"].iter_rows()
        for cell in row
        if isinstance(cell.value, str) and len(cell.value) == 64
    ]
    assert old.fingerprint in declared


def with_question(tmp_path, extra: str, head_extra: str = "") -> Path:
    return toy(tmp_path, extra=extra, head_extra=head_extra)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ('scope = "everyone"', "questions[0] (D1-01).scope: Scope 'everyone' is not valid"),
        (
            'scope = "organisation-wide"',
            "questions[0] (D1-01): An organisation-wide practice needs",
        ),
        (
            'owner_unit = "Bilgi İşlem"',
            "questions[0] (D1-01).owner_unit: 'owner_unit' is only given",
        ),
        ('asset = "money"', "questions[0] (D1-01).asset: Asset 'money' is not valid"),
        (
            'legal_minimum = { level = 0, basis = { tr = "a", en = "b" } }',
            "questions[0] (D1-01).legal_minimum.level: The level must be a whole number from 1 to "
            "5",
        ),
        (
            "legal_minimum = { level = 2 }",
            "questions[0] (D1-01).legal_minimum: 'basis' is missing.",
        ),
        ('components = ["c"]', "questions[0] (D1-01).components: 'component' and 'components'"),
    ],
)
def test_practice_fields_are_validated_with_their_place(tmp_path, extra, expected):
    found = problems_of(with_question(tmp_path, extra))
    assert any(p.startswith("toy.toml: dimensions[0].") and expected in p for p in found), found


def test_profiles_are_validated_with_their_place(tmp_path):
    path = with_question(tmp_path, "")
    text = path.read_text(encoding="utf-8").replace(
        "[[dimensions]]",
        (
            '[profiles.p]\nname = { tr = "P", en = "P" }\ndimensions = ["D9"]\n'
            'scopes = ["somewhere"]\ninclude = ["X-01"]\n[[dimensions]]'
        ),
        1,
    )
    path.write_text(text, encoding="utf-8")
    found = problems_of(path)
    assert "toy.toml: profiles.p.dimensions: Unknown dimension 'D9'." in found
    assert any(p.startswith("toy.toml: profiles.p.scopes: Scope 'somewhere'") for p in found)
    assert "toy.toml: profiles.p.include: Unknown question 'X-01'." in found


def test_a_key_written_under_a_vocabulary_table_is_reported(tmp_path):
    path = with_question(tmp_path, "")
    text = path.read_text(encoding="utf-8").replace('en = "Tag"\n', 'en = "Tag"\nthemes = ["t"]\n')
    path.write_text(text, encoding="utf-8")
    assert "toy.toml: tags.t.themes: Unknown key 'themes'." in problems_of(path)


def test_2_0_fields_load_from_a_single_file(tmp_path):
    path = with_question(
        tmp_path,
        (
            'scope = "organisation-wide"\nowner_unit = "  Bilgi  İşlem "\nasset = "technology"\n'
            'legal_minimum = { level = 2, basis = { tr = "Kanun", en = "Law" } }\n'
            'mission_areas = ["M3"]'
        ),
        head_extra='themes = ["t"]\nevidence_from_level = 3',
    )
    q = load_questionnaire(path)
    question = q.question("D1-01")
    assert (question.scope, question.owner_unit, question.asset) == (
        "organisation-wide",
        "Bilgi İşlem",
        "technology",
    )
    assert question.legal_minimum.level == 2 and question.legal_minimum.basis["en"] == "Law"
    assert question.themes == ("t",) and question.mission_areas == ("M3",)
    assert q.evidence_from_level == 3
    full = q.as_dict(complete=True)["dimensions"][0]["questions"][0]
    assert full["legal_minimum"] == {"level": 2, "basis": {"tr": "Kanun", "en": "Law"}}
