"""`RecordStore.put_merged_many` (the import's write path) stores exactly what `put_merged` one
record at a time stores: rows, search index (rowids included) and history (issue 14)."""

from __future__ import annotations

import random
import tracemalloc
import types
from typing import Any

import pytest

from app.domain.records import Attendance, Meeting, MinuteEntry, Person, Record
from app.storage import history
from app.storage.search import search

_TABLES = ("meetings", "minute_entries", "attendance", "people", "search_doc", "history")
_QUERIES = ("budget", "land", "ដីធ្លី", "Sokha", "union")


class _Rollback(Exception):
    pass


def _stamp(record: Record, i: int, org: str) -> Record:
    record.created_at = record.updated_at = f"2026-03-01T00:00:{i:02d}.000000Z"
    record.revision = 1
    record.changed_by = org
    return record


def _entry(rid: str, meeting: str, text: str) -> MinuteEntry:
    return MinuteEntry(id=rid, agenda_item_id="i", meeting_id=meeting, text=text)


def _writes(existing: Meeting, org: str) -> list[tuple[Record, Record | None]]:
    """New records of several types, a tombstone, and updates in between (one of them of the
    record indexed last, so its rowid is given again)."""
    n = iter(range(60))
    meeting = _stamp(Meeting(id="m-new", title="Budget meeting", summary="land"), next(n), org)
    changed = _stamp(Meeting(id=existing.id, title="Union budget", summary="edited"), 0, org)
    changed.revision = existing.revision + 1
    gone = _stamp(_entry("e-gone", "m-new", "budget gone"), next(n), org)
    gone.deleted = True
    return [
        (meeting, None),
        (_stamp(Meeting(id="m-two", title="Land union"), next(n), org), None),
        (changed, existing),
        (_stamp(Meeting(id="m-three", title="After the update"), next(n), org), None),
        (_stamp(_entry("e-1", "m-new", "ដីធ្លី budget"), next(n), org), None),
        (gone, None),
        (_stamp(_entry("e-2", "m-two", "ដី"), next(n), org), None),
        (_stamp(Attendance(id="a-1", session_id="s", person_id="p-1"), next(n), org), None),
        (_stamp(Person(id="p-1", name="Sokha", code_name="S"), next(n), org), None),
        (_stamp(_entry("e-3", "m-two", ""), next(n), org), None),
        # Text fields holding what is not plain text: search_body's `str(v or "")` for each
        (_stamp(Person(id="p-2", name="Dara", code_name=0, role_title=7), next(n), org), None),  # type: ignore[arg-type]
        (_stamp(Person(id="p-3", name=_Shouted("sokha"), code_name=""), next(n), org), None),
        (_stamp(Person(id="p-4", name=0, code_name="Union"), next(n), org), None),  # type: ignore[arg-type]
    ]


class _Shouted(str):
    """Text whose `str()` is not its characters (the index takes `str()` of each field)."""

    def __str__(self) -> str:
        return self.upper()


def _stored(vault: Any, bulk: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    nonces = random.Random(7)
    monkeypatch.setattr(history, "os", types.SimpleNamespace(urandom=nonces.randbytes))
    store, conn = vault.store, vault.conn
    existing = store.get(Meeting, conn.execute("SELECT id FROM meetings").fetchone()[0])
    writes = _writes(existing, vault.org_id)
    out: dict[str, Any] = {}
    with pytest.raises(_Rollback), store.transaction():
        with history.imported_from(store, "partner-org", "bundle-1"):
            if bulk:
                store.put_merged_many(writes)
            else:
                for new, old in writes:
                    store.put_merged(new, old)
        for table in _TABLES:
            out[table] = conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        out["search"] = {
            q: [(h.table, h.record_id) for h in search(conn, q).hits] for q in _QUERIES
        }
        raise _Rollback
    return out


def test_the_bulk_write_stores_what_one_at_a_time_stores(vault, monkeypatch) -> None:
    store = vault.store
    store.add(Meeting(title="Budget of last year", summary="land"))
    store.add(MinuteEntry(meeting_id="x", agenda_item_id="x", text="union ដីធ្លី"))
    one_by_one = _stored(vault, False, monkeypatch)
    assert len(one_by_one["history"]) > 10 and one_by_one["search"]["ដីធ្លី"]
    assert _stored(vault, True, monkeypatch) == one_by_one


def _peak_of_writing(vault: Any, bulk: bool) -> int:
    """Bytes Python held at most while 24 new records with 110,000 characters of text each were
    written (and rolled back)."""
    text = "Café naïve " * 10_000  # not ASCII: its word body is a copy, not the text itself
    org, store = vault.org_id, vault.store
    writes: list[tuple[Record, Record | None]] = [
        (_stamp(_entry(f"e-{i}", "m", f"{text} word{i}"), i % 60, org), None) for i in range(24)
    ]
    tracemalloc.start()
    try:
        with pytest.raises(_Rollback), store.transaction():
            with history.imported_from(store, "partner-org", "bundle-1"):
                base = tracemalloc.get_traced_memory()[0]
                tracemalloc.reset_peak()
                if bulk:
                    store.put_merged_many(writes)
                else:
                    for new, old in writes:
                        store.put_merged(new, old)
                peak = tracemalloc.get_traced_memory()[1] - base
            assert [h.record_id for h in search(vault.conn, "word23").hits] == ["e-23"]
            raise _Rollback
    finally:
        tracemalloc.stop()
    return peak


def test_the_bulk_write_holds_the_search_text_of_a_slice_not_of_the_whole_run(vault) -> None:
    """The search bodies of a run of new records are written in slices. One by one held one
    record's at a time; a whole run's at once (a bundle's data.json is up to 512 MiB, and a
    Khmer body is five times its text) could take gigabytes more than the import before."""
    one_by_one = _peak_of_writing(vault, bulk=False)
    # The 24 bodies (2.6 MB, and as much again encoded for SQLite) against one slice's.
    assert _peak_of_writing(vault, bulk=True) - one_by_one < 3 * 2**20
