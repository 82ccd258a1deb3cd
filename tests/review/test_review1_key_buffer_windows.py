"""Review (issue 17 item 9): on Windows, VirtualLock and VirtualUnlock were called without
argument types, so ctypes passed the buffer's 64-bit address as a C int, masked to its low 32
bits: the key's page was never locked (some other address was tried instead) although the
docs say it is. Emulated here with a foreign function that records what it receives."""

from __future__ import annotations

import ctypes
import sys
from types import SimpleNamespace

import pytest

from app.crypto import key_buffer
from app.crypto.key_buffer import KeyBuffer, _address

PROTOTYPE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t)


def _foreign(record: list[int]):
    """A raw function pointer, as `ctypes.windll.kernel32.VirtualLock` is: no argtypes."""
    callback = PROTOTYPE(lambda address, size: record.append(address or 0) or 1)
    pointer = ctypes.CDLL(None)._FuncPtr(ctypes.cast(callback, ctypes.c_void_p).value)
    return callback, pointer


@pytest.mark.skipif(
    sys.platform == "win32" or ctypes.sizeof(ctypes.c_void_p) < 8, reason="emulated"
)
def test_virtual_lock_receives_the_whole_address(monkeypatch: pytest.MonkeyPatch) -> None:
    locked: list[int] = []
    unlocked: list[int] = []
    keep_lock, lock = _foreign(locked)
    keep_unlock, unlock = _foreign(unlocked)
    kernel32 = SimpleNamespace(VirtualLock=lock, VirtualUnlock=unlock)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(kernel32=kernel32), raising=False)
    buf = KeyBuffer(32)
    address = _address(buf.buffer)
    assert address >= 1 << 32  # else this machine cannot show the truncation
    assert locked == [address] and buf.locked
    buf.wipe()
    page = key_buffer._PAGE
    assert unlocked == [address // page * page]
    del keep_lock, keep_unlock
