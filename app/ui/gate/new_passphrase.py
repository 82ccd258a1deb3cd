"""Choosing a new passphrase: typed twice, judged by the strength meter (create and recover)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.ui.gate.strength import StrengthMeter
from app.ui.ops import Ops


class NewPassphraseFields:
    """The two password fields and the meter, added to a page's form."""

    def __init__(self, ops: Ops, parent: QWidget) -> None:
        self.pass_edit = QLineEdit(parent)
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(parent)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(ops, parent)

    def add_rows(self, form: QFormLayout, label: str, repeat_label: str) -> None:
        form.addRow(label, self.pass_edit)
        form.addRow(repeat_label, self.repeat_edit)
        form.addRow("", self.meter)

    @property
    def text(self) -> str:
        return self.pass_edit.text()

    def problem(self) -> str:
        """Why the passphrase cannot be used yet (focusing the field to fix), or ""."""
        if self.pass_edit.text() != self.repeat_edit.text():
            self.repeat_edit.setFocus()
            return QCoreApplication.translate(
                "NewPassphraseFields", "The two passphrases do not match."
            )
        if self.meter.strength is not None and not self.meter.strength.acceptable:
            self.pass_edit.setFocus()
            return QCoreApplication.translate(
                "NewPassphraseFields", "Please choose a stronger passphrase."
            )
        return ""

    def clear(self) -> None:
        for edit in (self.pass_edit, self.repeat_edit):
            edit.setText("")  # clear() would keep the text in the undo history
        self.meter.clear()
