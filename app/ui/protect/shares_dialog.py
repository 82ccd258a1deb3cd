"""Settings → Split recovery among board members…: a new recovery secret split as k-of-n SLIP-39
shares, one share sheet (PDF, English and Khmer) per holder (issue 12). A re-key: old shares,
the old recovery key and old backups' key files stop opening the vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.errors import RoundtableError
from app.ui.messages import error_text
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.protect.task_dialog import TaskDialog
from app.ui.spin_box import SpinBox


class SharesDialog(TaskDialog):
    done = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._finished = False
        self._message: Callable[[], str] | None = None
        self.setWindowTitle(self.tr("Split recovery among board members"))
        explain = QLabel(
            self.tr(
                "Instead of one recovery key that one person keeps, make a new recovery "
                "secret split into shares, one for each board member: any chosen number of "
                "them together open the vault if the passphrase is lost; fewer reveal "
                "nothing.\n\nThis changes the vault's keys: the old recovery key, older "
                "shares and the key files of older backups stop opening the vault as it is "
                "now. Make a new backup afterwards."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.count_spin = SpinBox(self)
        self.count_spin.setRange(2, 16)
        self.count_spin.setValue(5)
        self.threshold_spin = SpinBox(self)
        self.threshold_spin.setRange(2, 5)
        self.threshold_spin.setValue(3)
        self.count_spin.valueChanged.connect(self._limit_threshold)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setAccessibleName(self.tr("Folder for the share sheets"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Number of shares:"), self.count_spin)
        form.addRow(self.tr("Shares needed to recover:"), self.threshold_spin)
        form.addRow(self.tr("Current passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Write the share sheets to:"), folder_row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("errorLabel")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.frame_task(
            explain=explain,
            fields=form,
            inputs=(self.passphrase_edit, self.folder_edit, self.count_spin, self.threshold_spin),
            message=self.message,
            start=self.tr("Make the shares"),
            busy=self.tr("Making the shares"),
            close=QDialogButtonBox.StandardButton.Cancel,
        )
        self.resize(600, 460)

    def _limit_threshold(self, count: int) -> None:
        self.threshold_spin.setMaximum(count)

    def _choose(self) -> None:
        from app.ui.file_dialogs import ask_folder

        ask_folder(
            self,
            self.tr("Folder for the share sheets"),
            lambda folder: self.folder_edit.setText(str(folder)),
        )

    def submit(self) -> None:
        if self.running or self._finished:
            return
        current = self.passphrase_edit.text()
        folder_text = self.folder_edit.text().strip()
        if not current:
            self.message.setText(self.tr("Type the current passphrase."))
            return
        if not folder_text:
            self.message.setText(self.tr("Choose a folder for the share sheets."))
            return
        out = Path(folder_text).expanduser()
        count, threshold = self.count_spin.value(), self.threshold_spin.value()
        self.set_running(True)
        report = self._progress.report

        def task(vault: Any) -> str:
            from app import recovery_shares
            from app.reports.share_sheet import write_sheets
            from app.storage import files

            recovery_shares.check_split(threshold, count)
            recovery_shares.prove_passphrase(vault, current)  # before any sheet is written
            try:
                files.ensure_private_dir(out)
            except OSError as exc:
                raise files.os_error(exc) from None
            secret, shares = recovery_shares.prepare_split(threshold, count)
            written = write_sheets(out, vault.org_name, shares, threshold)
            try:
                recovery_shares.apply_split(
                    vault,
                    secret,
                    threshold=threshold,
                    count=count,
                    passphrase=current,
                    progress=report,
                )
            except BaseException:
                for path in written:
                    path.unlink(missing_ok=True)
                raise
            return str(out)

        # checks the passphrase (Argon2id): at a lower priority (app/ui/ops.py)
        self._ops.run(task, on_done=self._done, on_error=self._failed, low_priority=True)

    def _done(self, folder: str) -> None:
        self.set_running(False)
        self._finished = True
        self.passphrase_edit.setText("")
        self.message.setObjectName("")
        count, k = self.count_spin.value(), self.threshold_spin.value()
        self._message = lambda: self.tr(
            "{count} share sheets were written to {folder}. Any {k} of them open the vault. "
            "Print them, give one to each board member in person, then delete the files. "
            "Make a new backup now: older backups open only with the old recovery key."
        ).format(count=number(count), folder=folder, k=number(k))
        self.message.setText(self._message())
        self.start_button.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        self.done.emit()

    def _failed(self, error: RoundtableError) -> None:
        self.set_running(False)
        self._message = lambda: error_text(error)
        self.message.setText(self._message())

    def language_changed(self) -> None:
        if self._message is not None:
            self.message.setText(self._message())

    def reject(self) -> None:
        if not self.running:
            self.passphrase_edit.setText("")
        super().reject()
