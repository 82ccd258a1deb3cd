"""An import writes what the bundle needs, whatever the size of the vault (issue 14).

Records get time-ordered ids (UUID version 7, `app.domain.records.new_id`), so the entries a
bundle's new records add to the indexes keyed by id (each table's, `record_state`,
`search_doc`, history) sit together. With random ids each of them dirtied its own page of each
such index in a large vault: the WAL written at COMMIT grew with the vault (3.8 -> 30 MB for
the same bundle). Counted here in pages written to the WAL, not in time.
"""

from __future__ import annotations

import uuid

from app.domain.records import AgendaItem, Meeting, MinuteEntry, new_id
from app.exchange.importer import import_bundle
from app.storage.records import mapping
from tests.exchange.helpers import introduce, make_vault, send


def _wal_bytes(vault) -> int:
    path = vault.folder / "vault.db-wal"
    return path.stat().st_size if path.exists() else 0


def _grow(vault, records: int) -> None:
    """`records` minute entries with the random ids older versions made, straight into SQL
    (the indexes are what matters, not how the rows came)."""
    m = mapping(MinuteEntry)
    rows = []
    for i in range(records):
        e = MinuteEntry(
            id=str(uuid.uuid4()), meeting_id=str(uuid.uuid4()), agenda_item_id="", text=f"n{i}"
        )
        rows.append(m.to_row(e))
    with vault.store.transaction():
        vault.conn.executemany(m.insert, rows)
        vault.conn.executemany(
            "INSERT INTO search_doc (tbl, record_id, meeting_id) VALUES ('minute_entries', ?, ?)",
            [(r[0], "") for r in rows],
        )
        vault.conn.executemany(
            "INSERT INTO record_state (tbl, record_id, state) VALUES ('minute_entries', ?, '{}')",
            [(r[0],) for r in rows],
        )
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_ids_are_time_ordered_uuids() -> None:
    ids = [new_id() for _ in range(200)]
    assert all(uuid.UUID(i).version == 7 and str(uuid.UUID(i)) == i for i in ids)
    assert len(set(ids)) == 200
    assert ids[0][:8] == ids[-1][:8]  # made within seconds: the same leading time bits


def test_an_import_into_a_large_vault_writes_about_what_it_writes_into_a_new_one(tmp_path):
    a = make_vault(tmp_path, "Org A")
    fresh, large = make_vault(tmp_path, "Org B"), make_vault(tmp_path, "Org C")
    introduce(a, fresh, large)
    meeting = a.store.add(Meeting(title="Assembly", start_date="2026-02-01"))
    item = a.store.add(AgendaItem(meeting_id=meeting.id, session_id="", title="Land"))
    a.store.add_many(
        [
            MinuteEntry(meeting_id=meeting.id, agenda_item_id=item.id, text=f"Entry {i}")
            for i in range(300)
        ]
    )
    bundle = send(a, [fresh, large], tmp_path / "x.rtbundle")
    _grow(large, 40_000)
    fresh.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for v in (fresh, large):
        v.conn.execute("PRAGMA wal_autocheckpoint = 0")  # the WAL keeps what the COMMIT wrote
        import_bundle(v, bundle)
    # Random ids: about 6 times the fresh vault's pages here (and growing with the vault).
    assert _wal_bytes(large) <= 1.5 * _wal_bytes(fresh), (_wal_bytes(large), _wal_bytes(fresh))
