"""The application object and its start-up (placeholder window until the desktop issue)."""

from __future__ import annotations

from .qt import QApplication, QLabel, QMainWindow, Qt


def run(argv: list[str]) -> int:
    app = QApplication(argv)
    app.setApplicationName("Akıllı Şehir Olgunluk")
    window = QMainWindow()
    window.setWindowTitle("Akıllı Şehir Olgunluk Öz Değerlendirmesi")
    label = QLabel("Akıllı Şehir Olgunluk Öz Değerlendirmesi")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.resize(1100, 720)
    window.show()
    return app.exec()
