"""Attendance figures in the words the reference reports use: "51% women, 49% men"."""

from __future__ import annotations

from app.domain.meeting_detail import GenderBalance
from app.domain.values import OrgKind

_ORDER = ("woman", "man", "non_binary", "undisclosed", "unspecified")
_WORDS = {  # singular, plural
    "woman": ("woman", "women"),
    "man": ("man", "men"),
    "non_binary": ("non-binary", "non-binary"),
    "undisclosed": ("undisclosed", "undisclosed"),
    "unspecified": ("not stated", "not stated"),
}


def _keys(balance: GenderBalance) -> list[str]:
    known = [k for k in _ORDER if balance.counts.get(k)]
    return known + sorted(k for k in balance.counts if k not in _ORDER and balance.counts[k])


def percent_text(balance: GenderBalance) -> str:
    """'51% women, 49% men' (empty when nobody attended)."""
    if not balance.total:
        return ""
    return ", ".join(f"{balance.percent(k)}% {_WORDS.get(k, (k, k))[1]}" for k in _keys(balance))


def count_text(balance: GenderBalance) -> str:
    """'20 women, 19 men'."""
    parts = []
    for k in _keys(balance):
        n = balance.counts[k]
        singular, plural = _WORDS.get(k, (k, k))
        parts.append(f"{n} {singular if n == 1 else plural}")
    return ", ".join(parts)


def kind_text(by_kind: dict[str, int]) -> str:
    """'NGO 5, Union 2, Embassy 1', largest first."""

    def label(kind: str) -> str:
        try:
            return OrgKind(kind).label
        except ValueError:
            return kind.replace("_", " ").capitalize()

    ordered = sorted(by_kind.items(), key=lambda kv: (-kv[1], label(kv[0])))
    return ", ".join(f"{label(k)} {n}" for k, n in ordered)


def summary_text(balance: GenderBalance) -> str:
    """'39 people — 51% women, 49% men (20 women, 19 men)'."""
    if not balance.total:
        return "Nobody recorded yet"
    people = "1 person" if balance.total == 1 else f"{balance.total} people"
    return f"{people} — {percent_text(balance)} ({count_text(balance)})"
