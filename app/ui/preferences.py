"""The few settings the app keeps outside the vault, all of them non-sensitive.

Only preferences live here: auto-lock minutes, default redaction policy, language, zoom and the last
vault FOLDER. Never vault content, recent files or window state that could reveal any.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.domain.values import RedactionPolicy
from app.ui.language import LANGUAGES, system_language
from app.ui.zoom import DEFAULT_ZOOM, clamp_zoom

DEFAULT_AUTO_LOCK_MINUTES = 5


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings()

    @property
    def auto_lock_minutes(self) -> int:
        value = self._s.value("lock/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        try:
            minutes = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES
        return min(max(minutes, 1), 240)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._s.setValue("lock/auto_lock_minutes", int(minutes))

    @property
    def redaction_policy(self) -> RedactionPolicy:
        value = str(self._s.value("export/redaction_policy", RedactionPolicy.PARTNERS.value))
        try:
            return RedactionPolicy(value)
        except ValueError:
            return RedactionPolicy.PARTNERS

    @redaction_policy.setter
    def redaction_policy(self, policy: RedactionPolicy) -> None:
        self._s.setValue("export/redaction_policy", RedactionPolicy(policy).value)

    @property
    def language(self) -> str:
        """The chosen language; until one is chosen, the OS language (Khmer or English)."""
        value = str(self._s.value("ui/language", ""))
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("ui/language", code if code in LANGUAGES else "en")

    @property
    def zoom_percent(self) -> int:
        try:
            return clamp_zoom(int(self._s.value("ui/zoom_percent", DEFAULT_ZOOM)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_ZOOM

    @zoom_percent.setter
    def zoom_percent(self, percent: int) -> None:
        self._s.setValue("ui/zoom_percent", clamp_zoom(percent))

    @property
    def last_vault_folder(self) -> Path | None:
        value = self._s.value("vault/last_folder", "")
        return Path(str(value)) if value else None

    @last_vault_folder.setter
    def last_vault_folder(self, folder: Path) -> None:
        self._s.setValue("vault/last_folder", str(folder))

    def sync(self) -> None:
        self._s.sync()
