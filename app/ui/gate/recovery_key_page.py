"""The recovery key, shown once after a vault is created."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.errors import RoundtableError
from app.ui.file_dialogs import ask_save_file
from app.ui.gate import recovery_sheet
from app.ui.gate.column import column_layout
from app.ui.messages import show_error
from app.ui.ops import Ops
from app.ui.zoom import relative_font


def can_print() -> bool:
    """QtPrintSupport ships with PySide6-Essentials on the usual wheels, not on every build."""
    return importlib.util.find_spec("PySide6.QtPrintSupport") is not None


class RecoveryKeyPage(QWidget):
    confirmed = Signal()
    pdf_saved = Signal(Path)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._key = ""
        self._org = ""
        title = QLabel(self.tr("Your recovery key"), self)
        relative_font(title, 1.4, bold=True)
        explain = QLabel(
            self.tr(
                "If the passphrase is forgotten, this key is the only way back into the vault. "
                "It is shown only now. Write it down or print it and keep it somewhere safe, "
                "away from this computer."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.key_label = QLabel(self)
        relative_font(self.key_label, 1.5, bold=True, fixed=True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setObjectName("recoveryKey")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.clicked.connect(self._ask_pdf)
        pdf_warning = QLabel(
            self.tr(
                "Saving writes the key to a file in readable form: move it to a USB stick or "
                "print it, then delete the file."
            ),
            self,
        )
        pdf_warning.setWordWrap(True)
        self.print_button: QPushButton | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        if can_print():
            self.print_button = QPushButton(self.tr("Print…"), self)
            self.print_button.clicked.connect(self._print)
            buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.stored_check = QCheckBox(self.tr("I have stored the recovery key safely"), self)
        self.continue_button = QPushButton(self.tr("Continue"), self)
        self.continue_button.setEnabled(False)
        self.stored_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        layout = column_layout(self)
        layout.addStretch(1)
        for widget in (title, explain, self.key_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(pdf_warning)
        layout.addWidget(self.stored_check)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)

    def show_key(self, recovery_key: str, org_name: str) -> None:
        self._key, self._org = recovery_key, org_name
        self.key_label.setText(recovery_key)
        self.stored_check.setChecked(False)

    def clear(self) -> None:
        self._key = self._org = ""
        self.key_label.clear()
        self.stored_check.setChecked(False)

    def _continue(self) -> None:
        if not self.stored_check.isChecked():
            return
        self.clear()
        self.confirmed.emit()

    def _ask_pdf(self) -> None:
        ask_save_file(
            self,
            self.tr("Save the recovery key as PDF (writes the key to a file)"),
            self.tr("PDF files (*.pdf)"),
            "roundtable-recovery-key.pdf",
            self.save_pdf,
        )

    def save_pdf(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        key, org = self._key, self._org

        def task(_vault: object) -> Path:
            recovery_sheet.write_pdf(path, org, key)
            return path

        self._ops.run(task, needs_vault=False, on_done=self.pdf_saved.emit, on_error=self._failed)

    def _failed(self, error: RoundtableError) -> None:
        show_error(self, error)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when needed

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        key, org = self._key, self._org

        def accepted() -> None:
            recovery_sheet.render(printer, org, key)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
