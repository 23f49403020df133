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
        QLocale.setDefault(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)
                           if lang == "tr" else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        if lang != SOURCE_LANGUAGE:
            self._install(Path(qt_translations_dir()) / f"qtbase_{lang}.qm")
            self._install(translations_dir() / f"maturity_{lang}.qm")
        self.changed.emit(lang)

    def _install(self, path: Path) -> None:
        translator = QTranslator(self)
        if translator.load(str(path)):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        else:
            log.warning("translation not found: %s (run: make translations)", path)
