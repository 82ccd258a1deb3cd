"""The meetings list: `queries.list_meetings` a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.storage import queries
from app.ui.date_edit import shown_date
from app.ui.models.paged import DISPLAY_ROLE, TOOLTIP_ROLE, Column, PagedTableModel, roles

_STATUS = {
    "planned": QT_TRANSLATE_NOOP("MeetingsModel", "Planned"),
    "held": QT_TRANSLATE_NOOP("MeetingsModel", "Held"),
    "reported": QT_TRANSLATE_NOOP("MeetingsModel", "Reported"),
}


def status_label(status: str) -> str:
    return QCoreApplication.translate("MeetingsModel", _STATUS.get(status, status))


class MeetingsModel(PagedTableModel):
    CONTEXT = "MeetingsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("MeetingsModel", "Start"), "start_date"),
        Column(QT_TRANSLATE_NOOP("MeetingsModel", "Title"), "title"),
        Column(QT_TRANSLATE_NOOP("MeetingsModel", "Series"), "series"),
        Column(QT_TRANSLATE_NOOP("MeetingsModel", "Status"), "status"),
        Column(QT_TRANSLATE_NOOP("MeetingsModel", "Place"), None),
    )

    def __init__(self, ops: Any, parent: Any = None) -> None:
        super().__init__(ops, parent)
        self.query = queries.MeetingFilter()
        self.sort_key, self.descending = "start_date", True

    def count(self, conn: Any, query: Any, sort_key: str | None, descending: bool) -> int:
        return queries.count_meetings(conn, query)

    def page(self, conn, query, sort_key, descending, offset, limit):  # type: ignore[no-untyped-def]
        return queries.list_meetings(
            conn,
            query,
            sort=sort_key or "start_date",
            descending=descending,
            limit=limit,
            offset=offset,
        )

    ROLES = roles(Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # what `cell` answers

    def cell(self, row: queries.MeetingRow, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            if column == 0:
                if row.end_date and row.end_date != row.start_date:
                    return f"{shown_date(row.start_date)} – {shown_date(row.end_date)}"
                return shown_date(row.start_date)
            return (row.title, row.series_name, status_label(row.status), row.location_city)[
                column - 1
            ]
        if role == TOOLTIP_ROLE and column == 1:
            return row.title
        return None
