"""`roundtable` with no sub-command: the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from app.ui.fonts import register_fonts
from app.ui.preferences import Preferences

I18N_DIR = Path(__file__).resolve().parents[1] / "resources" / "i18n"


def _drop_qt_message(*_args: object) -> None:
    """Qt warnings can quote widget text (vault content): they never reach stderr."""


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Our strings and Qt's own for `language`; English is the source language."""
    loaded: list[QTranslator] = []
    if language == "en":
        return loaded
    locale = QLocale(language)
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("roundtable", str(I18N_DIR)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def make_application(argv: list[str] | None = None) -> QApplication:
    qInstallMessageHandler(_drop_qt_message)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Roundtable")
    app.setOrganizationName("Roundtable")
    app.setApplicationDisplayName("Roundtable")
    app.setQuitOnLastWindowClosed(True)
    return app  # type: ignore[return-value]


def run(vault_dir: Path | None) -> int:
    app = make_application()
    prefs = Preferences()
    install_translators(app, prefs.language)
    register_fonts(app)

    from app.ui.shell import build_main_window  # after the QApplication exists

    window, ops = build_main_window(prefs)
    window.start(vault_dir)
    window.show()
    try:
        return app.exec()
    finally:
        window.lock()
        ops.shutdown()
