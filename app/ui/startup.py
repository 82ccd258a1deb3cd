"""A fast first window: the gate pages first, the screens once the window is on screen.

The unlock page needs almost nothing; the screens (and the vault, crypto and passphrase
modules) take several times the bare Qt import to load. So they are imported on a background
thread after the first paint, then the screens are built on the GUI thread, which happens long
before a passphrase has been typed and derived.
"""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow

FALLBACK_MS = 500
# Imported in the background, in this order, before the screens are built.
WARM_MODULES = (
    "app.vault",
    "app.crypto.passphrase",
    "zxcvbn.matching",
    "app.ui.shell",
    "app.ui.meeting.workspace",
)
# What the first unlock would otherwise import while its first page is painted: on the worker
# (the contacts screen's signing key and QR codes: minisign, segno, ~100 ms of module code
# holding the GIL, so every Python call of the GUI thread's paint waited for it) and on the GUI
# thread (drafts, and strptime for the last backup's date). Imported in the background once
# the screens exist, while the passphrase is typed.
UNLOCK_MODULES = ("app.storage.drafts", "_strptime", "minisign", "segno")


def import_in_background(names: tuple[str, ...]) -> threading.Thread:
    """Import `names` on a thread of their own; a failure is left for the code that needs the
    module to meet (and report) when it imports it."""

    def run() -> None:
        for name in names:
            try:
                importlib.import_module(name)
            except ImportError:
                break

    thread = threading.Thread(target=run, name="warm-imports", daemon=True)
    thread.start()
    return thread


class DeferredScreens(QObject):
    imported = Signal()
    ready = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._begun = False
        self.imported.connect(self._build)
        # In case the window is never painted (started hidden or minimised).
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self._start_thread)

    def start(self) -> None:
        """Once the window has been painted. A timer of 0 ms could fire before the first
        paint (measured: the imports then ran before it in some starts, competing for the GIL
        and the cores); the window paints inside its first UpdateRequest, so a timer started
        there fires after the paint."""
        self._window.installEventFilter(self)
        self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._start_thread)
        return False

    def _start_thread(self) -> None:
        if self._begun:
            return
        self._begun = True
        self._fallback.stop()
        self._window.removeEventFilter(self)
        app = QApplication.instance()
        # One step per turn of the event loop, keys typed meanwhile handled in between: the
        # Khmer style (the first window reserved the room it gives, app/ui/khmer_room.py),
        # the menus' actions and the travel note, their shortcuts, then the fonts and the
        # imports.
        from app.ui import khmer_room

        khmer_room.install(app)  # type: ignore[arg-type]
        QTimer.singleShot(0, self._window.painted)
        QTimer.singleShot(0, self._window.set_shortcuts)
        QTimer.singleShot(0, self._start_imports)

    def _start_imports(self) -> None:
        from app.ui.fonts import register_fonts  # reads font files: after the first paint

        register_fonts(QApplication.instance())  # type: ignore[arg-type]
        threading.Thread(target=self._import, name="warm-imports", daemon=True).start()

    def _import(self) -> None:
        for name in WARM_MODULES:
            try:
                importlib.import_module(name)
            except ImportError:  # the GUI thread reports it when it builds the screens
                break
        self.imported.emit()  # queued to the GUI thread

    def _build(self) -> None:
        from app.ui.shell import Shell

        shell = Shell(self._window)
        self._window.shell = shell  # type: ignore[attr-defined]
        self._steps = shell.build_steps()
        self._next_step()

    def _next_step(self) -> None:
        # One screen per turn of the event loop: typing and painting go on in between.
        try:
            next(self._steps)
        except StopIteration:
            self._window.screens_ready()
            self.ready.emit()
            return
        QTimer.singleShot(0, self._next_step)
