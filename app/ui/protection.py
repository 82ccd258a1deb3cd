"""Settings → "If the laptop is taken": the settings of the open vault that protect it at a
border or in a seizure (docs/threat-model.md §6), each with its limits in plain words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label
from app.unlock_guard import CHOICES, WARN_WHEN_LEFT, Guard


class ProtectionBox(QGroupBox):
    """Read from the open vault's folder on the worker; written by `apply()`."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("If the laptop is taken"), parent)
        self._ops = ops
        self._loaded: Guard | None = None
        self.wipe_after = QComboBox(self)
        self.wipe_after.addItem(self.tr("Off"), 0)
        for n in CHOICES:
            self.wipe_after.addItem(
                self.tr("After %1 wrong passphrases").replace("%1", number(n)), n
            )
        self.wipe_after.setAccessibleName(self.tr("Destroy the vault after wrong passphrases"))
        self.warn = QCheckBox(
            self.tr("Warn when %1 or fewer attempts are left").replace(
                "%1", number(WARN_WHEN_LEFT)
            ),
            self,
        )
        self.warn.setChecked(True)
        self.wipe_after.currentIndexChanged.connect(self._update)
        help_text = plain_label(
            QLabel(
                self.tr(
                    "When this many wrong passphrases are typed in a row in Roundtable on this "
                    "computer, the vault here is destroyed. It stops someone guessing in the "
                    "app. It does not stop someone who copies the disk and guesses on the copy, "
                    "and anyone who looks in the vault folder can see that it is on. Without "
                    "the warning, the last attempt looks like any other wrong passphrase."
                ),
                self,
            )
        )
        help_text.setWordWrap(True)
        _room_for(help_text)
        form = QFormLayout()
        form.addRow(self.tr("Destroy the vault:"), self.wipe_after)
        form.addRow("", self.warn)
        # Outside the form: a QFormLayout row gives a word-wrapped label too little height.
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        self.wipe_after.setEnabled(False)  # until the current setting is read
        self._update()
        ops.run(lambda v: _read(v.folder), on_done=self._show)

    def _show(self, guard: Guard | None) -> None:
        self._loaded = guard
        self.wipe_after.setCurrentIndex(
            self.wipe_after.findData(guard.wipe_after if guard is not None else 0)
        )
        self.warn.setChecked(guard.warn if guard is not None else True)
        self.wipe_after.setEnabled(True)
        self._update()

    def _update(self) -> None:
        self.warn.setEnabled(self.wipe_after.isEnabled() and bool(self.wipe_after.currentData()))

    def apply(self) -> None:
        if not self.wipe_after.isEnabled():
            return  # never read: nothing to change
        n = int(self.wipe_after.currentData())
        warn = self.warn.isChecked()
        loaded = self._loaded
        if (loaded is None and n == 0) or (
            loaded is not None and (loaded.wipe_after, loaded.warn) == (n, warn)
        ):
            return  # unchanged: the count of wrong attempts is not restarted

        def write(vault) -> None:  # type: ignore[no-untyped-def]
            from app.unlock_guard import set_wipe_after

            set_wipe_after(vault.folder, n, warn=warn)

        self._ops.run(write)


def _read(folder):  # type: ignore[no-untyped-def]
    from app.unlock_guard import read_guard

    return read_guard(folder)


def _room_for(label: QLabel, columns: int = 72) -> None:
    """A dialog is not sized for its word-wrapped labels' height on its own: give the label
    a width in characters and the height its text needs at that width."""
    width = label.fontMetrics().averageCharWidth() * columns
    label.setMinimumWidth(width)
    label.setMinimumHeight(label.heightForWidth(width))
