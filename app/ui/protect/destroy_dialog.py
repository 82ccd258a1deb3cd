"""Vault → Destroy this vault…: overwrite and remove the vault on this computer now.

The confirmation cannot be hit by accident: the button stays disabled until a word is typed
(the English word or its translation). The vault is locked first (every screen cleared), then
destroyed on the worker (`app.vault_destroy`), then the start screen shows and a message says
what remains and where (docs/threat-model.md §6.3).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.messages import show_info
from app.ui.plain_text import plain_label

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

CONFIRM_WORD = "destroy"


def remains_text(backup_folder: Path | None = None) -> str:
    """What a destroy cannot reach, in plain words (the command line prints the same)."""
    lines = []
    if backup_folder is not None:
        lines.append(
            QCoreApplication.translate(
                "DestroyDialog",
                "Backups in %1: each still opens with the passphrase or recovery key that was "
                "current when it was made. Delete them too if they must not survive.",
            ).replace("%1", str(backup_folder))
        )
    lines += [
        QCoreApplication.translate(
            "DestroyDialog",
            "Any other backups or copies of the vault folder you made (USB sticks, other "
            "computers): each still opens with the passphrase or recovery key of its time.",
        ),
        QCoreApplication.translate(
            "DestroyDialog", "Bundles you sent to partners: their copies are in their vaults."
        ),
        QCoreApplication.translate(
            "DestroyDialog",
            "Reports and CSV files you wrote out are ordinary files; delete them separately.",
        ),
        QCoreApplication.translate(
            "DestroyDialog",
            "A disk image taken before now keeps everything; on SSDs and some file systems old "
            "blocks can survive the overwrite.",
        ),
    ]
    return "\n".join(f"• {line}" for line in lines)


class DestroyDialog(QDialog):
    confirmed = Signal()

    def __init__(
        self, folder: Path, parent: QWidget | None = None, *, backup_folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Destroy this vault"))
        self.folder = folder
        intro = plain_label(
            QLabel(
                self.tr(
                    "This overwrites and removes the vault in %1: the key file first, then the "
                    "database. Nobody can open it on this computer afterwards, you included. "
                    "It cannot be undone."
                ).replace("%1", str(folder)),
                self,
            )
        )
        intro.setWordWrap(True)
        remains_title = QLabel(self.tr("What remains afterwards:"), self)
        remains = plain_label(QLabel(remains_text(backup_folder), self))
        remains.setWordWrap(True)
        self.word = self.tr("destroy")  # the word to type, in the interface language
        prompt = plain_label(
            QLabel(self.tr("To confirm, type the word “%1”:").replace("%1", self.word), self)
        )
        prompt.setWordWrap(True)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setAccessibleName(self.tr("Confirmation word"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.destroy_button = QPushButton(self.tr("Destroy now"), self)
        self.destroy_button.setObjectName("destroyButton")
        self.destroy_button.setEnabled(False)
        self.destroy_button.setAutoDefault(False)  # Enter never destroys
        buttons.addButton(self.destroy_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.destroy_button.clicked.connect(self._confirm)
        self.confirm_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        for widget in (intro, remains_title, remains, prompt, self.confirm_edit, buttons):
            layout.addWidget(widget)
        self.resize(560, self.sizeHint().height())

    def _matches(self) -> bool:
        typed = self.confirm_edit.text().strip().casefold()
        return typed in {CONFIRM_WORD, self.word.casefold()}

    def _check(self) -> None:
        self.destroy_button.setEnabled(self._matches())

    def _confirm(self) -> None:
        if not self._matches():
            return
        self.accept()
        self.confirmed.emit()


def install_destroy(window: MainWindow) -> QAction:
    """The action works locked or unlocked: in an emergency there may be no time to unlock."""
    text = QCoreApplication.translate("MainWindow", "&Destroy this vault…")
    action = QAction(text, window)
    action.setObjectName("destroyAction")
    action.triggered.connect(lambda: open_destroy(window))
    window.vault_menu.insertAction(window.settings_action, action)
    return action


def open_destroy(window: MainWindow) -> DestroyDialog | None:
    from app.vault_paths import vault_exists

    folder = window.unlock_page.folder
    if not window.is_unlocked and not (folder.parts and vault_exists(folder)):
        show_info(window, QCoreApplication.translate("DestroyDialog", "No vault is selected."))
        return None
    # The automatic-backup folder (issue 12's setting), when this build has it and it is set.
    backups = getattr(window.prefs, "backup_folder", None)
    dialog = DestroyDialog(folder, window, backup_folder=backups)
    dialog.confirmed.connect(lambda: _destroy(window, folder, backups))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _destroy(window: MainWindow, folder: Path, backups: Path | None) -> None:
    if window.is_unlocked:
        window.lock()  # screens cleared, dialogs closed, the vault closed on the worker

    def work(_vault: object) -> object:
        from app.vault_destroy import destroy_vault

        return destroy_vault(folder)

    def done(_result: object) -> None:
        window.start(None)
        show_info(
            window,
            QCoreApplication.translate("DestroyDialog", "The vault in %1 was destroyed.").replace(
                "%1", str(folder)
            )
            + "\n\n"
            + QCoreApplication.translate("DestroyDialog", "What remains:")
            + "\n"
            + remains_text(backups),
        ).setObjectName("destroyedBox")

    window.ops.run(work, needs_vault=False, on_done=done)
