"""Undoable edits as lists of record steps, applied on the worker thread in one transaction.

A step knows how to apply itself forwards (redo) and backwards (undo) against a `RecordStore`.
Deletes are tombstones, so undoing an add or redoing a delete never loses a revision: the record
simply gets a newer revision that is (or is not) deleted, and that history travels in bundles.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.records import Record
from app.storage.records import RecordStore


@dataclass(frozen=True)
class AddStep:
    record: Record

    def apply(self, store: RecordStore, forward: bool) -> None:
        cls = type(self.record)
        current = store.find_any(cls, self.record.id)
        if forward:
            if current is None:
                store.add(dataclasses.replace(self.record))
            elif current.deleted:
                store.update(current, deleted=False)
        elif current is not None and not current.deleted:
            store.delete(current)


@dataclass(frozen=True)
class DeleteStep:
    cls: type[Record]
    record_id: str

    def apply(self, store: RecordStore, forward: bool) -> None:
        current = store.get(self.cls, self.record_id, include_deleted=True)
        if forward:
            store.delete(current)
        elif current.deleted:
            store.update(current, deleted=False)


@dataclass(frozen=True)
class UpdateStep:
    cls: type[Record]
    record_id: str
    old: dict[str, Any]
    new: dict[str, Any]

    def apply(self, store: RecordStore, forward: bool) -> None:
        current = store.get(self.cls, self.record_id)
        store.update(current, **(self.new if forward else self.old))


Step = AddStep | DeleteStep | UpdateStep


def apply_steps(store: RecordStore, steps: Sequence[Step], forward: bool) -> None:
    """All steps or none: a failure part-way rolls the whole edit back."""
    with store.transaction():
        for step in steps if forward else reversed(steps):
            step.apply(store, forward)


def update_step(record: Record, **changes: Any) -> UpdateStep | None:
    """A step from the record as shown to `changes`; None when nothing would change."""
    new = {k: v for k, v in changes.items() if getattr(record, k) != v}
    if not new:
        return None
    old = {k: getattr(record, k) for k in new}
    return UpdateStep(type(record), record.id, old, new)


def delete_step(record: Record) -> DeleteStep:
    return DeleteStep(type(record), record.id)
