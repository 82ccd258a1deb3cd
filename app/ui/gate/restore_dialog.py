"""Start screen → Restore a backup…: a backup file becomes a vault in a new folder, in the
background with progress; then the unlock page for it (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.errors import RoundtableError
from app.ui.a11y import ErrorLabel
from app.ui.messages import error_text
from app.ui.ops import Ops
from app.ui.protect.task_dialog import TaskDialog
from app.vault_paths import default_vault_dir, vault_exists


def suggested_folder() -> Path:
    folder = default_vault_dir()
    if not vault_exists(folder):
        return folder
    for n in range(2, 100):
        candidate = folder.with_name(f"{folder.name}-restored-{n}")
        if not candidate.exists():
            return candidate
    return folder.with_name(f"{folder.name}-restored")


class RestoreDialog(TaskDialog):
    restored = Signal(Path)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.setWindowTitle(self.tr("Restore a backup"))
        explain = QLabel(
            self.tr(
                "The backup becomes a vault in a new folder, exactly as it was when the backup "
                "was made; it opens with the passphrase (or recovery key or shares) of that "
                "time. A folder that already holds a vault is never overwritten."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        choose_file = QPushButton(self.tr("Choose…"), self)
        choose_file.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose_file)
        self.folder_edit = QLineEdit(str(suggested_folder()), self)
        self.folder_edit.setAccessibleName(self.tr("New vault folder"))
        choose_folder = QPushButton(self.tr("Choose…"), self)
        choose_folder.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose_folder)
        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), file_row)
        form.addRow(self.tr("Restore into the folder:"), folder_row)
        self.error_label = ErrorLabel(self)  # coloured for the palette, and spoken
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.frame_task(
            explain=explain,
            fields=form,
            inputs=(self.file_edit, self.folder_edit),
            message=self.error_label,
            start=self.tr("Restore"),
            busy=self.tr("Restoring"),
            close=QDialogButtonBox.StandardButton.Cancel,
        )
        self.check_button = self.buttons.addButton(
            self.tr("Check it first…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.clicked.connect(self.open_check)
        self.resize(600, 260)

    def open_check(self) -> QDialog:
        from app.ui.protect.check_backup_dialog import open_check_dialog

        return open_check_dialog(self._ops, self, self.file_edit.text().strip())

    def _choose_file(self) -> None:
        from app.ui.file_dialogs import open_file

        chosen = open_file(
            self, self.tr("Restore a backup"), self.tr("Roundtable backups (*.rtbackup)")
        )
        if chosen is not None:
            self.file_edit.setText(str(chosen))

    def _choose_folder(self) -> None:
        from app.ui.file_dialogs import ask_folder

        ask_folder(
            self,
            self.tr("Restore into the folder"),
            lambda folder: self.folder_edit.setText(str(folder)),
        )

    def submit(self) -> None:
        if self.running:
            return
        file_text, folder_text = self.file_edit.text().strip(), self.folder_edit.text().strip()
        if not file_text:
            self.error_label.setText(self.tr("Choose the backup file."))
            return
        if not folder_text:
            self.error_label.setText(self.tr("Choose the folder for the restored vault."))
            return
        source, folder = Path(file_text).expanduser(), Path(folder_text).expanduser()
        self.set_running(True)
        report = self._progress.report

        def task(_: Any) -> Path:
            from app.vault_backup import restore_backup

            restore_backup(source, folder, report)
            return folder

        self._ops.run(task, on_done=self._done, on_error=self._failed, needs_vault=False)

    def _done(self, folder: Path) -> None:
        self.set_running(False)
        self.restored.emit(folder)
        self.accept()

    def _failed(self, error: RoundtableError) -> None:
        self.set_running(False)
        self.error_label.setText(error_text(error))
