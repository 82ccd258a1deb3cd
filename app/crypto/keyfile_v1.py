"""`vault.key` format 1, read only: migrated to format 2 (`app.crypto.keyfile`, docs/key-file.md)
by the first unlock that can. Kept whole so every format-1 file keeps opening.

Format (JSON):

    {"format": "roundtable-vault-key/1", "vault_id": "<uuid>",
     "kdf": {"alg": "argon2id", "t": 3, "m_kib": 262144, "p": 4}, "salt": "<b64, 16..64 bytes>",
     "slots": [{"type": "passphrase" | "recovery" | "device", "nonce": "<b64 12>",
                "wrapped": "<b64 48>", "norm": 2}]}

`norm` (passphrase slots only) names the passphrase normalisation the slot was made with
(`app.crypto.passphrase`); a slot without it was made with version 1 (NFC only), and is
re-wrapped under the current version the next time it opens (docs/passphrases.md).

Each slot wraps the 32-byte data key with AES-256-GCM. Its key is HKDF-SHA256 over the slot's
secret (Argon2id of the passphrase with `salt`; the recovery key; the device key) with a label
naming the slot type; the associated data is the canonical JSON of format, vault id and slot type
(plus KDF settings and salt for the passphrase slot), so a slot cannot be moved to another vault
or relabelled. A wrong secret fails the GCM tag before
the database is touched.

Key material (slot keys, the unwrapped data key) lives in `KeyBuffer`s that the callers wipe;
see `app.crypto.key_buffer` for the copies that cannot be wiped.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import uuid
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.crypto import kdf
from app.crypto.key_buffer import KeyBuffer
from app.crypto.passphrase import CURRENT_NORM, NORM_NFC, normalise_passphrase
from app.errors import VaultCorrupt, WrongPassphrase, WrongRecoveryKey
from app.i18n import N_

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
    norm: int = NORM_NFC  # passphrase slots: the normalisation version of their secret


Secret = bytes | bytearray | KeyBuffer


def _raw(secret: Secret) -> bytes | bytearray:
    return secret.buffer if isinstance(secret, KeyBuffer) else secret


@dataclass
class KeyFileV1:
    vault_id: str
    kdf: kdf.KdfParams
    salt: bytes
    slots: list[Slot] = field(default_factory=list)
    # Set when an unlock re-wrapped an old passphrase slot in memory: the caller, holding the
    # vault lock, writes the key file back (`app.vault`).
    upgraded: bool = field(default=False, compare=False)

    # --- serialisation -----------------------------------------------------------------------
    def header(self, slot_type: str, norm: int = NORM_NFC) -> bytes:
        """Associated data of a slot. The KDF settings and salt bind only the passphrase slot,
        so a passphrase change (new salt) leaves the recovery and device slots valid. The
        normalisation version is bound from version 2 on (version 1 slots predate it)."""
        doc: dict[str, object] = {"format": FORMAT, "slot": slot_type, "vault_id": self.vault_id}
        if slot_type == "passphrase":
            doc["kdf"] = self.kdf.as_json()
            doc["salt"] = _b64(self.salt)
            if norm != NORM_NFC:
                doc["norm"] = norm
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "kdf": self.kdf.as_json(),
            "salt": _b64(self.salt),
            "slots": [_slot_json(s) for s in self.slots],
        }
        return (json.dumps(doc, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, untrusted: bytes) -> KeyFileV1:
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
            norm = s.get("norm", NORM_NFC)
            if type(norm) is not int or (s["type"] != "passphrase" and "norm" in s):
                raise KeyFileCorrupt()
            if not NORM_NFC <= norm <= CURRENT_NORM:
                raise VaultCorrupt(
                    N_("Errors", "The vault key file is from a newer version of Roundtable.")
                )
            slots.append(
                Slot(
                    type=s["type"],
                    nonce=_unb64(s.get("nonce"), range(12, 13)),
                    wrapped=_unb64(s.get("wrapped"), range(48, 49)),
                    norm=norm,
                )
            )
        return cls(vault_id, params, _unb64(doc.get("salt"), range(16, 65)), slots)

    # --- slots -------------------------------------------------------------------------------
    def _slot_key(self, slot_type: str, secret: Secret) -> KeyBuffer:
        key = KeyBuffer(32)
        HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=None,
            info=b"roundtable/v1 vault.key slot=" + slot_type.encode("ascii"),
        ).derive_into(_raw(secret), key.buffer)
        return key

    def set_slot(
        self, slot_type: str, secret: Secret, data_key: Secret, *, norm: int = CURRENT_NORM
    ) -> None:
        """Wrap `data_key` under `secret` (already stretched for passphrases), replacing any
        slot of the same type. `norm`: the normalisation a passphrase was stretched with."""
        norm = norm if slot_type == "passphrase" else NORM_NFC
        nonce = secrets.token_bytes(12)
        with self._slot_key(slot_type, secret) as key:
            # AESGCM keeps its own copy of the key, which Python cannot wipe (key_buffer.py).
            wrapped = AESGCM(key.buffer).encrypt(
                nonce, _raw(data_key), self.header(slot_type, norm)
            )
        self.slots = [s for s in self.slots if s.type != slot_type]
        self.slots.append(Slot(slot_type, nonce, wrapped, norm))

    def open_slot(self, slot_type: str, secret: Secret) -> KeyBuffer | None:
        """The data key, or None if `secret` is wrong (or the slot absent or tampered)."""
        for slot in self.slots:
            if slot.type != slot_type:
                continue
            data_key = KeyBuffer(DATA_KEY_BYTES)
            try:
                with self._slot_key(slot_type, secret) as key:
                    AESGCM(key.buffer).decrypt_into(
                        slot.nonce, slot.wrapped, self.header(slot_type, slot.norm), data_key.buffer
                    )
                return data_key
            except InvalidTag:
                data_key.wipe()
                return None
        return None

    def _slot(self, slot_type: str) -> Slot | None:
        return next((s for s in self.slots if s.type == slot_type), None)

    def has_slot(self, slot_type: str) -> bool:
        return any(s.type == slot_type for s in self.slots)

    # --- passphrase and recovery -------------------------------------------------------------
    def stretch(self, passphrase: str, norm: int = CURRENT_NORM) -> KeyBuffer:
        # argon2-cffi returns immutable bytes: copied into a wipeable buffer, then dropped.
        return KeyBuffer.copy_of(
            kdf.derive(normalise_passphrase(passphrase, norm), self.salt, self.kdf)
        )

    def unlock_with_passphrase(self, passphrase: str) -> KeyBuffer:
        """The data key. A slot made with an older normalisation is tried as it was made, then
        (if that spells the passphrase differently) with the current one, and re-wrapped under
        the current one in memory (`upgraded`): the next unlock accepts every way of typing it.
        """
        slot = self._slot("passphrase")
        if slot is None:
            raise WrongPassphrase()
        norms = [slot.norm]
        if slot.norm != CURRENT_NORM and normalise_passphrase(
            passphrase, CURRENT_NORM
        ) != normalise_passphrase(passphrase, slot.norm):
            norms.append(CURRENT_NORM)
        for norm in norms:
            with self.stretch(passphrase, norm) as stretched:
                data_key = self.open_slot("passphrase", stretched)
                if data_key is None:
                    continue
                if slot.norm != CURRENT_NORM:
                    if norm == CURRENT_NORM:
                        self.set_slot("passphrase", stretched, data_key, norm=CURRENT_NORM)
                    else:
                        with self.stretch(passphrase, CURRENT_NORM) as current:
                            self.set_slot("passphrase", current, data_key, norm=CURRENT_NORM)
                    self.upgraded = True
                return data_key
        raise WrongPassphrase()

    def unlock_with_recovery_key(self, recovery_key: Secret) -> KeyBuffer:
        data_key = self.open_slot("recovery", recovery_key)
        if data_key is None:
            raise WrongRecoveryKey()
        return data_key

    def set_passphrase(self, passphrase: str, data_key: Secret, params: kdf.KdfParams) -> None:
        """Wrap the data key under a new passphrase with a fresh salt; other slots stay valid."""
        self.kdf = params
        self.salt = secrets.token_bytes(16)
        with self.stretch(passphrase) as stretched:
            self.set_slot("passphrase", stretched, data_key, norm=CURRENT_NORM)


def _slot_json(slot: Slot) -> dict[str, object]:
    doc: dict[str, object] = {
        "type": slot.type,
        "nonce": _b64(slot.nonce),
        "wrapped": _b64(slot.wrapped),
    }
    if slot.type == "passphrase" and slot.norm != NORM_NFC:
        doc["norm"] = slot.norm
    return doc
