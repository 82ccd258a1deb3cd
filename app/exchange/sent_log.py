"""What this vault sent to whom: the facts the import trust rules stand on (docs/trust-rules.md).

Written in the export's own transaction, so a bundle that was not written recorded nothing:
- `sent_records`: which records each contact was sent (whatever the redaction);
- `own_edits_sent`: for each record, the highest edit number of our own organisation that any
  bundle carried, field by field. No partner can have seen more of our edits than that, however
  bundles were passed on between partners.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

_BATCH = 500
ANY_FIELD = "*"  # recorded before these tables existed: one number for every field


def _batches(ids: Sequence[str]) -> Iterable[tuple[list[str], str]]:
    for start in range(0, len(ids), _BATCH):
        part = list(ids[start : start + _BATCH])
        yield part, ", ".join("?" for _ in part)


def record_sent(
    conn: Any, recipients: Sequence[str], table: str, sent: dict[str, dict[str, int]]
) -> None:
    """`sent`: record id -> {field: our highest edit number in the state sent}."""
    ids = list(sent)
    conn.executemany(
        "INSERT OR IGNORE INTO sent_records (org_id, tbl, record_id) VALUES (?, ?, ?)",
        [(org, table, rid) for org in recipients for rid in ids],
    )
    known = own_edits_sent(conn, table, [rid for rid, c in sent.items() if c])
    rows = []
    for rid, counters in sent.items():
        if not counters:
            continue
        merged = dict(known.get(rid, {}))
        for name, n in counters.items():
            merged[name] = max(n, merged.get(name, 0))
        if merged != known.get(rid):
            rows.append((table, rid, json.dumps(merged, sort_keys=True)))
    conn.executemany(
        "INSERT INTO own_edits_sent (tbl, record_id, counters) VALUES (?, ?, ?) "
        "ON CONFLICT (tbl, record_id) DO UPDATE SET counters = excluded.counters",
        rows,
    )


def own_edits_sent(conn: Any, table: str, ids: Sequence[str]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for part, marks in _batches(ids):
        for rid, text in conn.execute(
            f"SELECT record_id, counters FROM own_edits_sent WHERE tbl = ? "
            f"AND record_id IN ({marks})",
            [table, *part],
        ):
            out[rid] = {k: int(v) for k, v in json.loads(text).items()}
    return out


def own_bound(counters: dict[str, int] | None, name: str) -> int:
    """The highest edit number of ours for field `name` that anyone can have seen."""
    if not counters:
        return 0
    return max(counters.get(name, 0), counters.get(ANY_FIELD, 0))


def sent_to(conn: Any, org_id: str, table: str, ids: Sequence[str]) -> set[str]:
    """The ids among `ids` of records this vault sent to `org_id`."""
    row = conn.execute(
        "SELECT value FROM vault_meta WHERE key = 'trust_legacy_recipients'"
    ).fetchone()
    legacy = row is not None and org_id in json.loads(row[0])
    orgs = [org_id, "*"] if legacy else [org_id]
    out: set[str] = set()
    org_marks = ", ".join("?" for _ in orgs)
    for part, marks in _batches(ids):
        out.update(
            r
            for (r,) in conn.execute(
                f"SELECT record_id FROM sent_records WHERE org_id IN ({org_marks}) "
                f"AND tbl = ? AND record_id IN ({marks})",
                [*orgs, table, *part],
            )
        )
    return out
