"""Merge state of records in the vault (`record_state` table), read and written in batches."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from app.domain.records import Record
from app.exchange.merge import FieldState, RecordState

_BATCH = 500


def _encode(state: RecordState) -> str:
    fields: dict[str, Any] = {}
    for name, fs in state.fields.items():
        if len(fs.sibs) == 1 and fs.cc == {fs.sibs[0][0]: fs.sibs[0][1]}:
            fields[name] = list(fs.sibs[0])
        else:
            fields[name] = {"c": fs.cc, "s": [list(s) for s in fs.sibs]}
    doc: dict[str, Any] = {"f": fields}
    if state.placeholders:
        doc["p"] = state.placeholders
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _decode(text: str) -> RecordState:
    doc = json.loads(text)
    state = RecordState(placeholders=dict(doc.get("p", {})))
    for name, enc in doc["f"].items():
        if isinstance(enc, list):
            o, n, v = enc
            state.fields[name] = FieldState({o: n}, [(o, n, v)])
        else:
            state.fields[name] = FieldState(
                {o: int(n) for o, n in enc["c"].items()}, [tuple(s) for s in enc["s"]]
            )
    return state


def load_states(conn: Any, table: str, ids: Sequence[str]) -> dict[str, RecordState]:
    out: dict[str, RecordState] = {}
    for start in range(0, len(ids), _BATCH):
        part = list(ids[start : start + _BATCH])
        marks = ", ".join("?" for _ in part)
        for record_id, text in conn.execute(
            f"SELECT record_id, state FROM record_state WHERE tbl = ? AND record_id IN ({marks})",
            [table, *part],
        ):
            out[record_id] = _decode(text)
    return out


def save_states(conn: Any, table: str, states: Iterable[tuple[str, RecordState]]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO record_state (tbl, record_id, state) VALUES (?, ?, ?)",
        [(table, rid, _encode(s)) for rid, s in states],
    )


def values_of(record: Record) -> dict[str, Any]:
    """The fields that merge: content fields and the tombstone flag."""
    out = {name: getattr(record, name) for name in type(record).content_fields()}
    out["deleted"] = bool(record.deleted)
    return out


def merge_fields(cls: type[Record]) -> frozenset[str]:
    return frozenset((*cls.content_fields(), "deleted"))
