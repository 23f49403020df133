"""The action plan's words, Turkish and English: messages (registered into the shared
catalogue at import, so ``messages.py`` needs no edit), labels of fixed lists, headings."""

from __future__ import annotations

from ..messages import CATALOGUE

MESSAGES = {
    "p.invalid": (
        "Eylem planı geçersiz ({count} sorun); hiçbir değişiklik kaydedilmedi.",
        "The action plan is invalid ({count} problems); nothing was saved.",
    ),
    "p.empty": ("{field} boş olamaz.", "{field} cannot be empty."),
    "p.bad_period": (
        "Plan dönemi geçersiz: {start}-{end} (başlangıç bitişten sonra olamaz, en çok 10 yıl).",
        "The plan period is invalid: {start}-{end} (start cannot follow end; at most 10 years).",
    ),
    "p.bad_choice": (
        "'{value}' geçersiz; şunlardan biri olmalı: {allowed}.",
        "'{value}' is not valid; it must be one of: {allowed}.",
    ),
    "p.duplicate_code": (
        "'{code}' kodu birden çok kez kullanılmış.",
        "Code '{code}' is used more than once.",
    ),
    "p.duplicate_key": (
        "'{key}' anahtarı birden çok kez kullanılmış.",
        "Key '{key}' is used more than once.",
    ),
    "p.end_before_start": (
        "Bitiş ({end}) başlangıçtan ({start}) önce olamaz.",
        "The end ({end}) cannot be before the start ({start}).",
    ),
    "p.outside_period": (
        "{field} ({value}) plan döneminin ({start}-{end}) dışında.",
        "{field} ({value}) is outside the plan period ({start}-{end}).",
    ),
    "p.effects_sum": (
        "Göstergelerin hedefe etkisi toplamı %100 olmalı (toplam: %{total}).",
        "The indicators' effects on the target must sum to 100% (sum: {total}%).",
    ),
    "p.effect_range": (
        "Hedefe etki 0 ile 100 arasında olmalı (değer: {value}).",
        "The effect on the target must be from 0 to 100 (got {value}).",
    ),
    "p.negative_cost": (
        "Maliyet negatif olamaz ({year}: {value}).",
        "A cost cannot be negative ({year}: {value}).",
    ),
    "p.unknown_unit": (
        "'{unit}' birim listesinde yok; birimi kaydedin ya da dış paydaş olarak yazın.",
        "'{unit}' is not in the unit register; register it or list it as an outside partner.",
    ),
    "p.bad_level": (
        "Düzey 0 ile 5 arasında olmalı ve hedef düzey başlangıçtan büyük olmalı ({value}).",
        "Levels must be 0 to 5 with the target above the start ({value}).",
    ),
    "p.unknown_question": ("Bilinmeyen soru '{value}'.", "Unknown question '{value}'."),
    "p.not_found": (
        "Eylem planında '{key}' bulunamadı.",
        "'{key}' was not found in the action plan.",
    ),
    "p.no_plan": (
        "Henüz eylem planı yok; önce 'maturity plan draft' çalıştırın.",
        "There is no action plan yet; run 'maturity plan draft' first.",
    ),
    "p.bad_json": (
        "Eylem planı verisi okunamadı: {detail}",
        "The action plan data could not be read: {detail}",
    ),
    "p.library_invalid": (
        "Eylem kütüphanesi geçersiz ({count} sorun).",
        "The action library is invalid ({count} problems).",
    ),
    "p.library_missing": (
        "'{value}' uygulamasının {step} düzey adımı için kütüphanede eylem yok.",
        "The library has no action for practice '{value}', level step {step}.",
    ),
    "p.import_invalid": (
        "Çalışma kitabı içe aktarılmadı ({count} sorun); plan değişmedi.",
        "The workbook was not imported ({count} problems); the plan is unchanged.",
    ),
    "p.not_plan_workbook": (
        "Bu dosya bir eylem planı çalışma kitabı değil ('{sheet}' sayfası yok).",
        "This file is not an action-plan workbook (no '{sheet}' sheet).",
    ),
    "p.other_plan": (
        "Çalışma kitabı başka bir eylem planına ait ({found}); bu plan {expected}.",
        "The workbook belongs to another action plan ({found}); this plan is {expected}.",
    ),
    "p.bad_cell": (
        "Hücre değeri okunamadı: {value} ({expected_tr} bekleniyor).",
        "The cell value could not be read: {value} ({expected_en} expected).",
    ),
    "p.unknown_key": (
        "Satırdaki anahtar '{key}' planda yok; yeni satır için anahtar hücresini boş bırakın.",
        "The row's key '{key}' is not in the plan; leave the key cell empty for a new row.",
    ),
    "p.unknown_parent": ("Üst öğe '{code}' bulunamadı.", "Parent '{code}' was not found."),
    "p.drafted": (
        "Taslak eylem planı oluşturuldu: {goals} amaç, {targets} hedef, {actions} eylem ({round} "
        "dönemi).",
        "Draft action plan made: {goals} goals, {targets} targets, {actions} actions (round "
        "{round}).",
    ),
    "p.written": ("Yazıldı: {path}", "Written: {path}"),
    "p.imported": (
        "İçe aktarıldı: {changed} öğe değişti, {added} eklendi, {removed} silindi.",
        "Imported: {changed} items changed, {added} added, {removed} removed.",
    ),
    "p.no_pdf": (
        "PDF yazılmadı: LibreOffice (soffice) bulunamadı. Belgeyi Word ya da LibreOffice ile açıp "
        "PDF olarak kaydedin.",
        "No PDF written: LibreOffice (soffice) was not found. Open the document in Word or "
        "LibreOffice and save it as PDF.",
    ),
    "p.pdf_failed": ("PDF yazılamadı: {detail}", "The PDF could not be written: {detail}"),
    "p.changed_elsewhere": (
        "Plan bu arada başka bir pencerede ya da süreçte değiştirildi (sürüm {version}); "
        "değişikliğiniz kaydedilmedi. Planı yeniden açıp tekrar deneyin.",
        "The plan was changed meanwhile in another window or process (version {version}); your "
        "change was not saved. Open the plan again and retry.",
    ),
    "p.bad_suffix": (
        "Dosyanın uzantısı {suffix} olmalı: {path}",
        "The file must end in {suffix}: {path}",
    ),
    "p.exists": (
        "Bu veritabanında zaten bir eylem planı var; üzerine yazmak için --replace verin.",
        "This database already has an action plan; give --replace to overwrite it.",
    ),
}
CATALOGUE.update({k: v for k, v in MESSAGES.items() if k not in CATALOGUE})

LABELS = {
    # fixed lists
    "own-budget": ("Öz kaynak (belediye bütçesi)", "Own budget"),
    "iller-bankasi": ("İller Bankası", "İller Bankası"),
    "development-agency": ("Kalkınma ajansı (ör. GMKA)", "Development agency (e.g. GMKA)"),
    "ministry": ("Bakanlık programı / merkezi bütçe", "Ministry programme / central budget"),
    "eu-ipa": ("AB / IPA fonları", "EU / IPA funds"),
    "international": ("Uluslararası finansman", "International finance"),
    "other": ("Diğer", "Other"),
    "planned": ("Planlandı", "Planned"),
    "in-progress": ("Sürüyor", "In progress"),
    "done": ("Tamamlandı", "Done"),
    "postponed": ("Ertelendi", "Postponed"),
    "cancelled": ("İptal edildi", "Cancelled"),
    "high": ("Yüksek", "High"),
    "medium": ("Orta", "Medium"),
    "low": ("Düşük", "Low"),
    "3-months": ("3 ayda bir", "Every 3 months"),
    "6-months": ("6 ayda bir", "Every 6 months"),
    "12-months": ("Yılda bir", "Yearly"),
    "draft": ("Taslak", "Draft"),
    "approved": ("Onaylandı", "Approved"),
    # fields, for messages and headings
    "plan": ("Eylem planı", "Action plan"),
    "goal": ("Amaç", "Goal"),
    "target": ("Hedef", "Target"),
    "action": ("Eylem", "Action"),
    "indicator": ("Gösterge", "Indicator"),
    "code": ("Kod", "Code"),
    "title": ("Başlık", "Title"),
    "name": ("Ad", "Name"),
    "start": ("Başlangıç", "Start"),
    "end": ("Bitiş", "End"),
    "responsible_unit": ("Sorumlu birim", "Responsible unit"),
    "collaborating_units": ("İşbirliği yapılacak birimler", "Collaborating units"),
    "partners": ("Dış paydaşlar", "Outside partners"),
    "funding": ("Finansman kaynağı", "Funding source"),
    "status": ("Durum", "Status"),
    "priority": ("Öncelik", "Priority"),
    "monitoring": ("İzleme sıklığı", "Monitoring frequency"),
    "reporting": ("Raporlama sıklığı", "Reporting frequency"),
}


def label(key: str, lang: str) -> str:
    pair = LABELS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "tr" else pair[1]


def choice_from_label(value: str, choices: tuple[str, ...]) -> str | None:
    """A fixed-list id from its id or its Turkish or English label (as a workbook shows it)."""
    from .. import turkish

    wanted = turkish.fold(str(value))
    for choice in choices:
        if wanted in (turkish.fold(choice), *(turkish.fold(x) for x in LABELS.get(choice, ()))):
            return choice
    return None
