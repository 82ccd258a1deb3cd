"""Merge state of records in the vault (`record_state` table), read and written in batches.

Stored compactly: a field whose one standing value is the record's own column is kept as its dot
and a short hash of the value, not the value again. The record's revision at save time tells
whether the columns can be trusted as they are; if the record was edited since, the hash tells
which fields changed (those become local edits when captured).
"""

from __future__ import annotations

import hashlib
import json
import operator
import struct
import zlib
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from app.domain.records import Record
from app.exchange.merge import Dot, FieldState, RecordState, repair

_BATCH = 500


class _Edited:
    """Stands for a value overwritten by a local edit since the state was saved."""

    def __eq__(self, other: object) -> bool:
        return other is self

    def __hash__(self) -> int:
        return id(self)


EDITED = _Edited()


def _digest(value: Any) -> str:
    """A short fingerprint of a field's value, to notice local edits (not a security hash):
    the "h" form, written by earlier versions and still read."""
    raw = f"{type(value).__name__}:{value}".encode()
    return hashlib.blake2b(raw, digest_size=4).hexdigest()


_STR_SEED = zlib.crc32(b"str:")


def _crc(value: Any) -> str:
    """The "k" form, written now: CRC-32 of the same text (one fifth of the time of BLAKE2b on
    the short values fields hold; an import hashes every field of every record). A changed
    value goes unnoticed only if its CRC equals the old one's: never for a change confined
    to 4 bytes, and about once in 4 billion otherwise; nobody gains by forcing it, since the
    value compared is the user's own later edit."""
    if type(value) is str:
        return f"{zlib.crc32(value.encode(), _STR_SEED):08x}"
    return f"{zlib.crc32(f'{type(value).__name__}:{value}'.encode()):08x}"


_NO_HASH = "--------"


class OneValueState:
    """A merge state every field of which holds one value whose dot is its whole context (what
    a bundle carries for nearly every record), kept as read: `dots` and `values` by field, in
    the bundle's order. An import stores it for a record it creates without building the
    general state (`as_state`, for anything that needs one, gives the same state).

    `dot` is the dot every field has when they all have the same one (`uniform`: nearly every
    record a bundle brings, made or last changed in one edit), else None; `dots` is then made
    only when asked for."""

    __slots__ = ("_dots", "dot", "placeholders", "values")

    def __init__(
        self, dots: dict[str, Dot], values: dict[str, Any], placeholders: dict[str, Any]
    ) -> None:
        self._dots: dict[str, Dot] | None = dots
        self.dot: Dot | None = None
        self.values = values
        self.placeholders = placeholders

    @classmethod
    def uniform(cls, dot: Dot, values: dict[str, Any]) -> OneValueState:
        """Every field of `values` (at least one) with the same dot, no placeholders."""
        self = cls.__new__(cls)
        self._dots = None
        self.dot = dot
        self.values = values
        self.placeholders = {}
        return self

    @property
    def dots(self) -> dict[str, Dot]:
        if self._dots is None:
            self._dots = dict.fromkeys(self.values, self.dot)
        return self._dots  # type: ignore[return-value]

    def as_state(self) -> RecordState:
        values = self.values
        fields = {
            name: FieldState({o: n}, [(o, n, values[name])]) for name, (o, n) in self.dots.items()
        }
        return RecordState(fields, dict(self.placeholders))


def _encode(state: RecordState | OneValueState, record: Record) -> str:
    """{"r": revision, "d": [org, n] (the dot most fields share, value = the column),
    "e": {field: [org, n, value] | {"c": context, "s": siblings}} (the exceptions),
    "k": 8 hex digits per merge field in class order ("-" = not in the state; "h" in states
    written before, with another digest),
    "p": placeholders}."""
    if type(state) is OneValueState and not state.placeholders:
        found = None if state.dot is None else _encode_uniform(state, record)
        if found is None:
            found = _encode_one(state, record)
        if found is not None:
            return found
    values = values_of(record)
    names = _merge_order(type(record))
    implicit: dict[str, tuple[str, int]] = {}
    explicit: dict[str, Any] = {}
    if type(state) is OneValueState:
        new_values = state.values
        for name, dot in state.dots.items():
            v = new_values[name]
            if name in values and values[name] == v and type(values[name]) is type(v):
                implicit[name] = dot
            else:
                explicit[name] = [dot[0], dot[1], v]
        return _finish(record, values, names, implicit, explicit, state.placeholders)
    for name, fs in state.fields.items():
        sibs, cc = fs.sibs, fs.cc
        if len(sibs) == 1 and len(cc) == 1:
            o, n, v = sibs[0]
            if cc.get(o) == n:
                if name in values and values[name] == v and type(values[name]) is type(v):
                    implicit[name] = (o, n)
                    continue
                explicit[name] = [o, n, v]
                continue
        explicit[name] = {"c": cc, "s": [list(x) for x in sibs]}
    return _finish(record, values, names, implicit, explicit, state.placeholders)


def _encode_one(state: OneValueState, record: Record) -> str | None:
    """`_encode` of the usual state an import stores: one edit made every value and each is
    the record's column. None for anything else (`_encode` then writes it the general way).
    The same bytes as `_finish` writes for it."""
    dots = state.dots
    if not dots:
        return None
    first = next(iter(dots.values()))
    org, n = first
    revision = record.revision
    if type(n) is not int or type(org) is not str or type(revision) is not int:
        return None
    cls = type(record)
    current = _merge_values(cls)(record)
    new_values = state.values
    crcs: list[int | None] = []
    seen = 0
    last = len(current) - 1
    for i, name in enumerate(_merge_order(cls)):
        dot = dots.get(name)
        if dot is None:
            crcs.append(None)  # not in the state
            continue
        v = new_values[name]
        have = bool(current[i]) if i == last else current[i]  # the tombstone flag, as a bool
        if (dot is not first and dot != first) or have != v or type(have) is not type(v):
            return None
        seen += 1
        # The column's value is hashed, as `_finish` does (0.0 == -0.0, but they read apart).
        crcs.append(zlib.crc32(v.encode(), _STR_SEED) if type(v) is str else _other_crc(have))
    if seen != len(dots):
        return None  # a field outside the merge order: the general way writes it
    if None in crcs:
        hashes = "".join(_NO_HASH if c is None else f"{c:08x}" for c in crcs)
    else:
        hashes = struct.pack(f">{len(crcs)}I", *crcs).hex()  # 8 hex digits each, as f"{c:08x}"
    return f'{{"r":{revision},"d":[{_text(org)},{n}],"k":"{hashes}"}}'


def _encode_uniform(state: OneValueState, record: Record) -> str | None:
    """`_encode_one` of a state whose fields all have one dot (`state.dot`) and that holds
    every merge field: the values compared with the columns all at once. None when any
    differs (or anything is unusual): `_encode_one` decides then."""
    cls = type(record)
    incoming = state.values
    if len(incoming) != len(_merge_order(cls)):
        return None
    org, n = state.dot  # type: ignore[misc]
    revision = record.revision
    if type(n) is not int or type(org) is not str or type(revision) is not int:
        return None
    current = _merge_values(cls)(record)
    if type(current[-1]) is not bool:
        return None  # the tombstone column as a number: compared as a flag by `_encode_one`
    try:
        given = _in_merge_order(cls)(incoming)
    except KeyError:
        return None  # a field outside the merge order
    # Equal and of the same type, field by field (what `_encode_one` compares): the same
    # objects (a record an import makes from the state's values) or else compared. An object
    # is equal to itself here, but a NaN (never from a bundle) is not to `_encode_one`.
    same = all(map(is_, given, current))
    if not same and (given != current or list(map(type, given)) != list(map(type, current))):
        return None
    # The column's value is hashed, as `_finish` does (0.0 == -0.0, but they read apart).
    crcs = []
    for v in current:
        kind = type(v)
        if kind is str:
            crcs.append(crc32(v.encode(), _STR_SEED))
        elif kind is bool:
            crcs.append(_BOOL_CRC[v])
        elif kind is float and v != v:
            return None
        else:
            crcs.append(_other_crc(v))
    hashes = struct.pack(f">{len(crcs)}I", *crcs).hex()  # 8 hex digits each, as f"{c:08x}"
    return f'{{"r":{revision},"d":[{_text(org)},{n}],"k":"{hashes}"}}'


crc32 = zlib.crc32
is_ = operator.is_
_BOOL_CRC = {v: zlib.crc32(f"bool:{v}".encode()) for v in (False, True)}


@cache
def _in_merge_order(cls: type[Record]) -> Any:
    """A state's values (a dict by field) in `_merge_order`, as one tuple."""
    return operator.itemgetter(*_merge_order(cls))


_OTHER_CRC: dict[tuple[type, Any], int] = {}


def _other_crc(v: Any) -> int:
    """CRC-32 of `type:value` (the "k" form of a value that is not text), remembered for the
    few values flags and small numbers take (not floats: 0.0 and -0.0 are equal keys but
    read differently)."""
    key = (type(v), v)
    found = _OTHER_CRC.get(key) if type(v) is not float else None
    if found is None:
        found = zlib.crc32(f"{type(v).__name__}:{v}".encode())
        if type(v) is not float and len(_OTHER_CRC) < 4096:
            _OTHER_CRC[key] = found
    return found


@cache
def _merge_values(cls: type[Record]) -> Any:
    """The record's values in `_merge_order` (the tombstone flag last), as one tuple."""
    return operator.attrgetter(*_merge_order(cls))


def _finish(
    record: Record,
    values: dict[str, Any],
    names: tuple[str, ...],
    implicit: dict[str, Dot],
    explicit: dict[str, Any],
    placeholders: dict[str, Any],
) -> str:
    doc: dict[str, Any] = {"r": record.revision}
    if implicit:
        dots = list(implicit.values())
        first = dots[0]
        if dots.count(first) == len(dots):  # the usual case: one edit made every value
            doc["d"] = list(first)
        else:
            # Ties go to the first in field order: a set's order follows the hash seed, and
            # the same import must store the same bytes in every process.
            common = max(dict.fromkeys(dots), key=dots.count)
            doc["d"] = list(common)
            for name, dot in implicit.items():
                if dot != common:
                    explicit[name] = list(dot)
    if explicit:
        doc["e"] = explicit
    # `_crc` of each implicit value, inlined (every field of every record an import stores).
    hashes = []
    for n in names:
        if n in implicit:
            v = values[n]
            if type(v) is str:
                hashes.append(f"{zlib.crc32(v.encode(), _STR_SEED):08x}")
            else:
                hashes.append(f"{zlib.crc32(f'{type(v).__name__}:{v}'.encode()):08x}")
        else:
            hashes.append(_NO_HASH)
    doc["k"] = "".join(hashes)
    if placeholders:
        doc["p"] = placeholders
    if len(doc) == 3 and "d" in doc and type(doc["r"]) is int:
        # {"r", "d", "k"} alone (most records): the same bytes as the encoder's, written out.
        org, n = doc["d"]
        if type(n) is int and type(org) is str:
            return f'{{"r":{doc["r"]},"d":[{_text(org)},{n}],"k":"{doc["k"]}"}}'
    return _JSON.encode(doc)


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # made once, not per call
_text = json.encoder.encode_basestring  # the string encoder _JSON uses (ensure_ascii=False)


def _decode(text: str, record: Record) -> RecordState:
    doc = json.loads(text)
    values = values_of(record)
    names = _merge_order(type(record))
    same_revision = doc.get("r") == record.revision
    if "k" in doc:
        hashes, digest = doc["k"], _crc
    else:
        hashes, digest = doc.get("h", ""), _digest
    explicit = doc.get("e", {})
    common = doc.get("d")
    state = RecordState(placeholders=dict(doc.get("p", {})))
    for i, name in enumerate(names):
        stored_hash = hashes[i * 8 : i * 8 + 8]
        enc = explicit.get(name)
        if enc is None and (common is None or stored_hash in ("", _NO_HASH)):
            continue  # not in the state (e.g. redacted away)
        if isinstance(enc, dict):
            state.fields[name] = FieldState(
                {o: int(n) for o, n in enc["c"].items()}, [tuple(x) for x in enc["s"]]
            )
            continue
        if isinstance(enc, list) and len(enc) == 3:
            o, n, v = enc
        else:
            o, n = enc if enc is not None else common
            current = values.get(name)
            unchanged = (
                same_revision
                or stored_hash == digest(current)
                # A partner's -0.0 was stored as given before it was read as 0.0, what the
                # column gives back (app/exchange/validate.py `_as_float`).
                or (current == 0.0 and type(current) is float and stored_hash == digest(-0.0))
            )
            v = current if unchanged else EDITED
        state.fields[name] = FieldState({o: n}, [(o, n, v)])
    return repair(state)  # edit numbers an older version let a partner inflate


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


def save_states(
    conn: Any,
    table: str,
    states: Iterable[tuple[RecordState | OneValueState, Record]],
    *,
    source: tuple[str, str, str] | None = None,
) -> None:
    """`record` is the record as stored after the state was applied to it. `source` (org id,
    bundle id, time) marks records changed by an import: a record first seen in that import
    keeps it as its origin for good."""
    if source is None:
        conn.executemany(
            "INSERT INTO record_state (tbl, record_id, state) VALUES (?, ?, ?) "
            "ON CONFLICT (tbl, record_id) DO UPDATE SET state = excluded.state",
            [(table, record.id, _encode(state, record)) for state, record in states],
        )
        return
    org, bundle_id, now = source
    conn.executemany(
        "INSERT INTO record_state (tbl, record_id, state, origin_org_id, origin_bundle_id, "
        "last_org_id, last_bundle_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (tbl, record_id) DO UPDATE SET state = excluded.state, "
        "last_org_id = excluded.last_org_id, last_bundle_id = excluded.last_bundle_id, "
        "imported_at = excluded.imported_at",
        [
            (table, record.id, _encode(state, record), org, bundle_id, org, bundle_id, now)
            for state, record in states
        ],
    )


def provenance(conn: Any, table: str, record_id: str) -> tuple[str, str, str, str] | None:
    """(origin org, origin bundle, last org, last bundle) of a record that came from a partner."""
    row = conn.execute(
        "SELECT origin_org_id, origin_bundle_id, last_org_id, last_bundle_id FROM record_state "
        "WHERE tbl = ? AND record_id = ? AND origin_org_id != ''",
        (table, record_id),
    ).fetchone()
    return tuple(row) if row else None  # type: ignore[return-value]


def origins(conn: Any, table: str, ids: Sequence[str]) -> dict[str, str]:
    """Record id -> the organisation whose bundle first brought it (records made here: none)."""
    out: dict[str, str] = {}
    for start in range(0, len(ids), _BATCH):
        part = list(ids[start : start + _BATCH])
        marks = ", ".join("?" for _ in part)
        out.update(
            conn.execute(
                "SELECT record_id, origin_org_id FROM record_state WHERE tbl = ? "
                f"AND origin_org_id != '' AND record_id IN ({marks})",
                [table, *part],
            ).fetchall()
        )
    return out


def vouched_contacts(conn: Any, me: str, contacts: Sequence[Any]) -> set[str]:
    """Person ids named by meeting contacts (`MeetingContact` records, deleted ones ignored) that
    this vault or the organisation the meeting came from made and last changed. Only these name
    a person in a `public` bundle, where other attendees are unnamed: a contact added or
    re-pointed by another partner's import would otherwise name any attendee it chose in our
    public bundles (docs/trust-rules.md, rule 4). Public reports name nobody at all."""
    live = [c for c in contacts if not c.deleted]
    if not live:
        return set()
    meetings = origins(conn, "meetings", sorted({c.meeting_id for c in live}))
    made = origins(conn, "meeting_contacts", [c.id for c in live])
    out: set[str] = set()
    for c in live:
        owners = {me, meetings.get(c.meeting_id, me)}
        if made.get(c.id, me) in owners and (c.changed_by or me) in owners:
            out.add(c.person_id)
    return out


@cache
def _content(cls: type[Record]) -> tuple[str, ...]:
    return cls.content_fields()


@cache
def _merge_order(cls: type[Record]) -> tuple[str, ...]:
    return (*cls.content_fields(), "deleted")


def values_of(record: Record) -> dict[str, Any]:
    """The fields that merge: content fields and the tombstone flag."""
    out = {name: getattr(record, name) for name in _content(type(record))}
    out["deleted"] = bool(record.deleted)
    return out


@cache
def merge_fields(cls: type[Record]) -> frozenset[str]:
    return frozenset((*_content(cls), "deleted"))
