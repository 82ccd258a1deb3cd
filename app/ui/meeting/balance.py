"""Attendance figures in the words the reference reports use: "51% women, 49% men"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.meeting_detail import GenderBalance
from app.ui.models.directory import kind_label
from app.ui.numbers import counted, number

CONTEXT = "AttendanceBalance"
_ORDER = ("woman", "man", "non_binary", "undisclosed", "unspecified")
# Whole phrases, not words: languages place the number and the noun differently.
_PERCENT = {
    "woman": QT_TRANSLATE_NOOP("AttendanceBalance", "{percent}% women"),
    "man": QT_TRANSLATE_NOOP("AttendanceBalance", "{percent}% men"),
    "non_binary": QT_TRANSLATE_NOOP("AttendanceBalance", "{percent}% non-binary"),
    "undisclosed": QT_TRANSLATE_NOOP("AttendanceBalance", "{percent}% undisclosed"),
    "unspecified": QT_TRANSLATE_NOOP("AttendanceBalance", "{percent}% not stated"),
}
_COUNT = {  # one, several
    "woman": (
        QT_TRANSLATE_NOOP("AttendanceBalance", "1 woman"),
        QT_TRANSLATE_NOOP("AttendanceBalance", "{n} women"),
    ),
    "man": (
        QT_TRANSLATE_NOOP("AttendanceBalance", "1 man"),
        QT_TRANSLATE_NOOP("AttendanceBalance", "{n} men"),
    ),
    "non_binary": (
        QT_TRANSLATE_NOOP("AttendanceBalance", "1 non-binary"),
        QT_TRANSLATE_NOOP("AttendanceBalance", "{n} non-binary"),
    ),
    "undisclosed": (
        QT_TRANSLATE_NOOP("AttendanceBalance", "1 undisclosed"),
        QT_TRANSLATE_NOOP("AttendanceBalance", "{n} undisclosed"),
    ),
    "unspecified": (
        QT_TRANSLATE_NOOP("AttendanceBalance", "1 not stated"),
        QT_TRANSLATE_NOOP("AttendanceBalance", "{n} not stated"),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _list(parts: list[str]) -> str:
    return ", ".join(parts)


def _keys(balance: GenderBalance) -> list[str]:
    known = [k for k in _ORDER if balance.counts.get(k)]
    return known + sorted(k for k in balance.counts if k not in _ORDER and balance.counts[k])


def percent_text(balance: GenderBalance) -> str:
    """'51% women, 49% men' (empty when nobody attended)."""
    if not balance.total:
        return ""
    return _list(
        [
            _tr(_PERCENT.get(k, "{percent}% " + k)).format(percent=number(balance.percent(k)))
            for k in _keys(balance)
        ]
    )


def count_text(balance: GenderBalance) -> str:
    """'20 women, 19 men'."""
    parts = []
    for k in _keys(balance):
        n = balance.counts[k]
        one, several = _COUNT.get(k, ("1 " + k, "{n} " + k))
        parts.append(counted(_tr(one)) if n == 1 else _tr(several).format(n=number(n)))
    return _list(parts)


def kind_text(by_kind: dict[str, int]) -> str:
    """'NGO 5, Union 2, Embassy 1', largest first."""

    def label(kind: str) -> str:
        shown = kind_label(kind)
        return shown if shown != kind else kind.replace("_", " ").capitalize()

    ordered = sorted(by_kind.items(), key=lambda kv: (-kv[1], label(kv[0])))
    template = QCoreApplication.translate("AttendanceBalance", "{kind} {n}")
    return _list([template.format(kind=label(k), n=number(n)) for k, n in ordered])


def summary_text(balance: GenderBalance) -> str:
    """'39 people — 51% women, 49% men (20 women, 19 men)'."""
    if not balance.total:
        return QCoreApplication.translate("AttendanceBalance", "Nobody recorded yet")
    if balance.total == 1:
        people = counted(QCoreApplication.translate("AttendanceBalance", "1 person"))
    else:
        people = QCoreApplication.translate("AttendanceBalance", "{n} people").format(
            n=number(balance.total)
        )
    return QCoreApplication.translate(
        "AttendanceBalance", "{people} — {percent} ({counts})"
    ).format(people=people, percent=percent_text(balance), counts=count_text(balance))
