"""Lock the vault when the computer says its person has stepped away: the screen locks, the
session switches to another user, or the computer is about to sleep.

One listener per operating system (`linux.py` over D-Bus, `windows.py` over window messages,
`macos.py` over the system's notification centres), all with the interface below; `guard.py`
ties whichever one runs to the window's ordinary lock, the same path as the lock button and
the idle timer, so typing is kept the same way. See docs/lock-on-sleep.md.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

# Why the computer asked for a lock (the argument of `lock_requested`).
SCREEN_LOCKED = "screen"
SESSION_SWITCHED = "session"
SLEEP = "sleep"


class OsLockListener(QObject):
    """Reports the operating system's lock, session and sleep events as signals.

    `lock_requested(reason)` asks for a lock now. For `SLEEP` the listener holds the sleep back
    where the system allows it (a logind delay inhibitor, a macOS power acknowledgement) until
    `sleep_ready()` says the vault is closed. `resumed` comes after the computer wakes up.
    """

    lock_requested = Signal(str)
    resumed = Signal()

    def start(self) -> None:
        """Begin listening; never raises: a source that cannot be reached is left out."""

    def stop(self) -> None:
        """Stop listening and let go of anything that holds the sleep back."""

    def sleep_ready(self) -> None:
        """The vault is locked: the computer may sleep now."""

    @property
    def sources(self) -> tuple[str, ...]:
        """What this listener is connected to (for the diagnostics and the tests)."""
        return ()


def make_listener(parent: QObject | None = None) -> OsLockListener:
    """The listener for this operating system (one that hears nothing elsewhere)."""
    if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
        from app.ui.os_lock.linux import LinuxListener

        return LinuxListener(parent)
    if sys.platform == "win32":
        from app.ui.os_lock.windows import WindowsListener

        return WindowsListener(parent)
    if sys.platform == "darwin":
        from app.ui.os_lock.macos import MacListener

        return MacListener(parent)
    return OsLockListener(parent)
