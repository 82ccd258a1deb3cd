"""Differential tests (from an adversarial review): the import's fast paths against the
general code.

A hostile-but-parseable data.json is imported twice into the same vault (each import rolled back):
once as shipped, once with every fast path switched off (`_usual`, `_one_value`, the uniform
branch of `_plan`, `_encode_uniform`/`_encode_one`, `note_creations`/`_content_writer`,
`put_merged_many`). The verdict (error class) and the whole vault content must be the same, and
no error other than the app's own (RoundtableError) may come out."""

from __future__ import annotations

import copy
import json
import os
import types
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.crypto import kdf
from app.domain.records import TYPE_BY_TABLE, Meeting
from app.errors import RoundtableError
from app.exchange import importer, state_store, validate
from app.exchange.exporter import DATA_FORMAT
from app.exchange.state_store import merge_fields
from app.storage import history
from app.storage.records import RecordStore
from tests.exchange.helpers import dump, forge, introduce, make_vault, seed_meeting, send

NOW = "2026-12-01T00:00:00.000000Z"


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("rev19")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(kdf.UNSAFE_TEST_ENV, "1")
        a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
        introduce(a, b)
        m = seed_meeting(a)
        importer.import_bundle(b, send(a, [b], root / "seed.rtbundle"))
        own = b.store.add(Meeting(title="B's own", start_date="2026-01-01"))
        b.store.update(b.store.get(Meeting, m.id), summary="edited in B")  # a local edit
        yield a, b, root, m.id, own.id
        a.close()
        b.close()


class _Rollback(Exception):
    pass


def _general_put_many(self: RecordStore, writes):
    for new, old in writes:
        self.put_merged(new, old)


def _general_creations(store, records):
    for r in records:
        history.note_write(store, None, r)


def _patches(mp: pytest.MonkeyPatch, general: bool) -> None:
    mp.setattr(importer, "utc_now", lambda: NOW)
    mp.setattr(history, "os", types.SimpleNamespace(urandom=lambda n: bytes(n)))
    if not general:
        return
    mp.setattr(validate, "_usual", lambda *a, **k: None)
    mp.setattr(importer, "_one_value", lambda *a, **k: None)
    mp.setattr(state_store, "_encode_uniform", lambda *a, **k: None)
    mp.setattr(state_store, "_encode_one", lambda *a, **k: None)
    mp.setattr(history, "note_creations", _general_creations)
    mp.setattr(history, "_content_writer", lambda cls: None)
    mp.setattr(RecordStore, "put_merged_many", _general_put_many)


def _import(b, path, general: bool) -> Any:
    with pytest.MonkeyPatch.context() as mp:
        _patches(mp, general)
        try:
            with b.store.transaction():
                try:
                    preview = importer.import_bundle(b, path)
                except RoundtableError as exc:
                    outcome: Any = ("refused", type(exc).__name__)
                else:
                    outcome = dump(b)
                    # What the preview lists (its labels too: the fast path writes them inline)
                    outcome["(preview)"] = [
                        (c.table, c.record_id, c.label, c.kind, len(c.fields))
                        for c in preview.changes
                    ]
                raise _Rollback
        except _Rollback:
            pass
        return outcome


def check_same(a, b, root, doc: Any) -> Any:
    raw = json.dumps(doc).encode()  # lone surrogates as \ud800 escapes
    path = forge(root / f"{uuid.uuid4()}.rtbundle", signer=a, recipients=[b], data_json=raw)
    try:
        fast = _import(b, path, general=False)
        slow = _import(b, path, general=True)
    finally:
        os.unlink(path)
    if fast != slow and not isinstance(fast, tuple):
        for t in fast:
            if fast[t] != slow[t]:
                for x, y in zip(fast[t], slow[t], strict=False):
                    if x != y:
                        print(t, "\nFAST", x, "\nGEN ", y)
    assert fast == slow
    return fast


# --- hostile documents --------------------------------------------------------------------------
IDS = [str(uuid.UUID(int=i + 1)) for i in range(4)]
ODD = [
    "",
    "Budget review",
    "ដីធ្លី",
    "\u202eevil\u202c",
    "a\u200fb",
    "nul\x00",
    "\ud800",
    "\udfff x",
    "2026-01-10",
    "2026-02-30",
    "09:30",
    "25:99",
    "ab" * 32,
    "AB" * 32,
    "x" * 201,
    "x" * 5000,
    "not/an/id",
    "a" * 65,
    IDS[0],
    IDS[1],
    True,
    False,
    0,
    1,
    -1,
    7,
    2**53 - 1,
    2**53,
    -(2**53) + 1,
    10**30,
    1.5,
    -0.0,
    0.0,
    1e308,
    5e-324,
    3.0,
    2.0**53,
    None,
    [],
    {},
    ["x"],
]
VALUES = st.sampled_from(ODD)
INDEXES = st.sampled_from([0, 0, 0, 1, 2, -1, True, False, 0.0, 1.0])
COUNTERS = st.sampled_from([1, 1, 1, 2, 300, 0, -3, 2**39, 2**39 + 1, 2**53 - 1, 2**53, True, 1.0])
CREATED = st.sampled_from(
    [
        "2026-11-22T10:00:00.000000Z",
        "",
        "2026-11-22 10:00",
        "2026-11-22T10:00:00+0700",
        "2026-11-22T99:99",
        "2026-02-30T10:00:00Z",
        "9999-12-31T23:59:59.999999999-23:59",
        "0000-01-01T00:00",
        "yesterday",
        None,
        5,
        "２０２６-11-22T10:00",
    ]
)


def _good(cls: Any, name: str, draw) -> Any:
    kind = {f.name: str(f.type) for f in __import__("dataclasses").fields(cls)}.get(name, "str")
    if kind == "bool":
        return draw(st.booleans())
    if kind == "float":
        return draw(st.sampled_from([1.5, 3, -0.0, 0.0, 2.0**52, -7, 0.1]))
    if kind == "int":
        return draw(st.sampled_from([0, 7, 2**31, 2**53 - 1, -5]))
    if name.endswith("_id"):
        return draw(st.sampled_from(["", *IDS]))
    if name in validate._DATES:
        return draw(st.sampled_from(["", "2026-01-10", "2024-02-29"]))
    if name in validate._TIMES:
        return draw(st.sampled_from(["", "09:30", "09:30:15"]))
    if name == "sha256":
        return "ab" * 32
    if name in validate._CODES:
        return draw(st.sampled_from(["open", "", "ចំណាត់ថ្នាក់"]))
    return draw(st.sampled_from(["t", "", "ដីធ្លី", "\u202eevil", "x" * 3000, "a\u200fb"]))


@st.composite
def records(draw, rids: list[str]) -> Any:
    table = draw(st.sampled_from(sorted(TYPE_BY_TABLE)))
    cls = TYPE_BY_TABLE[table]
    names = sorted(merge_fields(cls))
    if draw(st.booleans()):
        chosen = list(names)
    else:
        chosen = draw(
            st.lists(st.sampled_from(names), min_size=0, max_size=len(names), unique=True)
        )
    draw(st.randoms()).shuffle(chosen)
    dot = [draw(st.sampled_from([0, 1])), draw(st.sampled_from([1, 1, 2, 300, 2**39]))]
    fields: dict[str, Any] = {n: [dot[0], dot[1], _good(cls, n, draw)] for n in chosen}
    state: dict[str, Any] = {"f": fields}
    item: dict[str, Any] = {
        "t": table,
        "id": draw(st.sampled_from(rids)),
        "c": draw(CREATED) if draw(st.integers(0, 9)) == 0 else "2026-11-22T10:00:00Z",
        "s": state,
    }
    for _ in range(draw(st.sampled_from([0, 0, 0, 0, 0, 1, 1, 2]))):
        kind = draw(
            st.sampled_from(
                [
                    "value",
                    "value",
                    "dot",
                    "index",
                    "counter",
                    "general",
                    "p",
                    "p",
                    "bogus",
                    "no c",
                    "deleted",
                    "same int objects",
                    "drop",
                ]
            )
        )
        name = draw(st.sampled_from(names))
        if kind == "value" and type(fields.get(name)) is list:
            fields[name][2] = draw(VALUES)
        elif kind == "dot" and type(fields.get(name)) is list:
            fields[name][:2] = [draw(INDEXES), draw(COUNTERS)]
        elif kind == "index":
            for enc in fields.values():
                if type(enc) is list:
                    enc[0] = 1
        elif kind == "counter":
            big = draw(st.sampled_from([300, 2**39, 2**39 + 1, 2**53 - 1]))
            for enc in fields.values():
                if type(enc) is list:
                    enc[1] = big  # equal ints, distinct objects once parsed
        elif kind == "general":
            fields[name] = {
                "c": [[0, 2], [1, draw(COUNTERS)]],
                "s": [[0, 2, draw(VALUES)], [1, 1, _good(cls, name, draw)]][
                    : draw(st.integers(0, 2))
                ],
            }
        elif kind == "p":
            state["p"] = {name: draw(VALUES) if draw(st.booleans()) else _good(cls, name, draw)}
        elif kind == "bogus":
            fields[
                draw(st.sampled_from(["bogus", "id", "revision", "created_at", "changed_by"]))
            ] = [0, 1, "x"]
        elif kind == "no c":
            item.pop("c", None)
        elif kind == "deleted":
            fields["deleted"] = [
                dot[0],
                dot[1],
                draw(st.sampled_from([0, 1, True, False, "", None, 1.0])),
            ]
        elif kind == "drop" and fields:
            fields.pop(next(iter(fields)))
    return item


def documents(rids: list[str]):
    return st.lists(records(rids), max_size=4).map(
        lambda items: {"format": DATA_FORMAT, "policy": "full", "orgs": [], "records": items}
    )


SETTINGS = settings(
    max_examples=int(os.environ.get("REV19_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@SETTINGS
@given(data=st.data())
def test_fast_and_general_imports_store_the_same(pair, data) -> None:
    a, b, root, mid, own = pair
    dec = b.conn.execute("SELECT id FROM decisions").fetchone()[0]
    rids = [*IDS, mid, mid, own, dec, b.org_id, a.org_id]
    doc = data.draw(documents(rids))
    doc["orgs"] = data.draw(
        st.sampled_from(
            [[a.org_id], [a.org_id, "org-x"], ["org-x", a.org_id], [a.org_id, b.org_id]]
        )
    )
    check_same(a, b, root, copy.deepcopy(doc))


def _meeting_doc(a, **values):
    fields = {n: [0, 1, v] for n, v in {**_MEETING, **values}.items()}
    rec = {"t": "meetings", "id": IDS[2], "c": "2026-11-22T10:00:00Z", "s": {"f": fields}}
    return {"format": DATA_FORMAT, "policy": "full", "orgs": [a.org_id], "records": [rec]}


_MEETING = {
    n: ({"bool": False}.get(str(f.type), "") if n != "title" else "t")
    for f in __import__("dataclasses").fields(Meeting)
    if (n := f.name) in merge_fields(Meeting)
}


@pytest.mark.parametrize(
    "title",
    [
        "x" * 1_000_000,
        "x" * 1_000_001,
        "\u202e\u2066evil\u2069",
        "a\x00",
        "\ud800",
        "\udc00b",
        "ok\ufeff",
        "\U0010ffff",
    ],
)
def test_texts_at_the_edges(pair, title) -> None:
    a, b, root, *_ = pair
    check_same(a, b, root, _meeting_doc(a, title=title))


def test_deep_nesting_is_refused_not_a_crash(pair) -> None:
    a, b, root, *_ = pair
    for depth in (900, 5000, 100_000):
        doc = _meeting_doc(a, title="PLACEHOLDER")
        raw = json.dumps(doc).replace('"PLACEHOLDER"', "[" * depth + "]" * depth).encode()
        path = forge(root / f"{uuid.uuid4()}.rtbundle", signer=a, recipients=[b], data_json=raw)
        with pytest.raises(RoundtableError):
            importer.import_bundle(b, path)


_SWEEP = ["meetings", "minute_entries", "headcounts", "attachments", "sessions", "organisations"]


def _complete(cls) -> dict[str, Any]:
    """A value every merge field of `cls` accepts (so one hostile value decides the verdict)."""
    out = {}
    for f in __import__("dataclasses").fields(cls):
        if f.name not in merge_fields(cls):
            continue
        kind = str(f.type)
        if kind in ("bool", "int", "float"):
            out[f.name] = {"bool": False, "int": 7, "float": 1.5}[kind]
        elif f.name.endswith("_id"):
            out[f.name] = IDS[1]
        elif f.name in validate._DATES:
            out[f.name] = "2026-01-10"
        elif f.name in validate._TIMES:
            out[f.name] = "09:30"
        elif f.name == "sha256":
            out[f.name] = "ab" * 32
        else:
            out[f.name] = "v"
    return out


@pytest.mark.parametrize("table", _SWEEP)
def test_every_field_against_every_odd_value(pair, table) -> None:
    """One field of an otherwise usual record (every field, one dot) given each odd value, as a
    value and as a placeholder: the same verdict and the same vault either way."""
    a, b, root, *_ = pair
    cls = TYPE_BY_TABLE[table]
    base = _complete(cls)
    for name in base:
        for value in ODD:
            for where in ("f", "p"):
                fields = {n: [0, 1, v] for n, v in base.items()}
                state: dict[str, Any] = {"f": fields}
                if where == "f":
                    fields[name] = [0, 1, value]
                else:
                    state["p"] = {name: value}
                rec = {"t": table, "id": IDS[3], "c": "2026-11-22T10:00:00Z", "s": state}
                doc = {"format": DATA_FORMAT, "orgs": [a.org_id], "records": [rec]}
                check_same(a, b, root, doc)
