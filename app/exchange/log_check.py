"""The change log across vaults (docs/history.md): what an export sends, what an import checks.

Every bundle's outer signature states the sender's checkpoint (entry count and head of its
hash-chained change log). `log.json` inside proves that the chain grew from the checkpoint the
sender last sent these recipients: the head it started from and the leaf hashes added since.
Each vault remembers the last checkpoint of each contact (`log_peers`); a new one that does not
extend it means the sender rewrote (or rolled back) changes it had already sent: the import says
so, naming the sender. `history.json` (full bundles only) carries the records' history to the
organisation's other devices.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.crypto.bundle import HISTORY, LOG, OuterHeader
from app.domain.records import TYPE_BY_TABLE
from app.domain.values import RedactionPolicy
from app.errors import BundleContentInvalid, LogProofInvalid
from app.i18n import N_
from app.storage import history
from app.storage.records import utc_now

LOG_FORMAT = "roundtable-log/1"
HISTORY_FORMAT = "roundtable-history/1"
_HEX64 = re.compile(r"^[0-9a-f]{64}\Z")
_ID = re.compile(r"^[0-9A-Za-z-]{1,64}\Z")
MAX_LEAVES = 5_000_000
MAX_HISTORY = 1_000_000

REWRITTEN_WARNING = N_(
    "ImportWarnings",
    "{name}'s change log does not continue the one it sent before ({old} changes then, {new} "
    "now): it rewrote or removed changes it had already sent, or went back to an older copy "
    "of its vault. Ask them why before trusting this bundle (fingerprint {fp}).",
)
UNCHECKED_WARNING = N_(
    "ImportWarnings",
    "Whether {name}'s change log only grew could not be checked: bundles it sent in between "
    "were not imported here.",
)
NO_LOG_WARNING = N_(
    "ImportWarnings",
    "{name} sent a change-log checkpoint before, but this bundle has none.",
)
WARNINGS = (REWRITTEN_WARNING, UNCHECKED_WARNING, NO_LOG_WARNING)

# Outcomes of the check.
FIRST, GREW, REWRITTEN, UNCHECKED, NONE, MISSING = (
    "first",
    "grew",
    "rewritten",
    "unchecked",
    "none",
    "missing",
)


# --- export ----------------------------------------------------------------------------------
def outgoing(
    conn: Any, recipients: Sequence[str], policy: RedactionPolicy, records: Sequence[dict[str, Any]]
) -> tuple[dict[str, bytes], tuple[int, str]]:
    """(inner files, checkpoint) for a bundle to `recipients` carrying `records` (data.json's)."""
    count, head = history.head(conn)
    marks = ", ".join("?" for _ in recipients)
    rows = conn.execute(
        f"SELECT org_id, count FROM log_sent WHERE org_id IN ({marks})", list(recipients)
    ).fetchall()
    # A recipient that never had a checkpoint from us needs no proof (it starts from this one);
    # the others need the leaves since the oldest checkpoint any of them holds.
    base = min((int(c) for _o, c in rows), default=count)
    base = min(base, count)
    proof = {
        "format": LOG_FORMAT,
        "base": base,
        "base_head": history.head_at(conn, base).hex(),
        "leaves": [leaf.hex() for leaf in history.leaves(conn, base, count)],
        "count": count,
        "head": head.hex(),
    }
    files = {LOG: history.canonical(proof)}
    if policy == RedactionPolicy.FULL:
        # Entries after what the least advanced recipient was sent in a full bundle (all of
        # them for a new device), at most MAX_HISTORY: the newest.
        sent_before = dict(
            conn.execute(
                f"SELECT org_id, history_count FROM log_sent WHERE org_id IN ({marks})",
                list(recipients),
            ).fetchall()
        )
        after = min(int(sent_before.get(org, 0)) for org in recipients)
        pairs = {(r["t"], r["id"]) for r in records}
        entries = history.export_rows(conn, pairs, after=after, limit=MAX_HISTORY)
        files[HISTORY] = history.canonical({"format": HISTORY_FORMAT, "entries": entries})
    return files, (count, head.hex())


def sent(
    conn: Any, recipients: Sequence[str], checkpoint: tuple[int, str], *, full: bool = False
) -> None:
    """Recorded in the export's transaction: these recipients now hold this checkpoint (and,
    for a full bundle, the history up to it)."""
    for org in recipients:
        conn.execute(
            "INSERT INTO log_sent (org_id, count, head, history_count) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (org_id) DO UPDATE SET count = excluded.count, head = excluded.head, "
            "history_count = max(history_count, excluded.history_count)",
            (org, checkpoint[0], checkpoint[1], checkpoint[0] if full else 0),
        )


# --- import ----------------------------------------------------------------------------------
@dataclass
class LogCheck:
    status: str
    count: int | None = None
    head: str = ""
    previous_count: int | None = None
    warning: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "count": self.count,
            "head": self.head,
            "previous_count": self.previous_count,
        }


def _proof(doc: Any, header: OuterHeader) -> tuple[int, bytes, list[bytes]]:
    """The proof's (base, base head, leaves), checked against the signed checkpoint."""
    if not isinstance(doc, dict) or set(doc) != {
        "format",
        "base",
        "base_head",
        "leaves",
        "count",
        "head",
    }:
        raise LogProofInvalid()
    base, leaves = doc["base"], doc["leaves"]
    if doc["format"] != LOG_FORMAT or type(base) is not int or not isinstance(leaves, list):
        raise LogProofInvalid()
    if doc["count"] != header.log_count or doc["head"] != header.log_head:
        raise LogProofInvalid()
    if not 0 <= base <= header.log_count or len(leaves) != header.log_count - base:
        raise LogProofInvalid()
    if len(leaves) > MAX_LEAVES or not all(isinstance(x, str) and _HEX64.match(x) for x in leaves):
        raise LogProofInvalid()
    if not isinstance(doc["base_head"], str) or not _HEX64.match(doc["base_head"]):
        raise LogProofInvalid()
    out = [bytes.fromhex(x) for x in leaves]
    start = bytes.fromhex(doc["base_head"])
    if history.chain(start, out).hex() != header.log_head:
        raise LogProofInvalid()
    return base, start, out


def check(
    conn: Any, org_id: str, name: str, fingerprint: str, header: OuterHeader, extras: dict
) -> LogCheck:
    """Does the sender's signed checkpoint extend the last one we saw from it?"""
    row = conn.execute("SELECT count, head FROM log_peers WHERE org_id = ?", (org_id,)).fetchone()
    if header.log_count is None:
        if LOG in extras:
            raise LogProofInvalid()  # a proof with no signed checkpoint to anchor it
        if row is None:
            return LogCheck(NONE)
        return LogCheck(MISSING, warning=NO_LOG_WARNING.format(name=name))
    if LOG not in extras:
        raise LogProofInvalid()
    base, start, leaves = _proof(extras[LOG], header)
    result = LogCheck(GREW, header.log_count, header.log_head)
    if row is None:
        result.status = FIRST
        return result
    old_count, old_head = int(row[0]), str(row[1])
    result.previous_count = old_count
    rewritten = LogCheck(
        REWRITTEN,
        header.log_count,
        header.log_head,
        old_count,
        REWRITTEN_WARNING.format(name=name, old=old_count, new=header.log_count, fp=fingerprint),
    )
    if old_count > header.log_count:
        return rewritten
    if base > old_count and not _follows_last_import(conn, org_id, header.seq):
        result.status = UNCHECKED
        result.warning = UNCHECKED_WARNING.format(name=name)
        return result
    if base > old_count or history.chain(start, leaves[: old_count - base]).hex() != old_head:
        return rewritten
    return result


def _follows_last_import(conn: Any, org_id: str, seq: int) -> bool:
    """The bundle's number follows the last one imported from this sender: nothing was sent
    in between (to anyone), so the checkpoint we hold is the last one it sent us, and an
    honest proof starts at or before it."""
    row = conn.execute("SELECT last_seq FROM exchange_peers WHERE org_id = ?", (org_id,))
    found = row.fetchone()
    return found is not None and seq == int(found[0]) + 1


def remember(conn: Any, org_id: str, bundle_id: str, result: LogCheck) -> None:
    if result.count is None:
        return
    conn.execute(
        "INSERT INTO log_peers (org_id, count, head, bundle_id, seen_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (org_id) DO UPDATE SET count = excluded.count, head = excluded.head, "
        "bundle_id = excluded.bundle_id, seen_at = excluded.seen_at",
        (org_id, result.count, result.head, bundle_id, utc_now()),
    )


_ENTRY_KEYS = {"n", "t", "id", "at", "org", "bundle", "kind", "rev", "before", "other"}
_KINDS = {
    history.CREATE,
    history.UPDATE,
    history.DELETE,
    history.RESTORE,
    history.CONFLICT,
}


def _encodes(value: str) -> bool:
    if value.isascii():
        return True
    try:
        value.encode("utf-8")  # a lone surrogate ("\ud800" in JSON) does not
    except UnicodeEncodeError:
        return False
    return True


def _short_text(value: Any, cap: int) -> bool:
    return isinstance(value, str) and len(value) <= cap and "\x00" not in value and _encodes(value)


def _value(value: Any, depth: int = 0) -> bool:
    """A field's value as history keeps it: a scalar, or (a merge's set-aside values) a short
    list of them; its text valid UTF-8, so it can be stored and shown."""
    if value is None or type(value) in (bool, int, float):
        return True
    if isinstance(value, str):
        return _encodes(value)
    if isinstance(value, list) and depth < 2 and len(value) <= 64:
        return all(_value(v, depth + 1) for v in value)
    return False


# The fields an entry may name, per table (looked up once, not per entry).
_ENTRY_FIELDS = {
    table: frozenset((*cls.content_fields(), "deleted")) for table, cls in TYPE_BY_TABLE.items()
}


def received_history(doc: Any, allowed: set[tuple[str, str]] | None) -> list[dict[str, Any]]:
    """history.json's entries for records this import may change (None: every entry, for a
    caller that filters later); anything malformed refuses the bundle (it is signed input from
    another vault, shown to the user as history)."""
    if not isinstance(doc, dict) or set(doc) != {"format", "entries"}:
        raise BundleContentInvalid()
    entries = doc["entries"]
    if doc["format"] != HISTORY_FORMAT or not isinstance(entries, list):
        raise BundleContentInvalid()
    if len(entries) > MAX_HISTORY:
        raise BundleContentInvalid()
    out = []
    for e in entries:
        # `e.keys() != ...` compares without building a set per entry
        if not isinstance(e, dict) or e.keys() != _ENTRY_KEYS:
            raise BundleContentInvalid()
        if type(e["n"]) is not int or not 1 <= e["n"] < 2**53 or type(e["rev"]) is not int:
            raise BundleContentInvalid()
        if not 0 <= e["rev"] < 2**53:  # SQLite holds 64 bits: a larger one would crash the write
            raise BundleContentInvalid()
        table, kind, rid = e["t"], e["kind"], e["id"]
        if not isinstance(table, str) or not isinstance(kind, str):
            raise BundleContentInvalid()  # a list or dict here cannot even be looked up
        if table not in TYPE_BY_TABLE or kind not in _KINDS:
            raise BundleContentInvalid()
        at, org, bundle = e["at"], e["org"], e["bundle"]
        # `_short_text` of the four texts, at once for the usual ASCII ones (ASCII text always
        # encodes; one NUL in any is one in the four joined); anything else is looked at one
        # text at a time, as before.
        if not (
            type(rid) is str
            and type(at) is str
            and type(org) is str
            and type(bundle) is str
            and len(rid) <= 64
            and len(at) <= 40
            and len(org) <= 100
            and len(bundle) <= 100
            and (joined := rid + at + org + bundle).isascii()
            and "\x00" not in joined
        ) and not (
            _short_text(rid, 64)
            and _short_text(at, 40)
            and _short_text(org, 100)
            and _short_text(bundle, 100)
        ):
            raise BundleContentInvalid()
        if not _ID.match(rid):
            raise BundleContentInvalid()
        before, other = e["before"], e["other"]
        if not (type(before) is dict and type(other) is dict and not before and not other):
            fields = _ENTRY_FIELDS[table]  # not a creation's two empty objects: field by field
            for part in (before, other):
                if not isinstance(part, dict):
                    raise BundleContentInvalid()
                if part and (
                    not fields.issuperset(part) or not all(_value(v) for v in part.values())
                ):
                    raise BundleContentInvalid()
        if allowed is None or (table, rid) in allowed:
            out.append(e)
    return out
