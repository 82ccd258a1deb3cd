"""The settings folder and file are private from the first byte (0700 / 0600)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.ui.preferences import Preferences


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("fmt", [QSettings.Format.NativeFormat, QSettings.Format.IniFormat])
def test_settings_are_created_private(tmp_path: Path, fmt: QSettings.Format) -> None:
    old = os.umask(0o022)
    try:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "config"))
        prefs = Preferences(QSettings(fmt, QSettings.Scope.UserScope, "Roundtable", "Roundtable"))
        prefs.last_vault_folder = Path("/home/someone/Secret case files")
        prefs.sync()
    finally:
        os.umask(old)
    path = Path(prefs._s.fileName())
    assert path.is_file() and tmp_path in path.parents
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
