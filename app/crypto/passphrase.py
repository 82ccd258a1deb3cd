"""Passphrase strength: refuse weak ones with a reason a person can act on."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from zxcvbn import zxcvbn

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attack"
# zxcvbn is quadratic in length and refuses input over 72 characters (ValueError): a longer
# passphrase is judged on its prefix.
_MAX_CHECKED = 72


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    reason: str  # why it is refused, or "" when acceptable
    hint: str  # one suggestion, may be ""


def normalise_passphrase(passphrase: str) -> bytes:
    """Same bytes for the same passphrase typed on any keyboard or OS."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def assess(passphrase: str, context: tuple[str, ...] = ()) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, False, f"it is shorter than {MIN_LENGTH} characters", "Use a few words.")
    result = zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=[c for c in context if c])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    hint = (feedback.get("suggestions") or [""])[0]
    if score < MIN_SCORE:
        warning = feedback.get("warning") or "it is easy to guess"
        return Strength(score, False, warning.rstrip(".").lower(), hint)
    return Strength(score, True, "", hint)
