"""The look: Fusion with a light, calm palette and a little stylesheet.

Fusion looks the same on every Windows version and in the offscreen screenshots; colours are
few and quiet (municipal blue for selection and focus), text is dark on light, and the base
font is a little larger than Windows' 9 pt for long reading sessions.
"""

from __future__ import annotations

from .qt import QApplication, QColor, QFont, QPalette, QStyleFactory

ACCENT = "#1f5f99"  # selection, focus, the chosen level
ACCENT_SOFT = "#e4eef8"
BORDER = "#c9d1db"
MUTED_TEXT = "#55606e"
WARNING = "#9a4a00"
WINDOW = "#f4f6f9"
TEXT = "#1d2530"

STYLESHEET = f"""
QLabel#pageTitle {{ font-size: 15pt; font-weight: 600; color: {TEXT}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: {TEXT}; }}
QLabel#questionText {{ font-size: 12pt; font-weight: 600; color: {TEXT}; }}
QLabel#muted, QLabel#questionMeta {{ color: {MUTED_TEXT}; }}
QLabel#guidance {{ background: #eef3f8; border: 1px solid #d6e1ec; border-radius: 4px;
                   padding: 8px; color: #2d3a48; }}
QLabel#warning {{ color: {WARNING}; font-weight: 600; }}
QLabel#banner {{ background: #fff4e0; border: 1px solid #e8c48a; border-radius: 4px;
                 padding: 6px; }}
QLabel#legalNote {{ background: #f3f0fa; border: 1px solid #cfc4e6; border-radius: 4px;
                    padding: 6px; color: #2d3a48; }}
QLabel#legalNote[gap="true"] {{ background: #fdecea; border: 1px solid #e3a39c; color: #7a1f16; }}
QLabel#bigNumber {{ font-size: 17pt; font-weight: 600; color: {ACCENT}; }}
QFrame#card {{ background: white; border: 1px solid {BORDER}; border-radius: 6px; }}
QPushButton {{ padding: 5px 12px; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid #174a78;
                       border-radius: 4px; font-weight: 600; padding: 6px 14px; }}
QPushButton#primary:hover {{ background: #246cad; }}
QPushButton#primary:disabled {{ background: #9fb4c8; border-color: #9fb4c8; }}
QToolButton#targetLevel {{ min-width: 30px; min-height: 26px; font-weight: 600; }}
QToolButton#targetLevel:checked {{ background: {ACCENT}; color: white; border: 1px solid #174a78;
                                   border-radius: 3px; }}
QTreeWidget, QTableWidget, QListWidget {{ background: white; }}
QStatusBar QLabel {{ color: {MUTED_TEXT}; padding: 0 6px; }}
QProgressDialog {{ min-width: 460px; }}  /* room for its title ("... kaydediliyor") */
"""


def palette() -> QPalette:
    pal = QPalette()
    colours = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f2f5f8",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#eef1f5",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#fffdf2",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#7a8594",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8c96a3"))
    return pal


def apply(app: QApplication) -> None:
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette())
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLESHEET)
