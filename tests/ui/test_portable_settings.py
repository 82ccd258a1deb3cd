"""Portable mode and "do not remember the vault's folder" (issue 11)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from app import portable
from app.ui.preferences import Preferences, default_settings
from app.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import unlock


def test_portable_needs_a_writable_marker_beside_the_program(tmp_path: Path) -> None:
    program = tmp_path / "roundtable"
    program.write_bytes(b"")
    assert portable.portable_dir(program) is None
    (tmp_path / ".portable").write_text("")
    assert portable.portable_dir(program) == tmp_path.resolve()
    if sys.platform != "win32" and os.geteuid() != 0:  # root may write a read-only file
        (tmp_path / ".portable").chmod(0o444)
        assert portable.portable_dir(program) is None


def test_a_checkout_is_never_portable(tmp_path: Path, monkeypatch) -> None:
    (Path(sys.executable).parent / ".portable").exists() and pytest.skip("a marker is there")
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert portable.portable_dir() is None


@pytest.fixture
def restore_qsettings_paths():
    yield
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, home)
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, "/etc/xdg")


def test_portable_settings_and_qt_dialog_state_stay_beside_the_program(
    qapp, tmp_path: Path, restore_qsettings_paths
) -> None:
    app_dir = tmp_path / "stick" / "Roundtable"
    app_dir.mkdir(parents=True)
    prefs = Preferences(default_settings(app_dir))
    prefs.last_vault_folder = app_dir / "Vault"
    prefs.sync()
    ini = app_dir / "config" / "roundtable.ini"
    assert Path(prefs._s.fileName()) == ini and ini.is_file()
    if sys.platform != "win32":
        assert ini.stat().st_mode & 0o777 == 0o600
    # Qt's file dialogs keep their state in QSettings(UserScope, "QtProject"): redirected too.
    from app.ui.file_dialogs import forget_file_dialog_history

    if sys.platform.startswith("linux"):  # elsewhere Qt's native format is not a file
        qt = QSettings(QSettings.Scope.UserScope, "QtProject")
        assert Path(qt.fileName()).parent == app_dir / "config"
        qt.setValue("FileDialog/probe", 1)
        qt.sync()
        forget_file_dialog_history()
        assert Path(qt.fileName()).is_file()


def test_the_default_vault_of_a_portable_copy_is_beside_it(tmp_path: Path, monkeypatch) -> None:
    from app import vault_paths

    monkeypatch.setattr(portable, "portable_dir", lambda: tmp_path)
    assert vault_paths.default_vault_dir() == tmp_path / "Vault"


def test_not_remembering_forgets_the_folder_and_keeps_forgetting(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    prefs = Preferences(QSettings(str(path), QSettings.Format.IniFormat))
    assert prefs.remember_vault_folder
    prefs.last_vault_folder = Path("/media/usb/Case files")
    prefs.remember_vault_folder = False
    prefs.last_vault_folder = Path("/media/usb/Case files")
    prefs.sync()
    assert prefs.last_vault_folder is None
    assert "Case files" not in path.read_text()
    prefs.remember_vault_folder = True
    prefs.last_vault_folder = tmp_path
    assert prefs.last_vault_folder == tmp_path


def test_settings_dialog_option_works_end_to_end(
    qtbot, make_window, prefs, demo_vault, vault_dir
) -> None:
    from tests.conftest import PASSPHRASE

    demo_vault.close()
    window = make_window()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    assert prefs.last_vault_folder == vault_dir
    dialog = SettingsDialog(prefs, window)
    qtbot.addWidget(dialog)
    assert dialog.remember_folder.isChecked()
    dialog.remember_folder.setChecked(False)
    dialog.accept()
    prefs.sync()
    stored = Path(prefs._s.fileName()).read_text()
    assert str(vault_dir) not in stored
    window.lock()
    unlock(qtbot, window, vault_dir, PASSPHRASE)  # a later unlock does not store it again
    prefs.sync()
    assert str(vault_dir) not in Path(prefs._s.fileName()).read_text()
    again = SettingsDialog(prefs, window)
    qtbot.addWidget(again)
    assert not again.remember_folder.isChecked()
