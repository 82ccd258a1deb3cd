"""The text box where minutes are typed: Enter commits the entry, Shift+Enter breaks the line.
Pasting several lines into an empty box (a bulleted list) makes one entry per line."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.ui.zoom import height_in_lines


class EntryEdit(QPlainTextEdit):
    committed = Signal(str)
    pasted_lines = Signal(str)  # several lines pasted; empty unless a receiver is connected

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        lines = [line for line in text.splitlines() if line.strip()]
        splits = self.isSignalConnected(
            self.metaObject().method(self.metaObject().indexOfSignal("pasted_lines(QString)"))
        )
        if splits and len(lines) > 1 and not self.toPlainText().strip():
            self.pasted_lines.emit(text)
            return
        super().insertFromMimeData(source)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height_in_lines(self, 2, 4)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            text = self.toPlainText().strip()
            if text:
                self.committed.emit(text)
            return
        super().keyPressEvent(event)
