"""Attachments live inside the encrypted database as 1 MiB chunks.

Adding or reading a file streams it chunk by chunk, so a 200 MB financial report never sits in
memory whole and never touches disk in plaintext.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.domain.records import Attachment
from app.errors import AttachmentNotIncluded, AttachmentTooLarge, NotFound, VaultCorrupt
from app.i18n import N_
from app.storage.records import RecordStore

CHUNK_BYTES = 1024 * 1024
MAX_BYTES = 2 * 1024**3


def guess_media_type(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def add_attachment(
    store: RecordStore,
    meeting_id: str,
    filename: str,
    stream: BinaryIO,
    *,
    description: str = "",
    media_type: str | None = None,
    attachment_id: str | None = None,
) -> Attachment:
    """Store `stream` in one transaction: a failure part-way leaves no trace."""
    name = Path(filename).name or "attachment"
    record = Attachment(
        meeting_id=meeting_id,
        filename=name,
        media_type=media_type or guess_media_type(name),
        description=description,
    )
    if attachment_id:
        record.id = attachment_id
    digest = hashlib.sha256()
    size = 0
    with store.transaction():
        seq = 0
        while chunk := stream.read(CHUNK_BYTES):
            size += len(chunk)
            if size > MAX_BYTES:
                raise AttachmentTooLarge()
            digest.update(chunk)
            store.conn.execute(
                "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
                (record.id, seq, chunk),
            )
            seq += 1
        record.size = size
        record.sha256 = digest.hexdigest()
        store.add(record)
    return record


def iter_attachment(store: RecordStore, attachment_id: str) -> Iterator[bytes]:
    """Yield the file's chunks in order, checking size and SHA-256 at the end."""
    record = store.get(Attachment, attachment_id)
    digest = hashlib.sha256()
    size = 0
    seq = 0
    while True:
        row = store.conn.execute(
            "SELECT data FROM attachment_chunks WHERE attachment_id = ? AND seq = ?",
            (attachment_id, seq),
        ).fetchone()
        if row is None:
            if seq == 0 and record.size > 0:
                # Imported from a bundle made without attachments: the record, not the bytes.
                raise AttachmentNotIncluded()
            break
        chunk = bytes(row[0])
        digest.update(chunk)
        size += len(chunk)
        yield chunk
        seq += 1
    if size != record.size or digest.hexdigest() != record.sha256:
        raise VaultCorrupt(N_("Errors", "An attachment in the vault is damaged."))


def read_attachment(store: RecordStore, attachment_id: str, max_bytes: int = 64 * 1024**2) -> bytes:
    """The whole file in memory, for previews of small files."""
    record = store.get(Attachment, attachment_id)
    if record.size > max_bytes:
        raise AttachmentTooLarge(N_("Errors", "The attachment is too large to show here."))
    return b"".join(iter_attachment(store, attachment_id))


def delete_attachment(store: RecordStore, attachment_id: str) -> None:
    """Tombstone the record and drop its bytes (the tombstone travels; the content does not)."""
    record = store.find(Attachment, attachment_id)
    if record is None:
        raise NotFound()
    with store.transaction():
        store.conn.execute(
            "DELETE FROM attachment_chunks WHERE attachment_id = ?", (attachment_id,)
        )
        store.delete(record)
