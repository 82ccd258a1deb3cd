"""The recovery key: 160 random bits shown once, as eight groups of four base32 characters."""

from __future__ import annotations

import base64
import secrets

from app.errors import WrongRecoveryKey

RECOVERY_BYTES = 20
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_key() -> bytes:
    return secrets.token_bytes(RECOVERY_BYTES)


def format_recovery_key(key: bytes) -> str:
    text = base64.b32encode(key).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accept what a person types back: any case, spaces or dashes, 0/1/8 for O/I/B."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(cleaned) != 32:
        raise WrongRecoveryKey()
    try:
        return base64.b32decode(cleaned)
    except ValueError:
        raise WrongRecoveryKey() from None
