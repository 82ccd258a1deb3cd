"""history.json entries: the shape checks `log_check.received_history` makes per entry (its
loop was rewritten for speed in issue 14; each refusal here stays)."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import BundleContentInvalid
from app.exchange import log_check


def _entry(**changes: Any) -> dict[str, Any]:
    entry = {
        "n": 1,
        "t": "people",
        "id": "p-1",
        "at": "2026-03-01T00:00:00Z",
        "org": "org-b",
        "bundle": "",
        "kind": "create",
        "rev": 1,
        "before": {},
        "other": {},
    }
    entry.update(changes)
    return entry


def _read(*entries: dict[str, Any]) -> list[dict[str, Any]]:
    doc = {"format": log_check.HISTORY_FORMAT, "entries": list(entries)}
    return log_check.received_history(doc, None)


def test_well_formed_entries_are_kept() -> None:
    ok = [_entry(), _entry(n=2, kind="update", before={"name": "Old"}, other={"name": ["a"]})]
    assert _read(*ok) == ok


@pytest.mark.parametrize(
    "bad",
    [
        _entry(extra=1),  # a key too many
        {k: v for k, v in _entry().items() if k != "other"},  # a key missing
        _entry(other={"password": "x"}),  # a field the table does not have
        _entry(before={"name": "x", "password": "x"}),
        _entry(before=["name"]),  # not an object
        _entry(other=None),
        _entry(before={"name": {"nested": 1}}),  # not a value history keeps
        _entry(t="nothing"),
        _entry(kind="rewrite"),
        _entry(id="not an id!"),
        _entry(org="o\x00"),
        _entry(n=0),
        _entry(rev=2**53),
    ],
)
def test_a_malformed_entry_refuses_the_bundle(bad: dict[str, Any]) -> None:
    with pytest.raises(BundleContentInvalid):
        _read(_entry(), bad)
