"""Key material in a buffer we can clear: a fixed-size `bytearray`, pinned in RAM where the OS
allows it, zeroed by `wipe()`.

What this does and does not achieve (docs/keys.md says the same for users):
- The bytes in *this* buffer are overwritten when the key is no longer needed, and while they
  live the OS is asked not to write their page to swap (`mlock` on Linux and macOS,
  `VirtualLock` on Windows). A failed lock (a low `RLIMIT_MEMLOCK`, a sandbox) is not an error:
  the key is still wiped.
- Copies made by the libraries we hand the key to are NOT wiped: `cryptography`'s AESGCM keeps
  its own copy of a key for the life of the cipher object, argon2-cffi returns the stretched
  passphrase as immutable `bytes`, SQLCipher's `PRAGMA key` is a Python `str` holding the key
  in hex, and the passphrase itself is a `str`. Python cannot overwrite those; they are dropped
  as soon as possible and their memory is reused by later allocations, not cleared.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import hmac
import mmap
import sys
import threading
from typing import Any

_libc: Any = None
# Locks are per page, not per buffer, and are not counted by the OS: one `munlock` releases
# the whole page, also for every other live buffer on it. So pages are counted here and
# unlocked only when their last buffer is wiped.
_PAGE = mmap.PAGESIZE
_page_users: dict[int, int] = {}
_pages_guard = threading.Lock()


def _pages(address: int, size: int) -> range:
    return range(address // _PAGE, (address + size - 1) // _PAGE + 1)


def _lock_functions() -> tuple[Any, Any] | None:
    """(lock, unlock) taking (address, size), or None where the platform offers neither."""
    global _libc
    try:
        if sys.platform == "win32":
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            functions = (kernel32.VirtualLock, kernel32.VirtualUnlock)
        else:
            if _libc is None:
                _libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
            functions = (_libc.mlock, _libc.munlock)
        # Without argument types ctypes passes an int as a C int: a 64-bit address would be
        # cut to its low 32 bits and another page (or none) locked.
        for fn in functions:
            fn.argtypes = (ctypes.c_void_p, ctypes.c_size_t)
            fn.restype = ctypes.c_int
        return functions
    except (AttributeError, OSError):
        return None


def _address(buf: bytearray) -> int:
    # from_buffer exports the bytearray only while the ctypes view lives: keep just the address.
    return ctypes.addressof((ctypes.c_char * len(buf)).from_buffer(buf))


class KeyBuffer:
    """A secret of fixed size. Use as a context manager, or call `wipe()` in a `finally`."""

    __slots__ = ("_buf", "_locked")

    def __init__(self, size: int) -> None:
        self._buf = bytearray(size)
        self._locked = False
        functions = _lock_functions()
        if functions is not None and size:
            with contextlib.suppress(OSError, ValueError), _pages_guard:
                address = _address(self._buf)
                result = functions[0](address, size)
                # mlock returns 0 on success; VirtualLock returns non-zero on success.
                self._locked = (result != 0) if sys.platform == "win32" else (result == 0)
                if self._locked:
                    for page in _pages(address, size):
                        _page_users[page] = _page_users.get(page, 0) + 1

    @classmethod
    def copy_of(cls, data: bytes | bytearray | memoryview) -> KeyBuffer:
        """A wipeable copy. The caller's `bytes` stay as they are: drop them at once."""
        buf = cls(len(data))
        buf._buf[:] = data  # same length: written in place, the bytearray is not reallocated
        return buf

    @property
    def buffer(self) -> bytearray:
        """The buffer itself, to pass where a bytes-like object is read or written in place
        (`AESGCM.decrypt_into`, `HKDF.derive_into`). Never resize it."""
        return self._buf

    @property
    def locked(self) -> bool:
        return self._locked

    def hex(self) -> str:
        """For SQLCipher's `PRAGMA key` (an immutable copy: see the module docstring)."""
        return self._buf.hex()

    def __eq__(self, other: object) -> bool:
        """Constant-time comparison with another buffer or bytes (tests compare keys)."""
        if isinstance(other, KeyBuffer):
            other = other._buf
        if not isinstance(other, (bytes, bytearray)):
            return NotImplemented
        return hmac.compare_digest(self._buf, other)

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __len__(self) -> int:
        return len(self._buf)

    def is_wiped(self) -> bool:
        return not any(self._buf)

    def wipe(self) -> None:
        size = len(self._buf)
        if size:
            ctypes.memset(_address(self._buf), 0, size)
        if self._locked:
            self._locked = False
            functions = _lock_functions()
            with contextlib.suppress(OSError, ValueError), _pages_guard:
                for page in _pages(_address(self._buf), size):
                    users = _page_users.pop(page, 1) - 1
                    if users:
                        _page_users[page] = users  # another live buffer is on this page
                    elif functions is not None:
                        functions[1](page * _PAGE, _PAGE)

    def __enter__(self) -> KeyBuffer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.wipe()

    def __del__(self) -> None:  # a last resort; the code wipes explicitly
        with contextlib.suppress(Exception):
            self.wipe()

    def __repr__(self) -> str:  # never print key material by accident
        return f"KeyBuffer({len(self._buf)} bytes)"
