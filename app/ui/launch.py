"""`roundtable` with no sub-command: the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from app.ui import language as language_module
from app.ui.language import Catalogues
from app.ui.preferences import Preferences


def _drop_qt_message(*_args: object) -> None:
    """Qt warnings can quote widget text (vault content): they never reach stderr."""


def _quiet_excepthook(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    """A bug in a slot must not print a traceback: its values may quote vault content."""
    print(f"Roundtable: internal error ({exc_type.__name__})", file=sys.stderr)


def install_translators(app: QApplication, language: str) -> Catalogues:
    """Our strings and Qt's own for `language` (English, the source language, has none).
    The translator stays installed in English too: it remembers which message each text is,
    which a later switch of language needs (app/ui/language.py)."""
    return language_module.install(app, language)


def make_application(argv: list[str] | None = None) -> QApplication:
    qInstallMessageHandler(_drop_qt_message)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Roundtable")
    app.setOrganizationName("Roundtable")
    app.setApplicationDisplayName("Roundtable")
    app.setQuitOnLastWindowClosed(True)
    from app.ui import khmer_room

    khmer_room.install(app)  # Khmer subscripts inside buttons and fields
    return app  # type: ignore[return-value]


def prepare(vault_dir: Path | None, prefs: Preferences | None = None):  # type: ignore[no-untyped-def]
    """The application and its main window, shown on the start or unlock page at once; the
    screens are loaded right after the first paint (`app.ui.startup`)."""
    app = make_application()
    prefs = prefs or Preferences()
    install_translators(app, prefs.language)
    if prefs.language != language_module.SOURCE_LANGUAGE:
        # Khmer text in the very first window needs the bundled font, not the OS fallback
        # (often none): registered now rather than after the first paint (app.ui.startup).
        from app.ui.fonts import register_fonts

        register_fonts(app)
    from app.ui.zoom import apply_zoom

    apply_zoom(app, prefs.zoom_percent, prefs.language)

    from app.ui.main_window import MainWindow  # after the QApplication exists
    from app.ui.ops import Ops
    from app.ui.startup import DeferredScreens

    ops = Ops()
    window = MainWindow(ops, prefs)
    window.start(vault_dir)
    window.show()
    DeferredScreens(window).start()
    return app, window, ops


def run(vault_dir: Path | None) -> int:
    sys.excepthook = _quiet_excepthook
    app, window, ops = prepare(vault_dir)
    try:
        return app.exec()
    finally:
        window.lock()
        ops.shutdown()
