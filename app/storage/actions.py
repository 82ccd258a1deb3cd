"""Action-item rules that touch several records: completing and carrying over."""

from __future__ import annotations

import datetime as dt

from app.domain.records import ActionItem, Meeting
from app.domain.values import ActionStatus
from app.storage.records import RecordStore


def set_status(
    store: RecordStore, item: ActionItem, status: str, *, today: dt.date | None = None
) -> ActionItem:
    status = ActionStatus(status)
    completed = (today or dt.date.today()).isoformat() if status.is_closed else ""
    return store.update(item, status=status.value, completed_on=completed)


def carry_over(store: RecordStore, from_meeting_id: str, to_meeting_id: str) -> list[ActionItem]:
    """Make every unfinished item raised or reviewed at one meeting due for review at another.

    The item keeps its identity and history (origin meeting, revisions); only its follow-up
    meeting changes, so carrying over twice is harmless.
    """
    store.get(Meeting, to_meeting_id)
    open_states = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
    items = store.select(
        ActionItem,
        "(origin_meeting_id = ? OR followup_meeting_id = ?) AND status IN (?, ?) "
        "AND followup_meeting_id != ?",
        [from_meeting_id, from_meeting_id, *open_states, to_meeting_id],
    )
    with store.transaction():
        for item in items:
            store.update(item, followup_meeting_id=to_meeting_id)
    return items


def next_in_series(store: RecordStore, meeting: Meeting) -> Meeting | None:
    if not meeting.series_id:
        return None
    found = store.select(
        Meeting,
        "series_id = ? AND (start_date > ? OR (start_date = ? AND id > ?))",
        [meeting.series_id, meeting.start_date, meeting.start_date, meeting.id],
        order_by="start_date, id",
        limit=1,
    )
    return found[0] if found else None
