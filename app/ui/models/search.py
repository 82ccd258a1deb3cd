"""Search results across every record, a page at a time (`app.storage.search`)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.domain.display_text import for_display
from app.storage import search
from app.ui.models.paged import DISPLAY_ROLE, TOOLTIP_ROLE, Column, PagedTableModel

HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the snippet as HTML with the matches in bold

_KINDS = {
    "meetings": QT_TRANSLATE_NOOP("SearchModel", "Meeting"),
    "sessions": QT_TRANSLATE_NOOP("SearchModel", "Session"),
    "objectives": QT_TRANSLATE_NOOP("SearchModel", "Objective"),
    "agenda_items": QT_TRANSLATE_NOOP("SearchModel", "Agenda item"),
    "minute_entries": QT_TRANSLATE_NOOP("SearchModel", "Minutes"),
    "decisions": QT_TRANSLATE_NOOP("SearchModel", "Decision"),
    "action_items": QT_TRANSLATE_NOOP("SearchModel", "Action item"),
    "testimonies": QT_TRANSLATE_NOOP("SearchModel", "Testimony"),
    "attachments": QT_TRANSLATE_NOOP("SearchModel", "Attachment"),
    "people": QT_TRANSLATE_NOOP("SearchModel", "Person"),
    "organisations": QT_TRANSLATE_NOOP("SearchModel", "Organisation"),
    "series": QT_TRANSLATE_NOOP("SearchModel", "Series"),
    "themes": QT_TRANSLATE_NOOP("SearchModel", "Theme"),
}


def snippet_html(hit: search.Hit) -> str:
    """The snippet as the results list paints it: escaped, the matches in bold, and, as every
    other record text shown, without controls or bidi overrides (a partner's text). Each piece
    is cleaned apart: the spans were found in the raw snippet."""
    parts, last = [], 0
    for start, end in hit.highlights:
        parts.append(_piece(hit.snippet[last:start]))
        parts.append("<b>" + _piece(hit.snippet[start:end]) + "</b>")
        last = end
    parts.append(_piece(hit.snippet[last:]))
    return "".join(parts)


def _piece(text: str) -> str:
    return html.escape(for_display(text, one_line=True))


class SearchModel(PagedTableModel):
    CONTEXT = "SearchModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SearchModel", "Kind")),
        Column(QT_TRANSLATE_NOOP("SearchModel", "Found")),
        Column(QT_TRANSLATE_NOOP("SearchModel", "Meeting")),
    )

    def __init__(self, ops: Any, parent: Any = None) -> None:
        super().__init__(ops, parent)
        self.query = ""

    def first(self, conn, query, sort_key, descending, limit):  # type: ignore[no-untyped-def]
        results = search.search(conn, query, limit=limit)
        return results.total, results.hits

    def count(self, conn: Any, query: Any, sort_key: str | None, descending: bool) -> int:
        return search.search(conn, query, limit=1).total

    def page(self, conn, query, sort_key, descending, offset, limit):  # type: ignore[no-untyped-def]
        return search.search(conn, query, limit=limit, offset=offset).hits

    def set_query(self, query: Any) -> None:
        if not str(query).strip():
            self.query = ""
            self._show_nothing()
            return
        super().set_query(query)

    def reload(self) -> None:
        if not str(self.query).strip():
            self._show_nothing()
            return
        super().reload()

    def _show_nothing(self) -> None:
        """No query: no rows, and the next query runs if the list was active (never while
        the vault is locked: `clear` made it inactive until `activate`)."""
        active = self._active
        self.clear()
        self._active = active

    def cell(self, row: search.Hit, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            if column == 0:
                return QCoreApplication.translate("SearchModel", _KINDS.get(row.table, row.table))
            if column == 1:
                return row.snippet
            return row.meeting_title
        if role == HTML_ROLE and column == 1:
            return snippet_html(row)
        if role == TOOLTIP_ROLE and column == 1:
            return row.snippet
        return None
