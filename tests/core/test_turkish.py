import pytest

from assessments import formatting, turkish


def test_case_folding_follows_turkish_rules():
    assert turkish.fold("İSTANBUL") == turkish.fold("istanbul") == "istanbul"
    assert turkish.fold("IŞIK") == "ışık"
    assert turkish.upper("ılık iğde") == "ILIK İĞDE"
    assert turkish.contains("Bilgi İşlem Dairesi", "bilgi işlem")
    assert not turkish.contains("Işık", "isik")


def test_sorting_follows_the_turkish_alphabet():
    words = [
        "İmar",
        "Hukuk",
        "Işık",
        "ılık",
        "Çevre",
        "Cami",
        "Zabıta",
        "Şehir",
        "Su",
        "Ödeme",
        "Oda",
    ]
    assert sorted(words, key=turkish.sort_key) == [
        "Cami",
        "Çevre",
        "Hukuk",
        "ılık",
        "Işık",
        "İmar",
        "Oda",
        "Ödeme",
        "Su",
        "Şehir",
        "Zabıta",
    ]


def test_numbers_read_naturally_in_each_language():
    assert formatting.number(2.5, "tr") == "2,50" and formatting.number(2.5, "en") == "2.50"
    assert formatting.percent(62.5, "tr") == "%62,5" and formatting.percent(62.5, "en") == "62.5%"
    assert formatting.number(None, "tr") == "-" and formatting.fraction(0.5, "tr") == "%50"


# Look-alikes of "İmar Dairesi" (issue 13): each is the same name once cleaned.
LOOK_ALIKES = {
    "decomposed İ (I + combining dot)": "I\u0307mar Dairesi",
    "zero-width space": "İ\u200bmar Dairesi",
    "byte order mark": "\ufeffİmar Dairesi",
    "soft hyphen": "İmar Dai\u00adresi",
    "right-to-left override": "\u202eİmar Dairesi\u202c",
    "no-break and double spaces": "İmar\u00a0 Dairesi ",
    "Python's lower-case İ": "i\u0307mar dairesi",
}


@pytest.mark.parametrize("variant", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_look_alike_names_clean_to_the_same_name(variant):
    assert turkish.fold(variant) == turkish.fold("İmar Dairesi") == "imar dairesi"
    if variant[0] != "i":
        assert turkish.clean(variant) == "İmar Dairesi"


def test_cleaning_keeps_turkish_letters_and_visible_text():
    text = "Çağrı Merkezi: Ğ, Ü, Ş, İ, Ö, Ç, ı — 7/24 (şube #2)"
    assert turkish.clean(text) == text
    assert turkish.clean("a\tb\nc\x00d") == "a b cd"
