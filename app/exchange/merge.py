"""Field-by-field merge state (DESIGN §4), pure functions with no storage.

Every field of a record is a multi-value register: a *causal context* (for each organisation,
the highest edit number of this field it has seen) and the *siblings*, the values written by
edits that no other known edit has superseded, each tagged with its *dot* (organisation, edit
number). One sibling is the normal case; two or more mean concurrent edits: a conflict, kept
until a user picks the value. Merging two states keeps the siblings the other side has not
seen superseded and takes the larger context, so merging is commutative, associative and
idempotent: vaults that import the same bundles in any order converge, and importing twice
changes nothing. An edit disappears only when a later edit that saw it replaces it.

Local edits go through `RecordStore` and do not touch this state; `capture` turns them into
dots when a record is exported or merged (a field whose value differs from what the state last
recorded gets a new dot that supersedes everything this vault has seen of it).

Fields a redaction left out travel with no state at all, only a placeholder to display.

Privacy flags (`ALL_PRIVACY_FLAGS`, True protects) are the one exception to "the latest edit
wins" (docs/trust-rules.md): while any standing value of a flag is True, the flag shows True;
and a merge never lets an incoming edit take away a True that stood here. That True is kept
standing beside the incoming value (a *held-back* change, listed like a conflict) until a local
user resolves it. Edit counters are bounded (`MAX_COUNTER`) so no claim can exhaust them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.domain.records import ALL_PRIVACY_FLAGS

Dot = tuple[str, int]
Sibling = tuple[str, int, Any]  # org, edit number, value
DELETED = "deleted"  # the tombstone flag merges like any field
PRIVACY_FLAGS = ALL_PRIVACY_FLAGS

# Edit numbers in a bundle must not exceed MAX_COUNTER. An honest vault numbers one field's edits
# 1, 2, 3...; nothing real gets near 2^39, yet a claim at the old limit (2^53 - 1) made the next
# edit unshareable. Larger numbers can only come from such a claim accepted by an older version:
# they are lowered to REPAIRED when read (app/exchange/state_store.py), the same in every vault,
# above every real edit number, and leaving room to count on.
MAX_COUNTER = 2**39
REPAIR_ABOVE = MAX_COUNTER
REPAIRED = 2**32


@dataclass(slots=True)
class FieldState:
    cc: dict[str, int]
    sibs: list[Sibling]

    def winner(self) -> Any:
        """The value shown while siblings stand (same choice in every vault)."""
        if len(self.sibs) == 1:
            return self.sibs[0][2]
        return max(self.sibs, key=lambda s: (s[1], s[0]))[2]

    def covers(self, dot: Dot) -> bool:
        return self.cc.get(dot[0], 0) >= dot[1]

    def copy(self) -> FieldState:
        return FieldState(dict(self.cc), list(self.sibs))


@dataclass(slots=True)
class RecordState:
    fields: dict[str, FieldState] = field(default_factory=dict)
    placeholders: dict[str, Any] = field(default_factory=dict)  # shown for stateless fields

    def visible(self, name: str, default: Any = None) -> Any:
        fs = self.fields.get(name)
        if fs is not None and fs.sibs:
            if len(fs.sibs) == 1:  # the common case; a lone privacy flag shows itself too
                return fs.sibs[0][2]
            if name in PRIVACY_FLAGS and any(s[2] is True for s in fs.sibs):
                return True  # the most protective standing value
            return fs.winner()
        return self.placeholders.get(name, default)

    def conflicts(self) -> dict[str, list[Sibling]]:
        return {n: fs.sibs for n, fs in self.fields.items() if len(fs.sibs) > 1}

    def copy(self) -> RecordState:
        return RecordState({n: f.copy() for n, f in self.fields.items()}, dict(self.placeholders))


_MISSING = object()


def capture(state: RecordState, values: dict[str, Any], me: str) -> bool:
    """Record local edits of `values` (field -> current value) as dots of `me`; True if any."""
    changed = False
    for name, value in values.items():
        fs = state.fields.get(name)
        if fs is not None and fs.sibs:
            if state.visible(name) == value:
                continue
            if name in PRIVACY_FLAGS and any(s[2] == value for s in fs.sibs):
                # A held-back (or conflicting) privacy flag whose stored column shows the lower
                # value (a vault from before this rule, or an unticked box while the decision is
                # pending): lowering it is the user's choice in the conflicts flow, not this.
                continue
        elif name not in PRIVACY_FLAGS and state.placeholders.get(name, _MISSING) == value:
            continue  # still the placeholder of a field redacted away: not an edit
        # Otherwise the value differs from what the state knows, or the state never knew this
        # field (a record made here before it was first exported): either way an edit of ours.
        if fs is None:
            fs = state.fields[name] = FieldState({}, [])
        n = fs.cc.get(me, 0) + 1
        fs.cc[me] = n
        fs.sibs = [(me, n, value)]
        state.placeholders.pop(name, None)
        changed = True
    return changed


def resolve(state: RecordState, name: str, value: Any, me: str) -> None:
    """The user's choice for a conflicting field: one edit superseding every sibling."""
    fs = state.fields.setdefault(name, FieldState({}, []))
    n = fs.cc.get(me, 0) + 1
    fs.cc[me] = n
    fs.sibs = [(me, n, value)]
    state.placeholders.pop(name, None)


def repair(state: RecordState) -> RecordState:
    """Lower edit numbers above REPAIR_ABOVE to REPAIRED (see MAX_COUNTER), in place."""
    for fs in state.fields.values():
        if any(n > REPAIR_ABOVE for n in fs.cc.values()):
            fs.cc = {o: REPAIRED if n > REPAIR_ABOVE else n for o, n in fs.cc.items()}
        if any(s[1] > REPAIR_ABOVE for s in fs.sibs):
            fixed = {(o, REPAIRED if n > REPAIR_ABOVE else n): v for o, n, v in fs.sibs}
            fs.sibs = sorted(((o, n, v) for (o, n), v in fixed.items()), key=lambda s: s[:2])
    return state


def trust_author(local: RecordState, remote: RecordState, author: str) -> int:
    """An organisation is the authority on its own edits: its own context for a field counts
    every edit it ever made there (a vault never forgets its own edits, and a bundle carries a
    field's whole state or none of it). So when `remote` comes from `author` itself, whatever
    `local` holds of `author` beyond that was made up by another sender (docs/trust-rules.md,
    rule 2): the context is lowered to the author's edits we really hold, and values standing
    in its name that it never made are dropped, so its real edits meet the others as
    concurrent (a conflict) instead of counting as already seen. Likewise a value standing here
    in its name that differs from its own value for the same edit was planted by another sender
    (one edit has one value): the author's value replaces it. A True privacy flag is kept
    standing either way (an import never takes one away). `local` is changed in place; returns
    the number of fields corrected."""
    fixed = 0
    for name, rfs in remote.fields.items():
        lfs = local.fields.get(name)
        if lfs is None:
            continue
        protect = name in PRIVACY_FLAGS
        # One edit has one value: where ours differs from the author's own, ours was planted
        # (never lowering a privacy flag this way).
        theirs = {n: v for o, n, v in rfs.sibs if o == author}
        planted = [
            i
            for i, (o, n, v) in enumerate(lfs.sibs)
            if o == author
            and n in theirs
            and (v != theirs[n] or type(v) is not type(theirs[n]))
            and not (protect and v is True)
        ]
        for i in planted:
            lfs.sibs[i] = (author, lfs.sibs[i][1], theirs[lfs.sibs[i][1]])
        bound = rfs.cc.get(author, 0)
        if lfs.cc.get(author, 0) <= bound:
            fixed += bool(planted)
            continue
        lfs.sibs = [
            s for s in lfs.sibs if s[0] != author or s[1] <= bound or (protect and s[2] is True)
        ]
        held = max((s[1] for s in lfs.sibs if s[0] == author), default=0)
        if held:
            lfs.cc[author] = held
        else:
            del lfs.cc[author]
        fixed += 1
    return fixed


def merge_field(local: FieldState, remote: FieldState) -> FieldState:
    local_dots = {(o, n) for o, n, _ in local.sibs}
    remote_dots = {(o, n) for o, n, _ in remote.sibs}
    keep = [s for s in local.sibs if (s[0], s[1]) in remote_dots or not remote.covers(s[:2])]
    keep += [s for s in remote.sibs if (s[0], s[1]) not in local_dots and not local.covers(s[:2])]
    cc = dict(local.cc)
    for org, n in remote.cc.items():
        if n > cc.get(org, 0):
            cc[org] = n
    keep.sort(key=lambda s: (s[0], s[1]))
    return FieldState(cc, keep)


@dataclass
class FieldChange:
    name: str
    before: Any
    after: Any
    conflict: bool  # concurrent values stand after the merge that did not before
    incoming: list[Any]  # values the remote side brought that are still standing
    held: bool = False  # a privacy flag the remote side lowered, kept raised until confirmed


def merge_record(local: RecordState, remote: RecordState) -> tuple[RecordState, list[FieldChange]]:
    """The merged state and the visible changes it brings (local is not modified)."""
    out = local.copy()
    changes: list[FieldChange] = []
    for name, rfs in remote.fields.items():
        lfs = out.fields.get(name)
        before = local.visible(name, _MISSING)
        merged = rfs.copy() if lfs is None else merge_field(lfs, rfs)
        held = False
        if name in PRIVACY_FLAGS and lfs is not None and not any(s[2] is True for s in merged.sibs):
            raised = [s for s in lfs.sibs if s[2] is True]
            if raised:  # never lowered by an import: the raised value stays standing
                merged.sibs = sorted(merged.sibs + raised, key=lambda s: (s[0], s[1]))
                held = True
        out.fields[name] = merged
        if merged.sibs:
            out.placeholders.pop(name, None)
        after = out.visible(name, _MISSING)
        old_dots = {s[:2] for s in (lfs.sibs if lfs else [])}
        new_sibs = [s for s in merged.sibs if s[:2] not in old_dots]
        conflict = len(merged.sibs) > 1 and bool(new_sibs) and bool(old_dots)
        if name in PRIVACY_FLAGS and before is True and any(s[2] is False for s in new_sibs):
            held = True  # a lowering beside the raised value: pending like a superseding one
        if after != before or conflict:
            changes.append(
                FieldChange(
                    name,
                    None if before is _MISSING else before,
                    after,
                    conflict,
                    [s[2] for s in new_sibs],
                    held and conflict,
                )
            )
    for name, value in remote.placeholders.items():
        if name not in out.fields and name not in out.placeholders:
            out.placeholders[name] = value
    if out.visible(DELETED, False) and not any(c.name == DELETED and c.conflict for c in changes):
        _flag_delete_against_edits(local, remote, changes)
    return out, changes


def _unseen_edits(edited: RecordState, other: RecordState) -> bool:
    """Does `edited` hold field values (other than the tombstone) that `other` never saw?"""
    for name, fs in edited.fields.items():
        ofs = other.fields.get(name)
        if name == DELETED or ofs is None:
            continue  # a field the other side has no state for (redacted) proves nothing
        if any(not ofs.covers(s[:2]) for s in fs.sibs):
            return True
    return False


def _flag_delete_against_edits(
    local: RecordState, remote: RecordState, changes: list[FieldChange]
) -> None:
    """A deletion concurrent with edits of the same record: the merge keeps the tombstone (with
    the edits inside it), and the user is asked whether the record should stay deleted."""
    was_deleted = bool(local.visible(DELETED, False))
    if not was_deleted and _unseen_edits(local, remote):
        incoming = True  # they deleted what we were still editing
    elif was_deleted and not remote.visible(DELETED, False) and _unseen_edits(remote, local):
        incoming = False  # they edited what we had deleted
    else:
        return
    changes[:] = [c for c in changes if c.name != DELETED]
    changes.append(FieldChange(DELETED, was_deleted, True, True, [incoming]))


# --- compact encoding --------------------------------------------------------------------------
# In bundles and in the vault a field is usually one sibling whose dot is its whole context:
# encoded as [org_index, n, value]. Otherwise {"c": [[org_index, n], ...], "s": [[i, n, v], ...]}.


class OrgTable:
    """Organisation ids by small index, so dots stay short in JSON."""

    def __init__(self, orgs: Iterable[str] = ()) -> None:
        self.orgs: list[str] = list(orgs)
        self._index = {o: i for i, o in enumerate(self.orgs)}

    def index(self, org: str) -> int:
        found = self._index.get(org)
        if found is None:
            found = self._index[org] = len(self.orgs)
            self.orgs.append(org)
        return found


def encode_state(state: RecordState, orgs: OrgTable, *, placeholders: bool = True) -> dict:
    out: dict[str, Any] = {}
    for name, fs in state.fields.items():
        if len(fs.sibs) == 1 and fs.cc == {fs.sibs[0][0]: fs.sibs[0][1]}:
            o, n, v = fs.sibs[0]
            out[name] = [orgs.index(o), n, v]
        else:
            out[name] = {
                "c": [[orgs.index(o), n] for o, n in sorted(fs.cc.items())],
                "s": [[orgs.index(o), n, v] for o, n, v in fs.sibs],
            }
    doc: dict[str, Any] = {"f": out}
    if placeholders and state.placeholders:
        doc["p"] = dict(state.placeholders)
    return doc


class StateFormatError(ValueError):
    pass


def _org(orgs: list[str], index: Any) -> str:
    if type(index) is not int or not 0 <= index < len(orgs):
        raise StateFormatError("bad organisation index")
    return orgs[index]


def _count(n: Any) -> int:
    if type(n) is not int or not 0 < n <= MAX_COUNTER:
        raise StateFormatError("bad edit number")
    return n


def decode_state(doc: Any, orgs: list[str], allowed: frozenset[str] | set[str]) -> RecordState:
    """Parse an encoded state from untrusted input; every shape is checked explicitly."""
    if not isinstance(doc, dict):
        raise StateFormatError("state")
    fields_doc = doc.get("f", {})
    holders = doc.get("p", {})
    if not isinstance(fields_doc, dict) or not isinstance(holders, dict):
        raise StateFormatError("state")
    state = RecordState()
    fields = state.fields
    norgs = len(orgs)
    for name, enc in fields_doc.items():
        if name not in allowed:
            raise StateFormatError("unknown field")
        if type(enc) is list:  # one value whose dot is its whole context: checks inlined
            if len(enc) != 3:
                raise StateFormatError("field")
            i, n, v = enc
            if type(i) is not int or not 0 <= i < norgs:
                raise StateFormatError("bad organisation index")
            if type(n) is not int or not 0 < n <= MAX_COUNTER:
                raise StateFormatError("bad edit number")
            o = orgs[i]
            fields[name] = FieldState({o: n}, [(o, n, v)])
            continue
        if not isinstance(enc, dict) or not isinstance(enc.get("c"), list):
            raise StateFormatError("field")
        sibs_doc = enc.get("s")
        if not isinstance(sibs_doc, list) or len(sibs_doc) > 64:
            raise StateFormatError("field")
        cc: dict[str, int] = {}
        for item in enc["c"]:
            if not isinstance(item, list) or len(item) != 2:
                raise StateFormatError("context")
            org = _org(orgs, item[0])
            cc[org] = max(cc.get(org, 0), _count(item[1]))
        sibs: list[Sibling] = []
        seen: set[Dot] = set()
        for item in sibs_doc:
            if not isinstance(item, list) or len(item) != 3:
                raise StateFormatError("sibling")
            dot = (_org(orgs, item[0]), _count(item[1]))
            if dot in seen or cc.get(dot[0], 0) < dot[1]:
                raise StateFormatError("sibling")
            seen.add(dot)
            sibs.append((dot[0], dot[1], item[2]))
        sibs.sort(key=lambda s: (s[0], s[1]))
        state.fields[name] = FieldState(cc, sibs)
    for name, value in holders.items():
        if name not in allowed or name in PRIVACY_FLAGS:
            # A redaction never hides a privacy flag; a placeholder for one could only stand in
            # for a value with no edit behind it.
            raise StateFormatError("unknown field")
        state.placeholders[name] = value
    return state
