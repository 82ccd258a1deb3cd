"""The window's share of the machine: key derivation yields, listings do not, and a listing
superseded before it ran costs no query (issue 14)."""

from __future__ import annotations

import os
import sys
import threading

import pytest
from PySide6.QtCore import Qt

from app.storage import queries
from app.ui.ops import KDF_NICENESS, Ops
from tests.ui.conftest import run_op, wait_idle


def _own_niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread priorities: Linux")
def test_only_the_key_derivation_runs_at_a_lower_priority(qtbot, demo_window) -> None:
    base = os.getpriority(os.PRIO_PROCESS, 0)
    seen: dict[str, int] = {}
    ops: Ops = demo_window.ops
    # The listings and edits the window waits for run at the process's own priority.
    seen["listing"] = run_op(qtbot, demo_window, lambda _v: _own_niceness())
    # Unlocking again (what the unlock page does): the opener derives the key.
    folder = run_op(qtbot, demo_window, lambda v: v.folder)
    demo_window.lock()
    wait_idle(qtbot, demo_window)
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE

    def opener():  # type: ignore[no-untyped-def]
        seen["kdf"] = _own_niceness()
        return open_vault(folder, PASSPHRASE)

    opened: list[object] = []
    ops.open(opener, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    seen["after"] = run_op(qtbot, demo_window, lambda _v: _own_niceness())
    ran_low: list[int] = []
    ops.run(lambda _v: ran_low.append(_own_niceness()), low_priority=True)
    qtbot.waitUntil(lambda: bool(ran_low), timeout=10_000)
    assert seen == {"listing": base, "kdf": min(base + KDF_NICENESS, 19), "after": base}
    assert ran_low == [min(base + KDF_NICENESS, 19)]


def test_an_error_in_a_low_priority_task_reaches_its_handler(qtbot, demo_window) -> None:
    from app.errors import WrongPassphrase

    errors: list[object] = []

    def fails(_v: object) -> None:
        raise WrongPassphrase()

    demo_window.ops.run(fails, on_error=errors.append, low_priority=True)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], WrongPassphrase)


def test_sorting_by_a_header_runs_one_listing_query(qtbot, demo_window, monkeypatch) -> None:
    calls: list[str] = []
    real = queries.list_actions

    def counted(conn, flt, **kw):  # type: ignore[no-untyped-def]
        calls.append(kw.get("sort", ""))
        return real(conn, flt, **kw)

    monkeypatch.setattr(queries, "list_actions", counted)
    demo_window.show_screen("actions")
    screen = demo_window.shell.actions
    wait_idle(qtbot, demo_window)
    for column, order in ((2, 0), (2, 1), (4, 0), (1, 1)):
        calls.clear()
        # Qt's sortByColumn asks the model to sort twice (the header's signal, then itself).
        screen.view.sortByColumn(column, Qt.SortOrder(order))
        qtbot.waitUntil(lambda: not screen.model.is_loading, timeout=10_000)
        assert len(calls) == 1, calls
        assert screen.model.rowCount() > 0
    # Typing a filter quickly: only the last text is queried.
    calls.clear()
    flt = screen.model.query
    for text in ("b", "bu", "bud"):
        screen.model.set_query(queries.ActionFilter(statuses=flt.statuses, text=text))
    qtbot.waitUntil(lambda: not screen.model.is_loading, timeout=10_000)
    assert len(calls) == 1


def test_a_sort_keeps_the_rows_shown_until_the_sorted_ones_arrive(qtbot, demo_window) -> None:
    """The list is not emptied (and painted empty) while the sort's query runs: the rows in
    the old order stay until the sorted ones replace them. Afterwards the rows are in the new
    order, nothing is selected (as before this change: the old selection named rows in the old
    order) and the keyboard moves through the new rows."""
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtTest import QTest

    demo_window.show_screen("actions")
    screen = demo_window.shell.actions
    view, model = screen.view, screen.model
    wait_idle(qtbot, demo_window)
    view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # status: several rows share one
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    assert model.rowCount() > 2
    view.selectionModel().setCurrentIndex(
        model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    counts: list[int] = []
    model.modelReset.connect(lambda: counts.append(model.rowCount()))
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert model.is_loading and model.rowCount() > 2  # the old rows, still shown
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    assert counts and 0 not in counts  # replaced in one reset, never emptied
    owners = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert owners == sorted(owners, key=str.casefold, reverse=True)
    assert not view.selectionModel().selectedRows()
    view.setFocus()  # the first row becomes current
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [1]


def test_a_sort_asks_for_its_rows_before_the_header_is_painted(qtbot, demo_window) -> None:
    """The query is sent by a queued call, which Qt runs before the repaints the sort asked
    for (the header's sort indicator, posted at a lower priority): they are painted while the
    query runs. A zero timer ran only after them, delaying the query by their paint."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    demo_window.show_screen("actions")
    screen = demo_window.shell.actions
    wait_idle(qtbot, demo_window)
    seen: list[str] = []
    real_run = demo_window.ops.run

    def run(fn, **kw):  # type: ignore[no-untyped-def]
        seen.append("query")
        real_run(fn, **kw)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                seen.append("header painted")
            return False

    painted = Painted()
    screen.view.horizontalHeader().viewport().installEventFilter(painted)
    demo_window.ops.run = run  # type: ignore[method-assign]
    try:
        screen.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        assert seen == []  # folded: Qt's two sort calls make one query, a turn later
        QCoreApplication.sendPostedEvents()  # posted events only, no timer
        assert seen[:1] == ["query"] and seen.count("query") == 1, seen
    finally:
        del demo_window.ops.run
        screen.view.horizontalHeader().viewport().removeEventFilter(painted)
    qtbot.waitUntil(lambda: not screen.model.is_loading, timeout=10_000)
