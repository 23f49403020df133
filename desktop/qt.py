"""The single import point for Qt: every other desktop module imports Qt from here.

Keeping one door makes it obvious which Qt modules the app uses (and so which the packaged
build may exclude), and gives one place to adapt if the binding changes. Only QtCore, QtGui
and QtWidgets are imported here: they load in well under 0.1 s, the rest would slow start-up.

The names below are looked up on first use (``from .qt import QLabel`` looks it up then), not
all at import: PySide6 builds each class and its Python enums on first access, about 0.4 ms a
class and 16 ms for the ``Qt`` namespace, so start-up pays only for what the first screen uses.
"""

from PySide6 import QtCore, QtGui, QtWidgets

_NAMES = {
    QtCore: (
        "QAbstractTableModel",
        "QByteArray",
        "QCoreApplication",
        "QDate",
        "QDir",
        "QEvent",
        "QFileInfo",
        "QLibraryInfo",
        "QLocale",
        "QLockFile",
        "QMimeData",
        "QModelIndex",
        "QObject",
        "QPoint",
        "QRect",
        "QRectF",
        "QRunnable",
        "QSettings",
        "QSize",
        "QSocketNotifier",
        "QSortFilterProxyModel",
        "QStandardPaths",
        "QStringListModel",
        "Qt",
        "QThread",
        "QThreadPool",
        "QTimer",
        "QTranslator",
        "QUrl",
        "Signal",
        "Slot",
        "qInstallMessageHandler",
    ),
    QtGui: (
        "QAbstractFileIconProvider",
        "QAction",
        "QActionGroup",
        "QCloseEvent",
        "QColor",
        "QDesktopServices",
        "QDragEnterEvent",
        "QDropEvent",
        "QFont",
        "QGuiApplication",
        "QHelpEvent",
        "QIcon",
        "QKeySequence",
        "QPainter",
        "QPainterPath",
        "QPalette",
        "QPen",
        "QPixmap",
        "QUndoCommand",
        "QUndoStack",
    ),
    QtWidgets: (
        "QAbstractButton",
        "QAbstractItemView",
        "QApplication",
        "QBoxLayout",
        "QButtonGroup",
        "QCheckBox",
        "QComboBox",
        "QCompleter",
        "QDialog",
        "QDialogButtonBox",
        "QFileDialog",
        "QFormLayout",
        "QFrame",
        "QGridLayout",
        "QGroupBox",
        "QHBoxLayout",
        "QHeaderView",
        "QLabel",
        "QLineEdit",
        "QListView",
        "QListWidget",
        "QListWidgetItem",
        "QMainWindow",
        "QMessageBox",
        "QPlainTextEdit",
        "QProgressBar",
        "QProgressDialog",
        "QPushButton",
        "QScrollArea",
        "QSizePolicy",
        "QSplitter",
        "QStackedWidget",
        "QStatusBar",
        "QStyledItemDelegate",
        "QStyleOptionViewItem",
        "QStyleFactory",
        "QTableView",
        "QTableWidget",
        "QTableWidgetItem",
        "QTabWidget",
        "QTextBrowser",
        "QToolButton",
        "QToolTip",
        "QTreeWidget",
        "QTreeWidgetItem",
        "QVBoxLayout",
        "QWidget",
    ),
}
_MODULE_OF = {name: module for module, names in _NAMES.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str):
    """Look a Qt name up on first use and keep it here (the next use is a plain global)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(
            f"module {__name__!r} has no attribute {name!r} (add it to desktop/qt.py)"
        )
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF))


def qtest():
    """QtTest's ``QTest``, imported on first use: only the test-only autopilot (tests/reliability)
    needs it, so the app's start-up never loads QtTest."""
    from PySide6.QtTest import QTest

    return QTest
