"""The few settings the app keeps outside the vault, all of them non-sensitive.

Only preferences live here: auto-lock minutes, locking with the computer, default redaction
policy, language, zoom, the last vault FOLDER (unless the user chose not to have it remembered),
the automatic-backup folder and when each vault (by its random id) was last backed up. Never
vault content, recent files or window state that could reveal any. In portable mode
(app/portable.py) the file lives beside the program, and so does Qt's own (the file dialogs'
QtProject settings).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from app import portable
from app.ui.language import LANGUAGES, system_language
from app.ui.zoom import DEFAULT_ZOOM, clamp_zoom

if TYPE_CHECKING:  # the first window has no use for the domain's enums
    from app.domain.values import RedactionPolicy

DEFAULT_AUTO_LOCK_MINUTES = 5
DEFAULT_BACKUP_KEEP = 5
DEFAULT_BACKUP_REMIND_DAYS = 7


def _make_private(settings: QSettings) -> None:
    """Create the settings folder 0700 and file 0600 before Qt writes them (it would use the
    umask, typically 0755/0644): the last vault folder is nobody else's business. Qt keeps an
    existing file's permissions when it rewrites it."""
    if sys.platform == "win32" or settings.format() not in (
        QSettings.Format.NativeFormat,
        QSettings.Format.IniFormat,
    ):
        return  # the registry, or nothing on disk
    path = Path(settings.fileName())
    with contextlib.suppress(OSError):
        missing = []
        probe = path.parent
        while not probe.exists():
            missing.append(probe)
            probe = probe.parent
        for folder in reversed(missing):
            os.mkdir(folder, 0o700)
        os.chmod(path.parent, 0o700)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)


def default_settings(portable_folder: Path | None = None) -> QSettings:
    """The user's settings; in portable mode (`portable_folder`, by default the running
    program's when it is portable) an INI file in `<folder>/config/`, where every other QSettings
    of this process (Qt's file dialogs) then goes too: nothing in the registry or ~/.config."""
    folder = portable_folder if portable_folder is not None else portable.portable_dir()
    if folder is None:
        return QSettings()
    config = portable.config_dir(folder)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # NativeFormat too: Qt's file dialogs ask for it. On Linux that moves them here; on Windows
    # and macOS it is the registry / a plist, which setPath cannot move (README: portable mode).
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(config))
    return QSettings(str(config / "roundtable.ini"), QSettings.Format.IniFormat)


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else default_settings()
        _make_private(self._s)

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
    def lock_with_computer(self) -> bool:
        """Lock the vault when the screen locks, the session switches or the computer sleeps."""
        value = self._s.value("lock/with_computer", True)
        if isinstance(value, str):  # INI files give text back
            return value.strip().lower() not in ("false", "0", "no", "off")
        return bool(value)

    @lock_with_computer.setter
    def lock_with_computer(self, on: bool) -> None:
        self._s.setValue("lock/with_computer", bool(on))

    @property
    def redaction_policy(self) -> RedactionPolicy:
        from app.domain.values import RedactionPolicy

        value = str(self._s.value("export/redaction_policy", RedactionPolicy.PARTNERS.value))
        try:
            return RedactionPolicy(value)
        except ValueError:
            return RedactionPolicy.PARTNERS

    @redaction_policy.setter
    def redaction_policy(self, policy: RedactionPolicy) -> None:
        from app.domain.values import RedactionPolicy

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
    def remember_vault_folder(self) -> bool:
        """Whether the last vault's folder is kept for the next start. Off: a vault opened from
        a USB stick leaves no path behind on the host."""
        return str(self._s.value("vault/remember_folder", "true")).lower() != "false"

    @remember_vault_folder.setter
    def remember_vault_folder(self, remember: bool) -> None:
        self._s.setValue("vault/remember_folder", "true" if remember else "false")
        if not remember:
            self._s.remove("vault/last_folder")

    @property
    def last_vault_folder(self) -> Path | None:
        if not self.remember_vault_folder:
            return None
        value = self._s.value("vault/last_folder", "")
        return Path(str(value)) if value else None

    @last_vault_folder.setter
    def last_vault_folder(self, folder: Path) -> None:
        if self.remember_vault_folder:
            self._s.setValue("vault/last_folder", str(folder))
        else:
            self._s.remove("vault/last_folder")

    # --- backups (issue 12): where automatic backups go and when the last one was made ------
    @property
    def backup_folder(self) -> Path | None:
        value = self._s.value("backup/folder", "")
        return Path(str(value)) if value else None

    @backup_folder.setter
    def backup_folder(self, folder: Path | None) -> None:
        self._s.setValue("backup/folder", str(folder) if folder else "")

    def _bounded(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self._s.value(key, default))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    @property
    def backup_keep(self) -> int:
        return self._bounded("backup/keep", DEFAULT_BACKUP_KEEP, 1, 100)

    @backup_keep.setter
    def backup_keep(self, count: int) -> None:
        self._s.setValue("backup/keep", min(max(int(count), 1), 100))

    @property
    def backup_remind_days(self) -> int:
        """Remind when the newest backup is older than this many days; 0 never reminds."""
        return self._bounded("backup/remind_days", DEFAULT_BACKUP_REMIND_DAYS, 0, 365)

    @backup_remind_days.setter
    def backup_remind_days(self, days: int) -> None:
        self._s.setValue("backup/remind_days", min(max(int(days), 0), 365))

    def last_backup(self, vault_id: str) -> str:
        """When the vault was last backed up from this computer (UTC, ISO 8601), or ""."""
        return str(self._s.value(f"backup/last/{vault_id}", ""))

    def set_last_backup(self, vault_id: str, when: str) -> None:
        self._s.setValue(f"backup/last/{vault_id}", when)

    def sync(self) -> None:
        self._s.sync()
