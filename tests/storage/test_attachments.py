from __future__ import annotations

import hashlib
import io
import tracemalloc

import pytest

from app.domain.records import Attachment, Meeting
from app.errors import NotFound, VaultCorrupt
from app.storage.attachments import (
    CHUNK_BYTES,
    add_attachment,
    delete_attachment,
    iter_attachment,
    read_attachment,
)


class Generated(io.RawIOBase):
    """A large file that exists only as it is read."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.counter = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        n = min(self.left, CHUNK_BYTES if n < 0 else n)
        self.left -= n
        self.counter += 1
        return (self.counter.to_bytes(4, "big") * (n // 4 + 1))[:n]


def test_round_trip_with_hash_and_type(vault) -> None:
    m = vault.store.add(Meeting(title="m"))
    data = b"line,budget\nvenue,4200\n" * 1000
    a = add_attachment(vault.store, m.id, "../../etc/report.csv", io.BytesIO(data))
    assert a.filename == "report.csv"  # no path components survive
    assert a.media_type == "text/csv" and a.size == len(data)
    assert a.sha256 == hashlib.sha256(data).hexdigest()
    assert read_attachment(vault.store, a.id) == data


def test_a_large_file_streams_in_and_out_in_bounded_memory(vault) -> None:
    m = vault.store.add(Meeting(title="m"))
    size = 48 * 1024 * 1024
    tracemalloc.start()
    a = add_attachment(vault.store, m.id, "big.bin", Generated(size))
    _, peak_in = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    digest = hashlib.sha256()
    total = 0
    for chunk in iter_attachment(vault.store, a.id):
        digest.update(chunk)
        total += len(chunk)
    _, peak_out = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert total == size and digest.hexdigest() == a.sha256
    assert peak_in < 8 * CHUNK_BYTES and peak_out < 8 * CHUNK_BYTES, (peak_in, peak_out)


def test_a_failure_mid_stream_leaves_no_trace(vault) -> None:
    m = vault.store.add(Meeting(title="m"))

    class Breaks(Generated):
        def read(self, n: int = -1) -> bytes:
            if self.counter == 3:
                raise OSError("USB stick removed")
            return super().read(n)

    with pytest.raises(OSError):
        add_attachment(vault.store, m.id, "x.bin", Breaks(10 * CHUNK_BYTES))
    assert vault.store.count(Attachment) == 0
    assert vault.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


def test_tampered_chunks_are_detected(vault) -> None:
    m = vault.store.add(Meeting(title="m"))
    a = add_attachment(vault.store, m.id, "x.txt", io.BytesIO(b"hello " * 100))
    vault.conn.execute(
        "UPDATE attachment_chunks SET data = ? WHERE attachment_id = ?", (b"bye", a.id)
    )
    with pytest.raises(VaultCorrupt):
        read_attachment(vault.store, a.id)


def test_delete_drops_the_bytes_and_keeps_a_tombstone(vault) -> None:
    m = vault.store.add(Meeting(title="m"))
    a = add_attachment(vault.store, m.id, "x.txt", io.BytesIO(b"secret minutes"))
    delete_attachment(vault.store, a.id)
    assert vault.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    assert vault.store.get(Attachment, a.id, include_deleted=True).deleted
    with pytest.raises(NotFound):
        read_attachment(vault.store, a.id)


def test_a_full_disk_is_reported_in_plain_words_and_changes_nothing(vault) -> None:
    from app.errors import DiskFull
    from app.storage.database import DatabaseError, translate_error

    m = vault.store.add(Meeting(title="m"))
    pages = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    vault.conn.execute(f"PRAGMA max_page_count = {pages + 20}")  # the "disk" fills up soon
    with pytest.raises(DatabaseError) as err:
        add_attachment(vault.store, m.id, "big.bin", Generated(4 * CHUNK_BYTES))
    assert isinstance(translate_error(err.value), DiskFull)
    assert vault.store.count(Attachment) == 0
    assert vault.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    assert vault.store.get(Meeting, m.id).title == "m"
    assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
