"""A table model that loads rows a page at a time through `Ops`.

Rows arrive in the background: `reload()` asks for the count and the first page, the view's
`fetchMore()` asks for the next page when it scrolls near the end. Sorting and filtering are a
new query (`set_query`), never a Qt proxy. Every reload bumps a generation so a page that was
asked for under an old filter or sort is dropped on arrival.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMetaObject,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from app.ui import language
from app.ui.ops import Ops
from app.ui.plain_text import shown, tooltip

PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str  # untranslated source text; translated with the model's context
    sort_key: str | None = None  # key understood by the SQL listing, None = not sortable


# As the integers Qt passes to `data`: naming a member of `Qt.ItemDataRole` costs a lookup
# through PySide's type (about a microsecond), and `data` runs for every cell painted.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
# The roles Qt's item delegate asks `multiData` for, in its order, for every cell it paints or
# measures (QStyledItemDelegate::initStyleOption, Qt 6): font, alignment, foreground, check
# state, decoration, display, background. `_OTHER_PAINT` are those the one-call way of
# `multiData` leaves unset: a list answering any of them is answered role by role.
_PAINT_ROLES = tuple(
    int(r.value)
    for r in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
    )
)
_OTHER_PAINT = frozenset(_PAINT_ROLES) - {_FONT, _FOREGROUND, DISPLAY_ROLE}


def roles(*names: Qt.ItemDataRole) -> frozenset[int]:
    """A `ROLES` set (as the integers Qt passes)."""
    return frozenset(int(n.value) for n in names)


class PagedTableModel(QAbstractTableModel):
    """Subclasses set `COLUMNS` and implement `count`, `page` and `cell`."""

    COLUMNS: Sequence[Column] = ()
    CONTEXT = "PagedTableModel"  # translation context of the column titles
    # The roles `cell` answers, when a subclass lists them: Qt asks for about ten roles per
    # cell each time it paints or measures one, and the others then return at once, without
    # a call into Python's `cell`. None: every role goes to `cell`.
    ROLES: frozenset[int] | None = None

    loaded = Signal()  # a page arrived (tests and benchmarks wait on it)

    def __init__(self, ops: Ops, parent: Any = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._rows: list[Any] = []
        # The texts of a row's cells as shown (DisplayRole), by row, kept from its first paint:
        # Qt asks for them again at every paint, and a sort or filter paints a whole screen of
        # new rows at once. Dropped with the rows, in another language and by `forget_texts`.
        self._texts: dict[int, tuple[Any, ...]] = {}
        self._texts_language = language.generation
        self._total = 0
        self._generation = 0
        self._fetching = False
        self._replace = False  # the rows shown wait to be replaced by a new first page
        self._active = False
        self.query: Any = None  # filter/sort value object handed to `count` and `page`
        self.sort_key: str | None = None
        self.descending = False
        self._submit_pending = False  # see `_reload_soon`

    # --- to implement ----------------------------------------------------------------------
    def count(self, conn: Any, query: Any, sort_key: str | None, descending: bool) -> int:
        raise NotImplementedError

    def page(
        self, conn: Any, query: Any, sort_key: str | None, descending: bool, offset: int, limit: int
    ) -> list[Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def first(
        self, conn: Any, query: Any, sort_key: str | None, descending: bool, limit: int
    ) -> tuple[int, list[Any]]:
        """The total and the first page (one query where a listing can give both)."""
        total = self.count(conn, query, sort_key, descending)
        return total, self.page(conn, query, sort_key, descending, 0, limit)

    # --- loading ---------------------------------------------------------------------------
    def set_query(self, query: Any) -> None:
        self.query = query
        if self._active:
            self._reload_soon()

    def activate(self) -> None:
        self._active = True
        self.reload()

    def clear(self) -> None:
        """Forget every row (the vault is locking); stays empty until `activate()`."""
        self._active = False
        self._submit_pending = False
        self._forget_rows()
        self._fetching = False

    def reload(self) -> None:
        self._submit_pending = False
        self._forget_rows()
        self._submit_first()

    def _reload_soon(self) -> None:
        """Ask for the rows under the new sort or filter once the code that changed it
        returns to the event loop: a sort or filter changed again meanwhile (Qt's sortByColumn
        sorts twice; a filter set field by field) costs one query, not one each.

        The rows shown stay until the new first page arrives and replaces them in one reset.
        Emptied at once, the view was laid out and painted empty while the query ran: a
        few milliseconds of the GUI thread before the query was even sent, and a core and
        the GIL taken from the worker while it ran (the sort's SQL took longer in the window
        than alone)."""
        self._generation += 1  # anything in flight is dropped when it arrives
        self._fetching = True
        self._replace = True
        # A queued call, not a zero timer: it runs before the repaints that the change asked
        # for (the header's sort indicator), so the query starts first and they are painted
        # while it runs; a zero timer ran after them.
        # Posted, not emitted: a signal is dropped while the model's signals are blocked, and
        # the pending flag would then hold back every later query.
        if not self._submit_pending:
            self._submit_pending = True
            QMetaObject.invokeMethod(self, "_submit_now", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _submit_now(self) -> None:
        if self._submit_pending:
            self._submit_pending = False
            self._submit_first()

    def _forget_rows(self) -> None:
        self._generation += 1  # anything in flight is dropped when it arrives
        self._replace = False
        self.beginResetModel()
        self._rows = []
        self._texts = {}
        self._total = 0
        self.endResetModel()
        self._fetching = True

    def _submit_first(self) -> None:
        generation = self._generation
        query, sort_key, descending = self.query, self.sort_key, self.descending
        first = self.first

        def task(vault: Any) -> tuple[int, list[Any]]:
            if self._generation != generation:
                return -1, []  # superseded while it waited: its rows would be dropped
            return first(vault.conn, query, sort_key, descending, PAGE_SIZE)

        self._ops.run(task, on_done=lambda result: self._arrived(generation, *result))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        offset = len(self._rows)
        query, sort_key, descending = self.query, self.sort_key, self.descending
        page = self.page

        def task(vault: Any) -> tuple[int, list[Any]]:
            if self._generation != generation:
                return -1, []  # superseded while it waited
            return -1, page(vault.conn, query, sort_key, descending, offset, PAGE_SIZE)

        self._ops.run(task, on_done=lambda result: self._arrived(generation, *result))

    def _arrived(self, generation: int, total: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if self._replace:  # the first page under a new sort or filter: see `_reload_soon`
            self._replace = False
            self.beginResetModel()
            self._rows = list(rows)
            self._texts = {}
            self._total = len(rows) if len(rows) < PAGE_SIZE else max(total, 0)
            self.endResetModel()
            self.loaded.emit()
            return
        if total >= 0:
            self._total = total
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if len(rows) < PAGE_SIZE:
            self._total = len(self._rows)  # the listing changed underneath: stop here
        self.loaded.emit()

    # --- reading ---------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    @property
    def is_loading(self) -> bool:
        return self._fetching

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    # --- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == DISPLAY_ROLE:
            texts = self._texts.get(index.row())
            if texts is None or self._texts_language != language.generation:
                texts = self._row_texts(index.row())
            column = index.column()
            return texts[column] if 0 <= column < len(texts) else None
        if self.ROLES is not None and role not in self.ROLES:
            return None
        r = index.row()  # -1 for an invalid index
        if not 0 <= r < len(self._rows):
            return None
        value = self.cell(self._rows[r], index.column(), role)
        if role == TOOLTIP_ROLE and isinstance(value, str):  # maybe a partner's text
            return tooltip(value)
        return value

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """A painted cell's roles in one call into Python: Qt's delegate asks for seven at once,
        and the default asked `data` for each (seven calls per cell; a sixth of a sort's paint
        of the action list, issue 14). The display text comes from the kept texts, font and
        colour from `paint_style`; the other four are never answered by these lists (`ROLES`)
        and are cleared. Anything else (another caller's roles, a list answering more) is answered
        role by role through `data`."""
        span = roleDataSpan
        roles = self.ROLES
        if roles is not None and span.size() == 7 and roles.isdisjoint(_OTHER_PAINT):
            font, colour, text = span[0], span[2], span[5]
            if (
                font.role() == _FONT
                and colour.role() == _FOREGROUND
                and text.role() == DISPLAY_ROLE
            ):
                # The four other roles, never answered by these lists, cleared: the delegate keeps
                # one span, which another model or delegate may have filled before.
                span[1].clearData()
                span[3].clearData()
                span[4].clearData()
                span[6].clearData()
                r = index.row()
                texts = self._texts.get(r)
                if texts is None or self._texts_language != language.generation:
                    texts = self._row_texts(r)
                column = index.column()
                if not 0 <= column < len(texts):  # an invalid index, a row gone
                    text.clearData()
                    font.clearData()
                    colour.clearData()
                    return
                text.setData(texts[column])
                # Set or cleared every time: the delegate keeps one span for every cell.
                face, brush = self.paint_style(self._rows[r], column)
                if face is None:
                    font.clearData()
                else:
                    font.setData(face)
                if brush is None:
                    colour.clearData()
                else:
                    colour.setData(brush)
                return
        for item in span:
            item.setData(self.data(index, item.role()))

    def paint_style(self, row: Any, column: int) -> tuple[Any, Any]:
        """A painted cell's font and colour (None: the view's): `cell`'s answers for them. A
        list that styles whole rows answers both at once."""
        roles = self.ROLES
        return (
            self.cell(row, column, _FONT) if roles is None or _FONT in roles else None,
            self.cell(row, column, _FOREGROUND) if roles is None or _FOREGROUND in roles else None,
        )

    def _row_texts(self, r: int) -> tuple[Any, ...]:
        """What row `r`'s cells show (kept: see `_texts`)."""
        if self._texts_language != language.generation:
            self._texts = {}
            self._texts_language = language.generation
        if not 0 <= r < len(self._rows):  # -1 for an invalid index
            return ()
        row, cell = self._rows[r], self.cell
        texts = tuple([_shown(cell(row, c, DISPLAY_ROLE)) for c in range(len(self.COLUMNS))])
        self._texts[r] = texts
        return texts

    def forget_texts(self) -> None:
        """The rows' texts are worked out again at their next paint (what they show depends
        on something other than the row and the language, and it changed)."""
        self._texts = {}
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].title)
        return None

    # No `flags` here: Qt's own (enabled and selectable, and for a table "never has children")
    # answers without a call into Python for every cell painted.

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS) or self.COLUMNS[column].sort_key is None:
            return
        self.sort_key = self.COLUMNS[column].sort_key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._active:
            self._reload_soon()


def _shown(value: Any) -> Any:
    """A cell's text as shown: record text, maybe a partner's, as written (`shown`). Text with
    nothing unprintable (no control, format or bidi character, no line break) is what `shown`
    would return: that check is one pass in C."""
    if isinstance(value, str) and not value.isprintable():
        return shown(value)
    return value
