"""Auto-lock: a timer that any keyboard or mouse activity in the application restarts.

Qt's timers run on a clock that stops while the computer sleeps (KeePassXC #2014: an auto-lock
that never came after a night asleep), so the time since the last input is also measured on a
clock that counts the sleep, checked every few seconds and when the computer wakes up.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


CHECK_MS = 15_000  # how soon after a wake-up a lapsed idle time locks at the latest


def _clock_with_sleep() -> float:
    """Seconds on a clock that keeps counting while the computer sleeps."""
    if sys.platform.startswith("linux"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":
        return time.clock_gettime(time.CLOCK_MONOTONIC)  # macOS: counts sleep (unlike UPTIME)
    if sys.platform == "win32":
        import ctypes

        tick = ctypes.windll.kernel32.GetTickCount64  # type: ignore[attr-defined]
        tick.restype = ctypes.c_uint64
        return tick() / 1000  # counts sleep (QueryUnbiasedInterruptTime would not)
    return time.monotonic()


class IdleLock(QObject):
    """Emits `idle` after `interval_ms` without user input while armed."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle)
        self._last_input = _clock_with_sleep()
        self._check = QTimer(self)
        self._check.setInterval(CHECK_MS)
        self._check.timeout.connect(self.check_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def arm(self) -> None:
        self._last_input = _clock_with_sleep()
        self._timer.start()
        self._check.start()

    def disarm(self) -> None:
        self._timer.stop()
        self._check.stop()

    def check_now(self) -> None:
        """Lock if the idle time has passed, counting any time asleep."""
        elapsed_ms = (_clock_with_sleep() - self._last_input) * 1000
        if self._timer.isActive() and elapsed_ms >= self._timer.interval():
            self._timer.stop()
            self._check.stop()
            self.idle.emit()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
            self._last_input = _clock_with_sleep()
        return False
