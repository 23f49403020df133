"""The single import point for Qt: every other desktop module imports Qt from here.

Keeping one door makes it obvious which Qt modules the app uses (and so which the packaged
build may exclude), and gives one place to adapt if the binding changes.
"""

from PySide6.QtCore import (  # noqa: F401
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    QSize,
    Qt,
    QThread,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QIcon, QKeySequence  # noqa: F401
from PySide6.QtWidgets import (  # noqa: F401
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
