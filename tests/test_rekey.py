"""Re-key (issue 17 item 2): a new data key, the database re-encrypted, a new key file and
recovery key; old key files and recovery keys stop opening the current database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app import vault_reencrypt as reencrypt
from app.crypto import kdf
from app.domain.records import Meeting, MinuteEntry
from app.errors import DiskFull, VaultCorrupt, WrongPassphrase, WrongRecoveryKey
from app.storage.search import search
from app.vault import create_vault, open_vault, open_vault_with_recovery, rekey_vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
NEW = "a completely new passphrase 91"


def _vault_with_records(folder: Path) -> str:
    created = create_vault(folder, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    with created.vault as vault:
        with vault.store.transaction():
            for n in range(300):
                vault.store.add(
                    MinuteEntry(agenda_item_id="a", meeting_id="m", text=f"entry {n} kampot")
                )
        vault.store.add(Meeting(title="Before the re-key"))
    return created.recovery_key


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".rekey" in p.name or p.suffix == ".tmp")


def test_rekey_revokes_old_key_files_and_recovery_keys(vault_dir: Path, tmp_path: Path) -> None:
    old_recovery = _vault_with_records(vault_dir)
    old_copy = tmp_path / "old-copy"
    shutil.copytree(vault_dir, old_copy)
    old_keyfile = (vault_dir / "vault.key").read_bytes()
    seen: list[float] = []
    with open_vault(vault_dir, PASSPHRASE) as vault:
        new_recovery = rekey_vault(vault, passphrase=PASSPHRASE, progress=seen.append)
        # The vault stays open on the new file, readable and writable.
        assert len(vault.store.select(MinuteEntry)) == 300
        vault.store.add(Meeting(title="After the re-key"))
        assert search(vault.conn, "kampot").total == 300
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert new_recovery != old_recovery
    assert _leftovers(vault_dir) == []
    if sys.platform != "win32":  # private from the first byte, like the files they replace
        for name in ("vault.db", "vault.key"):
            assert (vault_dir / name).stat().st_mode & 0o777 == 0o600
    assert (
        not (vault_dir / "vault.db-wal").exists()
        or (vault_dir / "vault.db-wal").stat().st_size == 0
    )
    # The passphrase is kept, re-wrapped under a fresh salt.
    with open_vault(vault_dir, PASSPHRASE) as vault:
        titles = {m.title for m in vault.store.select(Meeting)}
        assert titles == {"Before the re-key", "After the re-key"}
        assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    open_vault_with_recovery(vault_dir, new_recovery).close()
    with pytest.raises(WrongRecoveryKey):
        open_vault_with_recovery(vault_dir, old_recovery)
    assert b'"salt"' in old_keyfile and (vault_dir / "vault.key").read_bytes() != old_keyfile
    # An old copy of vault.key with the old passphrase no longer opens today's database...
    (vault_dir / "vault.key").write_bytes(old_keyfile)
    with pytest.raises(VaultCorrupt):
        open_vault(vault_dir, PASSPHRASE)
    # ...while it still opens the old copy of the database it came with.
    with open_vault(old_copy, PASSPHRASE) as vault:
        assert {m.title for m in vault.store.select(Meeting)} == {"Before the re-key"}


def test_rekey_can_set_a_new_passphrase_and_needs_the_current_one(vault_dir: Path) -> None:
    _vault_with_records(vault_dir)
    with open_vault(vault_dir, PASSPHRASE) as vault:
        before = (vault_dir / "vault.db").read_bytes()
        with pytest.raises(WrongPassphrase):
            rekey_vault(vault, passphrase="not the passphrase at all", new_passphrase=NEW)
        assert (vault_dir / "vault.db").read_bytes() == before and _leftovers(vault_dir) == []
        rekey_vault(vault, passphrase=PASSPHRASE, new_passphrase=NEW)
    open_vault(vault_dir, NEW).close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, PASSPHRASE)


def test_rekey_proven_by_the_recovery_key(vault_dir: Path) -> None:
    recovery = _vault_with_records(vault_dir)
    with open_vault_with_recovery(vault_dir, recovery) as vault:
        rekey_vault(vault, recovery_text=recovery, new_passphrase=NEW)
    open_vault(vault_dir, NEW).close()


class Crash(BaseException):
    """The process dies here (nothing after it runs, no handler sees it)."""


def _crash_after(monkeypatch: pytest.MonkeyPatch, target: object, name: str, calls: int = 1):
    original = getattr(target, name)
    count = [0]

    def wrapper(*args, **kwargs):
        result = original(*args, **kwargs)
        count[0] += 1
        if count[0] == calls:
            raise Crash()
        return result

    monkeypatch.setattr(target, name, wrapper)


@pytest.mark.parametrize(
    ("where", "outcome"),
    [
        ((reencrypt, "export", 1), "old"),
        ((reencrypt, "write_pending_keyfile", 1), "old"),
        ((reencrypt, "close_for_swap", 1), "old"),
        # os.replace: 1 = the pending key file's own atomic write, 2 = vault.db swapped
        # (vault.key not yet), 3 = vault.key swapped.
        ((reencrypt.os, "replace", 1), "old"),
        ((reencrypt.os, "replace", 2), "new"),
        ((reencrypt.os, "replace", 3), "new"),
    ],
)
def test_a_crash_at_any_step_leaves_the_old_or_the_new_keys(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, where, outcome: str
) -> None:
    old_recovery = _vault_with_records(vault_dir)
    vault = open_vault(vault_dir, PASSPHRASE)
    _crash_after(monkeypatch, *where)
    with pytest.raises(Crash):
        rekey_vault(vault, passphrase=PASSPHRASE, new_passphrase=NEW)
    monkeypatch.undo()
    vault._lock.release()  # the process is gone: so is its lock
    if vault.conn is not None:
        vault.conn.close()
    good, bad = (PASSPHRASE, NEW) if outcome == "old" else (NEW, PASSPHRASE)
    with open_vault(vault_dir, good) as reopened:
        assert len(reopened.store.select(MinuteEntry)) == 300
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _leftovers(vault_dir) == []
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, bad)
    if outcome == "old":
        open_vault_with_recovery(vault_dir, old_recovery).close()


FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from app.errors import DiskFull, StorageFailure
    from app.vault import open_vault, rekey_vault

    folder, passphrase, limit = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    vault = open_vault(folder, passphrase)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        rekey_vault(vault, passphrase=passphrase, new_passphrase="a completely new passphrase 91")
    except (DiskFull, StorageFailure) as exc:  # EFBIG reaches SQLite as an I/O error
        print("refused:", exc.user_message)
    vault.close()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_during_rekey_changes_nothing(vault_dir: Path) -> None:
    # A real ENOSPC (measured on a full tmpfs) gives DiskFull; EFBIG here gives StorageFailure.
    recovery = _vault_with_records(vault_dir)
    size = (vault_dir / "vault.db").stat().st_size
    proc = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(vault_dir), PASSPHRASE, str(size // 2)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, kdf.UNSAFE_TEST_ENV: "1"},
    )
    assert "refused:" in proc.stdout and "nothing was changed" in proc.stdout, proc.stderr
    assert _leftovers(vault_dir) == []
    with open_vault(vault_dir, PASSPHRASE) as vault:
        assert len(vault.store.select(MinuteEntry)) == 300
    open_vault_with_recovery(vault_dir, recovery).close()


def test_a_full_disk_writing_the_new_key_file_changes_nothing(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _vault_with_records(vault_dir)
    from app.storage import files

    def full(path: Path, data: bytes) -> None:
        raise DiskFull()

    with open_vault(vault_dir, PASSPHRASE) as vault:
        monkeypatch.setattr(files, "write_private_atomic", full)
        with pytest.raises(DiskFull):
            rekey_vault(vault, passphrase=PASSPHRASE, new_passphrase=NEW)
        monkeypatch.undo()
        assert len(vault.store.select(MinuteEntry)) == 300  # still open, on the old file
    assert _leftovers(vault_dir) == []
    open_vault(vault_dir, PASSPHRASE).close()
