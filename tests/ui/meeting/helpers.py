"""Helpers for workspace tests: read the vault back through the worker, wait for saves."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.ui.meeting.workspace import MeetingWorkspace
from app.ui.ops import Ops
from app.vault import Vault


def in_vault(qtbot: Any, ops: Ops, fn: Callable[[Vault], Any]) -> Any:
    """Run `fn` on the worker (which owns the connection) and return its result."""
    box: dict[str, Any] = {}
    ops.run(fn, on_done=lambda r: box.setdefault("r", r), on_error=lambda e: box.setdefault("e", e))
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    if "e" in box:
        raise box["e"]
    return box["r"]


def settle(qtbot: Any, ws: MeetingWorkspace) -> None:
    """Save pending text and wait until every write and the reload after it are done."""
    ws.flush_pending_edits()
    qtbot.waitUntil(lambda: not ws.ops.is_busy and not ws._loading, timeout=10_000)


def make_workspace(qtbot: Any, ops: Ops) -> MeetingWorkspace:
    ws = MeetingWorkspace(ops)
    qtbot.addWidget(ws)
    ws.resize(1200, 800)
    ws.show()
    qtbot.waitExposed(ws)
    ws.activateWindow()
    return ws


def open_meeting(qtbot: Any, ws: MeetingWorkspace, meeting_id: str) -> None:
    ws.show_meeting(meeting_id)
    qtbot.waitUntil(
        lambda: ws.loaded is not None and ws.loaded.detail.meeting.id == meeting_id,
        timeout=10_000,
    )
    settle(qtbot, ws)
