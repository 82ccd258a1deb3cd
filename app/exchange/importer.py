"""Import: the checks of DESIGN §4 in order, failing closed; a preview; one transaction.

prepared = prepare_import(vault, path)   # every check; decrypts into memory; no writes
prepared.preview                          # new / updated / conflicting records, warnings
prepared.apply(vault)                     # merge + record the bundle, in one transaction
prepared.close()
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.crypto.bundle import DEFAULT_LIMITS, Limits, OuterHeader
from app.crypto.bundle_reader import InnerBundle, OuterBundle, check_files, open_inner
from app.crypto.identity import load_identity
from app.domain.records import TYPE_BY_TABLE, Record
from app.domain.values import RedactionPolicy
from app.errors import (
    BundleAlreadyImported,
    BundleContentInvalid,
    RecipientNotListed,
    SenderMismatch,
    StaleBundle,
    UnknownSigner,
)
from app.exchange import merge
from app.exchange.contacts import Contact, contact_by_key_id
from app.exchange.exporter import DATA_FORMAT
from app.exchange.state_store import load_states, merge_fields, save_states, values_of
from app.i18n import N_
from app.storage.attachments import CHUNK_BYTES
from app.storage.records import RecordStore, mapping, utc_now

_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
_BATCH = 500
_LABEL_FIELDS = ("title", "name", "text", "filename", "date")

# The preview's warnings: English here, translated where they are shown ({n} filled after).
GAP_WARNING = N_(
    "ImportWarnings",
    "{n} earlier bundle(s) from this organisation were not imported here (they may have been "
    "sent to others).",
)
UNVERIFIED_WARNING = N_(
    "ImportWarnings",
    "This contact's fingerprint has not been verified yet; compare it before trusting what "
    "this bundle says.",
)
CHAIN_WARNING = N_(
    "ImportWarnings", "This bundle does not follow the last one imported from its sender."
)
WARNINGS = (GAP_WARNING, UNVERIFIED_WARNING, CHAIN_WARNING)
_WARNING_PATTERNS = [
    (t, re.compile(re.escape(t).replace(re.escape("{n}"), r"(?P<n>\d+)"))) for t in WARNINGS
]


def localised_warning(warning: str, translate: Callable[[str, str], str]) -> str:
    """A preview warning in another language: `translate(context, english)` is the GUI's
    QCoreApplication.translate or the CLI's lookup; the number is put back afterwards."""
    for template, pattern in _WARNING_PATTERNS:
        match = pattern.fullmatch(warning)
        if match is not None:
            return translate("ImportWarnings", template).format(**match.groupdict())
    return warning


@dataclass
class RecordChange:
    table: str
    record_id: str
    label: str
    kind: str  # "new", "updated", "deleted", "conflict"
    fields: list[merge.FieldChange] = field(default_factory=list)


@dataclass
class Preview:
    bundle_id: str
    sender: str
    sender_fingerprint: str
    seq: int
    created: str
    policy: str
    warnings: list[str]
    changes: list[RecordChange]
    unchanged: int
    attachments: int

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)

    @property
    def conflicts(self) -> list[RecordChange]:
        return [c for c in self.changes if c.kind == "conflict"]

    def summary(self) -> dict[str, int]:
        return {
            "new": self.count("new"),
            "updated": self.count("updated"),
            "deleted": self.count("deleted"),
            "conflicting": self.count("conflict"),
            "unchanged": self.unchanged,
            "attachments": self.attachments,
        }


@dataclass
class _Incoming:
    cls: type[Record]
    record_id: str
    created: str
    state: merge.RecordState


@dataclass
class _Plan:
    writes: list[tuple[Record, Record | None]]  # (new, old)
    states: dict[type[Record], list[tuple[merge.RecordState, Record]]]
    local_states: dict[type[Record], list[tuple[merge.RecordState, Record]]]
    preview_changes: list[RecordChange]
    unchanged: int
    conflicts: list[tuple[str, str, merge.FieldChange]]  # table, id, change
    settled: list[tuple[str, str, list[str]]]  # table, id, fields without siblings now


def _label(record: Record) -> str:
    for name in _LABEL_FIELDS:
        value = getattr(record, name, "")
        if isinstance(value, str) and value:
            return value[:80]
    return type(record).__name__


_TYPE_CHECKS = {"str": str, "bool": bool, "int": int, "float": (int, float)}


def _field_types(cls: type[Record]) -> dict[str, Any]:
    return {f.name: _TYPE_CHECKS.get(str(f.type), object) for f in dataclasses.fields(cls)}


def _check_value(kind: Any, value: Any) -> bool:
    if kind is int and isinstance(value, bool):
        return False
    if isinstance(value, str) and len(value) > 1_000_000:
        return False
    return isinstance(value, kind)


def parse_records(data: Any) -> list[_Incoming]:
    """Validate data.json from a verified bundle (still input from another organisation)."""
    if not isinstance(data, dict) or data.get("format") != DATA_FORMAT:
        raise BundleContentInvalid()
    orgs, records = data.get("orgs"), data.get("records")
    if not isinstance(orgs, list) or not isinstance(records, list):
        raise BundleContentInvalid()
    if not all(isinstance(o, str) and _ID.match(o) for o in orgs):
        raise BundleContentInvalid()
    out: list[_Incoming] = []
    seen: set[tuple[str, str]] = set()
    types = {t: _field_types(cls) for t, cls in TYPE_BY_TABLE.items()}
    for item in records:
        if not isinstance(item, dict):
            raise BundleContentInvalid()
        table, rid, created = item.get("t"), item.get("id"), item.get("c")
        cls = TYPE_BY_TABLE.get(table) if isinstance(table, str) else None
        if cls is None or not isinstance(rid, str) or not _ID.match(rid):
            raise BundleContentInvalid()
        if not isinstance(created, str) or len(created) > 40 or (table, rid) in seen:
            raise BundleContentInvalid()
        seen.add((table, rid))
        try:
            state = merge.decode_state(item.get("s"), orgs, merge_fields(cls))
        except merge.StateFormatError:
            raise BundleContentInvalid() from None
        checks = types[table]
        for name, fs in state.fields.items():
            for sib in fs.sibs:
                if not _check_value(checks[name], sib[2]):
                    raise BundleContentInvalid()
        for name, value in state.placeholders.items():
            if not _check_value(checks[name], value):
                raise BundleContentInvalid()
        out.append(_Incoming(cls, rid, created, state))
    return out


@cache
def _defaults(cls: type[Record]) -> dict[str, Any]:
    """Values for fields a new record has no state for (a redaction left them out)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            out[f.name] = f.default
        else:
            out[f.name] = {"bool": False, "int": 0, "float": 0.0}.get(str(f.type), "")
    return out


def _plan(store: RecordStore, incoming: list[_Incoming], sender_org: str) -> _Plan:
    me = store.actor
    now = utc_now()
    plan = _Plan([], {}, {}, [], 0, [], [])
    open_conflicts = {
        (t, r)
        for t, r in store.conn.execute("SELECT tbl, record_id FROM conflicts WHERE resolved = 0")
    }
    by_type: dict[type[Record], list[_Incoming]] = {}
    for item in incoming:
        by_type.setdefault(item.cls, []).append(item)
    for cls, items in by_type.items():
        ids = [i.record_id for i in items]
        m = mapping(cls)
        local: dict[str, Record] = {}
        for start in range(0, len(ids), _BATCH):
            part = ids[start : start + _BATCH]
            marks = ", ".join("?" for _ in part)
            for row in store.conn.execute(f"{m.select} WHERE id IN ({marks})", part):
                rec = m.from_row(row)
                local[rec.id] = rec
        states = load_states(store.conn, cls.TABLE, list(local.values()))
        save: list[tuple[merge.RecordState, Record]] = []
        save_local: list[tuple[merge.RecordState, Record]] = []
        content = cls.content_fields()
        defaults = _defaults(cls)
        for item in items:
            old = local.get(item.record_id)
            if old is None:  # the common case of a first import: no merge to do
                merged = item.state
                values = {n: merged.visible(n, defaults[n]) for n in content}
                deleted = bool(merged.visible("deleted", False))
                new = cls(
                    id=item.record_id,
                    created_at=item.created or now,
                    updated_at=now,
                    revision=1,
                    changed_by=sender_org,
                    deleted=deleted,
                    **values,
                )
                plan.writes.append((new, None))
                save.append((merged, new))
                plan.preview_changes.append(
                    RecordChange(
                        cls.TABLE, item.record_id, _label(new), "deleted" if deleted else "new"
                    )
                )
                continue
            captured = False
            if old is not None:
                lstate = states.get(item.record_id) or merge.RecordState()
                captured = merge.capture(lstate, values_of(old), me)
            else:
                lstate = merge.RecordState()
            merged, changes = merge.merge_record(lstate, item.state)
            same = merged.fields == lstate.fields and merged.placeholders == lstate.placeholders
            if same and old is not None:
                plan.unchanged += 1
                if captured:
                    save_local.append((lstate, old))  # the local edits, now dots
                continue
            values = {
                n: merged.visible(n, getattr(old, n) if old else defaults[n]) for n in content
            }
            deleted = bool(merged.visible("deleted", old.deleted if old else False))
            if old is None:
                new = cls(
                    id=item.record_id,
                    created_at=item.created or now,
                    updated_at=now,
                    revision=1,
                    changed_by=sender_org,
                    deleted=deleted,
                    **values,
                )
                kind = "deleted" if deleted else "new"
            else:
                new = dataclasses.replace(old, deleted=deleted, **values)
                visible_change = new != old
                if visible_change:
                    new.revision = old.revision + 1
                    new.updated_at = now
                    new.changed_by = sender_org
                kind = "deleted" if deleted and not old.deleted else "updated"
            if any(c.conflict for c in changes):
                kind = "conflict"
                for c in changes:
                    if c.conflict:
                        plan.conflicts.append((cls.TABLE, item.record_id, c))
            if (cls.TABLE, item.record_id) in open_conflicts:
                settled = [n for n, fs in merged.fields.items() if len(fs.sibs) <= 1]
                plan.settled.append((cls.TABLE, item.record_id, settled))
            if old is None or new != old:
                plan.writes.append((new, old))
            save.append((merged, new))
            if changes or old is None:
                plan.preview_changes.append(
                    RecordChange(cls.TABLE, item.record_id, _label(new), kind, changes)
                )
            else:
                plan.unchanged += 1
        plan.states[cls] = save
        plan.local_states[cls] = save_local
    return plan


class PreparedImport:
    """A bundle that passed every check, decrypted in memory, with its preview."""

    def __init__(
        self,
        outer: OuterBundle,
        header: OuterHeader,
        inner: InnerBundle,
        contact: Contact,
        incoming: list[_Incoming],
        preview: Preview,
        plan: _Plan,
        changes_seen: int,
    ) -> None:
        self.outer = outer
        self.header = header
        self.inner = inner
        self.contact = contact
        self.incoming = incoming
        self.preview = preview
        self._plan = plan
        self._changes_seen = changes_seen  # the connection's write counter when planned

    def close(self) -> None:
        self.inner.close()
        self.outer.close()

    def __enter__(self) -> PreparedImport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def apply(self, vault: Any) -> Preview:
        """Merge and record the bundle as imported, all in one transaction."""
        store: RecordStore = vault.store
        conn = store.conn
        with store.transaction():
            _check_replay(conn, self.contact, self.header)
            # One connection owns the vault: if it wrote nothing since the preview was made,
            # the plan is still exact; otherwise plan again against the current records.
            if conn.total_changes == self._changes_seen:
                plan = self._plan
            else:
                plan = _plan(store, self.incoming, self.contact.org_id)
            for new, old in plan.writes:
                store.put_merged(new, old)
            now = utc_now()
            bundle_id = self.header.bundle_id
            org = self.contact.org_id
            for cls, states in plan.local_states.items():
                save_states(conn, cls.TABLE, states)
            for cls, states in plan.states.items():
                save_states(conn, cls.TABLE, states, source=(org, bundle_id, now))
            _record_conflicts(conn, plan, self.contact, bundle_id, now)
            self._store_attachments(store)
            conn.execute(
                "INSERT INTO seen_bundles (bundle_id, sender_org_id, seq, manifest_sha256, "
                "imported_at, summary) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    bundle_id,
                    org,
                    self.header.seq,
                    self.inner.manifest_sha256,
                    now,
                    json.dumps(self.preview.summary()),
                ),
            )
            conn.execute(
                "INSERT INTO exchange_peers (org_id, last_seq, last_bundle_id, "
                "last_manifest_sha256, last_imported_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (org_id) DO UPDATE SET last_seq = excluded.last_seq, "
                "last_bundle_id = excluded.last_bundle_id, "
                "last_manifest_sha256 = excluded.last_manifest_sha256, "
                "last_imported_at = excluded.last_imported_at",
                (org, self.header.seq, bundle_id, self.inner.manifest_sha256, now),
            )
        return self.preview

    def _store_attachments(self, store: RecordStore) -> None:
        conn = store.conn
        for attachment_id in self.inner.attachments:
            row = conn.execute(
                "SELECT sha256, deleted FROM attachments WHERE id = ?", (attachment_id,)
            ).fetchone()
            if row is None or row[1]:
                continue  # no record for it (or deleted): the bytes are not kept
            expected = self.inner.manifest["files"]["attachments/" + attachment_id]["sha256"]
            if not hmac.compare_digest(str(expected), str(row[0])):
                continue  # the merged record describes another version of the file
            have = conn.execute(
                "SELECT count(*) FROM attachment_chunks WHERE attachment_id = ?",
                (attachment_id,),
            ).fetchone()[0]
            if have:
                continue
            seq = 0
            buffer = bytearray()
            for chunk in self.inner.open_attachment(attachment_id):
                buffer += chunk
                while len(buffer) >= CHUNK_BYTES:
                    conn.execute(
                        "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
                        (attachment_id, seq, bytes(buffer[:CHUNK_BYTES])),
                    )
                    del buffer[:CHUNK_BYTES]
                    seq += 1
            if buffer:
                conn.execute(
                    "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
                    (attachment_id, seq, bytes(buffer)),
                )


def _record_conflicts(conn: Any, plan: _Plan, contact: Contact, bundle_id: str, now: str) -> None:
    for table, rid, fields in plan.settled:
        if fields:
            marks = ", ".join("?" for _ in fields)
            conn.execute(
                "UPDATE conflicts SET resolved = 1, resolved_at = ? WHERE resolved = 0 AND "
                f"tbl = ? AND record_id = ? AND field IN ({marks})",
                [now, table, rid, *fields],
            )
    for table, rid, change in plan.conflicts:
        incoming = change.incoming[0] if len(change.incoming) == 1 else change.incoming
        sources = json.dumps({"from": contact.org_name, "org_id": contact.org_id})
        updated = conn.execute(
            "UPDATE conflicts SET incoming_value = ?, sources = ?, bundle_id = ? "
            "WHERE resolved = 0 AND tbl = ? AND record_id = ? AND field = ?",
            (json.dumps(incoming, ensure_ascii=False), sources, bundle_id, table, rid, change.name),
        ).rowcount
        if not updated:
            conn.execute(
                "INSERT INTO conflicts (tbl, record_id, field, local_value, incoming_value, "
                "sources, bundle_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    table,
                    rid,
                    change.name,
                    json.dumps(change.before, ensure_ascii=False),
                    json.dumps(incoming, ensure_ascii=False),
                    sources,
                    bundle_id,
                    now,
                ),
            )


def _check_replay(conn: Any, contact: Contact, header: OuterHeader) -> list[str]:
    if conn.execute(
        "SELECT 1 FROM seen_bundles WHERE bundle_id = ?", (header.bundle_id,)
    ).fetchone():
        raise BundleAlreadyImported()
    row = conn.execute(
        "SELECT last_seq FROM exchange_peers WHERE org_id = ?", (contact.org_id,)
    ).fetchone()
    warnings: list[str] = []
    if row is not None:
        if header.seq <= int(row[0]):
            raise StaleBundle()
        if header.seq > int(row[0]) + 1:
            warnings.append(GAP_WARNING.format(n=int(header.seq) - int(row[0]) - 1))
    return warnings


def prepare_import(vault: Any, path: Path, limits: Limits = DEFAULT_LIMITS) -> PreparedImport:
    """Run every check of DESIGN §4 in order; nothing is written to the vault."""
    conn = vault.conn
    outer = OuterBundle(Path(path), limits)  # 1. member names, duplicates, size caps
    inner: InnerBundle | None = None
    try:
        contact = contact_by_key_id(conn, outer.key_id)  # 2. signed by a known contact
        if contact is None:
            raise UnknownSigner()
        header = outer.verify(contact.key_id, contact.sign_public)
        warnings = _check_replay(conn, contact, header)  # 3. replay / rollback / gap
        ident = load_identity(conn)
        plaintext = outer.decrypt(ident.age_secret)  # 4. decrypt in memory
        # 5. inner signature by the same key; 6. manifest hash, id, sequence match
        inner = open_inner(plaintext, header, (contact.key_id, contact.sign_public), limits)
        if inner.sender.org_id != contact.org_id:
            raise SenderMismatch()
        # 7. this vault is a listed recipient (else the bundle was forwarded)
        if not any(
            r.age_recipient == ident.age_recipient and r.org_id == vault.org_id
            for r in inner.recipients
        ):
            raise RecipientNotListed()
        check_files(inner, limits)  # 8. file hashes
        incoming = parse_records(inner.data)
        policy = inner.data.get("policy", "")
        # Shown in the preview and printed by the CLI: only a policy name, never the sender's
        # arbitrary text (terminal escape sequences, rich text).
        policy = policy if policy in {p.value for p in RedactionPolicy} else ""
        inner.data = None
        if not contact.verified:
            warnings.append(UNVERIFIED_WARNING)
        row = conn.execute(
            "SELECT last_seq, last_manifest_sha256 FROM exchange_peers WHERE org_id = ?",
            (contact.org_id,),
        ).fetchone()
        prev = inner.manifest.get("prev_manifest_sha256")
        if row is not None and header.seq == int(row[0]) + 1 and prev != row[1]:
            warnings.append(CHAIN_WARNING)
        plan = _plan(vault.store, incoming, contact.org_id)
        preview = Preview(
            header.bundle_id,
            contact.org_name,
            contact.fingerprint,
            header.seq,
            header.created,
            policy,
            warnings,
            plan.preview_changes,
            plan.unchanged,
            len(inner.attachments),
        )
        return PreparedImport(
            outer, header, inner, contact, incoming, preview, plan, conn.total_changes
        )
    except BaseException:
        if inner is not None:
            inner.close()
        outer.close()
        raise


def import_bundle(vault: Any, path: Path, *, dry_run: bool = False) -> Preview:
    with prepare_import(vault, path) as prepared:
        if dry_run:
            return prepared.preview
        return prepared.apply(vault)
