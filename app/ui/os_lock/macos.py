"""macOS: the system's own notification centres, reached with ctypes (no PyObjC).

- Distributed notification `com.apple.screenIsLocked` (CoreFoundation): the lock screen shows
  (the same one KeePassXC listens to).
- `IORegisterForSystemPower` (IOKit): kIOMessageSystemWillSleep before a sleep. macOS waits
  for the program's `IOAllowPowerChange` (up to 30 seconds), so the answer is given only once
  the vault is closed: the same promise as logind's delay inhibitor. kIOMessageSystemHasPoweredOn
  after the wake-up. (NSWorkspaceWillSleepNotification cannot hold the sleep back.)
- `NSWorkspaceSessionDidResignActiveNotification` (AppKit, through the Objective-C runtime):
  fast user switching puts another user's session on the screen.

Why ctypes and not PyObjC: PyObjC is well kept, but it is several packages and megabytes for
three notifications and one IOKit call (which it does not wrap more simply), another thing to
build into the installer; the calls below are plain C and stable for many macOS versions.
Callbacks arrive on the main run loop, which is Qt's event loop on macOS.
Untested on macOS by this project's test suite: `power_meaning` and the acknowledgement logic
are tested on any system.
"""

from __future__ import annotations

import contextlib
import ctypes
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject

from app.ui.os_lock import SCREEN_LOCKED, SESSION_SWITCHED, SLEEP, OsLockListener

# IOKit's iokit_common_msg(x) = 0xE0000000 | x (IOKit/IOMessage.h)
kIOMessageCanSystemSleep = 0xE0000270  # the system's names, as in its headers
kIOMessageSystemWillSleep = 0xE0000280
kIOMessageSystemWillNotSleep = 0xE0000290
kIOMessageSystemHasPoweredOn = 0xE0000300

CAN_SLEEP, WILL_NOT_SLEEP, RESUMED = "can-sleep", "will-not-sleep", "resumed"

SCREEN_LOCKED_NOTIFICATION = b"com.apple.screenIsLocked"
kCFStringEncodingUTF8 = 0x08000100
DELIVER_IMMEDIATELY = 4  # CFNotificationSuspensionBehaviorDeliverImmediately

_FRAMEWORKS = "/System/Library/Frameworks/{0}.framework/{0}"


def power_meaning(message_type: int) -> str | None:
    return {
        kIOMessageCanSystemSleep: CAN_SLEEP,
        kIOMessageSystemWillSleep: SLEEP,
        kIOMessageSystemWillNotSleep: WILL_NOT_SLEEP,
        kIOMessageSystemHasPoweredOn: RESUMED,
    }.get(message_type & 0xFFFFFFFF)


# C callbacks must outlive every registration, and an Objective-C class can be registered
# only once per process: both are module-level and reach the running listener by weak reference.
_current: Callable[[], MacListener | None] = lambda: None  # noqa: E731
_CF_CALLBACK = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p
)
_POWER_CALLBACK = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_void_p
)
_IMP = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


@_CF_CALLBACK
def _screen_locked(_center, _observer, _name, _object, _info):  # type: ignore[no-untyped-def]
    listener = _current()
    if listener is not None:
        listener.lock_requested.emit(SCREEN_LOCKED)


@_POWER_CALLBACK
def _power(_refcon, _service, message_type, argument):  # type: ignore[no-untyped-def]
    listener = _current()
    if listener is not None:
        listener.on_power(message_type, argument or 0)


@_IMP
def _session_resigned(_self, _cmd, _notification):  # type: ignore[no-untyped-def]
    listener = _current()
    if listener is not None:
        listener.lock_requested.emit(SESSION_SWITCHED)


class MacListener(OsLockListener):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources: list[str] = []
        self._sleep_id: int | None = None  # the sleep waiting for our acknowledgement
        self.allow_power_change: Callable[[int], None] = lambda _id: None
        self._undo: list[Callable[[], None]] = []

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(self._sources)

    # --- the logic (tested anywhere) -------------------------------------------------------------
    def on_power(self, message_type: int, argument: int) -> None:
        meaning = power_meaning(message_type)
        if meaning == CAN_SLEEP:
            self.allow_power_change(argument)  # idle sleep may go ahead; we lock at WillSleep
        elif meaning == SLEEP:
            self._sleep_id = argument
            self.lock_requested.emit(SLEEP)
        elif meaning == WILL_NOT_SLEEP:
            self._sleep_id = None
        elif meaning == RESUMED:
            self._sleep_id = None
            self.resumed.emit()

    def sleep_ready(self) -> None:
        if self._sleep_id is not None:
            sleep_id, self._sleep_id = self._sleep_id, None
            self.allow_power_change(sleep_id)

    # --- the system ------------------------------------------------------------------------------
    def start(self) -> None:
        global _current
        if self._undo:
            return
        _current = weakref.ref(self)
        for part in (self._watch_screen_lock, self._watch_power, self._watch_session):
            with contextlib.suppress(OSError, AttributeError, ValueError):
                part()

    def stop(self) -> None:
        global _current
        self.sleep_ready()  # never leave a sleep waiting
        for undo in reversed(self._undo):
            with contextlib.suppress(OSError, AttributeError, ValueError):
                undo()
        self._undo.clear()
        self._sources.clear()
        _current = lambda: None  # noqa: E731

    def _watch_screen_lock(self) -> None:
        cf = ctypes.CDLL(_FRAMEWORKS.format("CoreFoundation"))
        cf.CFNotificationCenterGetDistributedCenter.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        cf.CFNotificationCenterAddObserver.argtypes = [
            ctypes.c_void_p,
            ctypes.c_void_p,
            _CF_CALLBACK,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_long,
        ]
        cf.CFNotificationCenterRemoveEveryObserver.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        center = cf.CFNotificationCenterGetDistributedCenter()
        name = cf.CFStringCreateWithCString(None, SCREEN_LOCKED_NOTIFICATION, kCFStringEncodingUTF8)
        token = ctypes.c_void_p(id(self))  # any unique pointer names this observer
        cf.CFNotificationCenterAddObserver(
            center, token, _screen_locked, name, None, DELIVER_IMMEDIATELY
        )
        self._undo.append(lambda: cf.CFNotificationCenterRemoveEveryObserver(center, token))
        self._sources.append("com.apple.screenIsLocked")

    def _watch_power(self) -> None:
        cf = ctypes.CDLL(_FRAMEWORKS.format("CoreFoundation"))
        iokit = ctypes.CDLL(_FRAMEWORKS.format("IOKit"))
        port = ctypes.c_void_p()
        notifier = ctypes.c_uint32()
        iokit.IORegisterForSystemPower.restype = ctypes.c_uint32
        iokit.IORegisterForSystemPower.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_void_p),
            _POWER_CALLBACK,
            ctypes.POINTER(ctypes.c_uint32),
        ]
        root = iokit.IORegisterForSystemPower(
            None, ctypes.byref(port), _power, ctypes.byref(notifier)
        )
        if not root:
            return
        iokit.IOAllowPowerChange.argtypes = [ctypes.c_uint32, ctypes.c_long]
        self.allow_power_change = lambda sleep_id: iokit.IOAllowPowerChange(root, sleep_id)
        iokit.IONotificationPortGetRunLoopSource.restype = ctypes.c_void_p
        iokit.IONotificationPortGetRunLoopSource.argtypes = [ctypes.c_void_p]
        source = iokit.IONotificationPortGetRunLoopSource(port)
        cf.CFRunLoopGetMain.restype = ctypes.c_void_p
        cf.CFRunLoopAddSource.argtypes = [ctypes.c_void_p] * 3
        cf.CFRunLoopRemoveSource.argtypes = [ctypes.c_void_p] * 3
        modes = ctypes.c_void_p.in_dll(cf, "kCFRunLoopCommonModes")
        loop = cf.CFRunLoopGetMain()
        cf.CFRunLoopAddSource(loop, source, modes)

        def undo() -> None:
            cf.CFRunLoopRemoveSource(loop, source, modes)
            iokit.IODeregisterForSystemPower(ctypes.byref(notifier))
            iokit.IOServiceClose(root)
            iokit.IONotificationPortDestroy(port)
            self.allow_power_change = lambda _id: None

        self._undo.append(undo)
        self._sources.append("IORegisterForSystemPower")

    def _watch_session(self) -> None:
        objc = ctypes.CDLL("/usr/lib/libobjc.A.dylib")
        appkit = ctypes.CDLL(_FRAMEWORKS.format("AppKit"))
        objc.objc_getClass.restype = ctypes.c_void_p
        objc.objc_getClass.argtypes = [ctypes.c_char_p]
        objc.sel_registerName.restype = ctypes.c_void_p
        objc.sel_registerName.argtypes = [ctypes.c_char_p]
        address = ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value
        send = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(address)
        # receiver, selector, then observer, selector, name, object
        send4 = ctypes.CFUNCTYPE(None, *(ctypes.c_void_p,) * 6)(address)
        send1 = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(address)
        sel = objc.sel_registerName
        cls = objc.objc_getClass(b"RoundtableSessionObserver")
        if not cls:
            objc.objc_allocateClassPair.restype = ctypes.c_void_p
            objc.objc_allocateClassPair.argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_size_t,
            ]
            objc.class_addMethod.argtypes = [
                ctypes.c_void_p,
                ctypes.c_void_p,
                _IMP,
                ctypes.c_char_p,
            ]
            objc.objc_registerClassPair.argtypes = [ctypes.c_void_p]
            cls = objc.objc_allocateClassPair(
                objc.objc_getClass(b"NSObject"), b"RoundtableSessionObserver", 0
            )
            objc.class_addMethod(cls, sel(b"sessionResigned:"), _session_resigned, b"v@:@")
            objc.objc_registerClassPair(cls)
        observer = send(send(cls, sel(b"alloc")), sel(b"init"))
        workspace = send(objc.objc_getClass(b"NSWorkspace"), sel(b"sharedWorkspace"))
        center = send(workspace, sel(b"notificationCenter"))
        name = ctypes.c_void_p.in_dll(appkit, "NSWorkspaceSessionDidResignActiveNotification")
        add = sel(b"addObserver:selector:name:object:")
        send4(center, add, observer, sel(b"sessionResigned:"), name, None)

        def undo() -> None:
            send1(center, sel(b"removeObserver:"), observer)
            send(observer, sel(b"release"))

        self._undo.append(undo)
        self._sources.append("NSWorkspaceSessionDidResignActiveNotification")
