"""Wipe after N wrong passphrases (issue 13): opt-in, counted before the key derivation, reset
by a good passphrase, the vault destroyed at the limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import unlock_guard
from app.crypto import kdf
from app.errors import VaultNotFound, VaultWipedAfterFailures, WrongPassphrase
from app.errors import WrongPassphraseAttemptsLeft as Left
from app.storage.files import ProcessLock
from app.vault import change_passphrase, create_vault, open_vault, open_vault_with_recovery
from tests.conftest import PASSPHRASE

WRONG = "not the passphrase at all 7"


@pytest.fixture
def folder(vault_dir: Path) -> Path:
    created = create_vault(vault_dir, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    created.vault.close()
    vault_dir.joinpath("recovery.txt").write_text(created.recovery_key)  # for one test
    return vault_dir


def _set(folder: Path, n: int, *, warn: bool = True) -> None:
    with open_vault(folder, PASSPHRASE) as vault:
        unlock_guard.set_wipe_after(vault.folder, n, warn=warn)


def _wrong(folder: Path) -> WrongPassphrase:
    with pytest.raises(WrongPassphrase) as caught:
        open_vault(folder, WRONG)
    return caught.value


def test_off_by_default_and_nothing_on_disk_says_otherwise(folder: Path) -> None:
    for _ in range(25):
        assert type(_wrong(folder)) is WrongPassphrase
    assert not (folder / unlock_guard.GUARD_NAME).exists()
    open_vault(folder, PASSPHRASE).close()


def test_the_fifth_wrong_passphrase_destroys_the_vault_with_a_warning_first(folder: Path) -> None:
    _set(folder, 5)
    assert type(_wrong(folder)) is WrongPassphrase  # 4 left: no warning yet
    for left in (3, 2, 1):
        error = _wrong(folder)
        assert isinstance(error, Left) and error.params == {"left": str(left)}
        assert f"{left} more wrong attempts" in str(error)
    with pytest.raises(VaultWipedAfterFailures):
        open_vault(folder, WRONG)
    assert not (folder / "vault.key").exists() and not (folder / "vault.db").exists()
    with pytest.raises(VaultNotFound):
        open_vault(folder, PASSPHRASE)


def test_without_the_warning_the_last_attempt_looks_like_any_other(folder: Path) -> None:
    _set(folder, 5, warn=False)
    for _ in range(5):
        assert type(_wrong(folder)) is WrongPassphrase
    assert not (folder / "vault.key").exists()


def test_a_good_passphrase_starts_the_count_again(folder: Path) -> None:
    _set(folder, 5)
    for _ in range(4):
        _wrong(folder)
    open_vault(folder, PASSPHRASE).close()
    assert unlock_guard.read_guard(folder).failed == 0  # type: ignore[union-attr]
    for _ in range(4):
        _wrong(folder)
    open_vault_with_recovery(folder, (folder / "recovery.txt").read_text()).close()
    for _ in range(4):
        _wrong(folder)
    assert (folder / "vault.key").exists()


def test_an_attempt_counts_before_the_key_derivation(folder: Path) -> None:
    """Killing the app while it derives the key must not give a free guess."""
    _set(folder, 5)
    for _ in range(5):  # counted, then "killed": no result ever recorded
        lock = ProcessLock(folder / "vault.lock")
        lock.acquire()
        unlock_guard.count_attempt(folder, lock)
        lock.release()
    with pytest.raises(VaultWipedAfterFailures):  # even the right passphrase comes too late
        open_vault(folder, PASSPHRASE)
    assert not (folder / "vault.key").exists()


def test_changing_the_passphrase_is_an_attempt_too(folder: Path) -> None:
    _set(folder, 5)
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            change_passphrase(folder, "a brand new passphrase 55", old_passphrase=WRONG)
    assert unlock_guard.read_guard(folder).failed == 4  # type: ignore[union-attr]
    with pytest.raises(VaultWipedAfterFailures):
        change_passphrase(folder, "a brand new passphrase 55", old_passphrase=WRONG)


def test_turning_it_off_removes_the_file(folder: Path) -> None:
    _set(folder, 10)
    doc = json.loads((folder / unlock_guard.GUARD_NAME).read_text())
    assert doc == {
        "format": "roundtable-unlock-guard/1",
        "wipe_after": 10,
        "failed": 0,
        "warn": True,
    }
    _set(folder, 0)
    assert not (folder / unlock_guard.GUARD_NAME).exists()


@pytest.mark.parametrize(
    "content", [b"", b"{", b"[]", b'{"format": "roundtable-unlock-guard/1"}', b"\xff" * 10]
)
def test_a_damaged_counter_counts_as_off(folder: Path, content: bytes) -> None:
    (folder / unlock_guard.GUARD_NAME).write_bytes(content)
    assert type(_wrong(folder)) is WrongPassphrase
    open_vault(folder, PASSPHRASE).close()
