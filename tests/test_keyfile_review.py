"""Review of key-file format 2 (docs/key-file.md): attacks on the vault-level use of the slots."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app import vault as vault_module
from app import vault_reencrypt as reencrypt
from app.crypto import kdf
from app.crypto import keyfile as keyfile_module
from app.crypto.key_buffer import KeyBuffer
from app.crypto.keyfile import (
    DB_B,
    POS_DURESS,
    KeyFile,
    Role,
    new_data_key,
    new_keyfile,
    read_keyfile,
    write_keyfile,
)
from app.crypto.keyfile_v1 import KeyFileV1
from app.crypto.recovery import new_recovery_key
from app.errors import (
    DiskFull,
    FileNotWritten,
    VaultCorrupt,
    WrongPassphrase,
    WrongRecoveryKey,
)
from app.vault import (
    change_passphrase,
    create_vault,
    forget_passphrase_slot,
    open_vault,
    open_vault_with_recovery,
    rekey_vault,
)

REAL = "correct horse battery staple 42"
FIXTURE = Path(__file__).resolve().parent / "data" / "vault-v1"
FIXTURE_PASSPHRASE = "fixture passphrase v1 kampot"


def _vault(tmp_path: Path) -> tuple[Path, str]:
    created = create_vault(tmp_path / "v", "Coalition", REAL, params=kdf.INSECURE_TEST)
    created.vault.close()
    return tmp_path / "v", created.recovery_key


def test_a_replace_killed_before_the_new_key_file_was_written_loses_nothing(
    tmp_path: Path,
) -> None:
    """A kill between hard-linking the old key file and replacing it leaves the hidden link on
    the live inode: the next unlock must not overwrite vault.key through it."""
    folder, _ = _vault(tmp_path)
    os.link(folder / "vault.key", folder / ".vault.key.old-999999")
    with open_vault(folder, REAL) as vault:
        assert vault.org_name == "Coalition"
    assert not list(folder.glob(".vault.key.old-*"))


def test_travel_mode_failing_on_a_full_disk_leaves_a_vault_that_still_opens(
    tmp_path: Path, monkeypatch
) -> None:
    folder, recovery = _vault(tmp_path)

    def full(path, keyfile):
        raise DiskFull()

    monkeypatch.setattr(vault_module, "write_keyfile", full)
    with pytest.raises(DiskFull):
        forget_passphrase_slot(folder)
    monkeypatch.undo()
    assert not list(folder.glob(".vault.key.old-*"))  # no second name for the live key file
    with open_vault(folder, REAL) as vault:  # the old state, whole
        assert vault.org_name == "Coalition"
    with open_vault_with_recovery(folder, recovery) as vault:
        assert vault.org_name == "Coalition"


DURESS = "ordinary meetings only 2026"


def _vault_with_decoy(tmp_path: Path) -> tuple[Path, str]:
    """As tests/test_vault_slots.py: `vault-b.db` a decoy carrying the real vault's id, slot 2
    opening it."""
    real = create_vault(tmp_path / "real", "Real Coalition", REAL, params=kdf.INSECURE_TEST)
    recovery = real.recovery_key
    real_id = real.vault.vault_id
    real.vault.close()
    decoy = create_vault(tmp_path / "decoy", "Garden Club", DURESS, params=kdf.INSECURE_TEST)
    decoy.vault.conn.execute("UPDATE vault_meta SET value = ? WHERE key = 'vault_id'", (real_id,))
    decoy.vault.close()
    decoy_key = read_keyfile(tmp_path / "decoy" / "vault.key").open_with_passphrase(DURESS)
    shutil.copyfile(tmp_path / "decoy" / "vault.db", tmp_path / "real" / "vault-b.db")
    kf = read_keyfile(tmp_path / "real" / "vault.key")
    kf.set_passphrase(DURESS, decoy_key.data_key, role=Role.DURESS, position=POS_DURESS, db=DB_B)
    write_keyfile(tmp_path / "real" / "vault.key", kf)
    return tmp_path / "real", recovery


def test_change_keys_on_the_decoy_accepts_the_passphrase_that_just_opened_it(
    tmp_path: Path,
) -> None:
    """Refusing it ("wrong passphrase" for the passphrase that opened the vault a moment ago)
    would tell whoever forced the unlock that this is not the real vault."""
    folder, recovery = _vault_with_decoy(tmp_path)
    with open_vault(folder, DURESS) as vault:
        assert vault.db == DB_B
        new_recovery = rekey_vault(vault, passphrase=DURESS)
        assert vault.org_name == "Garden Club"
    with open_vault(folder, DURESS) as vault:
        assert vault.org_name == "Garden Club"
    with open_vault_with_recovery(folder, new_recovery) as vault:
        assert vault.org_name == "Garden Club"
    with pytest.raises(WrongPassphrase):
        open_vault(folder, REAL)
    with open_vault_with_recovery(folder, recovery) as vault:
        assert vault.org_name == "Real Coalition"


def test_a_slot_moved_to_another_position_does_not_outlive_travel_mode(tmp_path: Path) -> None:
    """Positions carry meaning (travel mode and duress clear position 0). Someone with the
    laptop for a moment moves the passphrase slot to a spare position: the traveller's next
    unlock must not quietly succeed, nor the passphrase open after travel mode."""
    folder, recovery = _vault(tmp_path)
    kf = read_keyfile(folder / "vault.key")
    kf.slots[5], kf.slots[0] = kf.slots[0], kf.slots[5]
    write_keyfile(folder / "vault.key", kf)
    with pytest.raises(VaultCorrupt):
        open_vault(folder, REAL)
    forget_passphrase_slot(folder)
    with pytest.raises(VaultCorrupt):
        open_vault(folder, REAL)
    with open_vault_with_recovery(folder, recovery) as vault:
        assert vault.org_name == "Coalition"


def test_the_code_never_seals_a_role_at_a_position_that_means_another() -> None:
    kf = new_keyfile(kdf.INSECURE_TEST)
    with pytest.raises(ValueError):
        kf.set_passphrase(REAL, new_data_key(), position=4)
    with pytest.raises(ValueError):
        kf.set_passphrase(REAL, new_data_key(), role=Role.DURESS, position=0)


def _session_that_writes(folder: Path, passphrase: str) -> None:
    with open_vault(folder, passphrase) as vault, vault.conn:
        vault.conn.execute("INSERT OR REPLACE INTO vault_meta VALUES ('review', 'x')")


def test_the_databases_times_after_a_decoy_session_look_like_after_a_real_one(
    tmp_path: Path,
) -> None:
    """Both files get one time on close. Taken from vault.db alone, a decoy session left both at
    the real database's last write (days ago) although the forced unlock was just now."""
    folder, _ = _vault_with_decoy(tmp_path)
    long_ago = 1_600_000_000_000_000_000
    for name in ("vault.db", "vault-b.db"):
        os.utime(folder / name, ns=(long_ago, long_ago))
    _session_that_writes(folder, REAL)
    real = [(folder / n).stat().st_mtime_ns for n in ("vault.db", "vault-b.db")]
    for name in ("vault.db", "vault-b.db"):
        os.utime(folder / name, ns=(long_ago, long_ago))
    _session_that_writes(folder, DURESS)
    decoy = [(folder / n).stat().st_mtime_ns for n in ("vault.db", "vault-b.db")]
    assert real[0] == real[1] > long_ago
    assert decoy[0] == decoy[1] > long_ago


def _what_an_unlock_changes(folder: Path, passphrase: str) -> tuple[set[int], bool]:
    before = read_keyfile(folder / "vault.key").slots
    inode = (folder / "vault.key").stat().st_ino
    open_vault(folder, passphrase).close()
    after = read_keyfile(folder / "vault.key").slots
    changed = {i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b}
    return changed, (folder / "vault.key").stat().st_ino != inode


def test_a_duress_unlock_changes_the_key_file_as_an_ordinary_unlock_does(tmp_path: Path) -> None:
    """Only a duress unlock rewrote vault.key: its new inode, change and birth times (and in a
    second disk image, slot 0) said that duress had fired at the forced unlock. Now every
    passphrase unlock re-seals slot 0 with a fresh nonce and replaces the file the same way."""
    folder, _ = _vault_with_decoy(tmp_path / "a")
    ordinary = _what_an_unlock_changes(folder, REAL)
    folder, _ = _vault_with_decoy(tmp_path / "b")
    duress = _what_an_unlock_changes(folder, DURESS)
    assert ordinary == duress == ({0}, True)
    assert not list(folder.glob(".vault.key*"))


def test_an_ordinary_unlock_still_opens_next_time_and_when_the_file_cannot_be_written(
    tmp_path: Path, monkeypatch
) -> None:
    folder, recovery = _vault(tmp_path)
    for _ in range(2):
        open_vault(folder, REAL).close()
    with open_vault_with_recovery(folder, recovery) as vault:
        assert vault.org_name == "Coalition"
    before = (folder / "vault.key").read_bytes()

    def read_only(path, keyfile):
        raise FileNotWritten()

    monkeypatch.setattr(vault_module, "write_keyfile", read_only)
    open_vault(folder, REAL).close()
    assert (folder / "vault.key").read_bytes() == before
    assert not list(folder.glob(".vault.key*"))


@pytest.mark.parametrize("by", ["passphrase", "recovery"])
def test_a_format_1_file_with_a_longer_salt_migrates_to_a_file_that_opens(by: str) -> None:
    """Format 1 allowed 16 to 64 bytes of salt, format 2 reads exactly 16: migrating such a file
    as it was wrote a key file that nothing opens (the vault lost with it)."""
    old = KeyFileV1("6f1c1d9e-3f55-4a53-9a43-0c2d3a4b5c6d", kdf.INSECURE_TEST, b"s" * 32)
    data_key, recovery = new_data_key(), new_recovery_key()
    old.set_slot("passphrase", old.stretch(REAL), data_key)
    old.set_slot("recovery", recovery, data_key)
    kf = KeyFile.from_bytes(old.to_bytes())
    if by == "passphrase":
        kf.open_with_passphrase(REAL)
    else:
        opened = kf.open_with_recovery(recovery)
        kf.migrate_after_recovery(recovery, opened.data_key)
        kf.set_passphrase(REAL, opened.data_key)
    again = KeyFile.from_bytes(kf.to_bytes())
    assert bytes(again.open_with_passphrase(REAL).data_key.buffer) == bytes(data_key.buffer)
    assert bytes(again.open_with_recovery(recovery).data_key.buffer) == bytes(data_key.buffer)


def test_a_migration_killed_between_the_chaff_and_the_key_file_completes_next_time(
    tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "v"
    shutil.copytree(FIXTURE, folder)
    recovery = (FIXTURE / "RECOVERY.txt").read_text().strip()

    def killed(path, keyfile):
        raise KeyboardInterrupt  # stands for the process dying here

    monkeypatch.setattr(vault_module, "replace_keyfile_erasing_old", killed)
    with pytest.raises(KeyboardInterrupt):
        open_vault(folder, FIXTURE_PASSPHRASE)
    monkeypatch.undo()
    assert (folder / "vault-b.db").exists()
    assert read_keyfile(folder / "vault.key").legacy is not None  # the old state, whole
    open_vault(folder, FIXTURE_PASSPHRASE).close()
    assert read_keyfile(folder / "vault.key").legacy is None
    open_vault_with_recovery(folder, recovery).close()
    open_vault(folder, FIXTURE_PASSPHRASE).close()


def test_a_second_database_write_cut_short_leaves_no_partial_copy_behind(tmp_path: Path) -> None:
    """Chaff is written once; a leftover temporary copy of vault-b.db (a decoy being put in
    place when the process died) would say that vault-b.db was being replaced."""
    folder, _ = _vault(tmp_path)
    (folder / ".vault-b.db.4242.tmp").write_bytes(os.urandom(8192))
    open_vault(folder, REAL).close()
    assert not list(folder.glob(".*.tmp"))


def test_a_passphrase_change_overwrites_the_old_key_file_in_place(tmp_path: Path) -> None:
    """Someone who learnt the old passphrase must not find its slot in the old key file's blocks
    (a second name for the old inode stands for the blocks an examiner would read)."""
    folder, _ = _vault(tmp_path)
    os.link(folder / "vault.key", tmp_path / "old-blocks")
    change_passphrase(folder, "a brand new passphrase 2026", old_passphrase=REAL)
    with pytest.raises(VaultCorrupt):
        read_keyfile(tmp_path / "old-blocks").open_with_passphrase(REAL)
    with open_vault(folder, "a brand new passphrase 2026") as vault:
        assert vault.org_name == "Coalition"


def test_sealing_and_unlocking_make_no_unwipeable_copy_of_key_material(monkeypatch) -> None:
    """`bytes(buffer)` copies a data key or device secret into memory no KeyBuffer can wipe."""
    copies: list[int] = []
    real_bytes = bytes

    def spy(*args):
        if args and isinstance(args[0], (bytearray, memoryview, KeyBuffer)):
            copies.append(len(args[0]))
        return real_bytes(*args)

    monkeypatch.setattr(keyfile_module, "bytes", spy, raising=False)
    kf = new_keyfile(kdf.INSECURE_TEST)
    data_key, device = new_data_key(), KeyBuffer.copy_of(os.urandom(32))
    kf.set_passphrase(REAL, data_key, device_secret=device)
    kf.set_recovery(new_recovery_key(), data_key)
    assert kf.open_with_passphrase(REAL, device_secret=device).data_key == data_key
    assert copies == []
    with pytest.raises(ValueError):
        kf.set_passphrase(REAL, KeyBuffer(16))


def test_a_re_key_of_the_real_vault_keeps_the_duress_slot_and_the_decoy(tmp_path: Path) -> None:
    folder, old_recovery = _vault_with_decoy(tmp_path)
    with open_vault(folder, REAL) as vault:
        recovery = rekey_vault(vault, passphrase=REAL, new_passphrase="after the re-key 2026")
    with open_vault(folder, "after the re-key 2026") as vault:
        assert vault.org_name == "Real Coalition" and vault.db == 0
    with pytest.raises(WrongRecoveryKey):
        open_vault_with_recovery(folder, old_recovery)
    with open_vault(folder, DURESS) as vault:
        assert vault.org_name == "Garden Club" and vault.db == DB_B
    with pytest.raises(WrongPassphrase):
        open_vault(folder, "after the re-key 2026")
    with open_vault_with_recovery(folder, recovery) as vault:
        assert vault.org_name == "Real Coalition"


def test_after_duress_a_recovery_sets_the_new_passphrase_on_the_real_database(
    tmp_path: Path,
) -> None:
    folder, recovery = _vault_with_decoy(tmp_path)
    open_vault(folder, DURESS).close()
    change_passphrase(folder, "home again safely 2026", recovery_text=recovery)
    with open_vault(folder, "home again safely 2026") as vault:
        assert vault.org_name == "Real Coalition" and vault.db == 0
    with open_vault(folder, DURESS) as vault:  # the duress passphrase is armed again
        assert vault.org_name == "Garden Club"
    with pytest.raises(WrongPassphrase):
        open_vault(folder, "home again safely 2026")


def test_a_re_key_leaves_no_readable_copy_of_the_new_slots_in_the_pending_file(
    tmp_path: Path, monkeypatch
) -> None:
    """`vault.key.rekey` holds the new key file; merely unlinked, its blocks kept a copy of the
    real passphrase slot that duress or travel mode could not erase later."""
    folder, _ = _vault(tmp_path)
    real_write = reencrypt.write_pending_keyfile

    def write_and_watch(where: Path, data: bytes) -> None:
        real_write(where, data)
        os.link(where / reencrypt.PENDING_KEY, tmp_path / "pending-blocks")

    monkeypatch.setattr(reencrypt, "write_pending_keyfile", write_and_watch)
    with open_vault(folder, REAL) as vault:
        rekey_vault(vault, passphrase=REAL, new_passphrase="after the re-key 2026")
    left = (tmp_path / "pending-blocks").read_bytes()
    assert not left.startswith(reencrypt.PENDING_MAGIC) and b"roundtable-vault-key" not in left
    open_vault(folder, "after the re-key 2026").close()


def test_a_planted_link_beside_the_key_file_is_never_followed_to_erase_another_file(
    tmp_path: Path,
) -> None:
    folder, _ = _vault(tmp_path)
    victim = tmp_path / "someone-elses-file"
    victim.write_bytes(b"precious")
    (folder / ".vault.key.old-77").symlink_to(victim)
    open_vault(folder, REAL).close()
    assert victim.read_bytes() == b"precious"
    assert not list(folder.glob(".vault.key.old-*"))


def test_every_unlock_costs_one_derivation_and_after_duress_the_real_one_fails_as_a_wrong_one(
    tmp_path: Path, monkeypatch
) -> None:
    folder, _ = _vault_with_decoy(tmp_path)
    derivations: list[int] = []
    real_derive = kdf.derive

    def counting(*args, **kwargs):
        derivations.append(1)
        return real_derive(*args, **kwargs)

    monkeypatch.setattr(kdf, "derive", counting)

    def attempt(passphrase: str) -> tuple[int, str]:
        derivations.clear()
        try:
            open_vault(folder, passphrase).close()
        except WrongPassphrase as exc:
            return len(derivations), f"{type(exc).__name__}: {exc}"
        return len(derivations), "opened"

    assert attempt(REAL) == (1, "opened")
    wrong = attempt("not the passphrase at all")
    assert wrong[0] == 1 and wrong[1] != "opened"
    assert attempt(DURESS) == (1, "opened")
    assert attempt(REAL) == wrong


def test_a_damaged_device_secret_opens_nothing_and_crashes_nothing() -> None:
    kf = new_keyfile(kdf.INSECURE_TEST)
    data_key = new_data_key()
    kf.set_passphrase(REAL, data_key, device_secret=b"\x07" * 32)
    with pytest.raises(WrongPassphrase):
        kf.open_with_passphrase(REAL, device_secret=b"\x07" * 31)
