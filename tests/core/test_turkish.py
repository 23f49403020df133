from assessments import formatting, turkish


def test_case_folding_follows_turkish_rules():
    assert turkish.fold("İSTANBUL") == turkish.fold("istanbul") == "istanbul"
    assert turkish.fold("IŞIK") == "ışık"
    assert turkish.upper("ılık iğde") == "ILIK İĞDE"
    assert turkish.contains("Bilgi İşlem Dairesi", "bilgi işlem")
    assert not turkish.contains("Işık", "isik")


def test_sorting_follows_the_turkish_alphabet():
    words = ["İmar", "Hukuk", "Işık", "ılık", "Çevre", "Cami", "Zabıta", "Şehir", "Su", "Ödeme", "Oda"]
    assert sorted(words, key=turkish.sort_key) == [
        "Cami", "Çevre", "Hukuk", "ılık", "Işık", "İmar", "Oda", "Ödeme", "Su", "Şehir", "Zabıta"]


def test_numbers_read_naturally_in_each_language():
    assert formatting.number(2.5, "tr") == "2,50" and formatting.number(2.5, "en") == "2.50"
    assert formatting.percent(62.5, "tr") == "%62,5" and formatting.percent(62.5, "en") == "62.5%"
    assert formatting.number(None, "tr") == "-" and formatting.fraction(0.5, "tr") == "%50"
