"""Messages of the core in Turkish and English, and the errors that carry them.

The core reports problems as a code plus parameters; the text is chosen at display time in
the user's language, so the same error reads right in the CLI, the GUI and a merge log.
"""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass, field

LANGUAGES = ("tr", "en")

# code -> (Turkish, English). Parameters are filled with str.format.
CATALOGUE: dict[str, tuple[str, str]] = {
    # questionnaire loading
    "q.not_found": ("Dosya bulunamadı.", "File not found."),
    "q.toml_syntax": ("TOML sözdizimi hatası: {detail}", "TOML syntax error: {detail}"),
    "q.missing": ("'{key}' eksik.", "'{key}' is missing."),
    "q.unknown_key": ("Bilinmeyen alan '{key}'.", "Unknown key '{key}'."),
    "q.type": ("{expected_tr} olmalı.", "Must be {expected_en}."),
    "q.bad_id": (
        "Kimlik '{value}' geçersiz: harf, rakam ve - kullanın.",
        "Id '{value}' is invalid: use letters, digits and -.",
    ),
    "q.bad_version": (
        "Sürüm '{value}' anlamsal sürüm değil (ör. 1.0.0).",
        "Version '{value}' is not a semantic version (e.g. 1.0.0).",
    ),
    "q.duplicate_id": ("'{value}' kimliği birden çok kez kullanılmış.", "Id '{value}' is used more than once."),
    "q.weight": ("Ağırlık sıfırdan büyük olmalı (değer: {value}).", "Weight must be greater than zero (got {value})."),
    "q.missing_translation": ("'{lang}' dilinde metin eksik.", "Text in '{lang}' is missing."),
    "q.level_count": ("0-5 düzeyleri için 6 metin gerekli, {count} var.", "6 texts needed for levels 0-5, found {count}."),
    "q.empty_text": ("Metin boş.", "Text is empty."),
    "q.unknown_component": ("Bilinmeyen strateji bileşeni '{value}'.", "Unknown strategy component '{value}'."),
    "q.unknown_tag": ("Bilinmeyen etiket '{value}'.", "Unknown tag '{value}'."),
    "q.no_dimensions": ("Hiç boyut yok.", "There are no dimensions."),
    "q.no_questions": ("Boyutta hiç soru yok.", "The dimension has no questions."),
    "q.dimension_file": ("Boyut dosyası '{value}' bulunamadı.", "Dimension file '{value}' not found."),
    "q.invalid": ("Soru seti geçersiz ({count} sorun).", "The questionnaire is invalid ({count} problems)."),
    # answers
    "a.level_range": ("{field} 0 ile 5 arasında bir tam sayı olmalı (değer: {value}).", "{field} must be a whole number from 0 to 5 (got {value})."),
    "a.target_below": ("Hedef düzey ({target}) mevcut düzeyin ({current}) altında olamaz.", "The target level ({target}) cannot be below the current level ({current})."),
    "a.na_needs_note": ("Kapsam dışı (N/A) işaretlenen soru için gerekçe yazılmalı.", "A question marked not applicable (N/A) needs a written justification."),
    "a.text_too_long": ("{field} en çok 32.767 karakter olabilir ({length} karakter yazıldı).", "{field} may hold at most 32,767 characters ({length} given)."),
    "a.unknown_question": ("Bilinmeyen soru kimliği '{value}'.", "Unknown question id '{value}'."),
    # store
    "s.unit_exists": ("'{name}' birimi zaten var.", "Unit '{name}' already exists."),
    "s.unit_not_found": ("'{name}' birimi bulunamadı.", "Unit '{name}' not found."),
    "s.unit_name_empty": ("Birim adı boş olamaz.", "The unit name cannot be empty."),
    "s.round_empty": ("Dönem boş olamaz.", "The round cannot be empty."),
    "s.assessment_exists": ("'{unit}' birimi için '{round}' dönemi değerlendirmesi zaten var.", "An assessment of unit '{unit}' for round '{round}' already exists."),
    "s.assessment_not_found": ("'{unit}' birimi için '{round}' dönemi değerlendirmesi bulunamadı.", "No assessment of unit '{unit}' for round '{round}'."),
    "s.assessment_uuid_not_found": ("Değerlendirme bulunamadı ({uuid}).", "Assessment not found ({uuid})."),
    "s.read_only": ("Bu değerlendirme içe aktarıldı ve salt okunurdur.", "This assessment was imported and is read-only."),
    "s.final": ("Değerlendirme kesinleştirildi; değiştirmek için önce taslağa döndürün.", "The assessment is final; reopen it as a draft to change it."),
    "s.unknown_dimension": ("Bilinmeyen boyut '{value}'.", "Unknown dimension '{value}'."),
    "s.newer_schema": ("Veritabanı bu sürümden daha yeni bir uygulamayla oluşturulmuş (şema {found} > {known}).", "The database was made by a newer version of the app (schema {found} > {known})."),
    "s.cannot_open": ("Veritabanı açılamadı: {path} ({detail})", "Could not open the database: {path} ({detail})"),
    "s.corrupt": ("Veritabanı bozuk: {path}. Son sağlam yedekten geri yükleyebilirsiniz.", "The database is damaged: {path}. You can restore the latest good backup."),
    "s.corrupt_no_backup": ("Veritabanı bozuk ve yedeği yok: {path}.", "The database is damaged and has no backup: {path}."),
    "s.write_failed": ("Değişiklik kaydedilemedi ({detail}). Daha önce kaydedilenler korunuyor.", "The change could not be saved ({detail}). Everything saved before is kept."),
    "s.read_only_db": ("Veritabanı dosyası salt okunur: {path}", "The database file is read-only: {path}"),
    "s.disk_full": ("Disk dolu: değişiklik kaydedilemedi. Daha önce kaydedilenler korunuyor.", "The disk is full: the change could not be saved. Everything saved before is kept."),
    "s.busy": ("Veritabanı başka bir işlem tarafından kullanılıyor; biraz sonra yeniden deneyin.", "The database is busy in another process; try again in a moment."),
    "s.questionnaire_mismatch": ("Değerlendirme başka bir soru setiyle yapılmış ({found}).", "The assessment uses another questionnaire ({found})."),
    # CLI
    "cli.ok_valid": ("{path}: geçerli ({dimensions} boyut, {questions} soru, parmak izi {fingerprint}).", "{path}: valid ({dimensions} dimensions, {questions} questions, fingerprint {fingerprint})."),
    "cli.unit_added": ("Birim eklendi: {name}", "Unit added: {name}"),
    "cli.no_units": ("Henüz birim yok.", "No units yet."),
    "cli.no_assessments": ("Henüz değerlendirme yok.", "No assessments yet."),
    "cli.error": ("Hata: {detail}", "Error: {detail}"),
}


def default_language() -> str:
    """Turkish when the environment's locale is Turkish, otherwise English."""
    for var in ("MATURITY_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "tr" if value.lower().startswith("tr") else "en"
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    return "tr" if name.lower().startswith("tr") else "en"


def normalise_language(lang: str | None) -> str:
    return lang if lang in LANGUAGES else default_language()


def text(code: str, lang: str, /, **params) -> str:
    """The message for ``code`` in ``lang``, with ``params`` filled in."""
    tr, en = CATALOGUE[code]
    template = tr if lang == "tr" else en
    return template.format(**params)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where: file, place inside it, what."""

    code: str
    params: dict = field(default_factory=dict)
    source: str = ""  # a file name, or "" when the input is not a file
    where: str = ""  # e.g. "questions[2] (VERI-03).levels.en" or "Yanıtlar!C14"

    def message(self, lang: str) -> str:
        body = text(self.code, lang, **self.params)
        place = ": ".join(part for part in (self.source, self.where) if part)
        return f"{place}: {body}" if place else body


class MaturityError(Exception):
    """An expected failure with a message in the user's language."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(text(code, "en", **params))

    def message(self, lang: str) -> str:
        return text(self.code, lang, **self.params)


class ValidationError(MaturityError):
    """One or more problems with an input; nothing of it was accepted."""

    def __init__(self, problems: list[Problem], code: str = "q.invalid"):
        self.problems = list(problems)
        super().__init__(code, count=len(self.problems))

    def message(self, lang: str) -> str:
        lines = [text(self.code, lang, **self.params)]
        lines += [f"  - {p.message(lang)}" for p in self.problems]
        return "\n".join(lines)
