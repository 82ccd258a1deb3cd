"""The collector runs only on the GUI thread once the app has a worker (app/ui/main_thread_gc)."""

from __future__ import annotations

import gc
import threading

from app.ui import main_thread_gc
from app.ui.ops import Ops


def test_a_worker_never_runs_the_collector_and_the_gui_thread_does(qtbot) -> None:
    ops = Ops()
    try:
        assert not gc.isenabled()
        seen: list[str] = []

        def note(phase: str, info: dict) -> None:
            if phase == "start":
                seen.append(threading.current_thread().name)

        gc.callbacks.append(note)
        try:

            def churn(_: object) -> None:
                for _ in range(50_000):  # cyclic garbage: would trigger automatic collection
                    a: list = []
                    a.append(a)

            done: list[bool] = []
            ops.run(churn, on_done=lambda _: done.append(True), needs_vault=False)
            qtbot.waitUntil(lambda: bool(done), timeout=10_000)
            qtbot.waitUntil(lambda: bool(seen), timeout=5_000)  # the timer collected
        finally:
            gc.callbacks.remove(note)
        assert set(seen) == {threading.main_thread().name}
    finally:
        ops.shutdown()
    assert main_thread_gc.install() is main_thread_gc._installed
