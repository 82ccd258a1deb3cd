"""The main window: the gate pages while locked, the screens while unlocked.

It knows no particular screen: `add_screen` takes any widget implementing `Screen`; the
standard screens are put together in `app.ui.shell`. Locking (button, Ctrl+L, idle timer, panic
shortcut) closes the vault through `Ops`, asks every screen to drop what it shows, closes every
dialog and shows the unlock page, so nothing readable stays behind it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QStackedWidget, QWidget

from app.ui.gate.unlock_page import UnlockPage
from app.ui.messages import show_error, show_info
from app.ui.navigation import Navigation
from app.ui.ops import Ops
from app.ui.preferences import Preferences
from app.vault_paths import default_vault_dir, vault_exists

if TYPE_CHECKING:
    from app.ui.gate.create_page import CreateVaultPage
    from app.ui.gate.recover_page import RecoverPage
    from app.ui.gate.recovery_key_page import RecoveryKeyPage
    from app.ui.gate.welcome import WelcomePage
    from app.ui.idle_lock import IdleLock
    from app.ui.lock_keys import LockKeys

# Ctrl+Shift+L: the lock shortcut with one more finger, easy to hit in a hurry.
LOCK_SHORTCUT = "Ctrl+L"
PANIC_SHORTCUT = "Ctrl+Shift+L"


class MainWindow(QMainWindow):
    vault_opened = Signal()
    locked = Signal()

    def __init__(
        self,
        ops: Ops,
        prefs: Preferences,
        *,
        idle_interval_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.prefs = prefs
        self.setWindowTitle(self.tr("Roundtable"))
        self._unlocked = False
        self._screens_ready = False
        self._enter_when_ready = False
        self._org_name = ""
        self.pages = QStackedWidget(self)
        self.unlock_page = UnlockPage(ops, self)
        self.navigation = Navigation(self)
        for page in (self.unlock_page, self.navigation):
            self.pages.addWidget(page)
        # Pages seldom needed are built on first use (a faster first window).
        self._welcome: WelcomePage | None = None
        self._create_page: CreateVaultPage | None = None
        self._recovery_key_page: RecoveryKeyPage | None = None
        self._recover_page: RecoverPage | None = None
        self._new_vault_folder = Path()
        self.setCentralWidget(self.pages)
        self._idle_interval_ms = idle_interval_ms
        # The lock watchers start with the first unlock: nothing to lock before (and a faster
        # first window).
        self.idle_lock: IdleLock | None = None
        self.lock_keys: LockKeys | None = None
        self._make_actions()
        self._make_status_bar()
        self._connect_gate()
        ops.failed.connect(lambda error: show_error(self, error))
        self._set_vault_actions(False)
        self.resize(1100, 720)

    # --- screens -----------------------------------------------------------------------------
    def add_screen(self, key: str, title: str, widget: QWidget) -> None:
        self.navigation.add_screen(key, title, widget)
        action = QAction(title, self)
        action.triggered.connect(lambda: self.show_screen(key))
        self.go_menu.addAction(action)
        self._vault_actions.append(action)
        action.setEnabled(self._unlocked)

    def show_screen(self, key: str) -> None:
        self.navigation.show_screen(key)

    def screen(self, key: str) -> QWidget:
        return self.navigation.screen(key)

    @property
    def is_unlocked(self) -> bool:
        return self._unlocked

    # --- start ------------------------------------------------------------------------------
    def start(self, folder: Path | None) -> None:
        """Show the unlock page for `folder` (or the last/default one), else the welcome page."""
        candidates = [folder] if folder else [self.prefs.last_vault_folder, default_vault_dir()]
        found = next((c for c in candidates if c is not None and vault_exists(c)), None)
        if found is not None:
            self._show_unlock(found)
        elif folder is not None:
            self._set_new_vault_folder(folder)
            self.pages.setCurrentWidget(self.welcome)
        else:
            self._set_new_vault_folder(default_vault_dir())
            self.pages.setCurrentWidget(self.welcome)

    def _set_new_vault_folder(self, folder: Path) -> None:
        self._new_vault_folder = folder
        if self._create_page is not None:
            self._create_page.set_folder(folder)

    def _connect_gate(self) -> None:
        self.unlock_page.unlocked.connect(self._enter)
        self.unlock_page.recovery_requested.connect(self._show_recover)
        self.unlock_page.other_vault_requested.connect(
            lambda: self.pages.setCurrentWidget(self.welcome)
        )

    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            from app.ui.gate.welcome import WelcomePage

            page = self._welcome = WelcomePage(self)
            page.create_requested.connect(self._show_create)
            page.open_requested.connect(self._open_folder)
            from PySide6.QtWidgets import QPushButton

            verify = QPushButton(self.tr("Verify a bundle…"), page)
            verify.setObjectName("verifyBundleButton")
            verify.clicked.connect(self.open_verify_dialog)
            page.add_button(verify)
            self.pages.addWidget(page)
        return self._welcome

    def open_verify_dialog(self) -> QWidget:
        """Check who signed a bundle: needs no vault (auditors, or before any vault exists)."""
        from app.ui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.ops, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @property
    def create_page(self) -> CreateVaultPage:
        if self._create_page is None:
            from app.ui.gate.create_page import CreateVaultPage

            page = self._create_page = CreateVaultPage(self.ops, self)
            page.set_folder(self._new_vault_folder)
            page.cancelled.connect(lambda: self.pages.setCurrentWidget(self.welcome))
            page.created.connect(self._created)
            self.pages.addWidget(page)
        return self._create_page

    @property
    def recovery_key_page(self) -> RecoveryKeyPage:
        if self._recovery_key_page is None:
            from app.ui.gate.recovery_key_page import RecoveryKeyPage

            page = self._recovery_key_page = RecoveryKeyPage(self.ops, self)
            page.confirmed.connect(self._enter)
            self.pages.addWidget(page)
        return self._recovery_key_page

    @property
    def recover_page(self) -> RecoverPage:
        if self._recover_page is None:
            from app.ui.gate.recover_page import RecoverPage

            page = self._recover_page = RecoverPage(self.ops, self)
            page.unlocked.connect(self._enter)
            page.cancelled.connect(lambda: self._show_unlock(self.unlock_page.folder))
            self.pages.addWidget(page)
        return self._recover_page

    def _show_create(self) -> None:
        self.create_page.reset()
        self.pages.setCurrentWidget(self.create_page)
        self.create_page.org_edit.setFocus()

    def _open_folder(self, folder: Path) -> None:
        def check(_vault: object) -> bool:
            return vault_exists(folder)

        def checked(exists: bool) -> None:
            if exists:
                self._show_unlock(folder)
            else:
                show_info(self, self.tr("This folder does not hold a Roundtable vault."))

        self.ops.run(check, needs_vault=False, on_done=checked)

    def _show_unlock(self, folder: Path) -> None:
        self.unlock_page.set_folder(folder)
        self.unlock_page.reset()
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.pass_edit.setFocus()

    def _show_recover(self) -> None:
        self.recover_page.set_folder(self.unlock_page.folder)
        self.recover_page.reset()
        self.pages.setCurrentWidget(self.recover_page)
        self.recover_page.key_edit.setFocus()

    def _created(self, recovery_key: str) -> None:
        folder = self.create_page.folder
        self.unlock_page.set_folder(folder)
        self.recovery_key_page.show_key(recovery_key, self.create_page.org_edit.text().strip())
        self.create_page.reset()
        self.pages.setCurrentWidget(self.recovery_key_page)

    # --- unlocked ---------------------------------------------------------------------------
    def screens_ready(self) -> None:
        """Every screen has been added (they may be built after the window is shown)."""
        for action, keys in self._shortcuts:
            action.setShortcut(QKeySequence(keys))
        self._screens_ready = True
        if self._enter_when_ready:
            self._enter_when_ready = False
            self._enter()

    def _enter(self) -> None:
        if not self._screens_ready:
            self._enter_when_ready = True  # the vault is open; the screens follow shortly
            return
        self._unlocked = True
        self.prefs.last_vault_folder = self.unlock_page.folder
        self._set_vault_actions(True)
        self.pages.setCurrentWidget(self.navigation)
        for screen in self.navigation.screens().values():
            screen.on_vault_opened()  # type: ignore[attr-defined]
        self.ops.run(lambda v: v.org_name, on_done=self._show_org)
        self._watch_for_lock()
        self.idle_lock.arm()  # type: ignore[union-attr]
        self.vault_opened.emit()

    def _show_org(self, name: str) -> None:
        self._org_name = name
        self.org_label.setText(name)

    def lock(self) -> None:
        if self._enter_when_ready:  # opened while the screens were still being built
            self._enter_when_ready = False
            self.ops.lock()
        if not self._unlocked:
            return
        self._unlocked = False
        if self.idle_lock is not None:
            self.idle_lock.disarm()
        self.ops.lock()
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QDialog

        for dialog in self.findChildren(QDialog):
            dialog.reject()
            dialog.deleteLater()
        for screen in self.navigation.screens().values():
            screen.clear_vault_data()  # type: ignore[attr-defined]
        self._forget_typing()
        self.org_label.clear()
        self._org_name = ""
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard():  # text copied from the vault does not outlive the lock
            clipboard.clear()
        self._set_vault_actions(False)
        self._show_unlock(self.unlock_page.folder)
        self.locked.emit()

    def _watch_for_lock(self) -> None:
        if self.idle_lock is None:
            from app.ui.idle_lock import IdleLock
            from app.ui.lock_keys import LockKeys

            interval = self._idle_interval_ms or self.prefs.auto_lock_minutes * 60_000
            self.idle_lock = IdleLock(interval, self)
            self.idle_lock.idle.connect(self.lock)
            keys = LockKeys(self.lock_action.shortcut(), self.panic_action.shortcut(), self)
            keys.lock_pressed.connect(self.lock)
            keys.panic_pressed.connect(self.panic_lock)
            self.lock_keys = keys

    def _forget_typing(self) -> None:
        """Text fields keep what was typed in their undo history even once emptied: drop it,
        without signals, so no screen reacts to it."""
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

        for edit in self.findChildren(QLineEdit):
            if not edit.text() and edit.isUndoAvailable():
                blocked = edit.blockSignals(True)
                edit.setText("")  # unlike clear(), setText() resets the undo history
                edit.blockSignals(blocked)
        for cls in (QPlainTextEdit, QTextEdit):
            for text_edit in self.findChildren(cls):
                document = text_edit.document()
                blocked = document.blockSignals(True)
                document.clearUndoRedoStacks()
                document.blockSignals(blocked)

    def panic_lock(self) -> None:
        self.lock()
        self.showMinimized()

    def apply_preferences(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.set_interval(self.prefs.auto_lock_minutes * 60_000)

    # --- actions, menus, status bar ---------------------------------------------------------
    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Vault"))
        self.vault_menu = menu
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.triggered.connect(self.lock)
        self.panic_action = QAction(self.tr("Lock and &hide"), self)
        self.panic_action.triggered.connect(self.panic_lock)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self._open_settings)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.triggered.connect(self.close)
        # The first setShortcut costs ~25 ms (PySide builds its key enums): set after the first
        # paint, in screens_ready(); nothing needs a shortcut on the unlock page.
        self._shortcuts = [
            (self.lock_action, LOCK_SHORTCUT),
            (self.panic_action, PANIC_SHORTCUT),
            (quit_action, "Ctrl+Q"),
        ]
        for action in (self.lock_action, self.panic_action, self.settings_action, quit_action):
            menu.addAction(action)
            self.addAction(action)  # shortcuts work whatever has focus
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.lock_action)
        self.toolbar = toolbar
        self._vault_actions: list[QAction] = [self.lock_action, self.panic_action]

    def add_vault_action(self, action: QAction, *, toolbar: bool = False) -> None:
        """An action that only makes sense while the vault is open (disabled when locked)."""
        self.vault_menu.insertAction(self.lock_action, action)
        self.addAction(action)
        if toolbar:
            self.toolbar.insertAction(self.lock_action, action)
        self._vault_actions.append(action)
        action.setEnabled(self._unlocked)

    def _set_vault_actions(self, enabled: bool) -> None:
        for action in self._vault_actions:
            action.setEnabled(enabled)
        self.toolbar.setVisible(enabled)

    def _make_status_bar(self) -> None:
        self.org_label = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.statusBar().addWidget(self.org_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        # Shown only for work that lasts: quick page loads would make it flicker.
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(400)
        self._busy_timer.timeout.connect(self.busy_bar.show)
        self.ops.busy_changed.connect(self._busy_changed)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()

    def _open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, self)
        dialog.accepted.connect(self.apply_preferences)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
