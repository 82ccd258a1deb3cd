"""Export overlaps its passes (issue 14): attachment chunks are read from the vault ahead of the
ZIP and age, and the ciphertext is hashed and written behind them, each in a helper thread.
These tests pin the overlap itself, the bound on what is in flight, and that every failure
stops and joins the helpers before the export gives up (they use the vault's connection)."""

from __future__ import annotations

import errno
import io
import os
import threading
from collections.abc import Iterator

import pytest

from app.crypto import bundle
from app.domain.records import Meeting
from app.errors import BundleWriteFailed, VaultCorrupt
from app.exchange.contacts import get_contact
from app.exchange.exporter import export_bundle
from app.storage.attachments import CHUNK_BYTES, add_attachment
from tests.exchange.helpers import introduce, make_vault

WAIT = 10  # seconds: generous for a loaded machine; a sequential pipeline never gets there


def _helpers() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("bundle-")]


def test_the_next_chunk_is_read_while_the_caller_works_on_this_one() -> None:
    reading_second = threading.Event()

    def chunks() -> Iterator[bytes]:
        yield b"first"
        reading_second.set()
        yield b"second"

    reader = bundle._read_ahead(chunks)
    assert next(reader) == b"first"
    # The caller holds the first chunk and has not asked for the second: read ahead, it is
    # already being read (in sequence, it would not be until the caller asks).
    assert reading_second.wait(WAIT)
    assert list(reader) == [b"second"]
    assert _helpers() == []


def test_reading_ahead_is_bounded_and_stops_when_the_caller_does() -> None:
    produced: list[int] = []
    closed = threading.Event()

    def chunks() -> Iterator[bytes]:
        try:
            for i in range(1000):
                produced.append(i)
                yield b"x" * 10
        finally:
            closed.set()

    reader = bundle._read_ahead(chunks, depth=2)
    next(reader)
    threading.Event().wait(0.3)  # give the helper every chance to run far ahead
    # consumed 1, queued at most 2, one more in the helper's hand
    assert len(produced) <= 4
    reader.close()
    assert closed.is_set()  # the source was closed (a vault statement let go), in the helper
    assert _helpers() == []


def test_an_error_of_the_source_reaches_the_caller_in_its_place() -> None:
    def chunks() -> Iterator[bytes]:
        yield b"one"
        raise VaultCorrupt()

    reader = bundle._read_ahead(chunks)
    assert next(reader) == b"one"
    with pytest.raises(VaultCorrupt):
        next(reader)
    assert _helpers() == []


class _Target(io.RawIOBase):
    def __init__(self, hold: threading.Event | None = None) -> None:
        self.data = bytearray()
        self.hold = hold

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        if self.hold is not None:
            assert self.hold.wait(WAIT), "the writer did not return before its piece was written"
        self.data += data
        return len(data)


def test_ciphertext_is_hashed_and_written_behind_the_encryption() -> None:
    may_write = threading.Event()
    target = _Target(may_write)
    writer = bundle._WriteBehind(target, None)
    piece = writer.BATCH
    writer.write(b"a" * piece)  # a whole batch: handed to the helper, which waits
    writer.write(b"b" * piece)  # returns although the first batch is not written yet
    writer.write(b"c" * 10)  # the tail goes with `finish`
    may_write.set()
    writer.finish()
    assert bytes(target.data) == b"a" * piece + b"b" * piece + b"c" * 10
    expected = bundle.signing.hasher()
    expected.update(bytes(target.data))
    assert writer.digest.digest() == expected.digest()
    assert writer.size == 2 * piece + 10
    assert _helpers() == []


def _pair(tmp_path, size: int):
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = a.store.add(Meeting(title="With files", start_date="2026-03-01"))
    for n in range(2):
        add_attachment(a.store, meeting.id, f"f{n}.bin", io.BytesIO(os.urandom(size)))
    return a, b, meeting


def _export(a, b, meeting, out):
    return export_bundle(
        a,
        [get_contact(a.conn, b.org_id)],
        [meeting.id],
        out,
        policy="full",
        include_attachments=True,
    )


def test_a_full_disk_while_writing_fails_the_export_and_leaves_nothing(tmp_path, monkeypatch):
    a, b, meeting = _pair(tmp_path, 6 * CHUNK_BYTES)  # the reader is still busy when it fails
    seen = {"n": 0}

    class FullDisk:
        def __init__(self) -> None:
            self.inner = bundle.signing.hashlib.blake2b()

        def update(self, data) -> None:
            seen["n"] += len(data)
            if seen["n"] > CHUNK_BYTES:  # part-way through, in the writing helper
                raise OSError(errno.ENOSPC, "No space left on device")
            self.inner.update(data)

    monkeypatch.setattr(bundle.signing, "hasher", FullDisk)
    out = tmp_path / "x.rtbundle"
    with pytest.raises(BundleWriteFailed):
        _export(a, b, meeting, out)
    assert _helpers() == []
    assert list(tmp_path.glob("*.rtbundle")) == list(tmp_path.glob(".rtbundle-*")) == []
    assert a.conn.execute("SELECT count(*) FROM sent_bundles").fetchone()[0] == 0
    monkeypatch.undo()
    _export(a, b, meeting, out)  # the vault's connection is free and whole afterwards
    assert out.is_file()


def test_a_damaged_chunk_read_ahead_fails_the_export_and_leaves_nothing(tmp_path) -> None:
    a, b, meeting = _pair(tmp_path, 3 * CHUNK_BYTES)
    a.conn.execute("UPDATE attachment_chunks SET data = zeroblob(length(data)) WHERE seq = 2")
    out = tmp_path / "x.rtbundle"
    with pytest.raises(VaultCorrupt):
        _export(a, b, meeting, out)
    assert _helpers() == []
    assert list(tmp_path.glob("*.rtbundle")) == list(tmp_path.glob(".rtbundle-*")) == []
    assert a.conn.execute("SELECT count(*) FROM sent_bundles").fetchone()[0] == 0


def test_the_vault_answers_other_threads_while_an_export_reads_ahead(tmp_path) -> None:
    """In the app an export runs on the worker thread while the window keeps querying the same
    connection: with the read-ahead helper, three threads share it; every answer stays right
    and the bundle carries the exact bytes."""
    from app.exchange.importer import import_bundle
    from app.storage.attachments import read_attachment

    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = a.store.add(Meeting(title="With files", start_date="2026-03-01"))
    files = {}
    for n in range(3):
        data = os.urandom(3 * CHUNK_BYTES + n)
        files[add_attachment(a.store, meeting.id, f"f{n}.bin", io.BytesIO(data)).id] = data
    chunks = a.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0]
    out = tmp_path / "x.rtbundle"
    failures: list[BaseException] = []

    def export() -> None:
        try:
            _export(a, b, meeting, out)
        except BaseException as exc:  # reported below, on the test's thread
            failures.append(exc)

    worker = threading.Thread(target=export)
    worker.start()
    answers = 0
    while worker.is_alive() or answers == 0:
        assert a.store.get(Meeting, meeting.id).title == "With files"
        count = a.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0]
        assert count == chunks
        answers += 1
    worker.join()
    assert failures == []
    assert _helpers() == []
    import_bundle(b, out)
    for attachment_id, data in files.items():
        assert read_attachment(b.store, attachment_id) == data
