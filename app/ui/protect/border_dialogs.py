"""Travel mode (Vault → Travel mode…) and the duress passphrase (Settings → If the laptop is
taken → Duress passphrase…), in plain words with their limits (docs/threat-model.md §6)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RoundtableError
from app.ui.a11y import ErrorLabel
from app.ui.gate.new_passphrase import NewPassphraseFields
from app.ui.messages import error_text, show_info
from app.ui.ops import Ops
from app.ui.plain_text import plain_label
from app.ui.protect.protection import room_for

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def _wrapped(text: str, parent: QWidget, columns: int = 72) -> QLabel:
    """A plain, word-wrapped label that a dialog gives the height its text needs."""
    label = plain_label(QLabel(text, parent))
    label.setWordWrap(True)
    room_for(label, columns)
    return label


# --- travel mode ----------------------------------------------------------------------------------
class TravelDialog(QDialog):
    confirmed = Signal(str)  # the visible note, or ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Travel mode"))
        explain = _wrapped(
            self.tr(
                "Before a border crossing: the passphrase is removed from this computer. "
                "Afterwards nobody can open the vault here, you included, until it is restored "
                "with the recovery key or the recovery shares and a new passphrase is chosen "
                "(on the start screen: Use the recovery key…).\n\n"
                "The vault then looks like any vault whose passphrase is not known. If you are "
                "asked, you cannot open it: that is true.\n\n"
                "What it cannot do: a copy of the disk made before now still holds the old "
                "passphrase slot; on SSDs old blocks may survive. Do not carry the recovery key "
                "or a share with you; the board members who hold shares should not travel with "
                "you."
            ),
            self,
        )
        self.holds_recovery = QCheckBox(
            self.tr(
                "The recovery key or enough recovery shares are kept by others, not on me "
                "or on this computer."
            ),
            self,
        )
        self.note_check = QCheckBox(self.tr("Show a note on the start screen"), self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note on the start screen"))
        self.note_edit.setPlaceholderText(
            self.tr("For example: In travel mode. Ask the secretariat for the recovery shares.")
        )
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().height() * 4)
        self.note_edit.setEnabled(False)
        note_help = _wrapped(
            self.tr(
                "Without a note, nothing on this computer says the vault is in travel mode. "
                "With one, anyone who starts Roundtable reads it."
            ),
            self,
        )
        self.note_check.toggled.connect(self.note_edit.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = QPushButton(self.tr("Enter travel mode"), self)
        self.start_button.setEnabled(False)
        self.start_button.setAutoDefault(False)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.start_button.clicked.connect(self._confirm)
        self.holds_recovery.toggled.connect(self.start_button.setEnabled)
        layout = QVBoxLayout(self)
        for widget in (explain, self.holds_recovery, self.note_check, self.note_edit, note_help):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    def _confirm(self) -> None:
        if not self.holds_recovery.isChecked():
            return
        note = self.note_edit.toPlainText().strip() if self.note_check.isChecked() else ""
        self.accept()
        self.confirmed.emit(note)


def install_travel(window: MainWindow) -> QAction:
    action = QAction(QCoreApplication.translate("MainWindow", "&Travel mode…"), window)
    action.setObjectName("travelAction")
    action.triggered.connect(lambda: open_travel(window))
    window.add_vault_action(action)
    return action


def open_travel(window: MainWindow) -> TravelDialog:
    dialog = TravelDialog(window)
    folder = window.unlock_page.folder
    dialog.confirmed.connect(lambda note: _enter_travel(window, folder, note))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _enter_travel(window: MainWindow, folder: Path, note: str) -> None:
    window.lock()  # every screen cleared and the vault closed before its slot goes

    def work(_vault: object) -> None:
        from app.vault import forget_passphrase_slot
        from app.vault_note import remove_note, write_note

        forget_passphrase_slot(folder)
        if note:
            write_note(folder, note)
        else:
            remove_note(folder)

    def done(_result: object) -> None:
        window.start(folder)
        show_info(
            window,
            QCoreApplication.translate(
                "TravelDialog",
                "Travel mode is on. The vault cannot be opened on this computer until it is "
                "restored with the recovery key or the recovery shares.",
            ),
        ).setObjectName("travelBox")

    window.ops.run(work, needs_vault=False, on_done=done)


# --- duress passphrase ----------------------------------------------------------------------------
class DuressDialog(QDialog):
    """Set up (or change) the duress passphrase and its decoy. Runs on the worker."""

    done = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, change: bool = False) -> None:
        super().__init__(parent)
        self._ops = ops
        self._change = change
        self.setWindowTitle(self.tr("Duress passphrase"))
        explain = _wrapped(
            self.tr(
                "A second passphrase for when you are forced to unlock. Typed where the "
                "passphrase is asked (the start screen or the command line), it removes the "
                "real passphrase from this computer and opens a decoy vault with ordinary "
                "meetings instead. Afterwards the real passphrase fails like a wrong one; the "
                "real records come back only with the recovery key, the recovery shares or a "
                "backup.\n\n"
                "What it cannot do: a copy of the disk made before keeps everything; someone "
                "who watched you type the real passphrase knows this one is different; a "
                "forensic examiner may see that keys were just replaced, and that can be "
                "charged as destroying evidence."
            ),
            self,
        )
        self.current_edit = QLineEdit(self)
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_fields = NewPassphraseFields(ops, self)
        form = QFormLayout()
        form.addRow(self.tr("Your passphrase:"), self.current_edit)
        self.new_fields.add_rows(form, self.tr("Duress passphrase:"), self.tr("Repeat it:"))
        self.sample = QRadioButton(self.tr("Fill the decoy with the app's sample meetings"), self)
        self.empty = QRadioButton(self.tr("Start the decoy empty; I will fill it"), self)
        self.sample.setChecked(True)
        self.decoy_org = QLineEdit(self)
        self.decoy_org.setPlaceholderText(self.tr("Default: your organisation's name"))
        decoy_help = _wrapped(
            self.tr(
                "To add meetings a searcher should find, use Open the decoy… in Settings: the "
                "app locks and opens the decoy; lock it when you are done."
            ),
            self,
        )
        self.error_label = ErrorLabel(self)  # coloured for the palette, and spoken
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = buttons.addButton(
            self.tr("Change") if change else self.tr("Set up"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.start_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        if not change:
            decoy_form = QFormLayout()
            decoy_form.addRow(self.tr("Decoy:"), self.sample)
            decoy_form.addRow("", self.empty)
            decoy_form.addRow(self.tr("Decoy organisation:"), self.decoy_org)
            layout.addLayout(decoy_form)
            layout.addWidget(decoy_help)
        else:
            for widget in (self.sample, self.empty, self.decoy_org, decoy_help):
                widget.hide()
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def submit(self) -> None:
        current = self.current_edit.text()
        if not current:
            self.error_label.setText(self.tr("Type your passphrase."))
            self.current_edit.setFocus()
            return
        problem = self.new_fields.problem()
        if problem:
            self.error_label.setText(problem)
            return
        duress = self.new_fields.text
        sample = self.sample.isChecked()
        org = self.decoy_org.text().strip() or None
        change = self._change

        def task(vault: Any) -> None:
            from app import vault_duress

            if change:
                vault_duress.change_duress_passphrase(vault, duress, passphrase=current)
                return
            fill = None
            if sample:
                from app.demo import fill_demo_vault

                fill = fill_demo_vault
            vault_duress.set_up_duress(
                vault, duress, passphrase=current, fill=fill, decoy_org_name=org
            )

        self.error_label.clear()
        self.start_button.setEnabled(False)
        # two key derivations (both passphrases): at a lower priority (app/ui/ops.py)
        self._ops.run(task, on_done=self._done, on_error=self._failed, low_priority=True)

    def _forget_typing(self) -> None:
        self.current_edit.setText("")
        self.new_fields.clear()

    def _done(self, _result: object) -> None:
        self._forget_typing()
        self.accept()
        self.done.emit()

    def _failed(self, error: RoundtableError) -> None:
        self.start_button.setEnabled(True)
        self.error_label.setText(error_text(error))

    def reject(self) -> None:
        self._forget_typing()
        super().reject()


def open_decoy_for_preparing(window: MainWindow) -> None:
    """Lock the real vault and open its decoy in the window, to add what a searcher should
    find. The decoy's key is read from the real vault first."""
    folder = window.unlock_page.folder

    def read(vault: Any) -> Any:
        from app.vault_duress import read_decoy_key

        return read_decoy_key(vault)

    def opened(_vault: object) -> None:
        show_info(
            window,
            QCoreApplication.translate(
                "DuressDialog",
                "This is the decoy vault. Add what a searcher should find, then lock "
                "(Ctrl+L). Your passphrase opens the real vault again.",
            ),
        ).setObjectName("decoyBox")

    def switch(key: Any) -> None:
        window.lock()

        def opener() -> Any:
            from app.vault_duress import open_decoy

            return open_decoy(folder, key)

        window.ops.open(opener, on_done=lambda v: (window.gate.entered.emit(), opened(v)))

    window.ops.run(read, on_done=switch)
