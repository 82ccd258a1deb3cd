"""Fresh-eyes review of the streaming exchange (encrypted spool, outer check over the copied
ciphertext, the inner ZIP pulled through age): one test per problem found."""

from __future__ import annotations

import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from app.crypto import bundle
from app.crypto.bundle_reader import OuterBundle
from app.errors import BundleError, BundleMalformed
from tests.exchange.helpers import introduce, make_vault, read_outer, seed_meeting, send


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("review")
    a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
    introduce(a, b)
    seed_meeting(a)
    path = send(a, [b], root / "good.rtbundle")
    a.close()
    b.close()
    return path


def _with_hidden_entries(members: list[tuple[str, bytes]], extra: int) -> bytes:
    """A ZIP of `members` whose end record announces them alone while its central directory
    holds `extra` more (tiny) entries after theirs."""
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            zf.writestr(name, data)
    raw = buf.getvalue()
    end = raw[-22:]
    sig, disk, cd_disk, here, entries, cd_size, cd_offset, comment = struct.unpack(
        "<4s4H2LH", end
    )
    one = struct.pack(
        "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0
    )
    one += b"x"
    hidden = one * extra
    cd = raw[cd_offset : cd_offset + cd_size] + hidden
    end = struct.pack("<4s4H2LH", sig, disk, cd_disk, here, entries, len(cd), cd_offset, 0)
    return raw[:cd_offset] + cd + end


def test_a_central_directory_longer_than_its_count_is_refused_in_bounded_memory(
    sent, tmp_path
) -> None:
    """The end record's entry count was checked, but zipfile reads the whole central
    directory into memory and builds an entry for every header in it, whatever the count
    says: an unauthenticated file of a few MB held hundreds of MB (a 3 GB one, the cap, far
    more) before any other check."""
    raw = _with_hidden_entries(read_outer(sent), extra=50_000)
    path = tmp_path / "hidden.rtbundle"
    path.write_bytes(raw)
    tracemalloc.start()
    try:
        with pytest.raises(BundleError) as info:
            OuterBundle(path, keep_payload=False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert type(info.value) is BundleMalformed
    assert peak < 8 * 1024 * 1024, peak
