"""Short fingerprints people compare aloud, and their QR code (DESIGN §4).

30 decimal digits in six groups of five, like one party's half of a Signal safety number
(about 100 bits: far beyond a second-preimage search). Digits read the same in every language.
"""

from __future__ import annotations

import hashlib
import hmac
import io

_LABEL = b"roundtable-fingerprint/v1\x00"
GROUPS = 6


def fingerprint(key_id: bytes, sign_public: bytes) -> str:
    """Of the signing key alone: a card's age recipient is signed by that key, so it is covered
    too, and an auditor holding only the `.pub` file sees the same fingerprint."""
    digest = hashlib.sha256(_LABEL + key_id + sign_public).digest()
    groups = [int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 100000 for i in range(GROUPS)]
    return " ".join(f"{g:05d}" for g in groups)


def normalise(text: str) -> str:
    """What the user typed or read back, digits only."""
    return "".join(ch for ch in text if ch.isdigit())


def same_fingerprint(a: str, b: str) -> bool:
    return hmac.compare_digest(normalise(a).encode(), normalise(b).encode())


def qr_svg(text: str, scale: int = 4) -> bytes:
    import segno  # only where a QR code is drawn: `verify` and other commands never need it

    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="svg", scale=scale, xmldecl=False)
    return out.getvalue()


def qr_png(text: str, scale: int = 6) -> bytes:
    import segno

    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="png", scale=scale)
    return out.getvalue()
