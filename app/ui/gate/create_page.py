"""Creating a vault: organisation name, folder, passphrase twice with a strength meter."""

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
from app.ui.file_dialogs import ask_folder
from app.ui.gate.column import column_layout
from app.ui.gate.new_passphrase import NewPassphraseFields
from app.ui.messages import error_text
from app.ui.ops import Ops
from app.ui.plain_text import plain_label
from app.ui.zoom import relative_font


class CreateVaultPage(QWidget):
    """Creates the vault in the background; `created(recovery_key)` once it is open."""

    created = Signal(str)
    cancelled = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._folder = Path()
        title = QLabel(self.tr("Create a vault"), self)
        relative_font(title, 1.4, bold=True)
        self.org_edit = QLineEdit(self)
        self.org_edit.setPlaceholderText(self.tr("e.g. Land Rights Watch"))
        self.folder_label = plain_label(QLabel(self))
        self.folder_label.setWordWrap(True)
        folder_button = QPushButton(self.tr("Change…"), self)
        folder_button.clicked.connect(
            lambda: ask_folder(self, self.tr("Folder for the new vault"), self.set_folder)
        )
        # A widget, not a bare layout, in the form: only then does the form give the row the
        # height the wrapped path needs (at a large zoom a long path takes two lines).
        folder_row = QWidget(self)
        folder_lay = QHBoxLayout(folder_row)
        folder_lay.setContentsMargins(0, 0, 0, 0)
        folder_lay.addWidget(self.folder_label, 1)
        folder_lay.addWidget(folder_button)
        self.passphrase = NewPassphraseFields(ops, self)
        self.pass_edit = self.passphrase.pass_edit
        self.repeat_edit = self.passphrase.repeat_edit
        self.meter = self.passphrase.meter
        self.error_label = ErrorLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.create_button = QPushButton(self.tr("Create vault"), self)
        self.create_button.setDefault(True)
        back = QPushButton(self.tr("Back"), self)
        back.clicked.connect(self.cancelled)
        form = QFormLayout()
        form.addRow(self.tr("Organisation name:"), self.org_edit)
        form.addRow(self.tr("Vault folder:"), folder_row)
        self.passphrase.add_rows(form, self.tr("Passphrase:"), self.tr("Repeat passphrase:"))
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = column_layout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.pass_edit.textChanged.connect(self._passphrase_changed)
        self.org_edit.textChanged.connect(self._passphrase_changed)
        self.create_button.clicked.connect(self.submit)
        self.repeat_edit.returnPressed.connect(self.submit)

    def set_folder(self, folder: Path) -> None:
        self._folder = folder
        self.folder_label.setText(str(folder))

    @property
    def folder(self) -> Path:
        return self._folder

    def reset(self) -> None:
        self.org_edit.setText("")  # clear() would keep the text in the undo history
        self.passphrase.clear()
        self.error_label.clear()
        self._set_busy(False)

    def _passphrase_changed(self) -> None:
        self.meter.set_passphrase(self.pass_edit.text(), (self.org_edit.text(),))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.org_edit, self.pass_edit, self.repeat_edit, self.create_button):
            widget.setEnabled(not busy)

    def submit(self) -> None:
        org = self.org_edit.text().strip()
        passphrase = self.pass_edit.text()
        if not org:
            self.error_label.setText(self.tr("Please enter your organisation's name."))
            self.org_edit.setFocus()
            return
        problem = self.passphrase.problem()
        if problem:
            self.error_label.setText(problem)
            return
        self.error_label.clear()
        self._set_busy(True)
        folder = self._folder
        recovery: dict[str, str] = {}

        def opener():  # type: ignore[no-untyped-def]
            from app.vault import create_vault  # on the worker thread

            made = create_vault(folder, org, passphrase)
            recovery["key"] = made.recovery_key
            return made.vault

        self._ops.open(opener, on_done=lambda _v: self._done(recovery), on_error=self._failed)

    def _done(self, recovery: dict[str, str]) -> None:
        self._set_busy(False)
        key = recovery.pop("key", "")
        self.passphrase.clear()
        self.created.emit(key)

    def _failed(self, error: RoundtableError) -> None:
        self._set_busy(False)
        self.error_label.setText(error_text(error))
