"""Unlocking with the recovery key or with k of n recovery shares (issue 12), which forces a new
passphrase before the vault opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.errors import RoundtableError
from app.ui.a11y import ErrorLabel
from app.ui.gate.column import column_layout
from app.ui.gate.new_passphrase import NewPassphraseFields
from app.ui.messages import error_text
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.zoom import relative_font


class RecoverPage(QWidget):
    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._folder = Path()
        title = QLabel(self.tr("Unlock with the recovery key or shares"), self)
        relative_font(title, 1.4, bold=True)
        explain = QLabel(
            self.tr(
                "Type the recovery key you stored when the vault was made, or the shares of "
                "enough board members, one per line, then choose a new passphrase. The old "
                "passphrase stops working on this copy of the vault, but an old copy of the key "
                "file still opens it with the old passphrase. If the passphrase or the recovery "
                "key may have been seen by someone else, use "
                "Vault → Change keys (revoke old copies)… once the vault is open."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_radio = QRadioButton(self.tr("The recovery key"), self)
        self.shares_radio = QRadioButton(self.tr("Recovery shares held by board members"), self)
        self.key_radio.setChecked(True)
        mode = QButtonGroup(self)
        mode.addButton(self.key_radio)
        mode.addButton(self.shares_radio)
        self.shares_edit = QPlainTextEdit(self)
        self.shares_edit.setPlaceholderText(
            self.tr("One share per line (its 20 words), in any order.")
        )
        self.shares_edit.setAccessibleName(self.tr("Recovery shares"))
        self.shares_edit.setTabChangesFocus(True)
        self.shares_status = QLabel(self)
        self.shares_status.setWordWrap(True)
        self._assess_timer = QTimer(self)
        self._assess_timer.setSingleShot(True)
        self._assess_timer.setInterval(300)
        self._assess_timer.timeout.connect(self._assess_shares)
        self.shares_edit.textChanged.connect(self._assess_timer.start)
        self.key_radio.toggled.connect(self._show_mode)
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
        back.clicked.connect(self.reset)  # typed shares and keys do not stay behind
        back.clicked.connect(self.cancelled)
        form = QFormLayout()
        modes = QHBoxLayout()
        modes.addWidget(self.key_radio)
        modes.addWidget(self.shares_radio)
        modes.addStretch(1)
        form.addRow(self.tr("Unlock with:"), modes)
        form.addRow(self.tr("Recovery key:"), self.key_edit)
        self._shares_label = QLabel(self.tr("Shares:"), self)
        form.addRow(self._shares_label, self.shares_edit)
        form.addRow("", self.shares_status)
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
        self._form = form
        self._show_mode()

    @property
    def using_shares(self) -> bool:
        return self.shares_radio.isChecked()

    def _show_mode(self, *_: object) -> None:
        shares = self.using_shares
        self._form.setRowVisible(self.key_edit, not shares)
        self._form.setRowVisible(self.shares_edit, shares)
        self._form.setRowVisible(self.shares_status, shares)
        self.error_label.clear()

    def language_changed(self) -> None:
        if self.using_shares and self._share_lines():
            self._assess_shares()

    def _share_lines(self) -> list[str]:
        return [line for line in self.shares_edit.toPlainText().splitlines() if line.strip()]

    def _assess_shares(self) -> None:
        """Live feedback while shares are typed: a mistyped word is named, and how many more
        shares are needed is said. Nothing here derives a key: it is cheap enough for the GUI
        thread (the checksum, and at most ~40,000 XORs to locate a mistyped word)."""
        from app import recovery_shares

        state = recovery_shares.assess(self._share_lines())
        if state.error is not None:
            self.shares_status.setText(error_text(state.error))
        elif state.need == 0:
            self.shares_status.clear()
        elif state.complete:
            self.shares_status.setText(
                self.tr("Enough shares ({have} of {need}).").format(
                    have=number(state.have), need=number(state.need)
                )
            )
        else:
            self.shares_status.setText(
                self.tr("{have} of {need} shares: {missing} more needed.").format(
                    have=number(state.have),
                    need=number(state.need),
                    missing=number(state.need - state.have),
                )
            )

    def set_folder(self, folder: Path) -> None:
        self._folder = folder

    def reset(self) -> None:
        self.key_edit.setText("")  # clear() would keep the text in the undo history
        self.shares_edit.setPlainText("")  # likewise resets the undo history
        self.shares_status.clear()
        self.passphrase.clear()
        self.error_label.clear()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (
            self.key_edit,
            self.shares_edit,
            self.pass_edit,
            self.repeat_edit,
            self.submit_button,
            self.key_radio,
            self.shares_radio,
        ):
            widget.setEnabled(not busy)

    def submit(self) -> None:
        key, passphrase = self.key_edit.text(), self.pass_edit.text()
        shares = self._share_lines()
        if self.using_shares:
            if not shares:
                self.error_label.setText(self.tr("Please type the recovery shares."))
                return
        elif not key.strip():
            self.error_label.setText(self.tr("Please enter the recovery key."))
            return
        problem = self.passphrase.problem()
        if problem:
            self.error_label.setText(problem)
            return
        self.error_label.clear()
        self._set_busy(True)
        folder = self._folder

        if self.using_shares:

            def opener():  # type: ignore[no-untyped-def]
                from app.recovery_shares import restore_with_shares

                return restore_with_shares(folder, shares, passphrase)

            self._ops.open(opener, on_done=self._done, on_error=self._failed)
            return

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
