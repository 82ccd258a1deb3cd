"""`history.canonical` (made once, issue 14) writes what `json.dumps` with its settings writes:
every record's content hash and every leaf of the change log depend on these bytes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.storage.history import canonical

_VALUES: list[Any] = [
    {},
    {"b": 1, "a": "ដីធ្លី \u200b", "c": None, "d": True, "e": False},
    {"f": 1.5, "g": -0.0, "h": 1e300, "i": 2**60, "j": float("inf"), "k": float("nan")},
    {"z": {"y": [1, "two", {"x": [], "w": {}}]}, "quote": 'a "b" \\ \n \t \x01 \u2028'},
    {"long": "lorem ipsum " * 500, "unicode": "\U0001f600 é"},
    [1, 2, {"b": 1, "a": 2}],
    "text",
    3,
]


@pytest.mark.parametrize("value", _VALUES)
def test_canonical_writes_what_json_dumps_writes(value: Any) -> None:
    want = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert canonical(value) == want
