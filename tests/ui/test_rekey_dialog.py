"""Vault → Change keys (revoke old copies)…: the re-key runs on the worker with progress, then
the new recovery key is shown once; old key files stop opening the vault (issue 17 item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from app.errors import VaultCorrupt, WrongRecoveryKey
from app.ui.protect.rekey_dialog import RekeyDialog, open_rekey
from app.vault import open_vault, open_vault_with_recovery
from tests.conftest import PASSPHRASE
from tests.ui.conftest import run_op, unlock, wait_idle

NEW = "a completely new passphrase 91"


def _action(window):
    return next(
        a for a in window.vault_menu.actions() if "Change" in a.text() and "keys" in a.text()
    )


def test_change_keys_from_the_vault_menu(qtbot, make_window, vault, vault_dir: Path) -> None:
    old_keyfile = (vault_dir / "vault.key").read_bytes()
    vault.close()
    window = make_window()
    assert not _action(window).isEnabled()  # only while a vault is open
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    assert _action(window).isEnabled()
    _action(window).trigger()
    dialog = window.findChild(RekeyDialog)
    assert dialog is not None and dialog.isVisible()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "old copy of vault.key" in texts and "no longer open" in texts
    wait_idle(qtbot, window)
    dialog.current_edit.setText("wrong passphrase here")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=10_000)
    assert dialog.error_label.text() == "Wrong passphrase."
    dialog.current_edit.setText(PASSPHRASE)
    dialog.change_passphrase.setChecked(True)
    dialog.new_fields.pass_edit.setText(NEW)
    dialog.new_fields.repeat_edit.setText(NEW)
    wait_idle(qtbot, window)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.done, timeout=20_000):
        dialog.submit()
    assert seen and seen[-1] == 100
    assert dialog.pages.currentWidget() is dialog.recovery_page
    recovery = dialog.recovery_page.key_label.text()
    assert len(recovery.split("-")) == 8
    assert dialog.current_edit.text() == "" and dialog.new_fields.text == ""
    dialog.reject()  # Escape cannot close the page of a key shown only once
    assert dialog.isVisible()
    dialog.recovery_page.stored_check.setChecked(True)
    dialog.recovery_page.continue_button.click()
    assert not dialog.isVisible()
    # The vault stays open and usable in the window, on the new key.
    assert run_op(qtbot, window, lambda v: v.org_name) == "Test Coalition"
    window.lock()
    wait_idle(qtbot, window)
    open_vault(vault_dir, NEW).close()
    open_vault_with_recovery(vault_dir, recovery).close()
    (vault_dir / "vault.key").write_bytes(old_keyfile)
    with pytest.raises(VaultCorrupt):
        open_vault(vault_dir, PASSPHRASE)


def test_keeping_the_passphrase(qtbot, make_window, vault, vault_dir: Path) -> None:
    vault.close()
    window = make_window()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    dialog = open_rekey(window)
    wait_idle(qtbot, window)
    dialog.current_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.done, timeout=20_000):
        dialog.submit()
    recovery = dialog.recovery_page.key_label.text()
    window.lock()
    wait_idle(qtbot, window)
    open_vault(vault_dir, PASSPHRASE).close()
    open_vault_with_recovery(vault_dir, recovery).close()
    with pytest.raises(WrongRecoveryKey):
        open_vault_with_recovery(vault_dir, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
