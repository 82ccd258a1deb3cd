"""Passphrase strength: refuse weak ones with a reason a person can act on."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.crypto.khmer_order import canonical
from app.crypto.passphrase_feedback import DEFAULT_HINT, EASY_TO_GUESS, TOO_SHORT

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attack"
# zxcvbn is quadratic in length and refuses input over 72 characters (ValueError): a longer
# passphrase is judged on its prefix.
_MAX_CHECKED = 72


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    # One English sentence each, marked in app/crypto/passphrase_feedback.py: shown translated
    # under its context "PassphraseFeedback".
    reason: str  # why it is refused, or "" when acceptable
    hint: str  # one suggestion; "" only when acceptable


# Passphrase slots record the normalisation they were made with (docs/passphrases.md):
# 1 = NFC only (key files made before version 2 have no number and mean 1), 2 = `canonical`.
NORM_NFC = 1
NORM_CANONICAL = 2
CURRENT_NORM = NORM_CANONICAL


def normalise_passphrase(passphrase: str, version: int = CURRENT_NORM) -> bytes:
    """Same bytes for the same passphrase typed on any keyboard or OS (docs/passphrases.md)."""
    if version == NORM_NFC:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    if version == NORM_CANONICAL:
        return canonical(passphrase).encode("utf-8")
    raise ValueError(f"unknown passphrase normalisation {version}")


def assess(passphrase: str, context: tuple[str, ...] = ()) -> Strength:
    # Judged as it will be used: zero-width characters must not count towards the length.
    passphrase = canonical(passphrase)
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, False, TOO_SHORT, DEFAULT_HINT)
    # Imported here: opening a vault normalises a passphrase but never judges one, and zxcvbn
    # takes longer to load than a command line export of a meeting takes to run.
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=[c for c in context if c])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    hint = (feedback.get("suggestions") or [""])[0]
    if score < MIN_SCORE:
        reason = feedback.get("warning") or EASY_TO_GUESS
        return Strength(score, False, reason, hint or DEFAULT_HINT)
    return Strength(score, True, "", hint)
