"""Python's cyclic garbage collector, run only on the GUI thread.

Measured here (a hung CI run, gdb on both threads): the collector ran on the vault worker
thread, inside an allocation of the passphrase-strength task; a PySide weak-reference callback
it triggered disconnected a Qt signal, which takes Qt's signal-slot mutex and then waits for the
GIL. Meanwhile the GUI thread, holding the GIL, cleared a text field, which disconnects signals
and waits for the same mutex: both threads stopped for good. Collecting only on the GUI thread
(the recipe PyQt and PySide users have long used) means no QObject is ever finalised, and no
connection dropped, from another thread by the collector.

Automatic collection is turned off; a timer on the GUI thread collects each generation when
Python itself would: the youngest when its count passes the threshold, the middle one every
tenth time, and all of them only when the objects that survived into the oldest generation
since the last full collection are a quarter of those it held then (CPython's own rule, which
an explicit `gc.collect(2)` does not apply: each full collection scans every live object, so
without it they ran far more often than Python would run them, each a stall of the window).
Nothing is collected while an exchange has the collector paused (app/exchange/gc_pause.py): it
holds a million young objects that a collection would scan for nothing. Reference counting,
which frees almost everything, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.exchange import gc_pause

INTERVAL_MS = 250
_installed: MainThreadGC | None = None


class MainThreadGC(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        # CPython's bookkeeping for the oldest generation (its `long_lived_total` and
        # `long_lived_pending`), which Python 3.11 does not expose.
        self.long_lived_total = 0
        self.long_lived_pending = 0
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if gc_pause.is_paused():
            return
        count0, count1, count2 = gc.get_count()
        if count0 <= self.threshold[0]:
            return
        if count2 > self.threshold[2] and self.long_lived_pending > self.long_lived_total / 4:
            gc.collect(2)
            self.long_lived_pending = 0
            self.long_lived_total = len(gc.get_objects(2))  # every survivor is there now
        elif count1 > self.threshold[1]:
            young = len(gc.get_objects(0)) + len(gc.get_objects(1))
            found = gc.collect(1)
            self.long_lived_pending += max(young - found, 0)  # promoted to the oldest
        else:
            gc.collect(0)


def install() -> MainThreadGC | None:
    """Once per application, from the GUI thread, before any worker thread starts."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _installed is not None and _installed.parent() is app:
        return _installed
    _installed = MainThreadGC(app)
    return _installed
