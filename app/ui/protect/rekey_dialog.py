"""Vault → Change keys (revoke old copies)…: re-key the open vault in the background, then show
the new recovery key once on the same page as at creation (`app.ui.gate.recovery_key_page`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import RoundtableError
from app.ui.a11y import ErrorLabel
from app.ui.gate.new_passphrase import NewPassphraseFields
from app.ui.gate.recovery_key_page import RecoveryKeyPage
from app.ui.ops import Ops

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def install_rekey(window: MainWindow) -> QAction:
    # A module function: the context is the class the action lives in (docs/translations.md).
    text = QCoreApplication.translate("MainWindow", "Change &keys (revoke old copies)…")
    action = QAction(text, window)
    action.triggered.connect(lambda: open_rekey(window))
    window.add_vault_action(action)
    return action


def open_rekey(window: MainWindow) -> RekeyDialog:
    dialog = RekeyDialog(window.ops, window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class _Progress(QObject):
    """Lives on the GUI thread; emitted from the worker, so delivery is queued (thread-safe)."""

    changed = Signal(int)

    def report(self, fraction: float) -> None:
        self.changed.emit(round(fraction * 100))


class RekeyDialog(QDialog):
    done = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._running = False
        self._org = ""
        self.setWindowTitle(self.tr("Change keys"))
        self.pages = QStackedWidget(self)
        form_page = QWidget(self)
        explain = QLabel(
            self.tr(
                "Changing only the passphrase does not lock out old copies of the key file: "
                "anyone with an old copy of vault.key (from a backup, a disk image or a stolen "
                "USB stick) and the old passphrase or the old recovery key can still open "
                "today's records.\n\n"
                "Changing the keys re-encrypts the whole vault under a new key and makes a new "
                "recovery key. Afterwards old key files, old backups and old recovery keys no "
                "longer open the vault as it is now. They still open the old copies of the "
                "vault they came with. Keep the computer on until it is finished; if the vault "
                "is locked before the new recovery key is shown, change the keys again to get "
                "one."
            ),
            form_page,
        )
        explain.setWordWrap(True)
        self.current_edit = QLineEdit(form_page)
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.change_passphrase = QCheckBox(self.tr("Also choose a new passphrase"), form_page)
        self.new_fields = NewPassphraseFields(ops, form_page)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current_edit)
        form.addRow("", self.change_passphrase)
        self.new_fields.add_rows(form, self.tr("New passphrase:"), self.tr("Repeat it:"))
        self.change_passphrase.toggled.connect(self._show_new_fields)
        self._show_new_fields(False)
        self.progress = QProgressBar(form_page)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Re-encrypting the vault"))
        self.error_label = ErrorLabel(form_page)
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("errorLabel")
        self.buttons = QDialogButtonBox(form_page)
        self.start_button = self.buttons.addButton(
            self.tr("Change keys"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(form_page)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.recovery_page = RecoveryKeyPage(ops, self)
        self.recovery_page.confirmed.connect(self.accept)
        self.pages.addWidget(form_page)
        self.pages.addWidget(self.recovery_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self._progress = _Progress(self)
        self._progress.changed.connect(self.progress.setValue)
        self.resize(560, 480)
        ops.run(lambda v: v.org_name, on_done=self._set_org)

    def _set_org(self, name: str) -> None:
        self._org = name

    def _show_new_fields(self, shown: bool) -> None:
        for edit in (self.new_fields.pass_edit, self.new_fields.repeat_edit):
            edit.setEnabled(shown)
        self.new_fields.meter.setEnabled(shown)
        if not shown:
            self.new_fields.clear()

    def submit(self) -> None:
        if self._running:
            return
        current = self.current_edit.text()
        if not current:
            self.error_label.setText(self.tr("Type the current passphrase."))
            self.current_edit.setFocus()
            return
        new: str | None = None
        if self.change_passphrase.isChecked():
            problem = self.new_fields.problem()
            if problem:
                self.error_label.setText(problem)
                return
            new = self.new_fields.text
        self._set_running(True)
        report = self._progress.report

        def task(vault: Any) -> str:
            from app.vault import rekey_vault

            return rekey_vault(vault, passphrase=current, new_passphrase=new, progress=report)

        # Argon2id for the passphrase: at a lower priority (app/ui/ops.py)
        self._ops.run(task, on_done=self._done, on_error=self._failed, low_priority=True)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.error_label.clear()
        self.progress.setVisible(running)
        if running:
            self.progress.setValue(0)
        for widget in (self.start_button, self.cancel_button, self.current_edit):
            widget.setEnabled(not running)
        self.change_passphrase.setEnabled(not running)

    def _done(self, recovery_key: str) -> None:
        self._set_running(False)
        self._forget_typing()
        self.recovery_page.show_key(recovery_key, self._org)
        self.pages.setCurrentWidget(self.recovery_page)
        self.done.emit()

    def _failed(self, error: RoundtableError) -> None:
        self._set_running(False)
        self.error_label.setText(error.user_message)
        self.current_edit.setFocus()

    def _forget_typing(self) -> None:
        self.current_edit.setText("")  # setText, unlike clear(), drops the undo history
        self.new_fields.clear()

    def reject(self) -> None:
        # Not while the re-key runs or its new recovery key is on screen: that key is shown
        # only once ("Continue" closes the dialog). Locking still closes it (main window).
        if self._running or self.pages.currentWidget() is self.recovery_page:
            return
        self._forget_typing()
        self.recovery_page.clear()
        super().reject()

    def keyPressEvent(self, event: Any) -> None:
        if self._running and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)
