"""Python's cyclic garbage collector paused while an exchange builds or reads its records.

An import of 1,000 meetings creates about a million small containers (parsed JSON, merge states,
records) and keeps them all until it ends; none of them form reference cycles, yet every 700
allocations the collector runs and each older generation is re-scanned as it fills: half of the
CPU time of parsing a bundle went to the collector. Reference counting still frees everything
as usual; cycles made meanwhile (anywhere in the process) are collected once it resumes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


def is_paused() -> bool:
    """True while an exchange has the collector paused (a collector run elsewhere, e.g. the
    GUI thread's timer in app/ui/main_thread_gc.py, must not collect meanwhile)."""
    return _depth > 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """Nested and concurrent uses share one pause; the collector runs again after the last
    one ends only if it was running before the first began."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
