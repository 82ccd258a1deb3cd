"""The benchmark's bulk loader writes what RecordStore.add writes, or the benchmark measures a
vault the app could never have made."""

from __future__ import annotations

import sqlite3
from typing import Any

from app.domain.records import RECORD_TYPES, Record
from app.storage import schema, search
from app.storage.records import RecordStore
from bench import corpus
from bench.build_vault import BulkLoader, Generator, Size

TINY = Size(meetings=6, people=40, organisations=5, minutes=300, actions=40, series=2)
ACTOR = "00000000-0000-4000-8000-000000000001"


class _ViaRecordStore:
    """Generator's loader interface, writing one record at a time through RecordStore."""

    def __init__(self, conn: Any) -> None:
        self.conn = _NoTransactions(conn)
        self.store = RecordStore(conn, ACTOR)
        self.pending = 0

    def add(self, record: Record, when: str) -> None:
        record.created_at = when
        self.store.add(record)

    def flush(self) -> None:
        pass


class _NoTransactions:
    """Generator commits in batches; RecordStore.add commits each record itself."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> Any:
        if sql in ("COMMIT", "BEGIN IMMEDIATE"):
            return None
        return self._conn.execute(sql, *args)


def _database() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    schema.migrate(conn)
    return conn


def _content(conn: sqlite3.Connection, table: str) -> list[tuple]:
    # Everything but updated_at, which RecordStore sets to the time of writing.
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "updated_at"]
    return conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id").fetchall()


def test_bulk_loaded_vault_equals_one_written_record_by_record() -> None:
    bulk, slow = _database(), _database()
    bulk.execute("BEGIN")
    loader = BulkLoader(bulk, ACTOR, batch=97)  # an odd batch size exercises the flushes
    Generator(TINY).fill(loader, commit_every=2)
    bulk.execute("COMMIT")
    Generator(TINY).fill(_ViaRecordStore(slow), commit_every=2)  # type: ignore[arg-type]

    for cls in RECORD_TYPES:
        assert _content(bulk, cls.TABLE) == _content(slow, cls.TABLE), cls.TABLE
    assert bulk.execute("SELECT count(*) FROM minute_entries").fetchone()[0] == TINY.minutes
    docs = "SELECT rowid, tbl, record_id, meeting_id FROM search_doc ORDER BY rowid"
    assert bulk.execute(docs).fetchall() == slow.execute(docs).fetchall()
    queries = ["union", corpus.KHMER_SHORT, corpus.KHMER_LONG, "digital security", "Kampot"]
    for query in queries:
        found = search.search(bulk, query, limit=1000)
        assert found.hits, query
        assert found == search.search(slow, query, limit=1000), query
