"""Small helpers the tabs share: combos bound to values, list views over RowsModel."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QPushButton,
    QTableView,
    QWidget,
)

from app.ui.meeting.rows_model import RowsModel
from app.ui.zoom import rows_follow_font


def choices(context: str, items: Sequence[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """(label, value) pairs with the labels (marked QT_TRANSLATE_NOOP(context, ...)) translated
    now, in the interface language."""
    return [(QCoreApplication.translate(context, label), value) for label, value in items]


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, Any]]) -> None:
    combo.blockSignals(True)
    current = combo.currentData()
    combo.clear()
    for label, value in items:
        combo.addItem(label, value)
    set_combo(combo, current)
    combo.blockSignals(False)


def set_combo(combo: QComboBox, value: Any) -> None:
    combo.blockSignals(True)
    i = combo.findData(value)
    combo.setCurrentIndex(max(i, 0))
    combo.blockSignals(False)


def table_view(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    rows_follow_font(view)
    return view


def list_view(model: RowsModel, parent: QWidget | None = None) -> QListView:
    view = QListView(parent)
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    return view


def current_row(view: QAbstractItemView) -> int:
    index = view.currentIndex()
    sel = view.selectionModel()
    if not index.isValid() or sel is None or not sel.isSelected(index):
        rows = sel.selectedRows() if sel is not None else []
        return rows[0].row() if rows else -1
    return index.row()


def select_row(view: QAbstractItemView, row: int) -> None:
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)


def select_id(view: QAbstractItemView, record_id: str) -> bool:
    model = view.model()
    if not isinstance(model, RowsModel):
        return False
    row = model.row_of(record_id)
    if row < 0:
        return False
    select_row(view, row)
    return True


def button(text: str, tip: str = "", parent: QWidget | None = None) -> QPushButton:
    b = QPushButton(text, parent)
    if tip:
        b.setToolTip(tip)
    b.setAutoDefault(False)
    return b


def row_of_buttons(*buttons: QPushButton) -> QHBoxLayout:
    box = QHBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    for b in buttons:
        box.addWidget(b)
    box.addStretch(1)
    return box


def shortcut(keys: str, parent: QWidget, slot: Any) -> QShortcut:
    sc = QShortcut(QKeySequence(keys), parent)
    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    sc.activated.connect(slot)
    return sc


def fit_columns(view: QTableView, stretch: Sequence[int], wrap_rows: bool = False) -> None:
    """Stretch the given columns and size the others to their contents (judged on the first
    rows only, so a long list costs no more than a short one). With `wrap_rows`, rows grow to
    show wrapped text in full — only the rows on screen are measured, as they scroll in."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
    for col in range(view.model().columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if col in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(col, mode)
    if wrap_rows:
        VisibleRowHeights(view)


SIZE_SAMPLE_ROWS = 40


class VisibleRowHeights(QObject):
    """Fit the height of the rows in view to their wrapped text, after each change or scroll.

    QHeaderView.ResizeToContents would measure every row on every change: hundreds of
    milliseconds for a few hundred long minute entries. Rows are fitted from the top of the
    view down until the view is full (rows grow as they are fitted, so fewer fit than were in
    view before), at most `BUDGET_S` at a time: the rest is done in the next turns of the
    event loop, so a screenful of long entries never blocks the GUI thread.
    """

    BUDGET_S = 0.015

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._resume = -1  # the row to go on from in the next turn, or -1: from the top
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fit)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self._restart)
        view.verticalScrollBar().valueChanged.connect(self._restart)
        view.horizontalHeader().sectionResized.connect(self._restart)

    def _restart(self, *_args: Any) -> None:
        self._resume = -1
        self._timer.start()

    def _fit(self) -> None:
        view = self._view
        rows = view.model().rowCount()
        if rows == 0:
            return
        first = max(view.rowAt(0), 0)
        start = self._resume if self._resume > first else first
        self._resume = -1
        bottom = view.viewport().height()
        deadline = time.perf_counter() + self.BUDGET_S
        for row in range(start, rows):
            if view.rowViewportPosition(row) > bottom:
                return  # below the view: fitted when scrolled to
            view.resizeRowToContents(row)
            if time.perf_counter() > deadline and row + 1 < rows:
                self._resume = row + 1
                self._timer.start()
                return
