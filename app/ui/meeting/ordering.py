"""Ordered lists (objectives, sessions, agenda items, entries): moving one item renumbers them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.domain.records import Record
from app.ui.meeting.commands import UpdateStep, update_step


def move_steps(records: Sequence[Record], row: int, delta: int) -> list[UpdateStep]:
    """Steps that move `records[row]` by `delta` places and number every record 0, 1, 2..."""
    target = row + delta
    if not 0 <= row < len(records) or not 0 <= target < len(records):
        return []
    order = list(records)
    order.insert(target, order.pop(row))
    steps = []
    for i, record in enumerate(order):
        position: Any = type(record.position)(i)  # type: ignore[attr-defined]
        step = update_step(record, position=position)
        if step is not None:
            steps.append(step)
    return steps


def next_position(records: Sequence[Record]) -> int:
    return max((int(getattr(r, "position", 0)) for r in records), default=-1) + 1
