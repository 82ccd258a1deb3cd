"""Typing kept across a lock (issue 9): what was being typed when the vault locked, stored in
the encrypted database (never a file of its own) and taken back, once, after the unlock."""

from __future__ import annotations

import json
from typing import Any

_KEY = "typing"
MAX_DRAFT_BYTES = 4 * 1024 * 1024  # a bound, so a runaway paste cannot bloat every lock


def save_draft(conn: Any, state: dict[str, Any]) -> None:
    body = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    if len(body.encode()) > MAX_DRAFT_BYTES:
        return
    conn.execute(
        "INSERT INTO drafts (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (_KEY, body),
    )


def take_draft(conn: Any) -> dict[str, Any] | None:
    """The saved typing, removed from the vault as it is read (restored once)."""
    row = conn.execute("SELECT value FROM drafts WHERE key = ?", (_KEY,)).fetchone()
    if row is None:
        return None
    conn.execute("DELETE FROM drafts WHERE key = ?", (_KEY,))
    try:
        state = json.loads(row[0])
    except ValueError:
        return None
    return state if isinstance(state, dict) else None
