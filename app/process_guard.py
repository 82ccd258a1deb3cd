"""No core dump of this process, ever (DESIGN §6: no plaintext in crash dumps).

A crash (a hostile image or PDF in a partner's attachment, running out of memory) would
otherwise let the kernel, systemd-coredump or apport write the whole address space to disk:
decrypted records, the database key SQLCipher holds, the organisation's private keys.
RLIMIT_CORE = 0 stops plain core files and is honoured by apport; marking the process
non-dumpable (Linux) also stops piped collectors such as systemd-coredump and keeps other
processes of the same user from attaching a debugger or reading /proc/PID/mem.
"""

from __future__ import annotations

import contextlib
import sys

_PR_SET_DUMPABLE = 4


def forbid_core_dumps() -> None:
    """Best effort: a platform without these calls simply keeps its defaults."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
