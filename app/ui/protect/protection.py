"""Settings → "If the laptop is taken": the settings of the open vault that protect it at a
border or in a seizure (docs/threat-model.md §6), each with its limits in plain words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label
from app.unlock_guard import CHOICES, WARN_WHEN_LEFT, Guard


class ProtectionBox(QGroupBox):
    """Read from the open vault's folder on the worker; written by `apply()`."""

    def __init__(
        self, ops: Ops, parent: QWidget | None = None, *, main_window: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("If the laptop is taken"), parent)
        self._ops = ops
        self._main_window = main_window
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
        room_for(help_text)
        form = QFormLayout()
        form.addRow(self.tr("Destroy the vault:"), self.wipe_after)
        form.addRow("", self.warn)
        # Outside the form: a QFormLayout row gives a word-wrapped label too little height.
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        self._add_duress(layout)
        self.wipe_after.setEnabled(False)  # until the current setting is read
        self._update()
        ops.run(lambda v: _read(v.folder), on_done=self._show)

    # --- the duress passphrase -----------------------------------------------------------------
    def _add_duress(self, layout: QVBoxLayout) -> None:
        self.duress_status = QLabel(self.tr("Duress passphrase: …"), self)
        self.duress_status.setObjectName("duressStatus")
        self.duress_button = QPushButton(self.tr("Set up…"), self)
        self.decoy_button = QPushButton(self.tr("Open the decoy…"), self)
        self.remove_duress_button = QPushButton(self.tr("Remove"), self)
        row = QHBoxLayout()
        for button in (self.duress_button, self.decoy_button, self.remove_duress_button):
            button.setAutoDefault(False)
            button.setEnabled(False)  # until the state is read
            row.addWidget(button)
        row.addStretch(1)
        duress_help = plain_label(
            QLabel(
                self.tr(
                    "A second passphrase for when you are forced to unlock: it removes the "
                    "real passphrase from this computer and opens a decoy vault instead. The "
                    "real records then come back only with the recovery key, the recovery "
                    "shares or a backup."
                ),
                self,
            )
        )
        duress_help.setWordWrap(True)
        room_for(duress_help)
        layout.addWidget(self.duress_status)
        layout.addLayout(row)
        layout.addWidget(duress_help)
        layout.addStretch(1)
        self.duress_button.clicked.connect(self._edit_duress)
        self.decoy_button.clicked.connect(self._open_decoy)
        self.remove_duress_button.clicked.connect(self._confirm_remove)
        self._has_duress = False
        self._read_duress()

    def _read_duress(self) -> None:
        def read(vault):  # type: ignore[no-untyped-def]
            from app.vault_duress import has_duress

            return has_duress(vault)

        self._ops.run(read, on_done=self._show_duress)

    def _show_duress(self, configured: bool) -> None:
        self._has_duress = configured
        self.duress_status.setText(
            self.tr("Duress passphrase: set")
            if configured
            else self.tr("Duress passphrase: not set")
        )
        # Short on the button (the status line above names it), full for screen readers.
        self.duress_button.setText(self.tr("Change…") if configured else self.tr("Set up…"))
        self.duress_button.setAccessibleName(
            self.tr("Change the duress passphrase…")
            if configured
            else self.tr("Set up a duress passphrase…")
        )
        self.duress_button.setEnabled(True)
        self.decoy_button.setEnabled(configured and self._main_window is not None)
        self.remove_duress_button.setEnabled(configured)

    def _edit_duress(self) -> None:
        from app.ui.protect.border_dialogs import DuressDialog

        dialog = DuressDialog(self._ops, self, change=self._has_duress)
        dialog.done.connect(self._read_duress)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _open_decoy(self) -> None:
        from app.ui.protect.border_dialogs import open_decoy_for_preparing

        window = self._main_window
        if window is None:
            return
        self.window().close()  # the settings dialog: the vault it belongs to is being locked
        open_decoy_for_preparing(window)  # type: ignore[arg-type]

    def _confirm_remove(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove the duress passphrase"))
        box.setText(self.tr("Remove the duress passphrase? The decoy vault is overwritten."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(self._remove)
        box.setObjectName("removeDuressBox")
        box.open()

    def _remove(self) -> None:
        def remove(vault):  # type: ignore[no-untyped-def]
            from app.vault_duress import remove_duress

            remove_duress(vault)
            return False

        self._ops.run(remove, on_done=self._show_duress)

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


def room_for(label: QLabel, columns: int = 72) -> None:
    """A dialog is not sized for its word-wrapped labels' height on its own: give the label
    a width in characters and the height its text needs at that width. Qt's estimate falls
    short for Khmer lines (stacked vowels and subscripts, a fallback font's taller line
    spacing; measured about 1.2x), so Khmer text gets the room it is drawn with."""
    width = label.fontMetrics().averageCharWidth() * columns
    label.setMinimumWidth(width)
    height = label.heightForWidth(width)
    if any("\u1780" <= ch <= "\u17ff" for ch in label.text()):
        height = round(height * 1.3)
    label.setMinimumHeight(height)
