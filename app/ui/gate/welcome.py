"""First run: create a vault, open an existing vault folder, or restore a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.ui.file_dialogs import ask_folder
from app.ui.gate.column import column_layout
from app.ui.zoom import relative_font


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Roundtable"), self)
        title.setObjectName("pageTitle")
        relative_font(title, 1.6, bold=True)
        intro = QLabel(
            self.tr(
                "Roundtable keeps your meeting records in an encrypted vault on this computer. "
                "Nothing is sent anywhere."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a new vault…"), self)
        self.create_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open a vault folder…"), self)
        self.restore_button = QPushButton(self.tr("Restore a backup…"), self)
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(
            lambda: ask_folder(self, self.tr("Open a vault folder"), self.open_requested.emit)
        )
        layout = column_layout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        # A word-wrapped label needs the full width to get its height right.
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(intro)
        for widget in (self.create_button, self.open_button, self.restore_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self._extra = layout
        layout.addStretch(2)

    def add_button(self, button: QPushButton) -> None:
        """Room for more entry points (e.g. verifying a bundle without a vault)."""
        self._extra.insertWidget(self._extra.count() - 1, button, 0, Qt.AlignmentFlag.AlignHCenter)
