"""Debounced saving of text fields: one write after a pause, on Enter or when focus leaves.

Typing never issues a write per keystroke, and a reload of the meeting never overwrites text the
user is still typing in a focused field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

SAVE_PAUSE_MS = 800


class TextField(QObject):
    def __init__(
        self,
        widget: QLineEdit | QPlainTextEdit,
        on_commit: Callable[[str], None],
        *,
        pause_ms: int = SAVE_PAUSE_MS,
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self._on_commit = on_commit
        self._dirty = False
        self._setting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.flush)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
            widget.editingFinished.connect(self.flush)
        else:
            widget.textChanged.connect(self._edited)
            widget.installEventFilter(self)

    def text(self) -> str:
        w = self.widget
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    def set_text(self, text: str) -> None:
        """Show the vault's value, unless the user is typing a newer one right now."""
        if self._dirty and self.widget.hasFocus():
            return
        self._dirty = False
        self._timer.stop()
        if self.text() == text:
            return
        self._setting = True
        try:
            if isinstance(self.widget, QLineEdit):
                self.widget.setText(text)
                self.widget.setCursorPosition(0)
            else:
                self.widget.setPlainText(text)
        finally:
            self._setting = False

    def clear(self) -> None:
        """Forget the text without saving it (the vault is locking)."""
        self._timer.stop()
        self._dirty = False
        self._setting = True
        try:
            self.widget.clear()
        finally:
            self._setting = False

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        self._on_commit(self.text())

    def _edited(self, *_: object) -> None:
        if self._setting:
            return
        self._dirty = True
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
