"""The main window: the gate pages while locked, the screens while unlocked.

It knows no particular screen: `add_screen` takes any widget implementing `Screen`; the
standard screens are put together in `app.ui.shell`. Locking (button, Ctrl+L, idle timer, panic
shortcut) closes the vault through `Ops`, asks every screen to drop what it shows, closes every
dialog and shows the unlock page, so nothing readable stays behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QProgressBar, QStackedWidget, QWidget

from app.ui.gate.flow import Gate
from app.ui.messages import show_error
from app.ui.ops import Ops
from app.ui.plain_text import PlainLabel, shown
from app.ui.preferences import Preferences

if TYPE_CHECKING:
    from app.ui.gate.create_page import CreateVaultPage
    from app.ui.gate.recover_page import RecoverPage
    from app.ui.gate.recovery_key_page import RecoveryKeyPage
    from app.ui.gate.unlock_page import UnlockPage
    from app.ui.gate.welcome import WelcomePage
    from app.ui.idle_lock import IdleLock
    from app.ui.lock_keys import LockKeys
    from app.ui.navigation import Navigation
    from app.ui.os_lock.guard import OsLockGuard

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
        launching: bool = False,
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
        # Called with `panic` just before the vault closes on a lock (automatic backups).
        self.lock_hooks: list[Callable[[bool], None]] = []
        self._panicking = False
        # Dialogs whose typing is kept across a lock: key -> how to open one again (the
        # dialog carries the key as `typing_key`).
        self._dialog_openers: dict[str, Callable[[], QWidget | None]] = {}
        self.pages = QStackedWidget(self)
        self.gate = Gate(ops, prefs, self.pages, self, hold_note=launching)
        self.gate.entered.connect(self._enter)
        self.gate.key_shown.connect(self._arm_for_new_vault)
        self._navigation: Navigation | None = None  # built with the first screen
        self.setCentralWidget(self.pages)
        self._idle_interval_ms = idle_interval_ms
        # The lock watchers start once the screens exist (not needed for the first window).
        self.idle_lock: IdleLock | None = None
        self.lock_keys: LockKeys | None = None
        self.os_lock: OsLockGuard | None = None  # screen lock, session switch, sleep
        # What the first paint shows: the menu bar's titles and the status bar. The menus'
        # actions, their shortcuts and the toolbar (hidden while locked) follow in
        # `build_actions`: at once, or when `launching`, right after the first paint
        # (`painted`, from app.ui.startup), with the unlock page's travel note.
        self._launching = launching
        self._actions_built = False
        self._vault_actions: list[QAction] = []
        # Shortcuts waiting for `set_shortcuts` (the first one builds PySide's Qt namespace
        # and key enums, ~40 ms: a turn of the event loop of its own after the first paint).
        self._shortcut_keys: list[tuple[QAction, tuple[str, ...]]] = []
        self._shortcuts_set = False
        self._make_menus()
        self._make_status_bar()
        ops.failed.connect(lambda error: show_error(self, error))
        if not launching:
            self.build_actions()
        self.resize(1100, 720)

    # --- screens -----------------------------------------------------------------------------
    @property
    def navigation(self) -> Navigation:
        if self._navigation is None:
            from app.ui.navigation import Navigation

            self._navigation = Navigation(self)
            self.pages.addWidget(self._navigation)
        return self._navigation

    def add_screen(self, key: str, title: str, widget: QWidget) -> None:
        from PySide6.QtGui import QKeySequence

        self.build_actions()
        self.navigation.add_screen(key, title, widget)
        action = QAction(title, self)
        action.triggered.connect(lambda: self.show_screen(key))
        self.go_menu.addAction(action)
        if (n := len(self.go_menu.actions())) <= 9:  # Ctrl+1 … Ctrl+9: the screens in order
            if self._shortcuts_set:
                action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            else:
                self._shortcut_keys.append((action, (f"Ctrl+{n}",)))
        self._vault_actions.append(action)
        action.setEnabled(self._unlocked)

    def show_screen(self, key: str) -> None:
        self.navigation.show_screen(key)

    def add_reopenable_dialog(self, key: str, opener: Callable[[], QWidget | None]) -> None:
        """A dialog (with `typing_key = key`) that a lock closes and the unlock opens again
        through `opener`, with what was typed in it."""
        self._dialog_openers[key] = opener

    def screen(self, key: str) -> QWidget:
        return self.navigation.screen(key)

    @property
    def is_unlocked(self) -> bool:
        return self._unlocked

    # --- the gate pages (app/ui/gate/flow.py) -----------------------------------------------
    def start(self, folder: Path | None) -> None:
        """Show the unlock page for `folder` (or the last/default one), else the welcome page."""
        self.gate.start(folder)

    @property
    def unlock_page(self) -> UnlockPage:
        return self.gate.unlock_page

    @property
    def welcome(self) -> WelcomePage:
        return self.gate.welcome

    @property
    def create_page(self) -> CreateVaultPage:
        return self.gate.create_page

    @property
    def recovery_key_page(self) -> RecoveryKeyPage:
        return self.gate.recovery_key_page

    @property
    def recover_page(self) -> RecoverPage:
        return self.gate.recover_page

    # --- unlocked ---------------------------------------------------------------------------
    def screens_ready(self) -> None:
        """Every screen has been added (they may be built after the window is shown)."""
        self.build_actions()
        self.set_shortcuts()  # before the lock keys below read the lock actions' shortcuts
        # Installing the watchers here, not at the first unlock: the first Python event filter
        # call makes PySide build the Python types of Qt's events (~30 ms), better spent now
        # than between the passphrase and the first view.
        self._watch_for_lock()
        from app.ui.startup import UNLOCK_MODULES, import_in_background

        import_in_background(UNLOCK_MODULES)
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
        self._watch_for_lock()
        self.idle_lock.arm()  # type: ignore[union-attr]
        self.vault_opened.emit()  # may show another screen (the shell shows Meetings)
        screens = self.navigation.screens()
        on_view = self.navigation.current_key
        if on_view in screens:
            screens[on_view].on_vault_opened()  # type: ignore[attr-defined]
        self.ops.run(lambda v: v.org_name, on_done=self._show_org)
        # The other screens load one after another once the window has shown what is on view:
        # loading them all at once, their queries and results competed with its first paint
        # for the cores and the GIL (GUI-thread stalls of 50-90 ms after the key was derived,
        # for 10-15 ms of its own work).
        for key in screens:
            if key != on_view:
                self.ops.when_idle(lambda screen=screens[key]: self._open_screen(screen))
        # Last: the typing kept across the lock goes into screens that are open.
        self.ops.when_idle(self._take_typing)

    def _open_screen(self, screen: QWidget) -> None:
        if self._unlocked:
            screen.on_vault_opened()  # type: ignore[attr-defined]

    def _take_typing(self) -> None:
        if not self._unlocked:
            return
        from app.storage.drafts import take_draft

        self.ops.run(lambda v: take_draft(v.conn), on_done=self._restore_typing)

    def _arm_for_new_vault(self) -> None:
        """A recovery key left on screen locks after the idle time like an open vault."""
        if self.idle_lock is not None:
            self.idle_lock.arm()

    def refresh_org_name(self) -> None:
        """Our organisation may have been renamed: the status bar follows."""
        if self._unlocked:
            self.ops.run(lambda v: v.org_name, on_done=self._show_org)

    def _show_org(self, name: str) -> None:
        self._org_name = name
        self.org_label.setText(shown(name))

    def lock(self) -> None:
        if self._enter_when_ready:  # opened while the screens were still being built
            self._enter_when_ready = False
            self.ops.lock()
        if not self._unlocked:
            if self.gate.close_new_vault():
                if self.idle_lock is not None:
                    self.idle_lock.disarm()
                self.locked.emit()
            return
        self._unlocked = False
        if self.idle_lock is not None:
            self.idle_lock.disarm()
        # Typing still waiting for its autosave pause is saved first: the worker runs the
        # saves before it closes the vault, so locking never loses an edit.
        for screen in self.navigation.screens().values():
            flush = getattr(screen, "flush_pending_edits", None)
            if flush is not None:
                flush()
        # What is still being typed (a minute entry before its Enter, a dialog's fields) goes
        # into the encrypted vault too, before it closes, and comes back after the unlock.
        typing = self._typing_state()
        if typing is not None:
            from app.storage.drafts import save_draft

            self.ops.run(lambda v: save_draft(v.conn, typing))
        for hook in self.lock_hooks:
            hook(self._panicking)
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
        # On X11/Wayland merely selecting text publishes it (middle-click paste) to every app.
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(clipboard.Mode.Selection)
        self._set_vault_actions(False)
        self.gate.show_unlock(self.unlock_page.folder)
        self.locked.emit()

    def _typing_state(self) -> dict | None:
        from PySide6.QtWidgets import QDialog

        from app.ui.typing_state import capture, capture_selection

        screens = {}
        for key, screen in self.navigation.screens().items():
            own = getattr(screen, "typing_state", None)
            state = own() if own is not None else capture(screen)
            if state and (state.get("texts") or len(state) > 2):
                screens[key] = state
        dialogs = []
        for dialog in self.findChildren(QDialog):
            key = getattr(dialog, "typing_key", "")
            if key in self._dialog_openers and dialog.isVisible():
                dialogs.append(
                    {"key": key, **capture(dialog), "selection": capture_selection(dialog)}
                )
        if not screens and not dialogs:
            return None
        return {"screen": self.navigation.current_key, "screens": screens, "dialogs": dialogs}

    def _restore_typing(self, state: dict | None) -> None:
        if not state or not self._unlocked:
            return
        from app.ui.typing_state import restore, restore_selection

        screens = state.get("screens")
        if not isinstance(screens, dict):
            return
        known = self.navigation.screens()
        for key, screen_state in screens.items():
            screen = known.get(key)
            if screen is None or not isinstance(screen_state, dict):
                continue
            own = getattr(screen, "restore_typing", None)
            if own is not None:
                own(screen_state)
            else:
                restore(screen, screen_state)
        key = state.get("screen")
        if isinstance(key, str) and key in known and (key in screens or key != "meeting"):
            self.show_screen(key)
        for d in state.get("dialogs") or []:
            opener = self._dialog_openers.get(d.get("key")) if isinstance(d, dict) else None
            dialog = opener() if opener is not None else None
            if dialog is not None:
                restore_selection(dialog, d.get("selection"))
                restore(dialog, d)

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
            from app.ui.os_lock.guard import OsLockGuard

            self.os_lock = OsLockGuard(self)
            self.os_lock.apply(self.prefs.lock_with_computer)

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
        self._panicking = True
        try:
            self.lock()
        finally:
            self._panicking = False
        self.showMinimized()

    def apply_preferences(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.set_interval(self.prefs.auto_lock_minutes * 60_000)
        if self.os_lock is not None:
            self.os_lock.apply(self.prefs.lock_with_computer)
        from app.ui import language

        if self.prefs.language != language.current_language():
            self.set_language(self.prefs.language)

    def set_language(self, code: str) -> None:
        """Show the whole app in `code` now: nothing typed, open or undoable is lost."""
        from PySide6.QtWidgets import QApplication

        from app.ui import language
        from app.ui.fonts import register_fonts
        from app.ui.zoom import apply_zoom

        app = QApplication.instance()
        register_fonts(app)  # type: ignore[arg-type]
        language.switch_language(code)
        apply_zoom(app, self.prefs.zoom_percent, code)  # type: ignore[arg-type]

    # --- zoom ---------------------------------------------------------------------------------
    def zoom(self, percent: int) -> None:
        from PySide6.QtWidgets import QApplication

        from app.ui import language
        from app.ui.zoom import apply_zoom, clamp_zoom

        self.prefs.zoom_percent = clamp_zoom(percent)
        self.prefs.sync()
        apply_zoom(QApplication.instance(), self.prefs.zoom_percent, language.current_language())  # type: ignore[arg-type]

    def _make_zoom_actions(self) -> None:
        from app.ui.zoom import DEFAULT_ZOOM, zoom_in, zoom_out

        menu = self.view_menu
        self.zoom_in_action = QAction(self.tr("Zoom &in"), self)
        self.zoom_in_action.triggered.connect(lambda: self.zoom(zoom_in(self.prefs.zoom_percent)))
        self.zoom_out_action = QAction(self.tr("Zoom &out"), self)
        self.zoom_out_action.triggered.connect(lambda: self.zoom(zoom_out(self.prefs.zoom_percent)))
        self.zoom_reset_action = QAction(self.tr("&Normal size"), self)
        self.zoom_reset_action.triggered.connect(lambda: self.zoom(DEFAULT_ZOOM))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            menu.addAction(action)
            self.addAction(action)
        self._shortcut_keys += [
            # Ctrl+= too: on most keyboards "+" needs Shift, and Ctrl+Shift+= is what arrives.
            (self.zoom_in_action, ("Ctrl++", "Ctrl+=")),
            (self.zoom_out_action, ("Ctrl+-",)),
            (self.zoom_reset_action, ("Ctrl+0",)),
        ]

    # --- actions, menus, status bar ---------------------------------------------------------
    def _make_menus(self) -> None:
        """The menu bar's titles, on screen from the first paint; `build_actions` fills them."""
        bar = self.menuBar()
        self.vault_menu = bar.addMenu(self.tr("&Vault"))
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.view_menu = bar.addMenu(self.tr("Vie&w"))  # &Vault has V
        self.help_menu = bar.addMenu(self.tr("&Help"))
        from app.ui import about

        about.install(self)  # Help → About, and the version in the status bar

    def painted(self) -> None:
        """The first window of a launch is on screen: what its first paint did without, the
        shortcuts on the next turn of the event loop (app.ui.startup)."""
        self.build_actions()
        self.gate.release_note()

    def build_actions(self) -> None:
        """The menus' actions and the toolbar (once), and their shortcuts unless launching.
        When launching they are built right after the first paint: the user can act on
        nothing sooner."""
        if self._actions_built:
            return
        self._actions_built = True
        from PySide6.QtWidgets import QToolBar

        menu = self.vault_menu
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.triggered.connect(self.lock)
        self.panic_action = QAction(self.tr("Lock and &hide"), self)
        self.panic_action.triggered.connect(self.panic_lock)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self._open_settings)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.triggered.connect(self.close)
        self._shortcut_keys += [
            (self.lock_action, (LOCK_SHORTCUT,)),
            (self.panic_action, (PANIC_SHORTCUT,)),
            (quit_action, ("Ctrl+Q",)),
        ]
        for action in (self.lock_action, self.panic_action, self.settings_action, quit_action):
            menu.addAction(action)
            self.addAction(action)  # shortcuts work whatever has focus
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setVisible(False)  # shown while the vault is open (`_set_vault_actions`)
        self.addToolBar(toolbar)
        toolbar.addAction(self.lock_action)
        self.toolbar = toolbar
        self._vault_actions += [self.lock_action, self.panic_action]
        self._make_zoom_actions()
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self._shortcut_keys.append((self.shortcuts_action, ("F1",)))
        self.help_menu.insertAction(self.about_action, self.shortcuts_action)  # type: ignore[attr-defined]
        self.addAction(self.shortcuts_action)
        self._set_vault_actions(self._unlocked)
        if not self._launching:
            self.set_shortcuts()

    def set_shortcuts(self) -> None:
        """Give the actions built so far their keys (once; later ones get theirs at once)."""
        if self._shortcuts_set:
            return
        self.build_actions()
        from PySide6.QtGui import QKeySequence

        for action, keys in self._shortcut_keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        self._shortcut_keys.clear()
        self._shortcuts_set = True

    def add_vault_action(self, action: QAction, *, toolbar: bool = False) -> None:
        """An action that only makes sense while the vault is open (disabled when locked)."""
        self.build_actions()
        self.vault_menu.insertAction(self.lock_action, action)
        self.addAction(action)
        if toolbar:
            self.toolbar.insertAction(self.lock_action, action)
        self._vault_actions.append(action)
        action.setEnabled(self._unlocked)

    def _set_vault_actions(self, enabled: bool) -> None:
        for action in self._vault_actions:
            action.setEnabled(enabled)
        if self._actions_built:
            self.toolbar.setVisible(enabled)

    def _make_status_bar(self) -> None:
        self.org_label = PlainLabel(self)
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

    def show_shortcuts(self) -> QWidget:
        from app.ui.shortcuts_sheet import show_shortcuts

        return show_shortcuts(self)

    def _open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, self)
        dialog.accepted.connect(self.apply_preferences)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
