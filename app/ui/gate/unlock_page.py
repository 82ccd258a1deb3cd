"""Unlocking: the passphrase, derived in the background with a busy indicator."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app.ui.a11y import ErrorLabel
from app.ui.gate.column import column_layout
from app.ui.messages import error_text
from app.ui.ops import Ops
from app.ui.plain_text import PlainLabel
from app.ui.zoom import relative_font

if TYPE_CHECKING:  # errors are shown after an attempt, long after the first paint
    from app.errors import RoundtableError


class UnlockPage(QWidget):
    unlocked = Signal()
    recovery_requested = Signal()
    other_vault_requested = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._folder = Path()
        title = QLabel(self.tr("Roundtable is locked"), self)
        relative_font(title, 1.4, bold=True)
        self.folder_label = PlainLabel(self)
        self.folder_label.setWordWrap(True)
        self.pass_edit = QLineEdit(self)
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_edit.setPlaceholderText(self.tr("Passphrase"))
        self.pass_edit.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        # Travel mode's note, only when the user chose to leave one (app/vault_note.py).
        self.note_label = PlainLabel(self)
        self.note_label.setObjectName("vaultNote")
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(False)
        self.error_label = ErrorLabel(self, bold=True)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)  # the wipe-after warning is a sentence
        self.recovery_button = QPushButton(self.tr("Use the recovery key or shares…"), self)
        self.recovery_button.setFlat(True)
        self.other_button = QPushButton(self.tr("Another vault…"), self)
        self.other_button.setFlat(True)
        row = QHBoxLayout()
        row.addWidget(self.pass_edit, 1)
        row.addWidget(self.unlock_button)
        links = QHBoxLayout()
        links.addWidget(self.recovery_button)
        links.addWidget(self.other_button)
        links.addStretch(1)
        layout = column_layout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.note_label)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addLayout(links)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self.submit)
        self.pass_edit.returnPressed.connect(self.submit)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self.other_button.clicked.connect(self.other_vault_requested)

    @property
    def folder(self) -> Path:
        return self._folder

    def set_folder(self, folder: Path) -> None:
        self._folder = folder
        self.show_note("")
        self.folder_label.setText(self.tr("Vault folder: %1").replace("%1", str(folder)))

    def show_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def reset(self) -> None:
        self.pass_edit.setText("")  # clear() would keep it in the undo history
        self.error_label.clear()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.pass_edit, self.unlock_button, self.recovery_button):
            widget.setEnabled(not busy)

    def submit(self) -> None:
        passphrase = self.pass_edit.text()
        if not passphrase:
            self.error_label.setText(self.tr("Please enter the passphrase."))
            return
        self.error_label.clear()
        self._set_busy(True)
        folder = self._folder

        def opener():  # type: ignore[no-untyped-def]
            from app.vault import open_vault  # on the worker thread

            return open_vault(folder, passphrase)

        self._ops.open(opener, on_done=self._done, on_error=self._failed)

    def _done(self, _vault: object) -> None:
        self.reset()
        self.unlocked.emit()

    def _failed(self, error: RoundtableError) -> None:
        self._set_busy(False)
        self.pass_edit.selectAll()
        self.pass_edit.setFocus()
        self.error_label.setText(error_text(error))
