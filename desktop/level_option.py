"""One level of a question's rubric as a large, word-wrapped, radio-style button.

The whole card is the click target (number, level name and rubric text), so it is easy to hit
and easy to read; keyboard users reach it with Tab/arrow keys and pick it with Space. Screen
readers hear "Level 3: Development" and the rubric text as its description.
"""

from __future__ import annotations

from . import style
from .qt import (
    QAbstractButton,
    QColor,
    QFont,
    QHBoxLayout,
    QLabel,
    QPainter,
    QPen,
    QRectF,
    QSizePolicy,
    Qt,
    QVBoxLayout,
)

DISC_SIZE = 28


class LevelOption(QAbstractButton):
    def __init__(self, level: int, parent=None):
        super().__init__(parent)
        self.level = level
        self.setCheckable(True)
        self.setAutoExclusive(False)  # a QButtonGroup makes them exclusive
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

        self.title = QLabel()
        self.body = QLabel()
        self.body.setWordWrap(True)
        for label in (self.title, self.body):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self._number_font = QFont(font)
        self._number_font.setPointSizeF(font.pointSizeF() * 1.2)

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.body)
        row = QHBoxLayout(self)
        row.setContentsMargins(DISC_SIZE + 18, 6, 12, 7)  # room for the number's disc
        row.addLayout(texts, 1)

    def set_texts(self, name: str, rubric: str, accessible_name: str) -> None:
        self.title.setText(name)
        self.body.setText(rubric)
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(rubric)
        self.setToolTip("")

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self):  # noqa: N802
        return self.layout().totalSizeHint()

    def minimumSizeHint(self):  # noqa: N802
        return self.layout().totalMinimumSize()

    def changeEvent(self, event):  # noqa: N802
        super().changeEvent(event)
        self.update()

    def enterEvent(self, event):  # noqa: N802
        super().enterEvent(event)
        self.update()

    def leaveEvent(self, event):  # noqa: N802
        super().leaveEvent(event)
        self.update()

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        checked, enabled = self.isChecked(), self.isEnabled()
        if checked:
            fill, border, width = QColor(style.ACCENT_SOFT), QColor(style.ACCENT), 2.0
        elif self.underMouse() and enabled:
            fill, border, width = QColor("#f3f7fb"), QColor("#9db3c9"), 1.0
        else:
            fill, border, width = QColor("white"), QColor(style.BORDER), 1.0
        if not enabled:
            fill = QColor("#f7f8fa")
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        # the number sits in a disc: filled when chosen, outlined otherwise
        disc = QRectF(10, 7, DISC_SIZE, DISC_SIZE)
        accent = QColor(style.ACCENT if enabled else "#8c96a3")
        painter.setPen(QPen(accent, 1.5))
        painter.setBrush(accent if checked else QColor("white"))
        painter.drawEllipse(disc)
        painter.setFont(self._number_font)
        painter.setPen(QColor("white") if checked else accent)
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(self.level))
        if self.hasFocus():
            pen = QPen(QColor(style.ACCENT), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 4, 4)
        painter.end()
