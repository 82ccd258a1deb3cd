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
