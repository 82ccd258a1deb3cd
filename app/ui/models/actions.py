"""Action items across all meetings: `queries.list_actions` a page at a time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from app.domain.values import ActionStatus
from app.storage import queries
from app.ui.colours import error_colour
from app.ui.date_edit import shown_date
from app.ui.models.paged import DISPLAY_ROLE, TOOLTIP_ROLE, Column, PagedTableModel, roles

_STATUS = {
    "open": QT_TRANSLATE_NOOP("ActionsModel", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("ActionsModel", "In progress"),
    "done": QT_TRANSLATE_NOOP("ActionsModel", "Done"),
    "dropped": QT_TRANSLATE_NOOP("ActionsModel", "Dropped"),
}


def action_status_label(status: str) -> str:
    return QCoreApplication.translate("ActionsModel", _STATUS.get(status, status))


class ActionsModel(PagedTableModel):
    CONTEXT = "ActionsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ActionsModel", "Due"), "due_date"),
        Column(QT_TRANSLATE_NOOP("ActionsModel", "Action"), "text"),
        Column(QT_TRANSLATE_NOOP("ActionsModel", "Owner"), "owner"),
        Column(QT_TRANSLATE_NOOP("ActionsModel", "Status"), "status"),
        Column(QT_TRANSLATE_NOOP("ActionsModel", "Raised at"), "meeting"),
    )

    def __init__(self, ops: Any, parent: Any = None, *, today: dt.date | None = None) -> None:
        super().__init__(ops, parent)
        self.query = queries.ActionFilter(statuses=(ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
        self.sort_key, self.descending = "due_date", False
        self._today = (today or dt.date.today()).isoformat()
        self._bold = QFont()
        self._bold.setBold(True)
        self._brush: QBrush | None = None
        self._brush_key = -1

    def set_today(self, today: dt.date) -> None:
        """Overdue means due before this date (the app may run past midnight)."""
        if today.isoformat() != self._today:
            self._today = today.isoformat()
            self.forget_texts()  # "(overdue)" after the due date

    def count(self, conn: Any, query: Any, sort_key: str | None, descending: bool) -> int:
        return queries.count_actions(conn, query)

    def page(self, conn, query, sort_key, descending, offset, limit):  # type: ignore[no-untyped-def]
        return queries.list_actions(
            conn,
            query,
            sort=sort_key or "due_date",
            descending=descending,
            limit=limit,
            offset=offset,
        )

    def is_overdue(self, row: queries.ActionRow) -> bool:
        return bool(row.due_date) and row.due_date < self._today and row.status in _OPEN

    # Every role `cell` answers: a role added there must be added here.
    ROLES = roles(
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )

    def cell(self, row: queries.ActionRow, column: int, role: int) -> Any:
        # Asked for every cell painted (display, font and colour): only the column's own
        # value is worked out, and the style roles go straight to their answer.
        if role == DISPLAY_ROLE:
            if column == 0:
                due = shown_date(row.due_date)
                if due and self.is_overdue(row):  # said in words, not only in red
                    due = QCoreApplication.translate("ActionsModel", "{date} (overdue)").format(
                        date=due
                    )
                return due
            if column == 1:
                return row.text
            if column == 2:
                return row.owner_name
            if column == 3:
                return action_status_label(row.status)
            return row.origin_title
        if role == _FONT:
            return self._bold if self.is_overdue(row) else None
        if role == _FOREGROUND:
            return self._error_brush() if self.is_overdue(row) else None
        if role == TOOLTIP_ROLE:
            return row.text if column == 1 else None
        if role == _DESCRIPTION and self.is_overdue(row):
            return QCoreApplication.translate("ActionsModel", "Overdue")
        return None

    def paint_style(self, row: queries.ActionRow, column: int) -> tuple[Any, Any]:
        """Bold and red for an overdue item, one check for both (`cell` answers the same)."""
        if self.is_overdue(row):
            return self._bold, self._error_brush()
        return _UNSTYLED

    def _error_brush(self) -> QBrush:
        """Red for overdue rows, worked out once per palette (it was worked out again for
        every cell painted)."""
        key = QGuiApplication.palette().cacheKey()
        if self._brush is None or self._brush_key != key:
            self._brush_key = key
            self._brush = QBrush(error_colour(role=QPalette.ColorRole.Base))
        return self._brush


_OPEN = frozenset((ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value))
_UNSTYLED = (None, None)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole.value)
