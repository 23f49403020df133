"""The files and folders to merge: the list (a drop target), Add files/folder, Remove,
and the merge options beside them."""

from __future__ import annotations

import logging
from pathlib import Path

from .. import file_dialogs
from ..qt import (
    QAbstractItemView,
    QCheckBox,
    QDir,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
)
from .radar import MERGE_TAB

log = logging.getLogger(__name__)

PATH_ROLE = Qt.ItemDataRole.UserRole
DROP_HINT_STYLE = (
    "QLabel {{ border: 2px dashed {colour}; border-radius: 6px;"
    " background: {background};"
    " color: #55606e; padding: 8px; }}"
)


def local_paths(mime) -> list[Path]:
    """The local files and folders in dropped data (web links are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()
    ]


class InputList:
    """Part of CoordinatorView (a mixin: ``self`` is the view)."""

    def _build_input_strip(self) -> QHBoxLayout:
        """The files and folders to merge (a drop target), their buttons and the options."""
        self.inputs = QListWidget()
        self.inputs.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.inputs.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.inputs.itemSelectionChanged.connect(self._update_buttons)
        self.drop_hint = QLabel()
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setWordWrap(True)
        self._highlight_drop(False)
        self.input_stack = QStackedWidget()
        self.input_stack.addWidget(self.drop_hint)
        self.input_stack.addWidget(self.inputs)
        self.input_stack.setFixedHeight(96)

        self.add_files_button = QPushButton()
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button = QPushButton()
        self.add_folder_button.clicked.connect(self.add_folder)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        input_buttons = QVBoxLayout()
        input_buttons.setSpacing(4)
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            input_buttons.addWidget(button)
        input_buttons.addStretch(1)

        self.accept_modified = QCheckBox()
        self.accept_modified_help = QLabel(objectName="muted")
        self.accept_modified_help.setWordWrap(True)
        self.merge_button = QPushButton(objectName="primary")
        self.merge_button.clicked.connect(self.start_merge)
        options = QVBoxLayout()
        options.setSpacing(4)
        options.addWidget(self.accept_modified)
        options.addWidget(self.accept_modified_help)
        options.addStretch(1)
        options.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignRight)
        options_box = QWidget()
        options_box.setLayout(options)
        options_box.setFixedWidth(400)
        options.setContentsMargins(0, 0, 0, 0)

        strip = QHBoxLayout()
        strip.addWidget(self.input_stack, 1)
        strip.addLayout(input_buttons)
        strip.addSpacing(8)
        strip.addWidget(options_box)
        return strip

    def input_paths(self) -> list[str]:
        return [self.inputs.item(i).data(PATH_ROLE) for i in range(self.inputs.count())]

    def add_paths(self, paths) -> int:
        """Add files or folders to merge (each once); returns how many were new."""
        known = {p.casefold() for p in self.input_paths()}
        added = 0
        for path in paths:
            shown = QDir.toNativeSeparators(str(path))
            if not str(path) or shown.casefold() in known:
                continue
            folder = " " + self.tr("(folder)") if Path(path).is_dir() else ""
            item = QListWidgetItem(shown + folder)
            item.setData(PATH_ROLE, shown)
            item.setToolTip(shown)
            self.inputs.addItem(item)
            known.add(shown.casefold())
            added += 1
        if added:
            file_dialogs.remember(file_dialogs.MERGE_INPUT, self.input_paths()[-1])
        self._update_buttons()
        return added

    def add_files(self) -> None:
        paths = file_dialogs.open_files(
            self,
            self.tr("Add workbooks to merge"),
            file_dialogs.MERGE_INPUT,
            filters=f"{file_dialogs.WORKBOOKS.filter_text};;{self.tr('All files')} (*)",
        )
        self.add_paths(paths)

    def add_folder(self) -> None:
        folder = file_dialogs.open_folder(
            self, self.tr("Add a folder to merge"), file_dialogs.MERGE_INPUT
        )
        if folder:
            self.add_paths([folder])

    def remove_selected(self) -> None:
        for item in self.inputs.selectedItems():
            self.inputs.takeItem(self.inputs.row(item))
        self._update_buttons()

    def dragEnterEvent(self, event):  # noqa: N802 (Qt's name)
        if local_paths(event.mimeData()) and not self.running:
            event.acceptProposedAction()
            self._highlight_drop(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event):  # noqa: N802 (Qt's name)
        if local_paths(event.mimeData()) and not self.running:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event):  # noqa: N802 (Qt's name)
        self._highlight_drop(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event):  # noqa: N802 (Qt's name)
        self._highlight_drop(False)
        paths = local_paths(event.mimeData())
        if not paths or self.running:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tabs.setCurrentIndex(MERGE_TAB)
        self.add_paths(paths)

    def _highlight_drop(self, on: bool) -> None:
        from ..style import ACCENT, ACCENT_SOFT

        self.drop_hint.setStyleSheet(
            DROP_HINT_STYLE.format(
                colour=ACCENT if on else "#9fb4c8", background=ACCENT_SOFT if on else "white"
            )
        )
