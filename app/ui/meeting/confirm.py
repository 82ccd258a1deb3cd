"""Asking before an edit that removes what the user wrote (still undoable afterwards)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, text: str, yes_label: str, on_yes: Callable[[], None]) -> QMessageBox:
    """A window-modal question without a nested event loop; `on_yes` runs if confirmed.
    "Cancel" is the default button, so a stray Enter removes nothing."""
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Roundtable"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was written (a partner's too)
    box.setText(text)
    yes = box.addButton(yes_label, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda b: on_yes() if b is yes else None)
    box.open()
    return box
