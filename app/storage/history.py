"""Revision history and the vault's tamper-evident change log (docs/history.md).

Every write of a record (`RecordStore`) appends one entry here: when, which organisation, which
bundle (for imported changes), and the *earlier* value of each field it changed. The current
value lives in the record's own table, so a version is rebuilt by walking the entries back from
it; creations store no values (they are the next entry's earlier values, or the current ones).

The entries form a hash chain: head(n) = SHA-256("roundtable-log/v1 head\\n" || head(n-1) ||
leaf(n)), head(0) = 32 zero bytes, leaf(n) = SHA-256("roundtable-log/v1 leaf\\n" || the entry's
canonical JSON). Each entry carries 16 random bytes (`nonce`) so a leaf hash reveals nothing
about the values it commits to: partners receive leaf hashes to check that the chain only grew.

History lives in its own tables, indexed by record id, so listings and searches never read it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import operator
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from app.domain.records import TYPE_BY_TABLE, Record

LEAF_PREFIX = b"roundtable-log/v1 leaf\n"
HEAD_PREFIX = b"roundtable-log/v1 head\n"
ZERO_HEAD = bytes(32)

# Kinds of entries.
CREATE, UPDATE, DELETE, RESTORE, CONFLICT = "create", "update", "delete", "restore", "conflict"


# json.dumps with these options builds a new encoder at every call; one made once writes the
# same bytes (every record write hashes its content with it).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
# JSONEncoder.encode also makes its C encoder anew at every call (and a closure and a dict);
# the one below is made once with the same settings. Without the circular-reference check:
# what is written here (record content, history entries) is never cyclic.
_c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
_C_CANONICAL = (
    None
    if _c_make_encoder is None
    else _c_make_encoder(
        None, _CANONICAL.default, json.encoder.encode_basestring, None, ":", ",", True, False, True
    )
)


def canonical(value: Any) -> bytes:
    """JSON with sorted keys, no spaces, UTF-8 (non-ASCII kept as is)."""
    if _C_CANONICAL is None or type(value) is not dict:
        return _CANONICAL.encode(value).encode()
    return "".join(_C_CANONICAL(value, 0)).encode()


_FIELDS: dict[type, tuple[str, ...]] = {}


def _content_fields(cls: type[Record]) -> tuple[str, ...]:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = cls.content_fields()
    return found


_SORTED: dict[type, tuple[tuple[str, ...], Any]] = {}


def _sorted_content(cls: type[Record]) -> tuple[tuple[str, ...], Any]:
    """The names of `content_of`'s keys in sorted order, and a getter of the record's values
    in that order (one tuple). Record fields are scalars (they are SQLite columns), so the
    content written in this order is `canonical`'s."""
    found = _SORTED.get(cls)
    if found is None:
        names = tuple(sorted((*_content_fields(cls), "deleted")))
        found = _SORTED[cls] = (names, operator.attrgetter(*names))
    return found


_JSON_OF: dict[type, Any] = {
    str: json.encoder.encode_basestring,  # what the C encoder writes for a str
    bool: {True: "true", False: "false"}.__getitem__,
    int: int.__repr__,  # ... for an int, and for a finite float
    float: float.__repr__,
}
_WRITERS: dict[type, Any] = {}


def _content_writer(cls: type[Record]) -> Any:
    """A function of a record's `_sorted_content` values that returns its content's canonical
    JSON, written from a template, or None when a value is not of its field's declared type
    (or a float is not finite): `canonical` then writes it (issue 14: a dict and the C
    encoder per record were a third of an import's history). None if the class has a field
    of another type."""
    if cls in _WRITERS:
        return _WRITERS[cls]
    names, _ = _sorted_content(cls)
    declared = {f.name: f.type for f in dataclasses.fields(cls)}
    kinds = {"str": str, "bool": bool, "int": int, "float": float}
    types = tuple(kinds.get(str(declared[n])) for n in names)
    writer = None
    if None not in types:
        template = "{" + ",".join(f"{json.encoder.encode_basestring(n)}:%s" for n in names)
        template += "}"
        encoders = tuple(_JSON_OF[t] for t in types)
        floats = tuple(i for i, t in enumerate(types) if t is float)
        call = operator.call

        def writer(values: tuple[Any, ...]) -> bytes | None:
            if tuple(map(type, values)) != types:
                return None
            for i in floats:
                if not math.isfinite(values[i]):
                    return None
            return (template % tuple(map(call, encoders, values))).encode()

    _WRITERS[cls] = writer
    return writer


def content_of(record: Record) -> dict[str, Any]:
    """The record's content fields and its tombstone flag: what a version is."""
    out = {n: getattr(record, n) for n in _content_fields(type(record))}
    out["deleted"] = bool(record.deleted)
    return out


def content_sha256(record: Record) -> str:
    return hashlib.sha256(canonical(content_of(record))).hexdigest()


def leaf_hash(entry: dict[str, Any]) -> bytes:
    return hashlib.sha256(LEAF_PREFIX + canonical(entry)).digest()


def next_head(head: bytes, leaf: bytes) -> bytes:
    return hashlib.sha256(HEAD_PREFIX + head + leaf).digest()


def chain(head: bytes, leaves: Sequence[bytes]) -> bytes:
    for leaf in leaves:
        head = next_head(head, leaf)
    return head


@contextmanager
def imported_from(store: Any, org_id: str, bundle_id: str) -> Iterator[None]:
    """Writes made inside (one transaction: an import) are attributed to `bundle_id` from
    `org_id`; their entries are chained in memory and inserted together at the end (a large
    import writes its history with one executemany instead of two statements per record)."""
    before = getattr(store, "history_source", None)
    store.history_source = (org_id, bundle_id)
    store.history_batch = _Batch(store.conn)
    try:
        yield
        store.history_batch.flush()
    finally:
        store.history_source = before
        store.history_batch = None


_BATCH_ROWS = 10_000


class _Batch:
    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.count, self.head = head(conn)
        self.rows: list[tuple[Any, ...]] = []

    def add(self, row: tuple[Any, ...], meeting: str, leaf: bytes | None = None) -> None:
        """`leaf`: `_leaf_of_row(row)` when the caller built it already."""
        self.head = next_head(self.head, _leaf_of_row(row) if leaf is None else leaf)
        self.rows.append((*row, meeting, self.head))
        if len(self.rows) >= _BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.conn.executemany(_INSERT, self.rows)
            self.rows.clear()


_COLUMNS = "n, tbl, record_id, at, org_id, bundle_id, kind, revision, before, other, sha, nonce"


def _entry(row: Sequence[Any]) -> dict[str, Any]:
    """The canonical entry a leaf commits to, from a stored row (in `_COLUMNS` order)."""
    n, tbl, rid, at, org, bundle, kind, rev, before, other, sha, nonce = row
    return {
        "n": n,
        "t": tbl,
        "id": rid,
        "at": at,
        "org": org,
        "bundle": bundle,
        "kind": kind,
        "rev": rev,
        "before": json.loads(before),
        "other": json.loads(other),
        "sha": sha,
        "nonce": bytes(nonce).hex(),
    }


_text = json.encoder.encode_basestring  # the C encoder json.dumps(ensure_ascii=False) uses


def _leaf_of_row(row: Sequence[Any]) -> bytes:
    """leaf_hash(_entry(row)), built without decoding `before`/`other` (stored canonical): the
    same bytes, keys in sorted order (a test checks they are equal)."""
    n, tbl, rid, at, org, bundle, kind, rev, before, other, sha, nonce = row
    body = (
        f'{{"at":{_text(at)},"before":{before},"bundle":{_text(bundle)},"id":{_text(rid)},'
        f'"kind":{_text(kind)},"n":{int(n)},"nonce":"{bytes(nonce).hex()}","org":{_text(org)},'
        f'"other":{other},"rev":{int(rev)},"sha":{_text(sha)},"t":{_text(tbl)}}}'
    )
    return hashlib.sha256(LEAF_PREFIX + body.encode()).digest()


def head(conn: Any) -> tuple[int, bytes]:
    """(entry count, head hash) of this vault's chain."""
    row = conn.execute("SELECT n, head FROM history ORDER BY n DESC LIMIT 1").fetchone()
    return (0, ZERO_HEAD) if row is None else (int(row[0]), bytes(row[1]))


# `meeting_id` (which meeting the record belongs to, for listing a meeting's changes) is not
# part of the entry a leaf commits to: it follows from the record.
_INSERT = (
    f"INSERT INTO history ({_COLUMNS}, meeting_id, head) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _append(
    conn: Any,
    tbl: str,
    rid: str,
    at: str,
    org: str,
    bundle: str,
    kind: str,
    revision: int,
    before: dict[str, Any],
    other: dict[str, Any],
    sha: str,
    batch: _Batch | None = None,
    meeting: str = "",
) -> None:
    count, prev = (batch.count, batch.head) if batch is not None else head(conn)
    nonce = os.urandom(16)
    row = (
        count + 1,
        tbl,
        rid,
        at,
        org,
        bundle,
        kind,
        revision,
        canonical(before).decode() if before else "{}",
        canonical(other).decode() if other else "{}",
        sha,
        nonce,
    )
    if batch is not None:
        batch.count += 1
        batch.add(row, meeting)
        return
    conn.execute(_INSERT, (*row, meeting, next_head(prev, _leaf_of_row(row))))


def meeting_of(record: Record) -> str:
    if record.TABLE == "meetings":
        return record.id
    for name in ("meeting_id", "origin_meeting_id"):
        value = getattr(record, name, None)
        if value:
            return str(value)
    return ""


def note_write(store: Any, old: Record | None, new: Record) -> None:
    """The one hook in the write path (`RecordStore`): keep what `new` replaces."""
    source = getattr(store, "history_source", None)
    org, bundle = source if source else (new.changed_by or store.actor, "")
    if old is None:
        kind, before = CREATE, {}
    else:
        was, now = content_of(old), content_of(new)
        before = {k: v for k, v in was.items() if now[k] != v}
        if not before:
            return  # bookkeeping only (a merge that changed nothing visible)
        kind = (DELETE if new.deleted else RESTORE) if "deleted" in before else UPDATE
    _append(
        store.conn,
        new.TABLE,
        new.id,
        new.updated_at or new.created_at,
        org,
        bundle,
        kind,
        new.revision,
        before,
        {},
        content_sha256(new),
        getattr(store, "history_batch", None),
        meeting_of(new),
    )


def note_creations(store: Any, records: Sequence[Record]) -> None:
    """`note_write(store, None, record)` for each of `records` (all of one type)."""
    if not records:
        return
    source = getattr(store, "history_source", None)
    batch = getattr(store, "history_batch", None)
    if source is None or batch is None:
        for record in records:
            note_write(store, None, record)
        return
    org, bundle = source
    cls = type(records[0])
    names, content_values = _sorted_content(cls)
    writer = _content_writer(cls)
    table = cls.TABLE
    sha256 = hashlib.sha256
    urandom = os.urandom
    # The leaf's JSON (`_leaf_of_row`) with what every entry here shares written once.
    middle = f',"before":{{}},"bundle":{_text(bundle)},"id":'
    kind = f',"kind":"{CREATE}","n":'
    after_org = f',"org":{_text(org)},"other":{{}},"rev":'
    end = f',"t":{_text(table)}}}'
    rows = batch.rows
    # One draw of every nonce (a system call per record was 15 ms of 1,000 meetings) and each
    # record's meeting found a column at a time.
    nonces = urandom(16 * len(records))
    meetings = _meetings_of(cls, records)
    at_nonce = 0
    for record, meeting in zip(records, meetings, strict=True):
        values = content_values(record)
        text = None if writer is None else writer(values)
        if text is None:  # `canonical(content_of(record))`, its keys already in sorted order
            content = dict(zip(names, values, strict=True))
            content["deleted"] = bool(content["deleted"])
            text = canonical(content)
        sha = sha256(text).hexdigest()
        nonce = nonces[at_nonce : at_nonce + 16]
        at_nonce += 16
        at = record.updated_at or record.created_at
        n = batch.count = batch.count + 1
        rev = record.revision
        row = (n, table, record.id, at, org, bundle, CREATE, rev, "{}", "{}", sha, nonce)
        if type(n) is not int or type(rev) is not int or type(at) is not str:
            batch.add(row, meeting)  # not the usual types: the general form
            continue
        body = (
            f'{{"at":{_text(at)}{middle}{_text(record.id)}{kind}{n},"nonce":"{nonce.hex()}"'
            f'{after_org}{rev},"sha":"{sha}"{end}'
        )
        # `batch.add(row, meeting, leaf)`, inlined
        head = batch.head = sha256(
            HEAD_PREFIX + batch.head + sha256(LEAF_PREFIX + body.encode()).digest()
        ).digest()
        rows.append((*row, meeting, head))
        if len(rows) >= _BATCH_ROWS:
            batch.flush()


_MEETING_LINKS: dict[type, tuple[str, ...]] = {}


def _meetings_of(cls: type[Record], records: Sequence[Record]) -> list[str]:
    """`meeting_of` of each of `records` (all of type `cls`)."""
    if cls.TABLE != "meetings":
        links = _MEETING_LINKS.get(cls)
        if links is None:
            names = {f.name for f in dataclasses.fields(cls)}
            links = _MEETING_LINKS[cls] = tuple(
                n for n in ("meeting_id", "origin_meeting_id") if n in names
            )
        if not links:
            return [""] * len(records)
        if len(links) == 1:
            found = list(map(operator.attrgetter(links[0]), records))
            if set(map(type, found)) == {str}:
                return found  # a text link is its own `str()`, and "" when there is none
    return list(map(meeting_of, records))


def note_conflict(
    conn: Any,
    table: str,
    record_id: str,
    name: str,
    shown: Any,
    losing: Any,
    org: str,
    bundle: str,
    at: str,
) -> None:
    """A merge kept `shown` and set `losing` aside as a conflict: both are kept here for good,
    whatever the user later decides."""
    cls = TYPE_BY_TABLE.get(table)
    record = None
    if cls is not None:
        from app.storage.records import mapping

        m = mapping(cls)
        row = conn.execute(f"{m.select} WHERE id = ?", (record_id,)).fetchone()
        record = m.from_row(row) if row else None
    _append(
        conn,
        table,
        record_id,
        at,
        org,
        bundle,
        CONFLICT,
        record.revision if record else 0,
        {name: shown},
        {name: losing},
        content_sha256(record) if record else "",
        meeting=meeting_of(record) if record else "",
    )


# --- reading ---------------------------------------------------------------------------------
@dataclass
class Change:
    field: str
    before: Any
    after: Any


@dataclass
class Entry:
    n: int  # position in this vault's chain (0 for an entry received from another device)
    table: str
    record_id: str
    at: str
    org_id: str
    bundle_id: str
    kind: str
    revision: int
    changes: list[Change] = field(default_factory=list)
    other: dict[str, Any] = field(default_factory=dict)  # values a merge set aside
    device: str = ""  # the vault id of another device of ours this entry came from


def find_table(conn: Any, record_id: str) -> str | None:
    """The table of the record with this id. Ids are unique per table, so a partner may bring
    a record of another kind under one of ours (it can only learn ours from us, later): the
    first table the id had history in is ours, and every reading below keeps to that table."""
    row = conn.execute(
        "SELECT tbl FROM history WHERE record_id = ? ORDER BY n LIMIT 1", (record_id,)
    ).fetchone()
    if row is not None:
        return str(row[0])
    for table in TYPE_BY_TABLE:
        if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone():
            return table
    return None


def current(conn: Any, table: str, record_id: str) -> Record | None:
    from app.storage.records import mapping

    m = mapping(TYPE_BY_TABLE[table])
    row = conn.execute(f"{m.select} WHERE id = ?", (record_id,)).fetchone()
    return m.from_row(row) if row else None


def _local_rows(conn: Any, table: str, record_id: str) -> list[Sequence[Any]]:
    return conn.execute(
        f"SELECT {_COLUMNS} FROM history WHERE record_id = ? AND tbl = ? ORDER BY n",
        (record_id, table),
    ).fetchall()


def record_history(conn: Any, record_id: str) -> tuple[Record | None, list[Entry]]:
    """The record as it is now and its entries, oldest first, each with every field it changed
    as (before, after). Entries received from our other devices come after ours, by time."""
    table = find_table(conn, record_id)
    if table is None:
        return None, []
    now = current(conn, table, record_id)
    entries = [
        Entry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], [], json.loads(r[9]))
        for r in _local_rows(conn, table, record_id)
    ]
    befores = [json.loads(r[8]) for r in _local_rows(conn, table, record_id)]
    state = content_of(now) if now is not None else {}
    # Walk back from the current values: an entry's "after" is the state before the next one.
    for entry, before in zip(reversed(entries), reversed(befores), strict=True):
        if entry.kind == CONFLICT:
            entry.changes = [Change(k, v, v) for k, v in before.items()]
            continue
        entry.changes = [Change(k, v, state.get(k)) for k, v in before.items()]
        if entry.kind == CREATE:
            entry.changes = [Change(k, None, v) for k, v in state.items() if k != "deleted"]
        state = {**state, **before}
    received = [
        Entry(
            0,
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            [Change(k, v, None) for k, v in json.loads(r[8]).items()],
            json.loads(r[9]),
            r[0],
        )
        for r in conn.execute(
            "SELECT vault_id, tbl, record_id, at, org_id, bundle_id, kind, revision, before, "
            "other FROM history_received WHERE record_id = ? AND tbl = ? "
            "ORDER BY at, vault_id, n",
            (record_id, table),
        )
    ]
    return now, entries + received


def values_after(conn: Any, record_id: str, n: int) -> dict[str, Any]:
    """The record's content as it was right after entry `n` of this vault's chain."""
    table = find_table(conn, record_id)
    now = current(conn, table, record_id) if table else None
    if now is None:
        raise LookupError(record_id)
    state = content_of(now)
    rows = conn.execute(
        "SELECT kind, before FROM history WHERE record_id = ? AND tbl = ? AND n > ? "
        "ORDER BY n DESC",
        (record_id, table, n),
    ).fetchall()
    for kind, before in rows:
        if kind != CONFLICT:
            state.update(json.loads(before))
    return state


def restore_values(store: Any, record_id: str, values: dict[str, Any]) -> dict[str, Any]:
    """Set the record to `values` (content and tombstone) as a new change of ours; returns
    the values it had, so the change can be undone the same way."""
    table = find_table(store.conn, record_id)
    record = current(store.conn, table, record_id) if table else None
    if record is None:
        raise LookupError(record_id)
    old = content_of(record)
    cls = type(record)
    keep = {k: v for k, v in values.items() if k in cls.content_fields() or k == "deleted"}
    store.update(record, **keep)
    return old


def restorable_values(conn: Any, record_id: str, n: int) -> dict[str, Any]:
    """What restoring the version after entry `n` sets: its values, not deleted, and every
    privacy flag raised now kept raised. A restore brings back text; it never quietly names
    a witness again or makes a confidential minute shareable (lowering a protection is done
    on purpose, in the editor), as an import may not lower one either (docs/trust-rules.md)."""
    values = values_after(conn, record_id, n)
    values["deleted"] = False
    table = find_table(conn, record_id)
    now = current(conn, table, record_id) if table else None
    for name in type(now).PRIVACY_FLAGS if now is not None else ():
        if getattr(now, name):
            values[name] = True
    return values


def restore_version(store: Any, record_id: str, n: int) -> dict[str, Any]:
    """Bring back the record as it was after entry `n` (deleted records come back too)."""
    return restore_values(store, record_id, restorable_values(store.conn, record_id, n))


@dataclass
class Deleted:
    table: str
    record_id: str
    label: str
    deleted_at: str
    deleted_by: str


_LABELS = ("title", "name", "text", "filename", "heading", "date")


def _label_of(record: Record) -> str:
    for name in _LABELS:
        value = getattr(record, name, "")
        if isinstance(value, str) and value:
            return value[:120]
    return ""


def deleted_records(conn: Any, *, limit: int = 200) -> list[Deleted]:
    """Tombstones, newest first (deletions before history began included)."""
    from app.storage.records import mapping

    found: list[Deleted] = []
    for table, cls in TYPE_BY_TABLE.items():
        m = mapping(cls)
        for row in conn.execute(
            f"{m.select} WHERE deleted = 1 ORDER BY updated_at DESC LIMIT ?", (limit,)
        ):
            r = m.from_row(row)
            found.append(Deleted(table, r.id, _label_of(r), r.updated_at, r.changed_by))
    found.sort(key=lambda d: d.deleted_at, reverse=True)
    return found[:limit]


@dataclass
class Recent:
    n: int
    table: str
    record_id: str
    at: str
    org_id: str
    bundle_id: str
    kind: str


def recent_changes(
    conn: Any, *, limit: int = 200, before_n: int | None = None, meeting_id: str = ""
) -> list[Recent]:
    """Newest first; `meeting_id`: only that meeting and the records that belong to it."""
    sql = "SELECT n, tbl, record_id, at, org_id, bundle_id, kind FROM history"
    clauses: list[str] = []
    args: list[Any] = []
    if meeting_id:
        clauses.append("meeting_id = ?")
        args.append(meeting_id)
    if before_n is not None:
        clauses.append("n < ?")
        args.append(before_n)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY n DESC LIMIT ?"
    args.append(limit)
    return [Recent(*r) for r in conn.execute(sql, args)]


def label(conn: Any, table: str, record_id: str) -> str:
    record = current(conn, table, record_id) if table in TYPE_BY_TABLE else None
    return _label_of(record) if record else ""


# --- the chain -------------------------------------------------------------------------------
def leaves(conn: Any, after: int, upto: int) -> Iterator[bytes]:
    """Leaf hashes of entries after+1 … upto, in order."""
    for row in conn.execute(
        f"SELECT {_COLUMNS} FROM history WHERE n > ? AND n <= ? ORDER BY n", (after, upto)
    ):
        yield _leaf_of_row(row)


def head_at(conn: Any, n: int) -> bytes:
    if n == 0:
        return ZERO_HEAD
    row = conn.execute("SELECT head FROM history WHERE n = ?", (n,)).fetchone()
    if row is None:
        raise LookupError(n)
    return bytes(row[0])


def verify_chain(conn: Any) -> tuple[int, int | None]:
    """Recompute every head from the stored entries: (entries checked, first bad n or None)."""
    prev = ZERO_HEAD
    count = 0
    for row in conn.execute(f"SELECT {_COLUMNS}, head FROM history ORDER BY n"):
        count += 1
        if row[0] != count:
            return count, count
        prev = next_head(prev, _leaf_of_row(row[:-1]))
        if prev != bytes(row[-1]):
            return count, int(row[0])
    return count, None


# --- history carried to our own devices (full bundles only) ----------------------------------
def export_rows(
    conn: Any, record_ids: set[tuple[str, str]], *, after: int = 0, limit: int = 1_000_000
) -> list[dict[str, Any]]:
    """This vault's entries after entry `after` for the given (table, id) pairs, in the form
    `history.json` holds: the newest `limit` of them, oldest first."""
    out: list[dict[str, Any]] = []
    ids = sorted({rid for _t, rid in record_ids})
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in conn.execute(
            f"SELECT n, tbl, record_id, at, org_id, bundle_id, kind, revision, before, other "
            f"FROM history WHERE record_id IN ({marks}) AND n > ? ORDER BY n",
            [*chunk, after],
        ):
            out.append(
                dict(
                    zip(
                        ("n", "t", "id", "at", "org", "bundle", "kind", "rev", "before", "other"),
                        (*r[:8], json.loads(r[8]), json.loads(r[9])),
                        strict=True,
                    )
                )
            )
    out.sort(key=lambda e: e["n"])
    return out[-limit:] if limit else []


def store_received(
    conn: Any,
    vault_id: str,
    rows: Sequence[dict[str, Any]],
    allowed: set[tuple[str, str]] | None = None,
) -> int:
    """Keep entries a device of ours sent (validated by the caller), those of the (table,
    record id) pairs in `allowed` if given; returns how many were new."""
    params = [
        (
            vault_id,
            r["n"],
            r["t"],
            r["id"],
            r["at"],
            r["org"],
            r["bundle"],
            r["kind"],
            r["rev"],
            _canonical_text(before) if (before := r["before"]) else "{}",
            _canonical_text(other) if (other := r["other"]) else "{}",
        )
        for r in rows
        if allowed is None or (r["t"], r["id"]) in allowed
    ]
    if not params:
        return 0
    cur = conn.executemany(
        "INSERT OR IGNORE INTO history_received (vault_id, n, tbl, record_id, at, org_id, "
        "bundle_id, kind, revision, before, other) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params,
    )
    return int(cur.rowcount)


def _canonical_text(value: dict[str, Any]) -> str:
    return canonical(value).decode() if value else "{}"


def size(conn: Any) -> dict[str, int]:
    return {
        "entries": int(conn.execute("SELECT count(*) FROM history").fetchone()[0]),
        "received": int(conn.execute("SELECT count(*) FROM history_received").fetchone()[0]),
    }


def as_dict(entry: Entry) -> dict[str, Any]:
    return dataclasses.asdict(entry)
