"""The user's preferences, in an INI file in the user's config folder (QSettings, IniFormat).

One small typed wrapper, so keys are spelled once: language, window geometry and layout, the
report logo, the last folder per kind of file and the last assessment per database (an
assessment belongs to one database file).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from assessments.paths import APP_AUTHOR, APP_NAME

from .qt import QByteArray, QSettings

ENV = "MATURITY_SETTINGS"  # a settings file to use instead (tests, portable use)


def settings_path() -> Path:
    """``settings.ini`` in the user config folder (e.g. %LOCALAPPDATA%\\BalikesirBB\\
    AkilliSehirOlgunluk on Windows, ~/.config/AkilliSehirOlgunluk on Linux)."""
    override = os.environ.get(ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, APP_AUTHOR)) / "settings.ini"


def _db_key(db_path: Path) -> str:
    return hashlib.sha1(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]


class Settings:
    def __init__(self, path: Path | None = None):
        self.path = path or settings_path()
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def language(self) -> str | None:
        value = self.qsettings.value("language")
        return value if value in ("tr", "en") else None

    @language.setter
    def language(self, lang: str) -> None:
        self.qsettings.setValue("language", lang)
        self.qsettings.sync()

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def last_folder(self, kind: str) -> str | None:
        """The folder last chosen in a file dialog for this kind of file (file_dialogs)."""
        value = self.qsettings.value(f"folders/{kind}")
        return value or None

    def set_last_folder(self, kind: str, folder: str) -> None:
        self.qsettings.setValue(f"folders/{kind}", folder)
        self.qsettings.sync()

    @property
    def report_logo(self) -> str | None:
        """The image printed at the top of every PDF report (Settings -> Report logo), or None."""
        value = self.qsettings.value("report/logo")
        return value or None

    @report_logo.setter
    def report_logo(self, path: str | None) -> None:
        if path:
            self.qsettings.setValue("report/logo", str(path))
        else:
            self.qsettings.remove("report/logo")
        self.qsettings.sync()

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)
        self.qsettings.setValue("window/splitter", splitter)
        self.qsettings.sync()

    def last_assessment(self, db_path: Path) -> str | None:
        value = self.qsettings.value(f"last_assessment/{_db_key(db_path)}")
        return value or None

    def set_last_assessment(self, db_path: Path, uuid: str | None) -> None:
        key = f"last_assessment/{_db_key(db_path)}"
        if uuid:
            self.qsettings.setValue(key, uuid)
        else:
            self.qsettings.remove(key)
        self.qsettings.sync()
