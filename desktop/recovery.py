"""A damaged database at start-up, and the backup taken when the app closes.

At open, ``Store`` checks the file (``PRAGMA quick_check``). When it is damaged and a good
backup exists, the user is offered that backup (with its date); accepting puts it in place
(the damaged file is renamed aside, never deleted) and opens it. Without a good backup the user
is told where the damaged file is and that it is kept. At close, a backup goes into
``backups/`` beside the database (the newest ``KEEP`` are kept), but only of a database that
still passes the check and only when something changed, so neither a damaged file nor a
series of sessions without changes pushes the good backups out.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path

from assessments import formatting
from assessments.messages import MaturityError

from . import errors, i18n
from .qt import QApplication, QMessageBox

log = logging.getLogger(__name__)

KEEP = 10  # backups kept beside the database
_STAMP = re.compile(r"-(\d{8}T\d{12})Z-")


def backup_time(backup: Path) -> str:
    """When ``backup`` was made, in local time and the user's format ("25.11.2026 15:24")."""
    found = _STAMP.search(backup.name)
    if found:
        moment = datetime.strptime(found.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
    else:
        moment = datetime.fromtimestamp(backup.stat().st_mtime, UTC)
    return formatting.timestamp(moment.isoformat(), i18n.current())


def ask_restore(parent, db_path: Path, backup: Path) -> bool:
    """Offer the backup; True when the user chose to restore it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QApplication.translate("Recovery", "The database is damaged"),
        QApplication.translate(
            "Recovery",
            "The database file is damaged and cannot be used safely:\n{path}\n\n"
            "The latest good backup was made on {time}. Restore it? Changes saved "
            "after that moment are not in the backup.\n\n"
            "The damaged file is not deleted: it is kept beside the database, its "
            'name ending in ".damaged-" and the time.',
        ).format(path=db_path, time=backup_time(backup)),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    restore = box.addButton(
        QApplication.translate("Recovery", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QApplication.translate("Recovery", "Close the program"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def explain_no_backup(parent, db_path: Path) -> None:
    QMessageBox.critical(
        parent,
        QApplication.translate("Recovery", "The database is damaged"),
        QApplication.translate(
            "Recovery",
            "The database file is damaged and there is no good backup to restore:\n{path}\n\n"
            "The file is kept as it is: nothing has been deleted. Please contact the IT "
            "department or the smart city office; they may be able to recover it. To start "
            "again with an empty database, move the file to another folder and open the "
            "program again.\n\nBackups are kept in: {folder}",
        ).format(path=db_path, folder=Path(db_path).parent / "backups"),
    )


def recover(parent, session, exc: MaturityError) -> bool:
    """The database did not open (``exc``): offer what can be done. True when ``session`` is
    open afterwards (a backup was restored); False when the app should close."""
    from assessments.store import latest_backup, restore_backup

    db_path = Path(session.db_path)
    if exc.code == "s.corrupt_no_backup":
        explain_no_backup(parent, db_path)
        return False
    backup = latest_backup(db_path) if exc.code == "s.corrupt" else None
    if backup is None:
        if exc.code == "s.corrupt":  # the backups went bad since the store looked
            explain_no_backup(parent, db_path)
        else:
            errors.show_error(parent, exc)
        return False
    if not ask_restore(parent, db_path, backup):
        log.info("damaged database, restore declined: %s", db_path)
        return False
    try:
        damaged = restore_backup(db_path, backup)
        log.warning(
            "damaged database %s restored from %s; damaged copy kept as %s",
            db_path,
            backup,
            damaged,
        )
        session.open()
    except OSError as error:
        log.error("cannot restore %s from %s: %s", db_path, backup, error)
        errors.show_error(
            parent, MaturityError("s.cannot_open", path=str(db_path), detail=str(error))
        )
        return False
    except MaturityError as error:
        log.error("the restored database does not open: %s", error)
        errors.show_error(parent, error)
        return False
    QMessageBox.information(
        parent,
        QApplication.translate("Recovery", "Backup restored"),
        QApplication.translate(
            "Recovery",
            "The backup of {time} was restored and opened.\n\nThe damaged file is kept as:\n"
            "{damaged}",
        ).format(time=backup_time(backup), damaged=damaged),
    )
    return True


def unchanged_since_last_backup(db_path: Path) -> bool:
    """True when nothing was written to the database since its newest backup: its write-ahead
    log holds no change and the file is older than the backup. Opening and closing the app
    without a change then does not push older backups out."""
    from assessments.store import backups_of

    db_path = Path(db_path)
    backups = backups_of(db_path)
    if not backups or not db_path.is_file():
        return False
    wal = Path(f"{db_path}-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        return False
    return db_path.stat().st_mtime <= backups[-1].stat().st_mtime


def backup_on_close(store) -> Path | None:
    """Back up the database as the app closes (``KEEP`` kept). Skipped when nothing changed
    since the newest backup, and for a database that fails its check, which must not push the
    good backups out; a failing backup never stops the app from closing. Returns the backup
    written, if any."""
    if store is None:
        return None
    try:
        if unchanged_since_last_backup(store.path):
            return None
        if not store.integrity_ok():
            log.error("not backing up at close: the database fails its check: %s", store.path)
            return None
        written = store.backup("close", keep=KEEP)
    except Exception:  # noqa: BLE001 - closing must go on whatever the disk says
        log.exception("backup at close failed: %s", store.path)
        return None
    log.info("backup at close: %s", written)
    return written
