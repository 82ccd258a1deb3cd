"""What the first unlock does on the GUI thread, and what it leaves to the worker (issue 14:
no GUI-thread stall over 50 ms once the key is derived)."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QApplication

from app.ui import startup
from app.ui.meeting.pickers import Picker
from app.ui.ops import Ops


def test_clearing_a_picker_that_offered_nothing_makes_no_popup(qtbot) -> None:
    """The meeting workspace clears its pickers at every unlock: asking the completer for its
    popup in order to hide it built a list view per picker (8 ms at the first unlock)."""
    ops = Ops()
    try:
        picker = Picker(ops, lambda _vault, _text: [], "Name")
        qtbot.addWidget(picker)
        before = len(QApplication.allWidgets())
        picker.clear_choices()
        assert len(QApplication.allWidgets()) == before
    finally:
        ops.shutdown()


def test_the_screens_being_ready_starts_importing_what_the_first_unlock_needs(
    qtbot, make_window, monkeypatch
) -> None:
    started: list[tuple[str, ...]] = []
    monkeypatch.setattr(startup, "import_in_background", started.append)
    make_window()
    assert started == [startup.UNLOCK_MODULES]


def test_the_unlock_modules_are_imported_in_the_background() -> None:
    """In a fresh interpreter (this one has imported everything already): none of them is
    imported until asked, and all of them are after the background thread has run."""
    names = startup.UNLOCK_MODULES
    probe = (
        "import sys\n"
        "from app.ui import startup\n"
        f"names = {names!r}\n"
        "before = [n for n in names if n in sys.modules]\n"
        "startup.import_in_background(names).join(60)\n"
        "print(before, [n for n in names if n not in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[] []"


def test_when_idle_runs_after_the_work_before_it_in_order_and_keeps_ops_busy(qtbot) -> None:
    ops = Ops()
    try:
        order: list[str] = []
        ops.run(lambda _v: order.append("task 1"), needs_vault=False)
        ops.when_idle(lambda: order.append("idle 1"))
        ops.when_idle(
            lambda: ops.run(lambda _v: order.append("task 2 (from idle 2)"), needs_vault=False)
        )
        ops.when_idle(lambda: order.append("idle 3"))
        assert ops.is_busy
        qtbot.waitUntil(lambda: not ops.is_busy, timeout=10_000)
        assert order == ["task 1", "idle 1", "task 2 (from idle 2)", "idle 3"]
    finally:
        ops.shutdown()


def test_a_lock_drops_the_idle_work_not_run_yet(qtbot) -> None:
    ops = Ops()
    try:
        ran: list[str] = []
        ops.run(lambda _v: None, needs_vault=False)
        ops.when_idle(lambda: ran.append("before the lock"))
        ops.lock()
        qtbot.waitUntil(lambda: not ops.is_busy, timeout=10_000)
        assert ran == []
    finally:
        ops.shutdown()


def test_the_screen_on_view_loads_before_the_others(qtbot, make_window, demo_vault, vault_dir):
    """At the unlock the other screens' queries and results competed with the first paint of
    the one on view: they now start once its first page is in."""
    from tests.conftest import PASSPHRASE
    from tests.ui.conftest import unlock

    demo_vault.close()
    window = make_window()
    screens = window.navigation.screens()
    meetings = screens["meetings"]
    seen: list[tuple[str, int]] = []
    for key, screen in screens.items():
        real = screen.on_vault_opened

        def opened(key: str = key, real=real) -> None:  # type: ignore[no-untyped-def]
            seen.append((key, meetings.model.rowCount()))
            real()

        screen.on_vault_opened = opened
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    assert [key for key, _ in seen] == list(screens)  # every screen, the one on view first
    assert seen[0] == ("meetings", 0)
    assert all(rows > 0 for _, rows in seen[1:])  # after the meetings' first page was shown
    assert window.navigation.current_key == "meetings"


def test_the_screen_the_unlock_shows_loads_first_whatever_was_on_view_at_the_lock(
    qtbot, demo_window, vault_dir
) -> None:
    from tests.conftest import PASSPHRASE
    from tests.ui.conftest import unlock, wait_idle

    demo_window.show_screen("actions")
    demo_window.lock()
    wait_idle(qtbot, demo_window)
    seen: list[str] = []
    for key, screen in demo_window.navigation.screens().items():
        real = screen.on_vault_opened

        def opened(key: str = key, real=real) -> None:  # type: ignore[no-untyped-def]
            seen.append(key)
            real()

        screen.on_vault_opened = opened
    unlock(qtbot, demo_window, vault_dir, PASSPHRASE)
    assert seen[0] == "meetings"  # what the shell shows at an unlock
    assert sorted(seen) == sorted(demo_window.navigation.screens())


def test_a_lock_with_nothing_typed_keeps_no_draft(qtbot, demo_window, vault_dir) -> None:
    """The Conflicts screen recorded its (empty) selection as typing: every lock wrote a draft
    and every unlock switched back to the last screen, one more screen painted after the
    others had loaded (the longest GUI-thread stall after unlock in gui_bench)."""
    from tests.conftest import PASSPHRASE
    from tests.ui.conftest import unlock, wait_idle

    demo_window.show_screen("actions")
    assert demo_window._typing_state() is None
    demo_window.lock()
    wait_idle(qtbot, demo_window)
    unlock(qtbot, demo_window, vault_dir, PASSPHRASE)
    assert demo_window.navigation.current_key == "meetings"  # the unlock's own screen
