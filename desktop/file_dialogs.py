"""Every file dialog of the app: where it starts, its filters and suffixes, the folder it
remembers per kind of file, and suggested names built by one pattern.

Why one module: Qt's own (widget) file dialog sniffs every file it lists to choose an icon and a
"type" text - it opens and reads them. Opening and closing the database file from inside the
app's process drops every POSIX lock the process holds on it (fcntl locks belong to the process,
not to the descriptor), and the next program that opens the database then deletes the WAL the
app is still writing into. So every dialog here gets ``SuffixIconProvider``, which names icons
and types by the file name alone and never opens a file (docs/security.md). The store guards
itself as well; this keeps the dialogs from being the trigger.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from assessments.atomic import safe_file_name

from .qt import QAbstractFileIconProvider, QFileDialog, QFileInfo, QIcon, QStandardPaths

__all__ = [
    "EXCEL",
    "IMAGES",
    "LOGO",
    "MERGE_INPUT",
    "MONITORING",
    "PDF",
    "Kind",
    "SuffixIconProvider",
    "WORD",
    "WORKBOOKS",
    "clean_name",
    "documents",
    "open_file",
    "open_files",
    "open_folder",
    "prepare",
    "save_file",
    "suggested_name",
]


@dataclass(frozen=True)
class Kind:
    """A kind of file the app reads or writes: its filters (the first is the default) and the
    key of the folder last used for it."""

    key: str
    filters: tuple[tuple[str, str], ...]  # (suffix without dot, filter text)

    @property
    def suffixes(self) -> tuple[str, ...]:
        return tuple(suffix for suffix, _text in self.filters)

    @property
    def filter_text(self) -> str:
        return ";;".join(text for _suffix, text in self.filters)

    def with_suffix(self, path: str, chosen_filter: str = "") -> str:
        """``path`` with a suffix of this kind: as typed, else the chosen filter's (else the
        first)."""
        if Path(path).suffix.lower().lstrip(".") in self.suffixes:
            return path
        suffix = next((s for s, text in self.filters if text == chosen_filter), self.suffixes[0])
        return f"{path}.{suffix}"


EXCEL = Kind("excel", (("xlsx", "Excel (*.xlsx)"),))
# What the app reads: every format a unit's office program may write (the reader tells them by
# their content); the same remembered folder as EXCEL.
WORKBOOKS = Kind("excel", (("xlsx", "Excel / LibreOffice (*.xlsx *.xlsm *.xlsb *.xls *.ods)"),))
PDF = Kind("pdf", (("pdf", "PDF (*.pdf)"),))
WORD = Kind("word", (("docx", "Word (*.docx)"),))
IMAGES = Kind("image", (("png", "PNG (*.png)"), ("svg", "SVG (*.svg)"), ("pdf", "PDF (*.pdf)")))
LOGO = Kind("logo", (("png", "PNG (*.png)"), ("jpg", "JPEG (*.jpg *.jpeg)")))
MERGE_INPUT = Kind("merge", WORKBOOKS.filters)  # the units' workbooks: their own folder
MONITORING = Kind("monitoring", WORKBOOKS.filters)  # the monitoring forms sent out and back


class SuffixIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file name only: never opens a file (see the module's
    docstring). Folders get the folder icon, everything else the file icon."""

    def __init__(self):
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)
        self._icons: dict[int, QIcon] = {}

    def icon(self, what):  # noqa: D102 - Qt's overloads: an IconType or a QFileInfo
        if isinstance(what, QFileInfo):
            kind = (
                QAbstractFileIconProvider.IconType.Folder
                if what.isDir()
                else QAbstractFileIconProvider.IconType.File
            )
        else:
            kind = what
        key = int(kind.value)
        if key not in self._icons:
            self._icons[key] = super().icon(kind)
        return self._icons[key]

    def type(self, info: QFileInfo) -> str:  # noqa: A003 (Qt's name)
        if info.isDir():
            return "Folder"
        suffix = info.suffix()
        return f"{suffix.upper()} file" if suffix else "File"


_provider: SuffixIconProvider | None = None


def icon_provider() -> SuffixIconProvider:
    global _provider
    if _provider is None:
        _provider = SuffixIconProvider()
    return _provider


def prepare(dialog: QFileDialog) -> QFileDialog:
    """Make ``dialog`` safe to point at the database folder: the non-sniffing icon provider,
    no custom folder icons, no resolving of links (each would open files)."""
    # A native dialog ignores the icon provider; on Linux it (GTK) runs in this process and
    # sniffs too. Windows locks are per handle, so only there the native dialog is safe.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, sys.platform != "win32")
    dialog.setIconProvider(icon_provider())
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setOption(QFileDialog.Option.DontResolveSymlinks, True)
    return dialog


def documents() -> Path:
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location))


def _settings():
    from .settings import Settings

    return Settings()


def start_folder(kind: Kind) -> Path:
    """The folder last used for this kind of file (kept in the settings), while it exists;
    else the documents folder."""
    folder = _settings().last_folder(kind.key)
    return Path(folder) if folder and Path(folder).is_dir() else documents()


def remember(kind: Kind, path: str | Path) -> None:
    path = Path(path)
    _settings().set_last_folder(kind.key, str(path if path.is_dir() else path.parent))


def clean_name(text: str) -> str:
    """The one file-name cleaner (characters Windows refuses, reserved names, length)."""
    return safe_file_name(text)


def suggested_name(*parts: str, suffix: str) -> str:
    """``<part>-<part>-...<.suffix>``, each part cleaned: the one pattern of suggested names."""
    stem = "-".join(part for part in parts if part)
    return clean_name(stem) + "." + suffix.lstrip(".")


def _dialog(
    parent, title: str, folder: Path | str, filters: str, mode: QFileDialog.FileMode, save: bool
) -> QFileDialog:
    dialog = prepare(QFileDialog(parent, title, str(folder), filters))
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog


def _ask(dialog: QFileDialog, start: str) -> tuple[list[str], str]:
    """Show ``dialog`` starting at ``start`` (a folder or a suggested file): the chosen paths
    and name filter, or ([], "") if cancelled. The GUI tests answer in its place."""
    if not Path(start).is_dir():
        dialog.selectFile(start)
    if not dialog.exec():
        return [], ""
    return dialog.selectedFiles(), dialog.selectedNameFilter()


def save_file(parent, title: str, kind: Kind, name: str) -> tuple[str, str]:
    """Ask where to write a file of ``kind`` suggested as ``name``: (path with its suffix,
    chosen filter), or ("", "") if cancelled."""
    suggested = start_folder(kind) / name
    dialog = _dialog(
        parent, title, suggested.parent, kind.filter_text, QFileDialog.FileMode.AnyFile, save=True
    )
    paths, chosen = _ask(dialog, str(suggested))
    if not paths or not paths[0]:
        return "", ""
    path = kind.with_suffix(paths[0], chosen)
    remember(kind, path)
    return path, chosen


def open_files(
    parent, title: str, kind: Kind, many: bool = True, filters: str | None = None
) -> list[str]:
    """Ask for existing files of ``kind`` (``filters`` instead of the kind's, e.g. with "All
    files"): their paths ([] if cancelled)."""
    mode = QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile
    folder = start_folder(kind)
    dialog = _dialog(parent, title, folder, filters or kind.filter_text, mode, save=False)
    paths, _chosen = _ask(dialog, str(folder))
    paths = [path for path in paths if path]
    if paths:
        remember(kind, paths[0])
    return paths


def open_file(parent, title: str, kind: Kind) -> str:
    paths = open_files(parent, title, kind, many=False)
    return paths[0] if paths else ""


def open_folder(parent, title: str, kind: Kind) -> str:
    """Ask for a folder (to read files of ``kind`` from): its path, or "" if cancelled."""
    folder = start_folder(kind)
    dialog = _dialog(parent, title, folder, "", QFileDialog.FileMode.Directory, save=False)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    paths, _chosen = _ask(dialog, str(folder))
    if not paths or not paths[0]:
        return ""
    remember(kind, paths[0])
    return paths[0]
