"""Recovery split among board members: SLIP-39 shares of the vault's recovery secret (issue 12).

The Shamir arithmetic, the share encoding and its checksum are Trezor's reference
implementation (`shamir-mnemonic`, tested here against its `vectors.json`); this module only
decides the parameters, names mistyped words, and ties the combined secret to the key file.

- One group, k of n members (2 <= k <= n <= 16), a 128-bit master secret: 20 words a share.
- The SLIP-39 passphrase is empty: the shares themselves are the secret (a wrong SLIP-39
  passphrase is never detected, it would only yield a different secret).
- The master secret *is* the vault's recovery secret: its slot is made by a re-key
  (`app.vault.rekey_vault(recovery_secret=...)`), so making new shares gives the vault a new
  data key, and old shares, the old recovery key and old backups' key files stop opening the
  current database.
- Fewer than k shares reveal nothing about the secret (Shamir); they only tell how many more
  are needed.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import (
    RoundtableError,
    ShareChecksumWrong,
    ShareInvalid,
    ShareLengthWrong,
    ShareRepeated,
    SharesInvalidSplit,
    SharesMismatch,
    SharesNotForVault,
    SharesTooFew,
    ShareWordUnknown,
    ShareWordWrong,
    WrongRecoveryKey,
)

SECRET_BYTES = 16  # 128 bits: 20 words a share (Trezor's default length)
MIN_SHARES, MAX_SHARES = 2, 16
META_KEY = "recovery_shares"  # vault_meta: "k/n/YYYY-MM-DD" of the current set, nothing secret

Progress = Callable[[float], None]


def _lib() -> Any:
    import shamir_mnemonic

    return shamir_mnemonic


# --- making shares ---------------------------------------------------------------------------
def check_split(threshold: int, count: int) -> None:
    if not (MIN_SHARES <= count <= MAX_SHARES and MIN_SHARES <= threshold <= count):
        raise SharesInvalidSplit(threshold=str(threshold), shares=str(count))


def make_shares(secret: bytes, threshold: int, count: int) -> list[str]:
    """`count` SLIP-39 mnemonics (words separated by spaces), any `threshold` of which give
    back `secret`."""
    check_split(threshold, count)
    groups = _lib().generate_mnemonics(1, [(threshold, count)], bytes(secret), b"")
    return list(groups[0])


def prepare_split(threshold: int, count: int) -> tuple[bytes, list[str]]:
    """A new recovery secret and its shares, not yet in the vault: the caller writes the
    share sheets first, so that a failure there leaves the vault's recovery as it was."""
    check_split(threshold, count)
    secret = secrets.token_bytes(SECRET_BYTES)
    return secret, make_shares(secret, threshold, count)


def apply_split(
    vault: Any,
    secret: bytes,
    *,
    threshold: int,
    count: int,
    passphrase: str | None = None,
    recovery_text: str | None = None,
    progress: Progress | None = None,
) -> None:
    """Make `secret` the open vault's recovery secret. A re-key: proved by the passphrase (or
    the current recovery key), the database is re-encrypted under a new data key, and old
    shares, the old recovery key and old backups' key files stop opening it."""
    import datetime as dt

    from app import vault as vault_mod

    check_split(threshold, count)
    vault_mod.rekey_vault(
        vault,
        passphrase=passphrase,
        recovery_text=recovery_text,
        recovery_secret=secret,
        progress=progress,
    )
    with vault.store.transaction():
        vault.conn.execute(
            "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)",
            (META_KEY, f"{threshold}/{count}/{dt.date.today().isoformat()}"),
        )


def prove_passphrase(vault: Any, passphrase: str) -> None:
    """WrongPassphrase unless `passphrase` opens the open vault's own slot (checked before
    share sheets are written; the re-key proves it again)."""
    from app.crypto.keyfile import DB_B, Role
    from app.errors import WrongPassphrase
    from app.vault import device_secret_for, read_vault_keyfile

    keyfile = read_vault_keyfile(vault.folder)
    opened = keyfile.open_with_passphrase(
        passphrase, device_secret=device_secret_for(vault.vault_id)
    )
    opened.data_key.wipe()
    # As the re-key decides: on the decoy the duress passphrase is the one that opened it, and
    # calling it wrong would tell whoever forced the unlock that this is not the real vault.
    if opened.db != vault.db or (opened.role is Role.DURESS and vault.db != DB_B):
        raise WrongPassphrase()


def split_recovery(vault: Any, *, threshold: int, count: int, **proof: Any) -> list[str]:
    """`prepare_split` then `apply_split`: the shares of the vault's new recovery secret."""
    secret, shares = prepare_split(threshold, count)
    apply_split(vault, secret, threshold=threshold, count=count, **proof)
    return shares


@dataclass(frozen=True)
class SplitInfo:
    threshold: int
    count: int
    made_on: str


def current_split(vault: Any) -> SplitInfo | None:
    """How the current recovery secret is split, if it is (None: a single recovery key)."""
    value = vault.meta(META_KEY)
    parts = value.split("/") if value else []
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    return SplitInfo(int(parts[0]), int(parts[1]), parts[2])


# --- reading shares --------------------------------------------------------------------------
def _words(text: str) -> list[str]:
    return [w for w in text.lower().replace(",", " ").split() if w]


def _index_of(word: str) -> int | None:
    """The word's index; a unique prefix of 4 or more letters is accepted (SLIP-39's words
    differ in their first four letters, so people may write only those)."""
    from shamir_mnemonic.wordlist import WORD_INDEX_MAP, WORDLIST

    if word in WORD_INDEX_MAP:
        return WORD_INDEX_MAP[word]
    if len(word) >= 4:
        found = [i for i, w in enumerate(WORDLIST) if w.startswith(word)]
        if len(found) == 1:
            return found[0]
    return None


def _single_fix(indices: list[int]) -> tuple[int, int] | None:
    """The one (position, word index) that makes the checksum right, if exactly one word is
    wrong. RS1024's checksum is affine in the words (XOR), and its code distance (4) leaves at
    most one single-word correction; found in ~20,000 XORs rather than 20,000 checksums."""
    from shamir_mnemonic import rs1024
    from shamir_mnemonic.constants import (
        CUSTOMIZATION_STRING_EXTENDABLE,
        CUSTOMIZATION_STRING_ORIG,
    )

    found: set[tuple[int, int]] = set()
    n = len(indices)
    for custom, extendable in (
        (CUSTOMIZATION_STRING_ORIG, False),
        (CUSTOMIZATION_STRING_EXTENDABLE, True),
    ):
        prefix = list(custom)
        total = len(prefix) + n
        zero = rs1024._polymod([0] * total)
        residue = rs1024._polymod(prefix + indices) ^ 1
        for pos in range(n):
            basis = []
            for bit in range(10):
                vec = [0] * total
                vec[len(prefix) + pos] = 1 << bit
                basis.append(rs1024._polymod(vec) ^ zero)
            effect = [0] * 1024
            for d in range(1, 1024):
                low = (d & -d).bit_length() - 1
                effect[d] = effect[d & (d - 1)] ^ basis[low]
                if effect[d] == residue:
                    fixed = indices[pos] ^ d
                    candidate = list(indices)
                    candidate[pos] = fixed
                    # Word 2 holds the extendable flag that chose the checksum's customisation.
                    if bool((candidate[1] >> 4) & 1) == extendable:
                        found.add((pos, fixed))
    return found.pop() if len(found) == 1 else None


def parse_share(text: str, number: int) -> Any:
    """One typed share (`number` counts from 1, for messages) as the library's Share. A word
    that is not a share word is named; a single mistyped share word is named with its fix."""
    from shamir_mnemonic.wordlist import WORDLIST

    lib = _lib()
    words = _words(text)
    indices = []
    for position, word in enumerate(words, start=1):
        index = _index_of(word)
        if index is None:
            raise ShareWordUnknown(share=str(number), position=str(position), word=word[:20])
        indices.append(index)
    if len(indices) not in (20, 33):
        raise ShareLengthWrong(share=str(number), count=str(len(indices)))
    mnemonic = " ".join(WORDLIST[i] for i in indices)
    try:
        return lib.Share.from_mnemonic(mnemonic)
    except lib.MnemonicError as exc:
        if "checksum" not in str(exc):
            raise ShareInvalid(share=str(number)) from None
    fix = _single_fix(indices)
    if fix is None:
        raise ShareChecksumWrong(share=str(number)) from None
    position, index = fix
    raise ShareWordWrong(
        share=str(number),
        position=str(position + 1),
        word=words[position][:20],
        fix=WORDLIST[index],
    )


@dataclass(frozen=True)
class SharesState:
    """What the shares typed so far amount to (for the start screen's live feedback)."""

    have: int
    need: int  # 0 until a valid share says how many are needed
    error: RoundtableError | None

    @property
    def complete(self) -> bool:
        return self.error is None and self.need > 0 and self.have >= self.need


def _split_lines(texts: Iterable[str]) -> list[str]:
    return [t.strip() for t in texts if t.strip()]


def assess(texts: Iterable[str]) -> SharesState:
    """Check every typed share (one per item; blank items ignored) without combining them."""
    shares = _split_lines(texts)
    try:
        parsed = _parse_all(shares)
    except RoundtableError as exc:
        return SharesState(0, 0, exc)
    if not parsed:
        return SharesState(0, 0, None)
    return SharesState(len(parsed), parsed[0].member_threshold, None)


def _parse_all(shares: Sequence[str]) -> list[Any]:
    parsed: list[Any] = []
    for number, text in enumerate(shares, start=1):
        share = parse_share(text, number)
        if parsed:
            first = parsed[0]
            if (
                share.identifier != first.identifier
                or share.common_parameters() != first.common_parameters()
                or share.group_parameters() != first.group_parameters()
            ):
                raise SharesMismatch()
        if share.group_count != 1 or share.group_threshold != 1:
            raise ShareInvalid(share=str(number))
        if any(p.index == share.index for p in parsed):
            if any(p.value == share.value and p.index == share.index for p in parsed):
                raise ShareRepeated(share=str(number))
            raise SharesMismatch()
        parsed.append(share)
    return parsed


def combine(texts: Iterable[str], *, slip39_passphrase: bytes = b"") -> bytes:
    """The secret that k of the typed shares (in any order) give. Fewer than k: an error that
    says how many more are needed, and nothing about the secret. (`slip39_passphrase` is
    always empty in Roundtable; the reference test vectors use "TREZOR".)"""
    shares = _split_lines(texts)
    parsed = _parse_all(shares)
    if not parsed:
        raise SharesTooFew(have="0", need="?", missing="?")
    need = parsed[0].member_threshold
    if len(parsed) < need:
        raise SharesTooFew(have=str(len(parsed)), need=str(need), missing=str(need - len(parsed)))
    lib = _lib()
    try:
        return lib.combine_mnemonics([s.mnemonic() for s in parsed[:need]], slip39_passphrase)
    except lib.MnemonicError:
        raise SharesMismatch() from None


# --- using shares ----------------------------------------------------------------------------
def open_with_shares(folder: Path, shares: Iterable[str]) -> Any:
    """Open the vault in `folder` with k shares (no new passphrase: for checking them)."""
    from app import vault as vault_mod

    secret = combine(shares)
    lock, keyfile = vault_mod._lock_and_read(folder)
    try:
        opened = _open(keyfile, secret)
        return vault_mod._open_with_key(folder, keyfile, opened.data_key, lock, opened.db)
    except BaseException:
        lock.release()
        raise


def _restored(folder: Path) -> None:
    """After a recovery (issue 13): travel mode's note has done its job, and the owner proved a
    secret, so the count of wrong passphrases starts again."""
    import contextlib

    from app import unlock_guard
    from app.vault_note import remove_note

    unlock_guard.good_passphrase(folder, unlock_guard.read_guard(folder))
    with contextlib.suppress(OSError):
        remove_note(folder)


def restore_with_shares(
    folder: Path, shares: Iterable[str], new_passphrase: str, *, params: Any = None
) -> Any:
    """Recovery with k of n shares: prove them against the key file, seal the data key under
    `new_passphrase` (the old passphrase stops opening this copy; bound to this computer's
    device secret if it holds one for the vault), and return the open vault. This is the path a
    recovery after travel mode takes too (issue 13): slot 1 opens, slot 0 is written anew."""
    import os

    from app import vault as vault_mod
    from app.crypto.keyfile import write_keyfile
    from app.errors import VaultFolderNotWritable

    secret = combine(shares)
    lock, keyfile = vault_mod._lock_and_read(folder)
    try:
        opened = _open(keyfile, secret)
        try:
            keyfile.migrate_after_recovery(secret, opened.data_key)
            vault_mod._check_new_passphrase(new_passphrase, ())
            if params is not None and params != keyfile.kdf:
                keyfile.reset_kdf(params)
            keyfile.set_passphrase(
                new_passphrase,
                opened.data_key,
                db=opened.db,
                device_secret=vault_mod.device_secret_for(keyfile.vault_id),
            )
            vault_mod.ensure_chaff(folder)
            if not os.access(folder, os.W_OK):
                raise VaultFolderNotWritable()
            write_keyfile(folder / vault_mod.KEY_NAME, keyfile)
            _restored(folder)
        except BaseException:
            opened.data_key.wipe()
            raise
        return vault_mod._open_with_key(folder, keyfile, opened.data_key, lock, opened.db)
    except BaseException:
        lock.release()
        raise


def _open(keyfile: Any, secret: bytes) -> Any:
    try:
        return keyfile.open_with_recovery(secret)
    except WrongRecoveryKey:
        raise SharesNotForVault() from None
