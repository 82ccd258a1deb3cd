"""The way into a vault: which gate page shows, and when the vault is open for the screens.

Only the page shown first is built at launch; the others are built on first use (a faster
first window). `entered` means the vault is open on the worker and the user may go in: after
an unlock, a recovery, or once the new vault's recovery key has been confirmed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.gate.unlock_page import UnlockPage
from app.ui.messages import show_info
from app.ui.ops import Ops
from app.ui.preferences import Preferences
from app.vault_paths import default_vault_dir, vault_exists

if TYPE_CHECKING:
    from app.ui.gate.create_page import CreateVaultPage
    from app.ui.gate.recover_page import RecoverPage
    from app.ui.gate.recovery_key_page import RecoveryKeyPage
    from app.ui.gate.welcome import WelcomePage


class Gate(QObject):
    entered = Signal()
    key_shown = Signal()  # a new vault is open while its recovery key is on screen

    def __init__(
        self,
        ops: Ops,
        prefs: Preferences,
        pages: QStackedWidget,
        host: QWidget,
        *,
        hold_note: bool = False,
    ) -> None:
        super().__init__(host)
        self._ops, self._prefs, self._pages, self._host = ops, prefs, pages, host
        self.unlock_page = UnlockPage(ops, host)
        pages.addWidget(self.unlock_page)
        self.unlock_page.unlocked.connect(self.entered)
        self.unlock_page.recovery_requested.connect(self._show_recover)
        self.unlock_page.other_vault_requested.connect(lambda: pages.setCurrentWidget(self.welcome))
        self._welcome: WelcomePage | None = None
        self._create_page: CreateVaultPage | None = None
        self._recovery_key_page: RecoveryKeyPage | None = None
        self._recover_page: RecoverPage | None = None
        self._new_vault_folder = Path()
        # The first window of a launch reads the travel note once painted (`release_note`):
        # the worker's imports and file reads would hold the GIL its layout and paint need.
        self._hold_note = hold_note
        self._note_held = False

    # --- which page ----------------------------------------------------------------------------
    def start(self, folder: Path | None) -> None:
        """The unlock page for `folder` (or the last/default one), else the welcome page."""
        candidates = [folder] if folder else [self._prefs.last_vault_folder, default_vault_dir()]
        found = next((c for c in candidates if c is not None and vault_exists(c)), None)
        if found is not None:
            self.show_unlock(found)
            return
        self._new_vault_folder = folder if folder is not None else default_vault_dir()
        if self._create_page is not None:
            self._create_page.set_folder(self._new_vault_folder)
        self._pages.setCurrentWidget(self.welcome)

    def show_unlock(self, folder: Path) -> None:
        self.unlock_page.set_folder(folder)
        self.unlock_page.reset()
        if self._hold_note:
            self._note_held = True
        else:
            self._read_note(folder)
        self._pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.pass_edit.setFocus()

    def release_note(self) -> None:
        """The first window is on screen: read the note it is waiting for, if any."""
        self._hold_note = False
        if self._note_held:
            self._note_held = False
            self._read_note(self.unlock_page.folder)

    def _read_note(self, folder: Path) -> None:
        def note(_vault: object) -> str:
            from app.vault_note import read_note  # on the worker: a file read

            return read_note(folder)

        def shown(text: str) -> None:
            if self.unlock_page.folder == folder:
                self.unlock_page.show_note(text)

        self._ops.run(note, needs_vault=False, on_done=shown)

    def _show_create(self) -> None:
        self.create_page.reset()
        self._pages.setCurrentWidget(self.create_page)
        self.create_page.org_edit.setFocus()

    def _show_recover(self) -> None:
        self.recover_page.set_folder(self.unlock_page.folder)
        self.recover_page.reset()
        self._pages.setCurrentWidget(self.recover_page)
        self.recover_page.key_edit.setFocus()

    def _open_folder(self, folder: Path) -> None:
        def check(_vault: object) -> bool:
            return vault_exists(folder)

        def checked(exists: bool) -> None:
            if exists:
                self.show_unlock(folder)
            else:
                show_info(self._host, self.tr("This folder does not hold a Roundtable vault."))

        self._ops.run(check, needs_vault=False, on_done=checked)

    def close_new_vault(self) -> bool:
        """Lock pressed while a new vault's recovery key is on screen (the vault is already
        open): the key leaves the screen, the vault is closed, the unlock page takes over."""
        page = self._recovery_key_page
        if page is None or self._pages.currentWidget() is not page:
            return False
        page.clear()
        self._ops.lock()
        self.show_unlock(self.unlock_page.folder)
        return True

    def _created(self, recovery_key: str) -> None:
        self.unlock_page.set_folder(self.create_page.folder)
        self.recovery_key_page.show_key(recovery_key, self.create_page.org_edit.text().strip())
        self.create_page.reset()
        self._pages.setCurrentWidget(self.recovery_key_page)
        self.key_shown.emit()

    # --- pages built on first use --------------------------------------------------------------
    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            from app.ui.gate.welcome import WelcomePage

            page = self._welcome = WelcomePage(self._host)
            page.create_requested.connect(self._show_create)
            page.open_requested.connect(self._open_folder)
            page.restore_button.clicked.connect(self.open_restore)
            self._pages.addWidget(page)
        return self._welcome

    def open_restore(self) -> QWidget:
        """Start screen → Restore a backup…; the unlock page of the restored vault follows."""
        from app.ui.gate.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._ops, self._host)
        dialog.restored.connect(self.show_unlock)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @property
    def create_page(self) -> CreateVaultPage:
        if self._create_page is None:
            from app.ui.gate.create_page import CreateVaultPage

            page = self._create_page = CreateVaultPage(self._ops, self._host)
            page.set_folder(self._new_vault_folder)
            page.cancelled.connect(lambda: self._pages.setCurrentWidget(self.welcome))
            page.created.connect(self._created)
            self._pages.addWidget(page)
        return self._create_page

    @property
    def recovery_key_page(self) -> RecoveryKeyPage:
        if self._recovery_key_page is None:
            from app.ui.gate.recovery_key_page import RecoveryKeyPage

            page = self._recovery_key_page = RecoveryKeyPage(self._ops, self._host)
            page.confirmed.connect(self.entered)
            self._pages.addWidget(page)
        return self._recovery_key_page

    @property
    def recover_page(self) -> RecoverPage:
        if self._recover_page is None:
            from app.ui.gate.recover_page import RecoverPage

            page = self._recover_page = RecoverPage(self._ops, self._host)
            page.unlocked.connect(self.entered)
            page.cancelled.connect(lambda: self.show_unlock(self.unlock_page.folder))
            self._pages.addWidget(page)
        return self._recover_page
