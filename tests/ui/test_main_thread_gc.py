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


def _collections(seen: list[int]):  # type: ignore[no-untyped-def]
    def note(phase: str, info: dict) -> None:
        if phase == "start":
            seen.append(info["generation"])

    return note


def test_nothing_is_collected_while_an_exchange_has_the_collector_paused(qtbot) -> None:
    from app.exchange.gc_pause import gc_paused

    ops = Ops()
    seen: list[int] = []
    note = _collections(seen)
    try:
        collector = main_thread_gc.install()
        assert collector is not None
        ticks: list[int] = []
        collector.timer.timeout.connect(lambda: ticks.append(1))
        release = threading.Event()
        churned = threading.Event()

        def exchange(_: object) -> None:
            with gc_paused():  # as app/exchange/importer.py does
                keep = []
                for _ in range(20_000):  # far over the threshold: the timer would collect
                    a: list = []
                    a.append(a)
                    keep.append(a)
                churned.set()
                release.wait(20)

        done: list[bool] = []
        gc.callbacks.append(note)
        ops.run(exchange, on_done=lambda _: done.append(True), needs_vault=False)
        qtbot.waitUntil(churned.is_set, timeout=10_000)
        ticks.clear()
        qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=10_000)  # the GUI thread's timer ran
        assert seen == []
        release.set()
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        qtbot.waitUntil(lambda: bool(seen), timeout=5_000)  # and collects once it ends
    finally:
        release.set()
        if note in gc.callbacks:
            gc.callbacks.remove(note)
        ops.shutdown()


def test_full_collections_follow_pythons_own_rule(qtbot) -> None:
    """A full collection scans every live object: CPython runs one only when a quarter more
    objects have become long-lived since the last; the GUI thread's timer does the same."""
    ops = Ops()
    seen: list[int] = []
    note = _collections(seen)
    collector = main_thread_gc.install()
    assert collector is not None
    collector.timer.stop()  # driven by hand below, turn by turn of the timer
    gc.callbacks.append(note)
    try:
        gc.collect()
        collector.long_lived_total = len(gc.get_objects(2))
        collector.long_lived_pending = 0
        seen.clear()

        def turn(keep: list | None = None) -> None:
            for _ in range(800):  # over the threshold of 700: one collection per turn
                a: list = []
                a.append(a)  # garbage that only the collector frees
                if keep is not None:
                    keep.append([])
            collector.check()

        for _ in range(400):  # short-lived garbage: many young collections, no full one
            turn()
        assert seen.count(0) > 300 and seen.count(1) > 20
        assert seen.count(2) == 0
        kept: list = []  # now many objects live on: a full collection follows
        while seen.count(2) == 0 and len(kept) < 4 * collector.long_lived_total + 100_000:
            turn(kept)
        assert seen.count(2) == 1
    finally:
        gc.callbacks.remove(note)
        collector.timer.start()
        ops.shutdown()
