"""Reloading only the minutes of one agenda item after an edit that touched nothing else.

Typing minutes is the most frequent edit. Reloading the whole meeting after each entry would
re-read every record of a long meeting on the worker thread, and that Python work competes with
the GUI thread for the interpreter lock; reading one agenda item's entries does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.meeting_detail import MeetingDetail
from app.domain.records import MinuteEntry, Organisation, Person
from app.ui.meeting.commands import AddStep, Step


@dataclass
class ItemEntries:
    item_id: str
    entries: list[MinuteEntry]
    people: dict[str, Person] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)


def only_entries_of_one_item(steps: Sequence[Step] | None, detail: MeetingDetail) -> str:
    """The agenda item whose entries are all the steps touched, or '' (reload everything)."""
    if not steps:
        return ""
    items: set[str] = set()
    for step in steps:
        if isinstance(step, AddStep):
            if not isinstance(step.record, MinuteEntry):
                return ""
            items.add(step.record.agenda_item_id)
        else:
            if step.cls is not MinuteEntry:
                return ""
            item = _item_of_entry(detail, step.record_id)
            if not item:
                return ""
            items.add(item)
    return items.pop() if len(items) == 1 else ""


def _item_of_entry(detail: MeetingDetail, entry_id: str) -> str:
    for s in detail.sessions:
        for a in s.agenda:
            if any(e.id == entry_id for e in a.entries):
                return a.item.id
    return ""


def load_item_entries(
    vault: Any, item_id: str, known_people: frozenset[str], known_orgs: frozenset[str]
) -> ItemEntries:
    store = vault.store
    entries = store.select(MinuteEntry, "agenda_item_id = ?", [item_id], order_by="position")
    result = ItemEntries(item_id, entries)
    for pid in {e.speaker_person_id for e in entries} - known_people - {""}:
        person = store.find(Person, pid)
        if person is not None:
            result.people[pid] = person
    for oid in {e.speaker_org_id for e in entries} - known_orgs - {""}:
        org = store.find(Organisation, oid)
        if org is not None:
            result.organisations[oid] = org
    return result


def patch(detail: MeetingDetail, fresh: ItemEntries) -> bool:
    detail.people.update(fresh.people)
    detail.organisations.update(fresh.organisations)
    for s in detail.sessions:
        for a in s.agenda:
            if a.item.id == fresh.item_id:
                a.entries = fresh.entries
                return True
    return False
