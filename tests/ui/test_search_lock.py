"""The search screen across a lock, and what its results paint of a partner's text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.storage.search import Hit
from app.ui.models.search import HTML_ROLE, snippet_html
from app.ui.screens.search import SearchScreen


class _Ops:
    def __init__(self) -> None:
        self.sent: list[Any] = []

    def run(self, task: Any, on_done: Any = None, **_: Any) -> None:
        self.sent.append(task)


def test_a_locked_search_screen_stays_inactive(qtbot) -> None:
    """Emptying the field at the lock restarted its 300 ms timer: the search then ran with an
    empty query and made the list active again while the vault was locked."""
    ops = _Ops()
    screen = SearchScreen(ops)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.on_vault_opened()
    screen.field.setText("garment")
    screen.clear_vault_data()
    qtbot.wait(450)
    assert not screen.model._active
    ops.sent.clear()
    screen.search("garment")
    QCoreApplication.sendPostedEvents()
    assert ops.sent == []  # nothing asked of a locked vault


def test_search_results_paint_no_controls_or_bidi_overrides(qapp) -> None:
    """The results' Found column is painted from HTML_ROLE: a partner's snippet is cleaned as
    every other record text (bidi override, ESC, line break), escaped, matches in bold."""
    raw = "see\u202e txt.exe\u202c now\x1b[2J <i>x</i>\nnext"
    hit = Hit("minute_entries", "r1", "m1", "T", raw, ((0, 3), (9, 12)), 1.0)
    html = snippet_html(hit)
    assert html == ("<b>see</b> txt.<b>exe</b> now\ufffd[2J &lt;i&gt;x&lt;/i&gt; next")
    for ch in ("\u202e", "\u202c", "\x1b", "\n"):
        assert ch not in html
    screen = SearchScreen(_Ops())  # type: ignore[arg-type]
    screen.model._rows = [hit]
    screen.model._total = 1
    assert screen.model.data(screen.model.index(0, 1), HTML_ROLE) == html
