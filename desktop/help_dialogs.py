"""Help: the user guide (docs/user-guide.md, in the UI language), the keyboard shortcuts
(read from the window's own actions, so the list is always true) and About."""

from __future__ import annotations

from pathlib import Path

from assessments import __version__
from assessments.paths import resources_dir

from . import i18n
from .qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QKeySequence,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

GUIDE_FILE = "user-guide.md"
ENGLISH_MARKER = "<!-- English -->"  # the guide is Turkish first; English follows this line


def user_guide_path() -> Path | None:
    """docs/user-guide.md: beside resources/ in the source tree and in the packaged app."""
    for folder in (resources_dir().parent / "docs", resources_dir() / "docs"):
        if (folder / GUIDE_FILE).is_file():
            return folder / GUIDE_FILE
    return None


def user_guide_text(lang: str) -> str | None:
    """The guide's part in ``lang`` (Markdown), or None when the file is missing."""
    path = user_guide_path()
    if path is None:
        return None
    text = path.read_text(encoding="utf-8")
    turkish, _, english = text.partition(ENGLISH_MARKER)
    return (english or turkish) if lang == "en" else turkish


def fit_on_screen(dialog: QDialog, width: int, height: int) -> None:
    """Resize to ``width`` x ``height``, or smaller where the screen is (1366x768 at 150 %
    leaves 911x512 pixels)."""
    parent = dialog.parentWidget()
    screen = (parent or dialog).screen()
    area = screen.availableGeometry() if screen is not None else None
    if area is not None:
        width, height = min(width, area.width() - 40), min(height, area.height() - 60)
    dialog.resize(width, height)


class UserGuideDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        fit_on_screen(self, 820, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        text = user_guide_text(i18n.current())
        if text is None:
            self.browser.setPlainText(
                self.tr(
                    "The user guide was not found. It is the file docs/user-guide.md of the "
                    "program."
                )
            )
        else:
            self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


class ShortcutsDialog(QDialog):
    """``entries``: (key sequence text, what it does), already in the UI language; the keys
    of the pages and fields (the same in every language) are added after them."""

    def __init__(self, entries: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        entries = list(entries) + self.page_entries()
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        fit_on_screen(self, 640, 580)
        intro = QLabel(
            self.tr(
                "Everything works without a mouse. Tab moves between fields; in a text field, "
                "digits and letters are typed as usual."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(entries), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (keys, action) in enumerate(entries):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(action))
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(-1, -1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def page_entries(self) -> list[tuple[str, str]]:
        """Keys that belong to a page or a field, not to a menu command. Alt+letter jumps
        are chosen so that the same letter works in Turkish and English."""
        return [
            ("Enter", self.tr("Start page: open the chosen assessment (also from the filter)")),
            ("Alt+N", self.tr("Question: tick or untick Not applicable (N/A)")),
            ("Alt+O", self.tr("Question: go to the notes (the justification when N/A)")),
            ("Alt+K", self.tr("Question: go to the evidence")),
            ("Esc", self.tr("In a text field: back to the level choices")),
            (
                "Ctrl+Z, Ctrl+Y",
                self.tr(
                    "In a text field: undo or redo the typing first, then "
                    "the answers (as in a word processor)"
                ),
            ),
            ("Ctrl+Enter", self.tr("N/A justification: confirm")),
            ("Alt+I, Alt+N, Alt+T", self.tr("New assessment: unit, round, respondent")),
        ]


def key_text(sequences: list[QKeySequence]) -> str:
    """Keys as printed on the keyboard ("Ctrl+Z", "PgDown"), each once."""
    names = []
    for sequence in sequences:
        name = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if name and name not in names:
            names.append(name)
    return ", ".join(names)


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, settings_path: Path, log_path: Path | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        page = "<h3>{title}</h3><p>{version}</p><p>{what}</p><p>{db}<br>{settings}<br>{log}</p>"
        text = QLabel(
            page.format(
                title=self.tr("Smart City Maturity Self-Assessment"),
                version=self.tr("Version {version}").format(version=__version__),
                what=self.tr(
                    "Balıkesir Metropolitan Municipality, Smart City Office. Units rate their "
                    "smart-city maturity; the results feed the city's Smart City Action Plan."
                ),
                db=self.tr("Database: {path}").format(path=db_path),
                settings=self.tr("Settings: {path}").format(path=settings_path),
                log=self.tr("Log: {path}").format(path=log_path or "-"),
            )
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
