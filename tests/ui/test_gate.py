"""Creating a vault, unlocking it (wrong then right passphrase), the recovery-key path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.crypto import kdf
from app.vault import create_vault, open_vault, vault_exists
from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_idle


def _type(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_first_run_creates_a_vault_through_the_widgets(qtbot, window, tmp_path: Path) -> None:
    folder = tmp_path / "new-vault"
    window.start(folder)
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    assert window.pages.currentWidget() is page
    assert page.folder == folder
    _type(qtbot, page.org_edit, "Coalition for Testing")
    _type(qtbot, page.pass_edit, PASSPHRASE)
    _type(qtbot, page.repeat_edit, PASSPHRASE + "x")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "do not match" in page.error_label.text()
    assert not vault_exists(folder)
    _type(qtbot, page.repeat_edit, PASSPHRASE)
    with qtbot.waitSignal(page.created, timeout=10_000) as created:
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    key = created.args[0]
    assert vault_exists(folder)
    keys = window.recovery_key_page
    assert window.pages.currentWidget() is keys
    assert keys.key_label.text() == key
    assert not keys.continue_button.isEnabled()  # "I have stored it" is required
    keys.stored_check.setChecked(True)
    with qtbot.waitSignal(window.vault_opened):
        qtbot.mouseClick(keys.continue_button, Qt.MouseButton.LeftButton)
    assert keys.key_label.text() == ""  # shown once
    assert window.is_unlocked
    assert window.navigation.current_key == "meetings"
    assert window.prefs.last_vault_folder == folder


def test_a_weak_passphrase_is_refused_and_nothing_is_created(qtbot, window, tmp_path) -> None:
    folder = tmp_path / "weak"
    window.start(folder)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    _type(qtbot, page.org_edit, "Coalition")
    _type(qtbot, page.pass_edit, "password12")
    _type(qtbot, page.repeat_edit, "password12")
    # Submitted before the meter has judged: the worker refuses it with the reason.
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert "too weak" in page.error_label.text()
    assert not vault_exists(folder)
    # Once judged, the meter says why and the page refuses at once.
    with qtbot.waitSignal(page.meter.assessed, timeout=5000):
        _type(qtbot, page.pass_edit, "password123")
    assert page.meter.strength is not None and not page.meter.strength.acceptable
    assert "not accepted" in page.meter._label.text()
    _type(qtbot, page.repeat_edit, "password123")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "stronger" in page.error_label.text()
    assert not vault_exists(folder)


def test_the_recovery_key_saves_as_pdf(qtbot, window, tmp_path, vault_dir) -> None:
    made = create_vault(vault_dir, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    made.vault.close()
    page = window.recovery_key_page
    page.show_key(made.recovery_key, "Org")
    target = tmp_path / "key"
    with qtbot.waitSignal(page.pdf_saved, timeout=10_000) as saved:
        page.save_pdf(target)
    assert saved.args[0] == tmp_path / "key.pdf"
    assert (tmp_path / "key.pdf").read_bytes().startswith(b"%PDF")


def test_unlock_wrong_then_right_passphrase(qtbot, window, vault_dir, vault) -> None:
    vault.close()
    window.start(vault_dir)
    page = window.unlock_page
    assert window.pages.currentWidget() is page
    _type(qtbot, page.pass_edit, "not the passphrase at all")
    qtbot.keyClick(page.pass_edit, Qt.Key.Key_Return)
    assert page.busy.isVisibleTo(page)
    wait_idle(qtbot, window)
    assert page.error_label.text() == "Wrong passphrase."
    assert not window.is_unlocked
    assert window.pages.currentWidget() is page
    _type(qtbot, page.pass_edit, PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=10_000):
        qtbot.keyClick(page.pass_edit, Qt.Key.Key_Return)
    assert page.pass_edit.text() == ""
    assert window.pages.currentWidget() is window.navigation


def test_recovery_key_unlocks_and_forces_a_new_passphrase(qtbot, window, vault_dir) -> None:
    made = create_vault(vault_dir, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    made.vault.close()
    window.start(vault_dir)
    qtbot.mouseClick(window.unlock_page.recovery_button, Qt.MouseButton.LeftButton)
    page = window.recover_page
    assert window.pages.currentWidget() is page
    new = "a brand new passphrase for 2027"
    _type(qtbot, page.key_edit, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    _type(qtbot, page.pass_edit, new)
    _type(qtbot, page.repeat_edit, new)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert page.error_label.text() == "Wrong recovery key."
    assert not window.is_unlocked
    open_vault(vault_dir, PASSPHRASE).close()  # nothing changed
    _type(qtbot, page.key_edit, made.recovery_key.lower())
    with qtbot.waitSignal(window.vault_opened, timeout=10_000):
        qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert page.key_edit.text() == ""
    window.lock()
    wait_idle(qtbot, window)
    open_vault(vault_dir, new).close()


def test_opening_a_folder_checks_it_holds_a_vault(qtbot, window, tmp_path, vault_dir) -> None:
    from PySide6.QtWidgets import QMessageBox

    made = create_vault(vault_dir, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    made.vault.close()
    window.start(tmp_path / "nothing-here")
    assert window.pages.currentWidget() is window.welcome
    window.welcome.open_requested.emit(tmp_path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)
    assert "does not hold" in window.findChild(QMessageBox).text()
    assert window.pages.currentWidget() is window.welcome
    window.welcome.open_requested.emit(vault_dir)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    assert window.unlock_page.folder == vault_dir


def test_the_start_screen_verifies_a_bundle_without_a_vault(qtbot, window, tmp_path) -> None:
    from PySide6.QtWidgets import QPushButton

    from app.ui.exchange.verify_dialog import VerifyDialog

    window.start(tmp_path / "no-vault")
    button = window.welcome.findChild(QPushButton, "verifyBundleButton")
    assert button is not None and button.isVisibleTo(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(VerifyDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.start()  # nothing chosen: a message, no traceback
    assert dialog.error.text()


# zxcvbn's reasons (app/crypto/passphrase_feedback.py) are shown in the interface language.
@pytest.fixture
def khmer_window(qapp, make_window):
    from app.ui import language

    language.install(qapp, "km")
    yield make_window()
    language.uninstall(qapp)
    from app.ui.zoom import _BASE, DEFAULT_ZOOM, apply_zoom

    if qapp.property(_BASE):
        apply_zoom(qapp, DEFAULT_ZOOM, "en")


def test_the_reason_and_the_meter_are_in_khmer(qtbot, khmer_window, tmp_path) -> None:
    window = khmer_window
    window.start(tmp_path / "weak")
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    page.org_edit.setText("Coalition")
    # Submitted before the meter has judged: the worker refuses it with the reason.
    page.pass_edit.setText("qwertyuiop")
    page.repeat_edit.setText("qwertyuiop")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    error = page.error_label.text()
    assert error.startswith("ឃ្លាសម្ងាត់នេះខ្សោយពេក។ នេះជាពាក្យសម្ងាត់មួយក្នុងចំណោមពាក្យសម្ងាត់ ១០០"), error
    assert not any("a" <= c.lower() <= "z" for c in error), error
    with qtbot.waitSignal(page.meter.assessed, timeout=5000):
        page.meter.set_passphrase("password12")
    label = page.meter._label.text()
    assert "មិនទទួលយកទេ។ នេះជាពាក្យសម្ងាត់ដែលគេប្រើញឹកញាប់ណាស់។ សូមបន្ថែមពាក្យ" in label, label
    assert not any("a" <= c.lower() <= "z" for c in label), label
