"""Import: the checks of DESIGN §4 in order, failing closed; a preview; one transaction.

prepared = prepare_import(vault, path)   # every check; decrypts into memory; no writes
prepared.preview                          # new / updated / conflicting records, warnings
prepared.apply(vault)                     # merge + record the bundle, in one transaction
prepared.close()

What a bundle may change at all (records it created or was sent, never our own organisation,
no claim of our edits beyond what we sent, privacy flags never lowered) is decided while the
import is planned, in `_plan`: docs/trust-rules.md.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import operator
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from app.crypto.bundle import (
    DEFAULT_LIMITS,
    HISTORY,
    SEAL,
    Limits,
    OuterHeader,
    remove_leftovers,
)
from app.crypto.bundle_reader import InnerBundle, OuterBundle, check_files, open_inner
from app.crypto.identity import load_identity
from app.domain.records import (
    Affiliation,
    Meeting,
    Organisation,
    Person,
    Record,
    Session,
)
from app.domain.values import RedactionPolicy
from app.errors import (
    BundleAlreadyImported,
    BundleContentInvalid,
    RecipientNotListed,
    SealInvalid,
    SenderMismatch,
    StaleBundle,
)
from app.exchange import log_check, merge
from app.exchange.contacts import Contact, find_signer, name_clashes
from app.exchange.gc_pause import gc_paused
from app.exchange.sent_log import own_bound, own_bounds_for, removed_edits, sent_to
from app.exchange.state_store import (
    OneValueState,
    load_states,
    merge_fields,
    origins,
    save_states,
    values_of,
)
from app.exchange.validate import read_data
from app.i18n import N_
from app.storage import history
from app.storage.attachments import CHUNK_BYTES
from app.storage.records import RecordStore, mapping, utc_now

_first = operator.itemgetter(0)
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
SQUAT_WARNING = N_(
    "ImportWarnings",
    "Bundle id {bundle} was already used by a bundle from {name} (fingerprint {fp}). Bundle ids "
    "never repeat by chance: one of the two organisations copied the other's id. This bundle "
    "was checked against its own sender's key; ask both organisations about it.",
)
SQUAT_REMOVED_WARNING = N_(
    "ImportWarnings",
    "Bundle id {bundle} was already used by a bundle from a contact since removed. Bundle ids "
    "never repeat by chance: one of the two organisations copied the other's id. This bundle "
    "was checked against its own sender's key; ask both organisations about it.",
)
NAME_CLASH_WARNING = N_(
    "ImportWarnings",
    "Another contact, or your own organisation, has a name that looks the same as this "
    "sender's; tell them apart by the fingerprint: {fp}.",
)
CLAIMS_WARNING = N_(
    "ImportWarnings",
    "{n} field(s) claimed to have seen edits of yours that you never sent; those claims were "
    "ignored, so their values meet yours as conflicts instead of replacing them.",
)
FORGED_WARNING = N_(
    "ImportWarnings",
    "{n} field(s) here held edits in this organisation's name that it says it never made "
    "(claimed by another partner); those were dropped, so its own edits meet the others as "
    "conflicts.",
)
SHADOWED_WARNING = N_(
    "ImportWarnings",
    "{n} field(s) carry edits numbered like edits that a contact you removed made under this "
    "organisation id; they were taken as that contact's, already seen here, and may not show. "
    "Ask the partner to edit them once more.",
)
WARNINGS = (
    GAP_WARNING,
    UNVERIFIED_WARNING,
    CHAIN_WARNING,
    SQUAT_WARNING,
    SQUAT_REMOVED_WARNING,
    NAME_CLASH_WARNING,
    CLAIMS_WARNING,
    FORGED_WARNING,
    SHADOWED_WARNING,
    *log_check.WARNINGS,
)


def _pattern(template: str) -> re.Pattern[str]:
    """The template with each {name} a named group: numbers as digits, anything else lazily."""
    parts = re.split(r"\{(\w+)\}", template)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(re.escape(part))
        else:
            out.append(rf"(?P<{part}>\d+)" if part == "n" else rf"(?P<{part}>.+?)")
    return re.compile("".join(out), re.DOTALL)


_WARNING_PATTERNS = [(t, _pattern(t)) for t in WARNINGS]


_COUNTS = frozenset({"n", "old", "new"})  # the warnings' numbers (the others are names, ids)


def localised_warning(
    warning: str,
    translate: Callable[[str, str], str],
    number: Callable[[str], str] | None = None,
) -> str:
    """A preview warning in another language: `translate(context, english)` is the GUI's
    QCoreApplication.translate or the CLI's lookup; the values are put back afterwards, the
    counts through `number` if given (the GUI writes them in Khmer digits in Khmer)."""
    for template, pattern in _WARNING_PATTERNS:
        match = pattern.fullmatch(warning)
        if match is not None:
            values = match.groupdict()
            if number is not None:
                for key in _COUNTS & values.keys():
                    if values[key].isdigit():
                        values[key] = number(values[key])
            return translate("ImportWarnings", template).format(**values)
    return warning


@dataclass(slots=True)  # one per record of a bundle, held with the preview
class RecordChange:
    table: str
    record_id: str
    label: str
    # "new", "updated", "deleted", "conflict", "held" (a privacy flag kept raised until a local
    # user confirms), or "refused" (a change the sender had no right to make: not applied)
    kind: str
    fields: Sequence[merge.FieldChange] = ()  # none for a new record (no list per record)


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
    refused: list[RecordChange] = field(default_factory=list)  # not applied (trust rules)
    claims_ignored: int = 0  # fields that claimed edits of ours we never sent (rule 2)
    log: log_check.LogCheck | None = None  # the sender's change log against what we saw before
    seal: Any = None  # a sealed report to co-sign, or a co-signature (seal_exchange.SealIncoming)

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)

    @property
    def conflicts(self) -> list[RecordChange]:
        return [c for c in self.changes if c.kind == "conflict"]

    @property
    def held_back(self) -> list[tuple[RecordChange, merge.FieldChange]]:
        """Privacy flags the bundle would have lowered, kept raised until a user confirms."""
        return [(c, f) for c in self.changes for f in c.fields if f.held]

    def summary(self) -> dict[str, int]:
        kinds = Counter(c.kind for c in self.changes)  # one pass, not one per kind
        return {
            "new": kinds["new"],
            "updated": kinds["updated"],
            "deleted": kinds["deleted"],
            "conflicting": kinds["conflict"],
            "held_back": len(self.held_back),
            "refused": len(self.refused),
            "claims_ignored": self.claims_ignored,
            "unchanged": self.unchanged,
            "attachments": self.attachments,
        }


class _Incoming:
    """One record of the bundle. Its merge state stays in the form read (`one`) while nothing
    needs the general one: the common case of a record first brought here is planned and
    stored from it directly (issue 14: building the general state for every field of every
    record was a fifth of an import's Python time)."""

    __slots__ = ("_state", "cls", "created", "one", "record_id")

    def __init__(
        self,
        cls: type[Record],
        record_id: str,
        created: str,
        state: merge.RecordState | None = None,
        one: OneValueState | None = None,
    ) -> None:
        self.cls = cls
        self.record_id = record_id
        self.created = created
        self.one = one
        self._state = state

    @property
    def state(self) -> merge.RecordState:
        """The general state (built once; from then on the only form, as callers change it)."""
        if self.one is not None:
            self._state, self.one = self.one.as_state(), None
        if self._state is None:  # unreachable: made with one of the two
            raise BundleContentInvalid()
        return self._state

    def claims_of(self, org: str) -> bool:
        """Does any field's context count an edit of `org`?"""
        one = self.one
        if one is not None:
            if one.dot is not None:
                return one.dot[0] == org
            return org in map(_first, one.dots.values())  # compared in C, not a generator
        return any(fs.cc.get(org, 0) for fs in self.state.fields.values())


def _one_value(
    doc: dict[str, Any], orgs: list[str], shared: dict[int, merge.Dot] | None = None
) -> OneValueState | None:
    """The state of a record whose every field is `[org index, n, value]`, as read, or None for
    anything else (decoded, and refused where it must be, by `merge.decode_state`). Only for a
    document `validate_data` accepted: indexes, counters and values are checked there.
    `shared` holds one tuple per dot for a whole bundle (most fields of most records have the
    same few dots): a few hundred thousand fewer objects for the collector to scan once an
    import's pause ends with the preview still held (the GUI's case)."""
    dots: dict[str, merge.Dot] = {}
    values: dict[str, Any] = {}
    if shared is None:
        shared = {}
    norgs = len(orgs)
    limit = merge.MAX_COUNTER
    dot: merge.Dot | None = None
    last = -1  # the key of `dot`: most fields of a record share their dot
    for name, enc in doc.get("f", {}).items():
        if type(enc) is not list:
            return None
        i, n, value = enc  # [org index, n, value]: three items (validate_data)
        if n > limit:
            return None
        key = n * norgs + i
        if key != last:
            dot = shared.get(key)
            if dot is None:
                dot = shared[key] = (orgs[i], n)
            last = key
        dots[name] = dot  # type: ignore[assignment]
        values[name] = value
    holders = doc.get("p")
    if not holders:
        return OneValueState(dots, values, {})
    if any(name in merge.PRIVACY_FLAGS for name in holders):
        return None  # refused by decode_state
    return OneValueState(dots, values, dict(holders))


@dataclass
class _Plan:
    writes: list[tuple[Record, Record | None]]  # (new, old)
    states: dict[type[Record], list[tuple[merge.RecordState | OneValueState, Record]]]
    local_states: dict[type[Record], list[tuple[merge.RecordState, Record]]]
    preview_changes: list[RecordChange]
    unchanged: int
    conflicts: list[tuple[str, str, merge.FieldChange]]  # table, id, change
    settled: list[tuple[str, str, list[str]]]  # table, id, fields without siblings now
    refused: list[RecordChange] = field(default_factory=list)
    claims_cut: int = 0  # fields whose claim to have seen our edits went beyond what we sent
    forged_cut: int = 0  # fields holding edits in the sender's name that it never made
    shadowed: int = 0  # fields whose sender edits reuse dots of a removed contact (same id)
    # Records trust rule 1 lets the sender change (also when it changed nothing): the only ones
    # whose history (history.json) from it is kept.
    may_change: set[tuple[str, str]] = field(default_factory=set)


@cache
def _label_fields(cls: type[Record]) -> tuple[str, ...]:
    names = {f.name for f in dataclasses.fields(cls)}
    return tuple(n for n in _LABEL_FIELDS if n in names)


def _label(record: Record) -> str:
    for name in _label_fields(type(record)):
        value = getattr(record, name)
        if isinstance(value, str) and value:
            return value[:80]
    return type(record).__name__


def parse_records(data: Any) -> list[_Incoming]:
    """Validate data.json from a verified bundle (still input from another organisation)."""
    # Every field: type, range, length, Unicode, format (validate.py), in one pass that also
    # reads the usual state (one dot for every value) as it goes.
    orgs, checked = read_data(data)
    out: list[_Incoming] = []
    shared: dict[int, merge.Dot] = {}
    norgs = len(orgs)
    for cls, rid, created, doc, values, (i, n) in checked:
        if values is not None and n <= merge.MAX_COUNTER:  # above: decode_state refuses it
            key = n * norgs + i
            dot = shared.get(key)
            if dot is None:
                dot = shared[key] = (orgs[i], n)
            out.append(_Incoming(cls, rid, created, None, OneValueState.uniform(dot, values)))
            continue
        one = _one_value(doc, orgs, shared)
        if one is not None:
            out.append(_Incoming(cls, rid, created, one=one))
            continue
        try:
            state = merge.decode_state(doc, orgs, merge_fields(cls))
        except merge.StateFormatError:
            raise BundleContentInvalid() from None
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


def _drop_false_claims(conn: Any, me: str, sender: str, table: str, items: list[_Incoming]) -> int:
    """No sender can have seen more of our own organisation's edits than we ever sent anyone,
    nor any of our edits of a field we only ever sent it hidden (docs/trust-rules.md, rule 2).
    A claim beyond that is cut back, and values standing in our name that it cannot have seen
    are dropped: the sender's own values then meet ours as concurrent edits (conflicts) instead
    of replacing them. Returns the fields cut."""
    claims = [i for i in items if i.claims_of(me)]
    if not claims:
        return 0
    bounds = own_bounds_for(conn, sender, table, [i.record_id for i in claims])
    cut = 0
    for item in claims:
        sent = bounds.get(item.record_id)
        for name, fs in item.state.fields.items():
            bound = own_bound(sent, name)
            if fs.cc.get(me, 0) <= bound:
                continue
            cut += 1
            fs.sibs = [s for s in fs.sibs if s[0] != me or s[1] <= bound]
            if bound:
                fs.cc[me] = bound
            else:
                del fs.cc[me]
    return cut


def _has_edits_of(state: merge.RecordState, org: str, removed_upto: int = 0) -> bool:
    """Rule 1.3; edits up to `removed_upto` were a removed contact's with this id (sent_log)."""
    return any(fs.cc.get(org, 0) > removed_upto for fs in state.fields.values())


def _shadowed(local: merge.RecordState, remote: merge.RecordState, org: str, upto: int) -> int:
    """Fields where an edit of the sender numbered at most `upto` meets this vault's record of
    an edit with the same dot but another value, or one already superseded here: a contact
    removed earlier made edits under this organisation id with these numbers, and the merge,
    which knows edits only by their dots, takes the sender's as those (docs/trust-rules.md,
    "Removing a contact", known limits). Said, not silent."""
    found = 0
    for name, rfs in remote.fields.items():
        lfs = local.fields.get(name)
        if lfs is None:
            continue
        standing = {(o, n): v for o, n, v in lfs.sibs}
        if any(
            o == org and n <= upto and lfs.covers((o, n)) and standing.get((o, n), _GONE) != v
            for o, n, v in rfs.sibs
        ):
            found += 1
    return found


_GONE = object()


# Records whose text is hidden because of a privacy flag of the record they link to: a session's
# venue under a sensitive meeting, an affiliation's role title under an anonymous person. Moved
# by an import to a parent without that flag, the text would show (docs/trust-rules.md, rule 4).
_PROTECTED_BY_PARENT: dict[type[Record], tuple[str, type[Record], str]] = {
    Session: ("meeting_id", Meeting, "location_sensitive"),
    Affiliation: ("person_id", Person, "anonymous"),
}


def _leaves_protection(store: RecordStore, old: Record, new: Record) -> bool:
    rule = _PROTECTED_BY_PARENT.get(type(old))
    if rule is None:
        return False
    link, parent_cls, flag = rule
    before, after = getattr(old, link), getattr(new, link)
    if before == after:
        return False
    parent = store.find_any(parent_cls, before)
    if parent is None or not getattr(parent, flag):
        return False
    target = store.find_any(parent_cls, after)  # not yet here (new in this bundle): unprotected
    return target is None or not getattr(target, flag)


def _visible_values(
    state: merge.RecordState, names: tuple[str, ...], defaults: dict[str, Any]
) -> dict[str, Any]:
    """`{n: state.visible(n, defaults[n])}`, with the one-value case read directly."""
    fields = state.fields
    out: dict[str, Any] = {}
    for name in names:
        fs = fields.get(name)
        if fs is not None and len(fs.sibs) == 1:
            out[name] = fs.sibs[0][2]
        else:
            out[name] = state.visible(name, defaults[name])
    return out


def _one_visible(
    one: OneValueState, names: tuple[str, ...], defaults: dict[str, Any]
) -> tuple[dict[str, Any], bool]:
    """`_visible_values` and the visible tombstone flag, read from the one-value form."""
    values, holders = one.values, one.placeholders
    out = {n: values[n] if n in values else holders.get(n, defaults[n]) for n in names}
    deleted = values["deleted"] if "deleted" in values else holders.get("deleted", False)
    return out, bool(deleted)


def _plan(store: RecordStore, incoming: list[_Incoming], sender_org: str) -> _Plan:
    """What merging `incoming` would change, under the trust rules of docs/trust-rules.md."""
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
        plan.claims_cut += _drop_false_claims(store.conn, me, sender_org, cls.TABLE, items)
        states = load_states(store.conn, cls.TABLE, list(local.values()))
        # Rule 1: a sender changes only records it created or was sent (or that hold its edits).
        sent = sent_to(store.conn, sender_org, cls.TABLE, list(local))
        origin = origins(store.conn, cls.TABLE, list(local))
        removed = removed_edits(store.conn, sender_org, cls.TABLE, list(local))
        save: list[tuple[merge.RecordState | OneValueState, Record]] = []
        save_local: list[tuple[merge.RecordState, Record]] = []
        content = cls.content_fields()
        defaults = _defaults(cls)
        nmerge = len(merge_fields(cls))
        # Looked up once per type, not per record (the first import's path below runs for
        # nearly every record of a bundle).
        table = cls.TABLE
        label_fields = _label_fields(cls)
        may_change = plan.may_change.add
        write = plan.writes.append
        keep = save.append
        show = plan.preview_changes.append
        for item in items:
            old = local.get(item.record_id)
            if cls is Organisation and item.record_id == me:
                # Rule 2: never our own organisation's record (its name is our identity).
                if old is not None:
                    lstate = states.get(item.record_id) or merge.RecordState()
                    merge.capture(lstate, values_of(old), me)
                    merged, changes = merge.merge_record(lstate, item.state)
                    if merged.fields != lstate.fields:
                        plan.refused.append(
                            RecordChange(cls.TABLE, me, _label(old), "refused", changes)
                        )
                        continue
                plan.unchanged += 1
                continue
            if old is None:  # the common case of a first import: no merge to do
                rid = item.record_id
                may_change((table, rid))
                merged: merge.RecordState | OneValueState
                one = item.one
                if one is not None and one.dot is not None and len(one.values) == nmerge:
                    # Every field once, from one edit (nearly every record of a first import):
                    # its values are the record's, the tombstone flag included (checked as a
                    # bool, and every name a merge field, by read_data).
                    new = cls(
                        id=rid,
                        created_at=item.created or now,
                        updated_at=now,
                        revision=1,
                        changed_by=sender_org,
                        **one.values,
                    )
                    write((new, None))
                    keep((one, new))
                    label = cls.__name__  # `_label(new)`, inlined
                    for name in label_fields:
                        value = getattr(new, name)
                        if isinstance(value, str) and value:
                            label = value[:80]
                            break
                    show(RecordChange(table, rid, label, "deleted" if new.deleted else "new"))
                    continue
                if one is not None:
                    merged = one
                    values, deleted = _one_visible(merged, content, defaults)
                else:
                    merged = item.state
                    values = _visible_values(merged, content, defaults)
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
            lstate = states.get(item.record_id) or merge.RecordState()
            captured = merge.capture(lstate, values_of(old), me)
            holds_sender_edits = _has_edits_of(lstate, sender_org, removed.get(item.record_id, 0))
            # A refused sender changes nothing here: a refusal saves only our own captured edits.
            kept = lstate.copy()
            # Edits in the sender's own name beyond what it says it made were claimed by someone
            # else (docs/trust-rules.md, rule 2): they must not swallow its real edits.
            forged = merge.trust_author(lstate, item.state, sender_org)
            merged, changes = merge.merge_record(lstate, item.state)
            if item.record_id in removed:
                plan.shadowed += _shadowed(lstate, item.state, sender_org, removed[item.record_id])
            same = merged.fields == lstate.fields and merged.placeholders == lstate.placeholders
            same = same and not forged
            allowed = (
                item.record_id in sent
                or origin.get(item.record_id) == sender_org
                or holds_sender_edits
            )
            if allowed:
                plan.may_change.add((cls.TABLE, item.record_id))
            if same and old is not None:
                plan.unchanged += 1
                if captured:
                    save_local.append((lstate, old))  # the local edits, now dots
                continue
            if not allowed:
                plan.refused.append(
                    RecordChange(cls.TABLE, item.record_id, _label(old), "refused", changes)
                )
                if captured:
                    save_local.append((kept, old))
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
                if _leaves_protection(store, old, new):
                    plan.refused.append(
                        RecordChange(cls.TABLE, item.record_id, _label(old), "refused", changes)
                    )
                    if captured:
                        save_local.append((kept, old))
                    continue
                visible_change = new != old
                if visible_change:
                    new.revision = old.revision + 1
                    new.updated_at = now
                    new.changed_by = sender_org
                kind = "deleted" if deleted and not old.deleted else "updated"
            plan.forged_cut += forged
            if any(c.conflict for c in changes):
                if any(c.conflict and not c.held for c in changes):
                    kind = "conflict"
                elif old is not None and new == old:
                    kind = "held"  # nothing else changed (held-back fields are counted apart)
                for c in changes:
                    if c.conflict:  # a held-back privacy flag is listed like a conflict
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


class ImportSpent(RuntimeError):
    """`PreparedImport.apply` called a second time (a programming error, not a bundle's)."""


class PreparedImport:
    """A bundle that passed every check, decrypted in memory, with its preview. Applied once."""

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
        self._spent = False  # applied (or tried): what it brought is let go of, never again

    def close(self) -> None:
        self.inner.close()
        self.outer.close()

    def __enter__(self) -> PreparedImport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def apply(self, vault: Any) -> Preview:
        """Merge and record the bundle as imported, all in one transaction. Once only, whether
        it succeeds or fails: what the bundle brought is let go of during the final COMMIT (see
        `_let_go`), so a second call raises `ImportSpent` (prepare the bundle again). Both
        callers close the prepared import after applying it anyway."""
        if self._spent:
            raise ImportSpent("this prepared import was applied already: prepare it again")
        self._spent = True
        with gc_paused():
            return self._apply(vault)

    def _apply(self, vault: Any) -> Preview:
        store: RecordStore = vault.store
        letting_go: threading.Thread | None = None
        try:
            with store.transaction():
                self._write(store)
                letting_go = self._let_go()
            # The COMMIT above writes and syncs without holding the interpreter: the records
            # were freed meanwhile (issue 14: freeing them after it was 3 % of an import's time).
        finally:
            if letting_go is not None:  # a failed COMMIT (rolled back) is reported once freed
                letting_go.join()
        return self.preview

    def _let_go(self) -> threading.Thread | None:
        """Everything the bundle brought, once written, freed by a thread of its own: it runs
        while the transaction's COMMIT writes (SQLite lets go of the interpreter then)."""
        held = [self.incoming, self._plan, self.inner.extras.pop(HISTORY, None)]
        self.incoming = []
        self._plan = None  # type: ignore[assignment]
        go_on = threading.Event()

        def release() -> None:
            # Freeing is one C call that never hands the interpreter back: begun at once, it
            # held up the thread that started it (`Thread.start` waits to be told the thread
            # runs) for all of its 20-odd ms. Waiting here lets that thread go on to the COMMIT.
            go_on.wait()
            held.clear()

        thread = threading.Thread(target=release, name="import-release", daemon=True)
        try:
            thread.start()
        except RuntimeError:  # no thread to be had (the system's limit): freed here, as before;
            held.clear()  # the import itself must not fail for it
            return None
        go_on.set()
        return thread

    def _write(self, store: RecordStore) -> None:
        """Every statement of the import but the COMMIT (its objects gone when it returns)."""
        conn = store.conn
        _check_replay(conn, self.contact, self.header)
        # One connection owns the vault: if it wrote nothing since the preview was made,
        # the plan is still exact; otherwise plan again against the current records.
        if conn.total_changes == self._changes_seen:
            plan = self._plan
        else:
            plan = _plan(store, self.incoming, self.contact.org_id)
        now = utc_now()
        bundle_id = self.header.bundle_id
        org = self.contact.org_id
        with history.imported_from(store, org, bundle_id):
            store.put_merged_many(plan.writes)
        for cls, states in plan.local_states.items():
            save_states(conn, cls.TABLE, states)
        for cls, states in plan.states.items():
            save_states(conn, cls.TABLE, states, source=(org, bundle_id, now))
        _record_conflicts(conn, plan, self.contact, bundle_id, now)
        _keep_history(conn, plan, self, now)
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


def _keep_history(conn: Any, plan: _Plan, prepared: PreparedImport, now: str) -> None:
    """docs/history.md: a merge's losing values, the sender's checkpoint, and (full bundles)
    the history its other devices kept of the records this import may change."""
    org, bundle_id = prepared.contact.org_id, prepared.header.bundle_id
    for table, rid, change in plan.conflicts:
        losing = change.incoming[0] if len(change.incoming) == 1 else change.incoming
        history.note_conflict(
            conn, table, rid, change.name, change.before, losing, org, bundle_id, now
        )
    if prepared.preview.log is not None:
        log_check.remember(conn, org, bundle_id, prepared.preview.log)
    if prepared.preview.seal is not None:
        from app.exchange import seal_exchange

        seal_exchange.store(conn, prepared.preview.seal, bundle_id)
    entries = prepared.inner.extras.get(HISTORY)  # history.json, checked while preparing
    if entries is not None and prepared.preview.policy == RedactionPolicy.FULL:
        refused = {(c.table, c.record_id) for c in plan.refused}
        allowed = plan.may_change - refused
        history.store_received(conn, org, entries, allowed)


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
    # Bundle ids are remembered per sender. Every id is readable in the outer signature's
    # comment, so any contact can copy a partner's id into its own bundle: keyed on the id
    # alone, whichever came first blocked the other for good.
    if (
        conn.execute(
            "SELECT 1 FROM seen_bundles WHERE sender_org_id = ? AND bundle_id = ?",
            (contact.org_id, header.bundle_id),
        ).fetchone()
        or conn.execute(
            # Imported from this same key before the contact was removed and added again.
            "SELECT 1 FROM seen_bundles s JOIN removed_contacts r "
            "ON r.retired_id = s.sender_org_id WHERE s.bundle_id = ? AND r.fingerprint = ?",
            (header.bundle_id, contact.fingerprint),
        ).fetchone()
    ):
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
    # The same id from another sender: random ids never repeat, so one of the two copied the
    # other's. Which one cannot be told from here, and refusing the later one would let a
    # copier block the genuine bundle, so it is imported (checked against its own sender's
    # key, like any other) and the clash is said plainly.
    others = conn.execute(
        "SELECT DISTINCT coalesce(c.org_name, ''), coalesce(c.fingerprint, '') "
        "FROM seen_bundles s LEFT JOIN contacts c ON c.org_id = s.sender_org_id "
        "WHERE s.bundle_id = ? AND s.sender_org_id != ? ORDER BY 1, 2",
        (header.bundle_id, contact.org_id),
    ).fetchall()
    for name, fp in others:
        if name:
            warnings.append(SQUAT_WARNING.format(bundle=header.bundle_id, name=name, fp=fp))
        else:
            warnings.append(SQUAT_REMOVED_WARNING.format(bundle=header.bundle_id))
    return warnings


def prepare_import(vault: Any, path: Path, limits: Limits = DEFAULT_LIMITS) -> PreparedImport:
    """Run every check of DESIGN §4 in order; nothing is written to the vault."""
    with gc_paused():
        return _prepare_import(vault, path, limits)


def _prepare_import(vault: Any, path: Path, limits: Limits) -> PreparedImport:
    conn = vault.conn
    # Bundles travel in folders that exports write to: temporary bundles of a killed export
    # there are removed (ciphertext, but they tell that an export happened).
    remove_leftovers(Path(path).parent)
    # 1. member names, duplicates, size caps. Decrypted plaintext is spooled encrypted next
    # to the vault (app/crypto/spool.py), never held whole in memory.
    outer = OuterBundle(Path(path), limits, spool_dir=getattr(vault, "folder", None))
    inner: InnerBundle | None = None
    try:
        contact, header = find_signer(conn, outer)  # 2. signed by a known contact
        warnings = _check_replay(conn, contact, header)  # 3. replay / rollback / gap
        ident = load_identity(conn)
        plaintext = outer.decrypt(ident.age_secret)  # 4. decrypt (to the encrypted spool)
        # 5. inner signature by the same key; 6. manifest hash, id, sequence match
        try:
            inner = open_inner(plaintext, header, (contact.key_id, contact.sign_public), limits)
        except BaseException:
            plaintext.close()
            raise
        if inner.sender.org_id != contact.org_id:
            raise SenderMismatch()
        # 7. this vault is a listed recipient (else the bundle was forwarded)
        if not any(
            r.age_recipient == ident.age_recipient and r.org_id == vault.org_id
            for r in inner.recipients
        ):
            raise RecipientNotListed()
        check_files(inner, limits)  # 8. file hashes
        log = log_check.check(
            conn, contact.org_id, contact.org_name, contact.fingerprint, header, inner.extras
        )
        if HISTORY in inner.extras:  # checked now: a malformed one refuses before any write
            inner.extras[HISTORY] = log_check.received_history(inner.extras[HISTORY], None)
        seal = None
        if SEAL in inner.extras:
            from app.exchange import seal_exchange

            seal = seal_exchange.incoming(conn, vault, contact, inner.extras[SEAL])
        incoming = parse_records(inner.data)
        policy = inner.data.get("policy", "")
        # Shown in the preview and printed by the CLI: only a policy name, never the sender's
        # arbitrary text (terminal escape sequences, rich text).
        policy = policy if policy in {p.value for p in RedactionPolicy} else ""
        inner.data = None
        if not contact.verified:
            warnings.append(UNVERIFIED_WARNING)
        if name_clashes(conn, vault.org_name, contact.org_name, contact.org_id):
            warnings.append(NAME_CLASH_WARNING.format(fp=contact.fingerprint))
        row = conn.execute(
            "SELECT last_seq, last_manifest_sha256 FROM exchange_peers WHERE org_id = ?",
            (contact.org_id,),
        ).fetchone()
        prev = inner.manifest.get("prev_manifest_sha256")
        if row is not None and header.seq == int(row[0]) + 1 and prev != row[1]:
            warnings.append(CHAIN_WARNING)
        if log.warning:
            warnings.append(log.warning)
        plan = _plan(vault.store, incoming, contact.org_id)
        if seal is not None and seal.kind == "request":
            # Co-signing replies with our copy of the seal's meeting: only one the sender may
            # have (trust rule 1: we sent it, it brought it, or it is new here), never one of
            # ours it only knows the id of.
            mid = seal.seal.meeting_id
            held = conn.execute("SELECT 1 FROM meetings WHERE id = ?", (mid,)).fetchone()
            may = ("meetings", mid) in plan.may_change
            may = may or mid in sent_to(conn, contact.org_id, "meetings", [mid])
            may = may or origins(conn, "meetings", [mid]).get(mid) == contact.org_id
            if held is not None and not may:
                raise SealInvalid()
        if plan.claims_cut:
            warnings.append(CLAIMS_WARNING.format(n=plan.claims_cut))
        if plan.forged_cut:
            warnings.append(FORGED_WARNING.format(n=plan.forged_cut))
        if plan.shadowed:
            warnings.append(SHADOWED_WARNING.format(n=plan.shadowed))
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
            plan.refused,
            plan.claims_cut,
            log,
            seal,
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
    # One pause from the first check to the COMMIT, ended only once the prepared import is
    # gone: the collector then has just the preview left to look at. Paused twice (prepare,
    # then apply), it resumed in between and scanned every container the import still held
    # (about 0.5 s for 1,000 meetings).
    with gc_paused():
        return _import(vault, path, dry_run)


def _import(vault: Any, path: Path, dry_run: bool) -> Preview:
    with prepare_import(vault, path) as prepared:
        if dry_run:
            return prepared.preview
        return prepared.apply(vault)
