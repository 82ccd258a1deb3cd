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


def test_english_needs_no_catalogue_and_others_load_if_present(qapp) -> None:
    from app.ui import language

    try:
        assert not launch.install_translators(qapp, "en").has_catalogues()
        assert not launch.install_translators(qapp, "xx").has_catalogues()  # falls back
        assert launch.install_translators(qapp, "km").has_catalogues()
    finally:
        language.uninstall(qapp)


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


def test_launch_shows_the_unlock_page_first_and_builds_screens_after(
    qtbot, prefs, vault, vault_dir
) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    from app.ui.startup import DeferredScreens
    from tests.conftest import PASSPHRASE

    vault.close()
    try:
        _app, window, ops = launch.prepare(vault_dir, prefs)
    finally:
        qInstallMessageHandler(None)
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.unlock_page
    assert window.navigation.screens() == {}  # nothing built before the first paint
    loader = window.findChild(DeferredScreens)
    # Unlocking before the screens exist waits for them.
    window.unlock_page.pass_edit.setText(PASSPHRASE)
    window.unlock_page.submit()
    with qtbot.waitSignal(window.vault_opened, timeout=20_000):
        pass
    assert set(window.navigation.screens()) == {
        "meetings",
        "actions",
        "directory",
        "search",
        "history",
        "meeting",
        "contacts",
        "conflicts",
    }
    assert loader is not None
    qtbot.waitUntil(lambda: not ops.is_busy)
    assert window.navigation.current_key == "meetings"
    window.lock()
    ops.shutdown()


def test_a_translation_file_changes_the_visible_strings(qtbot, qapp, tmp_path, monkeypatch) -> None:
    import shutil
    import subprocess
    from pathlib import Path

    import pytest

    from app.ui.gate.unlock_page import UnlockPage
    from app.ui.ops import Ops

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        found = shutil.which("pyside6-lrelease")
        if found is None:
            pytest.skip("pyside6-lrelease is not installed")
        lrelease = Path(found)
    ts = tmp_path / "roundtable_km.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="km">'
        "<context><name>UnlockPage</name><message><source>Unlock</source>"
        "<translation>ដោះសោ</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "roundtable_km.qm")], check=True)
    from app.ui import language

    monkeypatch.setattr(language, "I18N_DIR", tmp_path)
    translators = launch.install_translators(qapp, "km")
    ops = Ops()
    try:
        assert translators.has_catalogues()
        page = UnlockPage(ops)
        qtbot.addWidget(page)
        assert page.unlock_button.text() == "ដោះសោ"
    finally:
        language.uninstall(qapp)
        ops.shutdown()


def test_uncaught_errors_print_only_their_type(capsys) -> None:
    try:
        raise KeyError("Secret Witness Name")
    except KeyError as exc:
        launch._quiet_excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert "KeyError" in err and "Secret" not in err


def test_the_screens_load_only_after_the_first_paint(qtbot, prefs, monkeypatch) -> None:
    """The background imports compete with the GUI thread for the GIL and the cores: they
    start once the window has been painted, never before."""
    from PySide6.QtCore import QEvent, QObject, qInstallMessageHandler

    from app.ui import startup

    order: list[str] = []
    real = startup.DeferredScreens._start_thread

    def started(self) -> None:  # type: ignore[no-untyped-def]
        order.append("imports")
        real(self)

    monkeypatch.setattr(startup.DeferredScreens, "_start_thread", started)
    monkeypatch.setattr(startup, "FALLBACK_MS", 60_000)  # only the paint may start them

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in order:
                order.append("paint")
            return False

    try:
        _app, window, ops = launch.prepare(None, prefs)
    finally:
        qInstallMessageHandler(None)
    qtbot.addWidget(window)
    painted = Painted(window)
    window.pages.currentWidget().installEventFilter(painted)
    qtbot.waitUntil(lambda: "imports" in order, timeout=20_000)
    assert order[0] == "paint"
    qtbot.waitUntil(lambda: window.navigation.screens() != {}, timeout=20_000)
    window.lock()
    ops.shutdown()


def test_the_first_window_reads_the_travel_note_once_painted(
    qtbot, prefs, vault, vault_dir
) -> None:
    """The note is read on the worker after the first paint (its imports and file reads would
    hold the GIL the first layout needs), and shows then."""
    from PySide6.QtCore import qInstallMessageHandler

    from app.vault_note import write_note

    vault.close()
    write_note(vault_dir, "Travel mode: ask the secretariat.")
    try:
        _app, window, ops = launch.prepare(vault_dir, prefs)
    finally:
        qInstallMessageHandler(None)
    qtbot.addWidget(window)
    assert not ops.is_busy  # nothing submitted before the first paint
    qtbot.waitUntil(window.unlock_page.note_label.isVisible, timeout=10_000)
    assert window.unlock_page.note_label.text() == "Travel mode: ask the secretariat."
    window.lock()
    ops.shutdown()
