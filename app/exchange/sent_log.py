"""What this vault sent to whom: the facts the import trust rules stand on (docs/trust-rules.md).

Written in the export's own transaction, so a bundle that was not written recorded nothing:
- `sent_records`: which records each contact was sent (whatever the redaction);
- `own_edits_sent`: for each record, the highest edit number of our own organisation that any
  bundle carried, field by field. No partner can have seen more of our edits than that, however
  bundles were passed on between partners.
- `own_edits_sent_to`: the same per contact, for the records a contact was sent directly with
  some field hidden (kept from the first such bundle on; other records need no row). A field a
  redaction hid from it (an anonymous person's name) is not in it, even if another contact was
  sent that field in full.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from app.domain.records import TYPE_BY_TABLE

_BATCH = 500
ANY_FIELD = "*"  # recorded before these tables existed: one number for every field
_FIELDS_OF = {t: (*c.content_fields(), "deleted") for t, c in TYPE_BY_TABLE.items()}


def _batches(ids: Sequence[str]) -> Iterable[tuple[list[str], str]]:
    for start in range(0, len(ids), _BATCH):
        part = list(ids[start : start + _BATCH])
        yield part, ", ".join("?" for _ in part)


def record_sent(
    conn: Any, recipients: Sequence[str], table: str, sent: dict[str, dict[str, int]]
) -> None:
    """`sent`: record id -> {field: our highest edit number in the state sent (0: none)}, for
    every field the bundle carried a state for (not the fields a redaction hid)."""
    ids = list(sent)
    conn.executemany(
        "INSERT OR IGNORE INTO sent_records (org_id, tbl, record_id) VALUES (?, ?, ?)",
        [(org, table, rid) for org in recipients for rid in ids],
    )
    known = own_edits_sent(conn, table, [rid for rid, c in sent.items() if any(c.values())])
    rows = []
    for rid, counters in sent.items():
        if not any(counters.values()):
            continue
        merged = dict(known.get(rid, {}))
        for name, n in counters.items():
            if n:
                merged[name] = max(n, merged.get(name, 0))
        if merged != known.get(rid):
            rows.append((table, rid, json.dumps(merged, sort_keys=True)))
    conn.executemany(
        "INSERT INTO own_edits_sent (tbl, record_id, counters) VALUES (?, ?, ?) "
        "ON CONFLICT (tbl, record_id) DO UPDATE SET counters = excluded.counters",
        rows,
    )
    every = set(_FIELDS_OF.get(table, ()))
    for org in recipients:
        known_to = own_edits_sent_to(conn, org, table, ids)
        rows_to = []
        for rid, counters in sent.items():
            if rid not in known_to and every.issubset(counters):
                continue  # nothing hidden from it: the bound "to anyone" is right (no row)
            merged = dict(known_to.get(rid, {}))
            for name, n in counters.items():
                merged[name] = max(n, merged.get(name, 0))
            if rid not in known_to or merged != known_to[rid]:
                rows_to.append((org, table, rid, json.dumps(merged, sort_keys=True)))
        conn.executemany(
            "INSERT INTO own_edits_sent_to (org_id, tbl, record_id, counters) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (org_id, tbl, record_id) "
            "DO UPDATE SET counters = excluded.counters",
            rows_to,
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


def own_edits_sent_to(
    conn: Any, org_id: str, table: str, ids: Sequence[str]
) -> dict[str, dict[str, int]]:
    """What `org_id` was sent directly: record id -> {field: our highest edit number (0: none)}
    for every field it was sent a state for, for the records among `ids` it was sent with some
    field hidden (from the first such bundle on). A field absent was hidden from it since."""
    out: dict[str, dict[str, int]] = {}
    for part, marks in _batches(ids):
        for rid, text in conn.execute(
            f"SELECT record_id, counters FROM own_edits_sent_to WHERE org_id = ? AND tbl = ? "
            f"AND record_id IN ({marks})",
            [org_id, table, *part],
        ):
            out[rid] = {k: int(v) for k, v in json.loads(text).items()}
    return out


def own_bounds_for(
    conn: Any, org_id: str, table: str, ids: Sequence[str]
) -> dict[str, dict[str, int]]:
    """The bound on claims of our edits that `org_id` may make, per record and field (read with
    `own_bound`): what anyone was sent (bundles are passed on between partners), except that a
    field of a record we sent `org_id` only ever with that field hidden (a redaction: an
    anonymous person's name) is bound to 0 -- we chose not to show it our edits of that field,
    so it cannot claim to have superseded them."""
    out = own_edits_sent(conn, table, ids)
    for rid, clear in own_edits_sent_to(conn, org_id, table, ids).items():
        counters = out.get(rid, {})
        every = counters.get(ANY_FIELD, 0)
        out[rid] = {
            name: max(counters.get(name, 0), every) if name in clear else 0
            for name in {*counters, *clear, *_FIELDS_OF.get(table, ())}
            if name != ANY_FIELD
        }
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


def forget_recipient(conn: Any, org_id: str) -> None:
    """A contact is removed: what it was sent no longer lets anyone with its organisation id
    change those records (rule 1.1), nor does which of its fields it was sent hidden or shown
    (`own_edits_sent_to`: the next holder of the id earns its own). `own_edits_sent` stays: it
    bounds what left this vault to anyone, and the removed contact still holds (and may pass on)
    what it was sent."""
    conn.execute("DELETE FROM sent_records WHERE org_id = ?", (org_id,))
    # Which fields it was sent hidden or shown: the next holder of the id earns its own.
    conn.execute("DELETE FROM own_edits_sent_to WHERE org_id = ?", (org_id,))
    row = conn.execute(
        "SELECT value FROM vault_meta WHERE key = 'trust_legacy_recipients'"
    ).fetchone()
    if row is not None:
        legacy = [o for o in json.loads(row[0]) if o != org_id]
        conn.execute(
            "UPDATE vault_meta SET value = ? WHERE key = 'trust_legacy_recipients'",
            (json.dumps(legacy),),
        )


def note_removed_edits(conn: Any, org_id: str) -> int:
    """A contact is removed: remember, per record, the highest edit number under its
    organisation id that the record's state holds. Dots name only the organisation id, so
    without this a later contact with the same id would inherit rule 1.3's right to change
    every record the removed one had edited. Returns the number of records."""
    from app.storage.schema import own_dots_max

    needle = json.dumps(org_id)  # as the id is written inside a stored state
    rows = []
    for tbl, rid, text in conn.execute(
        "SELECT tbl, record_id, state FROM record_state WHERE instr(state, ?) > 0", (needle,)
    ):
        n = own_dots_max(text, org_id)
        if n:
            rows.append((org_id, tbl, rid, n))
    conn.executemany(
        "INSERT INTO removed_edits (org_id, tbl, record_id, upto) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (org_id, tbl, record_id) DO UPDATE SET upto = MAX(upto, excluded.upto)",
        rows,
    )
    return len(rows)


def removed_edits(conn: Any, org_id: str, table: str, ids: Sequence[str]) -> dict[str, int]:
    """record id -> the edit number under `org_id` up to which a removed contact's edits go."""
    out: dict[str, int] = {}
    for part, marks in _batches(ids):
        out.update(
            conn.execute(
                f"SELECT record_id, upto FROM removed_edits WHERE org_id = ? AND tbl = ? "
                f"AND record_id IN ({marks})",
                [org_id, table, *part],
            ).fetchall()
        )
    return out
