"""Render the app icon from resources/icons/app.svg: app.png (256 px) and app.ico (16-256 px).

A development tool (run after editing the SVG; the results are committed):
    .venv/bin/python packaging/make_icons.py
Windows wants .ico for the executables and the installer; PyInstaller turns the PNG into
.icns on macOS. Rendered with Qt's SVG renderer, packed with Pillow.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> None:
    from PIL import Image

    svg = ICONS / "app.svg"
    (ICONS / "app.png").write_bytes(render_png(svg, 256))
    # Each size rendered from the vector, not scaled down from 256 px: small sizes stay crisp.
    images = [Image.open(io.BytesIO(render_png(svg, size))) for size in ICO_SIZES]
    images[-1].save(
        ICONS / "app.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    print(f"wrote {ICONS / 'app.png'} and {ICONS / 'app.ico'}")


if __name__ == "__main__":
    main()
