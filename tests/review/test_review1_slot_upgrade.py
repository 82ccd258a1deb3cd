"""Review (issue 17 item 7): "a failed write (read-only or full disk) only postpones the
upgrade" of an old passphrase slot. A failure syncing the folder after the rename (EIO on a
failing USB stick) escaped as a raw OSError: the unlock failed with an internal error after the
database was already open, and the vault lock was released with the connection still open."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from app.storage import files
from app.vault import open_vault
from tests.crypto.test_khmer_passphrases import FIXTURE, OLD_TYPED


def test_a_failed_sync_after_the_slot_upgrade_only_postpones_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "v"
    shutil.copytree(FIXTURE, folder)

    def failing_sync(path: Path) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(files, "_fsync_dir", failing_sync)
    with open_vault(folder, OLD_TYPED) as vault:
        assert vault.conn.execute("SELECT count(*) FROM vault_meta").fetchone()[0] > 0
    monkeypatch.undo()
    open_vault(folder, OLD_TYPED).close()
