"""An import reads the decrypted bundle back from this computer's encrypted spool. When a piece
of it does not read back (the disk failed, or someone changed the temporary file), the partner's
bundle is not to blame: it was checked whole on the way in. The user is told that this
computer's copy failed -- not "internal error (SpoolDamaged)" (the inner structure checks, the
storing of attachments) nor "the bundle is damaged; copy it again" (the file hashes) -- and the
vault is left as it was."""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.crypto import bundle_reader
from app.crypto.bundle_reader import OuterBundle
from app.crypto.spool import PIECE, EncryptedSpool
from app.domain.records import Meeting
from app.errors import DiskFull, TemporaryCopyUnreadable
from app.exchange.importer import PreparedImport, import_bundle
from app.storage.attachments import add_attachment
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import dump, introduce, make_vault, send

ROOT = Path(__file__).resolve().parents[2]
_SEALED = PIECE + 16  # a piece and its tag, as stored


def _flip(spool: EncryptedSpool, index: int) -> None:
    """Change one byte of the stored piece `index` (on disk, under the spool's back)."""
    fd = spool._file.fileno()  # moves a spool still in memory to its file first
    at = index * _SEALED
    os.pwrite(fd, bytes([os.pread(fd, 1, at)[0] ^ 1]), at)
    spool._cached = (-1, b"")  # as if the piece had not just been read


class _FailingDisk:
    """The spool's file, whose reads inside stored piece `index` fail as a dying disk's do."""

    def __init__(self, f: Any, index: int) -> None:
        self._f, self._index = f, index

    def read(self, size: int = -1) -> bytes:
        if self._f.tell() // _SEALED == self._index:
            raise OSError(errno.EIO, "Input/output error")
        return self._f.read(size)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._f, name)


def _last_piece(spool: EncryptedSpool) -> int:
    return (spool.size - 1) // PIECE


# Where the spool fails: right after decryption in its last piece (the inner ZIP's end record and
# central directory: the structure checks), in the central directory's piece once its entries
# were checked (zipfile's own reading), in a piece inside the attachment (the file hashes),
# in that piece only once the import was previewed (storing the attachment, in the transaction),
# or by a read error of the disk.
def install(patch: Callable[[Any, str, Any], None], where: str) -> None:
    real_decrypt = OuterBundle.decrypt
    real_apply = PreparedImport.apply

    def decrypt(self: OuterBundle, identity: str) -> EncryptedSpool:
        spool = real_decrypt(self, identity)
        if where == "structure":
            _flip(spool, _last_piece(spool))
        elif where == "contents":
            _flip(spool, 1)
        elif where == "disk":
            spool._file = _FailingDisk(spool._file, 1)
        return spool

    def apply(self: PreparedImport, vault: Any) -> Any:
        if where == "store":
            _flip(self.inner._source, 1)
        return real_apply(self, vault)

    real_end_record = bundle_reader._check_end_record

    def end_record(f: Any, size: int, max_entries: int) -> int:
        cd_offset = real_end_record(f, size, max_entries)
        if where == "zipfile" and isinstance(f, EncryptedSpool):
            # Checked, then changed before zipfile reads the central directory: zipfile takes
            # some read errors for "not a zip file", which was "not a Roundtable bundle".
            _flip(f, cd_offset // PIECE)
        return cd_offset

    patch(OuterBundle, "decrypt", decrypt)
    patch(PreparedImport, "apply", apply)
    patch(bundle_reader, "_check_end_record", end_record)


@pytest.fixture(scope="module")
def partners_once(tmp_path_factory: pytest.TempPathFactory):
    """B's vault folder, and a bundle from A to B whose payload spans several spool pieces."""
    root = tmp_path_factory.mktemp("spool")
    a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
    introduce(a, b)
    meeting = a.store.add(Meeting(title="With a file", start_date="2026-03-01"))
    add_attachment(a.store, meeting.id, "report.bin", io.BytesIO(os.urandom(3 * PIECE + 77)))
    path = send(a, [b], root / "x.rtbundle", include_attachments=True)
    folder = Path(b.folder)
    a.close()
    b.close()
    return folder, path


@pytest.fixture
def partners(partners_once, tmp_path: Path):
    """A copy of B's vault of its own for each test (an import changes it)."""
    folder, path = partners_once
    copy = tmp_path / "b"
    shutil.copytree(folder, copy)
    return copy, path


@pytest.mark.parametrize("where", ["structure", "zipfile", "contents", "store", "disk"])
def test_a_spool_that_does_not_read_back_is_this_computers_failure(
    partners, monkeypatch, where
) -> None:
    folder, path = partners
    install(monkeypatch.setattr, where)
    with open_vault(folder, PASSPHRASE) as vault:
        before = dump(vault)
        with pytest.raises(TemporaryCopyUnreadable) as info:
            import_bundle(vault, path)
        assert dump(vault) == before
        assert str(info.value) == TemporaryCopyUnreadable.message
        # The bundle was never the problem, and the failure left nothing in the way.
        monkeypatch.undo()
        assert import_bundle(vault, path).attachments == 1
        assert vault.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] > 0


CLI = """
import sys
from tests.exchange.test_spool_read_back import install
from app.cli import main

install(setattr, sys.argv[1])
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize(
    ("where", "lang", "expected"),
    [
        ("structure", "en", TemporaryCopyUnreadable.message),
        ("store", "km", "កុំព្យូទ័រនេះ"),
    ],
)
def test_the_cli_says_so_in_one_line_and_fails(tmp_path, partners, where, lang, expected) -> None:
    folder, path = partners
    with open_vault(folder, PASSPHRASE) as vault:
        before = dump(vault)
    proc = subprocess.run(
        [sys.executable, "-c", CLI, where, "--lang", lang, "import", "--vault", str(folder), path],
        cwd=ROOT,
        env={**os.environ, "ROUNDTABLE_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr  # DESIGN §5: the operation failed
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("roundtable: ")
    assert expected in lines[0]
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stdout == ""
    with open_vault(folder, PASSPHRASE) as vault:
        assert dump(vault) == before


class _FullDisk:
    """A file whose writes fail as on a full disk."""

    def __init__(self, f: Any) -> None:
        self._f = f

    def write(self, data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._f, name)


def test_a_full_disk_while_keeping_the_ciphertext_is_a_full_disk(partners, monkeypatch) -> None:
    """The outer check keeps a copy of the ciphertext it hashed, for decryption; a full disk
    there was reported as "the bundle file is damaged; copy it again"."""
    folder, path = partners
    real = bundle_reader._PayloadReader.__init__

    def on_a_full_disk(self, *args: Any, **kw: Any) -> None:
        real(self, *args, **kw)
        if self.kept is not None:
            self.kept = _FullDisk(self.kept)

    monkeypatch.setattr(bundle_reader._PayloadReader, "__init__", on_a_full_disk)
    with open_vault(folder, PASSPHRASE) as vault:
        before = dump(vault)
        with pytest.raises(DiskFull):
            import_bundle(vault, path)
        assert dump(vault) == before


def _keep_as(monkeypatch: pytest.MonkeyPatch, wrap: Callable[[Any], Any]) -> None:
    """The verified ciphertext kept for decryption, seen through `wrap` (a failing disk)."""
    real = OuterBundle.verify

    def verify(self: OuterBundle, *args: Any) -> Any:
        header = real(self, *args)
        self._kept = wrap(self._kept)
        return header

    monkeypatch.setattr(OuterBundle, "verify", verify)


def test_a_kept_ciphertext_that_does_not_read_back_is_this_computers_failure(
    partners, monkeypatch
) -> None:
    """Reading the kept copy back for decryption failed as "the bundle's encrypted content is
    damaged and cannot be decrypted"."""
    folder, path = partners
    _keep_as(monkeypatch, lambda kept: _FailingDisk(kept, 0))
    with open_vault(folder, PASSPHRASE) as vault:
        before = dump(vault)
        with pytest.raises(TemporaryCopyUnreadable):
            import_bundle(vault, path)
        assert dump(vault) == before


class _FailingSeek:
    """The kept copy, whose seek back to its start fails as a dying disk's does (a spilled
    temporary file)."""

    def __init__(self, f: Any) -> None:
        self._f = f

    def seek(self, *args: Any) -> int:
        raise OSError(errno.EIO, "Input/output error")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._f, name)


def test_a_kept_ciphertext_that_cannot_be_rewound_is_this_computers_failure(
    partners, monkeypatch
) -> None:
    """Rewinding the kept copy failed as "the bundle's encrypted content cannot be decrypted",
    blaming the partner for this computer's disk."""
    folder, path = partners
    _keep_as(monkeypatch, _FailingSeek)
    with open_vault(folder, PASSPHRASE) as vault:
        before = dump(vault)
        with pytest.raises(TemporaryCopyUnreadable):
            import_bundle(vault, path)
        assert dump(vault) == before
