"""Destroy now and wipe after wrong passphrases, driven through the real window (issue 13)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app import unlock_guard
from app.ui.destroy_dialog import DestroyDialog
from app.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock, wait_idle


def _destroy_action(window):
    return window.findChild(type(window.lock_action), "destroyAction")


def _confirm_destroy(qtbot, window) -> None:
    _destroy_action(window).trigger()
    dialog = window.findChild(DestroyDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.destroy_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, "destro")
    assert not dialog.destroy_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, "y")
    assert dialog.destroy_button.isEnabled()
    dialog.destroy_button.click()
    wait_idle(qtbot, window)
    box = window.findChild(QMessageBox, "destroyedBox")
    assert box is not None
    assert "What remains" in box.text() and "backups" in box.text()


def test_destroy_the_open_vault_from_the_menu(qtbot, make_window, vault, vault_dir: Path) -> None:
    vault.close()
    window = make_window()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    _confirm_destroy(qtbot, window)
    assert not window.is_unlocked
    assert not vault_dir.exists()
    assert window.pages.currentWidget() is window.welcome


def test_destroy_without_unlocking(qtbot, make_window, vault, vault_dir: Path) -> None:
    vault.close()
    window = make_window()
    window.start(vault_dir)
    assert _destroy_action(window).isEnabled()
    _confirm_destroy(qtbot, window)
    assert not vault_dir.exists()


def test_cancel_and_enter_never_destroy(qtbot, make_window, vault, vault_dir: Path) -> None:
    vault.close()
    window = make_window()
    window.start(vault_dir)
    _destroy_action(window).trigger()
    dialog = window.findChild(DestroyDialog)
    qtbot.keyClicks(dialog.confirm_edit, "nope")
    qtbot.keyClick(dialog.confirm_edit, "\r")
    dialog.reject()
    wait_idle(qtbot, window)
    assert (vault_dir / "vault.key").exists()


def test_wipe_after_set_in_settings_and_fired_at_the_unlock_page(
    qtbot, make_window, vault, vault_dir: Path
) -> None:
    vault.close()
    window = make_window()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    box = dialog.protection
    assert box is not None
    qtbot.waitUntil(box.wipe_after.isEnabled, timeout=5000)
    assert box.wipe_after.currentData() == 0 and not box.warn.isEnabled()
    box.wipe_after.setCurrentIndex(box.wipe_after.findData(5))
    assert box.warn.isEnabled() and box.warn.isChecked()
    dialog.accept()
    wait_idle(qtbot, window)
    assert unlock_guard.read_guard(vault_dir) == unlock_guard.Guard(5, 0, True)
    window.lock()
    wait_idle(qtbot, window)
    window.settings_action.trigger()  # while locked: no vault to set anything on
    assert window.findChildren(SettingsDialog)[-1].protection is None
    page = window.unlock_page
    seen = []
    for _ in range(5):
        page.pass_edit.setText("not the passphrase at all 7")
        page.submit()
        qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=10_000)
        seen.append(page.error_label.text())
        wait_idle(qtbot, window)
    assert seen[0] == "Wrong passphrase."
    assert "3 more wrong attempts" in seen[1] and "1 more wrong attempts" in seen[3]
    assert "has been destroyed" in seen[4]
    assert not (vault_dir / "vault.key").exists()
