"""The application object, settings, translations and the PySide6 refcount regression."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings, qWarning
from PySide6.QtWidgets import QWidget

from app.domain.values import RedactionPolicy
from app.ui import launch
from app.ui.preferences import Preferences
from app.ui.settings_dialog import SettingsDialog


def test_void_qt_calls_leave_the_refcount_of_none_alone(qapp) -> None:
    """DESIGN §7: PySide6 6.12.0 on Python 3.11 drops a reference to None per void call."""
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        widget.setEnabled(True)
    drift = sys.getrefcount(None) - before
    assert abs(drift) < 100, drift


def test_application_identity_and_silenced_qt_messages(qapp, capfd) -> None:
    app = launch.make_application()
    try:
        assert QCoreApplication.applicationName() == "Roundtable"
        assert QCoreApplication.organizationName() == "Roundtable"
        qWarning("secret minute text")
        assert "secret" not in capfd.readouterr().err
    finally:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)
    assert app is qapp


def test_english_needs_no_translator_and_others_load_if_present(qapp) -> None:
    assert launch.install_translators(qapp, "en") == []
    assert launch.install_translators(qapp, "xx") == []  # no file: falls back to English


def test_preferences_hold_only_preferences(tmp_path) -> None:
    path = tmp_path / "settings.ini"
    prefs = Preferences(QSettings(str(path), QSettings.Format.IniFormat))
    assert prefs.auto_lock_minutes == 5
    assert prefs.redaction_policy == RedactionPolicy.PARTNERS
    prefs.auto_lock_minutes = 0  # clamped to a minute
    assert prefs.auto_lock_minutes == 1
    prefs.language = "tlh"
    assert prefs.language == "en"
    prefs.last_vault_folder = tmp_path / "vault"
    prefs.sync()
    keys = set(QSettings(str(path), QSettings.Format.IniFormat).allKeys())
    assert keys == {"lock/auto_lock_minutes", "ui/language", "vault/last_folder"}


def test_settings_dialog_changes_the_auto_lock(qtbot, demo_window) -> None:
    dialog = SettingsDialog(demo_window.prefs, demo_window)
    qtbot.addWidget(dialog)
    dialog.auto_lock.setValue(12)
    dialog.policy.setCurrentIndex(dialog.policy.findData("public"))
    dialog.accepted.connect(demo_window.apply_preferences)
    dialog.accept()
    assert demo_window.prefs.auto_lock_minutes == 12
    assert demo_window.prefs.redaction_policy == RedactionPolicy.PUBLIC
    assert demo_window.idle_lock.interval_ms == 12 * 60_000
