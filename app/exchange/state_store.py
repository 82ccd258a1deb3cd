"""Merge state of records in the vault (`record_state` table), read and written in batches.

Stored compactly: a field whose one standing value is the record's own column is kept as its dot
and a short hash of the value, not the value again. The record's revision at save time tells
whether the columns can be trusted as they are; if the record was edited since, the hash tells
which fields changed (those become local edits when captured).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from app.domain.records import Record
from app.exchange.merge import FieldState, RecordState

_BATCH = 500


class _Edited:
    """Stands for a value overwritten by a local edit since the state was saved."""

    def __eq__(self, other: object) -> bool:
        return other is self

    def __hash__(self) -> int:
        return id(self)


EDITED = _Edited()


def _digest(value: Any) -> str:
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    return hashlib.blake2b(raw, digest_size=6).hexdigest()


def _encode(state: RecordState, record: Record) -> str:
    values = values_of(record)
    fields: dict[str, Any] = {}
    hashes: dict[str, str] = {}
    for name, fs in state.fields.items():
        if len(fs.sibs) == 1 and fs.cc == {fs.sibs[0][0]: fs.sibs[0][1]}:
            o, n, v = fs.sibs[0]
            if name in values and values[name] == v and type(values[name]) is type(v):
                fields[name] = [o, n]
                hashes[name] = _digest(v)
            else:
                fields[name] = [o, n, v]
        else:
            fields[name] = {"c": fs.cc, "s": [list(s) for s in fs.sibs]}
    doc: dict[str, Any] = {"r": record.revision, "f": fields}
    if hashes:
        doc["h"] = hashes
    if state.placeholders:
        doc["p"] = state.placeholders
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _decode(text: str, record: Record) -> RecordState:
    doc = json.loads(text)
    values = values_of(record)
    same_revision = doc.get("r") == record.revision
    hashes = doc.get("h", {})
    state = RecordState(placeholders=dict(doc.get("p", {})))
    for name, enc in doc["f"].items():
        if isinstance(enc, list):
            if len(enc) == 2:
                o, n = enc
                current = values.get(name)
                unchanged = same_revision or hashes.get(name) == _digest(current)
                v = current if unchanged else EDITED
            else:
                o, n, v = enc
            state.fields[name] = FieldState({o: n}, [(o, n, v)])
        else:
            state.fields[name] = FieldState(
                {o: int(n) for o, n in enc["c"].items()}, [tuple(s) for s in enc["s"]]
            )
    return state


def load_states(conn: Any, table: str, records: Sequence[Record]) -> dict[str, RecordState]:
    by_id = {r.id: r for r in records}
    ids = list(by_id)
    out: dict[str, RecordState] = {}
    for start in range(0, len(ids), _BATCH):
        part = ids[start : start + _BATCH]
        marks = ", ".join("?" for _ in part)
        for record_id, text in conn.execute(
            f"SELECT record_id, state FROM record_state WHERE tbl = ? AND record_id IN ({marks})",
            [table, *part],
        ):
            out[record_id] = _decode(text, by_id[record_id])
    return out


def save_states(conn: Any, table: str, states: Iterable[tuple[RecordState, Record]]) -> None:
    """`record` is the record as stored after the state was applied to it."""
    conn.executemany(
        "INSERT OR REPLACE INTO record_state (tbl, record_id, state) VALUES (?, ?, ?)",
        [(table, record.id, _encode(state, record)) for state, record in states],
    )


@cache
def _content(cls: type[Record]) -> tuple[str, ...]:
    return cls.content_fields()


def values_of(record: Record) -> dict[str, Any]:
    """The fields that merge: content fields and the tombstone flag."""
    out = {name: getattr(record, name) for name in _content(type(record))}
    out["deleted"] = bool(record.deleted)
    return out


def merge_fields(cls: type[Record]) -> frozenset[str]:
    return frozenset((*_content(cls), "deleted"))
