"""Monitoring's words, Turkish and English: messages (registered into the shared catalogue at
import), the form's status labels, column titles and sheet names."""

from __future__ import annotations

from .. import turkish
from ..messages import CATALOGUE

MESSAGES = {
    "mon.bad_period": (
        "İzleme dönemi '{value}' geçersiz; yıl ve altı aylık dönem yazın, ör. 2027-1 (Ocak-Haziran)"
        " ya da 2027-2 (Temmuz-Aralık).",
        "The monitoring period '{value}' is not valid; give a year and a half, e.g. 2027-1 "
        "(January-June) or 2027-2 (July-December).",
    ),
    "mon.period_outside": (
        "İzleme dönemi {period} planın dönemi ({start}-{end}) dışında.",
        "The monitoring period {period} is outside the plan's period ({start}-{end}).",
    ),
    "mon.no_units": (
        "Planda sorumlu birimi yazılı eylem ya da hedef yok; izleme formu yazılamaz.",
        "No action or target of the plan has a responsible unit; no monitoring form to write.",
    ),
    "mon.forms_written": (
        "{count} izleme formu yazıldı ({period}): {folder}",
        "{count} monitoring forms written ({period}): {folder}",
    ),
    "mon.not_a_form": (
        "Bu dosya bir izleme formu değil (gizli '{sheet}' sayfası yok ya da eksik). Akıllı Şehir "
        "Ofisi'nin gönderdiği formu doldurun.",
        "This file is not a monitoring form (the hidden '{sheet}' sheet is missing or "
        "incomplete). Fill in the form the Smart City Office sent.",
    ),
    "mon.other_plan": (
        "Form başka bir eylem planına ait ({key}); bu veritabanının planı {expected}.",
        "The form belongs to another action plan ({key}); this database's plan is {expected}.",
    ),
    "mon.missing_sheet": (
        "'{sheet}' sayfası bulunamadı (2. satırında '{key}' sütunu olan sayfa).",
        "Sheet '{sheet}' was not found (the sheet with a '{key}' column on row 2).",
    ),
    "mon.unknown_row": (
        "'{code}' kodlu satır bu formla gönderilmedi; satırları eklemeyin ya da silmeyin.",
        "The row with code '{code}' was not issued with this form; do not add or delete rows.",
    ),
    "mon.missing_row": (
        "'{code}' kodlu satır formdan silinmiş.",
        "The row with code '{code}' was deleted from the form.",
    ),
    "mon.bad_status": (
        "'{value}' geçersiz bir durum; şunlardan biri olmalı: {allowed}.",
        "'{value}' is not a valid status; it must be one of: {allowed}.",
    ),
    "mon.bad_percent": (
        "'{value}' geçersiz; 0 ile 100 arasında bir yüzde olmalı.",
        "'{value}' is not valid; it must be a percentage from 0 to 100.",
    ),
    "mon.bad_number": ("'{value}' bir sayı değil.", "'{value}' is not a number."),
    "m.completed_not_100": (
        "Durum 'Tamamlandı' ama gerçekleşme %{value}; %100 yazın ya da durumu düzeltin.",
        "The status is 'Completed' but progress is {value}%; write 100 or correct the status.",
    ),
    "mon.not_started_with_progress": (
        "Durum 'Başlamadı' ama gerçekleşme %{value}; durumu ya da yüzdeyi düzeltin.",
        "The status is 'Not started' but progress is {value}%; correct the status or the percent.",
    ),
    "mon.modified": (
        "Formun sabit hücreleri (kodlar, adlar, başlangıç ve hedef değerleri) gönderildikten sonra "
        "değiştirilmiş; yalnızca sarı hücreler doldurulmalı. Yine de almak için --accept-modified "
        "verin.",
        "The form's fixed cells (codes, names, baselines and targets) were changed after it was "
        "issued; only the yellow cells are for filling in. Give --accept-modified to take it "
        "anyway.",
    ),
    "mon.invalid_form": (
        "İzleme formu alınamadı ({count} sorun); bu dosyadan hiçbir şey kaydedilmedi.",
        "The monitoring form was not taken ({count} problems); nothing of this file was stored.",
    ),
    "mon.collected": (
        "{files} dosya: alındı {accepted}, yinelenen {duplicate}, daha eski {superseded}, "
        "reddedildi {rejected}.",
        "{files} files: accepted {accepted}, duplicate {duplicate}, older {superseded}, "
        "rejected {rejected}.",
    ),
    "mon.empty_form": (
        "Form boş: hiçbir sarı hücre (durum, gerçekleşme, gerçekleşen değer) doldurulmamış.",
        "The form is empty: no yellow cell (status, progress, actual value) was filled in.",
    ),
    "mon.no_later_round": (
        "Planın dönemi ({round}) sonrasına ait bir değerlendirme dönemi bu veritabanında yok; "
        "önce yeni dönemin dosyalarını birleştirin.",
        "This database has no assessment round after the plan's ({round}); merge the new "
        "round's files first.",
    ),
    "mon.effect_head": (
        "Olgunluk etkisi: {before} dönemi → {after} dönemi",
        "Effect on maturity: round {before} → round {after}",
    ),
    "mon.moved": ("uygulamaları ilerledi", "its practices moved"),
    "mon.not_moved": ("uygulamaları ilerlemedi", "its practices did not move"),
    "mon.not_compared": (
        "karşılaştırılamadı (iki dönemde yanıt yok)",
        "not compared (no answers in both rounds)",
    ),
    "mon.effect_step": (
        "{question}: {levels} (planlanan {planned}; {units} birim)",
        "{question}: {levels} (planned {planned}; {units} units)",
    ),
    "mon.duplicate": (
        "Bu dosya daha önce alınmış ({unit}, {period}).",
        "This file was collected before ({unit}, {period}).",
    ),
    "mon.superseded": (
        "{unit} biriminin {period} dönemi için daha sonra kaydedilmiş bir formu var ({other}); bu "
        "dosya alınmadı.",
        "{unit} has a form for {period} saved later ({other}); this file was not taken.",
    ),
    "mon.no_reports": (
        "{period} dönemi için hiç izleme formu alınmamış.",
        "No monitoring form has been collected for {period}.",
    ),
}
assert not set(MESSAGES) & set(CATALOGUE), "a monitoring message code is taken"
CATALOGUE.update(MESSAGES)

STATUS_LABELS = {
    "not-started": ("Başlamadı", "Not started"),
    "in-progress": ("Devam ediyor", "In progress"),
    "completed": ("Tamamlandı", "Completed"),
    "delayed": ("Gecikmede", "Delayed"),
    "cancelled": ("İptal edildi", "Cancelled"),
}

LABELS = {
    **STATUS_LABELS,
    "action_code": ("Eylem kodu", "Action code"),
    "action_title": ("Eylem", "Action"),
    "target_code": ("Hedef", "Target"),
    "planned_start": ("Planlanan başlangıç", "Planned start"),
    "planned_end": ("Planlanan bitiş", "Planned end"),
    "status": ("Durum", "Status"),
    "progress_percent": ("Gerçekleşme (%)", "Progress (%)"),
    "explanation": ("Açıklama", "Explanation"),
    "indicator_code": ("Gösterge kodu", "Indicator code"),
    "indicator_name": ("Gösterge", "Indicator"),
    "measure": ("Birim", "Unit of measure"),
    "baseline": ("Başlangıç değeri", "Baseline"),
    "target_value": ("Yıl sonu hedefi", "Year's target"),
    "actual_value": ("Gerçekleşen değer", "Actual value"),
    "rate": ("Gerçekleşme oranı", "Realisation rate"),
    "light": ("Işık", "Light"),
    "goal_target": ("Amaç / hedef", "Goal / target"),
    "practice": ("Uygulama", "Practice"),
    "planned_step": ("Planlanan adım", "Planned step"),
    "units_compared": ("Karşılaştırılan birim", "Units compared"),
    "change": ("Değişim", "Change"),
    "reached": ("Planlanan düzeye ulaştı", "Reached the planned level"),
    "moved": ("Eylemin uygulamaları ilerledi", "The action's practices moved"),
    "unit": ("Birim", "Unit"),
    "green": ("Yeşil: hedefe göre yolunda (%85 ve üstü)", "Green: on track (85% and above)"),
    "amber": ("Sarı: izlenmeli (%50-85)", "Amber: watch (50-85%)"),
    "red": ("Kırmızı: geride (%50'nin altı)", "Red: behind (below 50%)"),
}

SHEETS = {
    "info": ("Bilgi", "About"),
    "actions": ("Eylemler", "Actions"),
    "indicators": ("Göstergeler", "Indicators"),
    "board": ("Durum panosu", "Status board"),
    "delayed": ("Geciken eylemler", "Delayed actions"),
    "missing": ("Rapor vermeyenler", "Not reported"),
    "trend": ("Dönemler", "Periods"),
    "effect": ("Olgunluk etkisi", "Effect on maturity"),
}


def label(key: str, lang: str) -> str:
    pair = LABELS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "tr" else pair[1]


def sheet(role: str, lang: str) -> str:
    tr, en = SHEETS[role]
    return tr if lang == "tr" else en


def status_from_text(value: str) -> str | None:
    """A status id from its id or its Turkish or English label, as a unit may type it."""
    wanted = turkish.fold(str(value))
    for status, labels in STATUS_LABELS.items():
        if wanted in (turkish.fold(status), *(turkish.fold(x) for x in labels)):
            return status
    return None
