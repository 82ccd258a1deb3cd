"""A stand-in for logind and a screensaver, run as its own process by the tests.

    python fake_login1.py FOLDER

It starts two private `dbus-daemon`s with sockets in FOLDER (one plays the system bus, one the
session bus) and prints their addresses, one a line. It owns `org.freedesktop.login1` on the
first and `org.freedesktop.ScreenSaver` on the second and answers `GetSession` and `Inhibit`.
A delay inhibitor is the write end of a pipe: it is let go when every copy of it is closed,
which the fake sees as end-of-file on the read end. The test gives orders on `/test`
(interface `org.roundtable.FakeLogin1`): PrepareForSleep(b), Lock(), SetLockedHint(b),
SetActive(b), ScreenSaver(b), Inhibitors() -> (held, taken, last arguments), SessionNames().
It prints "ready" once both names are owned, and stops (with its buses) when its standard
input closes, so a test run that dies leaves nothing behind.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusUnixFileDescriptor,
    QDBusVirtualObject,
)

LOGIN1_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
SESSION_PATH = "/org/freedesktop/login1/session/_31"
CONTROL = "org.roundtable.FakeLogin1"


class FakeLogin1(QDBusVirtualObject):
    def __init__(self, system: QDBusConnection, session: QDBusConnection) -> None:
        super().__init__()
        self.system, self.session = system, session
        self.read_ends: list[int] = []
        self.taken = 0
        self.last_inhibit: list[str] = []
        self.session_names: list[str] = []

    def introspect(self, path: str) -> str:
        return ""

    def _reply(self, message: QDBusMessage, args: list) -> None:
        reply = message.createReply()
        reply.setArguments(args)
        self.system.send(reply)

    def _signal(self, bus: QDBusConnection, path: str, interface: str, name: str, args: list):
        signal = QDBusMessage.createSignal(path, interface, name)
        signal.setArguments(args)
        bus.send(signal)

    def _held(self) -> int:
        held = []
        for fd in self.read_ends:
            readable, _, _ = select.select([fd], [], [], 0)
            if readable and os.read(fd, 1) == b"":
                os.close(fd)
            else:
                held.append(fd)
        self.read_ends = held
        return len(held)

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        member, args = message.member(), message.arguments()
        if message.interface() == MANAGER and member == "GetSession":
            self.session_names.append(str(args[0]))
            if args[0] == "auto":
                self._reply(message, [QDBusObjectPath(SESSION_PATH)])
            else:
                error = message.createErrorReply("org.freedesktop.login1.NoSuchSession", "no")
                self.system.send(error)
            return True
        if message.interface() == MANAGER and member == "Inhibit":
            read_end, write_end = os.pipe()
            self.read_ends.append(read_end)
            self.taken += 1
            self.last_inhibit = [str(a) for a in args]
            self._reply(message, [QDBusUnixFileDescriptor(write_end)])
            os.close(write_end)  # the reply holds its own copy
            return True
        if message.interface() != CONTROL:
            return False
        if member == "PrepareForSleep":
            self._signal(self.system, LOGIN1_PATH, MANAGER, "PrepareForSleep", [bool(args[0])])
        elif member == "Lock":
            self._signal(self.system, SESSION_PATH, SESSION, "Lock", [])
        elif member in ("SetLockedHint", "SetActive"):
            name = "LockedHint" if member == "SetLockedHint" else "Active"
            self._signal(
                self.system,
                SESSION_PATH,
                "org.freedesktop.DBus.Properties",
                "PropertiesChanged",
                [SESSION, {name: bool(args[0])}, []],
            )
        elif member == "ScreenSaver":
            self._signal(
                self.session,
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                [bool(args[0])],
            )
        elif member == "Inhibitors":
            self._reply(message, [self._held(), self.taken, self.last_inhibit])
            return True
        elif member == "SessionNames":
            self._reply(message, [self.session_names])
            return True
        self._reply(message, [])
        return True


def _die_with_parent() -> None:
    ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _bus(folder: Path) -> tuple[subprocess.Popen, str]:
    folder.mkdir(parents=True, exist_ok=True)
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address", f"--address=unix:dir={folder}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
        preexec_fn=_die_with_parent,
    )
    return daemon, daemon.stdout.readline().strip()  # type: ignore[union-attr]


def main() -> None:
    folder = Path(sys.argv[1])
    (system_daemon, system_address), (session_daemon, session_address) = (
        _bus(folder / "system"),
        _bus(folder / "session"),
    )

    def stop_when_orphaned() -> None:
        sys.stdin.read()  # returns at end of input: the test, or its process, is gone
        for daemon in (system_daemon, session_daemon):
            daemon.terminate()
            daemon.wait(5)
        os._exit(0)

    threading.Thread(target=stop_when_orphaned, daemon=True).start()
    print(system_address, session_address, sep="\n", flush=True)
    app = QCoreApplication(sys.argv)
    system = QDBusConnection.connectToBus(system_address, "fake-system")
    session = QDBusConnection.connectToBus(session_address, "fake-session")
    fake = FakeLogin1(system, session)
    subtree = QDBusConnection.VirtualObjectRegisterOption.SubPath
    ok = system.registerVirtualObject(LOGIN1_PATH, fake, subtree)
    ok = system.registerVirtualObject("/test", fake) and ok
    ok = system.registerService("org.freedesktop.login1") and ok
    ok = session.registerService("org.freedesktop.ScreenSaver") and ok
    print("ready" if ok else "failed", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
