"""The change log hashes each record's content as canonical JSON; an import writes it from a
template per record type (issue 14). It must be `canonical(content_of(record))` byte for byte,
whatever the values hold, and give way to `canonical` for values of an unexpected type."""

from __future__ import annotations

import dataclasses
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.records import TYPE_BY_TABLE, Record
from app.storage import history

_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from(['"', "\\", "\n", "\x00", "\x1f", "\u2028", "ដ", "%", "{"]),
    max_size=12,
) | st.sampled_from(["%s", "%(x)s", "{}", "ដីធ្លី"])
_BY_TYPE = {
    "str": _TEXT,
    "bool": st.booleans(),
    "int": st.integers(-(2**70), 2**70),
    "float": st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([-0.0, 0.0, 1e300]),
}
# Values of another type than declared: the template gives way to `canonical`.
_ODD = st.sampled_from([None, 1, 0, 1.0, "1", True])


@st.composite
def records(draw: Any) -> Record:
    cls = draw(st.sampled_from(sorted(TYPE_BY_TABLE.values(), key=lambda c: c.TABLE)))
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in Record.META_FIELDS and f.name != "deleted":
            continue
        kind = _BY_TYPE[str(f.type)]
        values[f.name] = draw(_ODD if draw(st.integers(0, 15)) == 0 else kind)
    return cls(**values)


@settings(max_examples=400, deadline=None)
@given(records())
def test_the_template_writes_the_canonical_content(record: Record) -> None:
    names, values = history._sorted_content(type(record))
    writer = history._content_writer(type(record))
    assert writer is not None
    text = writer(values(record))
    want = history.canonical(history.content_of(record))
    assert text is None or text == want
    types = {f.name: str(f.type) for f in dataclasses.fields(record)}
    usual = all(
        type(getattr(record, n)).__name__ == types[n]
        and (types[n] != "float" or abs(getattr(record, n)) < float("inf"))
        for n in names
    )
    assert (text is not None) == usual  # written from the template whenever it can be
