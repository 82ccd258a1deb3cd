"""The workspace's error banner lies over the meeting's title while it shows: no row is kept
empty for it above the tabs, and showing or hiding it moves nothing."""

from __future__ import annotations

from typing import Any

from app.errors import InvalidInput


def _top(widget: Any, ws: Any) -> int:
    return widget.mapTo(ws, widget.rect().topLeft()).y()


def test_the_banner_covers_the_titles_only_and_moves_nothing(qtbot: Any, ws: Any) -> None:
    tabs_top = _top(ws.tabs, ws)
    header = ws._header.geometry()
    # The tabs start under the header, with no room kept for a banner (it was 56 pixels).
    assert tabs_top - header.bottom() <= 2 * ws.layout().spacing() + 2
    ws.show_error(InvalidInput("Dates are written as 2025-02-23."))
    banner = ws.error.geometry()
    assert ws.error.isVisible() and "2025-02-23" in ws.error.text()
    assert banner.top() >= header.top() and banner.bottom() <= header.bottom()
    assert banner.bottom() < tabs_top
    # Undo, redo and history stay in reach beside it.
    history = ws.history_button.mapTo(ws, ws.history_button.rect().topLeft())
    assert banner.right() < history.x()
    assert _top(ws.tabs, ws) == tabs_top
    ws.resize(ws.width() - 200, ws.height())  # it follows the window
    qtbot.waitUntil(lambda: ws.error.geometry().width() < banner.width(), timeout=5_000)
    ws.hide_error()
    assert not ws.error.isVisible() and _top(ws.tabs, ws) == tabs_top
