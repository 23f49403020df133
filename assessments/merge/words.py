"""The consolidated workbook's words, Turkish and English: sheet names, headings, notes."""

from __future__ import annotations

from ..vocabulary import TERMS

WORDS = {
    "overview": ("Genel Bakış", "Overview"),
    "matrix": ("Birimler × Boyutlar", "Units × Dimensions"),
    "actions": ("Eylem Planı Adayları", "Action Plan Candidates"),
    "answers": ("Yanıtlar", "Answers"),
    "log": ("İçe Aktarma Günlüğü", "Import Log"),
    "subtitle": (
        "Birleşik değerlendirme — Akıllı Şehir Eylem Planı için",
        "Consolidated assessment — for the Smart City Action Plan",
    ),
    "round": ("Dönem", "Round"),
    "units": ("Birim sayısı", "Units"),
    "completeness": ("Tamamlanma", "Completeness"),
    "answered_of": ("Yanıtlanan / uygulanabilir soru", "Answered / applicable questions"),
    "questionnaire": ("Soru seti", "Questionnaire"),
    "written": ("Oluşturuldu", "Written"),
    "rounds": ("Veritabanındaki dönemler", "Rounds in the database"),
    "counted": ("Şehir rakamlarına alınanlar", "Counted in the city figures"),
    "counted_all": (
        "kesinleşmiş ve taslak değerlendirmeler ({drafts} taslak)",
        "final and draft assessments ({drafts} drafts)",
    ),
    "counted_final": (
        "yalnızca kesinleşmiş değerlendirmeler; dışarıda bırakılan {count} taslak: {units}",
        "final assessments only; {count} drafts left out: {units}",
    ),
    "files": ("Dosyalar", "Files"),
    "city": ("Şehir genel sonucu", "City result"),
    "city_overall": ("Şehir geneli (boyut ağırlıklı)", "City overall (dimension-weighted)"),
    "score": ("Puan (0-5)", "Score (0-5)"),
    "target_score": ("Hedef (0-5)", "Target (0-5)"),
    "gap": ("Fark", "Gap"),
    "percent": ("Yüzde", "Percent"),
    "band": TERMS["band"],
    "dimensions": ("Boyutlar", "Dimensions"),
    "dimension": ("Boyut", "Dimension"),
    "mean": ("Ortalama", "Mean"),
    "min": ("En düşük", "Minimum"),
    "max": ("En yüksek", "Maximum"),
    "target_mean": ("Hedef ortalaması", "Target mean"),
    "units_scored": ("Puanlı birim", "Units scored"),
    "chart": ("Şehir: mevcut ve hedef düzeyler", "City: current and target levels"),
    "current_series": ("Mevcut (ortalama)", "Current (mean)"),
    "target_series": ("Hedef (ortalama)", "Target (mean)"),
    "note_city": (
        "Şehir genel puanı, boyut ortalamalarının boyut ağırlıklarıyla ağırlıklı ortalamasıdır; "
        "birimlerin genel puanlarının ortalaması değildir. Puanı olmayan ya da boyutu kapsam dışı "
        "olan birim o boyutun ortalamasına girmez. Hesaplar yuvarlanmadan yapılır "
        "(docs/scoring.md, bölüm 10).",
        "The city overall score is the dimension-weighted mean of the dimension means, not the "
        "mean of the units' overall scores. A unit without a score in a dimension, or with the "
        "dimension out of scope, is left out of that dimension's mean. Nothing is rounded before "
        "the end (docs/scoring.md, section 10).",
    ),
    "groups": ("Temalar ve Uyum", "Themes and Compliance"),
    "by_theme": ("Temalara göre şehir", "The city by theme"),
    "by_asset": (
        "Varlıklara göre şehir (Bakanlığın dört varlığı)",
        "The city by asset (the Ministry's four assets)",
    ),
    "theme": ("Tema", "Theme"),
    "asset": ("Varlık", "Asset"),
    "questions": ("Soru", "Questions"),
    "compliance": (
        "Uyum açıkları: yasal asgari düzeyin altındaki yanıtlar",
        "Compliance gaps: answers below the legal minimum",
    ),
    "legal_minimum": ("Yasal asgari düzey", "Legal minimum level"),
    "legal_basis": ("Dayanak", "Legal basis"),
    "units_below": ("Altında kalan birim", "Units below"),
    "no_compliance": (
        "Yasal asgari düzeyin altında yanıt yok.",
        "No answer is below a legal minimum.",
    ),
    "note_groups": (
        "Bir tema ya da varlık puanı, o gruptaki yanıtlanmış soruların ağırlıklı ortalamasıdır "
        "(boyuttan bağımsız); şehir değeri birimlerin grup puanlarının ortalamasıdır. Kurum geneli "
        "uygulamalar yalnızca sahibi birimin yanıtıyla bir kez sayılır (docs/scoring.md, bölüm "
        "16-20). Uyum açıkları Eylem Planı Adayları'nda ilk sıradadır.",
        "A theme or asset score is the weighted mean of the group's answered questions, whatever "
        "their dimension; the city value is the mean of the units' group scores. Organisation-wide "
        "practices count once, by their owner's answer (docs/scoring.md, sections 16-20). "
        "Compliance gaps come first in the Action Plan Candidates.",
    ),
    "unit": ("Birim", "Unit"),
    "overall": ("Genel puan", "Overall score"),
    "overall_target": ("Genel hedef", "Overall target"),
    "answered": ("Yanıtlanan", "Answered"),
    "status": ("Durum", "Status"),
    "draft": ("Taslak", "Draft"),
    "final": ("Kesin", "Final"),
    "source": ("Kaynak", "Source"),
    "local": ("bu bilgisayar", "this computer"),
    "export": ("dışa aktarım", "export"),
    "template": ("şablon", "template"),
    "file": ("Dosya", "File"),
    "remarks": ("Açıklama", "Remarks"),
    "city_mean": ("Şehir ortalaması", "City mean"),
    "out_of_scope_short": ("k.d.", "n/a"),
    "out_of_scope": ("kapsam dışı", "out of scope"),
    "flag_modified": (
        "dışa aktarımdan sonra değiştirilmiş (onayla alındı)",
        "changed after export (accepted on confirmation)",
    ),
    "other_version": ("soru seti sürümü {version}", "questionnaire version {version}"),
    "matrix_note": (
        "Renkler 0 (kırmızı) ile 5 (yeşil) arasındaki puanı gösterir. Boş hücre: o boyutta "
        "yanıtlanmış soru yok; k.d.: birim boyutu kapsam dışı ilan etmiş.",
        "Colours show the score from 0 (red) to 5 (green). Empty cell: no question answered in "
        "that dimension; n/a: the unit declared the dimension out of scope.",
    ),
    "rank": ("Sıra", "Rank"),
    "question_id": ("Soru no", "Question no."),
    "question": ("Soru", "Question"),
    "component": ("Ulusal strateji bileşeni", "National strategy component"),
    "units_answered": ("Yanıtlayan birim", "Units answered"),
    "mean_current": ("Ortalama mevcut", "Mean current"),
    "mean_target": ("Ortalama hedef", "Mean target"),
    "mean_gap": ("Ortalama fark", "Mean gap"),
    "units_gap_2": ("Farkı ≥ 2 olan birim", "Units with gap ≥ 2"),
    "weight": ("Ağırlık", "Weight"),
    "priority": ("Öncelik (ağırlık × ortalama fark)", "Priority (weight × mean gap)"),
    "largest": (
        "En büyük farkı olan birimler (mevcut→hedef)",
        "Units with the largest gaps (current→target)",
    ),
    "more_units": ("ve {count} birim daha", "and {count} more units"),
    "action": ("Eylem", "Action"),
    "responsible": ("Sorumlu birim", "Responsible unit"),
    "deadline": ("Termin", "Deadline"),
    "budget": ("Bütçe (TL)", "Budget (TRY)"),
    "indicator": ("Performans göstergesi", "Indicator"),
    "current": ("Mevcut", "Current"),
    "target": ("Hedef", "Target"),
    "na": ("Kapsam dışı (N/A)", "Not applicable (N/A)"),
    "yes": ("Evet", "Yes"),
    "dimension_out": ("Boyut kapsam dışı", "Dimension out of scope"),
    "note": ("Gerekçe / notlar", "Justification / notes"),
    "evidence": ("Kanıt", "Evidence"),
    "source_file": ("Kaynak dosya", "Source file"),
    "folder": ("Klasör", "Folder"),
    "time": ("Zaman", "Time"),
    "reason": ("Neden", "Reason"),
    "sha256": ("SHA-256", "SHA-256"),
    "no_log": ("Günlükte bu döneme ait kayıt yok.", "The log has no entry for this round."),
    # the round comparison sheet (comparison.py)
    "cmp_sheet": ("Dönem Karşılaştırması", "Round Comparison"),
    "cmp_title": ("{earlier} dönemi ile {now} dönemi", "Round {earlier} against round {now}"),
    "cmp_note": (
        "Şehir satırları iki dönemin şehir puanlarını, birim satırları iki dönemde de "
        "değerlendirilen birimleri karşılaştırır. ±0,05 düzeyden küçük değişim 'değişmedi' "
        "sayılır. Puanlar 0-5 düzeyindedir (docs/scoring.md).",
        "City rows compare the two rounds' city scores; unit rows compare the units assessed "
        "in both rounds. A change smaller than ±0.05 levels counts as unchanged. Scores are "
        "levels 0-5 (docs/scoring.md).",
    ),
    "cmp_scope": ("Kapsam", "Scope"),
    "cmp_city": ("Şehir geneli", "City"),
    "cmp_overall": ("Genel", "Overall"),
    "cmp_change": ("Değişim", "Change"),
    "cmp_verdict": ("Sonuç", "Verdict"),
    "cmp_improved": ("ilerledi", "improved"),
    "cmp_unchanged": ("değişmedi", "unchanged"),
    "cmp_declined": ("geriledi", "declined"),
    "cmp_no_score": ("puan yok", "no score"),
}


def word(key: str, lang: str) -> str:
    tr, en = WORDS[key]
    return tr if lang == "tr" else en
