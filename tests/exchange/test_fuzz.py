"""Fuzzing the bundle reader: mutated bundles raise only our own errors, and change nothing."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.crypto import bundle
from app.errors import RoundtableError
from app.exchange.importer import parse_records, prepare_import
from tests.exchange.helpers import (
    decrypt_inner,
    dump,
    forge,
    introduce,
    make_vault,
    seed_meeting,
    send,
)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("fuzz")
    a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
    introduce(a, b)
    seed_meeting(a)
    good = send(a, [b], root / "good.rtbundle")
    data = dict(decrypt_inner(good, b))[bundle.DATA]
    yield a, b, root, good.read_bytes(), data, dump(b)
    a.close()
    b.close()


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**9), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**9), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10**9), st.integers(0, 255)),
)


def _mutate(raw: bytes, mutations: list[tuple[str, int, int]]) -> bytes:
    data = bytearray(raw)
    for kind, pos, value in mutations:
        if not data:
            break
        pos %= len(data)
        if kind == "flip":
            data[pos] ^= value
        elif kind == "cut":
            del data[pos:]
        else:
            data.insert(pos, value)
    return bytes(data)


def _only_our_errors(vault, path) -> None:
    try:
        with prepare_import(vault, path):
            pass
    except RoundtableError:
        pass


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(mutation, min_size=1, max_size=4))
def test_mutated_outer_bundle(setup, tmp_path_factory, mutations) -> None:
    _, b, root, good, _, before = setup
    path = root / "mutated.rtbundle"
    path.write_bytes(_mutate(good, mutations))
    _only_our_errors(b, path)
    assert dump(b) == before


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutation, min_size=1, max_size=3))
def test_mutated_signed_contents(setup, mutations) -> None:
    """Correctly signed and encrypted, but with mangled records inside: past every signature
    check, into the inner parser and the record validation."""
    a, b, root, _, data, before = setup
    path = forge(
        root / "forged.rtbundle", signer=a, recipients=[b], data_json=_mutate(data, mutations)
    )
    _only_our_errors(b, path)
    assert dump(b) == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=20,
)


field_state = json_values | st.tuples(st.integers(-1, 2), st.integers(-1, 3), json_values).map(list)
record = st.fixed_dictionaries(
    {
        "t": st.sampled_from(["meetings", "people", "attachments", "nope"]) | json_values,
        "id": st.uuids().map(str) | json_values,
        "c": st.text(max_size=5),
        "s": st.fixed_dictionaries(
            {
                "f": st.dictionaries(
                    st.sampled_from(["title", "deleted", "name", "size", "bogus"]),
                    field_state,
                    max_size=3,
                )
            }
        )
        | json_values,
    }
)


@settings(max_examples=150, deadline=None)
@given(json_values, st.lists(record, max_size=3))
def test_records_parser_accepts_or_rejects_cleanly(value, records) -> None:
    docs = [value, {"format": "roundtable-data/1", "orgs": ["o", "p"], "records": records}]
    for doc in docs:
        with contextlib.suppress(RoundtableError):
            parse_records(json.loads(json.dumps(doc)))
