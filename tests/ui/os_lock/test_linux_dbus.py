"""The Linux path for real: two private `dbus-daemon`s (one standing in for the system bus) and
a fake logind + screensaver in another process (fake_login1.py) that emits the signals a real
desktop would. Each signal locks an unlocked vault through the window's ordinary lock; the
sleep delay inhibitor is taken, held until the vault is closed, let go, and taken again after
the wake-up; what was being typed comes back after the unlock."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from app.errors import VaultLocked
from app.ui.os_lock import SCREEN_LOCKED
from app.ui.os_lock.guard import OsLockGuard
from app.ui.os_lock.linux import LinuxListener
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock, wait_idle

FAKE = Path(__file__).with_name("fake_login1.py")
_names = itertools.count()

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None, reason="dbus-daemon is not installed (Debian: dbus)"
)


class Buses:
    def __init__(self, system: str, session: str) -> None:
        self.system_address, self.session_address = system, session
        self.control = QDBusConnection.connectToBus(system, f"test-control-{next(_names)}")

    def order(self, member: str, *args: object) -> list:
        call = QDBusMessage.createMethodCall(
            "org.freedesktop.login1", "/test", "org.roundtable.FakeLogin1", member
        )
        call.setArguments(list(args))
        reply = self.control.call(call)
        assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
        return reply.arguments()

    def inhibitors(self) -> tuple[int, int, list[str]]:
        held, taken, last = self.order("Inhibitors")
        return held, taken, list(last)

    def listener(self, parent) -> LinuxListener:
        n = next(_names)
        return LinuxListener(
            parent,
            system_bus=QDBusConnection.connectToBus(self.system_address, f"rt-system-{n}"),
            session_bus=QDBusConnection.connectToBus(self.session_address, f"rt-session-{n}"),
        )


@pytest.fixture(scope="module")
def buses(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Buses]:
    """One fake logind on its two buses for the module (each test starts its own listener;
    counts of inhibitors are compared before and after)."""
    fake = subprocess.Popen(
        [sys.executable, str(FAKE), str(tmp_path_factory.mktemp("buses"))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert fake.stdout is not None
        system, session = fake.stdout.readline().strip(), fake.stdout.readline().strip()
        if not (system and session):
            pytest.skip("dbus-daemon could not start a private bus here")
        assert fake.stdout.readline().strip() == "ready"
        yield Buses(system, session)
    finally:
        fake.stdin.close()  # type: ignore[union-attr]
        try:
            fake.wait(10)
        except subprocess.TimeoutExpired:
            fake.kill()  # its buses die with it (PR_SET_PDEATHSIG)
            fake.wait()


@pytest.fixture
def watched_window(qtbot, make_window, vault, vault_dir, buses):
    """An unlocked window whose OS lock listens to the private buses (it is on by default;
    tests/ui/conftest turns it off for every other test)."""
    vault.close()
    window = make_window()
    window.os_lock.apply(False)
    window.os_lock = OsLockGuard(window, buses.listener(window))
    window.os_lock.apply(True)
    listener = window.os_lock.listener
    qtbot.waitUntil(lambda: "logind:Session.LockedHint" in listener.sources, timeout=5000)
    qtbot.waitUntil(lambda: listener.holds_sleep, timeout=5000)
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    yield window
    window.os_lock.apply(False)  # let go of the inhibitor: the next test counts them


def _vault_closed(qtbot, window) -> bool:
    errors: list[object] = []
    window.ops.run(lambda v: v.org_name, on_error=errors.append, on_done=errors.append)
    qtbot.waitUntil(lambda: errors != [], timeout=5000)
    return isinstance(errors[0], VaultLocked)


@pytest.mark.parametrize(
    ("order", "args"),
    [
        ("PrepareForSleep", (True,)),
        ("Lock", ()),
        ("SetLockedHint", (True,)),
        ("ScreenSaver", (True,)),
        ("SetActive", (False,)),  # another user's session takes the screen
    ],
)
def test_each_computer_lock_signal_locks_the_vault(qtbot, watched_window, buses, order, args):
    assert watched_window.is_unlocked
    with qtbot.waitSignal(watched_window.locked, timeout=5000):
        buses.order(order, *args)
    assert watched_window.pages.currentWidget() is watched_window.unlock_page
    assert _vault_closed(qtbot, watched_window)


@pytest.mark.parametrize(
    ("order", "args"),
    [("SetLockedHint", (False,)), ("ScreenSaver", (False,)), ("SetActive", (True,))],
)
def test_the_end_of_a_lock_does_not_lock(qtbot, watched_window, buses, order, args):
    buses.order(order, *args)
    buses.inhibitors()  # a round trip: the signal has been delivered by now
    qtbot.wait(100)
    assert watched_window.is_unlocked


def test_a_wake_up_locks_what_the_sleep_left_open(qtbot, watched_window, buses):
    """The sleep came before the lock could (logind refused the inhibitor, say): the wake-up
    locks before anyone can use the window."""
    with qtbot.waitSignal(watched_window.locked, timeout=5000):
        buses.order("PrepareForSleep", False)


def test_the_session_is_found_without_xdg_session_id(qtbot, watched_window, buses, monkeypatch):
    # KeePassXC #8194: XDG_SESSION_ID is missing when started by the service manager.
    assert buses.order("SessionNames")[0][0] == "auto"


def test_sleep_waits_until_the_vault_is_closed_then_lets_go(qtbot, watched_window, buses):
    window = watched_window
    held, taken, why = buses.inhibitors()
    assert held == 1
    assert why[0] == "sleep" and why[3] == "delay" and why[1] == "Roundtable"
    # The worker is busy with something slow (an export, say): the vault closes after it.
    window.ops.run(lambda v: time.sleep(0.8))
    with qtbot.waitSignal(window.locked, timeout=5000):
        buses.order("PrepareForSleep", True)
    assert window.ops.is_busy
    assert buses.inhibitors()[0] == 1  # still holding the sleep back
    qtbot.waitUntil(lambda: buses.inhibitors()[0] == 0, timeout=5000)
    assert window.ops._worker.vault is None  # closed before the sleep was let go
    # Awake again: a new inhibitor for the next sleep, and the vault stays locked.
    buses.order("PrepareForSleep", False)
    qtbot.waitUntil(lambda: buses.inhibitors()[:2] == (1, taken + 1), timeout=5000)
    assert not window.is_unlocked


def test_typing_survives_a_sleep(qtbot, watched_window, buses, vault_dir):
    window = watched_window
    screen = window.shell.directory
    window.show_screen("directory")
    dialog = screen.edit_person(None)
    qtbot.waitUntil(dialog.isEnabled)
    dialog.name_edit.setText("Sok Chenda")
    dialog.role_edit.setText("Field monitor, Battambang")
    with qtbot.waitSignal(window.locked, timeout=5000):
        buses.order("PrepareForSleep", True)
    qtbot.waitUntil(lambda: buses.inhibitors()[0] == 0, timeout=5000)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed by the lock
    buses.order("PrepareForSleep", False)
    unlock(qtbot, window, vault_dir, PASSPHRASE)

    def reopened():
        from app.ui.screens.person_dialog import PersonDialog

        shown = [d for d in screen.findChildren(PersonDialog) if d.isVisible()]
        return shown[0] if shown and shown[0].name_edit.text() else None

    qtbot.waitUntil(lambda: reopened() is not None, timeout=10_000)
    assert reopened().name_edit.text() == "Sok Chenda"
    assert reopened().role_edit.text() == "Field monitor, Battambang"


def test_turned_off_it_neither_locks_nor_holds_the_sleep(qtbot, watched_window, buses):
    window = watched_window
    window.prefs.lock_with_computer = False
    window.apply_preferences()
    qtbot.waitUntil(lambda: buses.inhibitors()[0] == 0, timeout=5000)
    buses.order("Lock")
    buses.order("PrepareForSleep", True)
    buses.inhibitors()
    qtbot.wait(100)
    assert window.is_unlocked
    window.prefs.lock_with_computer = True
    window.apply_preferences()
    listener = window.os_lock.listener
    qtbot.waitUntil(lambda: "logind:Session.Lock" in listener.sources, timeout=5000)
    qtbot.waitUntil(lambda: listener.holds_sleep, timeout=5000)
    assert buses.inhibitors()[0] == 1
    with qtbot.waitSignal(window.locked, timeout=5000):
        buses.order("Lock")


def test_an_unlock_under_way_when_the_screen_locks_does_not_open_the_vault(
    qtbot, make_window, vault, vault_dir
):
    """KeePassXC #13204: the passphrase was being derived when the screen locked."""
    vault.close()
    window = make_window()
    window.start(vault_dir)
    window.ops.run(lambda v: time.sleep(0.5), needs_vault=False)  # the derivation takes time
    window.unlock_page.pass_edit.setText(PASSPHRASE)
    window.unlock_page.submit()
    assert not window.unlock_page.pass_edit.isEnabled()
    window.os_lock.apply(True)  # heard nothing real: the guard is what is tested here
    try:
        window.os_lock.listener.lock_requested.emit(SCREEN_LOCKED)
    finally:
        window.os_lock.apply(False)
    wait_idle(qtbot, window)
    qtbot.wait(50)
    assert not window.is_unlocked
    assert window.ops._worker.vault is None
    assert window.unlock_page.pass_edit.isEnabled() and window.unlock_page.pass_edit.text() == ""
    unlock(qtbot, window, vault_dir, PASSPHRASE)  # and the page works again
    assert window.is_unlocked
