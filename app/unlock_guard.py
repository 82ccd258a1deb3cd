"""Wipe after N wrong passphrases (opt-in, 5, 10 or 20, as Tella does).

What it protects against, and what not (docs/threat-model.md §6.4): someone trying passphrases
in Roundtable on this laptop (the app or the command line). It does nothing against a copy of
the disk or of the vault folder: guessing on a copy never touches this laptop's counter, and
putting a copy back resets it.

Where the counter lives, and what it reveals: `vault.guard`, a small plain JSON file in the
vault folder, present only while the option is on:

    {"format": "roundtable-unlock-guard/1", "wipe_after": 10, "failed": 2, "warn": true}

It cannot be inside the encrypted database or sealed in the key file: it must be read, and
counted up, by someone who does not know the passphrase. Anyone who looks in the folder
therefore learns that the option is on, its limit, and how many wrong passphrases were typed
since the last good one. Someone who can change files can also delete it (and so switch the
option off); that person can copy the disk anyway, which is the attack this option never
claimed to stop.

An attempt is counted *before* the key derivation and un-counted by a good passphrase, so
killing the app while it derives does not give a free guess. A counter that cannot be written
(a read-only folder, a full disk) does not stop the owner from unlocking.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from app.errors import (
    DiskFull,
    FileNotWritten,
    StorageFailure,
    VaultWipedAfterFailures,
    WrongPassphrase,
    WrongPassphraseAttemptsLeft,
)
from app.storage import files

GUARD_NAME = "vault.guard"
FORMAT = "roundtable-unlock-guard/1"
CHOICES = (5, 10, 20)
WARN_WHEN_LEFT = 3  # the warning (when on) starts with this many attempts left, as Tella's
MAX_BYTES = 4096


@dataclass
class Guard:
    wipe_after: int
    failed: int = 0
    warn: bool = True

    @property
    def left(self) -> int:
        return max(0, self.wipe_after - self.failed)


def read_guard(folder: Path) -> Guard | None:
    """The setting, or None when it is off. A damaged file counts as off (it can only have
    been damaged by someone who could have deleted it)."""
    try:
        raw = (folder / GUARD_NAME).read_bytes()[: MAX_BYTES + 1]
        doc = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_BYTES else None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return None
    wipe_after, failed, warn = doc.get("wipe_after"), doc.get("failed"), doc.get("warn")
    if wipe_after not in CHOICES or type(failed) is not int or type(warn) is not bool:
        return None
    return Guard(wipe_after, max(0, failed), warn)


def _write(folder: Path, guard: Guard) -> None:
    doc = {"format": FORMAT, "wipe_after": guard.wipe_after, "failed": guard.failed}
    doc["warn"] = guard.warn
    files.write_private_atomic(folder / GUARD_NAME, (json.dumps(doc) + "\n").encode("ascii"))


def set_wipe_after(folder: Path, wipe_after: int, *, warn: bool = True) -> None:
    """Turn the option on (5, 10 or 20) or off (0). Call with the vault's lock held (the vault
    open). Changing it starts the count again."""
    if wipe_after == 0:
        with contextlib.suppress(FileNotFoundError):
            (folder / GUARD_NAME).unlink()
        return
    if wipe_after not in CHOICES:
        raise ValueError(wipe_after)
    _write(folder, Guard(wipe_after, 0, warn))


def _wipe(folder: Path, lock: files.ProcessLock) -> None:
    from app import vault_destroy

    vault_destroy._destroy_locked(folder, None)
    vault_destroy._remove_lock_and_folder(folder, lock)


def count_attempt(folder: Path, lock: files.ProcessLock) -> Guard | None:
    """Before a passphrase is tried, with `lock` held: count it. A counter already at the
    limit (the app was killed during the last allowed attempt) wipes the vault now."""
    guard = read_guard(folder)
    if guard is None:
        return None
    if guard.failed >= guard.wipe_after:
        _wipe(folder, lock)
        raise VaultWipedAfterFailures() if guard.warn else WrongPassphrase()
    guard.failed += 1
    with contextlib.suppress(DiskFull, FileNotWritten, StorageFailure, OSError):
        _write(folder, guard)
    return guard


def wrong_passphrase(folder: Path, guard: Guard | None, lock: files.ProcessLock) -> None:
    """After a wrong passphrase (counted already): wipe at the limit; raise what to say."""
    if guard is None:
        raise WrongPassphrase()
    if guard.failed >= guard.wipe_after:
        _wipe(folder, lock)
        # Without the warning the last attempt looks like any other: the user chose silence.
        raise VaultWipedAfterFailures() if guard.warn else WrongPassphrase()
    if guard.warn and guard.left <= WARN_WHEN_LEFT:
        raise WrongPassphraseAttemptsLeft(left=str(guard.left))
    raise WrongPassphrase()


def good_passphrase(folder: Path, guard: Guard | None) -> None:
    """The owner proved a secret: the count starts again."""
    if guard is None:
        return
    guard.failed = 0
    with contextlib.suppress(DiskFull, FileNotWritten, StorageFailure, OSError):
        _write(folder, guard)
