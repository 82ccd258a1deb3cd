"""Hostile data.json documents the one-pass reader (`validate.read_data`, issue 14) must refuse
as the two passes before it did (kept as the reference in test_read_data_equivalence.py).
Documents are parsed from JSON text, as a bundle's are."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.records import TYPE_BY_TABLE
from app.exchange import merge
from app.exchange.exporter import DATA_FORMAT
from app.exchange.importer import parse_records
from app.exchange.state_store import merge_fields
from tests.exchange.test_read_data_equivalence import (
    IDS,
    ORGS,
    TS,
    VALUES,
    _good,
    _old_parse_records,
    _outcome,
)

_ID = "0b0e5c1e-4f3a-4c55-9d6e-2f1a3b4c5d6e"


def _doc(fields: str) -> Any:
    return json.loads(
        f'{{"format": {json.dumps(DATA_FORMAT)}, "orgs": ["org-a", "org-b"], "records": '
        f'[{{"t": "meetings", "id": "{_ID}", "c": "2026-11-22T10:00:00Z", "s": {{"f": '
        f"{{{fields}}}}}}}]}}"
    )


@pytest.mark.parametrize(
    "fields",
    [
        # No dot on the first fields: not the dot the next field brings
        '"title": [null, null, "t"], "summary": [0, 1, "s"], "deleted": [0, 1, false]',
        '"title": [null, null, "t"], "summary": [null, null, "s"], "deleted": [1, 1, false]',
        '"title": [null, 1, "t"], "summary": [0, 1, "s"]',
        '"title": [0, null, "t"], "summary": [0, 1, "s"]',
    ],
)
def test_a_field_without_its_dot_is_refused(fields: str) -> None:
    assert _outcome(_old_parse_records, _doc(fields)) == "refused"
    assert _outcome(parse_records, _doc(fields)) == "refused"


# Dots as a hostile sender may write them: null, flags, floats, strings, out of range...
_PART = st.sampled_from(
    [None, 0, 1, 2, True, False, 0.0, 1.0, -1, 300, 2**53, merge.MAX_COUNTER + 1, "0", [0]]
)
_DOT = st.sampled_from([(0, 1), (0, 1), (None, None), (1, 300)]) | st.tuples(_PART, _PART)


@st.composite
def _records(draw: Any) -> Any:
    """A record whose every field has a dot drawn apart (well-formed ones mostly), some
    values refused, now and then placeholders: the reader's usual form and the rest."""
    cls = TYPE_BY_TABLE[draw(st.sampled_from(sorted(TYPE_BY_TABLE)))]
    names = sorted(merge_fields(cls))
    fields: dict[str, Any] = {}
    for name in draw(st.lists(st.sampled_from(names), max_size=len(names), unique=True)):
        kind = draw(st.integers(0, 9))
        value = draw(VALUES) if kind == 0 else _good(cls, name)
        if kind < 4:
            fields[name] = [*draw(_DOT), value]
        elif kind == 4:
            fields[name] = {"c": [list(draw(_DOT))], "s": [[0, 1, value]]}
        else:
            fields[name] = [0, 1, value]
    state: dict[str, Any] = {"f": fields}
    if draw(st.integers(0, 9)) == 0:
        state["p"] = {draw(st.sampled_from(names)): draw(VALUES)}
    created = draw(st.sampled_from([TS, "", "2026-02-29T10:00Z", "2024-02-29T10:00Z"]))
    return {"t": cls.TABLE, "id": draw(st.sampled_from(IDS)), "c": created, "s": state}


@settings(max_examples=300, deadline=None)
@given(st.lists(_records(), min_size=1, max_size=3))
def test_documents_read_from_json_are_refused_and_read_as_before(items: Any) -> None:
    text = json.dumps({"format": DATA_FORMAT, "orgs": ORGS, "records": items})
    # Parsed from text: ints above 256 are distinct objects, as in a bundle
    assert _outcome(parse_records, json.loads(text)) == _outcome(
        _old_parse_records, json.loads(text)
    )
