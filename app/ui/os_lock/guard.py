"""Ties an `OsLockListener` to the main window: the computer's lock events lock the vault
through `MainWindow.lock()`, the same path as the lock button and the idle timer (typing
waiting for its autosave is saved, what is still being typed goes into the vault as a draft).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from app.ui.os_lock import SLEEP, OsLockListener, make_listener

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class OsLockGuard(QObject):
    def __init__(self, window: MainWindow, listener: OsLockListener | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.listener = listener if listener is not None else make_listener(self)
        self.listener.lock_requested.connect(self._lock)
        self.listener.resumed.connect(self._resumed)
        window.ops.busy_changed.connect(self._busy_changed)
        self._sleep_waiting = False  # the listener holds a sleep back until the vault is closed
        self._running = False

    def apply(self, enabled: bool) -> None:
        """Listen while the preference is on; stop (and hold no sleep back) while it is off."""
        if enabled and not self._running:
            self._running = True
            self.listener.start()
        elif not enabled and self._running:
            self._running = False
            self._sleep_waiting = False
            self.listener.stop()

    @property
    def running(self) -> bool:
        return self._running

    def _lock(self, reason: str) -> None:
        if not self._running:
            return
        window = self._window
        self._cancel_unlock_in_progress()
        window.lock()
        if reason == SLEEP:
            # The worker closes the vault after the saves the lock queued (and after whatever
            # it is running now): the sleep waits until its queue is empty.
            self._sleep_waiting = True
            self._release_sleep_when_idle()

    def _cancel_unlock_in_progress(self) -> None:
        """A passphrase being derived when the screen locks must not open the vault behind
        the lock screen (KeePassXC #13204): its result is dropped, the vault it opens is closed
        at once, and the unlock page starts again empty."""
        window = self._window
        if window.is_unlocked:
            return
        gate = window.gate
        page = window.pages.currentWidget()
        pages = (gate.unlock_page, gate._recover_page)  # the recovery page is built on first use
        deriving = any(page is p for p in pages if p is not None) and page.busy.isVisibleTo(page)
        if deriving:
            window.ops.lock()
            gate.show_unlock(gate.unlock_page.folder)

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._sleep_waiting:
            # After the finished operation's own callback (which may queue more work).
            QTimer.singleShot(0, self._release_sleep_when_idle)

    def _release_sleep_when_idle(self) -> None:
        if self._sleep_waiting and not self._window.ops.is_busy:
            self._sleep_waiting = False
            self.listener.sleep_ready()

    def _resumed(self) -> None:
        """Awake again. The vault was locked before the sleep; if the lock came too late (the
        system did not wait for it), lock now, before anyone can use the window. The idle time
        counts the sleep too (QTimer's clock stops while the computer sleeps)."""
        if not self._running:
            return
        if self._window.is_unlocked:
            self._window.lock()
        self._sleep_waiting = False
        idle = self._window.idle_lock
        if idle is not None:
            idle.check_now()
