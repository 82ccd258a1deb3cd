"""Conflicts: the same field edited on both sides. Listed for the user, resolved field by field.

A resolution is an edit of this vault that supersedes every standing value, so it travels in the
next bundle and settles the conflict in partner vaults too.

A conflict on a privacy flag (`Conflict.privacy`) is a *held-back* change: a partner's bundle
lowered the flag, or lowered it while we raised it, and the flag stays raised (docs/trust-rules.md).
`reveals` says what would become visible outside this vault if the user accepted the lowering.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.domain.records import (
    ALL_PRIVACY_FLAGS,
    TYPE_BY_TABLE,
    Affiliation,
    Meeting,
    MinuteEntry,
    Person,
    Session,
)
from app.errors import ConflictNotFound, InvalidInput
from app.exchange import merge
from app.exchange.state_store import load_states, save_states, values_of
from app.i18n import N_
from app.storage.records import utc_now


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    record_id: str
    field: str
    label: str
    local_value: Any
    incoming_value: Any
    source: str  # the organisation whose bundle brought the other value
    bundle_id: str
    created_at: str
    standing: list[Any]  # every value still standing for this field
    privacy: bool = False  # a privacy flag kept raised until a local user confirms lowering it
    reveals: tuple[tuple[str, str], ...] = ()  # (what, value) visible to partners if lowered

    @property
    def accept_value(self) -> Any:
        """The incoming value (for a privacy flag: lowered)."""
        if self.privacy:
            return False
        return (
            self.incoming_value[0] if isinstance(self.incoming_value, list) else self.incoming_value
        )


def _label(record: Any) -> str:
    for name in ("title", "name", "text", "filename"):
        value = getattr(record, name, "")
        if isinstance(value, str) and value:
            return value[:80]
    return type(record).__name__


def _values(vault: Any, record: Any, field: str) -> list[str]:
    """Every text that stands for `field`: the value shown and each value standing beside it in
    the merge state (a conflict). A bundle carries the whole state of a field it does not hide,
    so once the flag is lowered every one of them travels, not only the one shown."""
    out: list[str] = []
    state = load_states(vault.conn, type(record).TABLE, [record]).get(record.id)
    fs = state.fields.get(field) if state else None
    for value in [getattr(record, field), *(s[2] for s in (fs.sibs if fs else []))]:
        if isinstance(value, str) and value and value not in out:
            out.append(value)
    return out


# What a lowered flag would reveal, shown by the Conflicts screen and `roundtable conflicts`.
NAME, ROLE = N_("ConflictsView", "Name"), N_("ConflictsView", "Role")
VENUE, SESSION_VENUE = N_("ConflictsView", "Venue"), N_("ConflictsView", "Session venue")
MINUTE_ENTRY = N_("ConflictsView", "Minute entry")


def _reveals(vault: Any, record: Any, field: str) -> tuple[tuple[str, str], ...]:
    """What partners and reports would show if the privacy flag `field` of `record` were
    lowered: the text the flag hides today (shown only to this vault's own user)."""
    out: list[tuple[str, str]] = []
    if isinstance(record, Person) and field == "anonymous":
        out += [(NAME, v) for v in _values(vault, record, "name")]
        out += [(ROLE, v) for v in _values(vault, record, "role_title")]
        for role in vault.store.select(Affiliation, "person_id = ?", [record.id]):
            out += [(ROLE, v) for v in _values(vault, role, "role_title") if (ROLE, v) not in out]
    elif isinstance(record, Meeting) and field == "location_sensitive":
        out += [(VENUE, v) for v in _values(vault, record, "location_venue")]
        for session in vault.store.select(Session, "meeting_id = ?", [record.id]):
            out += [(SESSION_VENUE, v) for v in _values(vault, session, "venue")]
    elif isinstance(record, MinuteEntry) and field == "confidential":
        out += [(MINUTE_ENTRY, v) for v in _values(vault, record, "text")]
    return tuple(out)


def list_conflicts(vault: Any) -> list[Conflict]:
    rows = vault.conn.execute(
        "SELECT id, tbl, record_id, field, local_value, incoming_value, sources, bundle_id, "
        "created_at FROM conflicts WHERE resolved = 0 ORDER BY created_at, id"
    ).fetchall()
    out: list[Conflict] = []
    for cid, table, rid, field, local, incoming, sources, bundle_id, created in rows:
        cls = TYPE_BY_TABLE.get(table)
        if cls is None:
            continue
        record = vault.store.find_any(cls, rid)
        state = load_states(vault.conn, table, [record]).get(rid) if record else None
        fs = state.fields.get(field) if state else None
        standing = [s[2] for s in fs.sibs] if fs else []
        privacy = field in ALL_PRIVACY_FLAGS
        reveals = _reveals(vault, record, field) if privacy and record is not None else ()
        out.append(
            Conflict(
                cid,
                table,
                rid,
                field,
                _label(record) if record else rid,
                json.loads(local),
                json.loads(incoming),
                json.loads(sources).get("from", ""),
                bundle_id,
                created,
                standing,
                privacy,
                reveals,
            )
        )
    return out


def count_conflicts(conn: Any) -> int:
    return int(conn.execute("SELECT count(*) FROM conflicts WHERE resolved = 0").fetchone()[0])


def resolve_conflict(vault: Any, conflict_id: int, value: Any) -> None:
    """Keep `value` for the conflicting field (one of the standing values, or a new one)."""
    row = vault.conn.execute(
        "SELECT tbl, record_id, field FROM conflicts WHERE id = ? AND resolved = 0",
        (conflict_id,),
    ).fetchone()
    if row is None:
        raise ConflictNotFound()
    table, rid, field = row
    cls = TYPE_BY_TABLE[table]
    store = vault.store
    record = store.get(cls, rid, include_deleted=True)
    if field not in values_of(record):
        raise ConflictNotFound()
    current = values_of(record)[field]
    if type(value) is not type(current) and not (
        isinstance(current, float) and isinstance(value, int)
    ):
        raise InvalidInput(N_("Errors", "The chosen value has the wrong type for this field."))
    with store.transaction():
        state = load_states(vault.conn, table, [record]).get(rid) or merge.RecordState()
        merge.capture(state, values_of(record), vault.org_id)
        merge.resolve(state, field, value, vault.org_id)
        if field == "deleted":
            if value and not record.deleted:
                store.delete(record)
            elif not value and record.deleted:
                store.update(record, deleted=False)
        elif current != value:
            store.update(record, **{field: value})
        save_states(vault.conn, table, [(state, store.get(cls, rid, include_deleted=True))])
        vault.conn.execute(
            "UPDATE conflicts SET resolved = 1, resolved_at = ? WHERE tbl = ? AND record_id = ? "
            "AND field = ? AND resolved = 0",
            (utc_now(), table, rid, field),
        )
