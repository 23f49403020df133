"""The UI language: Qt translators for our strings and Qt's own, switched live.

Our strings are English in the code and translated by ``maturity_<lang>.qm`` (built from
``resources/translations/*.ts``); Qt's standard buttons and dialogs by ``qtbase_<lang>.qm``
from PySide6. Installing or removing a translator sends every widget a LanguageChange event;
widgets re-set their texts in ``changeEvent``. The questionnaire's own texts follow
``current()``, which is set before the translators change.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from assessments.paths import resources_dir

from .qt import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

log = logging.getLogger(__name__)

LANGUAGES = {"tr": "Türkçe", "en": "English"}  # each in its own language, never translated
SOURCE_LANGUAGE = "en"

_current = "tr"


def current() -> str:
    """The UI language now: "tr" or "en"."""
    return _current


def system_language() -> str:
    """Turkish when ``MATURITY_LANG`` or the system locale says so, otherwise English."""
    forced = os.environ.get("MATURITY_LANG", "")
    if forced:
        return "tr" if forced.lower().startswith("tr") else "en"
    for name in QLocale.system().uiLanguages():
        return "tr" if name.lower().startswith("tr") else "en"
    return "tr" if QLocale.system().language() == QLocale.Language.Turkish else "en"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def qt_translation_candidates(lang: str) -> list[Path]:
    """Where Qt's own catalogue (file dialogs, standard buttons) may be: Qt's translations
    folder, then the copies a packaged build or the resources folder carries."""
    name = f"qtbase_{lang}.qm"
    folders = [
        Path(qt_translations_dir()),
        translations_dir(),
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PrefixPath)) / "translations",
    ]
    return [folder / name for folder in folders]


class KeyNames(QTranslator):
    """Key names as printed on the keys and in the docs ("Ctrl+N", "PgDown"), in every
    language: qtbase's Turkish catalogue would show "Kontrol+N" in the menus."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return source if context == "QShortcut" else None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


class LanguageSwitcher(QObject):
    """Owns the translators; ``set_language`` switches the whole UI."""

    changed = Signal(str)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []

    def uninstall(self) -> None:
        """Remove this switcher's translators from the application."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()

    def set_language(self, lang: str) -> None:
        global _current
        lang = lang if lang in LANGUAGES else SOURCE_LANGUAGE
        self.uninstall()
        _current = lang
        QLocale.setDefault(
            QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)
            if lang == "tr"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        if lang != SOURCE_LANGUAGE:
            found = [p for p in qt_translation_candidates(lang) if p.is_file()]
            self._install(found[0] if found else qt_translation_candidates(lang)[0])
            self._install(translations_dir() / f"maturity_{lang}.qm")
            self._install(None)  # last installed, first asked: the key names stay as printed
        self.changed.emit(lang)

    def _install(self, path: Path | None) -> None:
        translator = QTranslator(self) if path is not None else KeyNames(self)
        if path is None or translator.load(str(path)):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        else:
            log.warning("translation not found: %s (run: make translations)", path)
