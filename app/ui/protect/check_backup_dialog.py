"""Check a backup…: prove that a backup file is whole and opens with the passphrase or the
recovery key, without restoring it (the app's `roundtable backup --check`, issue 12). The work
runs on the worker thread with progress; nothing decrypted touches the disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.errors import RoundtableError
from app.ui.date_edit import shown_moment
from app.ui.messages import error_text
from app.ui.ops import Ops
from app.ui.plain_text import plain_label, shown
from app.ui.protect.task_dialog import TaskDialog


class CheckBackupDialog(TaskDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None, file: str = "") -> None:
        super().__init__(parent)
        self._ops = ops
        self._result: Callable[[], str] | None = None
        self.setWindowTitle(self.tr("Check a backup"))
        explain = QLabel(
            self.tr(
                "Proves that a backup is complete and opens: every page of its database is "
                "checked. Nothing is restored and nothing decrypted is written anywhere."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.file_edit = QLineEdit(file, self)
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        self.passphrase_radio = QRadioButton(self.tr("Passphrase"), self)
        self.recovery_radio = QRadioButton(self.tr("Recovery key"), self)
        self.passphrase_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.passphrase_radio)
        group.addButton(self.recovery_radio)
        modes = QHBoxLayout()
        modes.addWidget(self.passphrase_radio)
        modes.addWidget(self.recovery_radio)
        modes.addStretch(1)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Passphrase or recovery key of the backup"))
        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), row)
        form.addRow(self.tr("Open it with:"), modes)
        form.addRow(self.tr("Passphrase or recovery key:"), self.secret_edit)
        self.result_label = plain_label(QLabel(self))  # the organisation's name is record text
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.frame_task(
            explain=explain,
            fields=form,
            inputs=(self.file_edit, self.secret_edit),
            message=self.result_label,
            start=self.tr("Check"),
            busy=self.tr("Checking"),
        )
        self.secret_edit.returnPressed.connect(self.submit)
        self.setMinimumSize(600, 300)

    def _choose(self) -> None:
        from app.ui.file_dialogs import open_file

        chosen = open_file(
            self, self.tr("Check a backup"), self.tr("Roundtable backups (*.rtbackup)")
        )
        if chosen is not None:
            self.file_edit.setText(str(chosen))

    def _show(self, result: Callable[[], str]) -> None:
        self._result = result
        self.result_label.setText(result())

    def language_changed(self) -> None:
        if self._result is not None:
            self.result_label.setText(self._result())

    def submit(self) -> None:
        if self.running:
            return
        file_text, secret = self.file_edit.text().strip(), self.secret_edit.text()
        if not file_text:
            self._show(lambda: self.tr("Choose the backup file."))
            return
        if not secret:
            self._show(lambda: self.tr("Type the passphrase or the recovery key of the backup."))
            return
        path = Path(file_text).expanduser()
        use_recovery = self.recovery_radio.isChecked()
        self.set_running(True)
        report = self._progress.report

        def task(_: Any) -> Any:
            from app.crypto.recovery import parse_recovery_key
            from app.vault_backup import check_backup

            if use_recovery:
                return check_backup(
                    path, recovery_secret=parse_recovery_key(secret), progress=report
                )
            return check_backup(path, passphrase=secret, progress=report)

        self._ops.run(  # derives the backup's key: at a lower priority (app/ui/ops.py)
            task, on_done=self._done, on_error=self._failed, needs_vault=False, low_priority=True
        )

    def _done(self, result: Any) -> None:
        self.set_running(False)
        self.secret_edit.setText("")
        org, created = shown(result.org_name), result.created
        self._show(
            lambda: self.tr(
                "The backup is whole and opens: every page checks out. Organisation: {org}; "
                "made {created}."
            ).format(org=org, created=shown_moment(created))  # in this computer's time
        )

    def _failed(self, error: RoundtableError) -> None:
        self.set_running(False)
        self._show(lambda: error_text(error))

    def reject(self) -> None:
        if not self.running:
            self.secret_edit.setText("")
        super().reject()


def open_check_dialog(ops: Ops, parent: QWidget, path: str) -> QDialog:
    """Check a backup… from the Back up and the Restore dialogs: non-modal, deleted on close."""
    dialog = CheckBackupDialog(ops, parent, path)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
