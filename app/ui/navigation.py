"""The unlocked part of the main window: a sidebar of screens and the screen shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from app.ui.screen import Screen


def _scrollable(screen: QWidget) -> QScrollArea:
    """A screen that cannot be squeezed: when the window is smaller than what the screen needs
    (a large zoom, Khmer's taller lines, a small display), it scrolls instead of clipping."""
    area = QScrollArea()
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the screen's controls
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(screen)
    return area


class Navigation(QWidget):
    screen_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMaximumWidth(220)
        self.sidebar.setAccessibleName(self.tr("Screens"))
        self.stack = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self._keys: list[str] = []
        self._screens: dict[str, QWidget] = {}
        self.sidebar.currentRowChanged.connect(self._row_changed)

    def add_screen(self, key: str, title: str, widget: QWidget) -> None:
        if key in self._screens:
            raise ValueError(f"screen {key!r} exists")
        if not isinstance(widget, Screen):
            raise TypeError("a screen needs on_vault_opened() and clear_vault_data()")
        self._keys.append(key)
        self._screens[key] = widget
        self.stack.addWidget(_scrollable(widget))
        item = QListWidgetItem(title)
        self.sidebar.addItem(item)
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)

    def set_visible_in_sidebar(self, key: str, visible: bool) -> None:
        self.sidebar.item(self._keys.index(key)).setHidden(not visible)

    def screens(self) -> dict[str, QWidget]:
        return dict(self._screens)

    def screen(self, key: str) -> QWidget:
        return self._screens[key]

    def show_screen(self, key: str) -> None:
        row = self._keys.index(key)
        self.sidebar.item(row).setHidden(False)
        self.sidebar.setCurrentRow(row)

    @property
    def current_key(self) -> str:
        row = self.sidebar.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else ""

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.stack.setCurrentWidget(
                self._screens[self._keys[row]].parentWidget().parentWidget()
            )
            self.screen_changed.emit(self._keys[row])
