"""`vault.key`: the data key wrapped in slots (DESIGN §2).

Format (JSON, written atomically 0600):

    {"format": "roundtable-vault-key/1", "vault_id": "<uuid>",
     "kdf": {"alg": "argon2id", "t": 3, "m_kib": 262144, "p": 4}, "salt": "<b64, 16..64 bytes>",
     "slots": [{"type": "passphrase" | "recovery" | "device", "nonce": "<b64 12>",
                "wrapped": "<b64 48>"}]}

Each slot wraps the 32-byte data key with AES-256-GCM. Its key is HKDF-SHA256 over the slot's
secret (Argon2id of the passphrase with `salt`; the recovery key; the device key) with a label
naming the slot type; the associated data is the canonical JSON of format, vault id and slot type
(plus KDF settings and salt for the passphrase slot), so a slot cannot be moved to another vault
or relabelled. A wrong secret fails the GCM tag before
the database is touched.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.crypto import kdf
from app.crypto.passphrase import normalise_passphrase
from app.errors import VaultCorrupt, VaultNotFound, WrongPassphrase, WrongRecoveryKey
from app.i18n import N_
from app.storage.files import write_private_atomic

FORMAT = "roundtable-vault-key/1"
SLOT_TYPES = ("passphrase", "recovery", "device")
DATA_KEY_BYTES = 32
MAX_FILE_BYTES = 64 * 1024


class KeyFileCorrupt(VaultCorrupt):
    message = "The vault key file (vault.key) is damaged."


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, lengths: range) -> bytes:
    if not isinstance(value, str):
        raise KeyFileCorrupt()
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileCorrupt() from None
    if len(raw) not in lengths:
        raise KeyFileCorrupt()
    return raw


@dataclass
class Slot:
    type: str
    nonce: bytes
    wrapped: bytes


@dataclass
class KeyFile:
    vault_id: str
    kdf: kdf.KdfParams
    salt: bytes
    slots: list[Slot] = field(default_factory=list)

    # --- serialisation -----------------------------------------------------------------------
    def header(self, slot_type: str) -> bytes:
        """Associated data of a slot. The KDF settings and salt bind only the passphrase slot,
        so a passphrase change (new salt) leaves the recovery and device slots valid."""
        doc: dict[str, object] = {"format": FORMAT, "slot": slot_type, "vault_id": self.vault_id}
        if slot_type == "passphrase":
            doc["kdf"] = self.kdf.as_json()
            doc["salt"] = _b64(self.salt)
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "kdf": self.kdf.as_json(),
            "salt": _b64(self.salt),
            "slots": [
                {"type": s.type, "nonce": _b64(s.nonce), "wrapped": _b64(s.wrapped)}
                for s in self.slots
            ],
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
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            if isinstance(doc, dict) and str(doc.get("format", "")).startswith(
                "roundtable-vault-key/"
            ):
                raise VaultCorrupt(
                    N_("Errors", "The vault key file is from a newer version of Roundtable.")
                )
            raise KeyFileCorrupt()
        vault_id = doc.get("vault_id")
        kdf_doc = doc.get("kdf")
        slots_doc = doc.get("slots")
        if not isinstance(vault_id, str) or not isinstance(kdf_doc, dict):
            raise KeyFileCorrupt()
        try:
            uuid.UUID(vault_id)
        except ValueError:
            raise KeyFileCorrupt() from None
        if not isinstance(slots_doc, list) or not 1 <= len(slots_doc) <= 16:
            raise KeyFileCorrupt()
        values = [kdf_doc.get(k) for k in ("t", "m_kib", "p")]
        if not all(type(v) is int for v in values) or set(kdf_doc) != {"alg", "t", "m_kib", "p"}:
            raise KeyFileCorrupt()
        params = kdf.KdfParams(t=values[0], m_kib=values[1], p=values[2], alg=kdf_doc["alg"])
        params.validate()
        slots = []
        for s in slots_doc:
            if not isinstance(s, dict) or s.get("type") not in SLOT_TYPES:
                raise KeyFileCorrupt()
            slots.append(
                Slot(
                    type=s["type"],
                    nonce=_unb64(s.get("nonce"), range(12, 13)),
                    wrapped=_unb64(s.get("wrapped"), range(48, 49)),
                )
            )
        return cls(vault_id, params, _unb64(doc.get("salt"), range(16, 65)), slots)

    # --- slots -------------------------------------------------------------------------------
    def _slot_key(self, slot_type: str, secret: bytes) -> bytes:
        return HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=None,
            info=b"roundtable/v1 vault.key slot=" + slot_type.encode("ascii"),
        ).derive(secret)

    def set_slot(self, slot_type: str, secret: bytes, data_key: bytes) -> None:
        """Wrap `data_key` under `secret` (already stretched for passphrases), replacing any
        slot of the same type."""
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(self._slot_key(slot_type, secret)).encrypt(
            nonce, data_key, self.header(slot_type)
        )
        self.slots = [s for s in self.slots if s.type != slot_type]
        self.slots.append(Slot(slot_type, nonce, wrapped))

    def open_slot(self, slot_type: str, secret: bytes) -> bytes | None:
        """The data key, or None if `secret` is wrong (or the slot absent or tampered)."""
        for slot in self.slots:
            if slot.type != slot_type:
                continue
            try:
                return AESGCM(self._slot_key(slot_type, secret)).decrypt(
                    slot.nonce, slot.wrapped, self.header(slot_type)
                )
            except InvalidTag:
                return None
        return None

    def has_slot(self, slot_type: str) -> bool:
        return any(s.type == slot_type for s in self.slots)

    # --- passphrase and recovery -------------------------------------------------------------
    def stretch(self, passphrase: str) -> bytes:
        return kdf.derive(normalise_passphrase(passphrase), self.salt, self.kdf)

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        data_key = self.open_slot("passphrase", self.stretch(passphrase))
        if data_key is None:
            raise WrongPassphrase()
        return data_key

    def unlock_with_recovery_key(self, recovery_key: bytes) -> bytes:
        data_key = self.open_slot("recovery", recovery_key)
        if data_key is None:
            raise WrongRecoveryKey()
        return data_key

    def set_passphrase(self, passphrase: str, data_key: bytes, params: kdf.KdfParams) -> None:
        """Wrap the data key under a new passphrase with a fresh salt; other slots stay valid."""
        self.kdf = params
        self.salt = secrets.token_bytes(16)
        self.set_slot("passphrase", self.stretch(passphrase), data_key)


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


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)
