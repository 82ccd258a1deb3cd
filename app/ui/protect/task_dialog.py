"""The frame the vault's long-running dialogs share (back up, check a backup, restore, split
recovery): an explanation, the dialog's own fields, a progress bar shown while the task runs, a
message line, and a start button beside Close or Cancel. Progress is reported from the worker
and delivered on the GUI thread. While the task runs, the dialog's fields and buttons are
disabled and Close does nothing (the task finishes in a moment; its result is shown)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.plain_text import plain_label


class Progress(QObject):
    """Lives on the GUI thread; `report` is called on the worker, delivery is queued."""

    changed = Signal(int)

    def report(self, fraction: float) -> None:
        self.changed.emit(round(fraction * 100))


class TaskDialog(QDialog):
    progress: QProgressBar
    buttons: QDialogButtonBox
    start_button: QPushButton
    close_button: QPushButton
    _progress: Progress
    running = False

    def submit(self) -> None:
        raise NotImplementedError

    def frame_task(
        self,
        *,
        explain: QWidget,
        fields: QLayout,
        inputs: Sequence[QWidget],
        message: QLabel,
        start: str,
        busy: str,
        close: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Close,
    ) -> None:
        """Lay the dialog out; `start` runs `submit`, `busy` names the progress bar for
        screen readers; `inputs` are disabled while the task runs."""
        self._inputs = tuple(inputs)
        # The message quotes paths (a drive's name) and error messages: shown literally.
        self._message_label = plain_label(message)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(busy)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(start, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(close)
        self.start_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(fields)
        layout.addWidget(self.progress)
        layout.addWidget(message)
        layout.addWidget(self.buttons)
        self._progress = Progress(self)
        self._progress.changed.connect(self.progress.setValue)

    def disable_while_running(self, *widgets: QWidget) -> None:
        """More of the dialog's controls (a button added after the frame) to disable."""
        self._inputs += widgets

    def set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        if running:
            self.progress.setValue(0)
            self._message_label.clear()
        for widget in (self.start_button, self.close_button, *self._inputs):
            widget.setEnabled(not running)

    def reject(self) -> None:
        if self.running:
            return  # the task finishes in a moment and shows its result
        super().reject()
