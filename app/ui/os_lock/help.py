"""What locking with the computer does and does not do, in plain words (Settings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


def with_computer_help_text() -> str:
    return QCoreApplication.translate(
        "OsLockHelp",
        "When the screen locks, another user takes over the computer or it goes to sleep, "
        "Roundtable locks the vault too. What you were typing is kept, encrypted in the vault, "
        "and comes back when you unlock.\n"
        "Before sleeping, Roundtable asks the computer to wait until the vault is locked. The "
        "computer may refuse or stop waiting after a few seconds; then the vault locks as soon "
        "as the computer wakes up.\n"
        "This does not protect a laptop taken from you while it is awake and unlocked: lock "
        "the vault yourself first (Ctrl+Shift+L locks it and hides the window).",
    )


class _WrappedLabel(QLabel):
    """A wrapped label that asks for the height its text needs at its width (a dialog sizes
    itself without asking, and would cut the last lines off)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > self.minimumHeight():
            self.setMinimumHeight(needed)


def with_computer_help(parent: QWidget) -> QLabel:
    label = _WrappedLabel(with_computer_help_text(), parent)
    label.setWordWrap(True)
    label.setObjectName("lockWithComputerHelp")
    return label
