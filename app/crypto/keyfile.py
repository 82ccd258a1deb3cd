"""`vault.key` format 2: the data keys wrapped in fixed, equal slots (docs/key-file.md).

    {"format": "roundtable-vault-key/2", "vault_id": "<uuid>",
     "kdf": {"alg": "argon2id", "t": 3, "m_kib": 262144, "p": 4}, "salt": "<b64 16>",
     "norm": 2, "slots": ["<b64 64>" x 8]}

A slot is `nonce (12) || AES-256-GCM(plaintext)`, plaintext `role || db || 0 0 || data key`.
Nothing outside a slot says what it is or whether it is used: an unused slot is random bytes.
An unlock derives one Argon2id output (passphrase) or none (recovery) and tries every candidate
slot key against every slot, with no early exit, so neither the file nor the time an unlock
takes tells which slots exist. Format-1 files (`app.crypto.keyfile_v1`) are read and migrated
by the first unlock that holds the data key (`KeyFile.upgraded`).

Key material (slot keys, stretched passphrases, data keys) lives in `KeyBuffer`s that the callers
wipe; see `app.crypto.key_buffer` for the copies that cannot be wiped.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.crypto import kdf
from app.crypto.key_buffer import KeyBuffer
from app.crypto.keyfile_v1 import FORMAT as FORMAT_V1
from app.crypto.keyfile_v1 import KeyFileCorrupt, KeyFileV1
from app.crypto.passphrase import CURRENT_NORM, NORM_NFC, normalise_passphrase
from app.errors import VaultCorrupt, VaultNotFound, WrongPassphrase, WrongRecoveryKey
from app.i18n import N_
from app.storage.files import write_private_atomic

__all__ = ["KeyFileCorrupt"]

FORMAT = "roundtable-vault-key/2"
SLOT_COUNT = 8
SLOT_BYTES = 64
NONCE_BYTES = 12
DATA_KEY_BYTES = 32
_HEAD_BYTES = 4  # role, db, two reserved zero bytes
_PLAIN_BYTES = _HEAD_BYTES + DATA_KEY_BYTES
MAX_FILE_BYTES = 64 * 1024
DEVICE_SECRET_BYTES = 32
SALT_BYTES = 16

POS_PASSPHRASE = 0
POS_RECOVERY = 1
POS_DURESS = 2
POS_DECOY_RECOVERY = 3  # a recovery key shown for the decoy, should someone re-key it
DB_MAIN = 0
DB_B = 1

_INFO_PASSPHRASE = b"roundtable/v2 slot passphrase"
_INFO_DEVICE = b"roundtable/v2 slot passphrase+device"
_INFO_RECOVERY = b"roundtable/v2 slot recovery"
_V1_INFO_RECOVERY = b"roundtable/v1 vault.key slot=recovery"
_V1_SLOT_BYTES = NONCE_BYTES + DATA_KEY_BYTES + 16  # a format-1 recovery slot carried over


class Role(IntEnum):
    PASSPHRASE = 1
    RECOVERY = 2
    DURESS = 3


# Where each role may sit. Travel mode and duress clear position 0, so a passphrase slot moved
# elsewhere (by anyone who could write the file) would outlive them: a slot that opens at a
# position its role does not belong to is refused as damage.
_POSITIONS = {
    Role.PASSPHRASE: (POS_PASSPHRASE,),
    Role.RECOVERY: (POS_RECOVERY, POS_DECOY_RECOVERY),
    Role.DURESS: (POS_DURESS,),
}


Secret = bytes | bytearray | KeyBuffer


def _raw(secret: Secret) -> bytes | bytearray:
    return secret.buffer if isinstance(secret, KeyBuffer) else secret


def _sized(secret: Secret, length: int) -> bytes | bytearray:
    """The secret's own bytes, no copy (a copy in an immutable `bytes` could not be wiped);
    checked, since a slice assignment of another length would reallocate a KeyBuffer."""
    raw = _raw(secret)
    if len(raw) != length:
        raise ValueError("key material of the wrong length")
    return raw


def _device(secret: Secret) -> bytes | bytearray:
    return _sized(secret, DEVICE_SECRET_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, length: int) -> bytes:
    if not isinstance(value, str):
        raise KeyFileCorrupt()
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileCorrupt() from None
    if len(raw) != length:
        raise KeyFileCorrupt()
    return raw


def _hkdf(material: bytes | bytearray, info: bytes) -> KeyBuffer:
    key = KeyBuffer(32)
    HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive_into(
        material, key.buffer
    )
    return key


@dataclass
class Opened:
    """What an unlock found: which kind of slot, where, and the key of which database."""

    role: Role
    db: int
    position: int
    data_key: KeyBuffer = field(repr=False)  # the caller wipes it


def _newer_version() -> VaultCorrupt:
    return VaultCorrupt(N_("Errors", "The vault key file is from a newer version of Roundtable."))


@dataclass
class KeyFile:
    vault_id: str
    kdf: kdf.KdfParams
    salt: bytes
    slots: list[bytes] = field(default_factory=lambda: [_random_slot() for _ in range(SLOT_COUNT)])
    norm: int = CURRENT_NORM
    # A format-1 file read from disk, kept until an unlock migrates it.
    legacy: KeyFileV1 | None = field(default=None, compare=False, repr=False)
    # Set when an unlock migrated or upgraded the file in memory: the caller, holding the vault
    # lock, writes it back (`app.vault`).
    upgraded: bool = field(default=False, compare=False)

    # --- serialisation -----------------------------------------------------------------------
    def associated_data(self) -> bytes:
        doc = {"format": FORMAT, "vault_id": self.vault_id}
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_bytes(self) -> bytes:
        if self.legacy is not None:
            raise ValueError("a format-1 key file is written only once migrated")
        doc = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "kdf": self.kdf.as_json(),
            "salt": _b64(self.salt),
            "norm": self.norm,
            "slots": [_b64(s) for s in self.slots],
        }
        return (json.dumps(doc, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, untrusted: bytes) -> KeyFile:
        if len(untrusted) > MAX_FILE_BYTES:
            raise KeyFileCorrupt()
        try:
            doc = json.loads(untrusted.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise KeyFileCorrupt() from None
        if not isinstance(doc, dict):
            raise KeyFileCorrupt()
        if doc.get("format") == FORMAT_V1:
            old = KeyFileV1.from_bytes(untrusted)
            return cls(old.vault_id, old.kdf, old.salt, norm=CURRENT_NORM, legacy=old)
        if doc.get("format") != FORMAT:
            if str(doc.get("format", "")).startswith("roundtable-vault-key/"):
                raise _newer_version()
            raise KeyFileCorrupt()
        if set(doc) != {"format", "vault_id", "kdf", "salt", "norm", "slots"}:
            raise KeyFileCorrupt()
        vault_id, kdf_doc, slots_doc, norm = (
            doc["vault_id"],
            doc["kdf"],
            doc["slots"],
            doc["norm"],
        )
        if not isinstance(vault_id, str) or not isinstance(kdf_doc, dict):
            raise KeyFileCorrupt()
        try:
            uuid.UUID(vault_id)
        except ValueError:
            raise KeyFileCorrupt() from None
        if type(norm) is not int or norm < NORM_NFC:
            raise KeyFileCorrupt()
        if norm > CURRENT_NORM:
            raise _newer_version()
        if not isinstance(slots_doc, list) or len(slots_doc) != SLOT_COUNT:
            raise KeyFileCorrupt()
        values = [kdf_doc.get(k) for k in ("t", "m_kib", "p")]
        if not all(type(v) is int for v in values) or set(kdf_doc) != {"alg", "t", "m_kib", "p"}:
            raise KeyFileCorrupt()
        params = kdf.KdfParams(t=values[0], m_kib=values[1], p=values[2], alg=kdf_doc["alg"])
        params.validate()
        slots = [_unb64(s, SLOT_BYTES) for s in slots_doc]
        return cls(vault_id, params, _unb64(doc["salt"], SALT_BYTES), slots, norm)

    # --- unlocking ---------------------------------------------------------------------------
    def stretch(self, passphrase: str, norm: int | None = None) -> KeyBuffer:
        # argon2-cffi returns immutable bytes: copied into a wipeable buffer, then dropped.
        return KeyBuffer.copy_of(
            kdf.derive(
                normalise_passphrase(passphrase, self.norm if norm is None else norm),
                self.salt,
                self.kdf,
            )
        )

    def open_with_passphrase(
        self, passphrase: str, *, device_secret: Secret | None = None
    ) -> Opened:
        """The slot this passphrase opens (passphrase or duress), else WrongPassphrase.

        One Argon2id derivation; with a device secret, the device-bound key is tried too."""
        if self.legacy is not None:
            return self._migrate_with_passphrase(passphrase)
        with self.stretch(passphrase) as stretched:
            keys = [_hkdf(stretched.buffer, _INFO_PASSPHRASE)]
            # A keyring entry of another length (damaged) opens nothing, like a wrong one.
            if device_secret is not None and len(_raw(device_secret)) == DEVICE_SECRET_BYTES:
                with KeyBuffer(len(stretched.buffer) + DEVICE_SECRET_BYTES) as both:
                    both.buffer[: len(stretched.buffer)] = stretched.buffer
                    both.buffer[len(stretched.buffer) :] = _device(device_secret)
                    keys.append(_hkdf(both.buffer, _INFO_DEVICE))
        found = self._try_every_slot(keys, (Role.PASSPHRASE, Role.DURESS), reseal=Role.PASSPHRASE)
        if found is None:
            raise WrongPassphrase()
        return found

    def open_with_recovery(self, secret: Secret) -> Opened:
        """The slot a recovery key or a SLIP-39 master secret opens, else WrongRecoveryKey.

        A format-1 recovery slot carried into format 2 (docs/key-file.md) is tried too."""
        if self.legacy is not None:
            data_key = self.legacy.unlock_with_recovery_key(secret)  # raises WrongRecoveryKey
            return Opened(Role.RECOVERY, DB_MAIN, POS_RECOVERY, data_key)
        keys = [_hkdf(_raw(secret), _INFO_RECOVERY)]
        found = self._try_every_slot(keys, (Role.RECOVERY,))
        legacy = self._try_v1_recovery(secret)
        if found is None and legacy is not None:
            found = legacy
        elif legacy is not None:
            legacy.data_key.wipe()
        if found is None:
            raise WrongRecoveryKey()
        return found

    def _try_every_slot(
        self, keys: list[KeyBuffer], roles: tuple[Role, ...], reseal: Role | None = None
    ) -> Opened | None:
        """Every key against every slot, no early exit: the first slot that opens wins.

        A slot of role `reseal` that opens is sealed again in memory under a fresh nonce: every
        passphrase unlock then changes slot 0, as a duress unlock (which clears it) does, and
        the caller writes the file back in both cases (`app.vault`)."""
        found: Opened | None = None
        opener: AESGCM | None = None
        ad = self.associated_data()
        plain = KeyBuffer(_PLAIN_BYTES)
        try:
            ciphers = [AESGCM(k.buffer) for k in keys]  # AESGCM keeps its own copy (key_buffer)
            for position, slot in enumerate(self.slots):
                for cipher in ciphers:
                    try:
                        cipher.decrypt_into(
                            slot[:NONCE_BYTES], slot[NONCE_BYTES:], ad, plain.buffer
                        )
                    except InvalidTag:
                        continue
                    if found is None:
                        found = self._opened(plain, position, roles)
                        opener = cipher
            if found is not None and opener is not None and found.role is reseal:
                plain.buffer[:_HEAD_BYTES] = bytes([int(found.role), found.db, 0, 0])
                plain.buffer[_HEAD_BYTES:] = found.data_key.buffer
                nonce = secrets.token_bytes(NONCE_BYTES)
                self.slots[found.position] = nonce + opener.encrypt(nonce, plain.buffer, ad)
        finally:
            plain.wipe()
            for k in keys:
                k.wipe()
        return found

    @staticmethod
    def _opened(plain: KeyBuffer, position: int, roles: tuple[Role, ...]) -> Opened | None:
        role, db, r1, r2 = plain.buffer[:_HEAD_BYTES]
        if role not in {r.value for r in Role} or db not in (DB_MAIN, DB_B) or r1 or r2:
            raise KeyFileCorrupt()  # authentic yet malformed: not something we wrote
        if position not in _POSITIONS[Role(role)]:
            raise KeyFileCorrupt()  # moved from where we wrote it
        if Role(role) not in roles:
            return None
        data_key = KeyBuffer.copy_of(memoryview(plain.buffer)[_HEAD_BYTES:])
        return Opened(Role(role), db, position, data_key)

    def _try_v1_recovery(self, secret: Secret) -> Opened | None:
        header = json.dumps(
            {"format": FORMAT_V1, "slot": "recovery", "vault_id": self.vault_id},
            sort_keys=True,
            separators=(",", ":"),
        ).encode("utf-8")
        found: Opened | None = None
        data_key = KeyBuffer(DATA_KEY_BYTES)
        with _hkdf(_raw(secret), _V1_INFO_RECOVERY) as key:
            cipher = AESGCM(key.buffer)
            for position, slot in enumerate(self.slots):
                try:
                    cipher.decrypt_into(
                        slot[:NONCE_BYTES],
                        slot[NONCE_BYTES:_V1_SLOT_BYTES],
                        header,
                        data_key.buffer,
                    )
                except InvalidTag:
                    continue
                if found is None:
                    found = Opened(
                        Role.RECOVERY, DB_MAIN, position, KeyBuffer.copy_of(data_key.buffer)
                    )
        data_key.wipe()
        return found

    # --- writing slots -----------------------------------------------------------------------
    def put(
        self, position: int, role: Role, db: int, slot_key: KeyBuffer, data_key: Secret
    ) -> None:
        """Seal `data_key` for database `db` at `position` under `slot_key` (wiped here)."""
        if position not in _POSITIONS[role] or db not in (DB_MAIN, DB_B):
            raise ValueError("no such slot or database for this role")
        nonce = secrets.token_bytes(NONCE_BYTES)
        with KeyBuffer(_PLAIN_BYTES) as plain, slot_key:
            plain.buffer[:_HEAD_BYTES] = bytes([int(role), db, 0, 0])
            plain.buffer[_HEAD_BYTES:] = _sized(data_key, DATA_KEY_BYTES)
            sealed = AESGCM(slot_key.buffer).encrypt(nonce, plain.buffer, self.associated_data())
        self.slots[position] = nonce + sealed

    def clear(self, position: int) -> None:
        """Forget what `position` held: fresh random bytes, like every unused slot."""
        self.slots[position] = _random_slot()

    def set_passphrase(
        self,
        passphrase: str,
        data_key: Secret,
        *,
        role: Role = Role.PASSPHRASE,
        position: int = POS_PASSPHRASE,
        db: int = DB_MAIN,
        device_secret: Secret | None = None,
    ) -> None:
        """Seal `data_key` under a passphrase with this file's salt and KDF settings, which
        every passphrase-derived slot shares (so the duress slot survives a passphrase change
        and one derivation opens any of them)."""
        self._require_migrated()
        with self.stretch(passphrase) as stretched:
            if device_secret is None:
                key = _hkdf(stretched.buffer, _INFO_PASSPHRASE)
            else:
                with KeyBuffer(len(stretched.buffer) + DEVICE_SECRET_BYTES) as both:
                    both.buffer[: len(stretched.buffer)] = stretched.buffer
                    both.buffer[len(stretched.buffer) :] = _device(device_secret)
                    key = _hkdf(both.buffer, _INFO_DEVICE)
        self.put(position, role, db, key, data_key)

    def set_recovery(
        self, secret: Secret, data_key: Secret, *, db: int = DB_MAIN, position: int = POS_RECOVERY
    ) -> None:
        self._require_migrated()
        self.put(position, Role.RECOVERY, db, _hkdf(_raw(secret), _INFO_RECOVERY), data_key)

    def reset_kdf(self, params: kdf.KdfParams) -> None:
        """New KDF settings and salt: every passphrase-derived slot (passphrase, duress) stops
        opening and is cleared; the caller seals the passphrase again."""
        self._require_migrated()
        self.kdf = params
        self.salt = secrets.token_bytes(16)
        self.norm = CURRENT_NORM
        self.clear(POS_PASSPHRASE)
        self.clear(POS_DURESS)

    # --- format 1 ----------------------------------------------------------------------------
    def _take_format_2_salt(self) -> None:
        """Format 1 allowed 16 to 64 bytes of salt, format 2 has exactly 16: another length gets
        a fresh salt (one more derivation, once), never a file that format 2 cannot read."""
        if len(self.salt) != SALT_BYTES:
            self.salt = secrets.token_bytes(SALT_BYTES)

    def _require_migrated(self) -> None:
        if self.legacy is not None:
            raise ValueError("unlock a format-1 key file (which migrates it) before changing it")

    def _migrate_with_passphrase(self, passphrase: str) -> Opened:
        """Open the format-1 file, then become format 2: the passphrase sealed afresh at slot 0
        (same salt and KDF settings), the format-1 recovery slot carried into slot 1 as it is
        (its key is not known here; docs/key-file.md), every other slot random."""
        legacy = self.legacy
        if legacy is None:
            raise ValueError("not a format-1 key file")
        data_key = legacy.unlock_with_passphrase(passphrase)  # raises WrongPassphrase
        self.legacy = None
        self.norm = CURRENT_NORM
        self._take_format_2_salt()
        self.slots = [_random_slot() for _ in range(SLOT_COUNT)]
        old_recovery = next((s for s in legacy.slots if s.type == "recovery"), None)
        if old_recovery is not None:
            self.slots[POS_RECOVERY] = (
                old_recovery.nonce + old_recovery.wrapped + os.urandom(SLOT_BYTES - _V1_SLOT_BYTES)
            )
        self.set_passphrase(passphrase, data_key)
        self.upgraded = True
        return Opened(Role.PASSPHRASE, DB_MAIN, POS_PASSPHRASE, data_key)

    def migrate_after_recovery(self, recovery: Secret, data_key: Secret) -> None:
        """A format-1 file opened with its recovery key becomes format 2 holding that recovery
        key; the caller then seals a new passphrase (the old one is not known here)."""
        if self.legacy is None:
            return
        self.legacy = None
        self.norm = CURRENT_NORM
        self._take_format_2_salt()
        self.slots = [_random_slot() for _ in range(SLOT_COUNT)]
        self.set_recovery(recovery, data_key)
        self.upgraded = True


def _random_slot() -> bytes:
    return os.urandom(SLOT_BYTES)


def new_keyfile(params: kdf.KdfParams) -> KeyFile:
    return KeyFile(str(uuid.uuid4()), params, secrets.token_bytes(16))


def read_keyfile(path: Path) -> KeyFile:
    try:
        untrusted = path.read_bytes()
    except FileNotFoundError:
        raise VaultNotFound() from None
    except OSError:
        raise KeyFileCorrupt() from None
    return KeyFile.from_bytes(untrusted)


def write_keyfile(path: Path, keyfile: KeyFile) -> None:
    write_private_atomic(path, keyfile.to_bytes())


def new_data_key() -> KeyBuffer:
    # token_bytes' own bytes object is dropped at once; only the buffer is kept and wiped.
    return KeyBuffer.copy_of(secrets.token_bytes(DATA_KEY_BYTES))
