"""A partner's bundle cannot make this computer parse more JSON than it can hold (issue 14's
hostile bundle: 3 MB that deflate to 512 MiB of the smallest values), and the exporter never
makes a bundle that a partner's import would refuse for that reason."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import app.crypto.bundle_reader as bundle_reader
from app.crypto import bundle
from app.errors import BundleError, BundleTooManyRecords, ExportTooManyRecords
from app.exchange.exporter import next_sequence
from app.exchange.importer import import_bundle, prepare_import
from tests.exchange.helpers import dump, forge, introduce, make_vault, seed_meeting, send


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("budget")
    a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
    introduce(a, b)
    seed_meeting(a)
    yield a, b
    a.close()
    b.close()


def _digits(values: int) -> bytes:
    """A JSON list of `values` random one-digit numbers: deflates only ~5 to 1, so the ratio
    cap on members does not stop it first, as it would zeros."""
    digits = os.urandom(values).translate(bytes(48 + i % 10 for i in range(256)))
    out = bytearray(2 * values + 1)
    out[0:1] = b"["
    out[1::2] = digits
    out[2::2] = b"," * (values - 1) + b"]"
    return bytes(out)


def _parse_nothing_big(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Records the sizes of the JSON texts the reader parses."""
    parsed: list[int] = []
    real = bundle_reader.strict_json

    def spy(raw: bytes):
        parsed.append(len(raw))
        return real(raw)

    monkeypatch.setattr(bundle_reader, "strict_json", spy)
    return parsed


def test_values_bound_is_an_upper_bound() -> None:
    for text in (b"0", b"[]", b"[1,2,3]", b'{"a":1,"b":[{},[]]}', b'["a,b{["]'):
        assert bundle.json_values_bound(text) >= 1
    assert bundle.json_values_bound(b"[1,2,3]") == 4  # the list and its three numbers
    # the object, its 2 keys and their 2 values, the 2 in the list, and 1 for each empty
    # container's bracket
    assert bundle.json_values_bound(b'{"a":1,"b":[{},[]]}') == 9


def test_an_object_of_many_keys_counts_its_keys(pair, tmp_path, monkeypatch) -> None:
    """Distinct keys are the costliest JSON to hold (a string each, in the object, in the
    parser's memo of keys and, for the duplicate check, in a pair): ~370 bytes a member, so
    4 million members would take 1.5 GiB. Each member counts as its key and its value."""
    a, b = pair
    members = 30_000
    raw = ("{" + ",".join(f'"{i:05}":"{i:05}"' for i in range(members)) + "}").encode()
    assert bundle.json_values_bound(raw) == 2 * members + 1
    limits = bundle.Limits(max_json_values=2 * members)
    bad = forge(tmp_path / "bad.rtbundle", signer=a, recipients=[b], data_json=raw)
    parsed = _parse_nothing_big(monkeypatch)
    with pytest.raises(BundleTooManyRecords):
        prepare_import(b, bad, limits)
    assert len(raw) not in parsed


def test_too_many_values_refused_before_parsing(pair, tmp_path, monkeypatch) -> None:
    a, b = pair
    cap = bundle.DEFAULT_LIMITS.max_json_values
    raw = _digits(cap)  # the list and `cap` numbers: one value over
    assert bundle.json_values_bound(raw) == cap + 1
    bad = forge(tmp_path / "bad.rtbundle", signer=a, recipients=[b], data_json=raw)
    assert bad.stat().st_size < len(raw) // 3
    parsed = _parse_nothing_big(monkeypatch)
    before = dump(b)
    with pytest.raises(BundleTooManyRecords) as info:
        import_bundle(b, bad)
    assert info.value.user_message == BundleTooManyRecords.message
    assert max(parsed) < 1 << 20  # the manifest only, never data.json
    assert dump(b) == before


def test_values_at_the_cap_are_parsed(pair, tmp_path, monkeypatch) -> None:
    """The cap is where it says: one value fewer is parsed (and then refused as not records)."""
    a, b = pair
    raw = _digits(bundle.DEFAULT_LIMITS.max_json_values - 1)
    bad = forge(tmp_path / "bad.rtbundle", signer=a, recipients=[b], data_json=raw)
    parsed = _parse_nothing_big(monkeypatch)
    with pytest.raises(BundleError) as info:
        import_bundle(b, bad)
    assert type(info.value) is not BundleTooManyRecords
    assert len(raw) in parsed


def _blob(size: int) -> bytes:
    return b'{"x":"' + os.urandom(size // 2).hex().encode()[: size - 8] + b'"}'


def test_json_files_count_together(pair, tmp_path, monkeypatch) -> None:
    """Each file alone is under the byte cap; together they are over it. Refused before the
    second is parsed."""
    a, b = pair
    limits = bundle.Limits(max_json_bytes=1 << 20)
    data, history = _blob(600_000), _blob(600_002)
    bad = forge(
        tmp_path / "bad.rtbundle",
        signer=a,
        recipients=[b],
        inner_members=[(bundle.DATA, data), (bundle.HISTORY, history)],
    )
    parsed = _parse_nothing_big(monkeypatch)
    before = dump(b)
    with pytest.raises(BundleTooManyRecords):
        prepare_import(b, bad, limits)
    assert len(history) not in parsed
    assert dump(b) == before
    # Either file alone is within this cap.
    parsed.clear()
    alone = forge(tmp_path / "alone.rtbundle", signer=a, recipients=[b], data_json=data)
    with pytest.raises(BundleError) as info:
        prepare_import(b, alone, limits)
    assert type(info.value) is not BundleTooManyRecords
    assert len(data) in parsed


def test_a_manifest_of_tiny_values_is_refused(pair, tmp_path, monkeypatch) -> None:
    a, b = pair

    def stuff(manifest: dict) -> dict:
        manifest["padding"] = [0] * 200_000
        return manifest

    bad = forge(tmp_path / "bad.rtbundle", signer=a, recipients=[b], manifest_transform=stuff)
    parsed = _parse_nothing_big(monkeypatch)
    with pytest.raises(BundleTooManyRecords):
        import_bundle(b, bad)
    assert parsed == []


def test_export_over_the_cap_is_refused_and_spends_nothing(pair, tmp_path, monkeypatch) -> None:
    a, b = pair
    seq_before = next_sequence(a.conn)
    before = dump(a)
    monkeypatch.setattr(bundle, "DEFAULT_LIMITS", bundle.Limits(max_json_values=20))
    out = tmp_path / "out" / "too-many.rtbundle"
    out.parent.mkdir()
    with pytest.raises(ExportTooManyRecords) as info:
        send(a, [b], out)
    assert "fewer meetings" in info.value.user_message
    assert list(out.parent.iterdir()) == []  # no bundle, no temporary file
    assert next_sequence(a.conn) == seq_before  # nothing recorded
    assert dump(a) == before
    monkeypatch.undo()
    send(a, [b], out)  # the same export within the cap
    assert import_bundle(b, out) is not None


def test_exporter_and_reader_agree_at_the_cap(pair, tmp_path, monkeypatch) -> None:
    """The reader counts a bundle's JSON as its exporter did: a bundle made right at the caps
    is read at those caps, and refused one value under them."""
    a, b = pair
    counted: list[tuple[int, int]] = []
    real = bundle.json_over_budget

    def record(seen, limits):
        counted[:] = list(seen)
        return real(counted, limits)

    monkeypatch.setattr(bundle, "json_over_budget", record)  # the exporter's, not the reader's
    made = send(a, [b], tmp_path / "made.rtbundle")
    size, values = sum(s for s, _ in counted), sum(v for _, v in counted)
    assert len(counted) >= 2  # data.json and the log's proof at least
    prepare_import(b, made, bundle.Limits(max_json_bytes=size, max_json_values=values)).close()
    with pytest.raises(BundleTooManyRecords):
        prepare_import(b, made, bundle.Limits(max_json_bytes=size, max_json_values=values - 1))
    with pytest.raises(BundleTooManyRecords):
        prepare_import(b, made, bundle.Limits(max_json_bytes=size - 1, max_json_values=values))


def test_numbers_too_large_for_json_readers_are_refused() -> None:
    """Python reads 1e999 as infinity; written back out it would be `Infinity`, which no
    strict reader takes, so one hostile history value would spoil every later export."""
    for text in (b"[1e999]", b'{"a":-1E400}', b"[1.5e309]"):
        with pytest.raises(ValueError):
            bundle_reader.strict_json(text)
    assert bundle_reader.strict_json(b"[1.5, 1e308, -2.5E-300, 7]") == [1.5, 1e308, -2.5e-300, 7]


def _old_values_bound(raw: bytes) -> int:
    """bundle.json_values_bound before its one-pass form (issue 14)."""
    return raw.count(b",") + raw.count(b"[") + raw.count(b"{") + raw.count(b":") + 1


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.sampled_from([b",", b"[", b"{", b":", b"}", b"]", b'"a"', b"\xff", b"x"])),
    noise=st.binary(max_size=64),
)
def test_the_one_pass_bound_counts_what_the_four_counts_did(parts, noise) -> None:
    raw = b"".join(parts) + noise
    assert bundle.json_values_bound(raw) == _old_values_bound(raw)


def test_the_bound_counts_across_its_slices(monkeypatch) -> None:
    monkeypatch.setattr(bundle, "_BOUND_SLICE", 3)
    raw = b'{"a":[1,2,{"b":[]}],"c":{}}' * 5
    assert bundle.json_values_bound(raw) == _old_values_bound(raw)
