"""Reading and writing records: revisions, tombstones and the search index in one place.

Every write goes through `RecordStore`, so the bookkeeping fields of DESIGN §3 and the search
index can never drift from the records they describe.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from app.domain.records import Record
from app.errors import InvalidInput, NotFound
from app.i18n import N_
from app.storage import history, search_text

R = TypeVar("R", bound=Record)

# Search text (characters of word and Khmer bodies) the bulk index write holds at once.
_INDEX_SLICE_CHARS = 500_000


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _meeting_of(record: Record) -> str:
    if record.TABLE == "meetings":
        return record.id
    for name in ("meeting_id", "origin_meeting_id"):
        value = getattr(record, name, None)
        if value:
            return str(value)
    return ""


class _Mapping:
    """Column order and type conversions for one record type."""

    def __init__(self, cls: type[Record]) -> None:
        self.cls = cls
        self.columns = cls.column_names()
        self.bools = frozenset(f.name for f in dataclasses.fields(cls) if f.type in ("bool", bool))
        cols = ", ".join(self.columns)
        marks = ", ".join("?" for _ in self.columns)
        sets = ", ".join(f"{c} = ?" for c in self.columns if c != "id")
        self.select = f"SELECT {cols} FROM {cls.TABLE}"
        self.insert = f"INSERT INTO {cls.TABLE} ({cols}) VALUES ({marks})"
        self.update = f"UPDATE {cls.TABLE} SET {sets} WHERE id = ?"

        self._values = operator.attrgetter(*self.columns)  # a tuple: every table has > 1
        self._bool_at = tuple(i for i, c in enumerate(self.columns) if c in self.bools)

    def to_row(self, record: Record) -> tuple[Any, ...]:
        row = self._values(record)
        if not self._bool_at:
            return row  # type: ignore[no-any-return]
        out = list(row)
        for i in self._bool_at:
            out[i] = int(out[i])
        return tuple(out)

    def from_row(self, row: Sequence[Any]) -> Record:
        values = {
            c: bool(v) if c in self.bools else v for c, v in zip(self.columns, row, strict=True)
        }
        return self.cls(**values)


_MAPPINGS: dict[type[Record], _Mapping] = {}


def mapping(cls: type[Record]) -> _Mapping:
    found = _MAPPINGS.get(cls)
    if found is None:
        found = _MAPPINGS[cls] = _Mapping(cls)
    return found


def search_body(record: Record) -> str:
    return "\n".join(str(getattr(record, f) or "") for f in record.TEXT_FIELDS)


def _one_of(name: str) -> Any:
    """A getter of one attribute, as a tuple (what `attrgetter` gives for several)."""
    return lambda record: (getattr(record, name),)


class RecordStore:
    """Typed access to the records of one open database connection.

    `actor` is the organisation id written into `changed_by`. Writes outside `transaction()`
    commit on their own (autosave per edit); inside it they commit or roll back together.
    """

    def __init__(self, conn: Any, actor: str) -> None:
        self.conn = conn
        self.actor = actor
        self._depth = 0
        # (organisation, bundle) that writes are attributed to in the history while an import
        # applies (`history.imported_from`); None = this vault's own user.
        self.history_source: tuple[str, str] | None = None
        self.history_batch: object | None = None  # entries chained in memory during an import

    # --- transactions ------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            # SQLite has already rolled back after some errors (e.g. a full disk); the original
            # error is the one to report.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # --- reads -------------------------------------------------------------------------------
    def get(self, cls: type[R], record_id: str, *, include_deleted: bool = False) -> R:
        m = mapping(cls)
        row = self.conn.execute(f"{m.select} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFound()
        record = m.from_row(row)
        if record.deleted and not include_deleted:
            raise NotFound()
        return record  # type: ignore[return-value]

    def find(self, cls: type[R], record_id: str) -> R | None:
        try:
            return self.get(cls, record_id)
        except NotFound:
            return None

    def select(
        self,
        cls: type[R],
        where: str = "",
        params: Sequence[Any] = (),
        *,
        order_by: str = "",
        limit: int | None = None,
        offset: int = 0,
        include_deleted: bool = False,
    ) -> list[R]:
        """Records matching a SQL condition written by our code (values go in `params`)."""
        m = mapping(cls)
        clauses = [c for c in (where, "" if include_deleted else "deleted = 0") if c]
        sql = m.select
        if clauses:
            sql += " WHERE " + " AND ".join(f"({c})" for c in clauses)
        if order_by:
            sql += f" ORDER BY {order_by}"
        args = list(params)
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [m.from_row(r) for r in self.conn.execute(sql, args)]  # type: ignore[misc]

    def count(self, cls: type[Record], where: str = "", params: Sequence[Any] = ()) -> int:
        sql = f"SELECT count(*) FROM {cls.TABLE} WHERE deleted = 0"
        if where:
            sql += f" AND ({where})"
        return int(self.conn.execute(sql, list(params)).fetchone()[0])

    # --- writes ------------------------------------------------------------------------------
    def add(self, record: R) -> R:
        now = utc_now()
        record.created_at = record.created_at or now
        record.updated_at = now
        record.revision = 1
        record.changed_by = self.actor
        record.deleted = False
        m = mapping(type(record))
        with self.transaction():
            try:
                self.conn.execute(m.insert, m.to_row(record))
            except Exception as exc:  # sqlcipher3 and sqlite3 have distinct IntegrityError types
                if type(exc).__name__ == "IntegrityError":
                    raise InvalidInput(
                        N_("Errors", "A record with this id already exists.")
                    ) from None
                raise
            self._index(record, None)
            history.note_write(self, None, record)
        return record

    def add_many(self, records: Sequence[Record]) -> None:
        with self.transaction():
            for record in records:
                self.add(record)

    def update(self, record: R, **changes: Any) -> R:
        """Apply `changes` (or the record's current values) as a new revision."""
        cls = type(record)
        with self.transaction():
            old = self.get(cls, record.id, include_deleted=True)
            new = dataclasses.replace(old, **{c: getattr(record, c) for c in cls.content_fields()})
            new = dataclasses.replace(new, **changes)
            if new == old and not old.deleted:
                return new
            new.revision = old.revision + 1
            new.updated_at = utc_now()
            new.changed_by = self.actor
            new.created_at = old.created_at
            self._write(old, new)
        for name in cls.column_names():
            setattr(record, name, getattr(new, name))
        return record

    def delete(self, record: Record) -> None:
        """Tombstone the record: it disappears from views and the deletion travels in bundles."""
        with self.transaction():
            old = self.get(type(record), record.id, include_deleted=True)
            if old.deleted:
                return
            new = dataclasses.replace(
                old,
                deleted=True,
                revision=old.revision + 1,
                updated_at=utc_now(),
                changed_by=self.actor,
            )
            self._write(old, new)
        record.deleted = True

    def put_raw(self, record: Record) -> None:
        """Store a record exactly as given (bookkeeping included): used by merges and migrations."""
        m = mapping(type(record))
        with self.transaction():
            old = self.find_any(type(record), record.id)
            if old is None:
                self.conn.execute(m.insert, m.to_row(record))
                self._index(record, None)
                history.note_write(self, None, record)
            else:
                self._write(old, record)

    def put_merged(self, new: Record, old: Record | None) -> None:
        """Like `put_raw`, for a merge that already read `old` (saves a lookup per record)."""
        if old is None:
            m = mapping(type(new))
            self.conn.execute(m.insert, m.to_row(new))
            self._index(new, None)
            history.note_write(self, None, new)
        else:
            self._write(old, new)

    def put_merged_many(self, writes: Sequence[tuple[Record, Record | None]]) -> None:
        """`put_merged(new, old)` for each pair, in order. A run of new records of one type
        (nearly all of a first import) is stored with one statement per table, not up to four
        per record (issue 14: the calls, not the SQL, were what cost)."""
        run: list[Record] = []
        for new, old in writes:
            if old is None and (not run or type(run[0]) is type(new)):
                run.append(new)
                continue
            self._insert_new(run)
            run = []
            if old is None:
                run.append(new)
            else:
                self._write(old, new)
        self._insert_new(run)

    def _insert_new(self, records: Sequence[Record]) -> None:
        """Records of one type, none of them stored yet: rows, search index and history,
        exactly as `put_merged(record, None)` one by one would store them."""
        if not records:
            return
        cls = type(records[0])
        m = mapping(cls)
        self.conn.executemany(m.insert, [m.to_row(r) for r in records])
        if cls.TEXT_FIELDS:
            self._index_new(records)
        history.note_creations(self, records)

    def _index_new(self, records: Sequence[Record]) -> None:
        """`_index(record, None)` for each: rowids given as SQLite would (one above the
        largest), so the index is the same as written one by one. Written in slices of about
        `_INDEX_SLICE_CHARS` of search text: a run can be a whole bundle (data.json up to
        512 MiB, and a Khmer body is five times its text), which one by one was never held."""
        rowid = self.conn.execute("SELECT coalesce(max(rowid), 0) FROM search_doc").fetchone()[0]
        docs: list[tuple[int, str, str, str]] = []
        word_rows: list[tuple[int, str]] = []
        khmer_rows: list[tuple[int, str]] = []
        held = 0
        fields = records[0].TEXT_FIELDS
        table = records[0].TABLE
        # `search_body(record)`, for the usual record whose every text field holds text
        texts = operator.attrgetter(*fields) if len(fields) > 1 else _one_of(fields[0])
        all_text = (str,) * len(fields)
        bodies = search_text.bodies
        # `_meeting_of` of each, a column at a time (the same function as history's).
        meetings = history._meetings_of(type(records[0]), records)
        for record, meeting in zip(records, meetings, strict=True):
            if record.deleted:
                continue
            rowid += 1
            docs.append((rowid, table, record.id, meeting))
            values = texts(record)
            if tuple(map(type, values)) == all_text:  # each its own `str(v or "")`
                text = "\n".join(values)
            else:
                text = search_body(record)
            words, khmer = bodies(text)
            if words.strip():
                word_rows.append((rowid, words))
            if khmer:
                khmer_rows.append((rowid, khmer))
            held += len(words) + len(khmer)
            if held >= _INDEX_SLICE_CHARS:
                self._write_index(docs, word_rows, khmer_rows)
                docs, word_rows, khmer_rows, held = [], [], [], 0
        self._write_index(docs, word_rows, khmer_rows)

    def _write_index(
        self,
        docs: list[tuple[int, str, str, str]],
        word_rows: list[tuple[int, str]],
        khmer_rows: list[tuple[int, str]],
    ) -> None:
        conn = self.conn
        if docs:
            conn.executemany(
                "INSERT INTO search_doc (rowid, tbl, record_id, meeting_id) VALUES (?, ?, ?, ?)",
                docs,
            )
        if word_rows:
            conn.executemany("INSERT INTO search_words (rowid, body) VALUES (?, ?)", word_rows)
        if khmer_rows:
            conn.executemany("INSERT INTO search_khmer (rowid, body) VALUES (?, ?)", khmer_rows)

    def find_any(self, cls: type[R], record_id: str) -> R | None:
        try:
            return self.get(cls, record_id, include_deleted=True)
        except NotFound:
            return None

    def _write(self, old: Record, new: Record) -> None:
        m = mapping(type(new))
        row = m.to_row(new)
        self.conn.execute(m.update, (*row[1:], new.id))
        self._index(new, old)
        history.note_write(self, old, new)

    # --- search index ------------------------------------------------------------------------
    def _index(self, new: Record, old: Record | None) -> None:
        if not new.TEXT_FIELDS:
            return
        if old is not None and not old.deleted:
            self._unindex(old)
        if new.deleted:
            return
        body = search_body(new)
        cur = self.conn.execute(
            "INSERT INTO search_doc (tbl, record_id, meeting_id) VALUES (?, ?, ?)",
            (new.TABLE, new.id, _meeting_of(new)),
        )
        rowid = cur.lastrowid
        words, khmer = search_text.bodies(body)
        if words.strip():
            self.conn.execute(
                "INSERT INTO search_words (rowid, body) VALUES (?, ?)", (rowid, words)
            )
        if khmer:
            self.conn.execute(
                "INSERT INTO search_khmer (rowid, body) VALUES (?, ?)", (rowid, khmer)
            )

    def _unindex(self, old: Record) -> None:
        row = self.conn.execute(
            "SELECT rowid FROM search_doc WHERE tbl = ? AND record_id = ?", (old.TABLE, old.id)
        ).fetchone()
        if row is None:
            return
        rowid = row[0]
        body = search_body(old)
        # Contentless FTS5 tables forget a document only when given the exact indexed text.
        words = search_text.words_body(body)
        if words.strip():
            self.conn.execute(
                "INSERT INTO search_words (search_words, rowid, body) VALUES ('delete', ?, ?)",
                (rowid, words),
            )
        khmer = search_text.khmer_body(body)
        if khmer:
            self.conn.execute(
                "INSERT INTO search_khmer (search_khmer, rowid, body) VALUES ('delete', ?, ?)",
                (rowid, khmer),
            )
        self.conn.execute("DELETE FROM search_doc WHERE rowid = ?", (rowid,))
