"""Destroy now and wipe after wrong passphrases, driven through the real window (issue 13)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app import unlock_guard
from app.ui.protect.destroy_dialog import DestroyDialog
from app.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import run_op, unlock, wait_idle


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


DURESS = "ordinary garden meetings 2026"


def _open_settings(qtbot, window) -> SettingsDialog:
    window.settings_action.trigger()
    dialog = window.findChildren(SettingsDialog)[-1]
    box = dialog.protection
    qtbot.waitUntil(
        lambda: box.wipe_after.isEnabled() and box.duress_button.isEnabled(), timeout=5000
    )
    return dialog


def _visible_texts(page) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    return [
        (kind.__name__, w.text())
        for kind in (QLabel, QAbstractButton, QLineEdit)
        for w in page.findChildren(kind)
        if w.isVisible()
    ]


def _unlock_page_submit(qtbot, window, passphrase: str) -> str:
    page = window.unlock_page
    page.pass_edit.setText(passphrase)
    page.submit()
    qtbot.waitUntil(lambda: page.error_label.text() != "" or window.is_unlocked, timeout=10_000)
    wait_idle(qtbot, window)
    return page.error_label.text()


def test_travel_mode_from_the_menu_and_back_with_the_recovery_key(
    qtbot, make_window, vault_dir: Path
) -> None:
    from app.crypto import kdf
    from app.ui.protect.border_dialogs import TravelDialog
    from app.vault import create_vault

    created = create_vault(vault_dir, "Test Coalition", PASSPHRASE, params=kdf.INSECURE_TEST)
    created.vault.close()
    window = make_window()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    window.lock()
    wait_idle(qtbot, window)
    looks_before = _visible_texts(window.unlock_page)
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    action = window.findChild(type(window.lock_action), "travelAction")
    action.trigger()
    dialog = window.findChild(TravelDialog)
    assert not dialog.start_button.isEnabled()  # not before the recovery secret is confirmed
    dialog.holds_recovery.setChecked(True)
    dialog.start_button.click()
    wait_idle(qtbot, window)
    assert not window.is_unlocked and window.pages.currentWidget() is window.unlock_page
    assert window.findChild(QMessageBox, "travelBox") is not None
    # The start screen looks exactly as for any locked vault whose passphrase is not known.
    assert not window.unlock_page.note_label.isVisible()
    assert _visible_texts(window.unlock_page) == looks_before
    assert _unlock_page_submit(qtbot, window, PASSPHRASE) == "Wrong passphrase."
    # Restored on the other side: recovery key and a new passphrase.
    window.unlock_page.recovery_button.click()
    page = window.recover_page
    page.key_edit.setText(created.recovery_key)
    new = "a new passphrase after the border 3"
    page.pass_edit.setText(new)
    page.repeat_edit.setText(new)
    wait_idle(qtbot, window)
    with qtbot.waitSignal(window.vault_opened, timeout=10_000):
        page.submit()
    window.lock()
    wait_idle(qtbot, window)
    assert _unlock_page_submit(qtbot, window, new) == ""
    assert window.is_unlocked


def test_travel_mode_with_a_visible_note(qtbot, make_window, vault, vault_dir: Path) -> None:
    from app.ui.protect.border_dialogs import TravelDialog

    vault.close()
    window = make_window()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    window.findChild(type(window.lock_action), "travelAction").trigger()
    dialog = window.findChild(TravelDialog)
    dialog.holds_recovery.setChecked(True)
    dialog.note_check.setChecked(True)
    dialog.note_edit.setPlainText("Travel mode: ask the secretariat.")
    dialog.start_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(window.unlock_page.note_label.isVisible, timeout=5000)
    assert window.unlock_page.note_label.text() == "Travel mode: ask the secretariat."


def test_duress_set_up_in_settings_fired_at_the_unlock_page(
    qtbot, make_window, vault, vault_dir: Path
) -> None:
    from app.domain.records import Meeting
    from app.ui.protect.border_dialogs import DuressDialog

    vault.store.add(Meeting(title="Secret strategy meeting"))
    vault.close()
    window = make_window()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    settings = _open_settings(qtbot, window)
    box = settings.protection
    assert box.duress_status.text() == "Duress passphrase: not set"
    assert not box.decoy_button.isEnabled()
    box.duress_button.click()
    dialog = settings.findChild(DuressDialog)
    dialog.current_edit.setText(PASSPHRASE)
    dialog.new_fields.pass_edit.setText(PASSPHRASE)
    dialog.new_fields.repeat_edit.setText(PASSPHRASE)
    wait_idle(qtbot, window)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=10_000)
    assert "must be different" in dialog.error_label.text()
    dialog.new_fields.pass_edit.setText(DURESS)
    dialog.new_fields.repeat_edit.setText(DURESS)
    wait_idle(qtbot, window)
    with qtbot.waitSignal(dialog.done, timeout=20_000):
        dialog.submit()
    qtbot.waitUntil(lambda: box.duress_status.text() == "Duress passphrase: set", timeout=5000)
    assert box.decoy_button.isEnabled()
    settings.reject()
    window.lock()
    wait_idle(qtbot, window)
    assert _unlock_page_submit(qtbot, window, DURESS) == ""
    assert window.is_unlocked
    titles = run_op(qtbot, window, lambda v: {m.title for m in v.store.select(Meeting)})
    assert titles and "Secret strategy meeting" not in titles  # the sample meetings
    window.lock()
    wait_idle(qtbot, window)
    assert _unlock_page_submit(qtbot, window, PASSPHRASE) == "Wrong passphrase."
    assert _unlock_page_submit(qtbot, window, "not the passphrase at all 7") == "Wrong passphrase."


def test_the_decoy_prepared_from_the_real_vault(qtbot, make_window, vault, vault_dir: Path) -> None:
    from app import vault_duress
    from app.domain.records import Meeting

    vault_duress.set_up_duress(vault, DURESS, passphrase=PASSPHRASE, decoy_org_name="Garden Club")
    vault.close()
    window = make_window()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    settings = _open_settings(qtbot, window)
    with qtbot.waitSignal(window.vault_opened, timeout=10_000):
        settings.protection.decoy_button.click()
    wait_idle(qtbot, window)
    assert window.findChild(QMessageBox, "decoyBox") is not None
    assert run_op(qtbot, window, lambda v: (v.db, v.org_name)) == (1, "Garden Club")
    run_op(qtbot, window, lambda v: v.store.add(Meeting(title="Tree planting")))
    window.lock()
    wait_idle(qtbot, window)
    assert _unlock_page_submit(qtbot, window, PASSPHRASE) == ""  # preparing fired nothing
    assert run_op(qtbot, window, lambda v: v.db) == 0
