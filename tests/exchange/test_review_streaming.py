"""Fresh-eyes review of the streaming exchange (encrypted spool, outer check over the copied
ciphertext, the inner ZIP pulled through age): one test per problem found."""

from __future__ import annotations

import errno
import io
import os
import struct
import tracemalloc
import zipfile

import pytest

from app.crypto import bundle
from app.crypto.bundle_reader import OuterBundle, _open_zip
from app.crypto.spool import EncryptedSpool
from app.errors import BundleError, BundleMalformed, BundleWriteFailed, DiskFull
from app.exchange.importer import import_bundle
from tests.exchange.helpers import dump, introduce, make_vault, read_outer, seed_meeting, send


@pytest.fixture(scope="module")
def orgs(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("review")
    a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
    introduce(a, b)
    seed_meeting(a)
    path = send(a, [b], root / "good.rtbundle")
    yield a, b, path
    a.close()
    b.close()


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
    sig, disk, cd_disk, here, entries, cd_size, cd_offset, _comment = struct.unpack("<4s4H2LH", end)
    one = struct.pack(
        "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0
    )
    one += b"x"
    hidden = one * extra
    cd = raw[cd_offset : cd_offset + cd_size] + hidden
    end = struct.pack("<4s4H2LH", sig, disk, cd_disk, here, entries, len(cd), cd_offset, 0)
    return raw[:cd_offset] + cd + end


def test_a_central_directory_longer_than_its_count_is_refused_in_bounded_memory(
    orgs, tmp_path
) -> None:
    """The end record's entry count was checked, but zipfile reads the whole central
    directory into memory and builds an entry for every header in it, whatever the count
    says: an unauthenticated file of a few MB held hundreds of MB (a 3 GB one, the cap, far
    more) before any other check."""
    raw = _with_hidden_entries(read_outer(orgs[2]), extra=50_000)
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


class _FillsUp:
    """A file whose write past the first `room` bytes fails as on a full disk (once: what
    follows, such as rewriting a header in place, succeeds)."""

    def __init__(self, f, room: int) -> None:
        self._f, self._room = f, room

    def write(self, data) -> int:
        self._room -= len(data)
        if self._room < 0:
            self._room = 1 << 40
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._f.write(data)

    def __getattr__(self, name: str):
        return getattr(self._f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._f.close()


def test_a_full_disk_while_exporting_is_a_write_failure(tmp_path, monkeypatch) -> None:
    """age reported the full disk as its own EncryptError, which no handler knew: the CLI
    printed "internal error (EncryptError)" for a foreseeable condition."""
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    seed_meeting(a)
    before = dump(a)
    out = tmp_path / "out"
    out.mkdir()
    real = os.fdopen
    monkeypatch.setattr(
        bundle.os, "fdopen", lambda fd, *args, **kw: _FillsUp(real(fd, *args, **kw), 600)
    )
    with pytest.raises(BundleWriteFailed):
        send(a, [b], out / "x.rtbundle")
    monkeypatch.undo()
    assert list(out.iterdir()) == []
    assert dump(a) == before


def test_a_full_disk_while_importing_is_a_full_disk(orgs, monkeypatch) -> None:
    """The spool's write error came back from age as it is and was reported as a damaged
    bundle ("cannot be decrypted"): the user was told the partner's file was bad."""
    _, b, path = orgs
    before = dump(b)

    real = EncryptedSpool.__init__

    def on_a_full_disk(self, *args, **kw) -> None:
        real(self, *args, **kw)
        self._file = _FillsUp(self._file, 0)

    monkeypatch.setattr(EncryptedSpool, "__init__", on_a_full_disk)
    with pytest.raises(DiskFull):
        import_bundle(b, path)
    assert dump(b) == before


def test_central_directory_entries_with_huge_fields_are_refused_before_zipfile_reads_them(
    tmp_path,
) -> None:
    """A hostile partner's inner ZIP (decrypted, so past the outer signature): entries within
    the count, each with 64 KiB comments, made zipfile read and keep the whole directory (up to
    10,000 x 192 KiB, about 2 GB, and twice that while the spool joined its pieces)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for i in range(60):
            info = zipfile.ZipInfo(f"m{i}")
            info.comment = b"c" * 65535
            zf.writestr(info, b"x")
    raw = buf.getvalue()
    source = io.BytesIO(raw)
    tracemalloc.start()
    try:
        with pytest.raises(BundleMalformed):
            _open_zip(source, len(raw), 10_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, peak


def test_a_spool_that_lost_a_piece_is_never_written_again(monkeypatch) -> None:
    """A piece whose write failed was not counted; writing on would have sealed the next bytes
    under the same nonce (piece number) and put a piece of the wrong size in its place."""
    from app.crypto import spool

    monkeypatch.setattr(spool, "IN_MEMORY", 0)
    out = EncryptedSpool()
    out._file = _FillsUp(out._file, 0)
    with pytest.raises(OSError):
        out.write(bytes(spool.PIECE))
    assert out.write_error is not None
    with pytest.raises(ValueError):
        out.write(bytes(spool.PIECE))
    with pytest.raises(ValueError):
        out.seal()
    out.close()
