"""Windows: lock events arrive as window messages to the main window (ctypes, no pywin32).

- `WTSRegisterSessionNotification`: WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK (Win+L, the
  lock screen), WTS_CONSOLE_DISCONNECT (another user takes the screen) and
  WTS_REMOTE_DISCONNECT (a remote session is cut).
- `RegisterSuspendResumeNotification` (Windows 8 and later): WM_POWERBROADCAST with
  PBT_APMSUSPEND before a sleep, PBT_APMRESUMEAUTOMATIC after it. Top-level windows get these
  as a broadcast too; registering asks for them explicitly. On "modern standby" laptops the
  screen lock usually comes first, which locks anyway.
- `RegisterPowerSettingNotification` for the lid switch: closing the lid locks, as KeePassXC
  does, even where the lid is set to do nothing.

Windows gives a program about two seconds to handle PBT_APMSUSPEND and no way to ask for
more: the lock happens while the message is handled (the screen is cleared at once; the worker
closes the vault right after, in parallel). Untested on Windows by this project's test suite:
`decode` is tested on any system with messages built in memory.
"""

from __future__ import annotations

import contextlib
import ctypes
import uuid

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from app.ui.os_lock import SCREEN_LOCKED, SESSION_SWITCHED, SLEEP, OsLockListener

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
PBT_APMRESUMESUSPEND = 0x0007
PBT_APMRESUMEAUTOMATIC = 0x0012
PBT_POWERSETTINGCHANGE = 0x8013
WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
DEVICE_NOTIFY_WINDOW_HANDLE = 0
GUID_LIDSWITCH_STATE_CHANGE = uuid.UUID("ba3e0f4d-b817-4094-a2d1-d56379e6a0f3")

RESUMED = "resumed"  # what `decode` returns for a wake-up


class MSG(ctypes.Structure):
    """The start of Win32's MSG (all that is read), with fixed-size fields so that the
    layout is the same when tested elsewhere."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


class POWERBROADCAST_SETTING(ctypes.Structure):
    _fields_ = [
        ("PowerSetting", ctypes.c_ubyte * 16),  # a GUID, little-endian fields
        ("DataLength", ctypes.c_uint32),
        ("Data", ctypes.c_ubyte * 4),
    ]


def decode(message: int, wparam: int, lparam: int) -> str | None:
    """What a window message means for the vault: a lock reason, RESUMED, or None.
    `lparam` of a power-setting change is the address of a POWERBROADCAST_SETTING."""
    if message == WM_WTSSESSION_CHANGE:
        if wparam == WTS_SESSION_LOCK:
            return SCREEN_LOCKED
        if wparam in (WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT):
            return SESSION_SWITCHED
        return None
    if message != WM_POWERBROADCAST:
        return None
    if wparam == PBT_APMSUSPEND:
        return SLEEP
    if wparam in (PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMESUSPEND):
        return RESUMED
    if wparam == PBT_POWERSETTINGCHANGE and lparam:
        setting = POWERBROADCAST_SETTING.from_address(lparam)
        if bytes(setting.PowerSetting) != GUID_LIDSWITCH_STATE_CHANGE.bytes_le:
            return None
        if setting.DataLength >= 4 and int.from_bytes(bytes(setting.Data), "little") == 0:
            return SCREEN_LOCKED  # the lid closed (1 = opened, sent at registration too)
    return None


class _MessageFilter(QAbstractNativeEventFilter):
    def __init__(self, listener: WindowsListener) -> None:
        super().__init__()
        self._listener = listener

    def nativeEventFilter(self, event_type, message):  # type: ignore[no-untyped-def,override]
        if bytes(event_type) in (b"windows_generic_MSG", b"windows_dispatcher_MSG") and message:
            msg = MSG.from_address(int(message))
            self._listener.handle(decode(msg.message, msg.wParam, msg.lParam))
        return False, 0  # never swallow a message: Qt and Windows still see it


class WindowsListener(OsLockListener):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter: _MessageFilter | None = None
        self._hwnd = 0
        self._handles: list[tuple[str, int]] = []  # (how to unregister, handle)
        self._sources: list[str] = []

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(self._sources)

    def handle(self, meaning: str | None) -> None:
        if meaning == RESUMED:
            self.resumed.emit()
        elif meaning is not None:
            self.lock_requested.emit(meaning)

    def _window(self) -> QWidget | None:
        owner = self.parent()
        while owner is not None and not isinstance(owner, QWidget):
            owner = owner.parent()
        return owner.window() if isinstance(owner, QWidget) else None

    def start(self) -> None:
        window = self._window()
        app = QCoreApplication.instance()
        if self._filter is not None or window is None or app is None:
            return
        self._filter = _MessageFilter(self)
        app.installNativeEventFilter(self._filter)
        self._hwnd = int(window.winId())
        hwnd = ctypes.c_void_p(self._hwnd)
        with contextlib.suppress(OSError, AttributeError):
            wts = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            if wts.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
                self._sources.append("WTSRegisterSessionNotification")
        user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined]
        with contextlib.suppress(AttributeError):  # Windows 8 and later
            user32.RegisterSuspendResumeNotification.restype = ctypes.c_void_p
            handle = user32.RegisterSuspendResumeNotification(hwnd, DEVICE_NOTIFY_WINDOW_HANDLE)
            if handle:
                self._handles.append(("UnregisterSuspendResumeNotification", handle))
                self._sources.append("RegisterSuspendResumeNotification")
        guid = (ctypes.c_ubyte * 16).from_buffer_copy(GUID_LIDSWITCH_STATE_CHANGE.bytes_le)
        user32.RegisterPowerSettingNotification.restype = ctypes.c_void_p
        handle = user32.RegisterPowerSettingNotification(
            hwnd, ctypes.byref(guid), DEVICE_NOTIFY_WINDOW_HANDLE
        )
        if handle:
            self._handles.append(("UnregisterPowerSettingNotification", handle))
            self._sources.append("lid switch")

    def stop(self) -> None:
        if self._filter is None:
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None
        user32 = ctypes.WinDLL("user32")  # type: ignore[attr-defined]
        for name, handle in self._handles:
            with contextlib.suppress(AttributeError, OSError):
                getattr(user32, name)(ctypes.c_void_p(handle))
        self._handles.clear()
        with contextlib.suppress(OSError, AttributeError):
            ctypes.WinDLL("wtsapi32").WTSUnRegisterSessionNotification(  # type: ignore[attr-defined]
                ctypes.c_void_p(self._hwnd)
            )
        self._sources.clear()
