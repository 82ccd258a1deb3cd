"""The Settings dialog's sections for issue 12: automatic backups, recovery shares and binding
the vault to this device. Kept here so settings_dialog.py only places them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RoundtableError
from app.ui.date_edit import shown_date
from app.ui.messages import error_text
from app.ui.numbers import number
from app.ui.preferences import Preferences
from app.ui.spin_box import SpinBox


class BackupSettings(QWidget):
    """Automatic backups (folder, how many to keep, reminder) and, while a vault is open, its
    recovery shares and device binding."""

    def __init__(self, prefs: Preferences, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._ops = ops
        self._state: tuple[Any, bool] | None = None
        backups = QGroupBox(self.tr("Automatic backups"), self)
        explain = QLabel(
            self.tr(
                "When the vault is locked or Roundtable quits, a backup is written to this "
                "folder if it is there (a USB stick that is plugged in, an encrypted drive). "
                "Backups stay encrypted like the vault."
            ),
            backups,
        )
        explain.setWordWrap(True)
        self.folder_edit = QLineEdit(str(prefs.backup_folder or ""), backups)
        self.folder_edit.setPlaceholderText(self.tr("No folder: no automatic backups"))
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setMinimumWidth(240)
        choose = QPushButton(self.tr("Choose…"), backups)
        choose.clicked.connect(self._choose)
        clear = QPushButton(self.tr("Turn off"), backups)
        clear.clicked.connect(lambda: self.folder_edit.setText(""))
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        row.addWidget(clear)
        self.keep_spin = SpinBox(backups)
        self.keep_spin.setRange(1, 100)
        self.keep_spin.setValue(prefs.backup_keep)
        self.remind_spin = SpinBox(backups)
        self.remind_spin.setRange(0, 365)
        self.remind_spin.setSpecialValueText(self.tr("Never"))
        self.remind_spin.setSuffix(self.tr(" days"))
        self.remind_spin.setValue(prefs.backup_remind_days)
        group = QVBoxLayout(backups)
        group.addWidget(explain)
        form = QFormLayout()
        group.addLayout(form)
        form.addRow(self.tr("Backup folder:"), row)
        form.addRow(self.tr("Keep the last:"), self.keep_spin)
        form.addRow(self.tr("Remind me when the newest backup is older than:"), self.remind_spin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(backups)

        self.recovery_box = QGroupBox(self.tr("Recovery and this device"), self)
        self.split_label = QLabel(self.recovery_box)
        self.split_label.setWordWrap(True)
        self.split_button = QPushButton(
            self.tr("Split recovery among board members…"), self.recovery_box
        )
        self.split_button.clicked.connect(self._open_split)
        self.bind_check = QCheckBox(self.tr("Bind the vault to this device"), self.recovery_box)
        bind_explain = QLabel(
            self.tr(
                "The passphrase then opens the vault only on this computer: it also needs a "
                "secret kept in the system keyring. A copy of the vault folder cannot be "
                "attacked elsewhere with the passphrase alone. The recovery key or the recovery "
                "shares still open it anywhere."
            ),
            self.recovery_box,
        )
        bind_explain.setWordWrap(True)
        self.bind_message = QLabel(self.recovery_box)
        self.bind_message.setWordWrap(True)
        self.bind_check.clicked.connect(self._toggle_binding)
        box = QVBoxLayout(self.recovery_box)
        box.addWidget(self.split_label)
        box.addWidget(self.split_button)
        box.addWidget(self.bind_check)
        box.addWidget(bind_explain)
        box.addWidget(self.bind_message)
        layout.addWidget(self.recovery_box)
        self.recovery_box.setEnabled(False)
        if ops is not None:
            ops.run(self._read_state, on_done=self._show_state, on_error=lambda _e: None)

    # --- backups -----------------------------------------------------------------------------
    def _choose(self) -> None:
        from app.ui.file_dialogs import ask_folder

        ask_folder(
            self,
            self.tr("Folder for automatic backups"),
            lambda folder: self.folder_edit.setText(str(folder)),
        )

    def save(self) -> None:
        text = self.folder_edit.text().strip()
        self._prefs.backup_folder = Path(text).expanduser() if text else None
        self._prefs.backup_keep = self.keep_spin.value()
        self._prefs.backup_remind_days = self.remind_spin.value()

    # --- recovery and binding (need the open vault) --------------------------------------------
    @staticmethod
    def _read_state(vault: Any) -> tuple[Any, bool]:
        from app import device_binding, recovery_shares

        return recovery_shares.current_split(vault), device_binding.is_bound(vault)

    def language_changed(self) -> None:
        if self._state is not None:
            self._show_state(self._state)

    def _show_state(self, state: tuple[Any, bool]) -> None:
        self._state = state
        split, bound = state
        if split is None:
            self.split_label.setText(self.tr("Recovery: one recovery key."))
        else:
            self.split_label.setText(
                self.tr("Recovery: any {k} of {n} shares (made on {date}).").format(
                    k=number(split.threshold),
                    n=number(split.count),
                    date=shown_date(split.made_on),
                )
            )
        self.bind_check.setChecked(bound)
        self.recovery_box.setEnabled(True)

    def _open_split(self) -> None:
        from app.ui.protect.shares_dialog import SharesDialog

        dialog = SharesDialog(self._ops, self.window())
        dialog.done.connect(lambda: self._ops.run(self._read_state, on_done=self._show_state))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_passphrase(self, title: str) -> str:
        passphrase, ok = QInputDialog.getText(
            self, title, self.tr("Current passphrase:"), QLineEdit.EchoMode.Password
        )
        return passphrase if ok else ""

    def _toggle_binding(self, checked: bool) -> None:
        self.bind_check.setChecked(not checked)  # changes only once it is done
        passphrase = self.ask_passphrase(
            self.tr("Bind the vault to this device")
            if checked
            else self.tr("Remove the device binding")
        )
        if not passphrase:
            return
        self.bind_check.setEnabled(False)
        self.bind_message.setText(self.tr("Working…"))

        def task(vault: Any) -> bool:
            from app import device_binding

            if checked:
                device_binding.bind_open(vault, passphrase)
            else:
                device_binding.unbind_open(vault, passphrase)
            return checked

        def done(bound: bool) -> None:
            self.bind_check.setEnabled(True)
            self.bind_check.setChecked(bound)
            self.bind_message.setText(
                self.tr("The vault is bound to this device.")
                if bound
                else self.tr("The vault is no longer bound to this device.")
            )

        def failed(error: RoundtableError) -> None:
            self.bind_check.setEnabled(True)
            self.bind_message.setText(error_text(error))

        self._ops.run(task, on_done=done, on_error=failed)
