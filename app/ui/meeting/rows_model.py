"""A table model over a list of records that shows rows to the view in batches.

A meeting's records are loaded in one background read (app/storage/meetings.load_meeting); this
model hands them to the view `BATCH` rows at a time through canFetchMore/fetchMore, so a meeting
with thousands of minute entries paints as fast as a small one. Filtering and sorting stay in SQL
(DESIGN §7): the model never sorts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from app.ui.colours import error_colour, warning_colour
from app.ui.plain_text import shown

Index = QModelIndex | QPersistentModelIndex
BATCH = 200
CONTEXT = "MeetingWorkspace"  # translation context of column titles and tooltips
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_EDIT = int(Qt.ItemDataRole.EditRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ANSWERED = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _FOREGROUND, _FONT})
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    edit_key: str = ""  # when set, the cell is editable and edits go to `on_edit`
    tooltip: str = ""
    edit_value: Callable[[Any], str] | None = None  # what an editor starts from, if not `text`


class RowsModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        parent: Any = None,
        *,
        on_edit: Callable[[Any, str, str], None] | None = None,
        highlight: Callable[[Any], bool] | None = None,
        dim: Callable[[Any], bool] | None = None,
        row_id: Callable[[Any], str] = lambda row: str(row.id),
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[Any] = []
        self._shown = 0
        self._changing = False
        self._on_edit = on_edit
        self._highlight = highlight
        self._dim = dim
        self._row_id = row_id
        self._brush_key = -1
        self._brush_pair: tuple[QBrush, QBrush] | None = None
        self._bold: QFont | None = None
        shown_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        self._flags = tuple(
            shown_flags | Qt.ItemFlag.ItemIsEditable
            if col.edit_key and on_edit is not None
            else shown_flags
            for col in self._columns
        )

    # --- content -----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self._changing = True
        try:
            self.beginResetModel()
            self._rows = list(rows)
            self._shown = min(BATCH, len(self._rows))
            self.endResetModel()
        finally:
            self._changing = False

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def id_at(self, row: int) -> str:
        return self._row_id(self._rows[row]) if 0 <= row < len(self._rows) else ""

    def row_of(self, record_id: str) -> int:
        """The row showing `record_id` (fetching up to it), or -1."""
        for i, r in enumerate(self._rows):
            if self._row_id(r) == record_id:
                if i >= self._shown:
                    self._show_up_to(i + 1)
                return i
        return -1

    def column_texts(self, column: int) -> list[tuple[str, bool]]:
        """The text `column` shows in each row the view has, and whether the row is
        highlighted (bold): what the column's width is fitted to, without a call through Qt
        per cell."""
        col = self._columns[column]
        highlight = self._highlight
        return [
            (shown(col.text(row)), highlight is not None and highlight(row))
            for row in self._rows[: self._shown]
        ]

    def row_texts(self, row: int) -> tuple[list[str], bool]:
        """The text each column shows in `row`, and whether the row is highlighted (bold):
        what its height is fitted to."""
        r = self._rows[row]
        texts = [shown(col.text(r)) for col in self._columns]
        return texts, self._highlight is not None and self._highlight(r)

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._changing and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._show_up_to(min(self._shown + BATCH, len(self._rows)))

    def _show_up_to(self, end: int) -> None:
        # Listeners of the change signals (Qt's model tester among them) may ask for more rows
        # while a change is being announced: that waits until the change is complete.
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), self._shown, end - 1)
            self._shown = end
            self.endInsertRows()
        finally:
            self._changing = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for about ten roles per cell each time it measures or paints one (a row
        # fitted to its text asks again): the roles answered here are told apart first, as
        # plain integers, and every other role returns at once.
        if role not in _ANSWERED or not index.isValid():
            return None
        r = index.row()
        if r >= self._shown:
            return None
        return self._cell(self._rows[r], self._columns[index.column()], role)

    def _cell(self, row: Any, col: Column, role: int) -> Any:
        if role == _DISPLAY:
            return shown(col.text(row))  # no control or bidi-override characters
        if role == _EDIT:
            return col.text(row) if col.edit_value is None else col.edit_value(row)
        if role == _TOOLTIP:
            return QCoreApplication.translate(CONTEXT, col.tooltip) if col.tooltip else None
        if role == _FOREGROUND:
            if self._highlight is not None and self._highlight(row):
                return self._brushes()[0]
            if self._dim is not None and self._dim(row):
                return self._brushes()[1]
            return None
        if role != _FONT:
            return None
        if self._highlight is not None and self._highlight(row):
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return None

    def _brushes(self) -> tuple[QBrush, QBrush]:
        """The error and warning text brushes for the application's palette, worked out once
        per palette: asked for every highlighted cell painted or measured (hundreds when an
        action list is shown), they cost more than the rest of `data`."""
        key = QGuiApplication.palette().cacheKey()
        if self._brush_key != key:
            self._brush_key = key
            self._brush_pair = (
                QBrush(error_colour(role=QPalette.ColorRole.Base)),
                QBrush(warning_colour(role=QPalette.ColorRole.Base)),
            )
        return self._brush_pair  # type: ignore[return-value]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return QCoreApplication.translate(CONTEXT, self._columns[section].title)
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._shown:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every cell painted: worked out once per column (combining PySide's flag
        # enums costs more than the rest of the call).
        if not index.isValid():
            return _NO_FLAGS
        return self._flags[index.column()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._on_edit is None:
            return False
        key = self._columns[index.column()].edit_key
        if not key or index.row() >= self._shown:
            return False
        self._on_edit(self._rows[index.row()], key, str(value))
        self.dataChanged.emit(index, index)
        return True
