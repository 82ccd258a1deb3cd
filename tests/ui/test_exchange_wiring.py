"""The exchange screens, bundle dialogs and the report tab are reachable from the window."""

from __future__ import annotations

from app.domain.records import Meeting
from app.ui.preferences import Preferences
from app.ui.shell import build_main_window
from app.vault import open_vault
from tests.conftest import PASSPHRASE


def _window(qtbot, tmp_path, vault_dir):
    from PySide6.QtCore import QSettings

    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window, ops = build_main_window(prefs)
    qtbot.addWidget(window)
    window.show()
    return window, ops


def test_contacts_conflicts_and_bundle_actions_are_there(qtbot, tmp_path, demo_vault, vault_dir):
    meeting_id = demo_vault.store.select(Meeting, order_by="start_date")[0].id
    demo_vault.close()
    window, ops = _window(qtbot, tmp_path, vault_dir)
    shell = window.shell
    assert {"contacts", "conflicts"} <= set(window.navigation.screens())
    titles = [a.text() for a in window.vault_menu.actions()]
    assert any("Export bundle" in t for t in titles) and any("Import bundle" in t for t in titles)
    # Verify needs no vault: enabled while locked.
    assert shell.verify_action.isEnabled()
    ops.open(lambda: open_vault(vault_dir, PASSPHRASE), on_done=lambda _v: window._enter())
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=20_000)
    shell.show_meeting(meeting_id)
    workspace = shell.workspace
    tab_titles = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    assert "&Report" in tab_titles
    workspace.tabs.setCurrentWidget(shell.report)
    qtbot.waitUntil(lambda: "February 2025" in shell.report.preview.toPlainText(), timeout=20_000)
    window.lock()
    assert shell.report.preview.toPlainText() == ""
    qtbot.waitUntil(lambda: not ops.is_busy)
    ops.shutdown()


def test_the_start_screen_offers_verify_without_a_vault(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QPushButton

    window, ops = _window(qtbot, tmp_path, None)
    window.start(tmp_path / "no-vault-here")
    button = window.welcome.findChild(QPushButton, "verifyBundleButton")
    assert button is not None
    button.click()
    assert window.shell.verify_dialog.isVisible()
    window.shell.verify_dialog.close()
    ops.shutdown()
