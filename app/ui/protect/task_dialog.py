"""The frame the vault's long-running dialogs share (back up, check a backup, restore, split
recovery): an explanation, the dialog's own fields, a progress bar shown while the task runs, a
message line, and a start button beside Close or Cancel. Progress is reported from the worker
and delivered on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


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

    def submit(self) -> None:
        raise NotImplementedError

    def frame_task(
        self,
        *,
        explain: QWidget,
        fields: QLayout,
        message: QWidget,
        start: str,
        busy: str,
        close: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Close,
    ) -> None:
        """Lay the dialog out; `start` runs `submit`, `busy` names the progress bar for
        screen readers."""
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
