"""Preferences: auto-lock time, default redaction policy, language, backups, recovery shares and
device binding. The theme follows the OS."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.values import RedactionPolicy
from app.ui.language import LANGUAGES
from app.ui.ops import Ops
from app.ui.preferences import Preferences
from app.ui.spin_box import SpinBox


class SettingsDialog(QDialog):
    def __init__(
        self, prefs: Preferences, parent: QWidget | None = None, *, ops: Ops | None = None
    ) -> None:
        """`ops`: given while a vault is open, for the settings kept in the vault's folder."""
        super().__init__(parent)
        self._prefs = prefs
        self.setWindowTitle(self.tr("Settings"))
        self.auto_lock = SpinBox(self)
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(prefs.auto_lock_minutes)
        self.with_computer = QCheckBox(self.tr("Also lock when the computer locks or sleeps"), self)
        self.with_computer.setChecked(prefs.lock_with_computer)
        from app.ui.os_lock.help import with_computer_help

        self.with_computer_help = with_computer_help(self)
        self.policy = QComboBox(self)
        labels = {
            RedactionPolicy.FULL: self.tr("Full (nothing removed, own organisation only)"),
            RedactionPolicy.PARTNERS: self.tr(
                "Partners (no contacts, code names, no confidential)"
            ),
            RedactionPolicy.PUBLIC: self.tr("Public (also no attendance names)"),
        }
        for policy, label in labels.items():
            self.policy.addItem(label, policy.value)
        self.policy.setCurrentIndex(self.policy.findData(prefs.redaction_policy.value))
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(prefs.language))
        self.remember_folder = QCheckBox(self.tr("Remember the vault's folder on this computer"))
        self.remember_folder.setToolTip(
            self.tr("Off: the next start asks for the vault again, and no folder is kept.")
        )
        self.remember_folder.setChecked(prefs.remember_vault_folder)
        theme = QLabel(self.tr("Follows the operating system's light or dark setting."), self)
        theme.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Lock after idle time:"), self.auto_lock)
        form.addRow("", self.with_computer)
        form.addRow(self.with_computer_help)
        form.addRow(self.tr("Default redaction for exports:"), self.policy)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Theme:"), theme)
        form.addRow(self.tr("Vault:"), self.remember_folder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        from app.ui.protect.backup_settings import BackupSettings

        unlocked = getattr(parent, "is_unlocked", False)
        self.backup = BackupSettings(
            prefs, getattr(parent, "ops", None) if unlocked else None, self
        )
        # Three pages: everything on one would be taller than a 768-pixel laptop screen.
        self.tabs = QTabWidget(self)
        general = QWidget(self.tabs)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addStretch(1)
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.backup, self.tr("Backups"))
        self.protection = None
        if ops is None and unlocked:
            ops = getattr(parent, "ops", None)
        if ops is not None:
            from app.ui.protect.protection import ProtectionBox

            self.protection = ProtectionBox(ops, self.tabs, main_window=parent)
            self.protection.setTitle("")  # the tab says it
            self.protection.setFlat(True)
            self.tabs.addTab(self.protection, self.tr("If the laptop is taken"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # Room for the word-wrapped explanations: a dialog's size hint ignores the height a
        # wrapped label needs at the width it gets (Khmer lines are taller, too).
        self.setMinimumSize(680, self.sizeHint().height() + 90)

    def accept(self) -> None:
        self._prefs.auto_lock_minutes = self.auto_lock.value()
        self._prefs.lock_with_computer = self.with_computer.isChecked()
        self._prefs.redaction_policy = RedactionPolicy(self.policy.currentData())
        self._prefs.language = str(self.language.currentData())
        self.backup.save()
        self._prefs.remember_vault_folder = self.remember_folder.isChecked()
        self._prefs.sync()
        if self.protection is not None:
            self.protection.apply()
        super().accept()
