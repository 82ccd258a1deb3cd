"""Visible focus (issue 16): every kind of control the app uses looks different when it has the
keyboard focus, in the light and the dark palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.colours import dark_palette


def _controls() -> list[QWidget]:
    combo = QComboBox()
    combo.addItems(["Open", "Done"])
    table = QTableView()
    model = QStandardItemModel(2, 2, table)
    for r in range(2):
        for c in range(2):
            model.setItem(r, c, QStandardItem(f"{r},{c}"))
    table.setModel(model)
    table.setCurrentIndex(model.index(0, 0))
    table.setTabKeyNavigation(False)  # as the app's tables: Tab leaves the table
    listing = QListWidget()
    listing.addItems(["a", "b"])
    listing.setCurrentRow(0)
    tabs = QTabBar()
    tabs.addTab("Overview")
    tabs.addTab("Programme")
    tool = QToolButton()
    tool.setText("Export as…")
    return [
        QLineEdit("text"),
        _tab_leaves(QPlainTextEdit("text")),
        QPushButton("Add"),
        QCheckBox("Confidential"),
        QRadioButton("All meetings"),
        combo,
        QSpinBox(),
        table,
        listing,
        tabs,
        tool,
    ]


def _tab_leaves(edit: QPlainTextEdit) -> QPlainTextEdit:
    edit.setTabChangesFocus(True)  # as the app's text boxes
    return edit


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_focus_is_visible_on_every_kind_of_control(qtbot, qapp, palette) -> None:
    original = qapp.palette()
    if palette == "dark":
        qapp.setPalette(dark_palette())
    try:
        host = QWidget()
        qtbot.addWidget(host)
        layout = QVBoxLayout(host)
        controls = _controls()
        anchor = QPushButton("elsewhere")
        layout.addWidget(anchor)
        for control in controls:
            layout.addWidget(control)
        host.show()
        host.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=5_000)
        # Styles draw the focus for keyboard users: the focus moves here by Tab, control by
        # control, and each is drawn before and after it arrives.
        anchor.setFocus()
        invisible = []
        for control in controls:
            QApplication.processEvents()
            before = control.grab().toImage()
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            qtbot.waitUntil(control.hasFocus, timeout=2_000)
            QApplication.processEvents()
            after = control.grab().toImage()
            if before == after:
                invisible.append(type(control).__name__)
        assert not invisible, f"no visible focus ({palette}): {invisible}"
    finally:
        qapp.setPalette(original)
