"""A partner's -0.0 in the float field (minute position) must not become a phantom local edit.
SQLite stores -0.0 in a REAL column as 0 and reads back 0.0, but the stored merge state hashed
`float:-0.0`: after any local edit of the entry the position counts as edited here, and an edit
of it in our name is made and sent on (the same defect the int -> float fix closed for `3`).
Found by an adversarial review's differential tests of the import's fast paths."""

from __future__ import annotations

from app.domain.records import MinuteEntry
from app.exchange import merge, state_store
from tests.exchange.helpers import import_minute_position


def _import_negative_zero(tmp_path):
    return import_minute_position(tmp_path, -0.0, every_field=True)


def test_negative_zero_position_is_not_a_phantom_local_edit(tmp_path) -> None:
    b, eid = _import_negative_zero(tmp_path)
    entry = b.store.get(MinuteEntry, eid)
    assert str(entry.position) == "0.0"
    # Stored as the column reads it back, in the merge state as in the record.
    stored = b.conn.execute(
        "SELECT state FROM record_state WHERE record_id = ?", (eid,)
    ).fetchone()[0]
    assert state_store._crc(0.0) in stored and state_store._crc(-0.0) not in stored
    b.store.update(entry, text="a local edit of the text only")
    entry = b.store.get(MinuteEntry, eid)
    state = state_store.load_states(b.conn, "minute_entries", [entry])[eid]
    assert state.fields["position"].sibs[0][2] is not state_store.EDITED
    assert not merge.capture(state, {"position": entry.position}, b.org_id)


def test_a_state_stored_with_negative_zero_before_the_fix_reads_as_unchanged(tmp_path) -> None:
    """States an earlier version stored remember `float:-0.0` for a column that reads 0.0."""
    b, eid = _import_negative_zero(tmp_path)
    entry = b.store.get(MinuteEntry, eid)
    state = state_store.load_states(b.conn, "minute_entries", [entry])[eid]
    as_before = MinuteEntry(**{**vars(entry), "position": -0.0})
    for fs in state.fields.values():  # the values as the earlier version kept them
        fs.sibs = [(o, n, -0.0 if isinstance(v, float) else v) for o, n, v in fs.sibs]
    with b.store.transaction():
        state_store.save_states(b.conn, "minute_entries", [(state, as_before)])
    stored = b.conn.execute(
        "SELECT state FROM record_state WHERE record_id = ?", (eid,)
    ).fetchone()[0]
    assert state_store._crc(-0.0) in stored and state_store._crc(0.0) not in stored
    b.store.update(b.store.get(MinuteEntry, eid), text="a local edit of the text only")
    entry = b.store.get(MinuteEntry, eid)
    state = state_store.load_states(b.conn, "minute_entries", [entry])[eid]
    assert state.fields["position"].sibs[0][2] is not state_store.EDITED
    assert not merge.capture(state, {"position": entry.position}, b.org_id)
