"""Linux (and other systems with logind or elogind): lock events over D-Bus.

D-Bus is local inter-process messaging over a Unix socket, not a network connection; an address
that names a TCP transport is refused (docs/threat-model.md). What is heard:

- system bus, logind (`org.freedesktop.login1`): `Manager.PrepareForSleep(true)` before a
  suspend or hibernation, `(false)` after the wake-up; our own session's `Lock` signal (sent by
  `loginctl lock-session`, which xss-lock and similar tools turn into a screen locker) and its
  `LockedHint` and `Active` properties (set by GNOME, KDE and others when their lock screen
  shows; `Active` turns false when another user's session takes the screen).
  The session is found with `GetSession("auto")`: unlike `XDG_SESSION_ID`, which KeePassXC
  reads and which is missing when the app is started by the user's service manager or a
  launcher (KeePassXC #8194), "auto" also finds the user's graphical session from there.
- session bus: the screensaver's `ActiveChanged(true)` under the names the desktops use.

Before a sleep, logind waits for programs holding a *delay* inhibitor (at most its
`InhibitDelayMaxSec`, 5 s by default): one is taken at start and after every wake-up and let go
once the vault is closed. logind may refuse it (a policy, a sandbox); the lock then races the
sleep, and the wake-up locks anyway.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusPendingCallWatcher,
    QDBusUnixFileDescriptor,
)

from app.ui.os_lock import SCREEN_LOCKED, SESSION_SWITCHED, SLEEP, OsLockListener

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"

# (service, object path, interface) of the screensavers that announce ActiveChanged(bool).
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("org.xfce.ScreenSaver", "/org/xfce/ScreenSaver", "org.xfce.ScreenSaver"),
)

# Only the first two arguments of PropertiesChanged(s, a{sv}, as): QtDBus aborts the process
# when a third declared as QStringList arrives with another signature (seen with "av").
PROPERTIES_SLOT = "1_properties(QString,QVariantMap)"

LOCAL_TRANSPORTS = frozenset({"unix", "systemd", "launchd", "autolaunch"})


def is_local_bus_address(address: str) -> bool:
    """True when every transport a D-Bus address lists stays on this computer (an empty
    address means the default, a Unix socket). `tcp:` and `nonce-tcp:` are network sockets."""
    entries = [entry for entry in address.split(";") if entry.strip()]
    return all(entry.split(":", 1)[0].strip() in LOCAL_TRANSPORTS for entry in entries)


def _default_bus(kind: str) -> QDBusConnection | None:
    variable = "DBUS_SYSTEM_BUS_ADDRESS" if kind == "system" else "DBUS_SESSION_BUS_ADDRESS"
    if not is_local_bus_address(os.environ.get(variable, "")):
        return None
    bus = QDBusConnection.systemBus() if kind == "system" else QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


def _close(box: list[int]) -> None:
    fd, box[0] = box[0], -1
    if fd >= 0:
        with contextlib.suppress(OSError):
            os.close(fd)


def _answer(reply: QDBusMessage) -> list:
    """A method reply's arguments; none for an error (refused, no such service, timed out)."""
    return reply.arguments() if reply.type() == QDBusMessage.MessageType.ReplyMessage else []


class LinuxListener(OsLockListener):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: QDBusConnection | None = None,
        session_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._given = (system_bus, session_bus)
        self._system: QDBusConnection | None = None
        self._session: QDBusConnection | None = None
        self._session_path = ""
        self._sources: list[str] = []
        # The delay inhibitor's file descriptor while held, in a box that the deletion of this
        # object can still close.
        held = self._held = [-1]
        self.destroyed.connect(lambda: _close(held))
        self._asking_inhibitor = False
        self._running = False
        self._watchers: set[QDBusPendingCallWatcher] = set()

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(self._sources)

    @property
    def holds_sleep(self) -> bool:
        return self._held[0] >= 0

    # --- starting and stopping -----------------------------------------------------------------
    def start(self) -> None:
        if self._running:
            return
        self._running = True
        given_system, given_session = self._given
        self._system = given_system if given_system is not None else _default_bus("system")
        self._session = given_session if given_session is not None else _default_bus("session")
        if self._system is not None and self._system.isConnected():
            if self._system.connect(
                LOGIN1, LOGIN1_PATH, MANAGER, "PrepareForSleep", self, "1_prepare_for_sleep(bool)"
            ):
                self._sources.append("logind:PrepareForSleep")
            self._find_session()
            self._take_inhibitor()
        if self._session is not None and self._session.isConnected():
            for service, path, interface in SCREENSAVERS:
                if self._session.connect(
                    service, path, interface, "ActiveChanged", self, "1_screensaver(bool)"
                ):
                    self._sources.append(f"{service}:{path}")

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        if self._system is not None:
            self._system.disconnect(
                LOGIN1, LOGIN1_PATH, MANAGER, "PrepareForSleep", self, "1_prepare_for_sleep(bool)"
            )
            if self._session_path:
                path = self._session_path
                self._system.disconnect(LOGIN1, path, SESSION, "Lock", self, "1_lock()")
                self._system.disconnect(
                    LOGIN1,
                    self._session_path,
                    PROPERTIES,
                    "PropertiesChanged",
                    self,
                    PROPERTIES_SLOT,
                )
        if self._session is not None:
            for service, path, interface in SCREENSAVERS:
                self._session.disconnect(
                    service, path, interface, "ActiveChanged", self, "1_screensaver(bool)"
                )
        self._session_path = ""
        self._sources.clear()
        self._release_inhibitor()

    def sleep_ready(self) -> None:
        self._release_inhibitor()

    # --- our logind session ----------------------------------------------------------------------
    def _find_session(self) -> None:
        # "auto": the caller's session, else the user's graphical one (logind since v240 and
        # elogind); older ones know the empty name (the caller's session) only.
        names = ["auto", os.environ.get("XDG_SESSION_ID", ""), ""]
        self._ask_session([n for i, n in enumerate(names) if n not in names[:i]])

    def _ask_session(self, names: list[str]) -> None:
        if not names or self._system is None:
            return
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, MANAGER, "GetSession")
        call.setArguments([names[0]])

        def answered(reply: QDBusMessage) -> None:
            args = _answer(reply)
            if args and isinstance(args[0], QDBusObjectPath) and args[0].path():
                self._watch_session(args[0].path())
            else:
                self._ask_session(names[1:])

        self._call(self._system, call, answered)

    def _watch_session(self, path: str) -> None:
        if not self._running or self._system is None:
            return
        self._session_path = path
        if self._system.connect(LOGIN1, path, SESSION, "Lock", self, "1_lock()"):
            self._sources.append("logind:Session.Lock")
        if self._system.connect(
            LOGIN1,
            path,
            PROPERTIES,
            "PropertiesChanged",
            self,
            PROPERTIES_SLOT,
        ):
            self._sources.append("logind:Session.LockedHint")

    # --- the sleep inhibitor ---------------------------------------------------------------------
    def _take_inhibitor(self) -> None:
        if self._system is None or self._held[0] >= 0 or self._asking_inhibitor:
            return
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, MANAGER, "Inhibit")
        # The "why" is shown by `systemd-inhibit --list`: plain, and about no vault content.
        call.setArguments(["sleep", "Roundtable", "Lock the vault before sleeping", "delay"])
        self._asking_inhibitor = True

        def answered(reply: QDBusMessage) -> None:
            self._asking_inhibitor = False
            args = _answer(reply)
            if not args or not isinstance(args[0], QDBusUnixFileDescriptor):
                return  # refused: the lock races the sleep (see the module docstring)
            descriptor = args[0]
            if not descriptor.isValid():
                return
            fd = os.dup(descriptor.fileDescriptor())
            if not self._running or self._held[0] >= 0:
                os.close(fd)
                return
            self._held[0] = fd
            if "logind:inhibitor" not in self._sources:
                self._sources.append("logind:inhibitor")

        self._call(self._system, call, answered)

    def _release_inhibitor(self) -> None:
        _close(self._held)

    def _call(self, bus: QDBusConnection, call: QDBusMessage, answered) -> None:  # type: ignore[no-untyped-def]
        """An asynchronous call: the GUI thread never waits on another process."""
        watcher = QDBusPendingCallWatcher(bus.asyncCall(call), self)
        self._watchers.add(watcher)

        def finished(w: QDBusPendingCallWatcher) -> None:
            self._watchers.discard(w)
            reply = w.reply()
            w.deleteLater()  # the reply's copy of a file descriptor closes with it
            answered(reply)

        watcher.finished.connect(finished)

    # --- the signals -----------------------------------------------------------------------------
    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit(SLEEP)
        else:
            self._take_inhibitor()  # for the next sleep
            self.resumed.emit()

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit(SCREEN_LOCKED)

    @Slot()
    def _lock(self) -> None:
        self.lock_requested.emit(SCREEN_LOCKED)

    @Slot(str, "QVariantMap")
    def _properties(self, interface: str, changed: dict) -> None:
        if interface != SESSION:
            return
        if changed.get("LockedHint") is True:
            self.lock_requested.emit(SCREEN_LOCKED)
        elif changed.get("Active") is False:
            self.lock_requested.emit(SESSION_SWITCHED)
