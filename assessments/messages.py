"""Messages of the core in Turkish and English, and the errors that carry them.

The core reports problems as a code plus parameters; the text is chosen at display time in
the user's language, so the same error reads right in the CLI, the GUI and a merge log.
"""

from __future__ import annotations

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
    "q.duplicate_id": (
        "'{value}' kimliği birden çok kez kullanılmış.",
        "Id '{value}' is used more than once.",
    ),
    "q.weight": (
        "Ağırlık sıfırdan büyük olmalı (değer: {value}).",
        "Weight must be greater than zero (got {value}).",
    ),
    "q.missing_translation": ("'{lang}' dilinde metin eksik.", "Text in '{lang}' is missing."),
    "q.level_count": (
        "0-5 düzeyleri için 6 metin gerekli, {count} var.",
        "6 texts needed for levels 0-5, found {count}.",
    ),
    "q.empty_text": ("Metin boş.", "Text is empty."),
    "q.unknown_component": (
        "Bilinmeyen strateji bileşeni '{value}'.",
        "Unknown strategy component '{value}'.",
    ),
    "q.unknown_tag": ("Bilinmeyen etiket '{value}'.", "Unknown tag '{value}'."),
    "q.no_dimensions": ("Hiç boyut yok.", "There are no dimensions."),
    "q.no_questions": ("Boyutta hiç soru yok.", "The dimension has no questions."),
    "q.dimension_file": (
        "Boyut dosyası '{value}' bulunamadı.",
        "Dimension file '{value}' not found.",
    ),
    "q.both_components": (
        "'component' ile 'components' birlikte kullanılamaz; yalnızca 'components' listesini "
        "yazın.",
        "'component' and 'components' cannot both be used; write the 'components' list only.",
    ),
    "q.empty_list": (
        "Liste boş; en az bir değer yazın.",
        "The list is empty; give at least one value.",
    ),
    "q.bad_scope": (
        "Kapsam '{value}' geçersiz; şunlardan biri olmalı: {allowed}.",
        "Scope '{value}' is not valid; it must be one of: {allowed}.",
    ),
    "q.owner_needed": (
        "Kurum geneli (organisation-wide) bir uygulamanın sahip birimi ('owner_unit') yazılmalı.",
        "An organisation-wide practice needs its owner unit ('owner_unit').",
    ),
    "q.owner_not_wide": (
        "'owner_unit' yalnızca kurum geneli (organisation-wide) uygulamalarda yazılır.",
        "'owner_unit' is only given for organisation-wide practices.",
    ),
    "q.bad_asset": (
        "Varlık '{value}' geçersiz; şunlardan biri olmalı: {allowed}.",
        "Asset '{value}' is not valid; it must be one of: {allowed}.",
    ),
    "q.legal_level": (
        "Düzey 1 ile 5 arasında bir tam sayı olmalı (değer: {value}).",
        "The level must be a whole number from 1 to 5 (got {value}).",
    ),
    "q.unknown_dimension": ("Bilinmeyen boyut '{value}'.", "Unknown dimension '{value}'."),
    "q.unknown_question": ("Bilinmeyen soru '{value}'.", "Unknown question '{value}'."),
    "q.unknown_profile": ("Bilinmeyen birim profili '{value}'.", "Unknown unit profile '{value}'."),
    "q.split_parts": (
        "Bölünen soru en az iki yeni soru kimliğinin listesi olmalı.",
        "A split question must list at least two new question ids.",
    ),
    "q.invalid": (
        "Soru seti geçersiz ({count} sorun).",
        "The questionnaire is invalid ({count:problem|problems}).",
    ),
    # answers
    "a.level_range": (
        "{field} 0 ile 5 arasında bir tam sayı olmalı (değer: {value}).",
        "{field} must be a whole number from 0 to 5 (got {value}).",
    ),
    "a.target_below": (
        "Hedef düzey ({target}) mevcut düzeyin ({current}) altında olamaz.",
        "The target level ({target}) cannot be below the current level ({current}).",
    ),
    "a.na_needs_note": (
        "Kapsam dışı (N/A) işaretlenen soru için gerekçe yazılmalı.",
        "A question marked Not applicable (N/A) needs a written justification.",
    ),
    "a.text_too_long": (
        "{field} en çok 32.767 karakter olabilir ({length} karakter yazıldı).",
        "{field} may hold at most 32,767 characters ({length} given).",
    ),
    "a.legal_minimum": (
        "Yasal asgari düzey: {level} ({name}). Dayanak: {basis}",
        "Legal minimum level: {level} ({name}). Basis: {basis}",
    ),
    "a.below_legal_minimum": (
        "Uyum açığı: seçilen düzey ({current}) yasal asgari düzeyin ({level}) altında; öncelik "
        "listelerinde ilk sırada yer alır.",
        "Compliance gap: the chosen level ({current}) is below the legal minimum ({level}); it "
        "comes first in the priority lists.",
    ),
    "a.evidence_prompt": (
        "{level}. düzey ve üstü için kanıt beklenir: belge adı, sayfa ya da bağlantı yazın "
        "(zorunlu değil).",
        "Evidence is expected from level {level} up: write a document name, page or link (not "
        "required).",
    ),
    "a.unknown_question": ("Bilinmeyen soru kimliği '{value}'.", "Unknown question id '{value}'."),
    # store
    "s.unit_exists": ("'{name}' birimi zaten var.", "Unit '{name}' already exists."),
    "s.unit_did_you_mean": (
        "'{name}' adında bir birim yok; '{existing}' birimini mi kastettiniz? Aynı birim iki ayrı "
        "adla kaydedilmesin diye bu ad kabul edilmedi.",
        "There is no unit '{name}'; did you mean '{existing}'? The name was refused so that one "
        "unit is not recorded under two names.",
    ),
    "s.unit_not_empty": (
        "'{name}' biriminin {count} değerlendirmesi var; silinmedi. Önce başka bir birimle "
        "birleştirin.",
        "Unit '{name}' has {count} assessments; it was not removed. Merge it into another unit "
        "first.",
    ),
    "s.unit_merge_clash": (
        "'{source}' ve '{target}' birimlerinin ikisinde de {round} dönemi değerlendirmesi var; "
        "birleştirilmedi. Birini silin ya da dönemini değiştirin.",
        "Units '{source}' and '{target}' both have an assessment of round {round}; they were not "
        "merged. Remove one or change its round.",
    ),
    "s.unit_merge_self": (
        "Bir birim kendisiyle birleştirilemez.",
        "A unit cannot merge into itself.",
    ),
    "s.unit_code_bad": (
        "'{name}' biriminin kodu '{value}' olamaz: en çok 12 harf, rakam ya da tire (ör. BIDB).",
        "'{value}' cannot be the code of unit '{name}': at most 12 letters, digits or dashes "
        "(e.g. BIDB).",
    ),
    "s.unit_code_taken": (
        "{taken} kodu zaten '{other}' biriminin.",
        "The code {taken} already belongs to unit '{other}'.",
    ),
    "s.unit_profile_bad": (
        "'{name}' biriminin profili '{value}' değil; soru setinin profillerinden birini yazın.",
        "'{value}' is not a profile for unit '{name}'; write one of the questionnaire's profiles.",
    ),
    "s.unit_profile_unknown": (
        "'{name}' biriminin profili '{value}' soru setinde yok; olanlar: {known}.",
        "The profile '{value}' of unit '{name}' is not in the questionnaire; there are: {known}.",
    ),
    "s.unit_email_bad": (
        "'{name}' biriminin e-posta adresi '{value}' geçerli değil "
        "(ör. ad.soyad@balikesir.bel.tr).",
        "The e-mail address '{value}' of unit '{name}' is not valid "
        "(e.g. name.surname@balikesir.bel.tr).",
    ),
    "s.unit_contact_long": (
        "'{name}' biriminin ilgili kişisi en çok {limit} karakter olabilir.",
        "The contact person of unit '{name}' can have at most {limit} characters.",
    ),
    "s.unit_updated": ("'{name}' biriminin bilgileri kaydedildi.", "Unit '{name}' was updated."),
    "ur.invalid": (
        "Birim listesi yüklenmedi ({count} sorun); hiçbir birim kaydedilmedi:",
        "The unit list was not loaded ({count:problem|problems}); no unit was stored:",
    ),
    "ur.empty": ("Dosyada birim yok.", "The file holds no unit."),
    "ur.unreadable": ("Dosya okunamadı: {detail}", "The file could not be read: {detail}"),
    "ur.twice": (
        "'{name}' listede iki kez var (ilki: {other}).",
        "'{name}' is twice in the list (first: {other}).",
    ),
    "ur.loaded": (
        "Birim listesi yüklendi: {added} yeni birim, {completed} birimin eksik bilgisi "
        "tamamlandı, {unchanged} birim aynı kaldı.",
        "Unit list loaded: {added} new units, {completed} units completed, {unchanged} units "
        "unchanged.",
    ),
    "s.unit_renamed": ("'{old}' biriminin adı '{new}' oldu.", "Unit '{old}' is now '{new}'."),
    "s.unit_merged": (
        "'{source}' birimi '{target}' birimine katıldı ({count} değerlendirme taşındı).",
        "Unit '{source}' merged into '{target}' ({count} assessments moved).",
    ),
    "s.unit_removed": ("'{name}' birimi silindi.", "Unit '{name}' was removed."),
    "s.unit_not_found": ("'{name}' birimi bulunamadı.", "Unit '{name}' not found."),
    "s.unit_name_empty": ("Birim adı boş olamaz.", "The unit name cannot be empty."),
    "s.round_empty": ("Dönem boş olamaz.", "The round cannot be empty."),
    "s.assessment_exists": (
        "'{unit}' birimi için '{round}' dönemi değerlendirmesi zaten var.",
        "An assessment of unit '{unit}' for round '{round}' already exists.",
    ),
    "s.assessment_not_found": (
        "'{unit}' birimi için '{round}' dönemi değerlendirmesi bulunamadı.",
        "No assessment of unit '{unit}' for round '{round}'.",
    ),
    "s.assessment_uuid_not_found": (
        "Değerlendirme bulunamadı ({uuid}).",
        "Assessment not found ({uuid}).",
    ),
    "s.read_only": (
        "Bu değerlendirme içe aktarıldı ve salt okunurdur.",
        "This assessment was imported and is read-only.",
    ),
    "s.final": (
        "Değerlendirme kesinleştirildi; değiştirmek için önce taslağa döndürün.",
        "The assessment is final; reopen it as a draft to change it.",
    ),
    "s.unknown_dimension": ("Bilinmeyen boyut '{value}'.", "Unknown dimension '{value}'."),
    "s.newer_schema": (
        "Veritabanı bu sürümden daha yeni bir uygulamayla oluşturulmuş (şema {found} > {known}).",
        "The database was made by a newer version of the app (schema {found} > {known}).",
    ),
    "s.cannot_open": (
        "Veritabanı açılamadı: {path} ({detail})",
        "Could not open the database: {path} ({detail})",
    ),
    "s.corrupt": (
        "Veritabanı bozuk: {path}. Son sağlam yedekten geri yükleyebilirsiniz.",
        "The database is damaged: {path}. You can restore the latest good backup.",
    ),
    "s.corrupt_no_backup": (
        "Veritabanı bozuk ve yedeği yok: {path}.",
        "The database is damaged and has no backup: {path}.",
    ),
    "s.write_failed": (
        "Değişiklik kaydedilemedi ({detail}). Daha önce kaydedilenler korunuyor.",
        "The change could not be saved ({detail}). Everything saved before is kept.",
    ),
    "s.read_only_db": (
        "Veritabanı dosyası salt okunur: {path}",
        "The database file is read-only: {path}",
    ),
    "s.disk_full": (
        "Disk dolu: değişiklik kaydedilemedi. Daha önce kaydedilenler korunuyor.",
        "The disk is full: the change could not be saved. Everything saved before is kept.",
    ),
    "s.busy": (
        "Veritabanı başka bir işlem tarafından kullanılıyor; biraz sonra yeniden deneyin.",
        "The database is busy in another process; try again in a moment.",
    ),
    "s.questionnaire_mismatch": (
        "Değerlendirme başka bir soru setiyle yapılmış ({found}).",
        "The assessment uses another questionnaire ({found}).",
    ),
    "s.unit_name_long": (
        "Birim adı çok uzun ({length} karakter; en çok {limit}).",
        "The unit name is too long ({length} characters; at most {limit}).",
    ),
    "s.unit_name_confusable": (
        "'{name}' birim adı başka bir adla karıştırılabilecek karakterler içeriyor ({chars}): "
        "farklı alfabelerden harfler ya da birleşen işaretler. Adı klavyeden yeniden yazın.",
        "The unit name '{name}' holds characters that make it look like another name ({chars}): "
        "letters of different alphabets or combining marks. Type the name again on the keyboard.",
    ),
    "s.round_invalid": (
        "'{round}' geçerli bir dönem değil: en çok {limit} karakter; harf, rakam, boşluk ve . - / "
        "(ör. 2026 ya da 2026-1).",
        "'{round}' is not a valid round: at most {limit} characters; letters, digits, spaces and "
        ". - / (e.g. 2026 or 2026-1).",
    ),
    "s.revision_invalid": (
        "'{revision}' geçerli bir sürüm numarası değil (0 ile {limit} arasında bir tam sayı "
        "olmalı).",
        "'{revision}' is not a valid revision (it must be a whole number from 0 to {limit}).",
    ),
    "s.folder_missing": (
        "Veritabanı klasörü yok: {folder}. Sürücü bağlı mı? Klasör yeniden oluşturulmadı; yolu "
        "denetleyin.",
        "The database folder does not exist: {folder}. Is the drive connected? It was not created "
        "again; check the path.",
    ),
    "s.database_gone": (
        "Veritabanı dosyası uygulama açıkken silindi veya değiştirildi: {path}. Bu değişiklik "
        "kaydedilmedi; ekranda duruyor. Uygulamayı kapatıp veritabanını geri yükleyin.",
        "The database file was removed or replaced while the app was running: {path}. This change "
        "was not saved; it is still on screen. Close the app and restore the database.",
    ),
    "s.network_drive": (
        "Veritabanı bir ağ sürücüsünde ({kind}): {path}. SQLite'ın kilitleri orada güvenilir "
        "değildir; veritabanını bu bilgisayarın yerel diskinde tutun.",
        "The database is on a network drive ({kind}): {path}. SQLite's locking is not reliable "
        "there; keep the database on this computer's local disk.",
    ),
    "s.network_mapped_drive": (
        "Veritabanı eşlenmiş bir ağ sürücüsünde: {path}. SQLite'ın kilitleri orada güvenilir "
        "değildir; veritabanını bu bilgisayarın yerel diskinde tutun.",
        "The database is on a mapped network drive: {path}. SQLite's locking is not reliable "
        "there; keep the database on this computer's local disk.",
    ),
    # reports
    "r.by_theme": ("Temalara göre", "By theme"),
    "r.by_asset": (
        "Varlıklara göre (Bakanlığın dört varlığı)",
        "By asset (the Ministry's four assets)",
    ),
    "r.compliance_gaps": (
        "Uyum açıkları: yasal asgari düzeyin altındaki yanıtlar",
        "Compliance gaps: answers below the legal minimum",
    ),
    "r.no_compliance_gaps": (
        "Yasal asgari düzeyin altında yanıt yok.",
        "No answer is below a legal minimum.",
    ),
    "r.written": ("Rapor yazıldı: {path}", "Report written: {path}"),
    "r.bad_suffix": (
        "Rapor dosyasının uzantısı .pdf olmalı: {path}",
        "The report file must end in .pdf: {path}",
    ),
    "r.logo_missing": ("Logo dosyası bulunamadı: {path}", "Logo file not found: {path}"),
    "r.logo_unreadable": (
        "Logo okunamadı ({detail}): {path}. PNG ya da JPEG bir resim verin.",
        "The logo could not be read ({detail}): {path}. Give a PNG or JPEG image.",
    ),
    # Excel exchange: is the file a sane workbook?
    "x.invalid_file": (
        "Dosya içe aktarılamadı: {count} sorun bulundu; hiçbir şey kaydedilmedi.",
        "The file was not imported: {count:problem|problems} found; nothing was stored.",
    ),
    "x.not_found": ("Dosya bulunamadı.", "File not found."),
    "x.is_folder": ("Bu bir klasör, Excel dosyası değil.", "This is a folder, not an Excel file."),
    "x.unreadable": ("Dosya okunamadı ({detail}).", "The file could not be read ({detail})."),
    "x.empty_file": (
        "Dosya boş (0 bayt); kopyalama ya da indirme yarım kalmış olabilir.",
        "The file is empty (0 bytes); a copy or download may not have finished.",
    ),
    "x.too_large": (
        "Dosya çok büyük ({size} MB; en çok {limit} MB).",
        "The file is too large ({size} MB; at most {limit} MB).",
    ),
    "x.ole2": (
        "Dosya bir Office bileşik dosyası (OLE2) ama içinde okunabilir bir çalışma kitabı yok; "
        "bozuk olabilir. Excel ya da LibreOffice'te açıp .xlsx olarak yeniden kaydedin.",
        "The file is an Office compound file (OLE2) but holds no readable workbook; it may be "
        "damaged. Open it in Excel or LibreOffice and save it again as .xlsx.",
    ),
    "x.not_xlsx": (
        "Dosya bir Excel ya da LibreOffice çalışma kitabı (.xlsx, .xlsm, .xlsb, .xls ya da .ods) "
        "değil.",
        "The file is not an Excel or LibreOffice workbook (.xlsx, .xlsm, .xlsb, .xls or .ods).",
    ),
    "x.password": (
        "Dosya parolayla korunuyor: parolayı kaldırıp yeniden kaydedin ve dosyayı yeniden "
        "gönderin (Excel: Dosya > Bilgi > Çalışma Kitabını Koru > Parolayla Şifrele, parolayı "
        'silin; LibreOffice: Farklı Kaydet, "Parolayla kaydet" işaretini kaldırın).',
        "The file is password-protected: remove the password, save it again and send it again "
        "(Excel: File > Info > Protect Workbook > Encrypt with Password, delete the password; "
        'LibreOffice: Save As, untick "Save with password").',
    ),
    "x.legacy_format": (
        "Dosya artık okunmayan eski bir biçimde ({format}): Excel ya da LibreOffice'te açıp "
        ".xlsx olarak kaydedin ve yeniden gönderin.",
        "The file is in an old format no longer read ({format}): open it in Excel or LibreOffice, "
        "save it as .xlsx and send it again.",
    ),
    "x.wrong_document": (
        "Dosya bir {kind_tr}, çalışma kitabı değil: birimin dışa aktarımını ya da doldurduğu "
        "şablonu gönderin.",
        "The file is a {kind_en}, not a workbook: send the unit's export or its filled-in "
        "template.",
    ),
    "x.ods_damaged": (
        "OpenDocument hesap tablosu (.ods) okunamadı ({detail}): LibreOffice'te açıp yeniden "
        "kaydedin ya da .xlsx olarak kaydedin.",
        "The OpenDocument spreadsheet (.ods) could not be read ({detail}): open it in "
        "LibreOffice and save it again, or save it as .xlsx.",
    ),
    "x.xlsx_needed": (
        "Bu dosya .xlsx olarak kaydedilmiş olmalı (bu bir {format} dosyası): Excel ya da "
        "LibreOffice'te .xlsx olarak kaydedin.",
        "This file must be saved as .xlsx (it is a {format} file): save it as .xlsx in Excel or "
        "LibreOffice.",
    ),
    "x.corrupt": (
        "Dosya bozuk ya da eksik; kopyalama yarım kalmış olabilir ({detail}).",
        "The file is damaged or incomplete; a copy may not have finished ({detail}).",
    ),
    "x.macros": (
        "Dosya makro içeriyor; güvenlik için makrosuz .xlsx olarak kaydedip yeniden gönderin.",
        "The file contains macros; for safety save it as a macro-free .xlsx and send it again.",
    ),
    "x.missing_part": (
        "Excel dosyasında gerekli '{part}' bölümü yok.",
        "The Excel file lacks its required part '{part}'.",
    ),
    "x.too_many_parts": (
        "Dosyada olağan dışı sayıda bölüm var ({count}; en çok {limit}).",
        "The file has an unusual number of parts ({count}; at most {limit}).",
    ),
    "x.unpacked_too_large": (
        "Dosyanın açılmış boyutu güvenli sınırı aşıyor ({size} MB; en çok {limit} MB).",
        "The file unpacks beyond the safe limit ({size} MB; at most {limit} MB).",
    ),
    "x.bomb_ratio": (
        "Dosyanın '{part}' bölümü olağan dışı sıkıştırılmış ({ratio}:1); güvenlik için açılmadı.",
        "Part '{part}' of the file is unusually compressed ({ratio}:1); it was not unpacked, for "
        "safety.",
    ),
    "x.unsafe_xml": (
        "Dosyanın '{part}' bölümü güvenli olmayan XML içeriyor ({detail}).",
        "Part '{part}' of the file holds unsafe XML ({detail}).",
    ),
    "x.part_too_large": (
        "'{sheet}' sayfasının bölümü ({part}) çok büyük ({size} MB; en çok {limit} MB).",
        "The part of sheet '{sheet}' ({part}) is too large ({size} MB; at most {limit} MB).",
    ),
    # Excel exchange: the machine sheet and the Answers sheet
    "x.no_meta": (
        "Gizli '{sheet}' sayfası yok: dosya bu uygulamanın dışa aktarımı ya da şablonu değil.",
        "The hidden '{sheet}' sheet is missing: the file is not an export or template of this app.",
    ),
    "x.meta_missing": (
        "Gizli sayfada '{key}' değeri eksik.",
        "The hidden sheet lacks the value '{key}'.",
    ),
    "x.meta_bad_value": (
        "Gizli sayfadaki '{key}' değeri geçersiz: '{value}'.",
        "The hidden sheet's value '{key}' is invalid: '{value}'.",
    ),
    "x.format_newer": (
        "Dosya daha yeni bir uygulama sürümüyle oluşturulmuş (biçim {found}; bu sürüm en çok "
        "{known} okur). Uygulamayı güncelleyin.",
        "The file was made by a newer version of the app (format {found}; this version reads up "
        "to {known}). Update the app.",
    ),
    "x.questionnaire_mismatch": (
        "Dosya başka bir soru setiyle hazırlanmış ({found}, {found_fp}); burada {expected} "
        "({expected_fp}) kullanılıyor.",
        "The file was made with another questionnaire ({found}, {found_fp}); this app uses "
        "{expected} ({expected_fp}).",
    ),
    "x.no_answers_sheet": (
        "Yanıtlar sayfası bulunamadı: hiçbir sayfada '{key}' başlıklı sütun yok.",
        "No answers sheet found: no sheet has a column headed '{key}'.",
    ),
    "x.missing_column": (
        "'{key}' sütunu yok (anahtar satırı {row}); sütun başlığı silinmiş ya da değiştirilmiş "
        "olabilir.",
        "Column '{key}' is missing (key row {row}); its heading may have been deleted or changed.",
    ),
    "x.duplicate_column": (
        "'{key}' sütunu iki kez var (ilki {first}).",
        "Column '{key}' appears twice (first at {first}).",
    ),
    "x.row_without_id": (
        "Satır {row}: yanıt var ama soru no boş.",
        "Row {row}: there is an answer but no question no.",
    ),
    "x.unknown_question": ("Bilinmeyen soru no '{value}'.", "Unknown question no. '{value}'."),
    "x.duplicate_question": (
        "'{value}' sorusu ikinci kez yanıtlanmış (ilki {first}).",
        "Question '{value}' is answered a second time (first at {first}).",
    ),
    "x.formula": (
        "{field} hücresinde formül var; burada yalnızca değer girilebilir.",
        "The {field} cell holds a formula; only a value may be entered here.",
    ),
    "x.error_value": (
        "{field} hücresinde hata değeri var (#REF!, #N/A gibi).",
        "The {field} cell holds an error value (such as #REF! or #N/A).",
    ),
    "x.level": (
        "{label_tr}: '{value}' okunamadı; 0 ile 5 arasında bir tam sayı girin.",
        "{label_en}: '{value}' cannot be read; enter a whole number from 0 to 5.",
    ),
    "x.not_applicable": (
        "Kapsam dışı (N/A): '{value}' okunamadı; Evet ya da Hayır girin.",
        "Not applicable (N/A): '{value}' cannot be read; enter Yes or No.",
    ),
    "x.scope_value": (
        "'{label_tr}' ({dimension_tr}): '{value}' okunamadı; Evet ya da Hayır seçin.",
        "'{label_en}' ({dimension_en}): '{value}' cannot be read; choose Yes or No.",
    ),
    "x.scope_answers": (
        "{dimension_tr} boyutu kapsam dışı işaretlenmiş; bu boyutta verilen {count} yanıt "
        "saklandı ama puana katılmaz.",
        "The dimension {dimension_en} is marked out of scope; the {count} answers given in it "
        "are kept but do not count toward the score.",
    ),
    "x.unit_missing": ("Birim adı yazılmamış.", "The unit name is missing."),
    "x.round_missing": ("Dönem yazılmamış.", "The round is missing."),
    "x.no_answers": ("Şablonda hiç yanıt yok.", "The template holds no answers."),
    "x.merged_cells": (
        "{range} hücreleri birleştirilmiş; birleştirilmiş hücrede yalnızca ilk sorunun yanıtı "
        "görünür. Birleştirmeyi kaldırıp her soruyu kendi satırında yanıtlayın.",
        "Cells {range} are merged; a merged cell shows the answer of its first question only. "
        "Unmerge them and answer each question on its own row.",
    ),
    "x.time_in_future": (
        "'{key}' zamanı ileride: '{value}' (bilgisayarın saati ya da dosya değiştirilmiş "
        "olabilir).",
        "The time '{key}' lies in the future: '{value}' (the computer's clock, or the file, may "
        "have been changed).",
    ),
    "x.value_too_long": (
        "'{key}' en çok {limit} karakter olabilir ({length} karakter yazılmış).",
        "'{key}' may hold at most {limit} characters ({length} given).",
    ),
    "x.no_form_sheet": (
        "Şablonda birim bilgileri formu bulunamadı ('{key}' boş): '{tr}' ('{en}') sayfası "
        "silinmiş ya da formun gri anahtar sütunu değiştirilmiş olabilir. Sayfayı eski adıyla "
        "geri getirin ya da yeni bir şablon kullanın.",
        "The template's unit form was not found ('{key}' is empty): the '{tr}' ('{en}') sheet may "
        "have been deleted, or the form's grey key column changed. Restore the sheet or use a new "
        "template.",
    ),
    # Excel exchange: storing an import
    "x.modified": (
        "'{file}' dışa aktarıldıktan sonra değiştirilmiş (yanıtların ya da kimlik bilgilerinin "
        "sağlama değeri tutmuyor). Değiştirilmiş dosyayı almak için açıkça onay verin (komut "
        "satırında --accept-modified).",
        "'{file}' was changed after it was exported (the checksum of its answers or identity does "
        "not match). Confirm explicitly to import a changed file (--accept-modified on the "
        "command line).",
    ),
    "x.modified_accepted": (
        "Uyarı: '{file}' dışa aktarıldıktan sonra değiştirilmişti; onayınızla alındı ve "
        "işaretlendi.",
        "Warning: '{file}' had been changed after export; it was imported on your confirmation "
        "and flagged.",
    ),
    "x.local_exists": (
        "'{unit}' biriminin '{round}' dönemi değerlendirmesi bu bilgisayarda yapılmış; içe "
        "aktarma onun üzerine yazmaz.",
        "The assessment of unit '{unit}' for round '{round}' was made on this computer; an import "
        "never overwrites it.",
    ),
    "x.other_exists": (
        "'{unit}' biriminin '{round}' dönemi için başka bir değerlendirme ({uuid}) zaten içe "
        "aktarılmış; bu dosya onun yerine geçmez.",
        "Another assessment ({uuid}) of unit '{unit}' for round '{round}' is already imported; "
        "this file does not replace it.",
    ),
    "x.not_newer": (
        "'{unit}' — '{round}': dosya zaten alınmış olandan yeni değil (gelen sürüm {incoming}, "
        "kayıtlı sürüm {stored}); hiçbir şey değişmedi.",
        "'{unit}' — '{round}': the file is not newer than the one already imported (incoming "
        "revision {incoming}, stored {stored}); nothing changed.",
    ),
    "x.not_newer_template": (
        "'{unit}' — '{round}': şablon zaten alınmış olandan sonra kaydedilmemiş (gelen "
        "{incoming}, kayıtlı {stored}); hiçbir şey değişmedi.",
        "'{unit}' — '{round}': the template was not saved after the one already imported "
        "(incoming {incoming}, stored {stored}); nothing changed.",
    ),
    "x.imported_export": (
        "{file}: '{unit}' — '{round}' dışa aktarımı alındı ({answered} yanıt).",
        "{file}: export of '{unit}' — '{round}' imported ({answered:answer|answers}).",
    ),
    "x.imported_template": (
        "{file}: '{unit}' — '{round}' şablonu alındı ({answered} yanıt).",
        "{file}: template of '{unit}' — '{round}' imported ({answered:answer|answers}).",
    ),
    "x.replaced": (
        "{file}: '{unit}' — '{round}' güncellendi (sürüm {old} → {new}, {answered} yanıt).",
        "{file}: '{unit}' — '{round}' updated (revision {old} → {new}, {answered:answer|answers}).",
    ),
    # Excel exchange: writing files
    "x.target_is_folder": (
        "'{path}' bir klasör; bir dosya adı verin.",
        "'{path}' is a folder; give a file name.",
    ),
    "x.folder_missing": ("Klasör yok: {folder}", "The folder does not exist: {folder}"),
    "x.folder_not_writable": (
        "Bu klasöre yazılamıyor: {folder} ({detail})",
        "Cannot write to this folder: {folder} ({detail})",
    ),
    "x.target_open": (
        "'{file}' başka bir programda (Excel ya da LibreOffice) açık; kapatıp yeniden deneyin ya "
        "da başka bir ad verin.",
        "'{file}' is open in another program (Excel or LibreOffice); close it and try again, or "
        "choose another name.",
    ),
    "x.write_failed": (
        "'{file}' yazılamadı ({detail}); önceki dosya değişmedi.",
        "'{file}' could not be written ({detail}); any earlier file is unchanged.",
    ),
    "x.exported": ("Dışa aktarıldı: {path}", "Exported: {path}"),
    "x.template_written": ("Şablon yazıldı: {path}", "Template written: {path}"),
    "x.review_carried": (
        "{id} sorusunun yanıtı 1.x sürümündeki {old} sorusundan aktarıldı; bu yanıtı gözden "
        "geçirin.",
        "The answer to {id} was carried over from {old} of version 1.x; review this answer.",
    ),
    "x.sheet_too_large": (
        "'{sheet}' sayfası {cells} hücrelik bir alana yayılıyor (en çok {limit}); tablonun çok "
        "altındaki ya da sağındaki içeriği silip dosyayı yeniden kaydedin.",
        "Sheet '{sheet}' spreads over {cells} cells (at most {limit}); delete the content far "
        "below or to the right of the table and save the file again.",
    ),
    # merge (coordinator): outcomes of files, docs/merging.md
    "m.summary": ("{total} dosya: {counts}.", "{total:file|files}: {counts}."),
    "m.cancelled": (
        "Birleştirme durduruldu; {left} dosya işlenmedi. İşlenen dosyalar kaydedildi.",
        "The merge was cancelled; {left:file was|files were} not processed. The files processed "
        "are stored.",
    ),
    "m.interrupted": (
        "Durduruldu (Ctrl+C); o ana kadar işlenen dosyalar kaydedildi.",
        "Interrupted (Ctrl+C); the files processed until then are stored.",
    ),
    "m.path_unreadable": (
        "Bu yol okunamadı ({detail}).",
        "This path could not be read ({detail}).",
    ),
    "m.not_a_workbook": (
        "Çalışma kitabı değil ({suffix} dosyası); alınmadı. Birleştirme yalnızca .xlsx, .xlsm, "
        ".xlsb, .xls ve .ods dosyalarını okur: bir çalışma kitabıysa bu uzantılardan biriyle "
        "kaydedin.",
        "Not a workbook (a {suffix} file); not merged. A merge reads only .xlsx, .xlsm, .xlsb, "
        ".xls and .ods files: if it is a workbook, save it with one of these extensions.",
    ),
    "m.no_suffix": (
        "Çalışma kitabı değil (dosya adında uzantı yok); alınmadı. Birleştirme yalnızca .xlsx, "
        ".xlsm, .xlsb, .xls ve .ods dosyalarını okur: bir çalışma kitabıysa bu uzantılardan "
        "biriyle kaydedin.",
        "Not a workbook (the file name has no extension); not merged. A merge reads only .xlsx, "
        ".xlsm, .xlsb, .xls and .ods files: if it is a workbook, save it with one of these "
        "extensions.",
    ),
    "m.folder_unreadable": (
        "Klasör okunamadı ({detail}); içindeki dosyalar alınmadı.",
        "The folder could not be read ({detail}); its files were not merged.",
    ),
    "m.reader_crashed": (
        "Dosya okunurken okuma süreci beklenmedik biçimde durdu; dosya bozuk ya da zararlı "
        "olabilir. Alınmadı.",
        "The reading process stopped unexpectedly on this file; it may be damaged or malicious. "
        "Not merged.",
    ),
    "m.unexpected": (
        "Beklenmeyen bir hata oluştu ({detail}); dosyadan hiçbir şey kaydedilmedi. Ayrıntı "
        "uygulama günlüğünde.",
        "An unexpected error occurred ({detail}); nothing of the file was stored. Details are in "
        "the application log.",
    ),
    "m.other_round": (
        "Dosyanın dönemi '{found}', birleştirilen dönem '{expected}' (--round); alınmadı.",
        "The file's round is '{found}', the round being merged is '{expected}' (--round); not "
        "merged.",
    ),
    "m.modified_flagged": (
        "Yanıtlar dışa aktarıldıktan sonra değiştirilmiş; onayınızla (--accept-modified) alındı "
        "ve 'değiştirilmiş' olarak işaretlendi.",
        "The answers were changed after export; merged on your confirmation (--accept-modified) "
        "and flagged as modified.",
    ),
    "m.template": (
        "Doldurulmuş şablon: kaynağı 'şablon' olarak kaydedildi.",
        "Filled template: stored with the source 'template'.",
    ),
    "m.other_version": (
        "Soru setinin başka bir sürümüyle doldurulmuş ({found}); sorular numaralarıyla "
        "eşleştirildi.",
        "Filled in with another version of the questionnaire ({found}); questions were matched by "
        "their numbers.",
    ),
    "m.unknown_questions": (
        "Bu sürümde olmayan {count} soru puanlara katılmadı: {ids}.",
        "{count:question this version does not have is|questions this version does not have are} "
        "left out of the scores: {ids}.",
    ),
    "m.missing_questions": (
        "Dosyada olmayan {count} soru yanıtlanmamış sayıldı: {ids}.",
        "{count:question missing from the file counts|questions missing from the file count} as "
        "unanswered: {ids}.",
    ),
    "m.unknown_dimensions": (
        "Bu sürümde olmayan kapsam dışı boyutlar yok sayıldı: {ids}.",
        "Out-of-scope dimensions this version does not have were ignored: {ids}.",
    ),
    "m.replaces": (
        "Aynı değerlendirmenin {old}. sürümünün ({file}) yerine geçti.",
        "Replaces revision {old} of the same assessment ({file}).",
    ),
    "m.superseded_by": (
        "Aynı değerlendirmenin daha yeni sürümü ({new}) {file} dosyasından alındı; bu dosyadaki "
        "sürüm {old}.",
        "A newer revision ({new}) of the same assessment was merged from {file}; this file holds "
        "revision {old}.",
    ),
    "m.older_revision": (
        "Aynı değerlendirmenin daha yeni sürümü zaten alınmış (bu dosya: sürüm {revision}; "
        "alınmış: sürüm {stored}, {file}); atlandı.",
        "A newer revision of the same assessment is already merged (this file: revision "
        "{revision}; merged: revision {stored}, {file}); skipped.",
    ),
    "m.same_revision": (
        "Aynı değerlendirmenin aynı sürümü ({revision}) zaten alınmış ({file}); atlandı.",
        "The same revision ({revision}) of this assessment is already merged ({file}); skipped.",
    ),
    "m.older_template": (
        "Aynı birim ve dönemin daha sonra kaydedilmiş şablonu zaten alınmış ({file}, "
        "{stored_time}; bu dosya {time}); atlandı.",
        "A template of the same unit and round saved later is already merged ({file}, "
        "{stored_time}; this file {time}); skipped.",
    ),
    "m.conflict_won": (
        "'{unit}' — '{round}' için iki ayrı değerlendirme var: bu dosya daha yeni (dışa aktarma "
        "{time}) ve {other} ({other_time}) yerine birleştirildi.",
        "There are two different assessments of '{unit}' — '{round}': this file is newer "
        "(exported {time}) and was merged in place of {other} ({other_time}).",
    ),
    "m.conflict_replaced": (
        "'{unit}' — '{round}' için iki ayrı değerlendirme var: {other} daha yeni ({other_time}) "
        "ve bu dosyanın ({time}) yerine birleştirildi.",
        "There are two different assessments of '{unit}' — '{round}': {other} is newer "
        "({other_time}) and was merged in place of this file ({time}).",
    ),
    "m.conflict_lost": (
        "'{unit}' — '{round}' için iki ayrı değerlendirme var: birleştirilmiş olan {other} daha "
        "yeni ({other_time}); bu dosya ({time}) alınmadı.",
        "There are two different assessments of '{unit}' — '{round}': the merged one, {other}, is "
        "newer ({other_time}); this file ({time}) was not merged.",
    ),
    "m.conflict_kept": (
        "'{unit}' — '{round}' için iki ayrı değerlendirme var: bu dosya daha yeni ({time}) ve "
        "birleştirilmiş olarak kaldı; {other} ({other_time}) alınmadı.",
        "There are two different assessments of '{unit}' — '{round}': this file is newer ({time}) "
        "and stays merged; {other} ({other_time}) was not merged.",
    ),
    "m.duplicate": (
        "Aynı dosya (aynı içerik) daha önce işlendi: {first} ({time}); atlandı.",
        "The same file (same content) was processed before: {first} ({time}); skipped.",
    ),
    "m.duplicate_in_batch": (
        "Bu birleştirmedeki {first} dosyasıyla içeriği aynı; atlandı.",
        "Same content as {first} in this merge; skipped.",
    ),
    "m.not_committed": (
        "Veritabanı bu dosyanın verisini sonunda kaydedemedi (ör. disk doldu); dosya alınmadı, "
        "yeniden birleştirin.",
        "The database could not save this file's data in the end (e.g. the disk filled up); the "
        "file was not stored: merge it again.",
    ),
    "m.log_more": (
        "... ve {count} sorun daha (günlükte ilk {shown} sorun tutulur).",
        "... and {count} more problems (the log keeps the first {shown}).",
    ),
    "m.conflict_set_aside": (
        "'{unit}' — '{round}' için başka bir değerlendirme zaten birleştirilmiş ({other}, dışa "
        "aktarma {other_time}, %{other_completeness} tamamlanmış, {other_status}); bu dosya "
        "({time}, %{completeness} tamamlanmış, {status}) onun yerine geçmedi, karar için ayrı "
        "tutuldu. Hangisinin doğru olduğunu birimle netleştirin; bu dosya doğruysa "
        "'maturity merge --prefer DOSYA' ile ya da uygulamada seçin.",
        "Another assessment of '{unit}' — '{round}' is already merged ({other}, exported "
        "{other_time}, {other_completeness}% complete, {other_status}); this file ({time}, "
        "{completeness}% complete, {status}) did not replace it and is kept aside for your "
        "decision. Check with the unit which one is right; if it is this file, choose it with "
        "'maturity merge --prefer FILE' or in the app.",
    ),
    "m.conflict_arrived": (
        "'{unit}' — '{round}' için başka bir değerlendirme içeren {other} ({other_time}, "
        "%{other_completeness} tamamlanmış, {other_status}) geldi; bu dosya (%{completeness} "
        "tamamlanmış, {status}) birleştirilmiş olarak kaldı, öteki karar için ayrı tutuldu.",
        "{other} ({other_time}, {other_completeness}% complete, {other_status}) arrived with "
        "another assessment of '{unit}' — '{round}'; this file ({completeness}% complete, "
        "{status}) stays merged, the other is kept aside for your decision.",
    ),
    "m.conflict_preferred": (
        "Koordinatörün seçimi (--prefer): '{unit}' — '{round}' için bu dosya {other} yerine "
        "birleştirildi.",
        "The coordinator's choice (--prefer): this file was merged for '{unit}' — '{round}' in "
        "place of {other}.",
    ),
    "m.conflict_not_preferred": (
        "Koordinatör bunun yerine {file} dosyasını seçti (--prefer); bu dosyanın verisi "
        "birleştirmeden çıkarıldı.",
        "The coordinator chose {file} instead (--prefer); this file's data left the merge.",
    ),
    "m.prefer_no_conflict": (
        "--prefer ile seçilen {file} bir çakışmada değil; seçilecek bir şey yok (durumu: "
        "{status}).",
        "{file}, chosen with --prefer, is in no conflict; there is nothing to choose (its "
        "status: {status}).",
    ),
    "m.log_text": ("{text}", "{text}"),
    "m.kept_previous": (
        "Önceki çalışma kitabı elle değiştirilmişti; yenisi yazılmadan önce korundu: {path}",
        "The earlier workbook had been edited; it was kept before the new one was written: {path}",
    ),
    "m.no_final_assessments": (
        "'{round}' döneminde kesinleşmiş değerlendirme yok ({drafts} taslak); taslakları da "
        "saymak için --final-only vermeyin.",
        "Round '{round}' has no final assessment ({drafts} drafts); leave out --final-only to "
        "count the drafts too.",
    ),
    "m.no_assessments": (
        "Veritabanında '{round}' dönemine ait değerlendirme yok; birleşik çalışma kitabı "
        "yazılmadı.",
        "The database holds no assessment of round '{round}'; no consolidated workbook was "
        "written.",
    ),
    "m.nothing_usable": (
        "Kullanılabilir dosya yok: verilenler arasında birleştirilebilecek bir Excel dosyası "
        "bulunamadı.",
        "Nothing usable: no workbook that could be merged was found among the inputs.",
    ),
    "m.nothing_to_do": (
        "Birleştirilecek dosyaları ya da klasörleri verin; yalnızca çalışma kitabını yeniden "
        "yazmak için --out verin.",
        "Give the files or folders to merge; to write the workbook again only, give --out.",
    ),
    "m.bad_suffix": (
        "Birleşik çalışma kitabının uzantısı .xlsx olmalı: {path}",
        "The consolidated workbook must end in .xlsx: {path}",
    ),
    "m.written": (
        "Birleşik çalışma kitabı yazıldı: {path} ({round} dönemi, {units} birim)",
        "Consolidated workbook written: {path} (round {round}, {units:unit|units})",
    ),
    "m.workbook_failed": (
        "Dosyalar veritabanına kaydedildi ama birleşik çalışma kitabı yazılamadı: {detail}",
        "The files are stored in the database, but the consolidated workbook could not be "
        "written: {detail}",
    ),
    "m.several_rounds": (
        "Birden çok dönem birleştirildi ({rounds}); çalışma kitabı {round} dönemi için yazıldı. "
        "Başka bir dönem için --round verin.",
        "Several rounds were merged ({rounds}); the workbook is for round {round}. Give --round "
        "for another one.",
    ),
    "m.report_written": (
        "Birleştirme raporu (JSON) yazıldı: {path}",
        "Merge report (JSON) written: {path}",
    ),
    "m.demo_written": (
        "{count} örnek dışa aktarım yazıldı: {folder}",
        "{count:demo export|demo exports} written: {folder}",
    ),
    "m.demo_units": (
        "Birim sayısı 1 ile 100.000 arasında bir tam sayı olmalı: {value}",
        "The number of units must be a whole number from 1 to 100,000: {value}",
    ),
    # CLI
    "cli.ok_valid": (
        "{path}: geçerli ({dimensions} boyut, {questions} soru, parmak izi {fingerprint}).",
        "{path}: valid ({dimensions:dimension|dimensions}, {questions:question|questions}, "
        "fingerprint {fingerprint}).",
    ),
    "cli.unit_added": ("Birim eklendi: {name}", "Unit added: {name}"),
    "cli.no_units": ("Henüz birim yok.", "No units yet."),
    "cli.no_assessments": ("Henüz değerlendirme yok.", "No assessments yet."),
    "cli.error": ("Hata: {detail}", "Error: {detail}"),
    "cli.folder_not_found": ("Klasör bulunamadı.", "Folder not found."),
    "cli.error_in": ("{path}: {detail}", "{path}: {detail}"),
    "cli.details_in_log": (
        "Ayrıntılar günlük dosyasında: {path}",
        "Details are in the log file: {path}",
    ),
    "cli.db_path_too_long": (
        "Veritabanı yolu çok uzun ({length} bayt; SQLite en çok {limit} bayt kabul eder): {path}. "
        "Daha kısa bir yol seçin (--db).",
        "The database path is too long ({length} bytes; SQLite accepts at most {limit}): {path}. "
        "Choose a shorter path (--db).",
    ),
    "cli.db_folder_read_only": (
        "Veritabanı klasörüne yazılamıyor: {folder}. SQLite veritabanının yanında ara dosyalar "
        "(-wal, -shm) açar; yazma izniniz olan bir klasör seçin (--db).",
        "Cannot write to the database folder: {folder}. SQLite keeps working files (-wal, -shm) "
        "beside the database; choose a folder you may write to (--db).",
    ),
    "cli.name_too_long": (
        "Dosya adı çok uzun ({length} bayt; en çok {limit}): {name}. Daha kısa bir ad verin.",
        "The file name is too long ({length} bytes; at most {limit}): {name}. Give a shorter name.",
    ),
    "cli.disk_full": (
        "'{file}' yazılamadı: disk dolu. Yer açıp yeniden deneyin; önceki dosya değişmedi.",
        "'{file}' could not be written: the disk is full. Free some space and try again; any "
        "earlier file is unchanged.",
    ),
    "cli.no_permission": (
        "'{file}' yazılamadı: bu klasöre yazma izniniz yok ({folder}).",
        "'{file}' could not be written: you may not write to this folder ({folder}).",
    ),
}


def default_language() -> str:
    """Turkish when the environment's locale is Turkish, otherwise English."""
    for var in ("MATURITY_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "tr" if _is_turkish(value) else "en"
    import locale  # here: the GUI's start-up path imports this module, rarely this function

    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    return "tr" if _is_turkish(name) else "en"


def _is_turkish(locale_name: str) -> bool:
    """ "tr_TR.UTF-8" on Linux and macOS, "Turkish_Türkiye" (or "Turkish_Turkey") on Windows."""
    return locale_name.lower().startswith(("tr", "turkish"))


def text(code: str, lang: str, /, **params) -> str:
    """The message for ``code`` in ``lang``, with ``params`` filled in."""
    from .formatting import shown_params  # counts, column titles, numbers as the user writes them

    tr, en = CATALOGUE[code]
    template = tr if lang == "tr" else en
    return template.format(**shown_params(params, lang))


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
