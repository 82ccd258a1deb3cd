"""Preferences: auto-lock time, default redaction policy, language. The theme follows the OS."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.values import RedactionPolicy
from app.ui.language import LANGUAGES
from app.ui.preferences import Preferences


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self.setWindowTitle(self.tr("Settings"))
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(prefs.auto_lock_minutes)
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
        form.addRow(self.tr("Default redaction for exports:"), self.policy)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Theme:"), theme)
        form.addRow(self.tr("Vault:"), self.remember_folder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._prefs.auto_lock_minutes = self.auto_lock.value()
        self._prefs.redaction_policy = RedactionPolicy(self.policy.currentData())
        self._prefs.language = str(self.language.currentData())
        self._prefs.remember_vault_folder = self.remember_folder.isChecked()
        self._prefs.sync()
        super().accept()
