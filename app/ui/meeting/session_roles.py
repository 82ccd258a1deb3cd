"""The roles people have in a session: stored in English (reports and partners read them so),
shown in the interface's language (the attendance panel, a person's attendance history)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ROLES = [
    (QT_TRANSLATE_NOOP("AttendancePanel", "participant"), "participant"),
    (QT_TRANSLATE_NOOP("AttendancePanel", "speaker"), "speaker"),
    (QT_TRANSLATE_NOOP("AttendancePanel", "facilitator"), "facilitator"),
    (QT_TRANSLATE_NOOP("AttendancePanel", "observer"), "observer"),
    (QT_TRANSLATE_NOOP("AttendancePanel", "organiser"), "organiser"),
    (QT_TRANSLATE_NOOP("AttendancePanel", "resource person"), "resource person"),
]


def role_label(role: str) -> str:
    """A known role in the interface's language; anything typed is shown as typed."""
    for label, key in ROLES:
        if role.strip().casefold() == key:
            return QCoreApplication.translate("AttendancePanel", label)
    return role


def role_key(text: str) -> str:
    """What to store for `text` typed or picked: a known role's English key, else the text."""
    text = text.strip()
    for label, key in ROLES:
        shown = QCoreApplication.translate("AttendancePanel", label)
        if text.casefold() in (key, shown.casefold()):
            return key
    return text
