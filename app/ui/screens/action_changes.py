"""Undoable changes to action items: mark done, carry open items to the next meeting.

Each `apply_*` runs on the worker thread, makes the change in one transaction and returns what
is needed to undo and redo it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.records import ActionItem, Meeting
from app.domain.values import ActionStatus
from app.errors import NoNextMeeting
from app.storage.actions import carry_over, next_in_series, set_status


@dataclass(frozen=True)
class StatusChange:
    before: dict[str, tuple[str, str]]  # id -> (status, completed_on)
    status: str

    def undo(self, vault: Any) -> None:
        with vault.store.transaction():
            for item_id, (status, completed) in self.before.items():
                item = vault.store.get(ActionItem, item_id)
                vault.store.update(item, status=status, completed_on=completed)

    def redo(self, vault: Any) -> None:
        with vault.store.transaction():
            for item_id in self.before:
                set_status(vault.store, vault.store.get(ActionItem, item_id), self.status)


def apply_status(vault: Any, item_ids: Sequence[str], status: str) -> StatusChange:
    ActionStatus(status)
    before: dict[str, tuple[str, str]] = {}
    with vault.store.transaction():
        for item_id in item_ids:
            item = vault.store.get(ActionItem, item_id)
            before[item_id] = (item.status, item.completed_on)
            set_status(vault.store, item, status)
    return StatusChange(before, status)


@dataclass(frozen=True)
class CarryChange:
    from_meeting_id: str
    to_meeting_id: str
    to_title: str
    before: dict[str, str]  # id -> previous follow-up meeting

    def undo(self, vault: Any) -> None:
        with vault.store.transaction():
            for item_id, followup in self.before.items():
                item = vault.store.get(ActionItem, item_id)
                vault.store.update(item, followup_meeting_id=followup)

    def redo(self, vault: Any) -> None:
        with vault.store.transaction():
            for item_id in self.before:
                item = vault.store.get(ActionItem, item_id)
                vault.store.update(item, followup_meeting_id=self.to_meeting_id)


def apply_carry_over(vault: Any, item_id: str) -> CarryChange:
    """Carry the open items of the meeting that `item_id` is followed up at (or was raised at)
    to the next meeting of that meeting's series."""
    store = vault.store
    item = store.get(ActionItem, item_id)
    meeting = store.get(Meeting, item.followup_meeting_id or item.origin_meeting_id)
    target = next_in_series(store, meeting)
    if target is None:
        raise NoNextMeeting()
    candidates = store.select(
        ActionItem,
        "origin_meeting_id = ? OR followup_meeting_id = ?",
        [meeting.id, meeting.id],
    )
    previous = {c.id: c.followup_meeting_id for c in candidates}
    with store.transaction():
        moved = carry_over(store, meeting.id, target.id)
    return CarryChange(meeting.id, target.id, target.title, {m.id: previous[m.id] for m in moved})
