"""A creation time that an earlier version took from a partner and the bundle check refuses now
(a time of day like 24:00) must not make every later recipient refuse our whole bundle."""

from __future__ import annotations

from app.domain.records import Meeting
from app.exchange.importer import import_bundle
from tests.exchange.helpers import introduce, make_vault, seed_meeting, send


def test_a_stored_creation_time_that_is_no_moment_travels_as_unknown(tmp_path) -> None:
    a, b, c = (make_vault(tmp_path, name) for name in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    meeting = seed_meeting(a)
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle"))
    # As an earlier version stored it from a partner's bundle.
    with b.store.transaction():
        b.conn.execute(
            "UPDATE meetings SET created_at = '2026-01-01T24:00:00Z' WHERE id = ?", (meeting.id,)
        )
    import_bundle(c, send(b, [c], tmp_path / "2.rtbundle"))
    got = c.store.get(Meeting, meeting.id)
    assert got.title == meeting.title
    assert got.created_at != "2026-01-01T24:00:00Z"  # unknown: the import's own time
