"""history.json entries: the shape checks `log_check.received_history` makes per entry (its
loop was rewritten for speed in issue 14; each refusal here stays)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _reference(doc: Any, allowed: set[tuple[str, str]] | None) -> list[dict[str, Any]]:
    """`received_history`'s entry loop as it was before its four texts were checked at once
    (and a creation's two empty objects recognised): the rules it must keep."""
    out = []
    for e in doc["entries"]:
        if not isinstance(e, dict) or e.keys() != log_check._ENTRY_KEYS:
            raise BundleContentInvalid()
        if type(e["n"]) is not int or not 1 <= e["n"] < 2**53 or type(e["rev"]) is not int:
            raise BundleContentInvalid()
        if not 0 <= e["rev"] < 2**53:
            raise BundleContentInvalid()
        table, kind = e["t"], e["kind"]
        if not isinstance(table, str) or not isinstance(kind, str):
            raise BundleContentInvalid()
        short = log_check._short_text
        if table not in log_check.TYPE_BY_TABLE or not short(e["id"], 64):
            raise BundleContentInvalid()
        if not log_check._ID.match(e["id"]):
            raise BundleContentInvalid()
        if kind not in log_check._KINDS or not short(e["at"], 40):
            raise BundleContentInvalid()
        if not short(e["org"], 100) or not short(e["bundle"], 100):
            raise BundleContentInvalid()
        fields = log_check._ENTRY_FIELDS[table]
        for part in (e["before"], e["other"]):
            if not isinstance(part, dict):
                raise BundleContentInvalid()
            if part and (
                not fields.issuperset(part) or not all(log_check._value(v) for v in part.values())
            ):
                raise BundleContentInvalid()
        if allowed is None or (table, e["id"]) in allowed:
            out.append(e)
    return out


_odd_text = st.one_of(
    st.sampled_from(["", "p-1", "org-b", "2026-03-01T00:00:00Z", "a" * 40, "a" * 41, "b" * 64]),
    st.sampled_from(["b" * 65, "c" * 100, "c" * 101, "o\x00", "\x00", "é", "\ud800", "x\ud800"]),
    st.sampled_from(["Ünïcödé-1", "ក", "a b", "-", "Z" * 64 + "\x00"]),
    st.text(max_size=12),
)
_odd_value = st.one_of(
    _odd_text,
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=2**54),
    st.floats(allow_nan=True),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
_part = st.one_of(
    st.just({}),
    st.dictionaries(
        st.sampled_from(["name", "title", "deleted", "password"]), _odd_value, max_size=3
    ),
    _odd_value,
)


@st.composite
def _odd_entry(draw: Any) -> Any:
    entry = _entry()
    for key in ("id", "at", "org", "bundle"):
        if draw(st.integers(0, 3)) == 0:
            entry[key] = draw(st.one_of(_odd_text, _odd_value))
    for key in ("t", "kind"):
        if draw(st.integers(0, 3)) == 0:
            entry[key] = draw(
                st.one_of(st.sampled_from(["meetings", "update", "nothing"]), _odd_value)
            )
    for key in ("n", "rev"):
        if draw(st.integers(0, 3)) == 0:
            entry[key] = draw(_odd_value)
    for key in ("before", "other"):
        if draw(st.integers(0, 2)) == 0:
            entry[key] = draw(_part)
    if draw(st.integers(0, 9)) == 0:
        return draw(_odd_value)
    return entry


def _outcome(check: Any, doc: Any, allowed: Any) -> Any:
    """What `check` gives for `doc`, its refusal included."""
    try:
        return check(doc, allowed)
    except BundleContentInvalid:
        return BundleContentInvalid


@settings(max_examples=600, deadline=None)
@given(st.lists(_odd_entry(), min_size=1, max_size=3), st.booleans())
def test_the_entry_checks_refuse_and_keep_what_they_did(entries: list[Any], filtered: bool) -> None:
    """Differential: the rewritten loop against the reference, over hostile entries."""
    doc = {"format": log_check.HISTORY_FORMAT, "entries": entries}
    allowed = {("people", "p-1"), ("meetings", "é")} if filtered else None
    assert _outcome(log_check.received_history, doc, allowed) == _outcome(_reference, doc, allowed)


_EDGES = [
    {key: value}
    for key, cap in (("id", 64), ("at", 40), ("org", 100), ("bundle", 100))
    for value in ("a" * cap, "a" * (cap + 1), "a\x00", "\x00", "é", "\ud800", "a\udfff", 7, None)
] + [{"before": {"name": "x"}}, {"other": {"name": ["a", 1]}}, {"before": []}, {"other": None}]


@pytest.mark.parametrize("change", _EDGES)
def test_the_entry_checks_at_their_edges(change: dict[str, Any]) -> None:
    doc = {"format": log_check.HISTORY_FORMAT, "entries": [_entry(**change)]}
    assert _outcome(log_check.received_history, doc, None) == _outcome(_reference, doc, None)
