"""Where things live: bundled resources (in development and in a frozen build) and user data."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

APP_NAME = "AkilliSehirOlgunluk"
APP_AUTHOR = "BalikesirBB"
DB_FILE = "olgunluk.sqlite3"
BUNDLED_QUESTIONNAIRE = "akilli-sehir"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the packages in a source tree, inside the bundle when
    frozen by PyInstaller, or wherever ``MATURITY_RESOURCES`` points."""
    override = os.environ.get("MATURITY_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def bundled_questionnaire_dir() -> Path:
    return resources_dir() / "questionnaires" / BUNDLED_QUESTIONNAIRE


def data_dir() -> Path:
    """The user's data folder (e.g. %LOCALAPPDATA%\\BalikesirBB\\AkilliSehirOlgunluk)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def default_db_path(cli_value: str | os.PathLike | None = None) -> Path:
    """The database: ``--db`` beats ``MATURITY_DB`` beats the user data folder. Only the user
    data folder is created (on first start): a folder given that does not exist is an error
    when the store opens, never a new empty database (it may be an unmounted share)."""
    if cli_value:
        return Path(cli_value)
    env = os.environ.get("MATURITY_DB")
    if env:
        return Path(env)
    folder = data_dir()
    with contextlib.suppress(OSError):  # the store then names the folder it cannot use
        folder.mkdir(parents=True, exist_ok=True)
    return folder / DB_FILE


def log_dir() -> Path:
    return data_dir() / "logs"
