"""Which meeting a record belongs to, so a search hit can open the right workspace."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.records import TYPE_BY_TABLE, AgendaItem, Series, Session, Theme
from app.errors import NotFound
from app.storage.meetings import load_meeting
from app.ui.meeting.section import Loaded


def meeting_of(store: Any, table: str, record_id: str) -> str:
    cls = TYPE_BY_TABLE.get(table)
    if cls is None:
        raise NotFound()
    record = store.get(cls, record_id)
    if table == "meetings":
        return record.id
    for name in ("meeting_id", "origin_meeting_id"):
        value = getattr(record, name, "")
        if value:
            return str(value)
    if table == "attendance":
        return store.get(Session, record.session_id).meeting_id
    if table == "agenda_themes":
        return store.get(AgendaItem, record.agenda_item_id).meeting_id
    raise NotFound()


def load_workspace(vault: Any, meeting_id: str) -> Loaded:
    store = vault.store
    return Loaded(
        detail=load_meeting(store, meeting_id),
        series=store.select(Series, order_by="name COLLATE NOCASE"),
        themes=store.select(Theme, order_by="name COLLATE NOCASE"),
        today=dt.date.today().isoformat(),
    )
