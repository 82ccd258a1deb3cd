"""What the Windows and macOS listeners make of their systems' messages, tested here without
those systems (the calls that register with the system are not run: untested on this Linux
machine). And the parts shared by every system: the preference, the Settings option, the
idle time that counts sleep, and the rule that D-Bus stays on this computer."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from app.ui.os_lock import SCREEN_LOCKED, SESSION_SWITCHED, SLEEP, macos, make_listener, windows
from app.ui.os_lock.linux import is_local_bus_address
from app.ui.preferences import Preferences


def _emitted(listener) -> list[str]:
    got: list[str] = []
    listener.lock_requested.connect(got.append)
    listener.resumed.connect(lambda: got.append("resumed"))
    return got


# --- Windows -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("message", "wparam", "meaning"),
    [
        (windows.WM_WTSSESSION_CHANGE, windows.WTS_SESSION_LOCK, SCREEN_LOCKED),
        (windows.WM_WTSSESSION_CHANGE, windows.WTS_CONSOLE_DISCONNECT, SESSION_SWITCHED),
        (windows.WM_WTSSESSION_CHANGE, windows.WTS_REMOTE_DISCONNECT, SESSION_SWITCHED),
        (windows.WM_WTSSESSION_CHANGE, 0x8, None),  # WTS_SESSION_UNLOCK
        (windows.WM_POWERBROADCAST, windows.PBT_APMSUSPEND, SLEEP),
        (windows.WM_POWERBROADCAST, windows.PBT_APMRESUMEAUTOMATIC, windows.RESUMED),
        (windows.WM_POWERBROADCAST, windows.PBT_APMRESUMESUSPEND, windows.RESUMED),
        (windows.WM_POWERBROADCAST, 0xA, None),  # PBT_APMPOWERSTATUSCHANGE (on battery)
        (0x0100, windows.WTS_SESSION_LOCK, None),  # WM_KEYDOWN
    ],
)
def test_windows_messages(message, wparam, meaning) -> None:
    assert windows.decode(message, wparam, 0) == meaning


def _power_setting(guid, state: int) -> windows.POWERBROADCAST_SETTING:
    setting = windows.POWERBROADCAST_SETTING()
    ctypes.memmove(setting.PowerSetting, guid.bytes_le, 16)
    setting.DataLength = 4
    ctypes.memmove(setting.Data, state.to_bytes(4, "little"), 4)
    return setting


def test_windows_lid_closed_locks_and_other_power_settings_do_not() -> None:
    import uuid

    lid = windows.GUID_LIDSWITCH_STATE_CHANGE
    closed, opened = _power_setting(lid, 0), _power_setting(lid, 1)
    other = _power_setting(uuid.UUID("6fe69556-704a-47a0-8f24-c28d936fda47"), 0)  # the display
    change = windows.PBT_POWERSETTINGCHANGE
    assert (
        windows.decode(windows.WM_POWERBROADCAST, change, ctypes.addressof(closed)) == SCREEN_LOCKED
    )
    assert windows.decode(windows.WM_POWERBROADCAST, change, ctypes.addressof(opened)) is None
    assert windows.decode(windows.WM_POWERBROADCAST, change, ctypes.addressof(other)) is None


def test_windows_filter_reads_a_native_message_and_never_swallows_it(qapp) -> None:
    listener = windows.WindowsListener()
    got = _emitted(listener)
    message_filter = windows._MessageFilter(listener)
    for wparam in (windows.WTS_SESSION_LOCK, windows.WTS_CONSOLE_DISCONNECT):
        msg = windows.MSG(None, windows.WM_WTSSESSION_CHANGE, wparam, 0)
        address = ctypes.addressof(msg)
        assert message_filter.nativeEventFilter(QByteArray(b"windows_generic_MSG"), address) == (
            False,
            0,
        )
    msg = windows.MSG(None, windows.WM_POWERBROADCAST, windows.PBT_APMRESUMEAUTOMATIC, 0)
    message_filter.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(msg))
    message_filter.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(msg))
    assert got == [SCREEN_LOCKED, SESSION_SWITCHED, "resumed"]


# --- macOS -------------------------------------------------------------------------------------
def test_macos_sleep_is_acknowledged_only_once_the_vault_is_closed(qapp) -> None:
    listener = macos.MacListener()
    got = _emitted(listener)
    allowed: list[int] = []
    listener.allow_power_change = allowed.append
    listener.on_power(macos.kIOMessageCanSystemSleep, 11)
    assert allowed == [11] and got == []  # may the system sleep? yes: we lock when it does
    listener.on_power(macos.kIOMessageSystemWillSleep, 12)
    assert got == [SLEEP] and allowed == [11]  # the sleep waits...
    listener.sleep_ready()
    assert allowed == [11, 12]  # ...until the vault is closed
    listener.sleep_ready()
    assert allowed == [11, 12]  # once
    listener.on_power(macos.kIOMessageSystemHasPoweredOn, 0)
    assert got == [SLEEP, "resumed"]
    assert macos.power_meaning(0xE0000310) is None  # kIOMessageSystemWillRestart


def test_macos_callbacks_reach_the_running_listener_only(qapp) -> None:
    listener = macos.MacListener()
    got = _emitted(listener)
    macos._current = lambda: listener
    try:
        macos._screen_locked(None, None, None, None, None)
        macos._session_resigned(None, None, None)
        macos._power(None, 0, macos.kIOMessageSystemWillSleep, 5)
    finally:
        listener.stop()  # acknowledges the waiting sleep, forgets the listener
    macos._screen_locked(None, None, None, None, None)
    assert got == [SCREEN_LOCKED, SESSION_SWITCHED, SLEEP]


# --- every system ------------------------------------------------------------------------------
def test_the_listener_for_this_system(qapp) -> None:
    listener = make_listener()
    expected = {"linux": "LinuxListener", "win32": "WindowsListener", "darwin": "MacListener"}
    assert type(listener).__name__ == expected.get(sys.platform, "OsLockListener")


@pytest.mark.parametrize(
    ("address", "local"),
    [
        ("", True),
        ("unix:path=/run/dbus/system_bus_socket", True),
        ("unix:path=/run/user/1000/bus", True),
        ("unix:abstract=/tmp/dbus-x,guid=1", True),
        ("unix:path=/a;unix:path=/b", True),
        ("tcp:host=192.168.1.5,port=12434", False),
        ("unix:path=/a;tcp:host=example.org,port=1", False),
        ("nonce-tcp:host=localhost,port=1", False),
    ],
)
def test_dbus_addresses_that_leave_the_computer_are_refused(address, local) -> None:
    assert is_local_bus_address(address) is local


def test_locking_with_the_computer_is_on_unless_turned_off(tmp_path: Path) -> None:
    prefs = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert prefs.lock_with_computer is True
    prefs.lock_with_computer = False
    prefs.sync()
    again = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.lock_with_computer is False


def test_settings_turns_it_off_and_on(qtbot, window) -> None:
    from app.ui.settings_dialog import SettingsDialog

    window.prefs.lock_with_computer = True
    window.apply_preferences()
    assert window.os_lock.running
    dialog = SettingsDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    assert dialog.with_computer.isChecked()
    assert "awake and unlocked" in dialog.with_computer_help.text()
    dialog.with_computer.setChecked(False)
    dialog.accepted.connect(window.apply_preferences)
    dialog.accept()
    assert window.prefs.lock_with_computer is False
    assert not window.os_lock.running


def test_the_idle_time_counts_time_asleep(qtbot, monkeypatch) -> None:
    """KeePassXC #2014: Qt's timer clock stops during a sleep; a night asleep is idle time."""
    from app.ui import idle_lock

    now = [1000.0]
    monkeypatch.setattr(idle_lock, "_clock_with_sleep", lambda: now[0])
    lock = idle_lock.IdleLock(5 * 60_000)
    lock.arm()
    fired: list[bool] = []
    lock.idle.connect(lambda: fired.append(True))
    now[0] += 4 * 60
    lock.check_now()
    assert fired == [] and lock.armed
    now[0] += 8 * 3600  # the lid was closed overnight (the QTimer saw none of it)
    lock.check_now()
    assert fired == [True] and not lock.armed


def test_a_deleted_linux_listener_lets_go_of_the_sleep(qapp) -> None:
    import os
    import select

    import shiboken6

    from app.ui.os_lock.linux import LinuxListener

    listener = LinuxListener()
    read_end, write_end = os.pipe()
    listener._held[0] = write_end  # as if logind had handed it over
    assert listener.holds_sleep
    shiboken6.delete(listener)
    try:
        readable, _, _ = select.select([read_end], [], [], 1)
        assert readable and os.read(read_end, 1) == b""  # end of file: no copy is left
    finally:
        os.close(read_end)
