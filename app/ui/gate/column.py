"""The gate pages' layout: one centred column of readable width."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

COLUMN_WIDTH = 600


def column_layout(page: QWidget) -> QVBoxLayout:
    """Give `page` a centred column and return the column's layout to fill."""
    outer = QHBoxLayout(page)
    column = QWidget(page)
    column.setMaximumWidth(COLUMN_WIDTH)
    outer.addStretch(1)
    outer.addWidget(column, 3)
    outer.addStretch(1)
    return QVBoxLayout(column)
