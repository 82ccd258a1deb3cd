"""Ctrl+Z reaches the workspace's undo stack when a text field has nothing of its own to undo.

Text fields claim Ctrl+Z / Ctrl+Shift+Z for their own typing history. Right after Enter saved a
minute entry the composer is empty with no history, so the keys should undo the saved entry
instead: this filter lets the shortcut through whenever the field could not use it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget


class UndoPassThrough(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        if isinstance(watched, QLineEdit):
            available = watched.isUndoAvailable() if undo else watched.isRedoAvailable()
        elif isinstance(watched, (QPlainTextEdit, QTextEdit)):
            doc = watched.document()
            available = doc.isUndoAvailable() if undo else doc.isRedoAvailable()
        else:
            return False
        if available:
            return False
        event.ignore()
        return True  # the field does not claim the keys: the workspace's shortcut fires


def pass_undo_keys_through(root: QWidget) -> UndoPassThrough:
    flt = UndoPassThrough(root)
    for w in root.findChildren(QWidget):
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            w.installEventFilter(flt)
    return flt
