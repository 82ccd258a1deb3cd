"""Action items across all meetings: `queries.list_actions` a page at a time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QPalette

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

    def set_today(self, today: dt.date) -> None:
        """Overdue means due before this date (the app may run past midnight)."""
        self._today = today.isoformat()

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
        open_states = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        return bool(row.due_date) and row.due_date < self._today and row.status in open_states

    # Every role `cell` answers: a role added there must be added here.
    ROLES = roles(
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )

    def cell(self, row: queries.ActionRow, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            due = shown_date(row.due_date)
            if due and self.is_overdue(row):  # said in words, not only in red
                due = QCoreApplication.translate("ActionsModel", "{date} (overdue)").format(
                    date=due
                )
            values = (
                due,
                row.text,
                row.owner_name,
                action_status_label(row.status),
                row.origin_title,
            )
            return values[column]
        if role == TOOLTIP_ROLE and column == 1:
            return row.text
        if self.is_overdue(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(error_colour(role=QPalette.ColorRole.Base))
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.AccessibleDescriptionRole:
                return QCoreApplication.translate("ActionsModel", "Overdue")
        return None
