"""A ZIP whose central directory claims a version Python's zipfile does not implement is a
damaged bundle like any other (found by tests/exchange/test_fuzz.py: it escaped as
NotImplementedError, an "internal error")."""

from __future__ import annotations

import pytest

from app.errors import BundleMalformed, BundleTruncated
from app.exchange.importer import import_bundle
from tests.exchange.helpers import dump, introduce, make_vault, seed_meeting, send


def test_an_unsupported_zip_version_is_a_damaged_bundle(tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    seed_meeting(a)
    data = bytearray(send(a, [b], tmp_path / "good.rtbundle").read_bytes())
    at = data.find(b"PK\x01\x02")  # the first central directory entry
    data[at + 6 : at + 8] = (99).to_bytes(2, "little")  # "version needed to extract": 9.9
    bad = tmp_path / "bad.rtbundle"
    bad.write_bytes(bytes(data))
    before = dump(b)
    with pytest.raises((BundleMalformed, BundleTruncated)):  # "copy it again"
        import_bundle(b, bad)
    assert dump(b) == before
    a.close()
    b.close()
