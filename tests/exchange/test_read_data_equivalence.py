"""data.json is checked and read in one pass (`validate.read_data`, issue 14): it must refuse
exactly what the two passes before it refused (`validate_data`, then `parse_records`' own
checks) and read the same states from what both accept. The two passes are kept here, as they
were, as the reference; hostile documents are generated around well-formed ones."""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.records import TYPE_BY_TABLE
from app.errors import BundleContentInvalid
from app.exchange import merge, validate
from app.exchange.exporter import DATA_FORMAT
from app.exchange.importer import _Incoming, _one_value, parse_records
from app.exchange.state_store import merge_fields
from app.exchange.validate import (
    MAX_CODE,
    MAX_ORGS,
    MAX_RECORDS,
    _text,
    is_record_id,
    is_timestamp,
    validate_state,
)

_ID = re.compile(r"^[0-9A-Za-z-]{1,64}\Z")  # the importer's own id check, before


def _old_validate_data(data: Any) -> None:
    if not isinstance(data, dict) or set(data) - {"format", "policy", "orgs", "records"}:
        raise BundleContentInvalid()
    if data.get("format") != DATA_FORMAT:
        raise BundleContentInvalid()
    if "policy" in data and not _text(data["policy"], MAX_CODE):
        raise BundleContentInvalid()
    orgs, records = data.get("orgs"), data.get("records")
    if not isinstance(orgs, list) or not isinstance(records, list):
        raise BundleContentInvalid()
    if len(orgs) > MAX_ORGS or len(records) > MAX_RECORDS:
        raise BundleContentInvalid()
    if not all(is_record_id(o) for o in orgs) or len(set(orgs)) != len(orgs):
        raise BundleContentInvalid()
    for item in records:
        if not isinstance(item, dict) or set(item) - {"t", "id", "c", "s"}:
            raise BundleContentInvalid()
        table = item.get("t")
        cls = TYPE_BY_TABLE.get(table) if isinstance(table, str) else None
        if cls is None or not is_record_id(item.get("id")):
            raise BundleContentInvalid()
        created = item.get("c", "")
        if created != "" and not is_timestamp(created):
            raise BundleContentInvalid()
        validate_state(item.get("s"), cls, len(orgs))


def _old_parse_records(data: Any) -> list[_Incoming]:
    _old_validate_data(data)
    orgs, records = data["orgs"], data["records"]
    if not all(isinstance(o, str) and _ID.match(o) for o in orgs):
        raise BundleContentInvalid()
    out: list[_Incoming] = []
    seen: set[tuple[str, str]] = set()
    shared: dict[int, merge.Dot] = {}
    for item in records:
        table, rid, created = item.get("t"), item.get("id"), item.get("c")
        cls = TYPE_BY_TABLE[table]
        if not isinstance(created, str) or len(created) > 40 or (table, rid) in seen:
            raise BundleContentInvalid()
        seen.add((table, rid))
        one = _one_value(item["s"], orgs, shared)
        if one is not None:
            out.append(_Incoming(cls, rid, created, one=one))
            continue
        try:
            state = merge.decode_state(item.get("s"), orgs, merge_fields(cls))
        except merge.StateFormatError:
            raise BundleContentInvalid() from None
        out.append(_Incoming(cls, rid, created, state))
    return out


def _typed(value: Any) -> Any:
    """A value with its type (1, 1.0 and True are equal in Python, not here)."""
    if isinstance(value, list):
        return ("list", [_typed(v) for v in value])
    return (type(value).__name__, repr(value))


def _outcome(parse: Any, doc: Any) -> Any:
    try:
        parsed = parse(copy.deepcopy(doc))
    except BundleContentInvalid:
        return "refused"
    out = []
    for item in parsed:
        state = item.state
        fields = {
            name: (sorted(fs.cc.items()), [(o, n, _typed(v)) for o, n, v in fs.sibs])
            for name, fs in state.fields.items()
        }
        holders = {k: _typed(v) for k, v in state.placeholders.items()}
        out.append((item.cls, item.record_id, item.created, fields, holders))
    return out


ORGS = ["org-a", "org-b"]
TS = "2026-11-22T10:00:00.000000Z"
IDS = [f"{i}b0e5c1e-4f3a-4c55-9d6e-2f1a3b4c5d6e" for i in range(8)]
VALUES = st.sampled_from(
    [
        "",
        "Budget review",
        "ដីធ្លី",
        IDS[0],
        "not/an/id",
        "nul\x00",
        "\ud800",
        "2026-01-10",
        "2026-13-45",
        "09:30",
        "ab" * 32,
        "x" * 201,  # too long for a code (kind, status...), not for free text
        True,
        False,
        0,
        1,
        -1,
        7,
        1.5,
        -0.0,
        2**53,
        10**30,
        float("inf"),
        None,
        [],
        {},
        ["x"],
    ]
)
# Small ints are shared objects in CPython, larger ones are not: both kinds of edit number.
INDEXES = st.sampled_from([0, 0, 0, 1, 2, -1, True, 0.0])
COUNTERS = st.sampled_from([1, 1, 1, 2, 300, 301, 0, -3, merge.MAX_COUNTER + 1, 2**53, True, 1.0])


def _good(cls: Any, name: str) -> Any:
    """A value the field accepts."""
    kind = {f.name: str(f.type) for f in dataclasses.fields(cls)}.get(name, "str")
    if kind != "str":
        return {"bool": False, "float": 1.5, "int": 7}.get(kind)
    if name.endswith("_id"):
        return IDS[1]
    if name in validate._DATES:
        return "2026-01-10"
    if name in validate._TIMES:
        return "09:30"
    if name == "sha256":
        return "ab" * 32
    return "open" if name in validate._CODES else "Budget review"


_TABLES = ["meetings", "minute_entries", "headcounts", "attendance", "attachments"]
_MUTATIONS = [
    "value",
    "value",
    "value",
    "own dot",
    "own dot",
    "general",
    "short",
    "bogus field",
    "table",
    "id",
    "created",
    "no created",
    "extra key",
    "p",
    "empty p",
    "p list",
    "q",
    "no f",
    "state",
]


@st.composite
def records(draw: Any) -> Any:
    """A record its reader accepts, or (often) the same with one hostile change."""
    cls = TYPE_BY_TABLE[draw(st.sampled_from(_TABLES))]
    names = sorted(merge_fields(cls))
    chosen = draw(st.lists(st.sampled_from(names), min_size=1, max_size=8, unique=True))
    dot = (0, 1) if draw(st.booleans()) else (draw(st.sampled_from([0, 1])), draw(COUNTERS))
    fields: dict[str, Any] = {name: [dot[0], dot[1], _good(cls, name)] for name in chosen}
    state: Any = {"f": fields}
    item: dict[str, Any] = {"t": cls.TABLE, "id": draw(st.sampled_from(IDS)), "c": TS, "s": state}
    mutation = draw(st.sampled_from(["none"] * 12 + _MUTATIONS))
    name = draw(st.sampled_from(chosen))
    if mutation == "value":
        fields[name][2] = draw(VALUES)
    elif mutation == "own dot":
        fields[name][:2] = [draw(INDEXES), draw(COUNTERS)]
    elif mutation == "general":
        sibs = [[0, 2, draw(VALUES)], [0, 1, _good(cls, name)]][: draw(st.integers(1, 2))]
        fields[name] = {"c": [[0, 2]], "s": sibs}
    elif mutation == "short":
        fields[name] = fields[name][:2]
    elif mutation == "bogus field":
        fields["bogus"] = [dot[0], dot[1], "x"]
    elif mutation == "table":
        item["t"] = draw(st.sampled_from(["nope", 5, None]))
    elif mutation == "id":
        item["id"] = draw(st.sampled_from(["bad id", 3, "", "a\n"]))
    elif mutation == "created":
        item["c"] = draw(st.sampled_from(["", "yesterday", "2026-02-30T10:00:00Z", None, 5]))
    elif mutation == "no created":
        del item["c"]
    elif mutation == "extra key":
        item["x"] = 1
    elif mutation == "p":
        state["p"] = {draw(st.sampled_from(names)): draw(VALUES)}
    elif mutation == "empty p":
        state["p"] = {}
    elif mutation == "p list":
        state["p"] = []
    elif mutation == "q":
        state["q"] = 1
    elif mutation == "no f":
        del state["f"]
    elif mutation == "state":
        item["s"] = draw(VALUES)
    return item


@settings(max_examples=400, deadline=None)
@given(st.lists(records(), max_size=3), st.sampled_from(["full", "full", "partners", 7, "-"]))
def test_one_pass_refuses_and_reads_what_the_two_passes_did(items, policy) -> None:
    doc: dict[str, Any] = {"format": DATA_FORMAT, "orgs": ORGS, "records": items}
    if policy != "-":
        doc["policy"] = policy
    assert _outcome(parse_records, doc) == _outcome(_old_parse_records, doc)


def _minute(position: Any) -> dict[str, Any]:
    fields = {"meeting_id": IDS[1], "agenda_item_id": IDS[2], "text": "t", "position": position}
    return {"t": "minute_entries", "id": IDS[3], "c": TS, "s": {"f": _usual(fields)}}


def _usual(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: [0, 1, v] for k, v in fields.items()}


def _all_from_org(doc: Any, index: int, name: str, other: Any) -> None:
    """Every field of the first record from organisation `index`, `name`'s from `other`."""
    for enc in doc["records"][0]["s"]["f"].values():
        enc[0] = index
    doc["records"][0]["s"]["f"][name][0] = other


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["records"].append(copy.deepcopy(d["records"][0])),  # one record twice
        lambda d: d["records"][0].pop("c"),  # no creation time
        lambda d: d["records"][0]["s"].update(p=[]),  # placeholders not a map
        lambda d: d["records"][0]["s"]["f"]["title"].__setitem__(0, True),  # a flag as index
        lambda d: d["records"][0]["s"]["f"]["summary"].__setitem__(1, 2),  # another dot
        # The dot of the first field again, but as a flag or a float (equal in Python)
        lambda d: d["records"][0]["s"]["f"]["summary"].__setitem__(1, True),
        lambda d: d["records"][0]["s"]["f"]["summary"].__setitem__(1, 1.0),
        lambda d: _all_from_org(d, 1, "summary", True),
        lambda d: d["records"][0]["s"]["f"]["summary"].__setitem__(2, 5),  # a number as text
        lambda d: d["records"][0]["s"]["f"]["series_id"].__setitem__(2, "a/b"),  # a bad link
        lambda d: d["records"][0]["s"]["f"]["deleted"].__setitem__(2, 0),  # 0 for a flag
        lambda d: d["records"][0]["s"]["f"].update(bogus=[0, 1, "x"]),  # an unknown field
        lambda d: d.update(orgs=["org-a", "org-a"]),  # an organisation twice
        lambda d: d["records"][0]["s"]["f"]["title"].__setitem__(2, "a \ud800"),  # a surrogate
        lambda d: d["records"][0]["s"]["f"]["title"].__setitem__(2, "a \x00"),
        lambda d: d["records"][0]["s"]["f"].update(classification=[0, 1, "x" * 201]),  # a code
        lambda d: d["records"][0]["s"]["f"].update(classification=[0, 1, "x" * 200]),
        lambda d: d["records"][0]["s"]["f"]["summary"].__setitem__(2, "x" * 1_000_001),
        lambda d: d["records"].append(_minute(3)),  # an integer position: read as 3.0
    ],
)
def test_hostile_documents_are_refused(mutate) -> None:
    fields = {"title": "t", "summary": "s", "series_id": "", "start_date": "2026-01-10"}
    good = {
        "t": "meetings",
        "id": IDS[0],
        "c": TS,
        "s": {"f": {**{k: [0, 1, v] for k, v in fields.items()}, "deleted": [0, 1, False]}},
    }
    doc: dict[str, Any] = {"format": DATA_FORMAT, "orgs": ORGS, "records": [good]}
    assert _outcome(parse_records, doc) == _outcome(_old_parse_records, doc) != "refused"
    mutate(doc)
    if _outcome(_old_parse_records, doc) == "refused":
        assert _outcome(parse_records, doc) == "refused"
    else:  # another dot is the general form, read the same way
        assert _outcome(parse_records, doc) == _outcome(_old_parse_records, doc)


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2026-11-22T09:30:00.123456Z", True),
        ("2026-11-22 23:59:59+07:00", True),
        ("2026-11-22T00:00-0530", True),
        ("2026-11-22T99:99", False),  # no time of day
        ("2026-11-22T24:00:00Z", False),
        ("2026-11-22T12:60:00Z", False),
        ("2026-11-22T12:00:61Z", False),
        ("2026-11-22T12:00:00+99:99", False),  # no offset
        ("2026-02-30T12:00:00Z", False),  # no such day
    ],
)
def test_a_creation_time_is_a_real_moment(value: str, ok: bool) -> None:
    assert is_timestamp(value) is ok
