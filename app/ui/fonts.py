"""Fonts shipped with the app (a Khmer-capable one), registered before any window exists."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resource_paths import resource_dir

FONT_DIRS = (resource_dir("fonts"),)


def register_fonts(app: QApplication) -> list[str]:
    """Add bundled fonts and put their families after the default one as fallbacks (once)."""
    if app.property("rtFontsRegistered"):
        return list(app.property("rtFontsRegistered"))
    families: list[str] = []
    for folder in FONT_DIRS:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.[ot]tf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += [f for f in QFontDatabase.applicationFontFamilies(font_id)]
    if families:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), *dict.fromkeys(families)])
        app.setFont(font)
    app.setProperty("rtFontsRegistered", families)
    return families
