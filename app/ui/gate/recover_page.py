"""Unlocking with the recovery key, which forces a new passphrase before the vault opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app.errors import RoundtableError
from app.ui.a11y import ErrorLabel
from app.ui.gate.column import column_layout
from app.ui.gate.new_passphrase import NewPassphraseFields
from app.ui.messages import error_text
from app.ui.ops import Ops
from app.ui.zoom import relative_font


class RecoverPage(QWidget):
    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._folder = Path()
        title = QLabel(self.tr("Unlock with the recovery key"), self)
        relative_font(title, 1.4, bold=True)
        explain = QLabel(
            self.tr(
                "Type the recovery key you stored when the vault was made, then choose a new "
                "passphrase. The old passphrase stops working on this copy of the vault, but "
                "an old copy of the key file still opens it with the old passphrase. If the "
                "passphrase or the recovery key may have been seen by someone else, use "
                "Vault → Change keys (revoke old copies)… once the vault is open."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.passphrase = NewPassphraseFields(ops, self)
        self.pass_edit = self.passphrase.pass_edit
        self.repeat_edit = self.passphrase.repeat_edit
        self.meter = self.passphrase.meter
        self.error_label = ErrorLabel(self, bold=True)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.submit_button = QPushButton(self.tr("Set passphrase and unlock"), self)
        self.submit_button.setDefault(True)
        back = QPushButton(self.tr("Back"), self)
        back.clicked.connect(self.cancelled)
        form = QFormLayout()
        form.addRow(self.tr("Recovery key:"), self.key_edit)
        self.passphrase.add_rows(
            form, self.tr("New passphrase:"), self.tr("Repeat new passphrase:")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout = column_layout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.pass_edit.textChanged.connect(lambda text: self.meter.set_passphrase(text))
        self.submit_button.clicked.connect(self.submit)
        self.repeat_edit.returnPressed.connect(self.submit)

    def set_folder(self, folder: Path) -> None:
        self._folder = folder

    def reset(self) -> None:
        self.key_edit.setText("")  # clear() would keep the text in the undo history
        self.passphrase.clear()
        self.error_label.clear()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.key_edit, self.pass_edit, self.repeat_edit, self.submit_button):
            widget.setEnabled(not busy)

    def submit(self) -> None:
        key, passphrase = self.key_edit.text(), self.pass_edit.text()
        if not key.strip():
            self.error_label.setText(self.tr("Please enter the recovery key."))
            return
        problem = self.passphrase.problem()
        if problem:
            self.error_label.setText(problem)
            return
        self.error_label.clear()
        self._set_busy(True)
        folder = self._folder

        def opener():  # type: ignore[no-untyped-def]
            # Proves the recovery key, re-wraps the data key under the new passphrase, then
            # opens with the recovery key (no second passphrase derivation).
            from app.vault import change_passphrase, open_vault_with_recovery

            change_passphrase(folder, passphrase, recovery_text=key)
            return open_vault_with_recovery(folder, key)

        self._ops.open(opener, on_done=self._done, on_error=self._failed)

    def _done(self, _vault: object) -> None:
        self.reset()
        self.unlocked.emit()

    def _failed(self, error: RoundtableError) -> None:
        self._set_busy(False)
        self.error_label.setText(error_text(error))
