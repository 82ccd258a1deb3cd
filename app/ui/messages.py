"""Showing errors: the fixed user message of our exception tree, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import RoundtableError


def _box(parent: QWidget, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    # Imported here: touching `Qt` builds all its enums (~30 ms), not needed for a first window.
    from PySide6.QtCore import Qt

    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Roundtable"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a message may quote a partner's text
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal without a nested event loop
    return box


def show_error(parent: QWidget, error: object) -> QMessageBox:
    """Show `error.user_message`; anything not ours gets the generic sentence."""
    if not isinstance(error, RoundtableError):
        error = RoundtableError()
    box = _box(parent, QMessageBox.Icon.Warning, error.user_message)
    box.setObjectName("errorBox")
    return box


def show_info(parent: QWidget, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Information, text)
