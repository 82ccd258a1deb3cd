"""Python's cyclic garbage collector, run only on the GUI thread.

Measured here (a hung CI run, gdb on both threads): the collector ran on the vault worker
thread, inside an allocation of the passphrase-strength task; a PySide weak-reference callback
it triggered disconnected a Qt signal, which takes Qt's signal-slot mutex and then waits for the
GIL. Meanwhile the GUI thread, holding the GIL, cleared a text field, which disconnects signals
and waits for the same mutex: both threads stopped for good. Collecting only on the GUI thread
(the recipe PyQt and PySide users have long used) means no QObject is ever finalised, and no
connection dropped, from another thread by the collector.

Automatic collection is turned off; a timer on the GUI thread collects each generation when its
count passes the threshold Python itself would use, so memory is reclaimed as before, a little
later. Reference counting, which frees almost everything, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 250
_installed: MainThreadGC | None = None


class MainThreadGC(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        count0, count1, count2 = gc.get_count()
        if count0 > self.threshold[0]:
            gc.collect(0)
            if count1 > self.threshold[1]:
                gc.collect(1)
                if count2 > self.threshold[2]:
                    gc.collect(2)


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
