"""Every item model passes Qt's model tester; models hold pages, never everything."""

from __future__ import annotations

import pytest

from app.ui.models import paged
from app.ui.models.meetings import MeetingsModel


@pytest.mark.parametrize(
    "path",
    [
        ("meetings", "model"),
        ("actions", "model"),
        ("directory", "people", "model"),
        ("directory", "orgs", "model"),
        ("search", "model"),
    ],
)
def test_models_pass_qtmodeltester(qtbot, qtmodeltester, demo_window, path) -> None:
    obj = demo_window.shell
    for name in path:
        obj = getattr(obj, name)
    if path[0] == "search":
        with qtbot.waitSignal(obj.loaded):
            demo_window.shell.search.search("meeting")
    assert obj.rowCount() > 0
    qtmodeltester.check(obj, force_py=True)


def test_a_listing_is_fetched_a_page_at_a_time(qtbot, demo_window, monkeypatch) -> None:
    monkeypatch.setattr(paged, "PAGE_SIZE", 2)
    model = MeetingsModel(demo_window.ops)  # no view asking for more behind the test's back
    with qtbot.waitSignal(model.loaded):
        model.activate()
    assert model.total == 6 and model.rowCount() == 2
    assert model.canFetchMore()

    def fetch_until_all_loaded() -> bool:
        model.fetchMore()  # a no-op while a page is in flight (the view asks too)
        return model.rowCount() == 6

    qtbot.waitUntil(fetch_until_all_loaded, timeout=5000)
    assert len({r.id for r in model.rows()}) == 6
    assert not model.canFetchMore()
