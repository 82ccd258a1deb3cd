"""The compact stored merge state: round trip, and local edits noticed through the hashes."""

from __future__ import annotations

from typing import Any

from app.domain.records import Headcount, Meeting, MinuteEntry
from app.exchange import merge
from app.exchange.state_store import (
    EDITED,
    OneValueState,
    _decode,
    _encode,
    load_states,
    provenance,
    save_states,
    values_of,
)


def test_round_trip_and_local_edit_detection(vault) -> None:
    store = vault.store
    m = store.add(Meeting(title="First", start_date="2026-01-01", summary="s"))
    state = merge.RecordState()
    merge.capture(state, values_of(m), "org-a")
    state.fields["summary"] = merge.FieldState(
        {"org-a": 1, "org-b": 1}, [("org-a", 1, "s"), ("org-b", 1, "other summary")]
    )  # a standing conflict keeps both values explicitly
    state.placeholders["location_venue"] = ""
    with store.transaction():
        save_states(vault.conn, "meetings", [(state, m)])
    again = load_states(vault.conn, "meetings", [m])[m.id]
    assert again == state

    store.update(m, title="Edited here")  # a local edit after the state was saved
    edited = load_states(vault.conn, "meetings", [store.get(Meeting, m.id)])[m.id]
    assert edited.fields["title"].sibs[0][2] is EDITED
    assert edited.fields["start_date"] == state.fields["start_date"]  # unchanged fields intact
    assert merge.capture(edited, values_of(store.get(Meeting, m.id)), "org-a")
    assert edited.fields["title"].sibs == [("org-a", 2, "Edited here")]
    assert provenance(vault.conn, "meetings", m.id) is None


def test_provenance_is_kept_from_the_first_import(vault) -> None:
    m = vault.store.add(Meeting(title="Came from B", start_date="2026-01-01"))
    state = merge.RecordState()
    merge.capture(state, values_of(m), "org-b")
    with vault.store.transaction():
        save_states(vault.conn, "meetings", [(state, m)], source=("org-b", "bundle-1", "t1"))
        save_states(vault.conn, "meetings", [(state, m)], source=("org-c", "bundle-2", "t2"))
    assert provenance(vault.conn, "meetings", m.id) == ("org-b", "bundle-1", "org-c", "bundle-2")


def _one(record: Any, dots: dict[str, merge.Dot], **values: Any) -> OneValueState:
    current = values_of(record)
    return OneValueState(dots, {n: values.get(n, current[n]) for n in dots}, {})


def test_the_one_value_shortcut_stores_what_the_general_encoding_stores() -> None:
    """`_encode` writes the usual imported state without building the general one (issue 14):
    the same bytes, also for every case that is not the usual one."""
    m = Meeting(id="m1", title="ដីធ្លី", summary="s", location_sensitive=True, revision=3)
    entry = MinuteEntry(id="e1", meeting_id="m1", agenda_item_id="a", text="t", position=0.0)
    count = Headcount(id="h1", session_id="s1", count=7, deleted=True)
    a, b = ("org-a", 4), ("org-b", 2)
    cases = []
    for record in (m, entry, count):
        names = list(values_of(record))
        cases += [
            _one(record, dict.fromkeys(names, a)),  # the usual case
            _one(record, {n: a for n in names[1:]}),  # a field redacted away
            _one(record, {**dict.fromkeys(names, a), names[0]: b}),  # two edits
            _one(record, dict.fromkeys(names, a), **{names[0]: "another value"}),
            _one(record, dict.fromkeys(reversed(names), b)),  # fields in another order
        ]
    cases.append(_one(entry, dict.fromkeys(values_of(entry), a), position=-0.0))
    cases.append(_one(count, dict.fromkeys(values_of(count), a), deleted=1))
    cases.append(_one(count, dict.fromkeys(values_of(count), a), count=True))
    records = [m, entry, count]
    for one in cases:
        record = next(r for r in records if set(one.dots) <= set(values_of(r)))
        assert _encode(one, record) == _encode(one.as_state(), record)
        assert _decode(_encode(one, record), record) == one.as_state()


def test_the_uniform_shortcut_stores_what_the_general_encoding_stores() -> None:
    """A state whose fields all have one dot (`OneValueState.uniform`, what a bundle brings
    for nearly every record) is compared with the columns all at once (issue 14): the same
    bytes as the general encoding, also where a value or its type differs from the column,
    a field is missing or extra, the tombstone column is a number, or a float is -0.0 or NaN."""
    nan = float("nan")
    m = Meeting(id="m1", title="ដីធ្លី", summary="s", location_sensitive=True, revision=3)
    entry = MinuteEntry(id="e1", meeting_id="m1", agenda_item_id="a", text="t", position=0.0)
    count = Headcount(id="h1", session_id="s1", count=7, deleted=True)
    odd = MinuteEntry(id="e2", meeting_id="m1", agenda_item_id="a", text="t", position=nan)
    gone = Headcount(id="h2", session_id="s1", count=7)
    gone.deleted = 1  # type: ignore[assignment]
    dot = ("org-a", 4)
    cases: list[tuple[Any, dict[str, Any]]] = []
    for record in (m, entry, count, odd, gone):
        current = values_of(record)
        names = list(current)
        cases += [
            (record, dict(current)),  # the usual case
            (record, {n: current[n] for n in reversed(names)}),  # another order
            (record, {n: current[n] for n in names[1:]}),  # a field redacted away
            (record, {**current, names[0]: "another value"}),
            (record, {**current, "bogus": 1}),  # a field outside the merge order
            (record, {**{n: current[n] for n in names[1:]}, "bogus": 1}),
            (record, {**current, "deleted": 1}),
        ]
    cases.append((entry, {**values_of(entry), "position": -0.0}))
    cases.append((entry, {**values_of(entry), "position": 0}))
    cases.append((count, {**values_of(count), "count": 7.0}))
    cases.append((count, {**values_of(count), "count": True}))
    cases.append((odd, {**values_of(odd), "position": nan}))
    for record, values in cases:
        uniform = OneValueState.uniform(dot, values)
        assert uniform.dots == dict.fromkeys(values, dot)
        general = OneValueState.uniform(dot, values).as_state()
        assert _encode(uniform, record) == _encode(general, record), (record, values)
