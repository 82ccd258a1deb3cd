"""The fonts every report is set in, shipped with the app so Khmer renders the same everywhere.

Noto Sans and Noto Sans Khmer (SIL Open Font License 1.1, see resources/fonts/OFL.txt) are
registered with Qt's font database the first time a report is rendered; Qt embeds the subsets
it uses in every PDF and shapes Khmer (coeng subscripts, vowel signs) with HarfBuzz.
"""

from __future__ import annotations

import os
import sys
import threading
from importlib import resources

from PySide6.QtCore import (
    QByteArray,
    QLoggingCategory,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

LATIN_FAMILY = "Noto Sans"
KHMER_FAMILY = "Noto Sans Khmer"
FAMILIES = [LATIN_FAMILY, KHMER_FAMILY]
FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSansKhmer-Regular.ttf",
    "NotoSansKhmer-Bold.ttf",
)

_lock = threading.Lock()
_registered: list[str] = []
_app: QGuiApplication | None = None


def ensure_gui_app() -> None:
    """Qt's font machinery needs a QGuiApplication; the command line has none, so make one.

    Without a display (servers, CI, the command line over SSH) Qt runs offscreen.
    """
    global _app
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv else "roundtable"])
    # Qt notes on stderr that Noto Sans has no Khmer tables; the Khmer family takes over, as
    # intended, so the note is only noise on the command line. The rule covers the usual case;
    # the handler also holds when QT_LOGGING_RULES or a qtlogging.ini turns the category on.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false\nqt.text.font.db.warning=false")
    qInstallMessageHandler(_quiet_font_notes)


_FONT_NOTES = "qt.text.font.db"


def _quiet_font_notes(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Font-fallback notes are dropped; every other Qt message reaches stderr as Qt prints it."""
    category = context.category or ""
    if category == _FONT_NOTES and kind in (
        QtMsgType.QtDebugMsg,
        QtMsgType.QtInfoMsg,
        QtMsgType.QtWarningMsg,
    ):
        return
    prefix = f"{category}: " if category and category != "default" else ""
    print(f"{prefix}{message}", file=sys.stderr)


def font_bytes(name: str) -> bytes:
    return resources.files("app.resources").joinpath("fonts", name).read_bytes()


def register_fonts() -> list[str]:
    """Register the shipped fonts once per process; returns the families Qt knows them by."""
    ensure_gui_app()
    with _lock:
        if not _registered:
            families: set[str] = set()
            for name in FONT_FILES:
                font_id = QFontDatabase.addApplicationFontFromData(QByteArray(font_bytes(name)))
                if font_id >= 0:
                    families.update(QFontDatabase.applicationFontFamilies(font_id))
            _registered.extend(sorted(families))
        return list(_registered)


def report_font(point_size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(LATIN_FAMILY)
    font.setFamilies(FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    # No "fi"/"ffi" ligatures: a PDF maps them to U+FB01..., which defeats search and copy.
    font.setFeature(QFont.Tag("liga"), 0)
    return font
