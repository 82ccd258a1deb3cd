"""Make the icon sizes every OS needs from the master resources/icons/roundtable.svg.

    python packaging/make_icons.py

Qt renders the SVG (PySide6 is already a dependency); Pillow (the `build` extra) writes the
multi-size Windows .ico and the macOS .icns, which Qt's image writers do not (its ICO writer
keeps one size and it has no ICNS writer in PySide6-Essentials). The results are committed, so
a build does not need this script unless the SVG changes.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
# The freedesktop hicolor theme sizes; 1024 is the largest the macOS icns holds.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "roundtable.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    images = {size: Image.open(io.BytesIO(render(size))) for size in set(PNG_SIZES + ICNS_SIZES)}
    for size in PNG_SIZES:
        (ICONS / f"roundtable-{size}.png").write_bytes(render(size))
    (ICONS / "roundtable.png").write_bytes(render(256))
    largest = images[max(ICO_SIZES)]
    largest.save(ICONS / "roundtable.ico", sizes=[(s, s) for s in ICO_SIZES])
    images[1024].save(ICONS / "roundtable.icns", append_images=[images[s] for s in ICNS_SIZES])
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
