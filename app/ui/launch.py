"""`roundtable` with no sub-command: the desktop app."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from app.ui import language as language_module
from app.ui.language import Catalogues
from app.ui.preferences import Preferences

# What Qt says about loading its platform plugin (never vault content): kept until Qt either
# starts or gives up, so that a failure can name what is missing.
_platform_messages: list[str] = []


def _drop_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt warnings can quote widget text (vault content): they never reach stderr. The one
    exception is a fatal error: Qt is about to abort, and the user gets one plain line."""
    category = context.category or ""
    if category.startswith("qt.qpa") and kind != QtMsgType.QtDebugMsg:
        del _platform_messages[:-8]
        _platform_messages.append(message.strip())
    if kind == QtMsgType.QtFatalMsg:
        line = fatal_line(_platform_messages)
        if sys.stderr is not None:
            print(line, file=sys.stderr, flush=True)
        elif sys.platform == "win32":  # roundtable-gui.exe has no console: say it in a box
            import ctypes

            ctypes.windll.user32.MessageBoxW(None, line, "Roundtable", 0x10)  # type: ignore[attr-defined]
        # Instead of Qt's abort(): no "Aborted", no core dump, a plain failure status.
        os._exit(1)


def fatal_line(platform_messages: list[str]) -> str:
    """One line for a Qt failure: what is missing when a platform plugin did not load, else
    what Qt said about its platform; never the text of any other Qt message."""
    for message in platform_messages:
        found = re.search(r'Could not load the Qt platform plugin "([^"]+)"', message)
        missing = found and missing_library(found.group(1))
        if missing:
            package = debian_package(missing)
            return (
                f"Roundtable cannot open its window: the library {missing} that Qt's "
                f'"{found.group(1)}" platform needs is not installed'  # type: ignore[union-attr]
                + (f" (on Debian or Ubuntu, probably the package {package})." if package else ".")
            )
    useful = [m for m in platform_messages if not m.startswith("Could not load the Qt")]
    if useful or platform_messages:
        return "Roundtable cannot open its window: " + " ".join(useful or platform_messages)
    return "Roundtable cannot open its window: Qt stopped with a fatal error."


def missing_library(platform: str) -> str | None:
    """The first shared library the platform plugin cannot load, as the loader names it."""
    import ctypes

    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    candidates = [folder / f"libq{platform}.so", folder / f"q{platform}.dll"]
    candidates += [folder / f"libq{platform}.dylib"]
    for plugin in candidates:
        if not plugin.is_file():
            continue
        try:
            ctypes.CDLL(str(plugin))
        except OSError as error:
            found = re.search(r"([\w.+-]+\.so[.\d]*): cannot open", str(error))
            return found.group(1) if found else None
    return None


def debian_package(library: str) -> str | None:
    """libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0: the
    Debian naming of shared-library packages (a guess, said as one in the message)."""
    found = re.fullmatch(r"(lib[\w.+-]+?)\.so\.(\d+)", library)
    if not found:
        return None
    name, soversion = found.group(1).lower(), found.group(2)
    return f"{name}-{soversion}" if name[-1].isdigit() else f"{name}{soversion}"


def _quiet_excepthook(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    """A bug in a slot must not print a traceback: its values may quote vault content."""
    print(f"Roundtable: internal error ({exc_type.__name__})", file=sys.stderr)


def install_translators(app: QApplication, language: str) -> Catalogues:
    """Our strings and Qt's own for `language` (English, the source language, has none).
    The translator stays installed in English too: it remembers which message each text is,
    which a later switch of language needs (app/ui/language.py)."""
    return language_module.install(app, language)


def make_application(argv: list[str] | None = None, *, room_for_khmer: bool = True) -> QApplication:
    """The application, its names and icon, Qt's messages silenced; with `room_for_khmer`
    its style too (`prepare` installs that after the first paint: app.ui.khmer_room)."""
    qInstallMessageHandler(_drop_qt_message)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Roundtable")
    app.setOrganizationName("Roundtable")
    app.setApplicationDisplayName("Roundtable")
    app.setQuitOnLastWindowClosed(True)
    from PySide6.QtGui import QIcon

    from app.resource_paths import resource_dir

    icon = QIcon()
    for size in (16, 32, 48, 64, 256):
        icon.addFile(str(resource_dir("icons") / f"roundtable-{size}.png"))
    app.setWindowIcon(icon)  # title bar, taskbar, Alt-Tab
    if room_for_khmer:
        from app.ui import khmer_room

        khmer_room.install(app)  # Khmer subscripts inside buttons and fields
    return app  # type: ignore[return-value]


def prepare(vault_dir: Path | None, prefs: Preferences | None = None):  # type: ignore[no-untyped-def]
    """The application and its main window, shown on the start or unlock page at once; the
    Khmer style, the menus' actions and the screens come right after the first paint
    (`app.ui.startup`), which looks the same with them."""
    app = make_application(room_for_khmer=False)
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
    window = MainWindow(ops, prefs, launching=True)
    window.start(vault_dir)
    from app.ui import khmer_room

    # As tall as the style will make them, before the first layout.
    khmer_room.reserve_room(app, roomy_controls(window))
    window.show()
    DeferredScreens(window).start()
    return app, window, ops


# The controls the Khmer style makes taller (app/ui/khmer_style.py), by Qt class name: asking
# Qt spares PySide building the Python classes (and enums) of those the window lacks.
ROOMY_CLASSES = ("QPushButton", "QLineEdit", "QComboBox", "QAbstractSpinBox", "QToolButton")


def roomy_controls(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if any(map(w.inherits, ROOMY_CLASSES))]


def run(vault_dir: Path | None) -> int:
    sys.excepthook = _quiet_excepthook
    app, window, ops = prepare(vault_dir)
    try:
        return app.exec()
    finally:
        window.lock()
        ops.shutdown()


def check_window() -> int:
    """`roundtable --check-window`: open the window on the welcome page, in English and then
    Khmer, draw it, and close. It checks that this copy has what its window needs (the Qt
    platform, fonts, translations) without touching any vault or the user's settings; the
    release smoke test runs it on every frozen build, and support can ask a user to run it."""
    import tempfile

    from PySide6.QtCore import QSettings, qVersion
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QLabel

    with tempfile.TemporaryDirectory(prefix="roundtable-check-") as tmp:
        prefs = Preferences(QSettings(str(Path(tmp) / "check.ini"), QSettings.Format.IniFormat))
        prefs.language = language_module.SOURCE_LANGUAGE
        app, window, ops = prepare(Path(tmp) / "no vault here", prefs)
        try:
            shown: dict[str, str] = {}
            for code in ("en", "km"):
                if code != language_module.SOURCE_LANGUAGE:
                    window.set_language(code)
                for _ in range(50):
                    app.processEvents()
                welcome = window.pages.currentWidget() is window.welcome
                title = window.welcome.findChildren(QLabel)[0].text() if welcome else ""
                drawn = not window.grab().isNull()
                shown[code] = title if drawn else ""
            khmer_font = "Noto Sans Khmer" in QFontDatabase.families()
            ok = (
                shown["en"] == "Welcome to Roundtable"
                and any("\u1780" <= ch <= "\u17ff" for ch in shown["km"])
                and khmer_font
            )
            print(
                f"window: {'welcome page shown' if ok else 'FAILED'}: {shown['en']!r} / "
                f"{shown['km']!r}, Khmer font {'loaded' if khmer_font else 'missing'} "
                f"(Qt {qVersion()}, platform {app.platformName()})"
            )
            return 0 if ok else 1
        finally:
            window.lock()
            ops.shutdown()
            language_module.uninstall(app)
