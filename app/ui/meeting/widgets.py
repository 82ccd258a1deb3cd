"""Small helpers the tabs share: combos bound to values, list views over RowsModel."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.ui.meeting.rows_model import RowsModel
from app.ui.plain_text import shown_line
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
        combo.addItem(shown_line(label), value)  # maybe record text (a name, a title)
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
    """Stretch the given columns and fit the others to their widest text (`ContentColumns`).
    With `wrap_rows`, rows grow to show wrapped text in full — only the rows on screen are
    measured, as they scroll in (`VisibleRowHeights`)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    model = view.model()
    fitted = [col for col in range(model.columnCount()) if col not in stretch]
    # Another model: Qt fits the columns itself (ContentColumns reads a RowsModel's texts).
    by_text = isinstance(model, RowsModel)
    if not by_text:
        header.setResizeContentsPrecision(40)  # judged on the first rows, at any length
    content = QHeaderView.ResizeMode.Fixed if by_text else QHeaderView.ResizeMode.ResizeToContents
    for col in range(model.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if col in stretch else content
        header.setSectionResizeMode(col, mode)
    # Made first, so its show-event filter runs last (Qt calls the filter installed last
    # first): a newly shown view's columns get their widths before its rows are fitted.
    if wrap_rows:
        VisibleRowHeights(view)
    if by_text:
        ContentColumns(view, fitted)


class ContentColumns(QObject):
    """Each of `columns` as wide as its widest text in the rows the view has, as
    QHeaderView.ResizeToContents makes it, measured once per change.

    ResizeToContents measured each column's first rows through Qt's item delegate three times
    when a tab was first shown (its view, its header and the header's viewport are resized and
    shown one after the other): a third of the time the Action items tab took to appear. Here
    the texts are compared with the font's metrics in Python (bold for highlighted rows), and
    only the widest few cells are measured by the delegate, so the width is Qt's own. A hidden
    view (a tab not on screen) is measured when it is shown, in its show event, before its
    first paint: a meeting loaded into every tab costs only the measuring of the tab in view.
    """

    CANDIDATES = 3  # cells measured by the delegate per column: the widest by the metrics

    def __init__(self, view: QTableView, columns: Sequence[int]) -> None:
        super().__init__(view)
        self._view = view
        self._columns = tuple(columns)
        self._pending = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
            model.headerDataChanged,
        ):
            signal.connect(self._restart)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view:
            kind = event.type()
            if kind == _SHOW and self._pending:
                self.fit()
            elif kind in _RESTYLED:
                self._restart()
        return False

    def _restart(self, *_args: Any) -> None:
        self._pending = True
        if self._view.isVisible():
            self._timer.start()

    def fit(self) -> None:
        view = self._view
        self._timer.stop()
        if not view.isVisible() or not self._columns:
            return  # measured when shown
        self._pending = False
        model = view.model()
        if not isinstance(model, RowsModel):
            return
        header = view.horizontalHeader()
        plain = QFontMetrics(view.font())
        bold_font = QFont(view.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        grid = 1 if view.showGrid() else 0
        low, high = header.minimumSectionSize(), header.maximumSectionSize()
        for col in self._columns:
            advance: dict[tuple[str, bool], tuple[int, int]] = {}  # (text, bold): (px, row)
            for row, (text, highlighted) in enumerate(model.column_texts(col)):
                key = (text, highlighted)
                if text and key not in advance:
                    metrics = bold if highlighted else plain
                    advance[key] = (metrics.horizontalAdvance(text), row)
            widest = sorted(advance.values(), reverse=True)[: self.CANDIDATES]
            content = max(
                (view.sizeHintForIndex(model.index(row, col)).width() for _, row in widest),
                default=0,
            )
            width = max(content + grid, header.sectionSizeHint(col))
            width = min(max(width, low), high)
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)


class VisibleRowHeights(QObject):
    """Fit the height of the rows in view to their wrapped text, after each change or scroll.

    QHeaderView.ResizeToContents would measure every row on every change: hundreds of
    milliseconds for a few hundred long minute entries. Rows are fitted from the top of the
    view down until the view is full (rows grow as they are fitted, so fewer fit than were in
    view before), at most `BUDGET_S` at a time: the rest is done in the next turns of the
    event loop, so a screenful of long entries never blocks the GUI thread.

    A hidden view (a tab not on screen) is not measured: its rows are fitted when it is shown,
    in its show event, so they are right at its first paint. A meeting loaded into every tab
    then costs only the measuring of the tab in view.
    """

    BUDGET_S = 0.015

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._resume = -1  # the row to go on from in the next turn, or -1: from the top
        self._pending = True  # a change not fitted yet (done when the view is shown)
        self._heights: dict[tuple[int, str, bool, int], int] = {}  # see `_measure`
        self._font = ""
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
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() in _RESTYLED:
            self._heights.clear()  # measured in another font or style
            self._restart()
        # Shown: its columns have their widths, and it has not been painted yet.
        if watched is self._view and event.type() == _SHOW and self._pending:
            # Laid out first: a hidden view's scroll bars wait for its first layout, and one
            # appearing would narrow the stretched columns after the rows were fitted.
            self._view.executeDelayedItemsLayout()
            self._view.updateGeometries()
            self._fit(whole_view=True)
            if self._pending:  # fitting changed the widths (a scroll bar came or went)
                self._fit(whole_view=True)
        return False

    def _restart(self, *_args: Any) -> None:
        self._resume = -1
        self._pending = True
        if self._view.isVisible():
            self._timer.start()

    def _fit(self, whole_view: bool = False) -> None:
        """Fit the rows in view (from where the last turn stopped). `whole_view`: all of them
        now, before the view is painted, however long it takes (a screenful of rows)."""
        view = self._view
        self._timer.stop()
        if not view.isVisible():
            return  # fitted when shown
        self._pending = False
        rows = view.model().rowCount()
        if rows == 0:
            return
        first = max(view.rowAt(0), 0)
        start = self._resume if self._resume > first else first
        self._resume = -1
        bottom = view.viewport().height()
        deadline = time.perf_counter() + self.BUDGET_S
        # QTableView answers each row resized with a relayout and a repaint in a later turn:
        # the view was painted twice when a tab was shown, once before and once after its
        # rows were fitted. Resized quietly here, the view is laid out and repainted once.
        rows_header = view.verticalHeader()
        quiet = rows_header.blockSignals(True)
        resized = False
        height_of = self._measure(start)
        try:
            for row in range(start, rows):
                if view.rowViewportPosition(row) > bottom:
                    break  # below the view: fitted when scrolled to
                height = view.rowHeight(row)
                if height_of is None:
                    view.resizeRowToContents(row)
                elif height_of(row) != height:
                    rows_header.resizeSection(row, height_of(row))
                resized = resized or view.rowHeight(row) != height
                if not whole_view and time.perf_counter() > deadline and row + 1 < rows:
                    self._resume = row + 1
                    self._pending = True
                    self._timer.start()
                    break
        finally:
            rows_header.blockSignals(quiet)
        if resized:
            view.updateGeometries()
            view.viewport().update()

    def _measure(self, row: int) -> Callable[[int], int] | None:
        """A row's height as QTableView.resizeRowToContents makes it: the tallest of its
        cells' heights (plus the grid line), at least the row header's size hint. Each cell is
        measured by the item delegate once per (column, text, bold, width) and remembered: a
        column of dates or statuses is measured once, not once per row, and the rows fitted
        again after a reload cost no measuring. The texts come from the model in Python,
        without a call through Qt per cell. None: a model other than RowsModel (Qt fits it)."""
        view = self._view
        model = view.model()
        if not isinstance(model, RowsModel):
            return None
        font = view.font().key()
        if font != self._font or len(self._heights) > _MAX_REMEMBERED:
            self._heights.clear()
            self._font = font
        heights = self._heights
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        grid = 1 if view.showGrid() else 0
        columns = [
            (col, view.columnWidth(col), view.itemDelegateForColumn(col) or view.itemDelegate())
            for col in range(model.columnCount())
            if not view.isColumnHidden(col)
        ]
        # The row header's hint is its number's height: the same for every row.
        least = view.verticalHeader().sectionSizeHint(row)
        cache: dict[int, int] = {}

        def cell(row: int, col: int, width: int, delegate: Any, text: str, bold: bool) -> int:
            key = (col, text, bold, width)
            height = heights.get(key)
            if height is None:
                # As QTableView measures a cell that may wrap: its column's width, less the grid.
                option.rect = QRect(0, 0, width - grid, max(view.rowHeight(row), 1))
                height = delegate.sizeHint(option, model.index(row, col)).height()
                heights[key] = height
            return height

        def height_of(row: int) -> int:
            known = cache.get(row)
            if known is None:
                texts, bold = model.row_texts(row)
                tallest = max(
                    (
                        cell(row, col, width, delegate, texts[col], bold)
                        for col, width, delegate in columns
                    ),
                    default=0,
                )
                known = cache[row] = max(tallest + grid, least)
            return known

        return height_of


_SHOW = QEvent.Type.Show
_MAX_REMEMBERED = 4096  # cell heights kept per view
_RESTYLED = (QEvent.Type.FontChange, QEvent.Type.StyleChange)
