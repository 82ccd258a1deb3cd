"""The lock and panic keys work in every window of the app, modal dialogs included.

Qt blocks a main window's shortcuts while one of its modal dialogs is open, which is exactly
when someone may need to lock in a hurry; so an application-wide event filter catches them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence


class LockKeys(QObject):
    lock_pressed = Signal()
    panic_pressed = Signal()

    def __init__(self, lock: QKeySequence, panic: QKeySequence, parent: QObject | None = None):
        super().__init__(parent)
        self._lock = lock[0].toCombined()
        self._panic = panic[0].toCombined()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        combined = event.keyCombination().toCombined()
        if combined == self._panic:
            if event.type() == QEvent.Type.KeyPress:
                self.panic_pressed.emit()
            event.accept()
            return True
        if combined == self._lock:
            if event.type() == QEvent.Type.KeyPress:
                self.lock_pressed.emit()
            event.accept()
            return True
        return False
